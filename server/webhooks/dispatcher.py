"""The webhook dispatcher: outbox rows become deliveries, due deliveries become attempts.

It runs as a thread inside ``apikit serve`` (started and stopped with the app) or alone in
``apikit worker``; any number may share a database. Each pass:

1. *routes* new outbox rows of every API it serves (:mod:`server.webhooks.sources`): one
   delivery per enabled subscription of that API for the event type (its id kept on every
   retry), in the transaction that marks the row routed, so an event is fanned out exactly
   once and never lost;
2. *claims* due deliveries (a lease plus a claim token, see
   :mod:`server.storage.webhook_queue`), POSTs each outside any transaction, then records the
   attempt only if its claim still holds. A dispatcher killed mid-attempt leaves a lease that
   expires, and the attempt is made again: delivery is at least once.

Signing, timeouts, backoff, failure marking and locking are the same for every API; what
differs (subscriptions, body, how it is signed) comes from the API's source.
"""

from __future__ import annotations

import logging
import random
import secrets
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from server.settings import Settings
from server.storage.database import Database
from server.storage.models.base import utcnow
from server.storage.webhook_queue import PendingWork, SqlWebhookQueue, Target
from server.webhooks.retry import attempts_allowed, retry_delay
from server.webhooks.sender import AttemptOutcome, Sender
from server.webhooks.sources import WebhookSource, all_sources

log = logging.getLogger("apikit.webhooks")

#: Attempts made at once by one dispatcher (a slow receiver must not hold up the others).
CONCURRENCY = 4
#: Deliveries claimed per pass.
BATCH = 50
#: Outbox rows fanned out per pass: routing is a few statements per batch, not per event.
ROUTE_BATCH = 500
#: The delivery log keeps finished deliveries this long (specs ``WebhookDelivery``).
RETENTION = timedelta(days=30)
#: How often one dispatcher prunes the log.
PRUNE_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class Claim:
    """One attempt this dispatcher holds: what to send where, and the token proving it."""

    api: str
    delivery_id: str
    token: str
    url: str
    secret: str
    envelope: dict[str, Any]


def scheduling_now() -> datetime:
    """The current time to the microsecond, for due times and leases.

    ``utcnow()`` truncates to whole seconds, as the APIs show times; a retry scheduled from a
    truncated clock came due up to a second early (a 0.25 s backoff could fire at once).
    """
    return datetime.now(UTC)


