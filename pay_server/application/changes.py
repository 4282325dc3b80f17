"""Wakes WatchSettlements streams when this process commits a milestone change.

Changes committed by other replicas are found by the streams' periodic poll; this only
makes the common case (same process) immediate.
"""

from __future__ import annotations

import threading


class ChangeNotifier:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._version = 0

    def notify(self) -> None:
        with self._condition:
            self._version += 1
            self._condition.notify_all()

    @property
    def version(self) -> int:
        with self._condition:
            return self._version

    def wait_past(self, version: int, timeout: float) -> int:
        """Block until a change after `version` (or the timeout); return the new version."""
        with self._condition:
            self._condition.wait_for(lambda: self._version != version, timeout)
            return self._version
