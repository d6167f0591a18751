"""Request and response models (TypedDicts) of Customer Success Cross-Domain API 1.0.0."""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

# Customer identifier.
CustomerIdValue: TypeAlias = str


# Product feature identifier.
FeatureIdValue: TypeAlias = str


# A whole percentage with its sign, as the seed writes it (`"42%"`).
Percentage: TypeAlias = str


# Pearson correlation coefficient rounded to two decimals; 0 when fewer than two data points or
# either variable has no variance.
Correlation: TypeAlias = float


# An amount in US dollars as the seed writes it: `$` then digits with optional thousands
# separators and optional cents, optionally suffixed `k` (thousands) or `m` (millions), e.g.
# `$12,500`, `$75k`.
Money: TypeAlias = str


# CS risk category of the customer at the time of the trigger.
RiskCategory: TypeAlias = Literal["healthy", "monitor", "at_risk", "critical"]


class TriggerRequest(TypedDict):
    """The ``TriggerRequest`` object."""

    # The customer's current health score (0-100).
    health_score: int
    risk_category: RiskCategory
    # Lifecycle milestones the customer reached, snake_case labels (e.g. `adoption_complete`),
    # stored and echoed. Defaults to none.
    milestones: NotRequired[list[str]]


class Trigger(TypedDict):
    """The ``Trigger`` object."""

    # Identifier of the trigger and of the campaign it started (`camp_<n>`).
    campaign_id: str
    customer_id: CustomerIdValue
    # The health score recorded with the trigger.
    health_score: int
    risk_category: RiskCategory
    # The milestones recorded with the trigger.
    milestones: list[str]
    # Nurture sequences started, one per risk category: `healthy` -> `advocacy_program`, `monitor`
    # -> `onboarding_nurture`, `at_risk` -> `re_engagement`, `critical` -> `executive_outreach`.
    triggered_sequences: list[TriggerTriggeredSequencesItem]
    # Expected health uplift, `"<u>% health_uplift"` with u = min(30, round(0.6 x (100 -
    # health_score))): the further from full health, the more room to recover, capped at 30
    # points.
    estimated_impact: str
    # When the trigger was accepted.
    created_at: str


TriggerTriggeredSequencesItem: TypeAlias = Literal[
    "advocacy_program", "onboarding_nurture", "re_engagement", "executive_outreach"
]


class CampaignPerformance(TypedDict):
    """The ``CampaignPerformance`` object."""

    campaign_id: str
    customer_id: CustomerIdValue
    # Share of the available uplift realised since the campaign: with h0 the campaign's
    # health_score and h1 the customer's latest health_score (from its latest trigger), round(100
    # x max(0, h1 - h0) / (100 - h0)), and 0 when h0 is 100. `"0%"` until a later trigger records
    # a higher score.
    attribution_to_cs: Percentage
    # Pearson correlation between the order of the customer's triggers (1, 2, 3...) and their
    # health_score, over the triggers recorded from this campaign onwards: positive when health
    # improves after the campaign. 0 with fewer than two.
    health_correlation: Correlation
    # attribution_to_cs (the rounded percentage) x (the `expansion` plus `renewal` scenario
    # amounts of the customer's latest forecast), rounded to whole dollars, with thousands
    # separators (`"$12,500"`); `"$0"` without a forecast. Written as Money but up to 40
    # characters: the sum of two 20-character scenario amounts (`"$999999999999999999m"`) has more
    # digits than one of them.
    revenue_impact: str


# A gap found in the handoff: `nps_target_missing` when `baseline_kpis` has no `nps_target`;
# `customer_unlinked` when the handoff names no `customer_id`.
KnowledgeGap: TypeAlias = Literal["nps_target_missing", "customer_unlinked"]


class BaselineKpis(TypedDict):
    """KPIs the customer is expected to reach, agreed during the sale."""

    # Target Net Promoter Score on the customer's 0-10 survey scale (at least 1).
    nps_target: NotRequired[float]


class HandoffRequest(TypedDict):
    """The ``HandoffRequest`` object."""

    # The success plan CS takes over with the deal.
    success_plan_id: str
    baseline_kpis: BaselineKpis
    # The customer the deal belongs to (not in the seed; optional). Without it the contract cannot
    # be tied to customer data and `customer_unlinked` is a knowledge gap.
    customer_id: NotRequired[CustomerIdValue]


