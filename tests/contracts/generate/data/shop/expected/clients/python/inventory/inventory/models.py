"""Request and response models (TypedDicts) of Inventory API 1.0.0."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class Money(TypedDict):
    """An amount in a currency's minor unit."""

    amount: int
    currency: Literal["EUR", "USD", "GBP"]


class Problem(TypedDict):
    """RFC 7807 problem details."""

    type: str
    title: str
    status: int
    detail: NotRequired[str]


GetStockLevelResponse = TypedDict(
    "GetStockLevelResponse",
    {
        "sku": "NotRequired[str]",
        "on-hand": "NotRequired[int]",
        "value": "NotRequired[Money]",
    },
)
