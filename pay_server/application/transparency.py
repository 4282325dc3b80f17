"""The transparency log (docs/transparency.md): integrating the audit trail into it, signed
tree heads, inclusion proofs of audit rows and consistency proofs between tree sizes. Audit
rows become leaves a moment after their commit (the log integrator, pay_server/workers), and
before the latest head or a proof against it is served, so those cover every change committed
before the call.

Heads are signed on demand with the log's Ed25519 key: the latest one is kept and signed again
only once the tree has grown, so clients polling an idle log see one head.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.errors import FailedPrecondition, InvalidArgument, NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.transparency.checkpoint import sign_checkpoint
from chainbridge_common.transparency.merkle import CompactRange, consistency_proof, inclusion_proof
from pay_server.application.ports import PaymentUnitOfWork, TransparencyLogRepository
from pay_server.domain.audit import AuditEntry
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.domain.transparency import audit_entry_of

DEFAULT_LOG_ORIGIN = "chainbridge.example/pay-log"


@dataclass(frozen=True)
class SignedTreeHead:
    """A checkpoint note (the signed text and its signature) and what it says."""

    note: str
    origin: str
    tree_size: int
    root_hash: bytes
    timestamp: datetime


@dataclass(frozen=True)
class InclusionProof:
    leaf_index: int
    leaf: bytes
    audit_path: list[bytes]
    head: SignedTreeHead
    entry: AuditEntry


@dataclass(frozen=True)
class ConsistencyProof:
    first_tree_size: int
    proof: list[bytes]
    head: SignedTreeHead


@dataclass(frozen=True)
class LeafTarget:
    """Which audit row to prove: exactly one of the three."""

    leaf_index: int | None = None
    audit_sequence: int | None = None
    settlement_change: tuple[str, MilestoneStatus] | None = None


class TreeHeadSigner:
    """Signs checkpoints as `origin` with the log's key, at the clock's time."""

    def __init__(self, private_key: Ed25519PrivateKey, clock: Clock, origin: str = DEFAULT_LOG_ORIGIN):
        self._key = private_key
        self.clock = clock
        self.origin = origin
        self._latest: SignedTreeHead | None = None
        self._lock = threading.Lock()

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self._key.public_key()

    def head(self, tree_size: int, root_hash: bytes) -> SignedTreeHead:
        """The head of this tree: the latest one again if the tree has not changed."""
        with self._lock:
            latest = self._latest
            if latest is not None and (latest.tree_size, latest.root_hash) == (tree_size, root_hash):
                return latest
        now = self.clock.now()
        head = SignedTreeHead(sign_checkpoint(self.origin, tree_size, root_hash, now, self._key), self.origin, tree_size, root_hash, now)
        with self._lock:
            if self._latest is None or tree_size >= self._latest.tree_size:
                self._latest = head
        return head


class TransparencyLog:
    def __init__(self, transactions: Transactions[PaymentUnitOfWork], signer: TreeHeadSigner | None, *, enabled: bool = True):
        self.transactions = transactions
        self.signer = signer
        self.enabled = enabled

    def _ready_signer(self) -> TreeHeadSigner:
        if not self.enabled:
            raise FailedPrecondition("the transparency log is off on this server (--transparency-log off)", reason="TRANSPARENCY_LOG_OFF")
        if self.signer is None:
            raise FailedPrecondition(
                "this server has no key to sign tree heads with: start pay with --log-signing-key FILE (scripts/make_dev_log_key makes one)",
                reason="LOG_SIGNING_KEY_MISSING",
            )
        return self.signer

    def integrate(self, *, max_rows: int = 1000) -> int:
        """Append the audit rows the log does not hold yet (the log integrator runs this a
        moment after commits); returns how many."""
        if not self.enabled:
            return 0
        total = 0
        while self.transactions.read(lambda uow: uow.transparency.behind()):
            appended = self.transactions.write(lambda uow: uow.transparency.integrate(max_rows))
            total += appended
            if appended < max_rows:
                break
        return total

    def signed_tree_head(self) -> SignedTreeHead:
        """The log's latest tree head, signed: it covers every change committed before the call."""
        signer = self._ready_signer()
        self.integrate()
        size, root = self.transactions.read(lambda uow: uow.transparency.tree_head())
        return signer.head(size, root)

    def inclusion(self, target: LeafTarget, *, tree_size: int = 0) -> InclusionProof:
        """The leaf of an audit row, its audit path in the tree of `tree_size` leaves (0: the
        latest) and that tree's signed head."""
        signer = self._ready_signer()
        self.integrate()  # the log holds every change committed before the call

        def read(uow: PaymentUnitOfWork) -> tuple[int, int, bytes, bytes, list[bytes], AuditEntry]:
            log = uow.transparency
            size, root = _tree(log, tree_size)  # first: everything a tree of this size needs is stored already
            index = _leaf_index(log, target)
            if index >= size and not tree_size:
                raise NotFound("log leaf", str(index), reason="LOG_LEAF_NOT_FOUND")
            if index >= size:
                raise InvalidArgument.single(
                    "tree_size", f"leaf {index} is not in the tree of size {size}; ask for a larger tree (0: the latest)"
                )
            leaf = log.leaf(index)
            if leaf is None:
                raise NotFound("log leaf", str(index), reason="LOG_LEAF_NOT_FOUND")
            if leaf.leaf is None or leaf.record is None:
                raise FailedPrecondition(
                    f"leaf {index} records {leaf.missing or 'a row'}, which the database no longer holds", reason="LOG_ROW_MISSING"
                )
            return index, size, root, leaf.leaf, inclusion_proof(index, size, log), audit_entry_of(leaf.record)

        index, size, root, leaf_bytes, path, entry = self.transactions.read(read)
        return InclusionProof(index, leaf_bytes, path, signer.head(size, root), entry)

    def consistency(self, first_tree_size: int, second_tree_size: int = 0) -> ConsistencyProof:
        """The proof that the tree of `second_tree_size` leaves (0: the latest) extends the one
        of `first_tree_size`, with the second tree's signed head."""
        signer = self._ready_signer()
        self.integrate()

        def read(uow: PaymentUnitOfWork) -> tuple[int, bytes, list[bytes]]:
            log = uow.transparency
            size, root = _tree(log, second_tree_size)
            if first_tree_size > size:
                raise FailedPrecondition(
                    f"first_tree_size {first_tree_size} is beyond the tree of size {size}", reason="TREE_SIZE_BEYOND_LOG"
                )
            return size, root, consistency_proof(first_tree_size, size, log)

        size, root, proof = self.transactions.read(read)
        return ConsistencyProof(first_tree_size, proof, signer.head(size, root))


