"""The simulated Iterable, Customer.io and Keap connectors: verdicts, capabilities, content.

The server never calls the platforms. Well-shaped credentials (the spec's patterns, checked
by request validation) are accepted, except two sandbox values: any credential made only of
``f`` (either case) makes the platform unreachable, which comes first; otherwise any made only
of ``0`` is refused as a revoked key would be.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from server.services.platform_integrations.errors import (
    CredentialsRejectedError,
    PlatformUnreachableError,
)

PLATFORMS = ("iterable", "customerio", "keap")
NAMES = {"iterable": "Iterable", "customerio": "Customer.io", "keap": "Keap"}
#: Request fields holding credentials the platform judges (Keap's clientId takes no part).
CREDENTIAL_FIELDS = (
    "apiKey",
    "siteId",
    "trackingKey",
    "clientSecret",
    "accessToken",
    "refreshToken",
)
#: Credentials kept for the connector but never shown (siteId is an identifier, shown back).
SECRET_FIELDS = ("apiKey", "trackingKey", "clientSecret", "accessToken", "refreshToken")

_FEATURES = (
    "crossChannelMessaging",
    "advancedTemplates",
    "marketingAutomation",
    "behavioralTriggers",
    "analytics",
    "inAppMessaging",
    "smsAndPush",
    "realTimeDataFeeds",
    "realTimeEventTracking",
    "segmentation",
    "journeyManagement",
    "transactionalMessaging",
    "dataPipeline",
    "webhooks",
    "emailCampaigns",
    "crm",
    "salesPipeline",
    "ecommerce",
    "customFields",
    "leadScoring",
)
#: The features seed 004 claims for each platform; every other feature is false.
_CLAIMED = {
    "iterable": {
        "crossChannelMessaging",
        "advancedTemplates",
        "marketingAutomation",
        "behavioralTriggers",
        "analytics",
        "inAppMessaging",
        "smsAndPush",
        "realTimeDataFeeds",
        "segmentation",
        "webhooks",
        "emailCampaigns",
    },
    "customerio": {
        "crossChannelMessaging",
        "marketingAutomation",
        "behavioralTriggers",
        "analytics",
        "inAppMessaging",
        "smsAndPush",
        "realTimeEventTracking",
        "segmentation",
        "journeyManagement",
        "transactionalMessaging",
        "dataPipeline",
        "webhooks",
        "emailCampaigns",
    },
    "keap": {
        "marketingAutomation",
        "analytics",
        "webhooks",
        "emailCampaigns",
        "crm",
        "salesPipeline",
        "ecommerce",
        "customFields",
        "leadScoring",
    },
}

#: The simulated Iterable account's campaigns: id, name, type, state, medium.
ITERABLE_CAMPAIGNS = (
    (1001, "Welcome series", "Triggered", "Running", "Email"),
    (1002, "Weekly newsletter", "Blast", "Recurring", "Email"),
    (1003, "Re-engagement push", "Triggered", "Ready", "Push"),
)
#: The simulated Keap account holds contacts 1..KEAP_CONTACTS (ids 1000 + n).
KEAP_CONTACTS = 120


def capabilities(platform: str) -> dict[str, bool]:
    """The platform's fixed feature flags."""
    return {feature: feature in _CLAIMED[platform] for feature in _FEATURES}


def credentials_in(body: Mapping[str, Any]) -> dict[str, str]:
    """The credential fields a request carries."""
    return {name: str(body[name]) for name in CREDENTIAL_FIELDS if name in body}


def check_credentials(platform: str, credentials: Mapping[str, str], region: str | None) -> None:
    """The platform's verdict: nothing when accepted, else a typed error (never the values)."""
    name = NAMES[platform]
    values = list(credentials.values())
    if any(set(value.lower()) == {"f"} for value in values):
        where = f" ({region})" if region else ""
        raise PlatformUnreachableError(platform, f"Unable to connect to {name}{where}.")
    refused = [field for field, value in credentials.items() if set(value) == {"0"}]
    if refused:
        raise CredentialsRejectedError(
            platform, f"{name} refused the {', '.join(refused)}: authentication failed."
        )


def last4(value: str) -> str:
    """The last four characters of a credential, the only part ever shown."""
    return value[-4:]
