"""Request and response models (TypedDicts) of Customer Success Integration API 1.0.0."""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

# Customer identifier, `cust_` followed by letters and digits.
CustomerId: TypeAlias = str


# Feature identifier, `feat_` followed by lowercase letters, digits and underscores.
FeatureId: TypeAlias = str


# A snake_case code (reasons, events, actions, categories).
Code: TypeAlias = str


# A calendar quarter, `q<1-4>_<year>`.
Quarter: TypeAlias = str


# An amount in the customer's contract currency.
Money: TypeAlias = float


# A sum of amounts in the customer's contract currency; unbounded above, because a sum of `Money`
# amounts may exceed the largest single amount.
MoneyTotal: TypeAlias = float


Probability: TypeAlias = float


# Customer health score, 0 (worst) to 100 (best).
HealthScore: TypeAlias = int


# Derived from the most recently received health-change event of the customer: `improving` when
# its `new_score` > `previous_score`, `declining` when `new_score` < `previous_score`, `stable`
# when they are equal or the customer has no health-change event.
HealthTrend: TypeAlias = Literal["improving", "stable", "declining"]


# Derived from the current health score: `low` when health_score >= 75, `medium` 50-74, `high`
# 25-49, `critical` < 25.
RiskLevel: TypeAlias = Literal["low", "medium", "high", "critical"]


# Stage of the customer lifecycle; it is also the customer's journey stage.
LifecycleStage: TypeAlias = Literal[
    "onboarding", "adoption", "expansion", "renewal", "advocacy", "churned"
]


class SuccessMetrics(TypedDict):
    """Success metrics as last set by a create or replace."""

    # Share of licensed functionality in use, 0-1.
    adoption_rate: float
    # Engagement score, 0-10.
    engagement_score: float
    # Net Promoter Score, -100 to 100.
    nps_score: int


# Marketing integration status; `not_enrolled` by default.
MarketingStatus: TypeAlias = Literal["not_enrolled", "active", "paused", "opted_out"]


# Sales integration status; `pending_handoff` by default, set to `handed_off` by a completed
# handoff.
SalesStatus: TypeAlias = Literal["pending_handoff", "handed_off"]


# Product programme participation; `standard` by default.
ProductStatus: TypeAlias = Literal["standard", "beta_participant", "design_partner"]


# Payment standing; `current` by default.
FinanceStatus: TypeAlias = Literal["current", "overdue", "delinquent"]


# Operations support status; `supported` by default. `escalated` while the customer has an
# escalated workflow execution in progress; back to `supported` when the last one is closed.
OperationsStatus: TypeAlias = Literal["supported", "escalated"]


class IntegrationStatus(TypedDict):
    """Status of the customer in each integrated domain."""

    marketing: MarketingStatus
    sales: SalesStatus
    product: ProductStatus
    finance: FinanceStatus
    operations: OperationsStatus


class IntegrationStatusInput(TypedDict):
    """Initial domain statuses; an omitted domain takes its default."""

    marketing: NotRequired[MarketingStatus]
    sales: NotRequired[SalesStatus]
    product: NotRequired[ProductStatus]
    finance: NotRequired[FinanceStatus]
    operations: NotRequired[OperationsStatus]


class Customer(TypedDict):
    """A customer record (seed 000 Customer Management API), exactly the seed's fields."""

    customer_id: CustomerId
    # The score set by the most recent of: the create, the last replace, or the `new_score` of the
    # last health-change event received for the customer (in the order the server received them).
    health_score: HealthScore
    health_trend: HealthTrend
    risk_level: RiskLevel
    lifecycle_stage: LifecycleStage
    success_metrics: SuccessMetrics
    integration_status: IntegrationStatus
    # When the server last changed the record: its create or replace, a health-change event, a
    # journey update, a handoff, or a workflow execution changing `integration_status.operations`.
    last_updated: str


class CustomerCreate(TypedDict):
    """A new customer."""

    # The id to give the customer; the server generates one when absent.
    customer_id: NotRequired[CustomerId]
    # Initial health score.
    health_score: HealthScore
    lifecycle_stage: LifecycleStage
    success_metrics: SuccessMetrics
    integration_status: NotRequired[IntegrationStatusInput]


class CustomerReplace(TypedDict):
    """Every writable field of a customer (the id comes from the path)."""

    health_score: HealthScore
    lifecycle_stage: LifecycleStage
    success_metrics: SuccessMetrics
    integration_status: IntegrationStatus


class Pagination(TypedDict):
    """The ``Pagination`` object."""

    # The page size applied.
    limit: int
    # The number of items skipped.
    offset: int
    # Items in the whole (filtered) collection.
    total: int


