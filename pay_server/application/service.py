"""Payment use cases. Each method is one transaction; money changes go through
SettlementBook so totals, ledger and audit can never drift apart."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import Connection

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import MILESTONES, ShipmentEventType
from chainbridge_common.errors import AlreadyExists, FailedPrecondition, NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.database import Database
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import Page, PageRequest
from chainbridge_common.runtime.timestamps import to_micros
from pay_server.application.changes import ChangeNotifier
from pay_server.application.settlement_book import LedgerRail, PaymentRail, SettlementBook
from pay_server.clients.freight import TokenInfo
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import IntentDraft, IntentStatus, PaymentIntent, Totals, check_not_cancelled, check_scheduled
from pay_server.domain.ledger import LedgerAccount
from pay_server.domain.release_policy import (
    DEFAULT_RELEASE_DELAY,
    MilestoneStatus,
    ReleaseStrategy,
    initial_status,
    milestones_paid_by,
    release_at,
)
from pay_server.domain.schedules import ScheduleItem, build_schedule
from pay_server.domain.settlements import MilestoneAction, MilestoneSettlement
from pay_server.storage import repository as repo
from pay_server.storage.repository import Journal, ReceivedEvent

log = logging.getLogger(__name__)

FREIGHT_ACTOR = "freight-service"
RELEASE_WORKER_ACTOR = "release-worker"


@dataclass(frozen=True)
class EventNotice:
    event_id: str
    shipment_id: str
    event_type: ShipmentEventType
    occurred_at: datetime


@dataclass(frozen=True)
class EventOutcome:
    event_id: str
    duplicate: bool
    intents_matched: int
    settlements: list[MilestoneSettlement]


@dataclass(frozen=True)
class ShipmentAudit:
    shipment_id: str
    events: list[ReceivedEvent]
    intents: list[PaymentIntent]
    settlements: list[MilestoneSettlement]


@dataclass(frozen=True)
class IntentLedger:
    intent: PaymentIntent
    journals: list[tuple[Journal, list[tuple[LedgerAccount, int]]]]
    balances: dict[LedgerAccount, int]


class PaymentObserver(Protocol):
    """Hooks for metrics, called after each commit."""

    def events_processed(self, new: int, duplicate: int) -> None: ...

    def settlement_changes(self, entries: Sequence[AuditEntry]) -> None: ...


class _NoObserver:
    def events_processed(self, new: int, duplicate: int) -> None:
        pass

    def settlement_changes(self, entries: Sequence[AuditEntry]) -> None:
        pass


class PaymentApplication:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        *,
        release_delay: timedelta = DEFAULT_RELEASE_DELAY,
        rail: PaymentRail | None = None,
        notifier: ChangeNotifier | None = None,
        observer: PaymentObserver | None = None,
    ):
        self.db = db
        self.observer = observer or _NoObserver()
        self.clock = clock
        self.release_delay = release_delay
        self.rail = rail or LedgerRail()
        self.notifier = notifier or ChangeNotifier()

    def _book(self, conn: Connection, actor: str) -> SettlementBook:
        return SettlementBook(conn, self.clock.now(), actor, self.rail)

    def _flush(self, book: SettlementBook) -> list[PaymentIntent]:
        intents = book.flush()
        written = book.written_audit
        self.db.after_commit(self.notifier.notify)
        self.db.after_commit(lambda: self.observer.settlement_changes(written))
        return intents

    # ------------------------------------------------------------ intents

    def create_intent(self, draft: IntentDraft, token: TokenInfo, *, actor: str) -> PaymentIntent:
        def work(conn: Connection) -> PaymentIntent:
            book = self._book(conn, actor)
            intent = PaymentIntent(
                intent_id=new_id("pi"),
                freight_token_id=token.token_id,
                shipment_id=token.shipment_id,
                amount_minor=draft.amount_minor,
                currency=draft.currency,
                payer_id=draft.payer_id,
                payee_id=draft.payee_id,
                description=draft.description,
                risk_score_bps=token.risk_score_bps,
                risk_tier=token.risk_tier,
                status=IntentStatus.AWAITING_SCHEDULE,
                schedule_kind=None,
                scheduled_at=None,
                totals=Totals(),
                cancel_reason="",
                create_time=book.now,
                update_time=book.now,
            )
            book.create_intent(intent, reason=f"created for freight token {token.token_id}")
            (created,) = self._flush(book)
            return created

        return self.db.write(work)

    def get_intent(self, intent_id: str) -> PaymentIntent:
        return self.db.read(lambda conn: self._intent(conn, intent_id))

    def list_intents(self, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None, page: PageRequest) -> Page:
        def work(conn: Connection) -> Page:
            fetched = repo.list_intents(
                conn,
                status=status,
                tier=tier,
                shipment_id=shipment_id,
                before_id=page.after[0] if page.after else None,
                limit=page.size + 1,
            )
            total = repo.count_intents(conn, status=status, tier=tier, shipment_id=shipment_id)
            return Page.of(fetched, page, total)

        return self.db.read(work, lag_tolerant=True)

    def cancel_intent(self, intent_id: str, reason: str, *, actor: str) -> PaymentIntent:
        def work(conn: Connection) -> PaymentIntent:
            intent = self._intent(conn, intent_id, for_update=True)
            check_not_cancelled(intent)
            book = self._book(conn, actor)
            book.track([intent])
            book.cancel_intent(intent_id, reason)
            (cancelled,) = self._flush(book)
            return cancelled

        return self.db.write(work)

    # ------------------------------------------------------------ schedules

    def build_schedule(
        self, intent_id: str, custom_shares: dict[ShipmentEventType, int] | None, *, actor: str
    ) -> tuple[PaymentIntent, list[ScheduleItem], list[MilestoneSettlement]]:
        """Build the schedule, then apply the shipment's events that arrived before it."""

        def work(conn: Connection):
            intent = self._intent(conn, intent_id, for_update=True)
            check_not_cancelled(intent)
            if intent.schedule_kind is not None:
                raise AlreadyExists(f"payment intent {intent_id} already has a schedule", reason="SCHEDULE_ALREADY_EXISTS")
            kind, items = build_schedule(intent.amount_minor, intent.risk_tier, custom_shares)
            book = self._book(conn, actor)
            book.track([intent])
            scheduled = book.schedule(intent_id, kind, items)
            earlier_events = repo.received_events_of_shipment(conn, intent.shipment_id)
            applied = self._apply_events(book, earlier_events, [scheduled], {intent_id: {i.milestone: i for i in items}})
            (final,) = self._flush(book)
            return final, items, [s for created in applied.values() for s in created]

        return self.db.write(work)

    def get_schedule(self, intent_id: str) -> tuple[PaymentIntent, list[ScheduleItem]]:
        def work(conn: Connection):
            intent = self._intent(conn, intent_id)
            check_scheduled(intent)
            items = repo.schedules_of(conn, [intent_id])[intent_id]
            return intent, [items[m] for m in sorted(items, key=_milestone_order)]

        return self.db.read(work)

    # ------------------------------------------------------------ events

    def process_events(self, notices: Sequence[EventNotice]) -> list[EventOutcome]:
        """Apply freight events to their shipments' intents, exactly once per event id
        and at most once per (intent, milestone), whoever else is processing them."""

        def work(conn: Connection) -> list[EventOutcome]:
            book = self._book(conn, FREIGHT_ACTOR)
            unique: dict[str, ReceivedEvent] = {}
            for notice in notices:
                unique.setdefault(
                    notice.event_id,
                    ReceivedEvent(notice.event_id, notice.shipment_id, notice.event_type, notice.occurred_at, book.now),
                )
            new_ids = repo.insert_received_events(conn, list(unique.values()))
            fresh = [event for event in unique.values() if event.event_id in new_ids and milestones_paid_by(event.event_type)]
            intents = repo.lock_intents_of_shipments(conn, {event.shipment_id for event in fresh})
            eligible = [i for i in intents if i.schedule_kind is not None and i.status is not IntentStatus.CANCELLED]
            book.track(eligible)
            created = self._apply_events(book, fresh, eligible, repo.schedules_of(conn, [i.intent_id for i in eligible]))
            self._flush(book)
            previous = repo.settlements_by_source_events(conn, [n.event_id for n in notices if n.event_id not in new_ids])
            matched = defaultdict(int)
            for intent in eligible:
                matched[intent.shipment_id] += 1
            outcomes = []
            answered: set[str] = set()
            for notice in notices:
                first_time = notice.event_id in new_ids and notice.event_id not in answered
                answered.add(notice.event_id)
                if first_time:
                    relevant = bool(milestones_paid_by(notice.event_type))
                    outcomes.append(
                        EventOutcome(
                            notice.event_id, False, matched[notice.shipment_id] if relevant else 0, created.get(notice.event_id, [])
                        )
                    )
                else:
                    settlements = previous.get(notice.event_id) or created.get(notice.event_id, [])
                    outcomes.append(EventOutcome(notice.event_id, True, 0, settlements))
            return outcomes

        outcomes = self.db.write(work)
        new = [o.event_id for o in outcomes if not o.duplicate]
        self.observer.events_processed(len(new), len(outcomes) - len(new))
        log.info(
            "processed %d event(s): %d new, %d settlement(s) created; new: %s",
            len(outcomes),
            len(new),
            sum(len(o.settlements) for o in outcomes if not o.duplicate),
            ",".join(new),
            extra={"fields": {"event_ids": [o.event_id for o in outcomes], "new_event_ids": new}},
        )
        return outcomes

    def _apply_events(
        self,
        book: SettlementBook,
        events: Sequence[ReceivedEvent],
        intents: Sequence[PaymentIntent],
        schedules: dict[str, dict[ShipmentEventType, ScheduleItem]],
    ) -> dict[str, list[MilestoneSettlement]]:
        """Create the settlements `events` release for `intents` (locked and tracked).
        Earlier events first, so each milestone is attributed to the first event paying it."""
        by_shipment: dict[str, list[PaymentIntent]] = defaultdict(list)
        for intent in intents:
            by_shipment[intent.shipment_id].append(intent)
        candidates: list[tuple[MilestoneSettlement, str]] = []
        claimed: set[tuple[str, ShipmentEventType]] = set()
        for event in sorted(events, key=lambda e: (e.occurred_at, e.event_id)):
            for intent in by_shipment.get(event.shipment_id, []):
                for milestone in milestones_paid_by(event.event_type):
                    item = schedules.get(intent.intent_id, {}).get(milestone)
                    if item is None or item.amount_minor == 0 or (intent.intent_id, milestone) in claimed:
                        continue  # a 0% milestone creates no payable settlement
                    claimed.add((intent.intent_id, milestone))
                    reason = (
                        f"{event.event_type.value} event"
                        if milestone is event.event_type
                        else f"implied by {event.event_type.value} (proof of delivery implies pickup)"
                    )
                    candidates.append((self._new_settlement(book.now, intent, item, event.event_id, event.occurred_at), reason))
        created: dict[str, list[MilestoneSettlement]] = defaultdict(list)
        for settlement in book.create_settlements(candidates):
            created[settlement.source_event_id].append(settlement)
        return created

    def _new_settlement(
        self,
        now: datetime,
        intent: PaymentIntent,
        item: ScheduleItem,
        source_event_id: str,
        event_time: datetime,
        strategy: ReleaseStrategy | None = None,
    ) -> MilestoneSettlement:
        strategy = strategy or item.release_strategy
        status = initial_status(strategy)
        return MilestoneSettlement(
            settlement_id=new_id("ms"),
            intent_id=intent.intent_id,
            shipment_id=intent.shipment_id,
            milestone=item.milestone,
            amount_minor=item.amount_minor,
            currency=intent.currency,
            basis_points=item.basis_points,
            status=status,
            release_strategy=strategy,
            source_event_id=source_event_id,
            release_at=release_at(strategy, event_time, self.release_delay),
            released_at=now if status is MilestoneStatus.APPROVED else None,
            settled_at=None,
            rail_reference="",
            status_reason="",
            create_time=now,
            update_time=now,
        )

    # ------------------------------------------------------------ settlements

    def list_settlements(
        self, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None, page: PageRequest
    ) -> Page:
        def work(conn: Connection) -> Page:
            if intent_id:
                self._intent(conn, intent_id)
            fetched = repo.list_settlements(
                conn,
                intent_id=intent_id,
                shipment_id=shipment_id,
                status=status,
                after_id=page.after[0] if page.after else None,
                limit=page.size + 1,
            )
            total = repo.count_settlements(conn, intent_id=intent_id, shipment_id=shipment_id, status=status)
            return Page.of(fetched, page, total)

        return self.db.read(work)

    def review_settlement(self, settlement_id: str, approve: bool, reason: str, *, actor: str) -> MilestoneSettlement:
        def work(conn: Connection) -> MilestoneSettlement:
            settlement = self._settlement(conn, settlement_id)
            intent = self._intent(conn, settlement.intent_id, for_update=True)
            settlement = self._settlement(conn, settlement_id)  # re-read under the intent lock
            book = self._book(conn, actor)
            book.track([intent])
            updated = book.transition(settlement, MilestoneAction.APPROVE if approve else MilestoneAction.REJECT, reason=reason)
            self._flush(book)
            return updated

        return self.db.write(work)

    def settle_intent(
        self, intent_id: str, *, force_approval: bool, notes: str, actor: str
    ) -> tuple[PaymentIntent, list[MilestoneSettlement]]:
        """Intent-level settlement of every outstanding milestone (events or not):
        force or LOW approves, MEDIUM delays, HIGH without force is refused. It acts on
        the same milestone rows as the event path, so the two can never release more
        than the intent's amount between them."""

        def work(conn: Connection):
            intent = self._intent(conn, intent_id, for_update=True)
            check_not_cancelled(intent)
            check_scheduled(intent)
            tier = intent.risk_tier
            if tier is RiskTier.HIGH and not force_approval:
                raise FailedPrecondition(
                    f"payment intent {intent_id} is HIGH risk: settle it with force_approval, or approve its milestones one by one",
                    reason="FORCE_APPROVAL_REQUIRED",
                )
            approve_now = force_approval or tier is RiskTier.LOW
            reason = notes or ("forced intent-level settlement" if force_approval else "intent-level settlement")
            book = self._book(conn, actor)
            book.track([intent])
            existing = {s.milestone: s for s in repo.settlements_of_intents(conn, [intent_id])}
            items = repo.schedules_of(conn, [intent_id])[intent_id]
            candidates = []
            changed: list[MilestoneSettlement] = []
            for milestone in sorted(items, key=_milestone_order):
                item = items[milestone]
                current = existing.get(milestone)
                if current is None and item.amount_minor > 0:
                    strategy = ReleaseStrategy.IMMEDIATE if approve_now else ReleaseStrategy.DELAYED
                    candidates.append((self._new_settlement(book.now, intent, item, "", book.now, strategy), reason))
                elif current is not None and approve_now and current.status in (MilestoneStatus.PENDING, MilestoneStatus.DELAYED):
                    changed.append(book.transition(current, MilestoneAction.APPROVE, reason=reason))
            changed.extend(book.create_settlements(candidates))
            (final,) = self._flush(book)
            return final, changed

        return self.db.write(work)

    def complete(
        self, *, settlement_id: str | None, intent_id: str | None, rail_reference: str, actor: str
    ) -> tuple[PaymentIntent, list[MilestoneSettlement]]:
        """APPROVED -> SETTLED through the payment rail, for one milestone or all of an intent's."""

        def work(conn: Connection):
            if settlement_id is not None:
                target = self._settlement(conn, settlement_id)
                intent = self._intent(conn, target.intent_id, for_update=True)
                to_settle = [self._settlement(conn, settlement_id)]
            else:
                assert intent_id is not None
                intent = self._intent(conn, intent_id, for_update=True)
                to_settle = [s for s in repo.settlements_of_intents(conn, [intent_id]) if s.status is MilestoneStatus.APPROVED]
                if not to_settle:
                    raise FailedPrecondition(
                        f"payment intent {intent_id} has no APPROVED milestone to settle (status {intent.status.value})",
                        reason="NOTHING_TO_SETTLE",
                    )
            book = self._book(conn, actor)
            book.track([intent])
            settled = [book.transition(s, MilestoneAction.COMPLETE, reason="funds moved", rail_reference=rail_reference) for s in to_settle]
            (final,) = self._flush(book)
            return final, settled

        return self.db.write(work)

    def release_due(self, *, limit: int = 500) -> int:
        """Release DELAYED milestones whose release_at has passed. Safe to run on every
        replica at once: each milestone is re-checked under its intent's lock."""

        def work(conn: Connection) -> int:
            now = self.clock.now()
            due = repo.due_delayed_settlements(conn, now_us=to_micros(now), limit=limit)
            if not due:
                return 0
            intents = repo.lock_intents(conn, [s.intent_id for s in due])
            book = self._book(conn, RELEASE_WORKER_ACTOR)
            book.track(list(intents.values()))
            released = 0
            for settlement in repo.settlements_by_ids(conn, [s.settlement_id for s in due]):
                if settlement.status is MilestoneStatus.DELAYED and settlement.release_at is not None and settlement.release_at <= now:
                    book.transition(
                        settlement, MilestoneAction.RELEASE_DUE, reason=f"release delay elapsed at {settlement.release_at.isoformat()}"
                    )
                    released += 1
            self._flush(book)
            return released

        return self.db.write(work)

    # ------------------------------------------------------------ reads

    def history(self, intent_id: str, *, after_sequence: int, limit: int) -> list[AuditEntry]:
        def work(conn: Connection) -> list[AuditEntry]:
            self._intent(conn, intent_id)
            return repo.audit_of_intent(conn, intent_id, after_sequence=after_sequence, limit=limit)

        return self.db.read(work)

    def shipment_audit(self, shipment_id: str) -> ShipmentAudit:
        def work(conn: Connection) -> ShipmentAudit:
            return ShipmentAudit(
                shipment_id=shipment_id,
                events=repo.received_events_of_shipment(conn, shipment_id),
                intents=repo.intents_of_shipment(conn, shipment_id),
                settlements=repo.settlements_of_shipment(conn, shipment_id),
            )

        return self.db.read(work, lag_tolerant=True)

    def ledger(self, intent_id: str) -> IntentLedger:
        def work(conn: Connection) -> IntentLedger:
            intent = self._intent(conn, intent_id)
            return IntentLedger(intent, repo.journals_of_intent(conn, intent_id), repo.balances_of_intent(conn, intent_id))

        return self.db.read(work)

    def milestone_changes(
        self, *, after_sequence: int, intent_id: str | None, shipment_id: str | None, limit: int
    ) -> list[tuple[AuditEntry, MilestoneSettlement]]:
        def work(conn: Connection):
            changes = repo.milestone_changes_after(
                conn, after_sequence=after_sequence, intent_id=intent_id, shipment_id=shipment_id, limit=limit
            )
            settlements = {s.settlement_id: s for s in repo.settlements_by_ids(conn, [c.settlement_id for c in changes if c.settlement_id])}
            return [(change, settlements[change.settlement_id]) for change in changes if change.settlement_id in settlements]

        return self.db.read(work)

    def release_backlog(self) -> tuple[float, int]:
        """(seconds the oldest due DELAYED milestone is overdue, how many are due)."""
        now = self.clock.now()

        def work(conn: Connection) -> tuple[float, int]:
            oldest_us, due = repo.overdue_delayed(conn, now_us=to_micros(now))
            return (max(0.0, (to_micros(now) - oldest_us) / 1_000_000) if oldest_us is not None else 0.0, due)

        return self.db.read(work)

    def last_change_sequence(self) -> int:
        return self.db.read(repo.last_audit_sequence)

    # ------------------------------------------------------------ helpers

    def _intent(self, conn: Connection, intent_id: str, *, for_update: bool = False) -> PaymentIntent:
        intent = repo.get_intent(conn, intent_id, for_update=for_update)
        if intent is None:
            raise NotFound("payment intent", intent_id)
        return intent

    def _settlement(self, conn: Connection, settlement_id: str) -> MilestoneSettlement:
        settlement = repo.get_settlement(conn, settlement_id)
        if settlement is None:
            raise NotFound("milestone settlement", settlement_id)
        return settlement


def _milestone_order(milestone: ShipmentEventType) -> int:
    return MILESTONES.index(milestone)
