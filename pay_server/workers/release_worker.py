"""Releases DELAYED milestones when their release_at passes.

All state is in the database (status and release_at), so a restarted worker simply
finds what is due. Several workers - threads or replicas - may run at once: each
milestone is re-checked under its intent's row lock and moved with a compare-and-set,
so it is released once. Time comes from the injected clock: tests advance a FakeClock
and call run_once() instead of sleeping.
"""

from __future__ import annotations

import logging

from chainbridge_common.runtime.periodic import PeriodicWorker
from pay_server.application.app import PaymentApplication

log = logging.getLogger(__name__)


class ReleaseWorker(PeriodicWorker):
    name = "release-worker"

    def __init__(self, app: PaymentApplication, *, poll_interval_seconds: float = 1.0, batch_size: int = 500):
        super().__init__(interval_seconds=poll_interval_seconds)
        self.app = app
        self.batch_size = batch_size

    def run_once(self) -> int:
        """Release everything due now; returns how many milestones were released."""
        total = 0
        while True:
            released = self.app.operations.release_due(limit=self.batch_size)
            total += released
            if released < self.batch_size:
                break
        if total:
            log.info("released %d delayed milestone(s)", total)
        return total