def _tree(log: TransparencyLogRepository, tree_size: int) -> tuple[int, bytes]:
    """(size, root) of the latest tree (tree_size 0) or of an earlier one, from stored nodes."""
    size, root = log.tree_head()
    if tree_size == 0 or tree_size == size:
        return size, root
    if tree_size > size:
        raise FailedPrecondition(f"the log has {size} leaves, fewer than tree size {tree_size}", reason="TREE_SIZE_BEYOND_LOG")
    return tree_size, CompactRange.from_reader(tree_size, log).root()


def _leaf_index(log: TransparencyLogRepository, target: LeafTarget) -> int:
    if target.leaf_index is not None:
        return target.leaf_index
    if target.audit_sequence is not None:
        index = log.leaf_index_of_sequence(target.audit_sequence)
        if index is None:
            raise NotFound("audit entry", str(target.audit_sequence), reason="AUDIT_ENTRY_NOT_FOUND")
        return index
    assert target.settlement_change is not None
    settlement_id, status = target.settlement_change
    sequence = log.sequence_of_settlement_change(settlement_id, status.value)
    if sequence is None:
        raise NotFound("settlement change", f"{settlement_id} to {status.value}", reason="SETTLEMENT_CHANGE_NOT_FOUND")
    index = log.leaf_index_of_sequence(sequence)
    if index is None:
        raise NotFound("audit entry", str(sequence), reason="AUDIT_ENTRY_NOT_FOUND")
    return index
