"""RFC 9162 Merkle tree hashing for an append-only log: hashes, the compact range that makes
appending O(log n), proof generation from stored perfect-subtree hashes, and proof verification.

Vocabulary. A *perfect subtree* is identified by its coordinate (level, index): it covers the
2**level leaves [index * 2**level, (index + 1) * 2**level). Level 0 holds the leaf hashes.
Once all of its leaves exist a perfect subtree's hash never changes, so storage can persist it
forever; every other node of an RFC 9162 tree (those on the right edge of a tree whose size is
not a power of two) is recomputed from perfect ones on demand and never stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

HASH_SIZE = 32
# RFC 9162 §2.1.1: the hash of an empty tree is the hash of the empty string.
EMPTY_ROOT = hashlib.sha256(b"").digest()

_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"

NodeCoordinate = tuple[int, int]
"""(level, index) of a perfect subtree; see the module docstring."""


@dataclass(frozen=True, slots=True)
class TreeNode:
    """A perfect subtree's hash with its coordinate, as storage persists it."""

    level: int
    index: int
    hash: bytes


class NodeReader(Protocol):
    """Storage's side of proof generation: the hashes of perfect subtrees, read in one batch."""

    def get_nodes(self, coordinates: Sequence[NodeCoordinate]) -> Sequence[bytes]:
        """Return the stored hash of each (level, index), in the order asked; raise if one is missing."""
        ...


class InvalidProofError(ValueError):
    """A proof, tree size, index or root hash does not check out; the message says which step failed."""


