"""Cargo claims in pay: claims arrive with the shipment events, hold the shipment's
unreleased money, and are resolved by an operator (ResolveClaim).

The rules are pure (pay_server/domain/claims.py); this module reads a shipment's state,
asks them what to hold, and moves the money through SettlementBook like every other use
case. `sync_shipments` is the one entry point the other use cases call for a shipment
that has claims - event intake, building a schedule, an intent-level settlement and
cancelling an intent - always with every intent of the shipment locked (in id order), so
what it reads cannot change under it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.shipment_events import MILESTONES, ShipmentEventType
from chainbridge_common.errors import FailedPrecondition, NotFound
from pay_server.application.bookkeeping import Bookkeeping, milestone_order
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.application.settlement_book import SettlementBook
from pay_server.domain.claims import (
    CargoClaim,
    ClaimResolution,
    ClaimStatus,
    Lot,
    Take,
    allocate_holds,
    applicable,
    check_resolvable,
    claim_order,
    claim_status,
    lift_hold_action,
    split_deduction,
)
from pay_server.domain.events import ReceivedEvent, events_that_pay
from pay_server.domain.intents import IntentStatus, PaymentIntent
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy, initial_status, milestones_paid_by
from pay_server.domain.schedules import ScheduleItem
from pay_server.domain.settlements import MilestoneAction, MilestoneSettlement

log = logging.getLogger(__name__)

R = TypeVar("R")

Schedules = dict[str, dict[ShipmentEventType, ScheduleItem]]


@dataclass(frozen=True)
class ClaimNotice:
    """A CLAIM_FILED event's claim, as freight sent it."""

    event_id: str
    shipment_id: str
    claimed_minor: int
    currency: str
    reason: str
    occurred_at: datetime
    claims_filed_before: int | None
    milestone_events_before: int | None


@dataclass(frozen=True)
class Trigger:
    """A milestone share to create now: its event applies, or an operator settles it."""

    intent: PaymentIntent
    item: ScheduleItem
    source_event_id: str
    event_time: datetime
    strategy: ReleaseStrategy
    # Claims numbered above this came after the event: a share it releases at once was
    # released before they existed. None: every claim came before it.
    open_to: int | None
    reason: str


@dataclass(frozen=True)
class ClaimView:
    """A claim with where it stands and what it holds now."""

    claim: CargoClaim
    status: ClaimStatus
    holds: list[Take] = field(default_factory=list)

    @property
    def held_minor(self) -> int:
        return sum(take.amount_minor for take in self.holds)


@dataclass
class ShipmentState:
    """What the claim rules see of one shipment, read under its intents' locks."""

    shipment_id: str
    claims: list[CargoClaim]
    applied: set[str]  # claims that apply (OPEN or RESOLVED)
    ready_events: list[ReceivedEvent]  # milestone events that apply
    intents: list[PaymentIntent]  # scheduled and not cancelled
    schedules: Schedules
    rows: list[MilestoneSettlement]

    def open_claims(self) -> list[CargoClaim]:
        return [c for c in self.claims if c.claim_id in self.applied and not c.resolved]

    def weights(self) -> dict[str, int]:
        return {intent.intent_id: intent.amount_minor for intent in self.intents}


def payable(intents: Iterable[PaymentIntent]) -> list[PaymentIntent]:
    """The intents whose money claims can hold: scheduled, not cancelled."""
    return [i for i in intents if i.schedule_kind is not None and i.status is not IntentStatus.CANCELLED]


# ---------------------------------------------------------------- receiving


def receive_claims(uow: PaymentUnitOfWork, notices: Sequence[ClaimNotice], now: datetime) -> set[str]:
    """Store newly received claims; returns their shipments. A claim freight did not
    number (a direct caller) is numbered after the shipment's last claim: arrival order."""
    claims = []
    numbered: dict[str, int] = {}
    for notice in notices:
        if notice.claims_filed_before is not None:
            number = notice.claims_filed_before + 1
        else:
            if notice.shipment_id not in numbered:
                numbered[notice.shipment_id] = uow.claims.last_claim_number(notice.shipment_id)
            numbered[notice.shipment_id] += 1
            number = numbered[notice.shipment_id]
        claims.append(
            CargoClaim(
                claim_id=notice.event_id,
                shipment_id=notice.shipment_id,
                claim_number=number,
                claimed_minor=notice.claimed_minor,
                currency=notice.currency,
                reason=notice.reason,
                milestone_events_before=notice.milestone_events_before,
                filed_at=notice.occurred_at,
                received_at=now,
            )
        )
    uow.claims.add_new(claims)
    return {notice.shipment_id for notice in notices}