class Handoff(TypedDict):
    """The ``Handoff`` object."""

    deal_id: str
    # The customer named by the handoff, or null.
    customer_id: str | None
    # The contract the handoff opened: `ctr_` followed by the part of `deal_id` after `deal_` (one
    # contract per deal).
    contract_id: str
    success_plan_id: str
    baseline_kpis: BaselineKpis
    # True when `knowledge_gaps` is empty.
    transition_complete: bool
    # Every gap found, in the order of the KnowledgeGap enum.
    knowledge_gaps: list[KnowledgeGap]
    # `confirmed` when the transition is complete (the deal may leave the sales pipeline),
    # `pending` otherwise.
    pipeline_sync: Literal["confirmed", "pending"]
    # When the handoff was first completed.
    completed_at: str


class ExpansionOpportunity(TypedDict):
    """The ``ExpansionOpportunity`` object."""

    customer_id: CustomerIdValue
    # round(0.5 x latest health_score + 50 x latest renewal_probability), each term 0 when the
    # customer has no trigger or no forecast.
    readiness_score: int
    # Value proven to the customer, in this order: `<n>x_roi_demonstrated` for the best ROI
    # multiple n = floor(roi) >= 1 over the customer's contracts (roi as in `roi_trajectory`);
    # `nps_target_met` when any contract's delivery_vs_commit >= 100%; `renewal_likely` when the
    # latest renewal_probability >= 0.9.
    value_portfolio: list[str]
    # Expansion potential: the `expansion` scenario of the latest forecast in thousands of dollars
    # (rounded), `"$<k>k_annualized"`; `"$0k_annualized"` when there is none. Up to 40 characters,
    # as the largest `expansion` amount needs.
    white_space: str


class FeatureAdoption(TypedDict):
    """The ``FeatureAdoption`` object."""

    feature_id: FeatureIdValue
    # round(100 x customers with feedback on the feature / customers known to the API) (see
    # "Customers" in the API description).
    adoption_rate: Percentage
    # Pearson correlation, over the customers with feedback on the feature and at least one
    # trigger, between their highest impact_score for the feature and their latest health_score.
    health_correlation: Correlation
    # Barriers found, in this order: `onboarding_friction` when adoption_rate < 50%;
    # `low_perceived_value` when the mean impact_score of the feature's feedback is below 5;
    # `at_risk_users` when a customer with feedback on the feature has a latest risk_category of
    # `at_risk` or `critical`.
    barriers: list[FeatureAdoptionBarriersItem]
    # One per barrier, same order: `onboarding_friction` -> `targeted_tutorial`,
    # `low_perceived_value` -> `value_messaging`, `at_risk_users` -> `cs_outreach`.
    recommendations: list[FeatureAdoptionRecommendationsItem]


FeatureAdoptionBarriersItem: TypeAlias = Literal[
    "onboarding_friction", "low_perceived_value", "at_risk_users"
]


FeatureAdoptionRecommendationsItem: TypeAlias = Literal[
    "targeted_tutorial", "value_messaging", "cs_outreach"
]


class FeedbackRequest(TypedDict):
    """The ``FeedbackRequest`` object."""

    customer_id: CustomerIdValue
    feature_id: FeatureIdValue
    # How much the feature matters to the customer, 1 (little) to 10.
    impact_score: int
    # Supporting evidence, free text or a URL (e.g. to a usage screenshot).
    evidence: str


class Feedback(TypedDict):
    """The ``Feedback`` object."""

    # Ticket number, `PROD-<n>`, n counting up from 1000.
    ticket_id: str
    customer_id: CustomerIdValue
    feature_id: FeatureIdValue
    impact_score: int
    evidence: str
    # From impact_score: 9-10 `P1`, 7-8 `P2`, 4-6 `P3`, 1-3 `P4`.
    priority: Literal["P1", "P2", "P3", "P4"]
    # From priority and the calendar quarter of `created_at` (UTC): P1 targets the next quarter
    # (`Q<n>_target`), P2 the quarter after it, P3 goes to `backlog`, P4 stays `under_review`.
    roadmap_position: str
    created_at: str


class ValueRealization(TypedDict):
    """The ``ValueRealization`` object."""

    contract_id: str
    # The contract's customer (from its handoff), or null.
    customer_id: str | None
    # Delivered NPS against committed: round(100 x (latest health_score / 10) / nps_target), the
    # health score standing in for NPS on a 0-10 scale. `"0%"` when the handoff has no nps_target
    # or the customer has no trigger (at most `"1000%"`).
    delivery_vs_commit: Percentage
    # Features the customer gave feedback on whose adoption_rate (as in `GET
    # /product/adoption/{feature_id}`) is below 50%, as `"<feature_id>_<rate>%"`, ordered by
    # feature_id.
    utilization_gaps: list[str]
    # Projected ROI multiple, `"<r>x_projected"` with r = round(12 x delivery_vs_commit / 100 x
    # latest renewal_probability, 1), delivery_vs_commit being the rounded percentage above: a
    # year of delivered value weighted by the chance of renewal. `"0.0x_projected"` without data.
    roi_trajectory: str