class CustomerList(TypedDict):
    """The ``CustomerList`` object."""

    data: list[Customer]
    pagination: Pagination


class HealthChangeCreate(TypedDict):
    """A customer health change reported by a monitoring system (seed 000)."""

    customer_id: CustomerId
    # The score before the change, as the reporting system saw it.
    previous_score: HealthScore
    # The score after the change; it becomes the customer's health score.
    new_score: HealthScore
    # Why the score changed, e.g. `decreased_usage`.
    change_reason: Code
    # Signals that triggered the change; empty when absent.
    trigger_events: NotRequired[list[Code]]
    # Actions the reporting system recommends; empty when absent.
    recommended_actions: NotRequired[list[Code]]
    # When the change happened (at most 5 minutes in the future).
    timestamp: str


class HealthChangeEvent(TypedDict):
    """A recorded health-change event."""

    event_id: str
    customer_id: CustomerId
    previous_score: HealthScore
    new_score: HealthScore
    change_reason: Code
    trigger_events: list[Code]
    recommended_actions: list[Code]
    timestamp: str
    # When the server received the event.
    recorded_at: str


# `customer.created`, `customer.updated` (a replace, a journey update, a handoff, or a workflow
# execution or resolution changing `integration_status.operations`), `customer.deleted`,
# `customer.health_changed`, `customer.risk_level_changed` (a health-change event or a replace
# moved the derived risk level), `campaign.created`, `handoff.completed`, `feedback.submitted`,
# `forecast.submitted`, `workflow.executed`, `workflow.resolved`.
WebhookEventType: TypeAlias = Literal[
    "customer.created",
    "customer.updated",
    "customer.deleted",
    "customer.health_changed",
    "customer.risk_level_changed",
    "campaign.created",
    "handoff.completed",
    "feedback.submitted",
    "forecast.submitted",
    "workflow.executed",
    "workflow.resolved",
]


class WebhookCreate(TypedDict):
    """A webhook endpoint to register."""

    # The absolute URL deliveries are POSTed to: `https`, or plain `http` only to a loopback host
    # (see the operation's `422`).
    url: str
    # The events to deliver.
    events: list[WebhookEventType]
    description: NotRequired[str]
    # Shared secret for `X-Webhook-Signature`; when absent the server generates one. Returned only
    # in the registration answer.
    secret: NotRequired[str]


class Webhook(TypedDict):
    """A registered webhook endpoint (its secret is never returned)."""

    webhook_id: str
    url: str
    events: list[WebhookEventType]
    # Present when one was registered.
    description: NotRequired[str]
    # `true` at registration; `false` once 50 deliveries in a row failed all their retries
    # (deliveries then stop; remove the endpoint and register it again to resume).
    active: bool
    created_at: str


class WebhookList(TypedDict):
    """The ``WebhookList`` object."""

    data: list[Webhook]
    pagination: Pagination


class WebhookRegistration(TypedDict):
    """A webhook endpoint just registered, with its signing secret (shown only in this answer)."""

    webhook_id: str
    url: str
    events: list[WebhookEventType]
    # Present when one was registered.
    description: NotRequired[str]
    # `true`: deliveries start with the next event.
    active: bool
    created_at: str
    # The secret that signs every delivery (`X-Webhook-Signature`): the one registered, or the one
    # the server generated (`whsec_` and 32 hex digits).
    secret: str


class DeletedCustomer(TypedDict):
    """The `data` of a `customer.deleted` delivery."""

    customer_id: CustomerId


# The resource the event concerns as this API returns it: a `Customer` for `customer.created`,
# `customer.updated`, `customer.health_changed` and `customer.risk_level_changed`; a
# `DeletedCustomer` for `customer.deleted`; a `Campaign`, `Handoff`, `Feedback` or `Forecast` for
# `campaign.created`, `handoff.completed`, `feedback.submitted` and `forecast.submitted`; a
# `WorkflowExecution` for `workflow.executed` and `workflow.resolved`.
WebhookEventData: TypeAlias = "Customer | DeletedCustomer | Campaign | Handoff | Feedback | Forecast | WorkflowExecution"  # noqa: E501


class WebhookPayload(TypedDict):
    """The JSON body POSTed to a webhook endpoint (signed in the `X-Webhook-*` headers, see the
    API description)."""

    # Unique per delivery and the same on every retry (`X-Webhook-Id`).
    delivery_id: str
    event: WebhookEventType
    # When the change happened (committed).
    occurred_at: str
    data: WebhookEventData