class Dispatcher:
    """Routes and delivers; :meth:`run_once` is one pass, :meth:`start` runs passes in a thread."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        sender: Sender | None = None,
        sources: Sequence[WebhookSource] | None = None,
    ) -> None:
        self.database = database
        self.settings = settings
        self.sources = {source.api: source for source in sources or all_sources()}
        self.sender = sender or Sender(settings)
        self.rng = random.Random()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pool = ThreadPoolExecutor(CONCURRENCY, thread_name_prefix="webhook-attempt")
        self._pruned_at: datetime | None = None
        self._pending = PendingWork(
            list(self.sources), [source.table for source in self.sources.values()]
        )

    @property
    def lease(self) -> timedelta:
        """How long a claim holds: longer than any attempt can take (connect + write + read)."""
        return timedelta(seconds=self.settings.webhook_timeout_seconds * 4 + 5)

    def route(self) -> int:
        """Fan new outbox rows out into deliveries; the work done (0 when there was none).

        Work is the deliveries made, plus the events routed when a whole batch was taken: more
        are then waiting, so the next pass follows at once instead of after the idle poll (a
        burst of events nobody subscribes to used to drain at one batch per poll).
        """
        return sum(self._route(source) for source in self.sources.values())

    def _route(self, source: WebhookSource) -> int:
        with self.database.session() as session:
            queue = SqlWebhookQueue(session, source.table)
            pending = queue.unrouted(source.api, ROUTE_BATCH)
            if not pending:
                return 0
            mine = queue.mark_routed([event_id for event_id, _ in pending], utcnow())
            # One subscriber lookup per event type in the batch, in the same transaction.
            types = {event_type for event_id, event_type in pending if event_id in mine}
            targets: dict[str, list[Target]] = {kind: queue.subscribers(kind) for kind in types}
            wanted = [event_id for event_id, kind in pending if event_id in mine and targets[kind]]
            made = 0
            for event in queue.events(wanted):
                for target in targets[event.event_type]:
                    session.add(source.new_delivery(target, event))
                    made += 1
            backlog = len(mine) if len(pending) == ROUTE_BATCH else 0
            return made + backlog

    def claim(self) -> list[Claim]:
        """Take the due deliveries nobody else holds."""
        return [claim for source in self.sources.values() for claim in self._claim(source)]

    def _claim(self, source: WebhookSource) -> list[Claim]:
        claims = []
        with self.database.session() as session:
            queue = SqlWebhookQueue(session, source.table)
            now = scheduling_now()
            for delivery_id in queue.due(now, BATCH):
                token = secrets.token_hex(16)
                if not queue.claim(delivery_id, now, now + self.lease, token):
                    continue
                delivery = queue.delivery(delivery_id)
                target = queue.target(delivery.subscription_id) if delivery else None
                if delivery is None or target is None:
                    continue
                claims.append(
                    Claim(
                        source.api,
                        delivery_id,
                        token,
                        target.url,
                        target.secret,
                        dict(delivery.payload),
                    )
                )
        return claims

    def attempt(self, claim: Claim) -> AttemptOutcome:
        """Make the claimed attempt and record it."""
        sign = self.sources[claim.api].sign
        outcome = self.sender.send(claim.url, claim.secret, claim.envelope, sign)
        self.record(claim, outcome)
        return outcome

    def record(self, claim: Claim, outcome: AttemptOutcome) -> None:
        """Log the attempt and decide what follows (done, retry later, failed)."""
        source = self.sources[claim.api]
        with self.database.session() as session:
            queue = SqlWebhookQueue(session, source.table)
            delivery = queue.claimed(claim.delivery_id, claim.token)
            if delivery is None:
                # The lease ran out and another dispatcher took over: its record counts.
                log.warning("claim on %s lost before its outcome was recorded", claim.delivery_id)
                return
            target = queue.target(delivery.subscription_id)
            number = delivery.attempt_count + 1
            delivery.attempts = [*delivery.attempts, outcome.log_entry(number)][-10:]
            delivery.attempt_count = number
            delivery.payload = outcome.envelope
            delivery.last_attempt_at = outcome.attempted_at
            delivery.lease_until = None
            delivery.claim_token = None
            policy = target.policy if target else {}
            if outcome.succeeded:
                delivery.status = "succeeded"
                delivery.next_attempt_at = None
                queue.reset_failures(delivery.subscription_id)
            elif number >= attempts_allowed(policy) or target is None:
                delivery.status = "failed"
                delivery.next_attempt_at = None
                self._count_failure(queue, delivery.subscription_id, source.disable_after)
            else:
                delivery.status = "retrying"
                delivery.next_attempt_at = scheduling_now() + retry_delay(
                    policy, number, self.settings.webhook_delay_scale, self.rng
                )
            log.info(
                "webhook %s attempt %d to %s: %s",
                delivery.id,
                number,
                claim.url,
                outcome.status if outcome.error is None else outcome.error,
            )

    def _count_failure(
        self,
        queue: SqlWebhookQueue,
        subscription_id: str,
        disable_after: Callable[[Settings], int],
    ) -> None:
        # An atomic increment: attempts of one subscription are recorded concurrently.
        failures = queue.count_failure(subscription_id)
        limit = disable_after(self.settings)
        if limit and failures >= limit and queue.disable(subscription_id, utcnow()):
            log.warning(
                "webhook subscription %s disabled after %d failed deliveries in a row",
                subscription_id,
                failures,
            )

    def deliver_due(self) -> int:
        """Claim due deliveries and make their attempts; the number of attempts made."""
        claims = self.claim()
        list(self._pool.map(self.attempt, claims))
        return len(claims)

    def prune(self) -> int:
        """Drop finished deliveries older than :data:`RETENTION`; how many went."""
        now = utcnow()
        self._pruned_at = now
        pruned = 0
        for source in self.sources.values():
            with self.database.session() as session:
                pruned += SqlWebhookQueue(session, source.table).prune(now - RETENTION)
        return pruned

    def run_once(self) -> int:
        """One pass: route, then deliver (and prune now and then); how much work was done."""
        if self._pruned_at is None or utcnow() - self._pruned_at > PRUNE_EVERY:
            self.prune()
        with self.database.raw_read() as connection:
            if not self._pending.any(connection, scheduling_now()):
                return 0
        return self.route() + self.deliver_due()

    def run(self) -> None:
        """Passes until :meth:`stop`; errors are logged and the next pass tries again."""
        while not self._stop.is_set():
            try:
                busy = self.run_once()
            except Exception:
                log.exception("webhook dispatcher pass failed")
                busy = 0
            if not busy:
                self._stop.wait(self.settings.webhook_poll_seconds)

    def start(self) -> None:
        """Run in a background thread."""
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name="webhook-dispatcher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30) -> None:
        """Finish the current pass, stop, and release the HTTP client."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._pool.shutdown(wait=True)
        self.sender.close()


def start_dispatcher(database: Database, settings: Settings) -> Dispatcher | None:
    """A running dispatcher for ``apikit serve``, unless the settings leave it to workers."""
    if not settings.webhook_dispatcher:
        return None
    dispatcher = Dispatcher(database, settings)
    dispatcher.start()
    return dispatcher
