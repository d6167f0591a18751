"""Customers of the CS core API: create, read, list, replace, delete, with derived fields.

Rules (specs/cs-integration.yaml): the client may choose ``customer_id`` (409 when taken),
else the server makes ``cust_`` + 16 random lowercase letters and digits; omitted
``integration_status`` domains take their defaults; ``risk_level`` is derived from the
current ``health_score``; a replace keeps ``health_trend``; the ETag is a hash of the
representation, so it changes whenever any field does. Create opens the journey history
(reason ``customer_created``); a replace that changes ``lifecycle_stage`` appends an entry
(``customer_replaced``); deleting the customer deletes its history. A token bound to a customer
(``customer_id`` claim) sees and changes that customer only. Every change records an
outbox event (``customer.created`` ...) for webhook delivery.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import secrets
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection

from server.auth.principal import Principal
from server.jsonwire import canonical_json, encode_json
from server.services.concurrency import retry_on_conflict, retry_on_conflict_async
from server.services.errors import (
    ConflictError,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
)
from server.services.etag import if_match_satisfied
from server.services.outbox import record_event
from server.services.row_cache import RowCache
from server.storage.customer_rows import StoredCustomer, insert_customer, stored_customer
from server.storage.customers import CoreCustomerStore, CustomerRecord
from server.storage.database import Database
from server.storage.journeys import append_entry
from server.storage.models.base import utcnow
from server.storage.rawsql import RawConnection

API = "cs-integration"
RESOURCE = "customer"
DEFAULT_INTEGRATION_STATUS = {
    "marketing": "not_enrolled",
    "sales": "pending_handoff",
    "product": "standard",
    "finance": "current",
    "operations": "supported",
}
_ID_ALPHABET = string.ascii_lowercase + string.digits
_ID_SPACE = len(_ID_ALPHABET) ** 16


class CustomerFields(Protocol):
    """What the representation reads of a customer: an ORM row or a :class:`CustomerRecord`."""

    @property
    def customer_id(self) -> str: ...
    @property
    def health_score(self) -> int: ...
    @property
    def health_trend(self) -> str: ...
    @property
    def lifecycle_stage(self) -> str: ...
    @property
    def success_metrics(self) -> dict[str, Any]: ...
    @property
    def integration_status(self) -> dict[str, Any]: ...
    @property
    def last_updated(self) -> datetime: ...


@dataclass(frozen=True)
class Versioned:
    """A representation and its entity tag."""

    body: dict[str, Any]
    etag: str

    @functools.cached_property
    def encoded(self) -> bytes:
        """The representation as the JSON bytes a reply sends (kept with a cached version)."""
        return encode_json(self.body)


@dataclass(frozen=True)
class CustomerPage:
    """One page of customers and the size of the whole (filtered) collection."""

    items: list[dict[str, Any]]
    total: int


def risk_level(health_score: int) -> str:
    """``low`` 75+, ``medium`` 50-74, ``high`` 25-49, ``critical`` below 25."""
    if health_score >= 75:
        return "low"
    if health_score >= 50:
        return "medium"
    if health_score >= 25:
        return "high"
    return "critical"


def new_customer_id() -> str:
    """``cust_`` and 16 random lowercase letters and digits."""
    # One draw of a 16-digit base-36 number instead of 16 calls of secrets.choice (a sixth of
    # the create's CPU); uniform over the same 36^16 ids.
    number = secrets.randbelow(_ID_SPACE)
    digits = []
    for _ in range(16):
        number, digit = divmod(number, 36)
        digits.append(_ID_ALPHABET[digit])
    return "cust_" + "".join(digits)


def _attempted_ids(caller: Principal, data: Mapping[str, Any]) -> Iterator[tuple[str, bool]]:
    """The id each attempt of a create uses, and whether it must be looked up first.

    A chosen id is looked up (409 when taken) and tried again as it is: a concurrent create
    of it loses on the primary key, and the next attempt finds the winner's row. A generated
    id is new by construction (36^16 values), so the primary key alone checks it, and a
    collision, should one ever happen, takes another.
    """
    chosen = data.get("customer_id")
    first = str(chosen or new_customer_id())
    _check_binding(caller, first)
    yield first, bool(chosen)
    while True:
        yield (first, True) if chosen else (new_customer_id(), False)


class CustomerService:
    """The customer rules over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def list(
        self,
        caller: Principal,
        limit: int,
        offset: int,
        risk: str | None = None,
        stage: str | None = None,
    ) -> CustomerPage:
        """A page of the customers ``caller`` may see, ordered by id, optionally filtered."""
        with self.database.read() as connection:
            rows, total = CoreCustomerStore(connection).page(
                limit, offset, only=caller.customer_id, risk_level=risk, lifecycle_stage=stage
            )
        return CustomerPage([representation(row) for row in rows], total)

    def create(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """Store a new customer; 409 when the client's chosen id is taken."""
        ids = _attempted_ids(caller, data)
        return retry_on_conflict(lambda: self._write(self._insertion(caller, data, *next(ids))))

    async def create_soon(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """:meth:`create` from the event loop, its commit shared with concurrent writes."""
        ids = _attempted_ids(caller, data)
        return await retry_on_conflict_async(
            lambda: self.database.write_together(self._insertion(caller, data, *next(ids)))
        )

    def _write(self, work: Callable[[RawConnection], Versioned]) -> Versioned:
        with self.database.raw_write() as connection:
            return work(connection)

    @staticmethod
    def _insertion(
        caller: Principal, data: Mapping[str, Any], customer_id: str, check: bool
    ) -> Callable[[RawConnection], Versioned]:
        def insert(connection: RawConnection) -> Versioned:
            if check and stored_customer(connection, customer_id) is not None:
                raise ConflictError(RESOURCE, customer_id)
            now = utcnow()
            customer = CustomerRecord(
                customer_id=customer_id,
                health_score=int(data["health_score"]),
                health_trend="stable",
                lifecycle_stage=data["lifecycle_stage"],
                success_metrics=dict(data["success_metrics"]),
                integration_status={
                    **DEFAULT_INTEGRATION_STATUS,
                    **dict(data.get("integration_status") or {}),
                },
                created_by=caller.client_id,
                created_at=now,
                last_updated=now,
            )
            # Single statements in one transaction: the ORM paid for three flushes here.
            insert_customer(connection, customer)
            append_entry(connection, customer_id, customer.lifecycle_stage, "customer_created", now)
            return _changed(connection, caller, "customer.created", customer)

        return insert

    def get(self, caller: Principal, customer_id: str) -> Versioned:
        """One customer; 404 when unknown, 403 when the token is bound to another."""
        _check_binding(caller, customer_id)
        with self.database.raw_read() as connection:
            found = stored_customer(connection, customer_id)
        if found is None:
            raise NotFoundError(RESOURCE, customer_id)
        return _VERSIONS.of(found)

    def replace(
        self, caller: Principal, customer_id: str, data: Mapping[str, Any], if_match: str | None
    ) -> Versioned:
        """Replace every writable field; 404 when unknown, 412 when ``if_match`` is stale."""
        _check_binding(caller, customer_id)
        with self.database.write() as connection:
            store = CoreCustomerStore(connection)
            customer = store.get(customer_id, for_update=True)
            if customer is None:
                raise NotFoundError(RESOURCE, customer_id)
            current = versioned(customer).etag
            if not if_match_satisfied(if_match, current):
                raise PreconditionFailedError(RESOURCE, customer_id, current)
            now = utcnow()
            if data["lifecycle_stage"] != customer.lifecycle_stage:
                append_entry(
                    connection, customer_id, data["lifecycle_stage"], "customer_replaced", now
                )
            replaced = dataclasses.replace(
                customer,
                health_score=int(data["health_score"]),
                lifecycle_stage=data["lifecycle_stage"],
                success_metrics=dict(data["success_metrics"]),
                integration_status=dict(data["integration_status"]),
                last_updated=now,
            )
            store.update(replaced)
            if risk_level(replaced.health_score) != risk_level(customer.health_score):
                _changed(connection, caller, "customer.risk_level_changed", replaced)
            return _changed(connection, caller, "customer.updated", replaced)

    def delete(self, caller: Principal, customer_id: str) -> None:
        """Remove a customer; 404 when unknown."""
        _check_binding(caller, customer_id)
        with self.database.write() as connection:
            if not CoreCustomerStore(connection).delete(customer_id):
                raise NotFoundError(RESOURCE, customer_id)
            # The spec's payload for a deletion is the id alone (what no longer exists).
            record_event(
                connection, API, "customer.deleted", {"customer_id": customer_id}, caller.client_id
            )

    def count(self) -> int:
        """How many customers are stored."""
        with self.database.read() as connection:
            return CoreCustomerStore(connection).count()


def representation(customer: CustomerFields) -> dict[str, Any]:
    """The API's view of a stored customer."""
    return {
        "customer_id": customer.customer_id,
        "health_score": customer.health_score,
        "health_trend": customer.health_trend,
        "risk_level": risk_level(customer.health_score),
        "lifecycle_stage": customer.lifecycle_stage,
        "success_metrics": dict(customer.success_metrics),
        "integration_status": dict(customer.integration_status),
        "last_updated": customer.last_updated.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def versioned(customer: CustomerFields) -> Versioned:
    """The representation and a strong ETag hashed from it."""
    body = representation(customer)
    return Versioned(body, '"' + hashlib.sha256(canonical_json(body)).hexdigest()[:32] + '"')


#: Representations and ETags of stored customers, by row content.
_VERSIONS: RowCache[StoredCustomer, Versioned] = RowCache(lambda stored: versioned(stored.record()))


def _changed(
    connection: Connection | RawConnection, caller: Principal, event: str, customer: CustomerFields
) -> Versioned:
    result = versioned(customer)
    record_event(connection, API, event, result.body, caller.client_id)
    return result


def _check_binding(caller: Principal, customer_id: str) -> None:
    if caller.customer_id is not None and caller.customer_id != customer_id:
        raise ForbiddenError(RESOURCE, customer_id)