class Scenarios(TypedDict):
    """Revenue scenarios for the renewal, each an amount (`"$75k"`)."""

    expansion: NotRequired[Money]
    renewal: NotRequired[Money]
    contraction: NotRequired[Money]
    churn: NotRequired[Money]


# `[lower, upper]` bounds of renewal_probability (lower <= probability <= upper).
ConfidenceInterval: TypeAlias = "list[float]"


class ForecastRequest(TypedDict):
    """The ``ForecastRequest`` object."""

    # Probability that the customer renews.
    renewal_probability: float
    confidence_interval: ConfidenceInterval
    scenarios: NotRequired[Scenarios]


class Forecast(TypedDict):
    """The ``Forecast`` object."""

    forecast_id: str
    customer_id: CustomerIdValue
    # 1 for the customer's first forecast, then counting up.
    version: int
    renewal_probability: float
    confidence_interval: ConfidenceInterval
    # The scenarios as submitted (`{}` when none were).
    scenarios: ForecastScenarios
    # renewal_probability of the previous version, null for version 1.
    previous_renewal_probability: float | None
    created_at: str


class ForecastScenarios(TypedDict):
    """The scenarios as submitted (`{}` when none were)."""

    expansion: NotRequired[Money]
    renewal: NotRequired[Money]
    contraction: NotRequired[Money]
    churn: NotRequired[Money]


class ExecutionParameters(TypedDict):
    """Workflow parameters."""

    # Urgency tier, 1 (standard) to 3 (executive); the SLA is the workflow's base SLA divided by
    # the tier, rounded up to whole hours.
    escalation_tier: NotRequired[int]


class ExecutionRequest(TypedDict):
    """The ``ExecutionRequest`` object."""

    parameters: ExecutionParameters


class Execution(TypedDict):
    """The ``Execution`` object."""

    execution_id: str
    workflow_id: ExecutionWorkflowId
    customer_id: CustomerIdValue
    # The parameters with defaults applied.
    parameters: ExecutionParameters_2
    # ceil(base SLA of the workflow / escalation_tier) hours, e.g. `"4h"`.
    sla_target: str
    # `in_progress` before `due_at`, `completed` from `due_at` on.
    current_status: Literal["in_progress", "completed"]
    created_at: str
    # created_at + sla_target.
    due_at: str


ExecutionWorkflowId: TypeAlias = Literal["wf_escalation", "wf_onboarding", "wf_renewal", "wf_qbr"]


class ExecutionParameters_2(TypedDict):
    """The parameters with defaults applied."""

    escalation_tier: int


class CapacityForecast(TypedDict):
    """The ``CapacityForecast`` object."""

    period: Literal["next_30d", "next_90d", "next_180d"]
    # min(999, round(100 x effort of the executions created in the trailing 30 days / 480 hours)):
    # the recent monthly load against monthly capacity, assumed to hold through the period
    # (`period` only labels the horizon). Effort per execution: wf_escalation 6h, wf_onboarding
    # 20h, wf_renewal 8h, wf_qbr 4h, each multiplied by its escalation_tier.
    utilization_projection: Percentage
    # In this order: `enterprise_complexity` when an execution in the trailing 30 days had
    # escalation_tier 3; `onboarding_bandwidth` when wf_onboarding is more than half of that
    # effort.
    skill_gaps: list[Literal["enterprise_complexity", "onboarding_bandwidth"]]
    # `["urgent"]` when utilization_projection >= 80%, `["planned"]` when >= 65%, otherwise `[]`.
    hiring_triggers: list[Literal["urgent", "planned"]]


class AuditEntry(TypedDict):
    """The ``AuditEntry`` object."""

    audit_id: str
    # The request's `X-Request-ID`.
    request_id: str
    # OAuth client that made the request (the token's `client_id`).
    client_id: str
    method: Literal["GET", "POST"]
    # Request path, without the query.
    path: str
    # Status code of the response.
    status: int
    # Scopes the token carried.
    scopes: list[str]
    recorded_at: str


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


ExecuteWorkflowWorkflowId: TypeAlias = Literal[
    "wf_escalation", "wf_onboarding", "wf_renewal", "wf_qbr"
]
