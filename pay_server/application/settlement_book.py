"""SettlementBook: the one path by which a transaction changes intents and milestones.

Each creation or transition of a milestone settlement brings its consequences with it -
the intent's running totals, a ledger journal, an audit row - so no use case can move
money and forget one of them. `flush()` writes intents, journals and audit rows through
the unit of work's book writer, inside the caller's transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from chainbridge_common.runtime.ids import new_id
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import IntentStatus, PaymentIntent, Totals, derive_status
from pay_server.domain.ledger import Journal, JournalKind
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.domain.schedules import ScheduleItem, ScheduleKind
from pay_server.domain.settlements import MilestoneAction, MilestoneSettlement, next_status


class PaymentRail(Protocol):
    """Moves a released milestone's money to the carrier and says how (a journal)."""

    def transfer(self, settlement: MilestoneSettlement, rail_reference: str, now: datetime) -> Journal: ...


class LedgerRail:
    """The internal rail: settlement is a SETTLEMENT journal (payable -> paid) in pay's
    own double-entry ledger, committed with the status change."""

    def transfer(self, settlement: MilestoneSettlement, rail_reference: str, now: datetime) -> Journal:
        journal_id = new_id("jr")
        return Journal(
            journal_id=journal_id,
            intent_id=settlement.intent_id,
            settlement_id=settlement.settlement_id,
            kind=JournalKind.SETTLEMENT,
            amount_minor=settlement.amount_minor,
            currency=settlement.currency,
            rail_reference=rail_reference or f"ledger:{journal_id}",
            create_time=now,
        )


# The audit and status reason columns' width.
MAX_REASON_LENGTH = 512

_JOURNAL_FOR_STATUS = {
    MilestoneStatus.APPROVED: JournalKind.RELEASE,
    MilestoneStatus.REJECTED: JournalKind.VOID,
    MilestoneStatus.CANCELLED: JournalKind.VOID,
    MilestoneStatus.RETURNED: JournalKind.VOID,
}


