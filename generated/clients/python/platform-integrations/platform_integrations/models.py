"""Request and response models (TypedDicts) of Platform Integrations API 1.0.0."""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

# Always true in a success envelope.
SuccessTrue: TypeAlias = Literal[True]


Platform: TypeAlias = Literal["iterable", "customerio", "keap"]


# The platform's data centre region.
Region: TypeAlias = Literal["us", "eu"]


# Publisher identifier.
PublisherIdValue: TypeAlias = str


# Iterable API key: 32 lowercase hexadecimal characters. Write-only: accepted, never returned. All
# `0` is refused (422), all `f` unreachable (424).
IterableApiKey: TypeAlias = str


# Customer.io site id: 20 lowercase hexadecimal characters. An identifier, not a secret, so it is
# shown back; all `0` is refused (422), all `f` unreachable (424).
CustomerioSiteId: TypeAlias = str


# Customer.io key: 20 lowercase hexadecimal characters. Write-only: accepted, never returned. All
# `0` is refused (422), all `f` unreachable (424).
CustomerioKey: TypeAlias = str


# Keap OAuth token: 20-200 letters, digits or `._~+/=-`. Write-only: accepted, never returned. All
# `0` is refused (422), all `f` unreachable (424).
KeapToken: TypeAlias = str


# Keap OAuth client secret: 8-200 printable ASCII characters without spaces. Write-only: accepted,
# never returned. All `0` is refused (422), all `f` unreachable (424).
KeapClientSecret: TypeAlias = str


# The last four characters of a stored credential.
Last4: TypeAlias = str


Timestamp: TypeAlias = str


class Capabilities(TypedDict):
    """The platform's features, fixed per platform (true exactly where seed 004 claims the
    feature):

    | capability | iterable | customerio | keap | |---|---|---|---| | crossChannelMessaging
    | yes | yes | no | | advancedTemplates | yes | no | no | | marketingAutomation | yes |
    yes | yes | | behavioralTriggers | yes | yes | no | | analytics | yes | yes | yes | |
    inAppMessaging | yes | yes | no | | smsAndPush | yes | yes | no | | realTimeDataFeeds |
    yes | no | no | | realTimeEventTracking | no | yes | no | | segmentation | yes | yes |
    no | | journeyManagement | no | yes | no | | transactionalMessaging | no | yes | no | |
    dataPipeline | no | yes | no | | webhooks | yes | yes | yes | | emailCampaigns | yes |
    yes | yes | | crm | no | no | yes | | salesPipeline | no | no | yes | | ecommerce | no |
    no | yes | | customFields | no | no | yes | | leadScoring | no | no | yes |"""

    # Email, SMS, push and in-app from one platform.
    crossChannelMessaging: bool
    # Templates with logic and real-time data.
    advancedTemplates: bool
    # Automated campaigns and follow-up sequences.
    marketingAutomation: bool
    # Campaigns triggered by user behaviour and events.
    behavioralTriggers: bool
    # Campaign and engagement reporting.
    analytics: bool
    # In-app messages.
    inAppMessaging: bool
    # SMS and push notifications.
    smsAndPush: bool
    # Personalisation from external data feeds.
    realTimeDataFeeds: bool
    # Live event tracking.
    realTimeEventTracking: bool
    # Audience segmentation and targeting.
    segmentation: bool
    # Journeys and workflows.
    journeyManagement: bool
    # Transactional messages.
    transactionalMessaging: bool
    # Data pipeline (CDP) integration.
    dataPipeline: bool
    # Webhook messages or notifications.
    webhooks: bool
    # Email campaigns.
    emailCampaigns: bool
    # Contact and lead management.
    crm: bool
    # Opportunity tracking and sales automation.
    salesPipeline: bool
    # Orders and payments.
    ecommerce: bool
    # Custom data fields.
    customFields: bool
    # Lead scoring.
    leadScoring: bool


class ConnectionTest(TypedDict):
    """The ``ConnectionTest`` object."""

    platform: Platform
    # The region tested (`us` when the request named none); null for Keap.
    region: Literal["us", "eu", None] | None
    # Always true; failed checks are errors (422, 424).
    connected: Literal[True]
    checkedAt: Timestamp
    capabilities: Capabilities


class ConnectionTestEnvelope(TypedDict):
    """The ``ConnectionTestEnvelope`` object."""

    success: SuccessTrue
    data: ConnectionTest


class IterableTestConnectionRequest(TypedDict):
    """The ``IterableTestConnectionRequest`` object."""

    apiKey: IterableApiKey
    region: NotRequired[Region]


class IterableConfig(TypedDict):
    """Sending defaults for Iterable campaigns."""

    fromEmail: NotRequired[str]
    replyTo: NotRequired[str]


class IterableConnectRequest(TypedDict):
    """The ``IterableConnectRequest`` object."""

    publisherId: PublisherIdValue
    apiKey: IterableApiKey
    region: NotRequired[Region]
    config: NotRequired[IterableConfig]


