"""Database invariants that must hold after any sequence of calls, read straight from the
tables (not through the services under test)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select

from chainbridge_common.storage.database import Database
from freight_server.storage import schema as freight_schema
from pay_server.domain.intents import IntentStatus, derive_status
from pay_server.domain.ledger import LedgerAccount
from pay_server.domain.release_policy import HELD_STATUSES, RELEASED_STATUSES, VOIDED_STATUSES, MilestoneStatus
from pay_server.storage import schema as pay_schema
from pay_server.storage.intents import SqlIntentRepository
from tests.support.transparency import log_violations

BASIS_POINTS_TOTAL = 10_000


def payment_violations(db: Database) -> list[str]:
    """Every broken money, ledger or audit invariant of the payment database."""
    s = pay_schema
    found: list[str] = []
    with db.connection() as conn:
        intents = {row.intent_id: row for row in conn.execute(select(s.payment_intents))}
        settlements = list(conn.execute(select(s.milestone_settlements)))
        items = {(row.intent_id, row.milestone): row for row in conn.execute(select(s.schedule_items))}
        journals = {row.journal_id: row for row in conn.execute(select(s.ledger_journals))}
        entries = list(conn.execute(select(s.ledger_entries)))
        last_audit: dict[tuple[str, str | None], str] = {}
        for row in conn.execute(select(s.audit_log).order_by(s.audit_log.c.sequence)):
            last_audit[(row.intent_id, row.settlement_id)] = row.to_status
        claims = {row.claim_id: row for row in conn.execute(select(s.cargo_claims))}
        duplicate_events = (
            conn.execute(select(s.received_events.c.event_id).group_by(s.received_events.c.event_id).having(func.count() > 1))
            .scalars()
            .all()
        )
        domain_intents = {intent_id: SqlIntentRepository(conn).get(intent_id) for intent_id in intents}
        payouts = {row.payout_id: row for row in conn.execute(select(s.payouts))}
        payout_lines = list(conn.execute(select(s.payout_lines)))
        last_payout_event: dict[str, str] = {}
        for row in conn.execute(select(s.payout_events).order_by(s.payout_events.c.sequence)):
            last_payout_event[row.payout_id] = row.to_status

    if duplicate_events:
        found.append(f"received_events holds these event ids more than once: {duplicate_events}")

    by_intent = defaultdict(list)
    # Cargo claims split a milestone into parts: part 0 (created by its event, once) and
    # pieces split off it. Once part 0 exists the parts add up to the milestone's share;
    # before, only money a claim returned exists (RETURNED parts).
    parts: dict[tuple[str, str], list] = defaultdict(list)
    for row in settlements:
        by_intent[row.intent_id].append(row)
        parts[(row.intent_id, row.milestone)].append(row)
        if row.status in ("ON_HOLD", "RETURNED") and row.claim_id not in claims:
            found.append(f"settlement {row.settlement_id} is {row.status} for unknown claim {row.claim_id!r}")
        if row.status == "ON_HOLD" and row.claim_id in claims and claims[row.claim_id].resolved_at_us is not None:
            found.append(f"settlement {row.settlement_id} is still ON_HOLD for resolved claim {row.claim_id}")
    for key, share_rows in parts.items():
        item = items.get(key)
        numbers = [row.part for row in share_rows]
        if len(set(numbers)) != len(numbers):
            found.append(f"intent {key[0]} has two settlements for part of {key[1]}: parts {sorted(numbers)}")
        if item is None:
            found.append(f"settlements {[r.settlement_id for r in share_rows]} have no schedule item {key}")
            continue
        total = sum(row.amount_minor for row in share_rows)
        triggered = 0 in numbers
        if (triggered and total != item.amount_minor) or (
            not triggered and (total > item.amount_minor or {r.status for r in share_rows} != {"RETURNED"})
        ):
            found.append(
                f"the parts of {key} sum to {total} (part 0 {'present' if triggered else 'absent'}) but its schedule item is {item.amount_minor}"
            )
        if any(row.basis_points != item.basis_points for row in share_rows):
            found.append(f"a part of {key} does not carry its schedule item's {item.basis_points} bp")
        if row.currency != intents[row.intent_id].currency:
            found.append(f"settlement {row.settlement_id} is in {row.currency}, its intent in {intents[row.intent_id].currency}")
        if last_audit.get((row.intent_id, row.settlement_id)) != row.status:
            found.append(
                f"settlement {row.settlement_id} is {row.status} but its last audit row says {last_audit.get((row.intent_id, row.settlement_id))}"
            )

    in_transit, payout_found = _payout_violations(intents, settlements, journals, payouts, payout_lines, last_payout_event)
    found += payout_found

    balances: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    journal_sums: dict[str, int] = defaultdict(int)
    journal_entry_counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        balances[entry.intent_id][entry.account] += entry.amount_minor
        journal_sums[entry.journal_id] += entry.amount_minor
        journal_entry_counts[entry.journal_id] += 1
        journal = journals.get(entry.journal_id)
        if journal is None or journal.intent_id != entry.intent_id or journal.currency != entry.currency:
            found.append(f"ledger entry {entry.entry_id} does not match its journal {entry.journal_id}")
    for journal_id, journal in journals.items():
        if journal_entry_counts[journal_id] < 2 or journal_sums[journal_id] != 0:
            found.append(
                f"journal {journal_id} ({journal.kind}) has {journal_entry_counts[journal_id]} entries summing to {journal_sums[journal_id]}"
            )

    for intent_id, intent in intents.items():
        rows = by_intent[intent_id]
        amount = intent.amount_minor
        scheduled = amount if intent.schedule_kind is not None else 0
        by_status = defaultdict(int)
        for row in rows:
            by_status[MilestoneStatus(row.status)] += row.amount_minor
        released = sum(by_status[st] for st in RELEASED_STATUSES)
        held = sum(by_status[st] for st in HELD_STATUSES)
        on_hold = by_status[MilestoneStatus.ON_HOLD]
        voided_milestones = sum(by_status[st] for st in VOIDED_STATUSES)
        settled = by_status[MilestoneStatus.SETTLED]
        where = f"intent {intent_id} (amount {amount}, status {intent.status})"

        if sum(row.amount_minor for row in rows) > amount:
            found.append(f"{where}: its settlements sum to {sum(row.amount_minor for row in rows)}, more than its amount")
        if not intent.settled_minor <= intent.released_minor <= amount:
            found.append(f"{where}: settled {intent.settled_minor}, released {intent.released_minor}")
        if (intent.released_minor, intent.settled_minor, intent.held_minor, intent.on_hold_minor) != (released, settled, held, on_hold):
            found.append(
                f"{where}: totals released/settled/held/on hold {intent.released_minor}/{intent.settled_minor}/{intent.held_minor}/"
                f"{intent.on_hold_minor} but its settlements give {released}/{settled}/{held}/{on_hold}"
            )
        # A cancelled intent also voids the share no event had triggered yet.
        if intent.voided_minor < voided_milestones or (
            intent.status != IntentStatus.CANCELLED and intent.voided_minor != voided_milestones
        ):
            found.append(f"{where}: voided {intent.voided_minor} but its rejected/cancelled settlements sum to {voided_milestones}")
        if intent.status == IntentStatus.CANCELLED and (held + on_hold != 0 or intent.released_minor + intent.voided_minor != scheduled):
            found.append(f"{where}: cancelled with held {held}, released {intent.released_minor}, voided {intent.voided_minor}")

        intent_items = [item for (owner, _), item in items.items() if owner == intent_id]
        if intent.schedule_kind is None and intent_items:
            found.append(f"{where}: schedule items without a schedule")
        if intent.schedule_kind is not None and (
            sum(i.amount_minor for i in intent_items) != amount or sum(i.basis_points for i in intent_items) != BASIS_POINTS_TOTAL
        ):
            found.append(
                f"{where}: schedule parts sum to {sum(i.amount_minor for i in intent_items)} / {sum(i.basis_points for i in intent_items)} bp"
            )

        ledger = balances[intent_id]
        if sum(ledger.values()) != 0:
            found.append(f"{where}: ledger balances net to {sum(ledger.values())}: {dict(ledger)}")
        expected = {
            LedgerAccount.ESCROW.value: scheduled - intent.released_minor - intent.voided_minor,
            LedgerAccount.CARRIER_PAYABLE.value: intent.released_minor - intent.settled_minor - in_transit[intent_id],
            LedgerAccount.CARRIER_IN_TRANSIT.value: in_transit[intent_id],
            LedgerAccount.CARRIER_PAID.value: intent.settled_minor,
        }
        actual = {account: ledger.get(account, 0) for account in expected}
        if actual != expected:
            found.append(f"{where}: ledger balances {actual}, totals say {expected}")

        domain_intent = domain_intents[intent_id]
        if domain_intent is not None and derive_status(domain_intent, domain_intent.totals) is not domain_intent.status:
            found.append(f"{where}: status does not follow from its totals ({derive_status(domain_intent, domain_intent.totals)})")
        if last_audit.get((intent_id, None)) != intent.status:
            found.append(f"{where}: last intent-level audit row says {last_audit.get((intent_id, None))}")
    # The transparency log: one leaf per audit row in sequence order, each matching its rows,
    # its root equal to root_from_leaves over them, every journal covered by exactly one leaf.
    found += [f"transparency log: {problem}" for problem in log_violations(db)]

    # Claims: what one holds or returned never exceeds what it claims, and a resolved one
    # returned exactly its RETURNED settlements.
    for claim_id, claim in claims.items():
        held_now = sum(r.amount_minor for r in settlements if r.claim_id == claim_id and r.status == "ON_HOLD")
        returned = sum(r.amount_minor for r in settlements if r.claim_id == claim_id and r.status == "RETURNED")
        if held_now + returned > claim.claimed_minor:
            found.append(f"claim {claim_id} holds {held_now} and returned {returned}, more than the {claim.claimed_minor} claimed")
        if returned != claim.returned_minor:
            found.append(f"claim {claim_id} says it returned {claim.returned_minor}; its RETURNED settlements sum to {returned}")
        if claim.resolved_at_us is None and (claim.returned_minor or claim.released_minor or claim.liable_minor):
            found.append(f"unresolved claim {claim_id} has an outcome")
        currencies = {r.currency for r in settlements if r.claim_id == claim_id}
        if currencies - {claim.currency}:
            found.append(f"claim {claim_id} in {claim.currency} touched money in {sorted(currencies)}")
    return found


OPEN_PAYOUT_STATUSES = ("CREATED", "SUBMITTED")


def _payout_violations(intents, settlements, journals, payouts, payout_lines, last_payout_event) -> tuple[dict[str, int], list[str]]:
    """Payouts agree with their lines, their milestones, their ledger journals and their
    history. Returns the money each intent has in transit (its lines in SUBMITTED payouts)."""
    found: list[str] = []
    in_transit: dict[str, int] = defaultdict(int)
    by_id = {row.settlement_id: row for row in settlements}
    lines_of: dict[str, list] = defaultdict(list)
    for line in payout_lines:
        lines_of[line.payout_id].append(line)
    payout_journals: dict[tuple[str, str, str], int] = defaultdict(int)  # (payout, settlement, kind) -> count
    for journal in journals.values():
        if journal.kind.startswith("PAYOUT_"):
            if not journal.payout_id:
                found.append(f"journal {journal.journal_id} ({journal.kind}) names no payout")
            payout_journals[(journal.payout_id, journal.settlement_id, journal.kind)] += 1
        elif journal.payout_id:
            found.append(f"journal {journal.journal_id} ({journal.kind}) names payout {journal.payout_id}")
    open_holders: dict[str, list[str]] = defaultdict(list)
    paid_holders: dict[str, list[str]] = defaultdict(list)
    paid_by_currency: dict[str, int] = defaultdict(int)
    for payout_id, payout in payouts.items():
        lines = lines_of[payout_id]
        where = f"payout {payout_id} ({payout.status}, {payout.currency} {payout.amount_minor})"
        if not lines or sum(line.amount_minor for line in lines) != payout.amount_minor or len(lines) != payout.line_count:
            found.append(f"{where}: its {len(lines)} lines sum to {sum(line.amount_minor for line in lines)}")
        if last_payout_event.get(payout_id) != payout.status:
            found.append(f"{where}: its last history row says {last_payout_event.get(payout_id)}")
        submitted = payout.submit_time_us is not None
        if payout.status == "PAID":
            paid_by_currency[payout.currency] += payout.amount_minor
        for line in lines:
            settlement = by_id.get(line.settlement_id)
            if settlement is None:
                found.append(f"{where}: line {line.settlement_id} has no milestone")
                continue
            intent = intents[settlement.intent_id]
            if (settlement.amount_minor, settlement.currency, intent.payee_id) != (line.amount_minor, payout.currency, payout.payee_id):
                found.append(f"{where}: line {line.settlement_id} is not its milestone's amount, currency or payee")
            if (line.open_settlement_id is not None) != (payout.status in OPEN_PAYOUT_STATUSES):
                found.append(f"{where}: line {line.settlement_id} has open_settlement_id {line.open_settlement_id}")
            if payout.status in OPEN_PAYOUT_STATUSES:
                open_holders[line.settlement_id].append(payout_id)
                if settlement.status != "APPROVED":
                    found.append(f"{where}: holds milestone {line.settlement_id}, which is {settlement.status}")
            if payout.status == "SUBMITTED":
                in_transit[settlement.intent_id] += line.amount_minor
            if payout.status == "PAID":
                paid_holders[line.settlement_id].append(payout_id)
                if settlement.status != "SETTLED" or settlement.rail_reference != payout.bank_reference:
                    found.append(f"{where}: milestone {line.settlement_id} is {settlement.status} ({settlement.rail_reference!r})")
            expected_journals = {
                "PAYOUT_SUBMITTED": int(submitted),
                "PAYOUT_PAID": int(payout.status == "PAID"),
                "PAYOUT_RETURNED": int(submitted and payout.status == "FAILED"),
            }
            for kind, count in expected_journals.items():
                if payout_journals.pop((payout_id, line.settlement_id, kind), 0) != count:
                    found.append(f"{where}: milestone {line.settlement_id} should have {count} {kind} journal(s)")
    found += [f"journal of payout {key[0]} for {key[1]} ({key[2]}) matches no payout line" for key in payout_journals]
    found += [f"milestone {sid} is in {len(held)} open payouts: {held}" for sid, held in open_holders.items() if len(held) > 1]
    found += [f"milestone {sid} is in {len(held)} PAID payouts: {held}" for sid, held in paid_holders.items() if len(held) > 1]
    # The payouts paid exactly the milestones settled through them, per currency.
    settled_by_payout: dict[str, int] = defaultdict(int)
    for settlement in settlements:
        if settlement.settlement_id in paid_holders:
            settled_by_payout[settlement.currency] += settlement.amount_minor
    if dict(settled_by_payout) != dict(paid_by_currency):
        found.append(f"PAID payouts per currency {dict(paid_by_currency)} but milestones settled by them {dict(settled_by_payout)}")
    return in_transit, found


def freight_violations(freight_db: Database, pay_db: Database) -> list[str]:
    """Freight's outbox agrees with itself and with what pay received."""
    f = freight_schema
    found: list[str] = []
    with freight_db.connection() as conn:
        events = list(conn.execute(select(f.shipment_events)))
        shipments = {row.shipment_id: row for row in conn.execute(select(f.shipments))}
        tokens = list(conn.execute(select(f.freight_tokens)))
    with pay_db.connection() as conn:
        received = set(conn.execute(select(pay_schema.received_events.c.event_id)).scalars())
    for event in events:
        if (event.delivered_at_us is None) == (event.next_attempt_at_us is None):
            found.append(f"event {event.event_id} is both or neither delivered and pending")
        if event.delivered_at_us is not None and event.event_id not in received:
            found.append(f"event {event.event_id} is marked delivered but pay never received it")
        if event.shipment_id not in shipments:
            found.append(f"event {event.event_id} names missing shipment {event.shipment_id}")
    for token in tokens:
        owner = shipments.get(token.shipment_id)
        if owner is None or owner.freight_token_id != token.token_id:
            found.append(f"token {token.token_id} and shipment {token.shipment_id} do not point at each other")
    return found


def assert_invariants(stack) -> None:
    stack.pay.log_integrator.run_once()  # what the integrator does a moment after each commit
    found = payment_violations(stack.pay.db) + freight_violations(stack.freight.db, stack.pay.db)
    assert not found, "database invariants broken:\n" + "\n".join(found[:30])