class SettlementBook:
    def __init__(self, uow: PaymentUnitOfWork, now: datetime, actor: str, rail: PaymentRail):
        self.uow = uow
        self.now = now
        self.actor = actor
        self.rail = rail
        self._intents: dict[str, PaymentIntent] = {}
        # What the database holds for each tracked intent, to write only real changes.
        self._stored: dict[str, PaymentIntent] = {}
        self._status_before: dict[str, IntentStatus | None] = {}
        self._intent_reason: dict[str, tuple[str, str]] = {}
        self._audit: list[AuditEntry] = []
        self._journals: list[Journal] = []
        self.written_audit: list[AuditEntry] = []  # what flush() wrote, for observers
        # Each settlement as this transaction last left it, for the change feed.
        self._latest: dict[str, MilestoneSettlement] = {}

    # ------------------------------------------------------------ intents

    def track(self, intents: Sequence[PaymentIntent]) -> None:
        """Take intents this transaction has locked; their changes are written on flush."""
        for intent in intents:
            if intent.intent_id not in self._intents:
                self._intents[intent.intent_id] = intent
                self._stored[intent.intent_id] = intent
                self._status_before[intent.intent_id] = intent.status

    def intent(self, intent_id: str) -> PaymentIntent:
        return self._intents[intent_id]

    def create_intent(self, intent: PaymentIntent, reason: str) -> None:
        self.uow.intents.add(intent)
        self._intents[intent.intent_id] = intent
        self._stored[intent.intent_id] = intent
        self._status_before[intent.intent_id] = None
        self._intent_reason[intent.intent_id] = (reason, "")

    def schedule(self, intent_id: str, kind: ScheduleKind, items: Sequence[ScheduleItem]) -> PaymentIntent:
        """Store the schedule and fund the intent's escrow from the shipper."""
        intent = self._intents[intent_id]
        self.uow.schedules.add(intent_id, items)
        self._journal(intent, None, JournalKind.FUNDING, intent.amount_minor)
        scheduled = dataclasses.replace(intent, schedule_kind=kind, scheduled_at=self.now)
        self._intents[intent_id] = scheduled
        self._intent_reason[intent_id] = (f"{kind.value.lower()} schedule built", "")
        return scheduled

    def cancel_intent(self, intent_id: str, reason: str) -> PaymentIntent:
        """Cancel: outstanding milestones become CANCELLED and the never-released rest of
        the escrow goes back to the shipper."""
        for settlement in self.uow.settlements.of_intents([intent_id]):
            if settlement.status in (MilestoneStatus.PENDING, MilestoneStatus.DELAYED, MilestoneStatus.ON_HOLD):
                self.transition(settlement, MilestoneAction.CANCEL, reason=reason)
        intent = self._intents[intent_id]
        totals = intent.totals
        untriggered = intent.scheduled_minor - totals.released_minor - totals.voided_minor - totals.held_minor - totals.on_hold_minor
        totals = intent.totals
        if untriggered > 0:
            self._journal(intent, None, JournalKind.VOID, untriggered)
            totals = dataclasses.replace(totals, voided_minor=totals.voided_minor + untriggered)
        cancelled = dataclasses.replace(intent, status=IntentStatus.CANCELLED, totals=totals, cancel_reason=reason)
        self._intents[intent_id] = cancelled
        self._intent_reason[intent_id] = (reason, "")
        return cancelled

    # ------------------------------------------------------------ milestones

    def create_settlements(self, candidates: Sequence[tuple[MilestoneSettlement, str]]) -> list[MilestoneSettlement]:
        """Insert new settlements; those whose (intent, milestone) exists are skipped by
        the unique constraint. Returns the ones actually created."""
        candidates = [(dataclasses.replace(settlement, status_reason=reason), reason) for settlement, reason in candidates]
        inserted_ids = self.uow.settlements.add_new([settlement for settlement, _ in candidates])
        created = []
        for settlement, reason in candidates:
            if settlement.settlement_id not in inserted_ids:
                continue
            self._apply_effects(settlement, None, reason, settlement.source_event_id)
            created.append(settlement)
        return created

    def transition(
        self,
        settlement: MilestoneSettlement,
        action: MilestoneAction,
        *,
        reason: str,
        rail_reference: str = "",
        rail: PaymentRail | None = None,
        claim_id: str | None = None,
    ) -> MilestoneSettlement:
        """Move a settlement through the state machine with all its consequences.
        Its intent must be tracked (locked) by this transaction. `rail` replaces the book's
        rail for this move (a payout settles through its own, from money in transit);
        `claim_id`: the cargo claim that holds (or lets go of) it."""
        target = next_status(settlement.settlement_id, settlement.status, action, claim_id=settlement.claim_id)
        updated = dataclasses.replace(settlement, status=target, status_reason=reason, update_time=self.now)
        if claim_id is not None:
            updated = dataclasses.replace(updated, claim_id=claim_id)
        if target is MilestoneStatus.APPROVED:
            updated = dataclasses.replace(updated, released_at=self.now)
        settlement_journal = None
        if target is MilestoneStatus.SETTLED:
            settlement_journal = (rail or self.rail).transfer(updated, rail_reference, self.now)
            updated = dataclasses.replace(updated, settled_at=self.now, rail_reference=settlement_journal.rail_reference)
        if not self.uow.settlements.update(updated, expected_status=settlement.status):
            # Unreachable while every writer locks the intent first; kept as a tripwire.
            raise RuntimeError(f"milestone settlement {settlement.settlement_id} changed under a held intent lock")
        if settlement_journal is not None:
            self._journals.append(settlement_journal)
        self._apply_effects(updated, settlement.status, reason, settlement.source_event_id)
        return updated

    def payout_step(
        self, settlement: MilestoneSettlement, kind: JournalKind | None, *, payout_id: str, rail_reference: str, reason: str
    ) -> None:
        """Record a payout's step for one of its released milestones that leaves the milestone's
        status as it is: the journal moving its money (`kind`; None when no money moves, as
        for a payout created, or failed before it was sent) and an audit row whose from and to
        status are the same, so the intent's history and WatchSettlements show the step.
        Its intent must be tracked (locked) by this transaction."""
        intent = self._intents[settlement.intent_id]
        self._latest.setdefault(settlement.settlement_id, settlement)  # a step leaves it as it is
        if kind is not None:
            self._journals.append(
                Journal(
                    new_id("jr"),
                    intent.intent_id,
                    settlement.settlement_id,
                    kind,
                    settlement.amount_minor,
                    intent.currency,
                    rail_reference,
                    self.now,
                    payout_id,
                )
            )
        self._audit.append(
            AuditEntry(
                intent_id=settlement.intent_id,
                shipment_id=settlement.shipment_id,
                settlement_id=settlement.settlement_id,
                milestone=settlement.milestone,
                from_status=settlement.status.value,
                to_status=settlement.status.value,
                amount_minor=settlement.amount_minor,
                currency=settlement.currency,
                actor=self.actor,
                reason=reason,
                source_event_id="",
                create_time=self.now,
            )
        )

    def split(
        self, settlement: MilestoneSettlement, amount_minor: int, action: MilestoneAction, *, part: int, claim_id: str, reason: str
    ) -> tuple[MilestoneSettlement, MilestoneSettlement]:
        """Split `amount_minor` off a settlement as a new part (number `part`) that takes
        `action`; the rest stays as it is. Parts keep the milestone's strategy, release
        time and source event, so each can later be released as the whole would have been.
        Returns (the rest, the new part). Its intent must be tracked (locked)."""
        if not 0 < amount_minor < settlement.amount_minor:
            raise ValueError(f"cannot split {amount_minor} off {settlement.settlement_id} of {settlement.amount_minor}")
        target = next_status(settlement.settlement_id, settlement.status, action, claim_id=settlement.claim_id)
        rest = dataclasses.replace(
            settlement,
            amount_minor=settlement.amount_minor - amount_minor,
            status_reason=f"{amount_minor} split off as part {part}: {reason}"[:MAX_REASON_LENGTH],
            update_time=self.now,
        )
        if not self.uow.settlements.update(rest, expected_status=settlement.status):
            raise RuntimeError(f"milestone settlement {settlement.settlement_id} changed under a held intent lock")
        self._latest[rest.settlement_id] = rest
        piece = dataclasses.replace(
            settlement,
            settlement_id=new_id("ms"),
            amount_minor=amount_minor,
            status=target,
            part=part,
            claim_id=claim_id,
            status_reason=reason,
            released_at=self.now if target is MilestoneStatus.APPROVED else settlement.released_at,
            create_time=self.now,
            update_time=self.now,
        )
        if piece.settlement_id not in self.uow.settlements.add_new([piece]):
            raise RuntimeError(f"part {part} of {settlement.intent_id}/{settlement.milestone.value} exists already")
        # The piece's money moves from the settlement's status to its own; the rest keeps
        # its status, so the totals see only the piece.
        self._apply_effects(piece, settlement.status, reason, settlement.source_event_id)
        self._audit.append(self._audit_row(rest, settlement.status, rest.status_reason, settlement.source_event_id))
        return rest, piece

    def latest(self, settlement_id: str) -> MilestoneSettlement | None:
        """The settlement as this transaction last left it (None if it did not touch it)."""
        return self._latest.get(settlement_id)

    def _apply_effects(self, settlement: MilestoneSettlement, old: MilestoneStatus | None, reason: str, source_event_id: str) -> None:
        intent = self._intents[settlement.intent_id]
        totals: Totals = intent.totals.after(old, settlement.status, settlement.amount_minor)
        self._intents[intent.intent_id] = dataclasses.replace(intent, totals=totals)
        kind = _JOURNAL_FOR_STATUS.get(settlement.status)
        if kind is not None:
            self._journal(intent, settlement.settlement_id, kind, settlement.amount_minor)
        self._latest[settlement.settlement_id] = settlement
        self._audit.append(self._audit_row(settlement, old, reason, source_event_id))

    def _audit_row(self, settlement: MilestoneSettlement, old: MilestoneStatus | None, reason: str, source_event_id: str) -> AuditEntry:
        return AuditEntry(
            intent_id=settlement.intent_id,
            shipment_id=settlement.shipment_id,
            settlement_id=settlement.settlement_id,
            milestone=settlement.milestone,
            from_status=old.value if old else "",
            to_status=settlement.status.value,
            amount_minor=settlement.amount_minor,
            currency=settlement.currency,
            actor=self.actor,
            reason=reason,
            source_event_id=source_event_id,
            create_time=self.now,
        )

    def _journal(self, intent: PaymentIntent, settlement_id: str | None, kind: JournalKind, amount_minor: int) -> None:
        self._journals.append(Journal(new_id("jr"), intent.intent_id, settlement_id, kind, amount_minor, intent.currency, "", self.now))

    # ------------------------------------------------------------ write

    def flush(self) -> list[PaymentIntent]:
        """Write every tracked intent that changed, the journals and the audit rows.
        Returns every tracked intent in its final state."""
        intent_audit: list[AuditEntry] = []
        final_intents: list[PaymentIntent] = []
        to_save: list[PaymentIntent] = []
        for intent_id, intent in self._intents.items():
            status = derive_status(intent, intent.totals)
            final = dataclasses.replace(intent, status=status)
            before = self._status_before[intent_id]
            if final != self._stored[intent_id]:
                final = dataclasses.replace(final, update_time=self.now)
                to_save.append(final)
                self._stored[intent_id] = final
            final_intents.append(final)
            if status is not before:
                reason, source_event_id = self._intent_reason.get(intent_id, ("milestone totals changed", ""))
                intent_audit.append(
                    AuditEntry(
                        intent_id=intent_id,
                        shipment_id=intent.shipment_id,
                        settlement_id=None,
                        milestone=None,
                        from_status=before.value if before else "",
                        to_status=status.value,
                        amount_minor=intent.amount_minor,
                        currency=intent.currency,
                        actor=self.actor,
                        reason=reason,
                        source_event_id=source_event_id,
                        create_time=self.now,
                    )
                )
                self._status_before[intent_id] = status
            self._intents[intent_id] = final
        entries = [*self._audit, *intent_audit]
        sequences = self.uow.book.write(to_save, self._journals, entries)
        if sequences is not None:
            entries = [dataclasses.replace(entry, sequence=sequence) for entry, sequence in zip(entries, sequences, strict=True)]
        self.written_audit.extend(entries)
        self._journals, self._audit = [], []
        return final_intents
