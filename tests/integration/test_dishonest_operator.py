"""The operator turned dishonest, on both databases: with the append-only triggers out of the way
(as the database owner can), it rewrites an amount in an audit or a ledger row - `chainbridge
verify --full` names the leaf; it deletes and re-appends history, rebuilding the log to match -
the consistency proof against a tree head saved earlier fails. And `chainbridge verify` passes on
the honest log, with clear exit codes."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert, select, update

from chainbridge_common.transparency.checkpoint import generate_log_key, sign_checkpoint, write_key_pair
from chainbridge_common.transparency.merkle import EMPTY_ROOT
from pay_server.storage.schema import audit_log, ledger_entries, ledger_journals, merkle_leaves, merkle_log_state, merkle_nodes
from pay_server.storage.transparency_backfill import catch_up
from tests.support.transparency import as_superuser, leaf_of_sequence, public_key_file, varied_history, verify
from tests.support.workflow import POD, milestones, record, seed


@pytest.fixture
def history(stack):
    """A varied history, plus one LOW intent whose POD milestone was approved (the change the
    dishonest operator goes after)."""
    varied_history(stack, intents=2)
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", reference="BOL-target")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    pod = milestones(payment, seeded.intent_id)["POD_CONFIRMED"]
    varied_history(stack, intents=1)  # the change is not the last leaf
    stack.pay.log_integrator.run_once()  # as it runs a moment after each commit
    with stack.pay.db.connection() as conn:
        sequence = conn.execute(
            select(audit_log.c.sequence).where(audit_log.c.settlement_id == pod.settlement_id, audit_log.c.to_status == "APPROVED")
        ).scalar_one()
    return pod, sequence


def _db_url(stack) -> str:
    return stack.pay_config.db_url


def test_verify_passes_on_the_honest_log_and_then_on_its_extension(stack, history, tmp_path, capsys):
    pod, _sequence = history
    key = public_key_file(stack, tmp_path)
    saved = tmp_path / "heads" / "pay.head"
    assert verify(stack, key, "--full", "--db-url", _db_url(stack), "--save-head", str(saved)) == 0
    out = capsys.readouterr().out
    assert "ok: full audit" in out and f"saved the tree head of size {saved.read_text().splitlines()[1]}" in out
    assert verify(stack, key, "--settlement", pod.settlement_id, "--status", "approved") == 0
    out = capsys.readouterr().out
    assert f"settlement {pod.settlement_id} -> APPROVED is leaf" in out
    assert "RELEASE 700004 USD (ESCROW -700004, CARRIER_PAYABLE +700004)" in out
    assert "pay's settlement history shows this change exactly as logged" in out

    varied_history(stack, intents=1)
    assert verify(stack, key, "--head", str(saved), "--full", "--db-url", _db_url(stack)) == 0
    assert "ok: the log extends the saved head" in capsys.readouterr().out


@pytest.mark.parametrize("table", ["audit_log", "ledger_journals", "ledger_entries"])
def test_an_amount_rewritten_in_an_audit_or_ledger_row_is_named_by_the_full_audit(stack, history, tmp_path, capsys, table):
    pod, sequence = history
    key = public_key_file(stack, tmp_path)
    with as_superuser(stack.pay.db) as conn:
        if table == "audit_log":
            conn.execute(update(audit_log).where(audit_log.c.sequence == sequence).values(amount_minor=1))
        elif table == "ledger_journals":
            conn.execute(
                update(ledger_journals)
                .where(ledger_journals.c.settlement_id == pod.settlement_id, ledger_journals.c.kind == "RELEASE")
                .values(amount_minor=1)
            )
        else:
            journal = select(ledger_journals.c.journal_id).where(
                ledger_journals.c.settlement_id == pod.settlement_id, ledger_journals.c.kind == "RELEASE"
            )
            conn.execute(
                update(ledger_entries)
                .where(ledger_entries.c.journal_id == journal.scalar_subquery(), ledger_entries.c.amount_minor > 0)
                .values(amount_minor=1)
            )
    leaf = leaf_of_sequence(stack.pay.db, sequence)

    assert verify(stack, key, "--full", "--db-url", _db_url(stack)) == 1
    out = capsys.readouterr().out
    assert f"FAILED: full audit: leaf {leaf} (audit sequence {sequence}) does not match its rows" in out
    assert "the log recorded" in out
    # The signed head itself still verifies: the log did not change, the rows did.
    assert verify(stack, key) == 0
    capsys.readouterr()
    # Asking for the change's proof shows it too: rebuilt from today's rows, the leaf is not in the signed tree.
    assert verify(stack, key, "--settlement", pod.settlement_id, "--status", "APPROVED") == 1
    assert "is not in the signed tree" in capsys.readouterr().out


def test_a_deleted_audit_row_is_named(stack, history, tmp_path, capsys):
    _pod, sequence = history
    key = public_key_file(stack, tmp_path)
    leaf = leaf_of_sequence(stack.pay.db, sequence)
    with as_superuser(stack.pay.db) as conn:
        conn.execute(delete(audit_log).where(audit_log.c.sequence == sequence))
    assert verify(stack, key, "--full", "--db-url", _db_url(stack)) == 1
    assert f"leaf {leaf} (audit sequence {sequence}): its audit row {sequence} is gone" in capsys.readouterr().out


def test_a_leaf_deleted_from_the_log_is_reported(stack, history, tmp_path, capsys):
    _pod, sequence = history
    key = public_key_file(stack, tmp_path)
    leaf = leaf_of_sequence(stack.pay.db, sequence)
    with as_superuser(stack.pay.db) as conn:
        conn.execute(delete(merkle_leaves).where(merkle_leaves.c.leaf_index == leaf))
    assert verify(stack, key, "--full", "--db-url", _db_url(stack)) == 1
    assert f"the database's log has no leaf {leaf}" in capsys.readouterr().out


def test_an_audit_row_inserted_by_hand_is_logged_like_any_other_and_cannot_be_taken_back(stack, history, tmp_path, capsys):
    # The log proves that the audit trail was never rewritten once logged, not that each row
    # was written by pay: a row inserted by hand within the merge delay becomes a leaf like
    # pay's own (docs/transparency.md, "What the log proves"). From then on it is there for good.
    key = public_key_file(stack, tmp_path)
    with stack.pay.db.engine.begin() as conn:  # no trigger stops an INSERT
        forged = conn.execute(
            insert(audit_log)
            .values(
                intent_id="pi_forged", shipment_id="shp_forged", from_status="", to_status="AWAITING_SCHEDULE", amount_minor=5,
                currency="USD", actor="nobody", reason="", source_event_id="", create_time_us=1,
            )
            .returning(audit_log.c.sequence)
        ).scalar_one()  # fmt: skip
    varied_history(stack, intents=1)  # pay's own writes are logged as before
    saved = tmp_path / "head"
    assert verify(stack, key, "--full", "--db-url", _db_url(stack), "--save-head", str(saved)) == 0
    leaf = leaf_of_sequence(stack.pay.db, forged)
    with as_superuser(stack.pay.db) as conn:  # taking it back means deleting history
        conn.execute(delete(audit_log).where(audit_log.c.sequence == forged))
    assert verify(stack, key, "--full", "--db-url", _db_url(stack)) == 1
    assert f"leaf {leaf}" in capsys.readouterr().out


def test_history_deleted_and_reappended_fails_consistency_with_a_head_saved_earlier(stack, history, tmp_path, capsys):
    pod, sequence = history
    key = public_key_file(stack, tmp_path)
    saved = tmp_path / "pay.head"
    assert verify(stack, key, "--save-head", str(saved)) == 0
    capsys.readouterr()

    # Delete the history from the target change on, append it again with the carrier's amount
    # lowered, and rebuild the whole log from the rows, so that it is consistent with itself.
    with as_superuser(stack.pay.db) as conn:
        rows = [
            dict(row._mapping)
            for row in conn.execute(select(audit_log).where(audit_log.c.sequence >= sequence).order_by(audit_log.c.sequence))
        ]
        conn.execute(delete(audit_log).where(audit_log.c.sequence >= sequence))
        for row in rows:
            del row["sequence"]
            if row["settlement_id"] == pod.settlement_id and row["to_status"] == "APPROVED":
                row["amount_minor"] -= 100_000
            conn.execute(insert(audit_log).values(**row))
        conn.execute(delete(merkle_leaves))
        conn.execute(delete(merkle_nodes))
        conn.execute(update(merkle_log_state).values(tree_size=0, last_audit_sequence=0, root_hash=EMPTY_ROOT, frontier=b""))
        catch_up(conn)

    # The rebuilt log verifies on its own - a client with no saved head sees nothing wrong...
    assert verify(stack, key, "--full", "--db-url", _db_url(stack)) == 0
    capsys.readouterr()
    # ...but not against the head it saved before.
    assert verify(stack, key, "--head", str(saved)) == 1
    out = capsys.readouterr().out
    assert f"FAILED: the log does not extend the head saved in {saved}" in out
    assert "History was rewritten, or the log forked." in out
    assert verify(stack, key, "--head", str(saved), "--full", "--db-url", _db_url(stack)) == 1


def test_verify_exit_codes_for_a_wrong_key_bad_usage_and_an_unreachable_pay(stack, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PAYMENT_DB_URL", raising=False)
    seed(stack.freight_stub(), stack.payment_stub(), "LOW")
    other = tmp_path / "other"
    write_key_pair(generate_log_key(), other.with_suffix(".pem"), other.with_suffix(".pub"))
    assert verify(stack, other.with_suffix(".pub")) == 1
    assert "is not a tree head signed by this key" in capsys.readouterr().out
    key = public_key_file(stack, tmp_path)
    assert verify(stack, tmp_path / "missing.pub") == 2
    assert verify(stack, key, "--settlement", "ms_1") == 2
    assert verify(stack, key, "--full") == 2
    assert verify(stack, key, "--head", str(tmp_path / "no-such.head")) == 2
    capsys.readouterr()
    stack.stop_pay()
    assert verify(stack, key) == 3
    assert "UNAVAILABLE" in capsys.readouterr().err


def test_a_saved_head_signed_by_another_key_is_refused(stack, tmp_path, capsys):
    seed(stack.freight_stub(), stack.payment_stub(), "LOW")
    key = public_key_file(stack, tmp_path)
    forged = tmp_path / "forged.head"
    forged.write_text(sign_checkpoint("chainbridge.example/pay-log", 1, EMPTY_ROOT, stack.clock.now(), generate_log_key()))
    assert verify(stack, key, "--head", str(forged)) == 1
    assert "the saved head" in capsys.readouterr().out