# ---------------------------------------------------------------- reading the state


def load_states(
    uow: PaymentUnitOfWork, intents: Sequence[PaymentIntent], schedules: Schedules, shipment_ids: Iterable[str]
) -> list[ShipmentState]:
    ids = sorted(set(shipment_ids))
    if not ids:
        return []
    claims: dict[str, list[CargoClaim]] = defaultdict(list)
    for claim in uow.claims.of_shipments(ids):
        claims[claim.shipment_id].append(claim)
    history: dict[str, list[ReceivedEvent]] = defaultdict(list)
    for event in uow.received.of_shipments(ids, MILESTONES):
        history[event.shipment_id].append(event)
    eligible = [i for i in payable(intents) if i.shipment_id in ids]
    rows: dict[str, list[MilestoneSettlement]] = defaultdict(list)
    for row in uow.settlements.of_intents([i.intent_id for i in eligible]):
        rows[row.shipment_id].append(row)
    states = []
    for shipment_id in ids:
        ready, applied = applicable(history[shipment_id], claims[shipment_id])
        states.append(
            ShipmentState(
                shipment_id=shipment_id,
                claims=sorted(claims[shipment_id], key=claim_order),
                applied=applied,
                ready_events=ready,
                intents=[i for i in eligible if i.shipment_id == shipment_id],
                schedules=schedules,
                rows=rows[shipment_id],
            )
        )
    return states


def _triggers(state: ShipmentState, extra: Sequence[Trigger]) -> dict[tuple[str, ShipmentEventType], Trigger]:
    """The shares to create now: those the applicable events pay (earliest event first,
    as apply_events does) and `extra`, less those that exist (part 0 is there)."""
    existing = {(row.intent_id, row.milestone) for row in state.rows if row.part == 0}
    result: dict[tuple[str, ShipmentEventType], Trigger] = {}
    for event in events_that_pay(state.ready_events):
        for intent in state.intents:
            for milestone in milestones_paid_by(event.event_type):
                item = state.schedules.get(intent.intent_id, {}).get(milestone)
                key = (intent.intent_id, milestone)
                if item is None or item.amount_minor == 0 or key in existing or key in result:
                    continue
                reason = (
                    f"{event.event_type.value} event"
                    if milestone is event.event_type
                    else f"implied by {event.event_type.value} (proof of delivery implies pickup)"
                )
                result[key] = Trigger(
                    intent, item, event.event_id, event.occurred_at, item.release_strategy, event.claims_filed_before, reason
                )
    for trigger in extra:
        key = (trigger.intent.intent_id, trigger.item.milestone)
        if trigger.intent.shipment_id == state.shipment_id and key not in existing and key not in result and trigger.item.amount_minor > 0:
            result[key] = trigger
    return result


def _lots(state: ShipmentState, triggers: dict[tuple[str, ShipmentEventType], Trigger]) -> list[Lot]:
    """The shipment's unreleased money, piece by piece (see Lot)."""
    rows_of: dict[tuple[str, ShipmentEventType], list[MilestoneSettlement]] = defaultdict(list)
    for row in state.rows:
        rows_of[(row.intent_id, row.milestone)].append(row)
    lots = []
    for intent in state.intents:
        for milestone, item in sorted(state.schedules.get(intent.intent_id, {}).items(), key=lambda kv: milestone_order(kv[0])):
            if item.amount_minor == 0:
                continue
            share_rows = rows_of[(intent.intent_id, milestone)]
            if any(row.part == 0 for row in share_rows):
                for row in sorted(share_rows, key=lambda r: r.part):
                    if row.status in (MilestoneStatus.PENDING, MilestoneStatus.DELAYED):
                        lots.append(
                            Lot(intent.intent_id, milestone, row.amount_minor, "", row.settlement_id, row.part, currency=row.currency)
                        )
                    elif row.status is MilestoneStatus.ON_HOLD:
                        lots.append(
                            Lot(
                                intent.intent_id,
                                milestone,
                                row.amount_minor,
                                row.claim_id,
                                row.settlement_id,
                                row.part,
                                currency=row.currency,
                            )
                        )
                continue
            # Not triggered yet: all of it is still to come, less what claims returned already.
            rest = item.amount_minor - sum(row.amount_minor for row in share_rows)
            if rest > 0:
                trigger = triggers.get((intent.intent_id, milestone))
                open_to = trigger.open_to if trigger is not None and trigger.strategy is ReleaseStrategy.IMMEDIATE else None
                lots.append(Lot(intent.intent_id, milestone, rest, open_to=open_to, currency=intent.currency))
    return lots