class WebhookDeliveryAttempt(TypedDict):
    """One attempt to deliver."""

    # 1 for the first attempt, then one more per retry.
    attempt_number: int
    attempted_at: str
    # Milliseconds from signing until the answer's status (or the error).
    duration_ms: int
    # The endpoint's HTTP status; absent when no answer came.
    response_status: NotRequired[int]
    # Why the attempt failed (`HTTP 503 Service Unavailable`, `timeout after 10 s`, `ConnectError:
    # ...`, `refused: ...` for receivers not allowed); absent on a 2xx.
    error: NotRequired[str]


class WebhookDelivery(TypedDict):
    """One event delivered (or being delivered) to one endpoint, with its attempts."""

    delivery_id: str
    webhook_id: str
    event: WebhookEventType
    # `pending` (no attempt yet), `retrying` (an attempt failed, another is due), `succeeded` (an
    # attempt got a 2xx) or `failed` (the last retry failed too).
    status: Literal["pending", "retrying", "succeeded", "failed"]
    attempt_count: int
    # Every attempt, oldest first.
    attempts: list[WebhookDeliveryAttempt]
    payload: WebhookPayload
    # When the event was queued for this endpoint.
    created_at: str
    # Present once an attempt was made.
    last_attempt_at: NotRequired[str]
    # When the next attempt is due; present while `pending` or `retrying`.
    next_attempt_at: NotRequired[str]


class WebhookDeliveryList(TypedDict):
    """The ``WebhookDeliveryList`` object."""

    data: list[WebhookDelivery]
    pagination: Pagination


class HealthStatus(TypedDict):
    """Service health."""

    # `ok` when every check passes, otherwise `degraded`.
    status: Literal["ok", "degraded"]
    # Version of this API document the server implements.
    version: str
    checks: HealthStatusChecks
    # When the checks ran.
    timestamp: str


class HealthStatusChecks(TypedDict):
    """The ``HealthStatusChecks`` object."""

    # `ok` when the database answered a trivial query within 2 seconds.
    database: Literal["ok", "failing"]


class Metrics(TypedDict):
    """Performance metrics of the server process (seed 000 performance targets)."""

    # Whole seconds since the process started.
    uptime_seconds: int
    # Requests answered since the process started, every domain.
    requests_total: int
    # `requests_total` split by the first path segment.
    requests_by_domain: MetricsRequestsByDomain
    # Share of `requests_total` answered with a 5xx status, rounded to 3 decimals; 0 when there
    # were no requests.
    error_rate: float
    # Mean time to answer over `requests_total`, in milliseconds, rounded to 1 decimal; 0 when
    # none.
    average_response_time_ms: float
    # 95th percentile (nearest-rank) of the time to answer over the last 1000 requests, in
    # milliseconds, rounded to 1 decimal; 0 when none.
    p95_response_time_ms: float
    # Stored customers.
    customers_total: int
    # Registered webhook endpoints with `active` true, every client.
    webhooks_active: int
    # Health-change events received in the 24 hours before now.
    health_events_last_24h: int
    generated_at: str


# `requests_total` split by the first path segment.
MetricsRequestsByDomain = TypedDict(
    "MetricsRequestsByDomain",
    {
        "cs-integration": "int",
        "cs-marketing": "int",
        "cs-sales": "int",
        "cs-product": "int",
        "cs-finance": "int",
        "cs-ops": "int",
    },
)


# CS signal that triggers a campaign.
TriggerType: TypeAlias = Literal[
    "health_decline",
    "low_engagement",
    "expansion_ready",
    "onboarding",
    "renewal_approaching",
    "advocacy",
]


CampaignType: TypeAlias = Literal[
    "retention", "re_engagement", "expansion", "onboarding", "renewal", "advocacy"
]


# Segments of the customer base, evaluated on current state: `at_risk` risk_level `high` or
# `critical`; `low_engagement` engagement_score < 5; `healthy` health_score >= 75;
# `expansion_ready` health_score >= 75 and adoption_rate >= 0.7; `onboarding` lifecycle_stage
# `onboarding`; `champions` nps_score >= 50.
CustomerSegment: TypeAlias = Literal[
    "at_risk", "low_engagement", "healthy", "expansion_ready", "onboarding", "champions"
]


