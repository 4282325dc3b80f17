"""SettlementBook on its own, over an in-memory unit of work: every creation or transition
of a milestone brings its totals, one balanced journal and one audit row; flush writes
only what changed and derives the intent's status."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

import pytest

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import FailedPrecondition
from pay_server.application.settlement_book import LedgerRail, SettlementBook
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import IntentStatus, PaymentIntent, Totals
from pay_server.domain.ledger import Journal, JournalKind, LedgerAccount, journal_entries
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy
from pay_server.domain.schedules import ScheduleItem, build_schedule
from pay_server.domain.settlements import MilestoneAction, MilestoneSettlement

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)
PICKUP, POD, CLAIM = ShipmentEventType.PICKUP_CONFIRMED, ShipmentEventType.POD_CONFIRMED, ShipmentEventType.CLAIM_WINDOW_CLOSED


class MemoryUnitOfWork:
    """Just what SettlementBook touches: intents, schedules, settlements, the book writer."""

    def __init__(self) -> None:
        self.intents_added: list[PaymentIntent] = []
        self.schedules_added: dict[str, list[ScheduleItem]] = {}
        self.rows: dict[str, MilestoneSettlement] = {}
        self.writes: list[tuple[list[PaymentIntent], list[Journal], list[AuditEntry]]] = []
        self.intents = self
        self.schedules = self
        self.settlements = self
        self.book = self

    # intents / schedules
    def add(self, first: object, second: object = None) -> None:
        if isinstance(first, PaymentIntent):
            self.intents_added.append(first)
        else:
            assert isinstance(first, str) and isinstance(second, list)
            self.schedules_added[first] = second

    # settlements
    def add_new(self, settlements: Sequence[MilestoneSettlement]) -> set[str]:
        taken = {(s.intent_id, s.milestone, s.part) for s in self.rows.values()}
        inserted = set()
        for settlement in settlements:
            if (settlement.intent_id, settlement.milestone, settlement.part) not in taken:  # the unique constraint
                self.rows[settlement.settlement_id] = settlement
                taken.add((settlement.intent_id, settlement.milestone, settlement.part))
                inserted.add(settlement.settlement_id)
        return inserted

    def update(self, settlement: MilestoneSettlement, *, expected_status: MilestoneStatus) -> bool:
        if self.rows[settlement.settlement_id].status is not expected_status:
            return False
        self.rows[settlement.settlement_id] = settlement
        return True

    def of_intents(self, intent_ids: Iterable[str]) -> list[MilestoneSettlement]:
        wanted = set(intent_ids)
        return sorted((s for s in self.rows.values() if s.intent_id in wanted), key=lambda s: s.settlement_id)

    # book writer
    def write(self, intents: Sequence[PaymentIntent], journals: Sequence[Journal], audit: Sequence[AuditEntry]) -> None:
        self.writes.append((list(intents), list(journals), list(audit)))

    def journals(self) -> list[Journal]:
        return [j for _, journals, _ in self.writes for j in journals]

    def audit(self) -> list[AuditEntry]:
        return [a for _, _, audit in self.writes for a in audit]


def _intent(amount_minor: int = 1_000, tier: RiskTier = RiskTier.MEDIUM) -> PaymentIntent:
    return PaymentIntent(
        intent_id="pi_1",
        freight_token_id="ftk_1",
        shipment_id="shp_1",
        amount_minor=amount_minor,
        currency="USD",
        payer_id="shipper",
        payee_id="carrier",
        description="",
        risk_score_bps=3500,
        risk_tier=tier,
        status=IntentStatus.AWAITING_SCHEDULE,
        schedule_kind=None,
        scheduled_at=None,
        totals=Totals(),
        cancel_reason="",
        create_time=NOW,
        update_time=NOW,
    )


def _settlement(item: ScheduleItem, status: MilestoneStatus, number: int) -> MilestoneSettlement:
    return MilestoneSettlement(
        settlement_id=f"ms_{number}",
        intent_id="pi_1",
        shipment_id="shp_1",
        milestone=item.milestone,
        amount_minor=item.amount_minor,
        currency="USD",
        basis_points=item.basis_points,
        status=status,
        release_strategy=ReleaseStrategy.DELAYED if status is MilestoneStatus.DELAYED else ReleaseStrategy.IMMEDIATE,
        source_event_id="sev_1",
        release_at=NOW + timedelta(days=1) if status is MilestoneStatus.DELAYED else None,
        released_at=NOW if status is MilestoneStatus.APPROVED else None,
        settled_at=None,
        rail_reference="",
        status_reason="",
        create_time=NOW,
        update_time=NOW,
    )


def _balances(journals: Iterable[Journal]) -> dict[LedgerAccount, int]:
    balances: dict[LedgerAccount, int] = defaultdict(int)
    for journal in journals:
        for account, amount in journal_entries(journal.kind, journal.amount_minor):
            balances[account] += amount
    return balances


@pytest.fixture
def scheduled():
    """A MEDIUM intent of 1,000 with its schedule built: (uow, book, items by milestone)."""
    uow = MemoryUnitOfWork()
    book = SettlementBook(uow, NOW, "operator/alice", LedgerRail())  # type: ignore[arg-type]
    intent = _intent()
    book.create_intent(intent, reason="created")
    kind, items = build_schedule(intent.amount_minor, intent.risk_tier, None)
    book.schedule("pi_1", kind, items)
    book.flush()
    return uow, book, {item.milestone: item for item in items}


def test_building_the_schedule_funds_the_escrow_with_the_whole_amount(scheduled):
    uow, _, _ = scheduled
    assert [(j.kind, j.amount_minor) for j in uow.journals()] == [(JournalKind.FUNDING, 1_000)]
    assert _balances(uow.journals()) == {LedgerAccount.SHIPPER_FUNDING: -1_000, LedgerAccount.ESCROW: 1_000}
    assert [(a.from_status, a.to_status) for a in uow.audit()] == [("", "SCHEDULED")]  # AWAITING_SCHEDULE never stored twice


def test_each_creation_and_transition_brings_its_totals_journal_and_audit_row(scheduled):
    uow, book, items = scheduled
    created = book.create_settlements(
        [(_settlement(items[PICKUP], MilestoneStatus.DELAYED, 1), "pickup"), (_settlement(items[POD], MilestoneStatus.APPROVED, 2), "pod")]
    )
    assert [s.settlement_id for s in created] == ["ms_1", "ms_2"]
    assert book.intent("pi_1").totals == Totals(held_minor=100, released_minor=700)
    released = book.transition(uow.rows["ms_1"], MilestoneAction.RELEASE_DUE, reason="delay elapsed")
    assert (released.status, released.released_at) == (MilestoneStatus.APPROVED, NOW)
    settled = book.transition(uow.rows["ms_2"], MilestoneAction.COMPLETE, reason="funds moved", rail_reference="ACH-1")
    assert (settled.status, settled.rail_reference, settled.settled_at) == (MilestoneStatus.SETTLED, "ACH-1", NOW)
    (intent,) = book.flush()

    assert intent.totals == Totals(held_minor=0, released_minor=800, settled_minor=700)
    assert intent.status is IntentStatus.PARTIALLY_RELEASED  # the claim-window 200 is still to come
    kinds = [(j.kind, j.settlement_id, j.amount_minor) for j in uow.journals()]
    assert kinds[1:] == [(JournalKind.RELEASE, "ms_2", 700), (JournalKind.RELEASE, "ms_1", 100), (JournalKind.SETTLEMENT, "ms_2", 700)]
    assert _balances(uow.journals()) == {
        LedgerAccount.SHIPPER_FUNDING: -1_000,
        LedgerAccount.ESCROW: 200,
        LedgerAccount.CARRIER_PAYABLE: 100,
        LedgerAccount.CARRIER_PAID: 700,
    }
    milestone_audit = [(a.settlement_id, a.from_status, a.to_status, a.actor) for a in uow.audit() if a.settlement_id]
    assert milestone_audit == [
        ("ms_1", "", "DELAYED", "operator/alice"),
        ("ms_2", "", "APPROVED", "operator/alice"),
        ("ms_1", "DELAYED", "APPROVED", "operator/alice"),
        ("ms_2", "APPROVED", "SETTLED", "operator/alice"),
    ]
    assert sum(j.amount_minor for j in uow.journals() if j.kind is JournalKind.RELEASE) == intent.totals.released_minor


def test_a_milestone_that_exists_already_is_skipped_without_any_effect(scheduled):
    uow, book, items = scheduled
    book.create_settlements([(_settlement(items[POD], MilestoneStatus.APPROVED, 1), "first")])
    journals_before, audit_before = len(book._journals), len(book._audit)
    assert book.create_settlements([(_settlement(items[POD], MilestoneStatus.APPROVED, 2), "duplicate")]) == []
    assert (len(book._journals), len(book._audit)) == (journals_before, audit_before)
    assert book.intent("pi_1").totals.released_minor == 700


def test_cancelling_voids_what_was_held_and_never_triggered_but_keeps_what_was_released(scheduled):
    uow, book, items = scheduled
    book.create_settlements(
        [(_settlement(items[PICKUP], MilestoneStatus.DELAYED, 1), "pickup"), (_settlement(items[POD], MilestoneStatus.APPROVED, 2), "pod")]
    )
    cancelled = book.cancel_intent("pi_1", "contract ended")
    (final,) = book.flush()
    assert cancelled.status is IntentStatus.CANCELLED and final.status is IntentStatus.CANCELLED
    assert final.totals == Totals(held_minor=0, released_minor=700, voided_minor=300)  # 100 held + 200 never triggered
    assert uow.rows["ms_1"].status is MilestoneStatus.CANCELLED and uow.rows["ms_2"].status is MilestoneStatus.APPROVED
    voids = sorted(j.amount_minor for j in uow.journals() if j.kind is JournalKind.VOID)
    assert voids == [100, 200]
    assert _balances(uow.journals())[LedgerAccount.ESCROW] == 0


def test_an_illegal_transition_changes_nothing(scheduled):
    uow, book, items = scheduled
    (settled,) = book.create_settlements([(_settlement(items[POD], MilestoneStatus.APPROVED, 1), "pod")])
    before = (len(book._journals), len(book._audit), book.intent("pi_1"))
    with pytest.raises(FailedPrecondition) as refused:
        book.transition(settled, MilestoneAction.APPROVE, reason="again")
    assert refused.value.reason == "ILLEGAL_MILESTONE_TRANSITION"
    assert (len(book._journals), len(book._audit), book.intent("pi_1")) == before


def test_flush_writes_only_intents_that_changed(scheduled):
    uow, book, _ = scheduled
    writes_before = len(uow.writes)
    book.flush()  # nothing happened since the last flush
    intents, journals, audit = uow.writes[writes_before]
    assert (intents, journals, audit) == ([], [], [])


def test_a_status_change_of_the_intent_is_audited_with_the_whole_amount(scheduled):
    uow, book, items = scheduled
    book.create_settlements([(_settlement(item, MilestoneStatus.APPROVED, n), "all") for n, item in enumerate(items.values())])
    (intent,) = book.flush()
    assert intent.status is IntentStatus.RELEASED
    intent_rows = [(a.from_status, a.to_status, a.amount_minor) for a in uow.audit() if a.settlement_id is None]
    assert intent_rows[-1] == ("SCHEDULED", "RELEASED", 1_000)
    assert dataclasses.replace(intent, update_time=NOW) == intent  # stamped with the book's time


# ---------------------------------------------------------------- cargo claims


def test_a_claim_holds_part_of_a_milestone_by_splitting_it_exactly(scheduled):
    uow, book, items = scheduled
    (pickup,) = book.create_settlements([(_settlement(items[PICKUP], MilestoneStatus.DELAYED, 1), "pickup")])
    rest, held = book.split(pickup, 37, MilestoneAction.HOLD, part=1, claim_id="sev_claim", reason="held by cargo claim sev_claim")
    (intent,) = book.flush()

    assert (rest.amount_minor, rest.status, rest.part, rest.claim_id) == (63, MilestoneStatus.DELAYED, 0, "")
    assert (held.amount_minor, held.status, held.part, held.claim_id) == (37, MilestoneStatus.ON_HOLD, 1, "sev_claim")
    assert (held.release_at, held.source_event_id, held.release_strategy) == (rest.release_at, rest.source_event_id, rest.release_strategy)
    assert uow.rows[pickup.settlement_id].amount_minor + uow.rows[held.settlement_id].amount_minor == items[PICKUP].amount_minor
    assert intent.totals == Totals(held_minor=63, on_hold_minor=37)
    assert [j.kind for j in uow.journals()] == [JournalKind.FUNDING]  # holding moves no money between accounts
    rows = [(a.settlement_id, a.from_status, a.to_status, a.amount_minor) for a in uow.audit() if a.settlement_id]
    assert rows[-2:] == [(held.settlement_id, "DELAYED", "ON_HOLD", 37), (pickup.settlement_id, "DELAYED", "DELAYED", 63)]


def test_a_held_part_returns_to_the_shipper_or_is_released_as_it_would_have_been(scheduled):
    uow, book, items = scheduled
    (window,) = book.create_settlements([(_settlement(items[CLAIM], MilestoneStatus.DELAYED, 1), "window")])
    held = book.transition(window, MilestoneAction.HOLD, reason="held", claim_id="sev_claim")
    assert book.intent("pi_1").totals == Totals(on_hold_minor=200)
    rest, returned = book.split(held, 150, MilestoneAction.RETURN, part=1, claim_id="sev_claim", reason="carrier liable")
    lifted = book.transition(rest, MilestoneAction.LIFT_HOLD_TO_DELAY, reason="claim resolved")
    (intent,) = book.flush()

    assert (returned.status, returned.amount_minor) == (MilestoneStatus.RETURNED, 150)
    assert (lifted.status, lifted.amount_minor, lifted.release_at, lifted.claim_id) == (
        MilestoneStatus.DELAYED,
        50,
        window.release_at,
        "sev_claim",
    )
    assert intent.totals == Totals(held_minor=50, voided_minor=150)
    assert [(j.kind, j.settlement_id, j.amount_minor) for j in uow.journals()][1:] == [(JournalKind.VOID, returned.settlement_id, 150)]
    assert _balances(uow.journals())[LedgerAccount.ESCROW] == 1_000 - 150


def test_held_money_cannot_be_approved_and_is_voided_with_its_intent(scheduled):
    uow, book, items = scheduled
    (pod,) = book.create_settlements([(_settlement(items[POD], MilestoneStatus.DELAYED, 1), "pod")])
    held = book.transition(pod, MilestoneAction.HOLD, reason="held", claim_id="sev_claim")
    with pytest.raises(FailedPrecondition) as refused:
        book.transition(held, MilestoneAction.APPROVE, reason="operator")
    assert refused.value.reason == "SETTLEMENT_ON_HOLD"
    book.cancel_intent("pi_1", "contract ended")
    (intent,) = book.flush()
    assert uow.rows[pod.settlement_id].status is MilestoneStatus.CANCELLED
    assert intent.totals == Totals(voided_minor=1_000)
    assert _balances(uow.journals())[LedgerAccount.ESCROW] == 0
