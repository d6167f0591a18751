"""Rules deriving a customer's trend, company segment and domain statuses (spec fields).

The risk level rule lives with the customers service (``customers.risk_level``).
"""

from __future__ import annotations

from collections.abc import Mapping

from server.services.cs_integration.customers import DEFAULT_INTEGRATION_STATUS


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