class MarketingHealth(TypedDict):
    """Health signals of a customer for marketing (seed 001 Health-to-Marketing API)."""

    customer_id: CustomerId
    health_score: HealthScore
    health_trend: HealthTrend
    risk_level: RiskLevel
    lifecycle_stage: LifecycleStage
    # Campaign triggers the customer's state calls for, in this order, each when its condition
    # holds: `health_decline` (health_trend `declining`), `low_engagement` (engagement_score < 5),
    # `expansion_ready` (health_score >= 75 and adoption_rate >= 0.7), `onboarding`
    # (lifecycle_stage `onboarding`), `renewal_approaching` (lifecycle_stage `renewal`),
    # `advocacy` (nps_score >= 50). May be empty.
    recommended_triggers: list[TriggerType]
    # The customer's `last_updated`.
    last_updated: str


class CampaignCreate(TypedDict):
    """A lifecycle campaign to trigger."""

    trigger_type: TriggerType
    campaign_type: CampaignType
    target_audience: CampaignCreateTargetAudience


class CampaignCreateTargetAudience(TypedDict):
    """The ``CampaignCreateTargetAudience`` object."""

    customer_segments: list[CustomerSegment]


class Campaign(TypedDict):
    """A triggered lifecycle campaign (seed 001), exactly the seed's fields."""

    campaign_id: str
    trigger_type: TriggerType
    campaign_type: CampaignType
    target_audience: CampaignTargetAudience
    # Fixed estimate by `campaign_type` (retention_improvement / engagement_lift): `retention`
    # 15-20% / 25%, `re_engagement` 10-15% / 30%, `expansion` 5-10% / 15%, `onboarding` 10-15% /
    # 35%, `renewal` 10-20% / 10%, `advocacy` 5% / 20%.
    estimated_impact: CampaignEstimatedImpact


class CampaignTargetAudience(TypedDict):
    """The ``CampaignTargetAudience`` object."""

    customer_segments: list[CustomerSegment]
    # Number of distinct stored customers in at least one of the segments when the campaign was
    # created.
    size: int


class CampaignEstimatedImpact(TypedDict):
    """Fixed estimate by `campaign_type` (retention_improvement / engagement_lift): `retention`
    15-20% / 25%, `re_engagement` 10-15% / 30%, `expansion` 5-10% / 15%, `onboarding` 10-15%
    / 35%, `renewal` 10-20% / 10%, `advocacy` 5% / 20%."""

    retention_improvement: str
    engagement_lift: str


JourneyAction: TypeAlias = Literal[
    "schedule_check_in",
    "complete_onboarding_plan",
    "schedule_kickoff_call",
    "review_feature_adoption",
    "assess_training_needs",
    "share_success_evidence",
    "introduce_premium_features",
    "schedule_renewal_review",
    "send_value_summary",
    "invite_to_reference_program",
    "request_case_study",
    "launch_win_back_campaign",
]


class JourneyUpdate(TypedDict):
    """A journey stage transition."""

    stage: LifecycleStage
    # Why the customer moves; `journey_updated` when absent.
    reason: NotRequired[Code]


class JourneyEntry(TypedDict):
    """One stage of the customer's journey."""

    stage: LifecycleStage
    # Why the customer entered the stage: `customer_created`, `customer_replaced` or the journey
    # update's reason.
    reason: Code
    entered_at: str
    # Absent on the current (last) entry.
    exited_at: NotRequired[str]


class JourneyStatus(TypedDict):
    """A customer's journey status (seed 001 Customer Journey Coordination)."""

    customer_id: CustomerId
    current_stage: LifecycleStage
    # `entered_at` of the last history entry.
    stage_entered_at: str
    # `schedule_check_in` first when risk_level is `high` or `critical`, then by current stage:
    # `onboarding` complete_onboarding_plan, schedule_kickoff_call; `adoption`
    # review_feature_adoption, assess_training_needs; `expansion` share_success_evidence,
    # introduce_premium_features; `renewal` schedule_renewal_review, send_value_summary;
    # `advocacy` invite_to_reference_program, request_case_study; `churned`
    # launch_win_back_campaign.
    next_recommended_actions: list[JourneyAction]
    # Every journey entry, oldest first; the last is the current stage.
    history: list[JourneyEntry]


ContractTerms: TypeAlias = Literal[
    "month_to_month", "1_year", "2_year", "3_year", "4_year", "5_year"
]


class HandoffData(TypedDict):
    """What sales hands over."""

    # Contract value of the deal; it is the customer's contracted value.
    deal_value: Money
    contract_terms: ContractTerms
    key_stakeholders: list[str]
    success_criteria: list[Code]
    sales_notes: NotRequired[str]


class SuccessInitiation(TypedDict):
    """How the success plan starts."""

    onboarding_start: str
    success_manager: str
    # Not before `onboarding_start`.
    first_check_in: str


class HandoffCreate(TypedDict):
    """A sales-to-CS handoff (seed 001 Handoff API)."""

    # Must equal the path's `customer_id`.
    customer_id: CustomerId
    handoff_data: HandoffData
    success_initiation: SuccessInitiation


