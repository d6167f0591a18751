"""Customers of the CS core API: create, read, list, replace, delete, with derived fields.

Derived from stored state (rules in ``scoring``): ``risk_level`` from ``health_score``;
``health_trend`` from the last health-change event (a replace leaves it as it is). Creation
opens the journey history, a replace that changes the stage continues it; every change is
queued for webhooks. A token bound to a customer (``customer_id`` claim) sees and changes
that customer only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from server.auth.principal import Principal
from server.services.cs_integration.ids import new_id
from server.services.cs_integration.journey_history import follow_stage, open_journey
from server.services.cs_integration.outbox import enqueue_webhook_event
from server.services.cs_integration.scoring import integration_status, risk_level_for
from server.services.errors import (
    ConflictError,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
)
from server.services.etag import entity_tag, if_match_satisfied
from server.storage.customers import SqlCustomerStore
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.models.cs_integration import Customer

RESOURCE = "customer"


@dataclass(frozen=True)
class Versioned:
    """A representation and its entity tag."""

    body: dict[str, Any]
    etag: str


@dataclass(frozen=True)
class CustomerPage:
    """One page of customers and the size of the whole collection."""

    items: list[dict[str, Any]]
    total: int


class CustomerService:
    """The customer rules over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def list(self, caller: Principal, limit: int, offset: int) -> CustomerPage:
        """A page of the customers ``caller`` may see, ordered by id."""
        with self.database.session() as session:
            rows, total = SqlCustomerStore(session).page(limit, offset, only=caller.customer_id)
            return CustomerPage([representation(row) for row in rows], total)

    def create(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """Store a new customer; 409 when the id is taken."""
        customer_id = str(data.get("customer_id") or new_id("cust"))
        _check_binding(caller, customer_id)
        with self.database.session() as session:
            store = SqlCustomerStore(session)
            if store.get(customer_id) is not None:
                raise ConflictError(RESOURCE, customer_id)
            score = int(data["health_score"])
            now = utcnow()
            customer = Customer(
                customer_id=customer_id,
                health_score=score,
                health_trend="stable",
                risk_level=risk_level_for(score),
                lifecycle_stage=data["lifecycle_stage"],
                success_metrics=dict(data.get("success_metrics", {})),
                integration_status=integration_status(data.get("integration_status")),
                created_by=caller.client_id,
                created_at=now,
                last_updated=now,
            )
            store.add(customer)
            open_journey(session, customer)
            enqueue_webhook_event(session, "customer.created", representation(customer))
            return _versioned(customer)

    def get(self, caller: Principal, customer_id: str) -> Versioned:
        """One customer; 404 when unknown, 403 when the token is bound to another."""
        _check_binding(caller, customer_id)
        with self.database.session() as session:
            return _versioned(_existing(SqlCustomerStore(session), customer_id))

    def replace(
        self, caller: Principal, customer_id: str, data: Mapping[str, Any], if_match: str | None
    ) -> Versioned:
        """Replace every client-writable field; 412 when ``if_match`` is stale."""
        _check_binding(caller, customer_id)
        with self.database.session() as session:
            customer = _existing(SqlCustomerStore(session), customer_id, for_update=True)
            current = _versioned(customer).etag
            if not if_match_satisfied(if_match, current):
                raise PreconditionFailedError(RESOURCE, customer_id, current)
            score = int(data["health_score"])
            risk_before = risk_level_for(customer.health_score)
            now = utcnow()
            if data["lifecycle_stage"] != customer.lifecycle_stage:
                follow_stage(
                    session, customer_id, data["lifecycle_stage"], "customer_replaced", now
                )
            customer.health_score = score
            customer.risk_level = risk_level_for(score)
            customer.lifecycle_stage = data["lifecycle_stage"]
            customer.success_metrics = dict(data.get("success_metrics", {}))
            customer.integration_status = integration_status(data.get("integration_status"))
            customer.last_updated = now
            session.flush()
            enqueue_webhook_event(session, "customer.updated", representation(customer))
            if customer.risk_level != risk_before:
                enqueue_webhook_event(
                    session, "customer.risk_level_changed", representation(customer)
                )
            return _versioned(customer)

    def delete(self, caller: Principal, customer_id: str) -> None:
        """Remove a customer; 404 when unknown."""
        _check_binding(caller, customer_id)
        with self.database.session() as session:
            store = SqlCustomerStore(session)
            store.delete(_existing(store, customer_id, for_update=True))
            enqueue_webhook_event(session, "customer.deleted", {"customer_id": customer_id})


def representation(customer: Customer) -> dict[str, Any]:
    """The API's view of a stored customer."""
    return {
        "customer_id": customer.customer_id,
        "health_score": customer.health_score,
        "health_trend": customer.health_trend,
        "risk_level": customer.risk_level,
        "lifecycle_stage": customer.lifecycle_stage,
        "success_metrics": dict(customer.success_metrics),
        "integration_status": dict(customer.integration_status),
        "last_updated": customer.last_updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _versioned(customer: Customer) -> Versioned:
    return Versioned(
        representation(customer), entity_tag(RESOURCE, customer.customer_id, customer.version)
    )


def _existing(store: SqlCustomerStore, customer_id: str, *, for_update: bool = False) -> Customer:
    customer = store.get(customer_id, for_update=for_update)
    if customer is None:
        raise NotFoundError(RESOURCE, customer_id)
    return customer


def _check_binding(caller: Principal, customer_id: str) -> None:
    if caller.customer_id is not None and caller.customer_id != customer_id:
        raise ForbiddenError(RESOURCE, customer_id)
