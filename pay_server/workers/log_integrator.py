"""Appends newly committed audit rows to the transparency log, a moment after their commit.

Several integrators - threads or pay replicas - may run at once: each append holds the log's
state row, so each row becomes a leaf once, in sequence order. A cycle first checks, with a
plain read, whether anything is pending, so an idle log costs one read per interval. The
interval bounds how long a committed change can stay out of the log (what Certificate
Transparency calls the maximum merge delay); heads and proofs never wait for it, as they
integrate first.
"""

from __future__ import annotations

from chainbridge_common.runtime.periodic import PeriodicWorker
from pay_server.application.app import PaymentApplication


class LogIntegrator(PeriodicWorker):
    name = "log-integrator"

    def __init__(self, app: PaymentApplication, *, interval_seconds: float = 0.1, batch_size: int = 1000):
        super().__init__(interval_seconds=interval_seconds)
        self.app = app
        self.batch_size = batch_size

    def run_once(self) -> int:
        """Integrate every pending audit row; returns how many."""
        return self.app.transparency.integrate(max_rows=self.batch_size)