# Derived from the handoff's `deal_value`: `enterprise` >= 100000, `mid_market` >= 25000 and <
# 100000, `small_business` below 25000 or when the customer has no handoff.
CompanySegment: TypeAlias = Literal["enterprise", "mid_market", "small_business"]


class Handoff(TypedDict):
    """A completed handoff."""

    handoff_id: str
    customer_id: CustomerId
    # Always `completed`; a handoff is stored only once completed.
    status: Literal["completed"]
    customer_segment: CompanySegment
    handoff_data: HandoffData
    success_initiation: SuccessInitiation
    # The customer's health score and success metrics when the handoff completed.
    baseline_metrics: HandoffBaselineMetrics
    completed_at: str


class HandoffBaselineMetrics(TypedDict):
    """The customer's health score and success metrics when the handoff completed."""

    health_score: HealthScore
    adoption_rate: float
    engagement_score: float
    nps_score: int


# A kind of success milestone; each is also an item of success evidence.
MilestoneKind: TypeAlias = Literal[
    "achieved_roi_target",
    "achieved_adoption_target",
    "executive_sponsorship",
    "expansion_requested_by_customer",
    "renewal_committed",
    "case_study_published",
]


class MilestoneCreate(TypedDict):
    """A success milestone to record."""

    milestone: MilestoneKind
    # Not after today.
    achieved_on: str
    notes: NotRequired[str]


class Milestone(TypedDict):
    """A recorded success milestone."""

    milestone_id: str
    customer_id: CustomerId
    milestone: MilestoneKind
    achieved_on: str
    # Present when notes were recorded.
    notes: NotRequired[str]
    recorded_at: str


class Expansion(TypedDict):
    """A customer's expansion pipeline (seed 001 Expansion Pipeline API), exactly the seed's
    fields."""

    expansion_readiness: ExpansionExpansionReadiness
    # Empty unless the customer has a handoff and the readiness score is >= 60. Then, in this
    # order: an `upsell` of `premium_features` worth round(deal_value / 3); and, when the
    # `achieved_adoption_target` milestone is recorded, a `cross_sell` of `integration_suite`
    # worth round(deal_value / 5). Both have probability = the score rounded down to a multiple of
    # 5, divided by 100, and timeline = the calendar quarter after today's.
    opportunities: list[Opportunity]
    # The customer's recorded milestone kinds, ordered by `achieved_on`, then by recording order.
    success_evidence: list[MilestoneKind]


class ExpansionExpansionReadiness(TypedDict):
    """The ``ExpansionExpansionReadiness`` object."""

    # round(0.6 x health_score + 20 x adoption_rate + 4 x min(number of recorded milestones, 5)).
    score: int
    # In this order, each when its condition holds: `high_product_adoption` (adoption_rate >=
    # 0.7), `strong_health_score` (health_score >= 75), `recent_success_milestones` (a milestone
    # achieved in the 90 days up to today). May be empty.
    readiness_factors: list[ExpansionExpansionReadinessReadinessFactorsItem]


ExpansionExpansionReadinessReadinessFactorsItem: TypeAlias = Literal[
    "high_product_adoption", "strong_health_score", "recent_success_milestones"
]


class Opportunity(TypedDict):
    """An expansion opportunity."""

    type: Literal["upsell", "cross_sell"]
    product: Literal["premium_features", "integration_suite"]
    value_estimate: Money
    probability: Probability
    timeline: Quarter


class UsageCreate(TypedDict):
    """An observation of whether a customer has adopted a feature."""

    customer_id: CustomerId
    feature_id: FeatureId
    # Whether the customer actively uses the feature.
    adopted: bool
    # When it was observed; now when absent (at most 5 minutes in the future).
    recorded_at: NotRequired[str]


class Usage(TypedDict):
    """A stored feature usage record."""

    usage_id: str
    customer_id: CustomerId
    feature_id: FeatureId
    adopted: bool
    recorded_at: str


class Adoption(TypedDict):
    """Adoption insights of a feature (seed 001 Adoption Insights API), exactly the seed's
    fields. "Adopted" means the customer's latest usage record for the feature says
    `adopted: true`; segments are the customers' `CompanySegment`s. Ratios and correlations
    are rounded to 2 decimals."""

    feature_id: FeatureId
    adoption_metrics: AdoptionAdoptionMetrics
    success_correlation: AdoptionSuccessCorrelation
    # In this order, each when its condition holds: `enhanced_onboarding` (overall_adoption <
    # 0.7), `training_content` (a segment with customers has adoption < 0.5), `feature_discovery`
    # (some customer has no usage record for the feature). May be empty.
    improvement_opportunities: list[AdoptionImprovementOpportunitiesItem]


