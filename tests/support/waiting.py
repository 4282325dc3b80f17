"""Waiting for work that another process does (outbox delivery across real processes).

Polls a condition until it holds or a deadline passes; never a fixed sleep. In-process
tests don't need this: they drive the dispatcher and the clock directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def eventually(probe: Callable[[], T], *, timeout: float = 20.0, interval: float = 0.02, message: str = "condition") -> T:
    """Call `probe` until it returns a truthy value; return that value."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while True:
        try:
            value = probe()
            if value:
                return value
        except Exception as error:  # noqa: BLE001 - retried until the deadline
            last_error = error
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {message} (last error: {last_error!r})")
        time.sleep(interval)
