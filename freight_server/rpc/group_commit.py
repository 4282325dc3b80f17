"""Group commit for RecordShipmentEvent.

Each event is one small transaction of a handful of statements; with many callers at once
most of the cost is per transaction (round trips, statement overhead, a commit each).
Handlers therefore hand their validated event to one writer thread and wait; the writer
takes everything that queued up while its previous transaction ran and records it in one
transaction (FreightApplication.record_events, the same code as BatchRecordShipmentEvents),
together with the requests' idempotency keys. A lone caller waits for nobody: a group is
whatever is already queued, never a timer.

All-or-nothing per group would let one bad event fail its neighbours, so a group that
fails is retried one event at a time and each caller gets its own answer.
"""

from __future__ import annotations

import logging
import queue
import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field

from chainbridge.freight.v1 import freight_pb2 as pb
from sqlalchemy.exc import IntegrityError

from chainbridge_common.errors import ChainBridgeError, DependencyUnavailable
from chainbridge_common.runtime.idempotency import IdempotencyKeys, RequestKey
from freight_server.application.service import FreightApplication
from freight_server.domain.events import EventDraft
from freight_server.rpc import convert

log = logging.getLogger(__name__)

METHOD = "RecordShipmentEvent"


@dataclass
class _Pending:
    draft: EventDraft
    key: RequestKey | None
    future: Future = field(default_factory=Future)


class GroupCommitRecorder:
    name = "record-group-commit"

    def __init__(self, app: FreightApplication, idempotency: IdempotencyKeys, *, max_group: int = 500):
        self.app = app
        self.idempotency = idempotency
        self.max_group = max_group
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def record(self, draft: EventDraft, key: RequestKey | None, timeout: float | None) -> pb.RecordShipmentEventResponse:
        """Record one event (or replay its request id's first answer); blocks until committed."""
        self._ensure_started()
        pending = _Pending(draft, key)
        self._queue.put(pending)
        try:
            # No deadline shows as an enormous remaining time; wait without a limit then.
            return pending.future.result(timeout if timeout is not None and timeout < 86_400 else None)
        except FutureTimeout:
            raise DependencyUnavailable(
                "the event was not committed before the call's deadline; retry with the same request_id", reason="RECORDING_TIMED_OUT"
            ) from None

    def _ensure_started(self) -> None:
        if self._thread is None:
            with self._lock:
                if self._thread is None:
                    self._thread = threading.Thread(target=self._run, name="record-group-commit", daemon=True)
                    self._thread.start()

    # BackgroundWorker protocol: the writer starts on first use, stops with the server.
    def start(self) -> None:
        self._ensure_started()

    def stop(self, timeout: float) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group = [first]
            while len(group) < self.max_group:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # stop after this group
                    break
                group.append(item)
            self._commit(group)

    def _commit(self, group: list[_Pending]) -> None:
        try:
            answers = self._record(group)
        except DependencyUnavailable as error:
            # No database (down, failing over): one at a time would fail alike, and after a
            # COMMIT of unknown outcome could record twice an event that has no request id.
            for pending in group:
                pending.future.set_exception(error)
            return
        except (ChainBridgeError, IntegrityError) as error:
            if len(group) == 1:
                self._fail(group[0], error)
                return
            # One bad event (or two callers racing with one request id) must not fail the rest.
            for pending in group:
                self._commit([pending])
            return
        except BaseException as error:  # noqa: BLE001 - every caller gets an answer
            for pending in group:
                pending.future.set_exception(error)
            return
        for pending, answer in zip(group, answers, strict=True):
            if isinstance(answer, BaseException):
                pending.future.set_exception(answer)
            else:
                pending.future.set_result(answer)

    def _fail(self, pending: _Pending, error: BaseException) -> None:
        if isinstance(error, IntegrityError) and pending.key is not None:
            # Lost a race for this request id (another replica, or the batch RPC) that
            # committed first: this call is its replay.
            key = pending.key
            stored = self.app.db.read(lambda conn: self.idempotency.stored(conn, METHOD, [key], pb.RecordShipmentEventResponse))
            if key.request_id in stored:
                answer = stored[key.request_id]
                if isinstance(answer, BaseException):
                    pending.future.set_exception(answer)
                else:
                    pending.future.set_result(answer)
                return
        pending.future.set_exception(error)

    def _record(self, group: list[_Pending]) -> list:
        # Optimistic about request ids: the rows go in with the events, and a request id
        # already stored fails the transaction on its primary key. That retries the group
        # one by one, where _fail answers the replay from the stored response; a first
        # call (nearly all of them) pays no lookup.
        keys = [p.key.request_id for p in group if p.key is not None]
        if len(set(keys)) != len(keys):
            raise IntegrityError("duplicate request_id in one group", None, ValueError())  # handled one by one
        responses: list[pb.RecordShipmentEventResponse] = []

        def answers(events: list) -> list[dict]:
            responses[:] = [pb.RecordShipmentEventResponse(event=convert.event_to_proto(e)) for e in events]
            return self.idempotency.rows(METHOD, [(p.key, r) for p, r in zip(group, responses, strict=True) if p.key is not None])

        self.app.record_events([p.draft for p in group], answers=answers)
        return list(responses)