def leaf_hash(leaf: bytes) -> bytes:
    """RFC 9162 leaf hash: SHA-256(0x00 || leaf)."""
    return hashlib.sha256(_LEAF_PREFIX + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 9162 interior node hash: SHA-256(0x01 || left || right)."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


def root_from_leaves(leaf_hashes: Sequence[bytes]) -> bytes:
    """The Merkle Tree Hash of the given leaf hashes, straight from the RFC 9162 §2.1.1 definition.

    O(n): the reference for full audits and tests, not for the append path.
    """
    if not leaf_hashes:
        return EMPTY_ROOT
    return _subtree_root(leaf_hashes, 0, len(leaf_hashes))


def _subtree_root(leaf_hashes: Sequence[bytes], start: int, end: int) -> bytes:
    if end - start == 1:
        return leaf_hashes[start]
    split = start + _largest_power_of_two_below(end - start)
    return node_hash(_subtree_root(leaf_hashes, start, split), _subtree_root(leaf_hashes, split, end))


def _largest_power_of_two_below(width: int) -> int:
    """The k of RFC 9162: the largest power of two strictly smaller than width (width >= 2)."""
    return 1 << ((width - 1).bit_length() - 1)


# ---------------------------------------------------------------- the compact range


def frontier_coordinates(size: int) -> list[NodeCoordinate]:
    """The perfect subtrees whose hashes make up the frontier of a tree of `size` leaves, left to right.

    There is one per set bit of `size`, largest first; together they cover leaves [0, size).
    """
    _check_size(size)
    return _perfect_subtrees(0, size)


class CompactRange:
    """The frontier of a log of `size` leaves: the roots of its perfect subtrees covering [0, size).

    Holds at most log2(size) + 1 hashes, so appending a leaf and computing the root are O(log n)
    and never read the log (transparency-dev/merkle's compact.Range, for ranges starting at 0).
    """

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        _check_size(size)
        if len(hashes) != size.bit_count():
            raise ValueError(f"a frontier of size {size} has {size.bit_count()} hashes, got {len(hashes)}")
        for frontier_hash in hashes:
            _check_hash(frontier_hash, "frontier hash")
        self._size = size
        self._hashes = list(hashes)

    @classmethod
    def from_reader(cls, size: int, reader: NodeReader) -> CompactRange:
        """Restore the frontier of a stored tree of `size` leaves with one batch read."""
        return cls(size, _read_nodes(reader, frontier_coordinates(size)))

    @property
    def size(self) -> int:
        return self._size

    @property
    def hashes(self) -> tuple[bytes, ...]:
        """The frontier hashes, left to right (the coordinates are `frontier_coordinates(size)`)."""
        return tuple(self._hashes)

    def copy(self) -> CompactRange:
        """An independent frontier to append to inside a transaction, kept only once it commits."""
        return CompactRange(self._size, self._hashes)

    def append(self, leaf_hash: bytes) -> list[TreeNode]:
        """Add a leaf; return every perfect subtree this completes, the leaf itself (level 0) first.

        Persisting all of them is what later proof generation reads; on average 2 per append.
        """
        _check_hash(leaf_hash, "leaf hash")
        index = self._size
        completed = [TreeNode(0, index, leaf_hash)]
        merged = leaf_hash
        level = 0
        # Each trailing one bit of the old size is a frontier subtree of the new node's height
        # sitting right before it: they merge into a perfect subtree one level up.
        while index & 1:
            merged = node_hash(self._hashes.pop(), merged)
            index >>= 1
            level += 1
            completed.append(TreeNode(level, index, merged))
        self._hashes.append(merged)
        self._size += 1
        return completed

    def root(self) -> bytes:
        """The RFC 9162 root of the tree of `size` leaves, folded from the frontier right to left."""
        if not self._hashes:
            return EMPTY_ROOT
        return _fold_right(self._hashes)


def _fold_right(hashes: Sequence[bytes]) -> bytes:
    """The root of an RFC 9162 subtree given its perfect subtrees left to right, largest first.

    A subtree of width w = 2**a + 2**b + ... (a > b > ...) splits at k = 2**a, so its root is
    node_hash(P_a, root of the rest), recursively.
    """
    folded = hashes[-1]
    for left in reversed(hashes[:-1]):
        folded = node_hash(left, folded)
    return folded


# ---------------------------------------------------------------- proof generation


def inclusion_proof(index: int, size: int, reader: NodeReader) -> list[bytes]:
    """The RFC 9162 §2.1.3.1 inclusion proof (audit path) of leaf `index` in the tree of `size` leaves.

    Reads O(log n) perfect-subtree hashes in one `reader.get_nodes` call; the tree must be stored
    up to at least `size` leaves.
    """
    _check_size(size)
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is not in a tree of size {size}")
    return _assemble(_inclusion_ranges(index, size), reader)


def consistency_proof(old_size: int, new_size: int, reader: NodeReader) -> list[bytes]:
    """The RFC 9162 §2.1.4.1 consistency proof that the tree of `new_size` leaves extends the one of `old_size`.

    Empty when old_size is 0 or equals new_size (nothing to prove). One `reader.get_nodes` call.
    """
    _check_size(old_size)
    _check_size(new_size)
    if old_size > new_size:
        raise ValueError(f"old size {old_size} is larger than new size {new_size}")
    if old_size in (0, new_size):
        return []
    return _assemble(_consistency_ranges(old_size, new_size), reader)


def _inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The leaf ranges [start, end) whose subtree roots make PATH(index, D[0:size]), bottom-up."""
    ranges = []
    start, end = 0, size
    while end - start > 1:
        split = start + _largest_power_of_two_below(end - start)
        if index < split:
            ranges.append((split, end))
            end = split
        else:
            ranges.append((start, split))
            start = split
    # The walk went top-down; RFC 9162 lists the leaf's sibling first.
    ranges.reverse()
    return ranges


def _consistency_ranges(old_size: int, new_size: int) -> list[tuple[int, int]]:
    """The leaf ranges whose subtree roots make SUBPROOF(old_size, D[0:new_size], true), in RFC order."""
    ranges = []
    start, end = 0, new_size
    # The RFC's flag b: while the walk has only gone left, the subtree it stops at is the old
    # tree itself, whose root the verifier already has.
    seed_is_old_root = True
    while old_size - start != end - start:
        split = start + _largest_power_of_two_below(end - start)
        if old_size <= split:
            ranges.append((split, end))
            end = split
        else:
            ranges.append((start, split))
            start = split
            seed_is_old_root = False
    if not seed_is_old_root:
        ranges.append((start, end))
    ranges.reverse()
    return ranges


def _perfect_subtrees(start: int, end: int) -> list[NodeCoordinate]:
    """The perfect subtrees making up an RFC 9162 subtree's leaf range, largest (leftmost) first.

    The RFC's ranges start at a multiple of the largest power of two they hold, so there is one
    perfect subtree per set bit of the width.
    """
    coordinates = []
    width = end - start
    for level in range(width.bit_length() - 1, -1, -1):
        if width >> level & 1:
            coordinates.append((level, start >> level))
            start += 1 << level
    return coordinates


def _assemble(ranges: Sequence[tuple[int, int]], reader: NodeReader) -> list[bytes]:
    """Read every perfect subtree the ranges need in one batch, then fold each range to its root."""
    decompositions = [_perfect_subtrees(start, end) for start, end in ranges]
    needed = list(dict.fromkeys(coordinate for parts in decompositions for coordinate in parts))
    hashes = dict(zip(needed, _read_nodes(reader, needed), strict=True))
    return [_fold_right([hashes[coordinate] for coordinate in parts]) for parts in decompositions]


def _read_nodes(reader: NodeReader, coordinates: Sequence[NodeCoordinate]) -> list[bytes]:
    if not coordinates:
        return []
    hashes = list(reader.get_nodes(coordinates))
    if len(hashes) != len(coordinates):
        raise ValueError(f"node reader returned {len(hashes)} hashes for {len(coordinates)} coordinates")
    for (level, index), node in zip(coordinates, hashes, strict=True):
        _check_hash(node, f"stored node ({level}, {index})")
    return hashes


# ---------------------------------------------------------------- proof verification


def verify_inclusion(leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> None:
    """Check that `leaf_hash` is leaf `index` of the tree of `size` leaves whose root is `root` (RFC 9162 §2.1.3.2).

    Raises InvalidProofError saying why not. Take size and root from the same verified checkpoint:
    the proof alone does not pin the size.
    """
    _check_proof_hashes(proof)
    _check_claimed_hash(leaf_hash, "leaf hash")
    _check_claimed_hash(root, "root hash")
    _check_claimed_position(index, "leaf index")
    _check_claimed_position(size, "tree size")
    if not index < size:
        raise InvalidProofError(f"leaf index {index} is not in a tree of size {size}")
    # The RFC's algorithm, step for step; fn walks the leaf's path, sn the tree's right edge.
    fn, sn = index, size - 1
    computed = leaf_hash
    for sibling in proof:
        if sn == 0:
            raise InvalidProofError(f"proof has {len(proof)} hashes, too many for leaf {index} of a tree of size {size}")
        if fn & 1 or fn == sn:
            computed = node_hash(sibling, computed)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            computed = node_hash(computed, sibling)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise InvalidProofError(f"proof has {len(proof)} hashes, too few for leaf {index} of a tree of size {size}")
    if computed != root:
        raise InvalidProofError(f"the proof leads to root {computed.hex()}, not {root.hex()}")


def verify_consistency(old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes, new_root: bytes) -> None:
    """Check that the tree (new_size, new_root) is an append-only extension of (old_size, old_root) (RFC 9162 §2.1.4.2).

    Raises InvalidProofError saying why not.
    """
    _check_proof_hashes(proof)
    _check_claimed_hash(old_root, "old root hash")
    _check_claimed_hash(new_root, "new root hash")
    _check_claimed_position(old_size, "old tree size")
    _check_claimed_position(new_size, "new tree size")
    if not old_size <= new_size:
        raise InvalidProofError(f"sizes must satisfy 0 <= old size <= new size, got {old_size} and {new_size}")
    # The two cases with nothing to prove, which the RFC's algorithm leaves out.
    if old_size == new_size:
        if proof:
            raise InvalidProofError("equal sizes need an empty proof")
        if old_root != new_root:
            raise InvalidProofError("two trees of the same size have different roots")
        return
    if old_size == 0:
        if proof:
            raise InvalidProofError("a proof from the empty tree must be empty")
        if old_root != EMPTY_ROOT:
            raise InvalidProofError("the root of the empty tree must be SHA-256 of the empty string")
        return
    if not proof:
        raise InvalidProofError("an empty proof cannot show growth from a non-empty tree")
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        # The old tree is a perfect subtree of the new one: its root is the path's start.
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    old_computed = new_computed = path[0]
    for node in path[1:]:
        if sn == 0:
            raise InvalidProofError(f"proof has too many hashes for sizes {old_size} and {new_size}")
        if fn & 1 or fn == sn:
            old_computed = node_hash(node, old_computed)
            new_computed = node_hash(node, new_computed)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            new_computed = node_hash(new_computed, node)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise InvalidProofError(f"proof has too few hashes for sizes {old_size} and {new_size}")
    if old_computed != old_root:
        raise InvalidProofError(f"the proof leads to old root {old_computed.hex()}, not {old_root.hex()}")
    if new_computed != new_root:
        raise InvalidProofError(f"the proof leads to new root {new_computed.hex()}, not {new_root.hex()}")


# ---------------------------------------------------------------- argument checks


def _check_size(size: int) -> None:
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValueError(f"a tree size is a non-negative integer, got {size!r}")


def _check_hash(value: bytes, what: str) -> None:
    if not isinstance(value, bytes) or len(value) != HASH_SIZE:
        raise ValueError(f"{what} must be {HASH_SIZE} bytes, got {value!r}")


def _check_claimed_hash(value: bytes, what: str) -> None:
    if not isinstance(value, bytes) or len(value) != HASH_SIZE:
        raise InvalidProofError(f"{what} must be {HASH_SIZE} bytes")


def _check_claimed_position(value: int, what: str) -> None:
    # Sizes and indices are uint64 in RFC 9162; anything else cannot come from an honest log.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1 << 64:
        raise InvalidProofError(f"{what} must be an integer in [0, 2**64), got {value!r}")


def _check_proof_hashes(proof: Sequence[bytes]) -> None:
    for position, node in enumerate(proof):
        if not isinstance(node, bytes) or len(node) != HASH_SIZE:
            raise InvalidProofError(f"proof hash {position} must be {HASH_SIZE} bytes")
