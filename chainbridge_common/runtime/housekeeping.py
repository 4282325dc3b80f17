"""A background worker that runs small maintenance jobs on a fixed interval (for
example purging expired idempotency keys). A failing job is logged and retried at the
next interval; it never takes the server down."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)


class Housekeeping:
    name = "housekeeping"

    def __init__(self, jobs: Sequence[tuple[str, Callable[[], object]]], *, interval_seconds: float = 3600.0):
        self.jobs = list(jobs)
        self.interval_seconds = interval_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> None:
        for name, job in self.jobs:
            try:
                result = job()
                log.info("housekeeping job %s done: %s", name, result)
            except Exception:
                log.exception("housekeeping job %s failed", name)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="housekeeping", daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_seconds):
            self.run_once()
