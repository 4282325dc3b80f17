"""The transparency log's RPCs (a mixin of PaymentServicer): signed tree heads, inclusion and
consistency proofs. Read-only; clients verify what they get (chainbridge verify)."""

from __future__ import annotations

from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.errors import Violations
from chainbridge_common.runtime.timestamps import to_timestamp
from chainbridge_common.runtime.validation import check_id, enum_from_proto
from pay_server.application.transparency import LeafTarget, SignedTreeHead
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.rpc import convert

# Sizes and indices are RFC 9162 uint64s, carried as int64: negative ones are refused.
_MAX = 2**63 - 1


def head_to_proto(head: SignedTreeHead) -> pb.SignedTreeHead:
    return pb.SignedTreeHead(
        checkpoint=head.note, origin=head.origin, tree_size=head.tree_size, root_hash=head.root_hash, timestamp=to_timestamp(head.timestamp)
    )


def _not_negative(violations: Violations, name: str, value: int) -> None:
    violations.check(0 <= value <= _MAX, name, "must not be negative")


class TransparencyRpcs:
    """GetSignedTreeHead, GetInclusionProof, GetConsistencyProof (uses `self.app`)."""

    def GetSignedTreeHead(self, request: pb.GetSignedTreeHeadRequest, context) -> pb.GetSignedTreeHeadResponse:
        return pb.GetSignedTreeHeadResponse(signed_tree_head=head_to_proto(self.app.transparency.signed_tree_head()))  # type: ignore[attr-defined]

    def GetInclusionProof(self, request: pb.GetInclusionProofRequest, context) -> pb.GetInclusionProofResponse:
        violations = Violations()
        which = request.WhichOneof("entry")
        target = LeafTarget()
        if which is None:
            violations.add("leaf_index", "one of leaf_index, audit_sequence or settlement_change is required")
        elif which == "leaf_index":
            _not_negative(violations, "leaf_index", request.leaf_index)
            target = LeafTarget(leaf_index=request.leaf_index)
        elif which == "audit_sequence":
            violations.check(request.audit_sequence > 0, "audit_sequence", "must be positive")
            target = LeafTarget(audit_sequence=request.audit_sequence)
        else:
            change = request.settlement_change
            check_id(violations, "settlement_change.settlement_id", change.settlement_id)
            status = enum_from_proto(
                violations, "settlement_change.status", change.status, pb.MilestoneStatus.DESCRIPTOR, MilestoneStatus, required=True
            )
            if status is not None:
                target = LeafTarget(settlement_change=(change.settlement_id, status))
        _not_negative(violations, "tree_size", request.tree_size)
        violations.raise_if_any()
        proof = self.app.transparency.inclusion(target, tree_size=request.tree_size)  # type: ignore[attr-defined]
        return pb.GetInclusionProofResponse(
            leaf_index=proof.leaf_index,
            leaf=proof.leaf,
            audit_path=proof.audit_path,
            signed_tree_head=head_to_proto(proof.head),
            audit_entry=convert.audit_to_proto(proof.entry),
        )

    def GetConsistencyProof(self, request: pb.GetConsistencyProofRequest, context) -> pb.GetConsistencyProofResponse:
        violations = Violations()
        violations.check(0 < request.first_tree_size, "first_tree_size", "must be at least 1 (every tree extends the empty one)")
        _not_negative(violations, "second_tree_size", request.second_tree_size)
        if request.second_tree_size and request.first_tree_size > request.second_tree_size:
            violations.add("second_tree_size", "must not be smaller than first_tree_size (0: the latest tree)")
        violations.raise_if_any()
        proof = self.app.transparency.consistency(request.first_tree_size, request.second_tree_size)  # type: ignore[attr-defined]
        return pb.GetConsistencyProofResponse(
            first_tree_size=proof.first_tree_size, proof=proof.proof, signed_tree_head=head_to_proto(proof.head)
        )
