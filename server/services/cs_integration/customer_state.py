"""A customer's current state as the derivation rules see it, read from stored rows.

``health_trend`` is the stored trend (moved only by health-change events) and
``risk_level`` is derived from the current score, as the customers resource shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from server.services.cs_integration.customers import risk_level
from server.services.cs_integration.scoring import integration_status
from server.services.errors import BusinessRuleError, NotFoundError
from server.storage.cs_records import SqlRecordStore
from server.storage.customers import CustomerRecord, SqlCustomerStore
from server.storage.models.cs_integration import Customer


@dataclass(frozen=True)
class CustomerState:
    """What the rules need of one customer."""

    customer_id: str
    health_score: int
    health_trend: str
    lifecycle_stage: str
    adoption_rate: float
    engagement_score: float
    nps_score: int
    integration_status: dict[str, str]
    created_at: datetime
    last_updated: datetime

    @property
    def risk_level(self) -> str:
        """Derived from the current health score."""
        return risk_level(self.health_score)


def state_of(customer: Customer | CustomerRecord) -> CustomerState:
    """The state of ``customer``."""
    metrics = dict(customer.success_metrics or {})
    return CustomerState(
        customer_id=customer.customer_id,
        health_score=customer.health_score,
        health_trend=customer.health_trend,
        lifecycle_stage=customer.lifecycle_stage,
        adoption_rate=float(metrics.get("adoption_rate", 0)),
        engagement_score=float(metrics.get("engagement_score", 0)),
        nps_score=int(metrics.get("nps_score", 0)),
        integration_status=integration_status(customer.integration_status),
        created_at=customer.created_at,
        last_updated=customer.last_updated,
    )


def customer_in_path(
    session: Session, customer_id: str, *, for_update: bool = False
) -> tuple[Customer, CustomerState]:
    """The customer a path names, with its state; 404 when there is none."""
    customer = SqlCustomerStore(session).get(customer_id, for_update=for_update)
    if customer is None:
        raise NotFoundError("customer", customer_id)
    return customer, state_of(customer)


def customer_in_body(
    session: Session, customer_id: str, *, location: str = "body/customer_id"
) -> Customer:
    """The customer a request body names; 422 (a business rule) when there is none."""
    customer = SqlCustomerStore(session).get(customer_id, for_update=True)
    if customer is None:
        raise BusinessRuleError(
            "customer_exists", f"No customer has the id {customer_id}.", location
        )
    return customer


def all_states(session: Session) -> Sequence[CustomerState]:
    """Every stored customer's state, ordered by id."""
    return [state_of(c) for c in _customers(session).where(order_by=Customer.customer_id)]


def _customers(session: Session) -> SqlRecordStore[Customer]:
    return SqlRecordStore(session, Customer, Customer.customer_id)