def views(state: ShipmentState) -> list[ClaimView]:
    """Every claim of the shipment with its status and, if OPEN, what it holds now."""
    takes = allocate_holds(state.open_claims(), _lots(state, {}), state.weights())
    holds: dict[str, list[Take]] = defaultdict(list)
    for take in takes:
        holds[take.claim_id].append(take)
    return [ClaimView(claim, claim_status(claim, state.applied), holds.get(claim.claim_id, [])) for claim in state.claims]


def shipment_claims(uow: PaymentUnitOfWork, shipment_id: str, intents: Sequence[PaymentIntent]) -> list[ClaimView]:
    """A shipment's claims as GetShipmentAudit shows them (a read)."""
    if not uow.claims.shipments_with_claims([shipment_id]):
        return []
    schedules = uow.schedules.of_intents([i.intent_id for i in payable(intents)])
    (state,) = load_states(uow, intents, schedules, [shipment_id])
    return views(state)


# ---------------------------------------------------------------- holding


class _Writer:
    """Applies one shipment's decisions through the book, keeping part numbers and the
    current state of the rows it changes."""

    def __init__(self, bookkeeping: Bookkeeping, book: SettlementBook, state: ShipmentState):
        self.bookkeeping = bookkeeping
        self.book = book
        self.rows = {row.settlement_id: row for row in state.rows}
        self.last_part: dict[tuple[str, ShipmentEventType], int] = defaultdict(int)
        for row in state.rows:
            key = (row.intent_id, row.milestone)
            self.last_part[key] = max(self.last_part[key], row.part)
        self.changed: dict[str, MilestoneSettlement] = {}

    def next_part(self, intent_id: str, milestone: ShipmentEventType) -> int:
        key = (intent_id, milestone)
        self.last_part[key] += 1
        return self.last_part[key]

    def _keep(self, *settlements: MilestoneSettlement) -> None:
        for settlement in settlements:
            self.rows[settlement.settlement_id] = settlement
            self.changed[settlement.settlement_id] = settlement

    def create_triggered(
        self, triggers: dict[tuple[str, ShipmentEventType], Trigger], lots: Sequence[Lot], takes: Sequence[Take]
    ) -> list[MilestoneSettlement]:
        """Create the triggered shares: the held pieces ON_HOLD, the rest as usual.
        Part 0 goes in first; the other pieces only where it went in (the unique part 0
        is what makes a share's creation happen once)."""
        held_of: dict[tuple[str, ShipmentEventType], list[Take]] = defaultdict(list)
        for take in takes:
            if not take.lot.triggered and not take.lot.holder:
                held_of[(take.lot.intent_id, take.lot.milestone)].append(take)
        rest_of = {(lot.intent_id, lot.milestone): lot.amount_minor for lot in lots if not lot.triggered and not lot.holder}
        first: list[tuple[MilestoneSettlement, str]] = []
        others: dict[tuple[str, ShipmentEventType], list[tuple[MilestoneSettlement, str]]] = defaultdict(list)
        for key, trigger in sorted(triggers.items(), key=lambda kv: (kv[0][0], milestone_order(kv[0][1]))):
            amount = rest_of.get(key, 0)
            if amount <= 0:
                continue  # claims returned all of it before its event came
            holds = held_of.get(key, [])
            free = amount - sum(take.amount_minor for take in holds)
            pieces = [(initial_status(trigger.strategy), free, "", trigger.reason)] if free > 0 else []
            pieces += [
                (MilestoneStatus.ON_HOLD, t.amount_minor, t.claim_id, f"held by cargo claim {t.claim_id} ({trigger.reason})") for t in holds
            ]
            for index, (status, piece_amount, claim_id, reason) in enumerate(pieces):
                base = self.bookkeeping.new_settlement(
                    self.book.now, trigger.intent, trigger.item, trigger.source_event_id, trigger.event_time, trigger.strategy
                )
                piece = dataclasses.replace(
                    base,
                    amount_minor=piece_amount,
                    status=status,
                    released_at=self.book.now if status is MilestoneStatus.APPROVED else None,
                    claim_id=claim_id,
                )
                (first if index == 0 else others[key]).append((piece, reason))
        created = self._insert(first, first=True)
        followers = [candidate for settlement in created for candidate in others.get((settlement.intent_id, settlement.milestone), [])]
        return created + self._insert(followers)

    def _insert(self, candidates: list[tuple[MilestoneSettlement, str]], *, first: bool = False) -> list[MilestoneSettlement]:
        """Insert with part numbers: 0 for the first piece of a share, the next free number otherwise."""
        numbered = []
        for settlement, reason in candidates:
            part = 0 if first else self.next_part(settlement.intent_id, settlement.milestone)
            numbered.append((dataclasses.replace(settlement, part=part), reason))
        created = self.book.create_settlements(numbered)
        self._keep(*created)
        return created

    def hold(self, takes: Sequence[Take]) -> list[MilestoneSettlement]:
        """Put free PENDING/DELAYED money on hold: whole settlements change status, parts
        of them are split off ON_HOLD."""
        changed = []
        for take in takes:
            lot = take.lot
            if not lot.triggered or lot.holder:
                continue
            row = self.rows[lot.settlement_id]
            reason = f"held by cargo claim {take.claim_id}"
            if take.amount_minor == row.amount_minor:
                held = self.book.transition(row, MilestoneAction.HOLD, reason=reason, claim_id=take.claim_id)
                self._keep(held)
                changed.append(held)
            else:
                part = self.next_part(row.intent_id, row.milestone)
                rest, piece = self.book.split(
                    row, take.amount_minor, MilestoneAction.HOLD, part=part, claim_id=take.claim_id, reason=reason
                )
                self._keep(rest, piece)
                changed.extend([rest, piece])
        return changed