class AdoptionAdoptionMetrics(TypedDict):
    """The ``AdoptionAdoptionMetrics`` object."""

    # Adopting customers divided by all stored customers.
    overall_adoption: float
    # Per segment, adopting customers of the segment divided by its customers; 0 for an empty
    # segment.
    segment_adoption: AdoptionAdoptionMetricsSegmentAdoption


class AdoptionAdoptionMetricsSegmentAdoption(TypedDict):
    """Per segment, adopting customers of the segment divided by its customers; 0 for an empty
    segment."""

    enterprise: Probability
    mid_market: Probability
    small_business: Probability


class AdoptionSuccessCorrelation(TypedDict):
    """The ``AdoptionSuccessCorrelation`` object."""

    # Pearson correlation, over all stored customers, between adopted (1 or 0) and health_score; 0
    # when either has no variance.
    adoption_success_link: float
    # `high` when adoption_success_link >= 0.5, `medium` when >= 0.2, otherwise `low`.
    health_impact: Literal["high", "medium", "low"]
    # Pearson correlation, over all stored customers, between adopted (1 or 0) and retained (1
    # unless lifecycle_stage is `churned`); 0 when either has no variance.
    retention_correlation: float


AdoptionImprovementOpportunitiesItem: TypeAlias = Literal[
    "enhanced_onboarding", "training_content", "feature_discovery"
]


class FeedbackDetails(TypedDict):
    """The feedback itself."""

    type: FeedbackDetailsType
    # Product area, e.g. `workflow_automation`.
    category: Code
    priority: Literal["low", "medium", "high", "critical"]
    business_impact: FeedbackDetailsBusinessImpact
    description: str


FeedbackDetailsType: TypeAlias = Literal[
    "feature_request", "bug_report", "usability_issue", "integration_request", "praise"
]


FeedbackDetailsBusinessImpact: TypeAlias = Literal[
    "critical_for_success", "high_value", "moderate", "low"
]


class SuccessContext(TypedDict):
    """The success impact assessment of the feedback."""

    health_impact: Code
    efficiency_gain: str
    customer_value: Code


class FeedbackCreate(TypedDict):
    """Prioritized customer feedback (seed 001 Customer Feedback API)."""

    customer_id: CustomerId
    feedback: FeedbackDetails
    success_context: SuccessContext


class Feedback(TypedDict):
    """Stored feedback."""

    feedback_id: str
    customer_id: CustomerId
    feedback: FeedbackDetails
    success_context: SuccessContext
    # Delivery commitment of the feedback. This version of the API sets only `received`; the other
    # values are reserved for the product team's tooling.
    delivery_status: FeedbackDeliveryStatus
    submitted_at: str


FeedbackDeliveryStatus: TypeAlias = Literal[
    "received", "under_review", "planned", "delivered", "declined"
]


class ValueRealizationReport(TypedDict):
    """A customer's value realization (seed 001 Value Realization API), exactly the seed's
    fields. Sums cover every realization recorded for the customer."""

    customer_id: CustomerId
    value_realization: ValueRealizationReportValueRealization
    revenue_attribution: ValueRealizationReportRevenueAttribution
    financial_health: ValueRealizationReportFinancialHealth


class ValueRealizationReportValueRealization(TypedDict):
    """The ``ValueRealizationReportValueRealization`` object."""

    # The handoff's `deal_value`; 0 without a handoff.
    contracted_value: Money
    # Sum of the amounts of all realizations.
    realized_value: MoneyTotal
    # round(realized_value / contracted_value x 100); 0 when contracted_value is 0.
    roi_percentage: int
    # `<n>_months`, n = whole calendar months from the handoff's `onboarding_start` (the
    # customer's creation date without a handoff) to the latest `realized_on` (today without
    # realizations); never below 0.
    realization_timeline: str


class ValueRealizationReportRevenueAttribution(TypedDict):
    """The ``ValueRealizationReportRevenueAttribution`` object."""

    # (sum of `adoption_value`, `expansion` and `churn_prevention` realizations) / realized_value,
    # rounded to 2 decimals; 0 when realized_value is 0.
    success_contribution: float
    # Sum of the `churn_prevention` realizations.
    churn_prevention_value: MoneyTotal
    # Sum of the `expansion` realizations.
    expansion_revenue: MoneyTotal