class CustomerioTestConnectionRequest(TypedDict):
    """The ``CustomerioTestConnectionRequest`` object."""

    siteId: CustomerioSiteId
    apiKey: CustomerioKey
    region: NotRequired[Region]


class CustomerioConfig(TypedDict):
    """The segments and journeys the integration works with."""

    segmentIds: NotRequired[list[str]]
    journeyIds: NotRequired[list[str]]


class CustomerioConnectRequest(TypedDict):
    """The ``CustomerioConnectRequest`` object."""

    publisherId: PublisherIdValue
    siteId: CustomerioSiteId
    apiKey: CustomerioKey
    region: NotRequired[Region]
    # Key for the Track API (optional; write-only).
    trackingKey: NotRequired[CustomerioKey]
    config: NotRequired[CustomerioConfig]


class KeapTestConnectionRequest(TypedDict):
    """The ``KeapTestConnectionRequest`` object."""

    accessToken: KeapToken


class KeapConfig(TypedDict):
    """Where Keap contacts come from and which Keap campaigns are used."""

    leadSourceId: NotRequired[int]
    campaignIds: NotRequired[list[int]]


class KeapConnectRequest(TypedDict):
    """The ``KeapConnectRequest`` object."""

    publisherId: PublisherIdValue
    # OAuth client id (an identifier, not a secret; shown back).
    clientId: str
    clientSecret: KeapClientSecret
    accessToken: KeapToken
    refreshToken: KeapToken
    config: NotRequired[KeapConfig]


# `syncing` while a sync job is queued or running, `connected` otherwise.
IntegrationStatus: TypeAlias = Literal["connected", "syncing"]


class IterableIntegration(TypedDict):
    """The ``IterableIntegration`` object."""

    publisherId: PublisherIdValue
    platform: Literal["iterable"]
    status: IntegrationStatus
    region: Region
    # Hints about the stored credentials (never the credentials).
    credentials: IterableIntegrationCredentials
    # The stored config; null where the connect request left a field out.
    config: IterableIntegrationConfig
    capabilities: Capabilities
    # When the integration was first connected.
    connectedAt: Timestamp
    # When credentials or config were last stored (connect or reconnect).
    updatedAt: Timestamp
    # `finishedAt` of the last succeeded sync job; null before the first.
    lastSyncedAt: str | None


class IterableIntegrationCredentials(TypedDict):
    """Hints about the stored credentials (never the credentials)."""

    apiKeyLast4: Last4


class IterableIntegrationConfig(TypedDict):
    """The stored config; null where the connect request left a field out."""

    fromEmail: str | None
    replyTo: str | None


class CustomerioIntegration(TypedDict):
    """The ``CustomerioIntegration`` object."""

    publisherId: PublisherIdValue
    platform: Literal["customerio"]
    status: IntegrationStatus
    region: Region
    # Customer.io APIs the integration can use: `track` (identify users, track events) only when a
    # `trackingKey` is stored, `app` (transactional messages, campaigns) and `cdp` (data
    # pipelines) always.
    apiTypes: list[Literal["track", "app", "cdp"]]
    # Hints about the stored credentials (never the keys).
    credentials: CustomerioIntegrationCredentials
    # The stored config; empty lists where the connect request gave none.
    config: CustomerioIntegrationConfig
    capabilities: Capabilities
    # When the integration was first connected.
    connectedAt: Timestamp
    # When credentials or config were last stored (connect or reconnect).
    updatedAt: Timestamp
    # `finishedAt` of the last succeeded sync job; null before the first.
    lastSyncedAt: str | None


class CustomerioIntegrationCredentials(TypedDict):
    """Hints about the stored credentials (never the keys)."""

    # The site id (an identifier, not a secret).
    siteId: str
    apiKeyLast4: Last4
    # Last four characters of the tracking key; null when none is stored.
    trackingKeyLast4: str | None


class CustomerioIntegrationConfig(TypedDict):
    """The stored config; empty lists where the connect request gave none."""

    segmentIds: list[str]
    journeyIds: list[str]


class KeapIntegration(TypedDict):
    """The ``KeapIntegration`` object."""

    publisherId: PublisherIdValue
    platform: Literal["keap"]
    status: IntegrationStatus
    # Hints about the stored credentials (never the secret, access or refresh token).
    credentials: KeapIntegrationCredentials
    # When the stored access token expires: 24 hours after it was stored or last refreshed. A read
    # or sync of the integration after that moment first refreshes the token with the refresh
    # token (simulated: the token is kept, `tokenRefreshedAt` becomes the time of the refresh and
    # `tokenExpiresAt` 24 hours later), so a response never shows an expired token.
    tokenExpiresAt: Timestamp
    # When the access token was last refreshed; null until the first refresh.
    tokenRefreshedAt: str | None
    # The stored config; null or an empty list where the connect request gave none.
    config: KeapIntegrationConfig
    capabilities: Capabilities
    # When the integration was first connected.
    connectedAt: Timestamp
    # When credentials or config were last stored (connect or reconnect).
    updatedAt: Timestamp
    # `finishedAt` of the last succeeded sync job; null before the first.
    lastSyncedAt: str | None