def sync_shipments(
    bookkeeping: Bookkeeping,
    book: SettlementBook,
    shipment_ids: Iterable[str],
    intents: Sequence[PaymentIntent],
    schedules: Schedules,
    *,
    extra_triggers: Sequence[Trigger] = (),
) -> dict[str, list[MilestoneSettlement]]:
    """Bring shipments with claims up to date: apply the milestone events and claims that
    apply now, create the shares they trigger (and `extra_triggers`) with the holds on
    them, and let open claims hold free unreleased money up to what they claim. `intents`
    are every intent of the shipments, locked and tracked by `book`. Returns the
    settlements created, by source event id."""
    created: dict[str, list[MilestoneSettlement]] = defaultdict(list)
    for state in load_states(book.uow, intents, schedules, shipment_ids):
        triggers = _triggers(state, extra_triggers)
        lots = _lots(state, triggers)
        takes = allocate_holds(state.open_claims(), lots, state.weights())
        writer = _Writer(bookkeeping, book, state)
        for settlement in writer.create_triggered(triggers, lots, takes):
            created[settlement.source_event_id].append(settlement)
        writer.hold(takes)
    return created


# ---------------------------------------------------------------- resolving


ResolvedClaim = tuple[ClaimView, list[MilestoneSettlement]]


class ClaimUseCases:
    def __init__(
        self, transactions: Transactions[PaymentUnitOfWork], idempotency: Idempotency[PaymentUnitOfWork], bookkeeping: Bookkeeping
    ):
        self.transactions = transactions
        self.idempotency = idempotency
        self.bookkeeping = bookkeeping

    def resolve(
        self,
        claim_id: str,
        liable: tuple[int, str] | None,
        note: str,
        *,
        actor: str,
        key: RequestKey | None,
        codec: ResponseCodec[ResolvedClaim, R],
    ) -> R:
        """Resolve an OPEN claim: min(liable, held) returns to the shipper, the rest of the
        hold is released as it would have been; then other open claims may hold what that
        left unreleased. `liable` None: the carrier is not liable."""

        def resolve(uow: PaymentUnitOfWork) -> ResolvedClaim:
            claim = uow.claims.get(claim_id)
            if claim is None:
                raise NotFound("cargo claim", claim_id, reason="CLAIM_NOT_FOUND")
            intents = uow.intents.lock_of_shipments([claim.shipment_id])
            eligible = payable(intents)
            book = self.bookkeeping.open(uow, actor)
            book.track(eligible)
            schedules = uow.schedules.of_intents([i.intent_id for i in eligible])
            sync_shipments(self.bookkeeping, book, [claim.shipment_id], eligible, schedules)
            (state,) = load_states(uow, eligible, schedules, [claim.shipment_id])
            claim = next(c for c in state.claims if c.claim_id == claim_id)
            check_resolvable(claim, claim_status(claim, state.applied), liable)
            (view,) = [v for v in views(state) if v.claim.claim_id == claim_id]
            returned = min(liable[0] if liable else 0, view.held_minor)
            writer = _Writer(self.bookkeeping, book, state)
            changed = []
            for take, amount in split_deduction(returned, view.holds):
                changed.extend(self._let_go(writer, state, claim, take, amount))
            resolution = ClaimResolution(
                liable_minor=liable[0] if liable else 0,
                returned_minor=returned,
                released_minor=view.held_minor - returned,
                note=note,
                resolved_by=actor,
                resolved_at=book.now,
            )
            if not uow.claims.resolve(claim_id, resolution):
                raise FailedPrecondition(f"cargo claim {claim_id} is already RESOLVED", reason="CLAIM_ALREADY_RESOLVED")
            # What the resolution made PENDING or DELAYED again is free for the other claims.
            sync_shipments(self.bookkeeping, book, [claim.shipment_id], eligible, schedules)
            self.bookkeeping.flush(uow, book)
            resolved = dataclasses.replace(claim, resolution=resolution)
            log.info(
                "cargo claim %s resolved: liable %d, returned %d, released %d",
                claim_id,
                resolution.liable_minor,
                resolution.returned_minor,
                resolution.released_minor,
                extra={"fields": {"claim_id": claim_id, "shipment_id": claim.shipment_id}},
            )
            final = {s.settlement_id: s for s in uow.settlements.by_ids([s.settlement_id for s in changed])}
            return ClaimView(resolved, ClaimStatus.RESOLVED), [final.get(s.settlement_id, s) for s in changed]

        return self.idempotency.run(key, codec, resolve)

    def _let_go(self, writer: _Writer, state: ShipmentState, claim: CargoClaim, take: Take, returned: int) -> list[MilestoneSettlement]:
        """Return `returned` of one piece of the hold to the shipper and release the rest as
        it would have been."""
        book, lot = writer.book, take.lot
        returning = f"returned to the shipper: carrier liable on cargo claim {claim.claim_id}"
        if not lot.triggered:
            if returned == 0:
                return []  # a share still to come: it pays as usual when its event comes
            intent = next(i for i in state.intents if i.intent_id == lot.intent_id)
            item = state.schedules[lot.intent_id][lot.milestone]
            # No event triggered it (claim_id names the claim): its source event stays empty.
            base = writer.bookkeeping.new_settlement(book.now, intent, item, "", book.now)
            piece = dataclasses.replace(
                base,
                amount_minor=returned,
                status=MilestoneStatus.RETURNED,
                release_at=None,
                released_at=None,
                part=writer.next_part(lot.intent_id, lot.milestone),
                claim_id=claim.claim_id,
            )
            created = book.create_settlements([(piece, returning + " (before its milestone's event)")])
            if len(created) != 1:
                raise RuntimeError(f"part {piece.part} of {lot.intent_id}/{lot.milestone.value} exists already")
            return created
        row = writer.rows[lot.settlement_id]
        lift = lift_hold_action(row.release_strategy, row.release_at, book.now)
        releasing = f"cargo claim {claim.claim_id} resolved: released as it would have been"
        if returned == row.amount_minor:
            done = book.transition(row, MilestoneAction.RETURN, reason=returning)
            return [done]
        if returned == 0:
            return [book.transition(row, lift, reason=releasing)]
        part = writer.next_part(row.intent_id, row.milestone)
        rest, piece = book.split(row, returned, MilestoneAction.RETURN, part=part, claim_id=claim.claim_id, reason=returning)
        return [book.transition(rest, lift, reason=releasing), piece]