class ValueRealizationReportFinancialHealth(TypedDict):
    """The ``ValueRealizationReportFinancialHealth`` object."""

    # The customer's `integration_status.finance`.
    payment_status: FinanceStatus
    # The `renewal_probability` of the most recently submitted forecast that names the customer;
    # without one, health_score / 100 rounded to 2 decimals.
    renewal_probability: Probability
    # Sum of `value_estimate` over the opportunities of `GET /cs-sales/expansion/{customer_id}`.
    expansion_pipeline: Money


# `adoption_value` (value from using the product), `efficiency_savings`, `expansion` (expansion
# revenue), `churn_prevention` (revenue kept by a save).
RealizationCategory: TypeAlias = Literal[
    "adoption_value", "efficiency_savings", "expansion", "churn_prevention"
]


class RealizationCreate(TypedDict):
    """Value the customer realized."""

    category: RealizationCategory
    # Realized amount.
    amount: Money
    # Not after today.
    realized_on: str
    description: NotRequired[str]


class Realization(TypedDict):
    """A recorded value realization."""

    realization_id: str
    customer_id: CustomerId
    category: RealizationCategory
    amount: Money
    realized_on: str
    # Present when one was recorded.
    description: NotRequired[str]
    recorded_at: str


class CustomerForecast(TypedDict):
    """One customer's forecast."""

    customer_id: CustomerId
    renewal_probability: Probability
    expansion_probability: Probability
    expansion_value: Money
    # Risks to the forecast; stored as `[]` when absent.
    risk_factors: NotRequired[list[Code]]


class AggregateMetrics(TypedDict):
    """The submitter's aggregate view of the forecast."""

    total_forecasted_revenue: Money
    confidence_level: Probability
    # Not above `total_forecasted_revenue`.
    risk_adjusted_value: Money


class ForecastCreate(TypedDict):
    """A CS-informed revenue forecast (seed 001 Revenue Forecasting API)."""

    forecast_period: Quarter
    # At most one entry per customer; every customer must exist.
    customer_forecasts: list[CustomerForecast]
    aggregate_metrics: AggregateMetrics


class Forecast(TypedDict):
    """A submitted forecast with the metrics the server aggregated from it."""

    forecast_id: str
    forecast_period: Quarter
    customer_forecasts: list[StoredCustomerForecast]
    aggregate_metrics: AggregateMetrics
    # Aggregated by the server from `customer_forecasts` at submission.
    computed_metrics: ForecastComputedMetrics
    submitted_at: str


class ForecastComputedMetrics(TypedDict):
    """Aggregated by the server from `customer_forecasts` at submission."""

    # Number of customer forecasts.
    customer_count: int
    # Mean renewal_probability, rounded to 2 decimals.
    average_renewal_probability: Probability
    # Sum of expansion_probability x expansion_value, rounded to 2 decimals.
    expected_expansion_value: MoneyTotal
    # Customer forecasts with renewal_probability < 0.5.
    at_risk_customers: int


class StoredCustomerForecast(TypedDict):
    """One customer's forecast as stored (`risk_factors` always present)."""

    customer_id: CustomerId
    renewal_probability: Probability
    expansion_probability: Probability
    expansion_value: Money
    risk_factors: list[Code]


WorkflowType: TypeAlias = Literal[
    "health_decline_intervention",
    "onboarding_acceleration",
    "renewal_preparation",
    "expansion_outreach",
    "escalation_response",
]


AutomationStep: TypeAlias = Literal[
    "send_immediate_alert",
    "schedule_priority_check_in",
    "deploy_success_playbook",
    "notify_account_team",
    "create_support_ticket",
    "assign_success_manager",
]


class TriggerConditions(TypedDict):
    """The conditions that triggered the workflow; at least one."""

    # Points the health score dropped.
    health_score_drop: NotRequired[int]
    # Relative decline of usage, 0-1.
    usage_decline: NotRequired[float]
    # Relative increase of support tickets (0.5 = +50%), 0-10.
    support_increase: NotRequired[float]


class WorkflowCreate(TypedDict):
    """An automated CS workflow to execute (seed 001 Workflow Automation API)."""

    workflow_type: WorkflowType
    # Must equal the path's `customer_id`.
    customer_id: CustomerId
    trigger_conditions: TriggerConditions
    # Steps to run, in order, each at most once.
    automation_steps: list[AutomationStep]


class StepResult(TypedDict):
    """The outcome of one automation step."""

    step: AutomationStep
    # Steps run synchronously and always complete in this version.
    status: Literal["completed"]
    completed_at: str


