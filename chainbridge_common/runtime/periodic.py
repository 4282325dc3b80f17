"""A background thread that runs a step on a fixed interval until stopped: the shape of
every periodic worker (housekeeping, the release worker). A failing step is logged and
tried again at the next interval; it never takes the server down."""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)


class PeriodicWorker:
    """Subclasses set `name` and implement run_once(); tests call run_once() directly."""

    name = "periodic-worker"

    def __init__(self, *, interval_seconds: float):
        self.interval_seconds = interval_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> object:
        raise NotImplementedError

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_seconds):
            try:
                self.run_once()
            except Exception:
                log.exception("%s cycle failed; retrying after %.1f s", self.name, self.interval_seconds)
