"""The transparency log over real servers on both databases: every audit row is a leaf in audit
order, appended with the row; the RPCs' proofs verify for every tree size; heads are signed by
the configured key; appends from concurrent writers and two pay processes stay in audit order;
the log catches up after being off, and migration 0003 backfills an existing database."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import grpc
import pymerkle
import pytest
from chainbridge.payment.v1 import payment_pb2 as pb
from chainbridge.payment.v1 import payment_pb2_grpc
from sqlalchemy import create_engine, inspect

from chainbridge_common.runtime.timestamps import to_timestamp
from chainbridge_common.transparency.checkpoint import generate_log_key, parse_and_verify_checkpoint, write_key_pair
from chainbridge_common.transparency.leaf import decode_leaf
from chainbridge_common.transparency.merkle import InvalidProofError, leaf_hash, root_from_leaves, verify_consistency, verify_inclusion
from pay_server.server import build_payment_server
from pay_server.storage import migrate as pay_migrate
from tests.support.rpc import call_error
from tests.support.servers import ROOT, free_port
from tests.support.transparency import log_violations, read_log, varied_history
from tests.support.workflow import PICKUP, POD, milestones, record, seed


def _head(stack, payment=None):
    reply = (payment or stack.payment_stub()).GetSignedTreeHead(pb.GetSignedTreeHeadRequest())
    return parse_and_verify_checkpoint(
        reply.signed_tree_head.checkpoint, stack.pay_config.log_signing_key.public_key(), origin="chainbridge.example/pay-log"
    )


def test_every_audit_row_is_a_leaf_in_audit_order_and_the_head_signs_its_root(stack):
    varied_history(stack)
    assert stack.pay.log_integrator.run_once() > 0  # the rows join the log after their commit
    view = read_log(stack.pay.db)
    assert len(view.audit_sequences) > 20
    assert log_violations(stack.pay.db) == []
    head = _head(stack)
    assert (head.tree_size, head.root_hash) == (len(view.audit_sequences), view.rebuilt_root)
    assert head.timestamp == stack.clock.now()
    # An independent RFC 9162 implementation agrees on the root.
    tree = pymerkle.InmemoryTree(algorithm="sha256")
    payment = stack.payment_stub()
    for index in range(head.tree_size):
        tree.append_entry(payment.GetInclusionProof(pb.GetInclusionProofRequest(leaf_index=index)).leaf)
    assert tree.get_root(head.tree_size) == head.root_hash


def test_an_idle_log_keeps_its_head_and_a_grown_one_is_signed_again(stack):
    seed(stack.freight_stub(), stack.payment_stub(), "LOW")
    first = stack.payment_stub().GetSignedTreeHead(pb.GetSignedTreeHeadRequest()).signed_tree_head
    stack.clock.advance(timedelta(hours=1))
    assert stack.payment_stub().GetSignedTreeHead(pb.GetSignedTreeHeadRequest()).signed_tree_head == first
    seed(stack.freight_stub(), stack.payment_stub(), "LOW", reference="BOL-2")
    grown = _head(stack)
    assert grown.tree_size == first.tree_size + 2 and grown.timestamp == stack.clock.now()


def test_proofs_served_verify_for_every_tree_size(stack):
    varied_history(stack, intents=2)
    payment = stack.payment_stub()
    latest = _head(stack)
    size = latest.tree_size
    roots = {}
    for k in range(1, size + 1):
        reply = payment.GetConsistencyProof(pb.GetConsistencyProofRequest(first_tree_size=1, second_tree_size=k))
        head = parse_and_verify_checkpoint(reply.signed_tree_head.checkpoint, stack.pay_config.log_signing_key.public_key())
        assert head.tree_size == k
        roots[k] = head.root_hash
    leaves = [leaf_hash(payment.GetInclusionProof(pb.GetInclusionProofRequest(leaf_index=i)).leaf) for i in range(size)]
    for k in range(1, size + 1):
        assert roots[k] == root_from_leaves(leaves[:k]), k
        for old in range(1, k + 1):
            proof = payment.GetConsistencyProof(pb.GetConsistencyProofRequest(first_tree_size=old, second_tree_size=k)).proof
            verify_consistency(old, k, list(proof), roots[old], roots[k])
        for index in range(k):
            reply = payment.GetInclusionProof(pb.GetInclusionProofRequest(leaf_index=index, tree_size=k))
            assert reply.signed_tree_head.tree_size == k
            verify_inclusion(leaves[index], index, k, list(reply.audit_path), roots[k])
    # A proof is for its tree: against another size's root it fails.
    proof = payment.GetInclusionProof(pb.GetInclusionProofRequest(leaf_index=0, tree_size=size)).audit_path
    with pytest.raises(InvalidProofError):
        verify_inclusion(leaves[0], 0, size - 1, list(proof), roots[size - 1])


def test_a_settlement_change_is_found_by_settlement_and_status_or_audit_sequence(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    pod = milestones(payment, seeded.intent_id)["POD_CONFIRMED"]
    by_change = payment.GetInclusionProof(
        pb.GetInclusionProofRequest(
            settlement_change=pb.SettlementChange(settlement_id=pod.settlement_id, status=pb.MILESTONE_STATUS_APPROVED)
        )
    )
    assert by_change.audit_entry.settlement_id == pod.settlement_id
    assert by_change.audit_entry.to_status == "MILESTONE_STATUS_APPROVED"
    by_sequence = payment.GetInclusionProof(pb.GetInclusionProofRequest(audit_sequence=by_change.audit_entry.sequence))
    assert by_sequence == by_change
    version, fields = decode_leaf(by_change.leaf)
    values = dict(fields)
    assert (version, values["settlement_id"], values["to_status"], values["amount_minor"]) == (1, pod.settlement_id, "APPROVED", 700_004)
    assert (values["journal_count"], values["j0_kind"], values["j0_amount_minor"]) == (1, "RELEASE", 700_004)
    assert [values["j0_e0_amount_minor"], values["j0_e1_amount_minor"]] == [-700_004, 700_004]
    head = parse_and_verify_checkpoint(by_change.signed_tree_head.checkpoint, stack.pay_config.log_signing_key.public_key())
    verify_inclusion(leaf_hash(by_change.leaf), by_change.leaf_index, head.tree_size, list(by_change.audit_path), head.root_hash)


def test_bad_and_impossible_requests_are_refused_with_their_reason(stack):
    payment = stack.payment_stub()
    seed(stack.freight_stub(), payment, "LOW")  # 2 leaves
    cases = [
        (pb.GetInclusionProofRequest(), grpc.StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT", "leaf_index"),
        (pb.GetInclusionProofRequest(leaf_index=-1), grpc.StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT", "leaf_index"),
        (pb.GetInclusionProofRequest(leaf_index=0, tree_size=-2), grpc.StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT", "tree_size"),
        (
            pb.GetInclusionProofRequest(settlement_change=pb.SettlementChange(settlement_id="ms_x")),
            grpc.StatusCode.INVALID_ARGUMENT,
            "INVALID_ARGUMENT",
            "settlement_change.status",
        ),
        (pb.GetInclusionProofRequest(leaf_index=2), grpc.StatusCode.NOT_FOUND, "LOG_LEAF_NOT_FOUND", None),
        (pb.GetInclusionProofRequest(audit_sequence=99), grpc.StatusCode.NOT_FOUND, "AUDIT_ENTRY_NOT_FOUND", None),
        (
            pb.GetInclusionProofRequest(settlement_change=pb.SettlementChange(settlement_id="ms_x", status=pb.MILESTONE_STATUS_SETTLED)),
            grpc.StatusCode.NOT_FOUND,
            "SETTLEMENT_CHANGE_NOT_FOUND",
            None,
        ),
        (pb.GetInclusionProofRequest(leaf_index=1, tree_size=1), grpc.StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT", "tree_size"),
        (pb.GetInclusionProofRequest(leaf_index=0, tree_size=3), grpc.StatusCode.FAILED_PRECONDITION, "TREE_SIZE_BEYOND_LOG", None),
        (pb.GetConsistencyProofRequest(), grpc.StatusCode.INVALID_ARGUMENT, "INVALID_ARGUMENT", "first_tree_size"),
        (
            pb.GetConsistencyProofRequest(first_tree_size=2, second_tree_size=1),
            grpc.StatusCode.INVALID_ARGUMENT,
            "INVALID_ARGUMENT",
            "second_tree_size",
        ),
        (pb.GetConsistencyProofRequest(first_tree_size=3), grpc.StatusCode.FAILED_PRECONDITION, "TREE_SIZE_BEYOND_LOG", None),
        (
            pb.GetConsistencyProofRequest(first_tree_size=1, second_tree_size=3),
            grpc.StatusCode.FAILED_PRECONDITION,
            "TREE_SIZE_BEYOND_LOG",
            None,
        ),
    ]
    for request, code, reason, field in cases:
        method = payment.GetInclusionProof if isinstance(request, pb.GetInclusionProofRequest) else payment.GetConsistencyProof
        error = call_error(method, request)
        assert (error.code, error.reason) == (code, reason), request
        if field:
            assert field in error.fields, (request, error.fields)
    # The equal-size proof is empty, and valid.
    reply = payment.GetConsistencyProof(pb.GetConsistencyProofRequest(first_tree_size=2, second_tree_size=2))
    assert list(reply.proof) == [] and reply.signed_tree_head.tree_size == 2


def test_without_a_signing_key_the_log_is_kept_but_its_rpcs_are_failed_precondition(stack):
    stack.stop_pay()
    stack.pay_config = dataclasses.replace(stack.pay_config, log_signing_key=None)
    stack.restart_pay()
    payment = stack.payment_stub()
    seed(stack.freight_stub(), payment, "LOW")
    for method, request in (
        (payment.GetSignedTreeHead, pb.GetSignedTreeHeadRequest()),
        (payment.GetInclusionProof, pb.GetInclusionProofRequest(leaf_index=0)),
        (payment.GetConsistencyProof, pb.GetConsistencyProofRequest(first_tree_size=1)),
    ):
        error = call_error(method, request)
        assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "LOG_SIGNING_KEY_MISSING")
        assert "--log-signing-key" in error.message
    stack.pay.log_integrator.run_once()
    assert read_log(stack.pay.db).state_size == 2 and log_violations(stack.pay.db) == []


def test_a_log_switched_off_catches_up_when_pay_starts_with_it_on(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seed(freight, payment, "LOW", reference="BOL-before")
    stack.pay.log_integrator.run_once()
    on_config = stack.pay_config
    stack.stop_pay()
    stack.pay_config = dataclasses.replace(on_config, transparency_log=False)
    stack.restart_pay()
    payment = stack.payment_stub()
    seeded = seed(freight, payment, "LOW", reference="BOL-while-off")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()
    error = call_error(payment.GetSignedTreeHead, pb.GetSignedTreeHeadRequest())
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "TRANSPARENCY_LOG_OFF")
    view = read_log(stack.pay.db)
    assert view.state_size == 2 < len(view.audit_sequences)

    stack.stop_pay()
    stack.pay_config = on_config
    stack.restart_pay()
    assert log_violations(stack.pay.db) == []
    record(freight, seeded.shipment_id, PICKUP)  # appends go on after the caught-up rows
    stack.deliver_events()
    stack.pay.log_integrator.run_once()
    view = read_log(stack.pay.db)
    assert log_violations(stack.pay.db) == [] and _head(stack).root_hash == view.rebuilt_root


def test_migration_backfills_the_log_of_an_existing_database(stack):
    varied_history(stack, intents=3)
    stack.pay.log_integrator.run_once()
    live = read_log(stack.pay.db)
    url = stack.pay_config.db_url
    stack.stop_pay()
    stack.pay.db.dispose()
    pay_migrate.downgrade(url, "0003_notifications")  # as the database was before this feature
    engine = create_engine(url)
    try:
        assert "merkle_leaves" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    pay_migrate.upgrade(url)
    stack.restart_pay()
    backfilled = read_log(stack.pay.db)
    assert log_violations(stack.pay.db) == []
    # The history's writes are told apart by their times, so the backfill even groups every
    # journal with the row the live writes chose: the same leaves, the same root.
    assert backfilled.stored_hashes == live.stored_hashes
    assert _head(stack).root_hash == live.state_root


@pytest.mark.parametrize("backend", ["postgresql"])
def test_concurrent_writers_and_integrators_in_two_pay_processes_log_in_audit_order(stack, backend):
    """Two pay servers on one database (as two processes would be), six writer threads, both
    servers' log integrators running meanwhile."""
    freight = stack.freight_stub()
    config = stack.pay_config
    second = build_payment_server(
        dataclasses.replace(config, server=dataclasses.replace(config.server, port=free_port())), clock=stack.clock
    )
    second.start()
    integrators = [stack.pay.log_integrator, second.log_integrator]
    for integrator in integrators:  # both integrating while the writers write
        integrator.interval_seconds = 0.01
        integrator.start()
    try:
        payments = [stack.payment_stub(), payment_pb2_grpc.PaymentServiceStub(stack.channel(second.port))]
        seeded = [seed(freight, payments[n % 2], "LOW", reference=f"BOL-C{n}") for n in range(12)]
        start = threading.Barrier(6)

        def write(worker: int) -> None:
            payment = payments[worker % 2]
            start.wait()
            for n in range(worker, len(seeded), 6):
                for event_type in (POD, PICKUP):
                    payment.ProcessShipmentEvent(
                        pb.ProcessShipmentEventRequest(
                            event_id=f"sev_c{n}_{event_type}",
                            shipment_id=seeded[n].shipment_id,
                            event_type=event_type,
                            occurred_at=to_timestamp(stack.clock.now()),
                        )
                    )
                payment.CompleteSettlement(pb.CompleteSettlementRequest(intent_id=seeded[n].intent_id))

        with ThreadPoolExecutor(6) as pool:
            list(pool.map(write, range(6)))
    finally:
        for integrator in integrators:
            integrator.stop(timeout=10)
        second.stop(grace=0)
    stack.pay.log_integrator.run_once()  # what the last cycles left
    assert log_violations(stack.pay.db) == []
    view = read_log(stack.pay.db)
    assert len(view.audit_sequences) >= 12 * 5
    assert _head(stack).root_hash == view.rebuilt_root


