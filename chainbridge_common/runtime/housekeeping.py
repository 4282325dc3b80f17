"""A background worker that runs small maintenance jobs on a fixed interval (for
example purging expired idempotency keys). A failing job is logged and the others still
run; every job runs again at the next interval."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from chainbridge_common.runtime.periodic import PeriodicWorker

log = logging.getLogger(__name__)


class Housekeeping(PeriodicWorker):
    name = "housekeeping"

    def __init__(self, jobs: Sequence[tuple[str, Callable[[], object]]], *, interval_seconds: float = 3600.0):
        super().__init__(interval_seconds=interval_seconds)
        self.jobs = list(jobs)

    def run_once(self) -> None:
        for name, job in self.jobs:
            try:
                result = job()
                log.info("housekeeping job %s done: %s", name, result)
            except Exception:
                log.exception("housekeeping job %s failed", name)
