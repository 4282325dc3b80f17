"""Freight's shipment events arriving at pay: each applied exactly once per event id,
and at most once per (intent, milestone), whoever else is processing them."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.shipment_events import ShipmentEventType
from pay_server.application import claims
from pay_server.application.bookkeeping import Bookkeeping
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.application.settlement_book import SettlementBook
from pay_server.domain.events import ReceivedEvent, events_that_pay
from pay_server.domain.intents import IntentStatus, PaymentIntent
from pay_server.domain.release_policy import milestones_paid_by
from pay_server.domain.schedules import ScheduleItem
from pay_server.domain.settlements import MilestoneSettlement

log = logging.getLogger(__name__)

FREIGHT_ACTOR = "freight-service"
# Whether these pay depends on the order they arrive in (see pay_server/domain/events.py).
_ORDER_SENSITIVE = frozenset({ShipmentEventType.POD_CONFIRMED, ShipmentEventType.CLAIM_WINDOW_CLOSED})


@dataclass(frozen=True)
class ClaimDetails:
    claimed_minor: int
    currency: str
    reason: str


@dataclass(frozen=True)
class EventNotice:
    event_id: str
    shipment_id: str
    event_type: ShipmentEventType
    occurred_at: datetime
    lane: str = ""
    # What freight had recorded on the shipment before it (None: not told); see
    # pay_server/domain/claims.py. `claim` is set for CLAIM_FILED events only.
    claims_filed_before: int | None = None
    milestone_events_before: int | None = None
    claim: ClaimDetails | None = None


@dataclass(frozen=True)
class EventOutcome:
    event_id: str
    duplicate: bool
    intents_matched: int
    settlements: list[MilestoneSettlement]


def apply_events(
    bookkeeping: Bookkeeping,
    book: SettlementBook,
    events: Sequence[ReceivedEvent],
    intents: Sequence[PaymentIntent],
    schedules: dict[str, dict[ShipmentEventType, ScheduleItem]],
) -> dict[str, list[MilestoneSettlement]]:
    """Create the settlements `events` (those that may pay now) release for `intents`
    (locked and tracked by `book`). Earlier events first, so each milestone is
    attributed to the first event paying it; a milestone that exists already is skipped
    by its unique constraint."""
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
                candidates.append((bookkeeping.new_settlement(book.now, intent, item, event.event_id, event.occurred_at), reason))
    created: dict[str, list[MilestoneSettlement]] = defaultdict(list)
    for settlement in book.create_settlements(candidates):
        created[settlement.source_event_id].append(settlement)
    return created


class EventIntake:
    def __init__(self, transactions: Transactions[PaymentUnitOfWork], bookkeeping: Bookkeeping):
        self.transactions = transactions
        self.bookkeeping = bookkeeping

    def process(self, notices: Sequence[EventNotice]) -> list[EventOutcome]:
        """Record the events and apply those new to pay, in one transaction."""

        def process(uow: PaymentUnitOfWork) -> list[EventOutcome]:
            book = self.bookkeeping.open(uow, FREIGHT_ACTOR)
            unique: dict[str, ReceivedEvent] = {}
            first_notice: dict[str, EventNotice] = {}
            for notice in notices:
                first_notice.setdefault(notice.event_id, notice)
                unique.setdefault(
                    notice.event_id,
                    ReceivedEvent(
                        notice.event_id,
                        notice.shipment_id,
                        notice.event_type,
                        notice.occurred_at,
                        book.now,
                        lane=notice.lane,
                        claims_filed_before=notice.claims_filed_before,
                        milestone_events_before=notice.milestone_events_before,
                    ),
                )
            new_ids = uow.received.add_new(list(unique.values()))
            fresh = [
                event
                for event in unique.values()
                if event.event_id in new_ids and (milestones_paid_by(event.event_type) or event.event_type is ShipmentEventType.CLAIM_FILED)
            ]
            intents = uow.intents.lock_of_shipments({event.shipment_id for event in fresh})
            eligible = [i for i in intents if i.schedule_kind is not None and i.status is not IntentStatus.CANCELLED]
            book.track(eligible)
            schedules = uow.schedules.of_intents([i.intent_id for i in eligible])
            # Shipments with cargo claims go through the claim rules (read after the intent
            # locks, so a claim committed meanwhile is seen); the others as they always did.
            new_claims = [_claim_notice(first_notice[e.event_id]) for e in fresh if e.event_type is ShipmentEventType.CLAIM_FILED]
            claims.receive_claims(uow, new_claims, book.now)
            with_claims = uow.claims.shipments_with_claims({event.shipment_id for event in fresh})
            plain = [e for e in fresh if e.shipment_id not in with_claims and milestones_paid_by(e.event_type)]
            paying = self._events_that_pay(uow, plain, {i.shipment_id for i in eligible})
            created = apply_events(self.bookkeeping, book, paying, [i for i in eligible if i.shipment_id not in with_claims], schedules)
            for event_id, settlements in claims.sync_shipments(self.bookkeeping, book, with_claims, eligible, schedules).items():
                created[event_id].extend(settlements)
            self.bookkeeping.flush(uow, book)
            previous = uow.settlements.by_source_events([n.event_id for n in notices if n.event_id not in new_ids])
            matched: dict[str, int] = defaultdict(int)
            for intent in eligible:
                matched[intent.shipment_id] += 1
            outcomes = []
            answered: set[str] = set()
            for notice in notices:
                first_time = notice.event_id in new_ids and notice.event_id not in answered
                answered.add(notice.event_id)
                if first_time:
                    relevant = bool(milestones_paid_by(notice.event_type)) or notice.event_type is ShipmentEventType.CLAIM_FILED
                    outcomes.append(
                        EventOutcome(
                            notice.event_id, False, matched[notice.shipment_id] if relevant else 0, created.get(notice.event_id, [])
                        )
                    )
                else:
                    settlements = previous.get(notice.event_id) or created.get(notice.event_id, [])
                    outcomes.append(EventOutcome(notice.event_id, True, 0, settlements))
            return outcomes

        outcomes = self.transactions.write(process)
        new = [o.event_id for o in outcomes if not o.duplicate]
        self.bookkeeping.observer.events_processed(len(new), len(outcomes) - len(new))
        log.info(
            "processed %d event(s): %d new, %d settlement(s) created; new: %s",
            len(outcomes),
            len(new),
            sum(len(o.settlements) for o in outcomes if not o.duplicate),
            ",".join(new),
            extra={"fields": {"event_ids": [o.event_id for o in outcomes], "new_event_ids": new}},
        )
        return outcomes

    @staticmethod
    def _events_that_pay(uow: PaymentUnitOfWork, fresh: list[ReceivedEvent], paying_shipments: set[str]) -> list[ReceivedEvent]:
        """The new events that pay now, plus any claim-window close that arrived before
        its shipment's POD and that a POD in this batch now lets pay."""
        sensitive = {e.shipment_id for e in fresh if e.event_type in _ORDER_SENSITIVE} & paying_shipments
        if not sensitive:
            return events_that_pay(fresh)
        # Read back in this transaction: it sees the events just stored with the rest.
        history = uow.received.of_shipments(sensitive, _ORDER_SENSITIVE)
        others = [e for e in fresh if not (e.shipment_id in sensitive and e.event_type in _ORDER_SENSITIVE)]
        return events_that_pay([*others, *history])


def _claim_notice(notice: EventNotice) -> claims.ClaimNotice:
    if notice.claim is None:  # the rpc layer requires the claim on a CLAIM_FILED event
        raise ValueError(f"CLAIM_FILED event {notice.event_id} without its claim")
    return claims.ClaimNotice(
        event_id=notice.event_id,
        shipment_id=notice.shipment_id,
        claimed_minor=notice.claim.claimed_minor,
        currency=notice.claim.currency,
        reason=notice.claim.reason,
        occurred_at=notice.occurred_at,
        claims_filed_before=notice.claims_filed_before,
        milestone_events_before=notice.milestone_events_before,
    )