@pytest.mark.parametrize("problem", ["missing", "not a key", "bad origin"])
def test_pay_refuses_to_start_with_an_unusable_signing_key(tmp_path, problem):
    key = tmp_path / "log.pem"
    origin = "chainbridge.example/pay-log"
    if problem == "not a key":
        key.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    elif problem == "bad origin":
        write_key_pair(generate_log_key(), key, tmp_path / "log.pub")
        origin = "pay log"  # a space: not a key name
    result = subprocess.run(
        [sys.executable, "-m", "pay_server", "serve", "--port", str(free_port()), "--db-url", f"sqlite:///{tmp_path}/p.db"]
        + ["--log-signing-key", str(key), "--log-origin", origin],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "GRPC_VERBOSITY": "ERROR"},
    )
    assert result.returncode == 2, result.stderr
    assert f"--log-signing-key {key}" in result.stderr
    assert not (tmp_path / "p.db").exists()  # refused before touching the database


def test_a_change_joins_the_log_after_its_commit_and_every_head_covers_it(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    before = _head(stack)
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()  # the POD's changes commit...
    view = read_log(stack.pay.db)
    assert view.state_size == before.tree_size < len(view.audit_sequences)  # ...outside the log for now
    pod = milestones(payment, seeded.intent_id)["POD_CONFIRMED"]
    change = pb.SettlementChange(settlement_id=pod.settlement_id, status=pb.MILESTONE_STATUS_APPROVED)
    proof = payment.GetInclusionProof(pb.GetInclusionProofRequest(settlement_change=change))  # integrates first
    head = parse_and_verify_checkpoint(proof.signed_tree_head.checkpoint, stack.pay_config.log_signing_key.public_key())
    assert head.tree_size == len(view.audit_sequences)
    verify_inclusion(leaf_hash(proof.leaf), proof.leaf_index, head.tree_size, list(proof.audit_path), head.root_hash)
    assert stack.pay.log_integrator.run_once() == 0  # nothing left for the integrator
    assert log_violations(stack.pay.db) == []


def test_the_integrator_appends_this_process_writes_without_reading_them_back(stack, monkeypatch):
    import pay_server.storage.transparency as storage

    rows_read: list[int] = []
    read_rows = storage.audit_records_after

    def counted(*args, **kwargs):
        rows = read_rows(*args, **kwargs)
        rows_read.append(len(rows))
        return rows

    monkeypatch.setattr(storage, "audit_records_after", counted)
    varied_history(stack, intents=2)
    appended = stack.pay.log_integrator.run_once()
    # Every leaf came from the writes' own rows; the one read found nothing more to append.
    assert appended > 10 and sum(rows_read) == 0
    assert log_violations(stack.pay.db) == []  # and they are exactly the leaves the rows give

    # A row this process did not write (as another replica's) is read from the database.
    with stack.pay.db.engine.begin() as conn:
        conn.execute(
            storage.audit_log.insert().values(
                intent_id="pi_other", shipment_id="shp_other", from_status="", to_status="AWAITING_SCHEDULE", amount_minor=5,
                currency="USD", actor="replica-2", reason="", source_event_id="", create_time_us=1,
            )
        )  # fmt: skip
    varied_history(stack, intents=1)  # this process's writes after it
    assert stack.pay.log_integrator.run_once() > 1 and sum(rows_read) >= 1
    assert log_violations(stack.pay.db) == []
