"""Delivers the notification outbox: webhooks and e-mails, retried with backoff for three days.

Each cycle claims a batch of due deliveries in one short transaction (leased, so replicas take
disjoint batches and a worker that dies mid-attempt only delays its rows), makes the attempts
with no transaction open - a network call never holds a database transaction - and records
their outcomes in a second transaction. A delivery whose lease ran out while its attempt was
still running may be attempted again by another worker; receivers deduplicate on the event
id, which is the same on every attempt. Time comes from the injected clock, so tests advance
a FakeClock through the retry schedule and call run_once().
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from chainbridge_common.runtime.clock import Clock
from pay_server.application.notifications import NotificationUseCases
from pay_server.domain.notifications import AttemptResult, DeliveryState, NotificationDelivery, Subscription
from pay_server.notifications.sender import NotificationSender
from pay_server.notifications.webhooks import RetrySchedule, next_attempt_at

log = logging.getLogger(__name__)


@dataclass
class NotificationWorkerSettings:
    batch_size: int = 20
    concurrency: int = 4  # attempts in flight at once
    # Longer than a batch's worst case (batch_size / concurrency attempts of 10 s each, one
    # after another), so a live worker's lease never runs out under it.
    lease_seconds: float = 300.0
    poll_interval_seconds: float = 1.0


class NotificationWorker:
    name = "notification-worker"

    def __init__(
        self,
        notifications: NotificationUseCases,
        sender: NotificationSender,
        clock: Clock,
        *,
        retry: RetrySchedule | None = None,
        settings: NotificationWorkerSettings | None = None,
        observe_attempt: Callable[[NotificationDelivery, Subscription, AttemptResult], None] = lambda delivery, subscription, result: None,
        attempt_span: Callable[[NotificationDelivery, Subscription], object] | None = None,
    ):
        self.notifications = notifications
        self.sender = sender
        self.clock = clock
        self.retry = retry or RetrySchedule()
        self.settings = settings or NotificationWorkerSettings()
        self.observe_attempt = observe_attempt
        self.attempt_span = attempt_span  # a context manager per attempt (traces), or None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pool: ThreadPoolExecutor | None = None

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=self.settings.concurrency, thread_name_prefix="notification-attempt")
        self.notifications.outbox.wake = self._wake.set
        self._thread = threading.Thread(target=self._loop, name="notification-worker", daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                handled = self.run_once()
            except Exception:
                log.exception("notification delivery cycle failed; retrying after the poll interval")
                handled = 0
            if handled == 0:
                self._wake.wait(self.settings.poll_interval_seconds)
                self._wake.clear()

    # ------------------------------------------------------------ one cycle

    def run_once(self) -> int:
        """Attempt every delivery due now, batch by batch; returns how many attempts were made."""
        total = 0
        while not self._stop.is_set():
            claimed = self.notifications.claim_due(lease=timedelta(seconds=self.settings.lease_seconds), limit=self.settings.batch_size)
            if not claimed:
                break
            self._attempt_batch(claimed)
            total += len(claimed)
            if len(claimed) < self.settings.batch_size:
                break
        return total

    def _attempt_batch(self, claimed: list[tuple[NotificationDelivery, Subscription]]) -> None:
        if self._pool is not None and len(claimed) > 1:
            results = list(self._pool.map(lambda pair: self._attempt(*pair), claimed))
        else:
            results = [self._attempt(delivery, subscription) for delivery, subscription in claimed]
        updated = self.notifications.record(results, self._retry_at)
        for delivery in updated:
            level = logging.INFO if delivery.state is not DeliveryState.FAILED else logging.WARNING
            log.log(
                level,
                "notification %s (event %s, %s) attempt %d: %s%s",
                delivery.delivery_id,
                delivery.event_id,
                delivery.event_type.value,
                delivery.attempts,
                delivery.state.value,
                f" ({delivery.last_error})" if delivery.last_error else "",
                extra={"fields": {"delivery_id": delivery.delivery_id, "event_id": delivery.event_id}},
            )

    def _attempt(self, delivery: NotificationDelivery, subscription: Subscription) -> tuple[NotificationDelivery, AttemptResult, datetime]:
        attempted_at = self.clock.now()
        if self.attempt_span is None:
            result = self.sender.attempt(delivery, subscription)
        else:
            with self.attempt_span(delivery, subscription) as span:  # type: ignore[attr-defined]
                result = self.sender.attempt(delivery, subscription)
                span.set_attribute("chainbridge.notification.outcome", result.outcome.value)
                if result.status_code:
                    span.set_attribute("chainbridge.notification.status_code", result.status_code)
        self.observe_attempt(delivery, subscription, result)
        return delivery, result, attempted_at

    def _retry_at(self, attempts: int, first_attempt_at: datetime, failed_at: datetime) -> datetime | None:
        return next_attempt_at(attempts, first_attempt_at, failed_at, schedule=self.retry)