class ResolutionCreate(TypedDict):
    """How an execution ended."""

    outcome: Literal["resolved", "failed"]
    # The team member who handled the execution.
    handled_by: str
    # Whether the handler had the skills the case needed.
    skill_match: bool
    # The customer's satisfaction rating of the intervention, 1-5.
    customer_satisfaction: NotRequired[float]


class Resolution(TypedDict):
    """How an execution ended."""

    outcome: Literal["resolved", "failed"]
    handled_by: str
    skill_match: bool
    # Present when a rating was given.
    customer_satisfaction: NotRequired[float]
    resolved_at: str


class WorkflowExecution(TypedDict):
    """A workflow execution record."""

    execution_id: str
    workflow_type: WorkflowType
    customer_id: CustomerId
    trigger_conditions: TriggerConditions
    automation_steps: list[AutomationStep]
    # One result per automation step, in the same order.
    step_results: list[StepResult]
    # `in_progress` until resolved; then the resolution's outcome.
    status: Literal["in_progress", "resolved", "failed"]
    # Whether the customer's risk level was `high` or `critical` when the execution started.
    escalated: bool
    started_at: str
    resolution: NotRequired[Resolution]


class Performance(TypedDict):
    """CS operational performance (seed 001 Performance Monitoring API), exactly the seed's
    fields. "Closed" = `resolved` or `failed`; the window is the 30 days before now (by
    `resolved_at` for closed executions, `started_at` otherwise) unless a field says
    otherwise. The team is the distinct `handled_by` of closed executions in the window, at
    least 1 member. Ratios are rounded to 2 decimals, averages to 1."""

    performance_metrics: PerformancePerformanceMetrics
    resource_utilization: PerformanceResourceUtilization
    # In this order, each when its condition holds: `increase_automation_coverage` (average
    # resolution time > 1.0 hours), `improve_skill_matching_algorithms` (skill_matching_accuracy <
    # 0.95 with at least one closed execution), `expand_predictive_capabilities` (an execution
    # started in the window had health_score_drop >= 20), `rebalance_workloads`
    # (workload_balancing not `optimal`). May be empty.
    optimization_opportunities: list[PerformanceOptimizationOpportunitiesItem]


class PerformancePerformanceMetrics(TypedDict):
    """The ``PerformancePerformanceMetrics`` object."""

    # Resolved executions / closed executions in the window; 0 when none are closed.
    workflow_execution_rate: float
    # Mean of resolved_at - started_at over resolved executions in the window, in hours with one
    # decimal, suffixed `_hours`; `0.0_hours` when none.
    average_resolution_time: str
    # Mean `customer_satisfaction` of closed executions in the window that have one; 0 when none.
    customer_satisfaction: float
    # Executions resolved in the last 7 days / (team size x 7).
    team_productivity: float


class PerformanceResourceUtilization(TypedDict):
    """The ``PerformanceResourceUtilization`` object."""

    # In-progress executions (any age) / (5 x team size), capped at 1 (each member handles up to 5
    # executions at once).
    capacity_usage: float
    # Closed executions in the window with `skill_match` true / closed executions in the window; 0
    # when none.
    skill_matching_accuracy: float
    # From closed executions per team member in the window: `optimal` when the largest count <=
    # 1.25 x the mean count (or nothing is closed), `acceptable` when <= 1.5 x the mean, otherwise
    # `imbalanced`.
    workload_balancing: Literal["optimal", "acceptable", "imbalanced"]


PerformanceOptimizationOpportunitiesItem: TypeAlias = Literal[
    "increase_automation_coverage",
    "improve_skill_matching_algorithms",
    "expand_predictive_capabilities",
    "rebalance_workloads",
]


class Problem(TypedDict):
    """RFC 7807 problem details, served as `application/problem+json`. `type` is a URI naming
    the kind of problem; `errors` (an extension member) lists every violation of a request,
    each with the JSON pointer or parameter it concerns."""

    # URI that identifies the problem type.
    type: str
    # Short, human-readable summary of the problem type.
    title: str
    # HTTP status code of this occurrence.
    status: int
    # Explanation specific to this occurrence.
    detail: NotRequired[str]
    # URI reference of the request that caused the problem.
    instance: NotRequired[str]
    # The request's `X-Request-ID`, for finding it in the server's logs.
    request_id: NotRequired[str]
    # Every violation found in the request, when the request was invalid.
    errors: NotRequired[list[ProblemViolation]]


class ProblemViolation(TypedDict):
    """The ``ProblemViolation`` object."""

    # Where the violation is: `body` followed by a JSON pointer into the request body
    # (`body/health_score`), or `query.<name>`, `path.<name>`, `header.<name>`.
    location: NotRequired[str]
    message: str