class KeapIntegrationCredentials(TypedDict):
    """Hints about the stored credentials (never the secret, access or refresh token)."""

    # The OAuth client id (an identifier, not a secret).
    clientId: str
    accessTokenLast4: Last4


class KeapIntegrationConfig(TypedDict):
    """The stored config; null or an empty list where the connect request gave none."""

    leadSourceId: int | None
    campaignIds: list[int]


# One publisher's integration with one platform.
Integration: TypeAlias = "IterableIntegration | CustomerioIntegration | KeapIntegration"


class IntegrationEnvelope(TypedDict):
    """The ``IntegrationEnvelope`` object."""

    success: SuccessTrue
    data: Integration


class IterableIntegrationEnvelope(TypedDict):
    """The ``IterableIntegrationEnvelope`` object."""

    success: SuccessTrue
    data: IterableIntegration


class CustomerioIntegrationEnvelope(TypedDict):
    """The ``CustomerioIntegrationEnvelope`` object."""

    success: SuccessTrue
    data: CustomerioIntegration


class KeapIntegrationEnvelope(TypedDict):
    """The ``KeapIntegrationEnvelope`` object."""

    success: SuccessTrue
    data: KeapIntegration


class Pagination(TypedDict):
    """The ``Pagination`` object."""

    # The page size applied.
    limit: int
    # Items skipped.
    offset: int
    # Items in the whole collection.
    total: int


class IntegrationList(TypedDict):
    """The ``IntegrationList`` object."""

    success: SuccessTrue
    data: list[Integration]
    pagination: Pagination


class IterableCampaign(TypedDict):
    """An Iterable campaign, with Iterable's field names and values (timestamps as date-time
    rather than Iterable's epoch milliseconds)."""

    id: int
    name: str
    type: Literal["Blast", "Triggered"]
    campaignState: IterableCampaignCampaignState
    messageMedium: Literal["Email", "SMS", "Push", "InApp"]
    createdAt: Timestamp
    updatedAt: Timestamp


IterableCampaignCampaignState: TypeAlias = Literal[
    "Draft",
    "Ready",
    "Scheduled",
    "Running",
    "Finished",
    "Starting",
    "Aborted",
    "Recurring",
    "Archived",
]


class IterableCampaignList(TypedDict):
    """The ``IterableCampaignList`` object."""

    success: SuccessTrue
    data: list[IterableCampaign]
    pagination: Pagination


class KeapContact(TypedDict):
    """A Keap contact (Keap's fields, in this API's camelCase)."""

    id: int
    givenName: str
    familyName: str
    email: str
    leadSourceId: int | None
    dateCreated: Timestamp


class KeapContactList(TypedDict):
    """The ``KeapContactList`` object."""

    success: SuccessTrue
    data: list[KeapContact]
    pagination: Pagination


class Disconnection(TypedDict):
    """The ``Disconnection`` object."""

    publisherId: PublisherIdValue
    platform: Platform
    disconnectedAt: Timestamp


class DisconnectionEnvelope(TypedDict):
    """The ``DisconnectionEnvelope`` object."""

    success: SuccessTrue
    data: Disconnection


class SyncJob(TypedDict):
    """The ``SyncJob`` object."""

    syncId: str
    publisherId: PublisherIdValue
    platform: Platform
    # `queued` when accepted, `running` while importing, `succeeded` when done.
    status: Literal["queued", "running", "succeeded"]
    requestedAt: Timestamp
    # Null while queued.
    startedAt: str | None
    # Null until succeeded.
    finishedAt: str | None
    # Records imported (see `syncs.start_sync`); null until succeeded.
    recordsSynced: int | None


class SyncJobEnvelope(TypedDict):
    """The ``SyncJobEnvelope`` object."""

    success: SuccessTrue
    data: SyncJob


# The seed's five codes plus `VALIDATION_ERROR` for requests that violate this document (see the
# table in the API description).
ErrorCode: TypeAlias = Literal[
    "INVALID_CREDENTIALS",
    "CONNECTION_FAILED",
    "RATE_LIMIT_EXCEEDED",
    "INTEGRATION_NOT_FOUND",
    "PERMISSION_DENIED",
    "VALIDATION_ERROR",
]


class ErrorResponse(TypedDict):
    """The seed's error envelope."""

    # Always false in an error envelope.
    success: Literal[False]
    # What went wrong, for humans. For `VALIDATION_ERROR` it names every violation and where it is
    # (`body/apiKey: ...`, `query.limit: ...`). It never contains a submitted credential value.
    error: str
    code: ErrorCode
