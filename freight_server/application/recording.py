"""Group commit for RecordShipmentEvent.

Each event is one small transaction of a handful of statements; with many callers at once
most of the cost is per transaction (round trips, statement overhead, a commit each).
Callers therefore queue their validated event; one of them - the leader - takes everything
queued and records it in one transaction (the rules of EventUseCases.prepare, the same as
BatchRecordShipmentEvents), together with the requests' idempotency keys, then passes the
lead to the first caller still waiting, which does the same for what queued meanwhile. A
lone caller leads at once and records its own event on its own thread: no hand-off, no
timer. Each leader commits one group only, so no caller's answer waits on others' groups.

Request ids keep their rule in a group without costing a lookup: the keys go in with the
events, so a key stored earlier (or by a concurrent call) fails the group's insert on its
primary key. A group that fails for any reason - that, or one event refused by the rules
(which a replay may meet: its shipment was cancelled since, say) - is retried one event at
a time through the idempotency runner, which looks the key up first, before any rule. So
each caller gets its own answer, and a replay gets the stored first response whatever
happened since. Replays are rare; the common group pays no lookup.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions, UniqueViolation
from chainbridge_common.errors import ChainBridgeError, DependencyUnavailable
from freight_server.application.events import EventUseCases
from freight_server.application.ports import FreightUnitOfWork
from freight_server.domain.events import EventDraft, ShipmentEvent

log = logging.getLogger(__name__)

# Waits without a deadline show as an enormous remaining time; no limit then.
_NO_DEADLINE_SECONDS = 86_400


@dataclass
class PendingEvent:
    draft: EventDraft
    key: RequestKey | None
    codec: ResponseCodec[ShipmentEvent, Any]
    future: Future[Any] = field(default_factory=Future)
    # Set when the answer is in, or when this caller is handed the lead.
    wakeup: threading.Event = field(default_factory=threading.Event)
    lead: bool = False


class _DuplicateKeysInGroup(Exception):
    """Two callers of one group share a request id: the second must wait for the first."""


class GroupCommitRecorder:
    name = "record-group-commit"

    def __init__(
        self,
        events: EventUseCases,
        transactions: Transactions[FreightUnitOfWork],
        idempotency: Idempotency[FreightUnitOfWork],
        *,
        max_group: int = 500,
    ):
        self.events = events
        self.transactions = transactions
        self.idempotency = idempotency
        self.max_group = max_group
        self._waiting: deque[PendingEvent] = deque()
        self._lock = threading.Lock()
        self._leading = False  # a caller is committing a group now

    def record(self, draft: EventDraft, key: RequestKey | None, codec: ResponseCodec[ShipmentEvent, Any], timeout: float | None) -> Any:
        """Record one event (or replay its request id's first answer); blocks until committed."""
        pending = PendingEvent(draft, key, codec)
        with self._lock:
            self._waiting.append(pending)
            if not self._leading:
                self._leading = pending.lead = True
        limit = timeout if timeout is not None and timeout < _NO_DEADLINE_SECONDS else None
        deadline = None if limit is None else time.monotonic() + limit
        while not pending.future.done():
            if pending.lead:
                pending.lead = False
                self._lead()
                continue
            remaining = None if deadline is None else deadline - time.monotonic()
            if (remaining is not None and remaining <= 0) or not pending.wakeup.wait(remaining):
                if self._give_up(pending):
                    raise DependencyUnavailable(
                        "the event was not committed before the call's deadline; retry with the same request_id",
                        reason="RECORDING_TIMED_OUT",
                    )
                deadline = None  # already taken into a group: its answer is moments away
            pending.wakeup.clear()
        return pending.future.result()

    def _lead(self) -> None:
        """Commit what is queued (one group), then hand the lead on."""
        with self._lock:
            group = [self._waiting.popleft() for _ in range(min(self.max_group, len(self._waiting)))]
        try:
            self.commit(group)
        finally:
            with self._lock:
                if self._waiting:
                    successor = self._waiting[0]
                    successor.lead = True
                    successor.wakeup.set()
                else:
                    self._leading = False

    def _give_up(self, pending: PendingEvent) -> bool:
        """At the caller's deadline: leave the queue if still in it (True), passing on the
        lead if it was handed to us meanwhile; False when a group has already taken it."""
        with self._lock:
            try:
                self._waiting.remove(pending)
            except ValueError:
                return False
            if pending.lead:
                if self._waiting:
                    self._waiting[0].lead = True
                    self._waiting[0].wakeup.set()
                else:
                    self._leading = False
            return True

    # BackgroundWorker protocol: nothing runs in the background; callers lead in turn.
    def start(self) -> None:
        pass

    def stop(self, timeout: float) -> None:
        pass

    def commit(self, group: list[PendingEvent]) -> None:
        """Record a group in one transaction and answer each caller (the writer's step;
        tests call it directly to build groups of their choosing)."""
        try:
            answers = self._record_group(group)
        except DependencyUnavailable as error:
            # No database (down, failing over): one at a time would fail alike, and after a
            # COMMIT of unknown outcome could record twice an event that has no request id.
            for pending in group:
                pending.future.set_exception(error)
                pending.wakeup.set()
            return
        except (ChainBridgeError, UniqueViolation, _DuplicateKeysInGroup):
            # One bad event, or a request id committed by someone else meanwhile, must
            # not fail the rest: each event alone, under the full idempotency rule.
            for pending in group:
                self._record_alone(pending)
            return
        except BaseException as error:  # noqa: BLE001 - every caller gets an answer
            for pending in group:
                pending.future.set_exception(error)
                pending.wakeup.set()
            return
        for pending, answer in zip(group, answers, strict=True):
            if isinstance(answer, BaseException):
                pending.future.set_exception(answer)
            else:
                pending.future.set_result(answer)
            pending.wakeup.set()

    def _record_alone(self, pending: PendingEvent) -> None:
        def record(uow: FreightUnitOfWork) -> ShipmentEvent:
            recorded = self.events.prepare(uow, [pending.draft])
            self.events.store(uow, recorded)
            return recorded.events[0]

        try:
            answer = self.idempotency.run(pending.key, pending.codec, record)
        except BaseException as error:  # noqa: BLE001 - the caller gets it
            pending.future.set_exception(error)
        else:
            pending.future.set_result(answer)
        pending.wakeup.set()

    def _record_group(self, group: list[PendingEvent]) -> list[Any]:
        keys = [p.key for p in group if p.key is not None]
        if len({key.scope for key in keys}) != len(keys):
            raise _DuplicateKeysInGroup()

        def record(uow: FreightUnitOfWork) -> list[Any]:
            recorded = self.events.prepare(uow, [p.draft for p in group])
            responses = []
            answered = []
            for pending, event in zip(group, recorded.events, strict=True):
                response = pending.codec.respond(event)
                responses.append(response)
                if pending.key is not None:
                    answered.append((pending.key, pending.codec.dump(response)))
            # A key stored before fails this insert on its primary key (UniqueViolation):
            # the group is then retried one by one, and that key answers as a replay.
            self.events.store(uow, recorded, answered)
            return responses

        return self.transactions.write(record)
