"""Request and response models (TypedDicts) of Shop API 1.0.0."""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

OrderStatus: TypeAlias = Literal["placed", "shipped", "cancelled"]


class NewOrder(TypedDict):
    """The ``NewOrder`` object."""

    items: list[NewOrderItemsItem]
    callback_url: NotRequired[str]


class NewOrderItemsItem(TypedDict):
    """The ``NewOrderItemsItem`` object."""

    sku: str
    quantity: int


class Order(TypedDict):
    """The ``Order`` object."""

    # Unique id of the order.
    order_id: str
    status: OrderStatus
    total: Money
    callback_url: NotRequired[str]


class OrderList(TypedDict):
    """The ``OrderList`` object."""

    data: list[Order]
    pagination: OrderListPagination


class OrderListPagination(TypedDict):
    """The ``OrderListPagination`` object."""

    limit: int
    offset: int
    total: NotRequired[int]


class ShippedEvent(TypedDict):
    """The ``ShippedEvent`` object."""

    event: Literal["order.shipped"]
    order_id: str
    shipped_at: str


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


class GetHealthResponse(TypedDict):
    """The ``GetHealthResponse`` object."""

    status: Literal["ok"]
