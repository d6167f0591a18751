"""The spec's rules deriving a customer's risk, trend, segments and campaign triggers."""

from __future__ import annotations

from collections.abc import Mapping

#: ``integration_status`` of a domain the client did not set.
DEFAULT_INTEGRATION_STATUS: Mapping[str, str] = {
    "marketing": "not_enrolled",
    "sales": "pending_handoff",
    "product": "standard",
    "finance": "current",
    "operations": "supported",
}


def risk_level_for(health_score: int) -> str:
    """``low`` >= 75, ``medium`` 50-74, ``high`` 25-49, ``critical`` below 25."""
    if health_score >= 75:
        return "low"
    if health_score >= 50:
        return "medium"
    if health_score >= 25:
        return "high"
    return "critical"


def trend_between(previous_score: int, new_score: int) -> str:
    """The trend one health-change event implies."""
    if new_score > previous_score:
        return "improving"
    if new_score < previous_score:
        return "declining"
    return "stable"


def company_segment(deal_value: float | None) -> str:
    """``enterprise`` >= 100000, ``mid_market`` >= 25000, else (or no handoff) small business."""
    if deal_value is None or deal_value < 25_000:
        return "small_business"
    if deal_value < 100_000:
        return "mid_market"
    return "enterprise"


def integration_status(stored: Mapping[str, str] | None) -> dict[str, str]:
    """Every domain's status, defaults filled in."""
    return {**DEFAULT_INTEGRATION_STATUS, **dict(stored or {})}
