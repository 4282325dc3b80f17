"""`chainbridge verify`: check pay's transparency log with nothing but the log's public key.

    chainbridge verify --public-key var/dev-log-key.pub                      # the latest tree head's signature
        [--head saved.head]                                                  # ...and that the log still extends a head saved earlier
        [--settlement ms_... --status SETTLED | --audit-sequence N]          # ...and that this change is in the log
        [--full --db-url URL]                                                # ...and rebuild every leaf from pay's rows
        [--save-head saved.head]                                             # then save the latest head (only if all passed)

Everything the server sends is checked here: signatures (Ed25519, C2SP signed notes), inclusion
and consistency proofs (RFC 9162), leaf contents. Exit codes: 0 every check passed; 1 a check
failed (the log or the database is not what pay committed to); 2 bad usage or unreadable local
file; 3 pay or the database could not be asked (unreachable, RPC error).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import grpc
from chainbridge.payment.v1 import payment_pb2 as pb
from chainbridge.payment.v1 import payment_pb2_grpc
from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError

from chainbridge_common.runtime.timestamps import to_micros
from chainbridge_common.transparency.checkpoint import Checkpoint, CheckpointError, load_public_key, parse_and_verify_checkpoint
from chainbridge_common.transparency.leaf import LeafEncodingError, LeafValue, decode_leaf
from chainbridge_common.transparency.merkle import InvalidProofError, leaf_hash, root_from_leaves, verify_consistency, verify_inclusion

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3
DEFAULT_ORIGIN = "chainbridge.example/pay-log"
STATUSES = ("PENDING", "DELAYED", "APPROVED", "SETTLED", "REJECTED", "CANCELLED")


class VerificationFailed(Exception):
    """What pay or its database shows is not what the log committed to."""


class CannotCheck(Exception):
    """A local file is unusable (exit 2)."""


def add_parser(commands) -> None:
    verify = commands.add_parser(
        "verify",
        help="check pay's transparency log: signed tree heads, inclusion, consistency, a full audit",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument(
        "--payment",
        default=os.environ.get("PAYMENT_SERVICE_ADDR", "127.0.0.1:50052"),
        help="PaymentService address [env PAYMENT_SERVICE_ADDR]",
    )
    verify.add_argument("--public-key", type=Path, required=True, help="the log's Ed25519 public key (SubjectPublicKeyInfo PEM)")
    verify.add_argument("--origin", default=DEFAULT_ORIGIN, help="the log's origin (the first line of its tree heads)")
    verify.add_argument("--ca", type=Path, help="PEM CA to verify pay's TLS certificate with (TLS; plaintext without)")
    verify.add_argument("--token-file", type=Path, help="file holding a bearer token to call pay with (needs --ca)")
    verify.add_argument("--head", type=Path, help="a tree head saved earlier (--save-head): check the log still extends it")
    verify.add_argument("--save-head", type=Path, help="once every check passed, save the latest tree head to this file")
    verify.add_argument("--settlement", help="check that this milestone settlement's change to --status is in the log")
    verify.add_argument("--status", type=str.upper, choices=STATUSES, help="the status of --settlement's change")
    verify.add_argument("--audit-sequence", type=int, help="check that the audit row with this sequence is in the log")
    verify.add_argument("--full", action="store_true", help="rebuild every leaf from pay's database rows and the root from them")
    verify.add_argument("--db-url", default=os.environ.get("PAYMENT_DB_URL", ""), help="pay's database, for --full [env PAYMENT_DB_URL]")
    verify.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if (args.settlement is None) != (args.status is None):
        print("chainbridge verify: --settlement and --status go together", file=sys.stderr)
        return EXIT_USAGE
    if args.settlement and args.audit_sequence is not None:
        print("chainbridge verify: give --settlement/--status or --audit-sequence, not both", file=sys.stderr)
        return EXIT_USAGE
    if args.full and not args.db_url:
        print("chainbridge verify: --full needs --db-url (pay's database)", file=sys.stderr)
        return EXIT_USAGE
    try:
        checker = Checker(args)
        with checker.channel:
            checker.run()
    except CannotCheck as error:
        print(f"chainbridge verify: {error}", file=sys.stderr)
        return EXIT_USAGE
    except VerificationFailed as error:
        print(f"FAILED: {error}")
        return EXIT_FAILED
    except grpc.RpcError as error:
        print(f"chainbridge verify: pay at {args.payment} answered {error.code().name}: {error.details()}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except SQLAlchemyError as error:
        print(f"chainbridge verify: cannot read the database: {error.__class__.__name__}: {str(error).splitlines()[0]}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    return EXIT_OK


@dataclass(frozen=True)
class Head:
    checkpoint: Checkpoint
    note: str


class Checker:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        try:
            self.public_key = load_public_key(args.public_key)
        except (OSError, ValueError, CheckpointError) as error:
            raise CannotCheck(f"--public-key {args.public_key}: {error}") from None
        self.saved: Head | None = None
        if args.head is not None:
            try:
                note = args.head.read_text(encoding="utf-8")
            except OSError as error:
                raise CannotCheck(f"--head {args.head}: {error}") from None
            self.saved = Head(self._checked(note, f"the saved head {args.head}"), note)
        self.channel = self._open_channel()
        self.stub = payment_pb2_grpc.PaymentServiceStub(self.channel)

    def _open_channel(self) -> grpc.Channel:
        args = self.args
        if args.token_file is not None and args.ca is None:
            raise CannotCheck("--token-file needs --ca: a bearer token is only sent over TLS")
        if args.ca is None:
            return grpc.insecure_channel(args.payment)
        try:
            credentials = grpc.ssl_channel_credentials(root_certificates=args.ca.read_bytes())
            if args.token_file is not None:
                token = args.token_file.read_text().strip()
                credentials = grpc.composite_channel_credentials(credentials, grpc.access_token_call_credentials(token))
        except OSError as error:
            raise CannotCheck(str(error)) from None
        return grpc.secure_channel(args.payment, credentials)

    def _checked(self, note: str, what: str) -> Checkpoint:
        try:
            return parse_and_verify_checkpoint(note, self.public_key, origin=self.args.origin)
        except CheckpointError as error:
            raise VerificationFailed(f"{what} is not a tree head signed by this key for {self.args.origin}: {error}") from None

    def _head(self, proto: pb.SignedTreeHead, what: str) -> Head:
        return Head(self._checked(proto.checkpoint, what), proto.checkpoint)

    def run(self) -> None:
        latest = self._head(
            self.stub.GetSignedTreeHead(pb.GetSignedTreeHeadRequest(), timeout=10).signed_tree_head, "pay's latest tree head"
        )
        print(f"ok: tree head signed by the log key: {_describe(latest.checkpoint)}")
        if self.saved is not None:
            self.check_consistency(self.saved, latest)
        if self.args.settlement or self.args.audit_sequence is not None:
            self.check_inclusion(latest)
        if self.args.full:
            self.check_full(latest)
        if self.args.save_head is not None:
            self.args.save_head.parent.mkdir(parents=True, exist_ok=True)
            self.args.save_head.write_text(latest.note, encoding="utf-8")
            print(f"saved the tree head of size {latest.checkpoint.tree_size} to {self.args.save_head}")

    # ------------------------------------------------------------ consistency

    def check_consistency(self, saved: Head, latest: Head) -> None:
        old, new = saved.checkpoint, latest.checkpoint
        if old.tree_size > new.tree_size:
            raise VerificationFailed(f"the log shrank: the saved head has {old.tree_size} leaves, the latest {new.tree_size}")
        proof: list[bytes] = []
        if old.tree_size:
            reply = self.stub.GetConsistencyProof(
                pb.GetConsistencyProofRequest(first_tree_size=old.tree_size, second_tree_size=new.tree_size), timeout=10
            )
            answered = self._head(reply.signed_tree_head, "the consistency proof's tree head")
            if (answered.checkpoint.tree_size, answered.checkpoint.root_hash) != (new.tree_size, new.root_hash):
                raise VerificationFailed("the consistency proof is for another tree than the latest head")
            proof = list(reply.proof)
        try:
            verify_consistency(old.tree_size, new.tree_size, proof, old.root_hash, new.root_hash)
        except InvalidProofError as error:
            raise VerificationFailed(
                f"the log does not extend the head saved in {self.args.head} ({_describe(old)}): {error}."
                " History was rewritten, or the log forked."
            ) from None
        print(f"ok: the log extends the saved head ({old.tree_size} -> {new.tree_size} leaves; consistency proof of {len(proof)} hashes)")

    # ------------------------------------------------------------ inclusion

    def check_inclusion(self, latest: Head) -> None:
        size, root = latest.checkpoint.tree_size, latest.checkpoint.root_hash
        request = pb.GetInclusionProofRequest(tree_size=size)
        if self.args.settlement:
            request.settlement_change.settlement_id = self.args.settlement
            request.settlement_change.status = pb.MilestoneStatus.Value(f"MILESTONE_STATUS_{self.args.status}")
            wanted = f"settlement {self.args.settlement} -> {self.args.status}"
        else:
            request.audit_sequence = self.args.audit_sequence
            wanted = f"audit row {self.args.audit_sequence}"
        reply = self.stub.GetInclusionProof(request, timeout=10)
        answered = self._head(reply.signed_tree_head, "the inclusion proof's tree head")
        if (answered.checkpoint.tree_size, answered.checkpoint.root_hash) != (size, root):
            raise VerificationFailed("the inclusion proof is for another tree than the latest head")
        try:
            verify_inclusion(leaf_hash(reply.leaf), reply.leaf_index, size, list(reply.audit_path), root)
        except InvalidProofError as error:
            raise VerificationFailed(f"the leaf pay returned for {wanted} is not in the signed tree: {error}") from None
        fields = _decoded(reply.leaf, f"leaf {reply.leaf_index}")
        if self.args.settlement:
            matches = fields.get("settlement_id") == self.args.settlement and fields.get("to_status") == self.args.status
        else:
            matches = fields.get("sequence") == self.args.audit_sequence
        if not matches:
            raise VerificationFailed(f"pay proved leaf {reply.leaf_index}, which is not {wanted}: {_summary(fields)}")
        print(f"ok: {wanted} is leaf {reply.leaf_index} of the signed tree (audit path of {len(reply.audit_path)} hashes)")
        print(f"    {_summary(fields)}")
        for line in _journal_lines(fields):
            print(f"    {line}")
        self._compare_with_history(fields, reply.leaf_index)

    def _compare_with_history(self, fields: dict[str, LeafValue], leaf_index: int) -> None:
        """What pay shows for this change now (GetSettlementHistory) must be what the leaf records."""
        sequence = fields["sequence"]
        page_token = ""
        while True:
            reply = self.stub.GetSettlementHistory(
                pb.GetSettlementHistoryRequest(intent_id=str(fields["intent_id"]), page_size=100, page_token=page_token), timeout=10
            )
            shown = next((entry for entry in reply.entries if entry.sequence == sequence), None)
            if shown is not None or not reply.next_page_token:
                break
            page_token = reply.next_page_token
        if shown is None:
            raise VerificationFailed(f"pay's settlement history no longer shows audit row {sequence} (leaf {leaf_index})")
        now = {
            "settlement_id": shown.settlement_id or None,
            "from_status": _bare_status(shown.from_status),
            "to_status": _bare_status(shown.to_status),
            "amount_minor": shown.amount.amount_minor,
            "currency": shown.amount.currency,
            "actor": shown.actor,
            "reason": shown.reason,
            "source_event_id": shown.source_event_id,
            "create_time_us": shown.create_time.seconds * 1_000_000 + shown.create_time.nanos // 1000,
        }
        logged = {name: fields.get(name) for name in now if name != "create_time_us"}
        create_time = fields.get("create_time")
        logged["create_time_us"] = to_micros(create_time) if create_time is not None else None  # type: ignore[arg-type]
        differences = [f"{name}: pay shows {now[name]!r}, the log {logged[name]!r}" for name in now if now[name] != logged[name]]
        if differences:
            raise VerificationFailed(
                f"audit row {sequence} (leaf {leaf_index}) is not what the log committed to: " + "; ".join(differences)
            )
        print("ok: pay's settlement history shows this change exactly as logged")

    # ------------------------------------------------------------ full audit

    def check_full(self, latest: Head) -> None:
        # Imported here: only the full audit reads pay's database, with pay's own row readers.
        from pay_server.storage.transparency import all_journal_ids, iter_stored_leaves, unlogged_audit_sequences

        engine = create_engine(self.args.db_url)
        problems: list[str] = []
        rebuilt: list[bytes] = []
        stored: list[bytes] = []
        first_bad: str | None = None
        coverage: Counter[str] = Counter()
        try:
            isolation = "REPEATABLE READ" if engine.dialect.name == "postgresql" else "SERIALIZABLE"
            with engine.connect().execution_options(isolation_level=isolation) as conn, conn.begin():
                for leaf in iter_stored_leaves(conn):
                    if leaf.leaf_index != len(stored):
                        raise VerificationFailed(f"the database's log has no leaf {len(stored)} (the next one stored is {leaf.leaf_index})")
                    coverage.update(leaf.journal_ids)
                    stored.append(leaf.leaf_hash)
                    if leaf.leaf is None:
                        rebuilt.append(b"")
                        first_bad = (
                            first_bad or f"leaf {leaf.leaf_index} (audit sequence {leaf.audit_sequence}): its {leaf.missing} is gone"
                        )
                        continue
                    hashed = leaf_hash(leaf.leaf)
                    rebuilt.append(hashed)
                    if hashed != leaf.leaf_hash and first_bad is None:
                        now = _decoded(leaf.leaf, f"leaf {leaf.leaf_index}")
                        first_bad = (
                            f"leaf {leaf.leaf_index} (audit sequence {leaf.audit_sequence}) does not match its rows: they hash to "
                            f"{hashed.hex()[:16]}..., the log recorded {leaf.leaf_hash.hex()[:16]}... Its rows now say: "
                            + "; ".join([_summary(now), *_journal_lines(now)])
                        )
                unlogged = unlogged_audit_sequences(conn)
                journal_ids = list(all_journal_ids(conn))
        finally:
            engine.dispose()
        if first_bad:
            problems.append(first_bad)
        if unlogged:
            problems.append(f"audit rows in no leaf: sequence {', '.join(map(str, unlogged))}")
        uncovered = [journal_id for journal_id in journal_ids if journal_id not in coverage]
        if uncovered:
            problems.append(f"ledger journals no leaf covers: {', '.join(uncovered[:10])}")
        twice = [journal_id for journal_id, count in coverage.items() if count > 1]
        if twice:
            problems.append(f"ledger journals covered by more than one leaf: {', '.join(twice[:10])}")
        for head, name in ((latest, "latest"), (self.saved, "saved")):
            if head is None:
                continue
            size = head.checkpoint.tree_size
            if size > len(stored):
                problems.append(f"the {name} head has {size} leaves, the database {len(stored)}: leaves were deleted")
                continue
            if not first_bad and root_from_leaves(rebuilt[:size]) != head.checkpoint.root_hash:
                problems.append(f"the rows do not produce the root of the {name} head ({_describe(head.checkpoint)})")
            elif root_from_leaves(stored[:size]) != head.checkpoint.root_hash:
                problems.append(f"the stored leaves do not produce the root of the {name} head ({_describe(head.checkpoint)})")
        if problems:
            raise VerificationFailed("full audit: " + "\n        ".join(problems))
        print(f"ok: full audit: {len(stored)} leaves rebuilt from their rows, every audit row and journal covered once; the roots match")


# ---------------------------------------------------------------- leaves for people


def _decoded(leaf: bytes, what: str) -> dict[str, LeafValue]:
    try:
        version, fields = decode_leaf(leaf)
    except LeafEncodingError as error:
        raise VerificationFailed(f"{what} is not a canonical leaf: {error}") from None
    if version != 1:
        raise VerificationFailed(f"{what} has leaf version {version}; this verifier reads version 1")
    return dict(fields)


def _summary(fields: dict[str, LeafValue]) -> str:
    subject = f"settlement {fields.get('settlement_id')}" if fields.get("settlement_id") else f"intent {fields.get('intent_id')}"
    moved = f"{fields.get('from_status') or '(new)'} -> {fields.get('to_status')}"
    when = fields.get("create_time")
    when_text = when.isoformat() if hasattr(when, "isoformat") else when
    return (
        f"audit row {fields.get('sequence')}: {subject} {moved}, {fields.get('amount_minor')} {fields.get('currency')} (minor units), "
        f"by {fields.get('actor')} at {when_text}; {fields.get('journal_count')} journal(s)"
    )


def _journal_lines(fields: dict[str, LeafValue]) -> list[str]:
    lines = []
    count = fields.get("journal_count")
    for k in range(count if isinstance(count, int) else 0):
        entries = ", ".join(
            f"{fields.get(f'j{k}_e{m}_account')} {fields.get(f'j{k}_e{m}_amount_minor'):+}"  # type: ignore[str-format]
            for m in range(int(fields.get(f"j{k}_entry_count") or 0))  # type: ignore[arg-type]
        )
        lines.append(
            f"journal {fields.get(f'j{k}_journal_id')}: {fields.get(f'j{k}_kind')} {fields.get(f'j{k}_amount_minor')} "
            f"{fields.get(f'j{k}_currency')} ({entries})"
        )
    return lines


def _bare_status(name: str) -> str:
    return name.removeprefix("MILESTONE_STATUS_").removeprefix("PAYMENT_INTENT_STATUS_")


def _describe(checkpoint: Checkpoint) -> str:
    return f"size {checkpoint.tree_size}, root {checkpoint.root_hash.hex()}, signed {checkpoint.timestamp.isoformat()}"
