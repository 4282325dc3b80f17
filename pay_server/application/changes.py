"""The milestone changes this process commits, kept in memory for WatchSettlements.

A stream reads the audit trail from the database when it starts, after a gap and on its
periodic poll (changes committed by other replicas); between those it takes this process's
commits from here, with no read per commit. The database stays the authority: memory answers
only a run of audit sequence numbers that follows the stream's cursor without a hole.
Anything else - a sequence burned by a rolled-back transaction, a row another replica wrote,
two after-commit callbacks that ran out of order, a stream further behind than the buffer
reaches - sends the stream back to the database, which has every committed row.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from pay_server.domain.audit import AuditEntry
from pay_server.domain.settlements import MilestoneSettlement


@dataclass(frozen=True)
class CommittedChange:
    """An audit row this process committed, with its settlement as that commit left it
    (None for an intent-level row)."""

    entry: AuditEntry
    settlement: MilestoneSettlement | None

    @property
    def sequence(self) -> int:
        assert self.entry.sequence is not None
        return self.entry.sequence


class ChangeNotifier:
    """Wakes WatchSettlements streams when this process commits, and remembers the latest
    `capacity` audit rows it committed (only those whose sequence numbers the write returned)."""

    def __init__(self, capacity: int = 2048) -> None:
        self._condition = threading.Condition()
        self._version = 0
        self._capacity = capacity
        self._changes: list[CommittedChange] = []  # ordered by sequence
        self._sequences: list[int] = []  # the same, for bisect

    def notify(self) -> None:
        with self._condition:
            self._version += 1
            self._condition.notify_all()

    def publish(self, changes: Sequence[CommittedChange]) -> None:
        """Remember committed changes and wake the streams. After-commit callbacks of two
        transactions may run in either order, so a change may land before a later one."""
        with self._condition:
            for change in changes:
                sequence = change.sequence
                if not self._sequences or sequence > self._sequences[-1]:
                    self._sequences.append(sequence)
                    self._changes.append(change)
                else:
                    index = bisect.bisect_left(self._sequences, sequence)
                    if index < len(self._sequences) and self._sequences[index] == sequence:
                        continue
                    self._sequences.insert(index, sequence)
                    self._changes.insert(index, change)
            if len(self._changes) > 2 * self._capacity:  # trim in chunks, not per publish
                del self._changes[: -self._capacity]
                del self._sequences[: -self._capacity]
            self._version += 1
            self._condition.notify_all()

    def changes_after(self, cursor: int, limit: int) -> list[CommittedChange] | None:
        """The remembered changes right after `cursor` - sequence cursor+1, cursor+2... up to
        the first hole, at most `limit` - or None when memory cannot say what follows the
        cursor (the next remembered one is not cursor+1): read the database."""
        with self._condition:
            index = bisect.bisect_right(self._sequences, cursor)
            if index == len(self._sequences):
                return []  # nothing newer in memory; newer rows of other replicas come with the poll
            run: list[CommittedChange] = []
            expected = cursor + 1
            while index < len(self._sequences) and len(run) < limit and self._sequences[index] == expected:
                run.append(self._changes[index])
                index += 1
                expected += 1
            return run or None

    @property
    def version(self) -> int:
        with self._condition:
            return self._version

    def wait_past(self, version: int, timeout: float) -> int:
        """Block until a change after `version` (or the timeout); return the new version."""
        with self._condition:
            self._condition.wait_for(lambda: self._version != version, timeout)
            return self._version
