"""RFC 9162 hashing, the compact range, proof generation from stored nodes, and verification.

Checked three ways: against the published vectors of transparency-dev/merkle (the RFC 6962
reference tree of 8 leaves), against an independent implementation (pymerkle), and by
property tests over every tree size up to 2048 in which any tampering must be detected.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Sequence

import pymerkle
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainbridge_common.transparency.merkle import (
    EMPTY_ROOT,
    CompactRange,
    InvalidProofError,
    NodeCoordinate,
    TreeNode,
    consistency_proof,
    frontier_coordinates,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_from_leaves,
    verify_consistency,
    verify_inclusion,
)

# ---------------------------------------------------------------- published vectors
# transparency-dev/merkle proof/verify_test.go and rfc6962/rfc6962_test.go (the same vectors
# certificate-transparency-go has carried since RFC 6962).

REFERENCE_LEAVES = [
    bytes.fromhex(data) for data in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
]
REFERENCE_ROOTS = [
    bytes.fromhex(root)
    for root in [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]
]
# (leaf index counting from 0, tree size, proof); the Go file counts leaves from 1.
REFERENCE_INCLUSION_PROOFS = [
    (
        0,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        5,
        8,
        [
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (
        1,
        5,
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
]
REFERENCE_CONSISTENCY_PROOFS = [
    (
        1,
        8,
        [
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    ),
    (
        6,
        8,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
    (
        2,
        5,
        [
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    ),
    (
        6,
        7,
        [
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    ),
]
SOME_HASH = bytes.fromhex("abacaba000000000000000000000000000000000000000000060061e00123456")


class NodeStore:
    """An in-memory stand-in for the database table of perfect-subtree hashes."""

    def __init__(self) -> None:
        self.nodes: dict[NodeCoordinate, bytes] = {}
        self.batches: list[list[NodeCoordinate]] = []

    def persist(self, completed: Sequence[TreeNode]) -> None:
        for node in completed:
            assert (node.level, node.index) not in self.nodes, "a perfect subtree is completed once"
            self.nodes[(node.level, node.index)] = node.hash

    def get_nodes(self, coordinates: Sequence[NodeCoordinate]) -> list[bytes]:
        self.batches.append(list(coordinates))
        return [self.nodes[coordinate] for coordinate in coordinates]


class Log:
    """A tree grown leaf by leaf the way the server will: compact range plus node store."""

    def __init__(self, leaf_hashes: Sequence[bytes]) -> None:
        self.leaf_hashes = list(leaf_hashes)
        self.store = NodeStore()
        frontier = CompactRange()
        self.roots = [EMPTY_ROOT]  # roots[size]
        for hashed in self.leaf_hashes:
            self.store.persist(frontier.append(hashed))
            self.roots.append(frontier.root())


def reference_log() -> Log:
    return Log([leaf_hash(leaf) for leaf in REFERENCE_LEAVES])


MAX_SIZE = 2048


@functools.cache
def big_log() -> Log:
    return Log([leaf_hash(b"audit row %d" % number) for number in range(MAX_SIZE)])


def flip_bit(data: bytes, bit: int) -> bytes:
    flipped = bytearray(data)
    flipped[bit // 8 % len(data)] ^= 1 << (bit % 8)
    return bytes(flipped)


def rejects_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> bool:
    try:
        verify_inclusion(leaf, index, size, proof, root)
    except InvalidProofError:
        return True
    return False


def rejects_consistency(old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes, new_root: bytes) -> bool:
    try:
        verify_consistency(old_size, new_size, proof, old_root, new_root)
    except InvalidProofError:
        return True
    return False


# The RFC 9162 proof definitions, transcribed recursively: for each proof hash, the leaf range
# [start, end) whose Merkle Tree Hash it is, and how the verifier combines it.


def rfc_path(index: int, start: int, end: int) -> list[tuple[str, int, int]]:
    """PATH(m, D[start:end]) of RFC 9162 §2.1.3.1: (side of the sibling, its range), leaf level first."""
    if end - start <= 1:
        return []
    split = start + (1 << ((end - start - 1).bit_length() - 1))
    if index < split:
        return [*rfc_path(index, start, split), ("right", split, end)]
    return [*rfc_path(index, split, end), ("left", start, split)]


def rfc_subproof(old_size: int, start: int, end: int, seed_is_old_root: bool = True) -> list[tuple[str, int, int]]:
    """SUBPROOF(m, D[start:end], b) of RFC 9162 §2.1.4.1: (role of the hash, its range), bottom first."""
    if old_size == end:
        return [] if seed_is_old_root else [("seed", start, end)]
    split = start + (1 << ((end - start - 1).bit_length() - 1))
    if old_size <= split:
        return [*rfc_subproof(old_size, start, split, seed_is_old_root), ("right", split, end)]
    return [*rfc_subproof(old_size, split, end, False), ("left", start, split)]


# The proof hashes do not encode the tree size, so a verifier told a wrong size (or old size)
# accepts exactly when that wrong claim has the same shape; the signed checkpoint pins the size.


def inclusion_shape(index: int, size: int) -> list[str]:
    return [side for side, _, _ in rfc_path(index, 0, size)]


def consistency_shape(old_size: int, new_size: int) -> list[str]:
    return [role for role, _, _ in rfc_subproof(old_size, 0, new_size)]


# ---------------------------------------------------------------- hashing


def test_hashes_match_the_rfc6962_vectors():
    assert EMPTY_ROOT.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert root_from_leaves([]) == EMPTY_ROOT == CompactRange().root()
    # The empty tree and a tree of one empty leaf differ: the leaf hash has the 0x00 prefix.
    assert leaf_hash(b"").hex() == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    assert leaf_hash(b"L123456").hex() == "395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56"
    assert node_hash(b"N123", b"N456").hex() == "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb"


def test_a_node_hash_is_not_the_leaf_hash_of_its_children_nor_order_free():
    left, right = leaf_hash(b"Hello"), leaf_hash(b"World")
    assert node_hash(left, right) != leaf_hash(left + right)
    assert node_hash(left, right) != node_hash(right, left)


def test_roots_of_the_reference_tree_at_every_size():
    log = reference_log()
    for size in range(1, 9):
        assert root_from_leaves(log.leaf_hashes[:size]) == REFERENCE_ROOTS[size - 1]
        assert log.roots[size] == REFERENCE_ROOTS[size - 1]


@pytest.mark.parametrize(("index", "size", "expected"), REFERENCE_INCLUSION_PROOFS)
def test_inclusion_proofs_of_the_reference_tree(index, size, expected):
    log = reference_log()
    proof = inclusion_proof(index, size, log.store)
    assert [node.hex() for node in proof] == expected
    verify_inclusion(log.leaf_hashes[index], index, size, proof, REFERENCE_ROOTS[size - 1])


@pytest.mark.parametrize(("old_size", "new_size", "expected"), REFERENCE_CONSISTENCY_PROOFS)
def test_consistency_proofs_of_the_reference_tree(old_size, new_size, expected):
    log = reference_log()
    proof = consistency_proof(old_size, new_size, log.store)
    assert [node.hex() for node in proof] == expected
    verify_consistency(old_size, new_size, proof, REFERENCE_ROOTS[old_size - 1], REFERENCE_ROOTS[new_size - 1])


@pytest.mark.parametrize(("index", "size", "expected"), REFERENCE_INCLUSION_PROOFS)
def test_tampered_reference_inclusion_proofs_are_rejected(index, size, expected):
    """The probes of transparency-dev/merkle's corruptInclusionProof."""
    proof = [bytes.fromhex(node) for node in expected]
    leaf, root = leaf_hash(REFERENCE_LEAVES[index]), REFERENCE_ROOTS[size - 1]
    probes = [
        (index - 1, size, root, leaf, proof),
        (index + 1, size, root, leaf, proof),
        (index ^ 2, size, root, leaf, proof),
        (index, size * 2, root, leaf, proof),
        (index, size // 2, root, leaf, proof),
        (index, size, root, leaf_hash(b"WrongLeaf"), proof),
        (index, size, EMPTY_ROOT, leaf, proof),
        (index, size, SOME_HASH, leaf, proof),
        (index, size, root, leaf, [*proof, b""]),
        (index, size, root, leaf, [*proof, root]),
        (index, size, root, leaf, [b"", *proof]),
        (index, size, root, leaf, [root, *proof]),
        (index, size, root, leaf, proof[:-1]),
        (index, size, root, leaf, [proof[0], SOME_HASH, *proof[1:]]),
    ]
    probes += [(index, size, root, leaf, [*proof[:at], flip_bit(proof[at], 3), *proof[at + 1 :]]) for at in range(len(proof))]
    for wrong_index, wrong_size, wrong_root, wrong_leaf, wrong_proof in probes:
        assert rejects_inclusion(wrong_leaf, wrong_index, wrong_size, wrong_proof, wrong_root)


@pytest.mark.parametrize(("old_size", "new_size", "expected"), REFERENCE_CONSISTENCY_PROOFS)
def test_tampered_reference_consistency_proofs_are_rejected(old_size, new_size, expected):
    """The probes of transparency-dev/merkle's corruptConsistencyProof."""
    proof = [bytes.fromhex(node) for node in expected]
    old_root, new_root = REFERENCE_ROOTS[old_size - 1], REFERENCE_ROOTS[new_size - 1]
    probes = [
        (old_size - 1, new_size, old_root, new_root, proof),
        (old_size + 1, new_size, old_root, new_root, proof),
        (old_size ^ 2, new_size, old_root, new_root, proof),
        (old_size, new_size * 2, old_root, new_root, proof),
        (old_size, new_size // 2, old_root, new_root, proof),
        (old_size, new_size, SOME_HASH, new_root, proof),
        (old_size, new_size, old_root, SOME_HASH, proof),
        (old_size, new_size, new_root, old_root, proof),
        (old_size, new_size, old_root, new_root, []),
        (old_size, new_size, old_root, new_root, [*proof, b""]),
        (old_size, new_size, old_root, new_root, [*proof, old_root]),
        (old_size, new_size, old_root, new_root, [*proof, new_root]),
        (old_size, new_size, old_root, new_root, [b"", *proof]),
        (old_size, new_size, old_root, new_root, [old_root, *proof]),
        (old_size, new_size, old_root, new_root, [new_root, *proof]),
        (old_size, new_size, old_root, new_root, [proof[0], *proof]),
        (old_size, new_size, old_root, new_root, proof[:-1]),
    ]
    probes += [
        (old_size, new_size, old_root, new_root, [*proof[:at], flip_bit(proof[at], 4), *proof[at + 1 :]]) for at in range(len(proof))
    ]
    for wrong_old_size, wrong_new_size, wrong_old_root, wrong_new_root, wrong_proof in probes:
        assert rejects_consistency(wrong_old_size, wrong_new_size, wrong_proof, wrong_old_root, wrong_new_root)


def test_consistency_with_nothing_to_prove():
    log = reference_log()
    assert consistency_proof(0, 5, log.store) == []
    assert consistency_proof(5, 5, log.store) == []
    verify_consistency(0, 5, [], EMPTY_ROOT, log.roots[5])
    verify_consistency(5, 5, [], log.roots[5], log.roots[5])
    assert rejects_consistency(5, 5, [], log.roots[5], log.roots[4])  # same size, other root: a fork
    assert rejects_consistency(5, 5, [SOME_HASH], log.roots[5], log.roots[5])
    assert rejects_consistency(0, 5, [], log.roots[1], log.roots[5])
    assert rejects_consistency(0, 5, [SOME_HASH], EMPTY_ROOT, log.roots[5])
    assert rejects_consistency(5, 4, [], log.roots[5], log.roots[4])


def test_inclusion_in_a_one_leaf_tree_is_the_empty_proof():
    hashed = leaf_hash(b"data")
    verify_inclusion(hashed, 0, 1, [], hashed)
    assert rejects_inclusion(hashed, 0, 1, [], leaf_hash(b"other"))
    assert rejects_inclusion(hashed, 1, 1, [], hashed)
    assert rejects_inclusion(hashed, 0, 0, [], hashed)


def test_malformed_claims_are_rejected_with_a_reason():
    hashed = leaf_hash(b"data")
    with pytest.raises(InvalidProofError, match="leaf hash must be 32 bytes"):
        verify_inclusion(b"", 0, 1, [], hashed)
    with pytest.raises(InvalidProofError, match="proof hash 0 must be 32 bytes"):
        verify_inclusion(hashed, 0, 2, [b"short"], hashed)
    with pytest.raises(InvalidProofError, match="tree size must be an integer"):
        verify_inclusion(hashed, 0, -1, [], hashed)
    with pytest.raises(InvalidProofError, match="tree size must be an integer"):
        verify_inclusion(hashed, 0, 1 << 64, [], hashed)
    with pytest.raises(InvalidProofError, match="too few"):
        verify_inclusion(hashed, 0, 2, [], hashed)
    with pytest.raises(InvalidProofError, match="leads to root"):
        verify_inclusion(hashed, 0, 2, [hashed], hashed)


# ---------------------------------------------------------------- compact range and storage


def test_append_reports_every_perfect_subtree_it_completes():
    frontier = CompactRange()
    leaves = [leaf_hash(bytes([number])) for number in range(8)]
    reported = [frontier.append(hashed) for hashed in leaves]
    assert [[(node.level, node.index) for node in nodes] for nodes in reported] == [
        [(0, 0)],
        [(0, 1), (1, 0)],
        [(0, 2)],
        [(0, 3), (1, 1), (2, 0)],
        [(0, 4)],
        [(0, 5), (1, 2)],
        [(0, 6)],
        [(0, 7), (1, 3), (2, 1), (3, 0)],
    ]
    assert reported[-1][-1].hash == root_from_leaves(leaves) == frontier.root()
    assert reported[3][1].hash == node_hash(leaves[2], leaves[3])


def test_a_frontier_restored_from_storage_continues_the_same_tree():
    log = big_log()
    for size in [0, 1, 6, 7, 8, 1000, 1023, 1024, 1025]:
        restored = CompactRange.from_reader(size, log.store)
        assert restored.size == size
        assert len(restored.hashes) == bin(size).count("1")
        assert restored.root() == log.roots[size]
        for extra in range(3):
            restored.append(log.leaf_hashes[size + extra])
        assert restored.root() == log.roots[size + 3]


def test_appending_to_a_copy_leaves_the_original_frontier_alone():
    log = big_log()
    committed = CompactRange.from_reader(10, log.store)
    attempt = committed.copy()
    attempt.append(log.leaf_hashes[10])
    assert (attempt.size, attempt.root()) == (11, log.roots[11])
    assert (committed.size, committed.root()) == (10, log.roots[10])  # as if the transaction rolled back


def test_frontier_coordinates_cover_the_tree_left_to_right():
    assert frontier_coordinates(0) == []
    assert frontier_coordinates(8) == [(3, 0)]
    assert frontier_coordinates(13) == [(3, 0), (2, 2), (0, 12)]
    with pytest.raises(ValueError, match="3 hashes"):
        CompactRange(13, [SOME_HASH])


def test_proofs_read_storage_once_and_only_perfect_subtrees_complete_at_that_size():
    """The contract the database relies on: one batch, O(log n) nodes, none beyond the tree size."""
    log = big_log()
    for size in [1, 2, 3, 5, 100, 1000, 1023, 1024, 1025, 2047, 2048]:
        requests = [(inclusion_proof, index, size) for index in {0, size // 3, size - 1}]
        requests += [(consistency_proof, old_size, size) for old_size in {1, size // 3 or 1, size - 1 or 1}]
        for make_proof, first, second in requests:
            log.store.batches.clear()
            proof = make_proof(first, second, log.store)
            assert len(log.store.batches) == (1 if proof else 0)
            for batch in log.store.batches:
                assert len(batch) == len(set(batch)) <= 2 * size.bit_length()
                assert all((index + 1) << level <= size for level, index in batch)


def test_proof_generation_refuses_impossible_requests():
    store = reference_log().store
    with pytest.raises(ValueError, match="not in a tree of size 8"):
        inclusion_proof(8, 8, store)
    with pytest.raises(ValueError, match="larger than new size"):
        consistency_proof(6, 5, store)


def test_a_reader_that_returns_too_little_is_caught():
    class ForgetfulReader:
        def get_nodes(self, coordinates: Sequence[NodeCoordinate]) -> list[bytes]:
            return [SOME_HASH] * (len(coordinates) - 1)

    with pytest.raises(ValueError, match="returned"):
        inclusion_proof(3, 8, ForgetfulReader())


# ---------------------------------------------------------------- against pymerkle


@functools.cache
def pymerkle_tree() -> pymerkle.InmemoryTree:
    tree = pymerkle.InmemoryTree(algorithm="sha256")
    for number in range(MAX_SIZE):
        tree.append_entry(b"audit row %d" % number)
    return tree


def test_roots_match_pymerkle_at_every_size():
    tree, log = pymerkle_tree(), big_log()
    assert tree.get_leaf(1) == log.leaf_hashes[0]
    for size in range(1, MAX_SIZE + 1):
        assert log.roots[size] == tree.get_root(size), size


def test_inclusion_proofs_match_pymerkle_for_every_index_and_size_up_to_64():
    """pymerkle's paths start with the leaf hash itself and count leaves from 1."""
    tree, log = pymerkle_tree(), big_log()
    for size in range(1, 65):
        for index in range(size):
            expected = tree.prove_inclusion(index + 1, size).path[1:]
            assert inclusion_proof(index, size, log.store) == expected, (index, size)


def test_proofs_hold_the_hashes_rfc_9162_defines_for_every_pair_of_sizes_up_to_48():
    """Every proof hash is the Merkle Tree Hash of the range the RFC's recursion names.

    (pymerkle's consistency paths are not in RFC 9162 form, different order and granularity,
    so consistency proofs are compared with the definition, computed by root_from_leaves.)
    """
    log = big_log()
    leaves = log.leaf_hashes
    for size in range(1, 49):
        for index in range(size):
            expected = [root_from_leaves(leaves[start:end]) for _, start, end in rfc_path(index, 0, size)]
            assert inclusion_proof(index, size, log.store) == expected, (index, size)
        for old_size in range(1, size):
            expected = [root_from_leaves(leaves[start:end]) for _, start, end in rfc_subproof(old_size, 0, size)]
            assert consistency_proof(old_size, size, log.store) == expected, (old_size, size)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=40), min_size=1, max_size=200))
def test_arbitrary_leaves_hash_alike_in_all_three_implementations(leaves):
    tree = pymerkle.InmemoryTree(algorithm="sha256")
    frontier = CompactRange()
    for leaf in leaves:
        tree.append_entry(leaf)
        frontier.append(leaf_hash(leaf))
    assert frontier.root() == root_from_leaves([leaf_hash(leaf) for leaf in leaves]) == tree.get_root()


# ---------------------------------------------------------------- every size up to 2048


def test_compact_range_root_equals_root_from_leaves():
    # root_from_leaves costs O(n) per size: every size up to 512, then a spread of larger ones
    # (test_roots_match_pymerkle_at_every_size covers every size up to 2048).
    log = big_log()
    sizes = [*range(1, 513), *range(513, MAX_SIZE + 1, 61), 1023, 1024, 1025, 2047, 2048]
    for size in sizes:
        assert log.roots[size] == root_from_leaves(log.leaf_hashes[:size]), size


def check_inclusion(log: Log, index: int, size: int, chooser: random.Random) -> None:
    proof = inclusion_proof(index, size, log.store)
    leaf, root = log.leaf_hashes[index], log.roots[size]
    assert len(proof) == len(inclusion_shape(index, size))
    verify_inclusion(leaf, index, size, proof, root)
    assert rejects_inclusion(flip_bit(leaf, chooser.randrange(256)), index, size, proof, root)
    assert rejects_inclusion(leaf, index, size, proof, flip_bit(root, chooser.randrange(256)))
    if proof:
        at = chooser.randrange(len(proof))
        assert rejects_inclusion(leaf, index, size, [*proof[:at], flip_bit(proof[at], chooser.randrange(256)), *proof[at + 1 :]], root)
        assert rejects_inclusion(leaf, index, size, proof[:-1], root)
    assert rejects_inclusion(leaf, index, size, [*proof, SOME_HASH], root)
    for wrong_index in {index ^ (1 << chooser.randrange(max(1, size.bit_length()))), index + 1} - {index}:
        assert rejects_inclusion(leaf, wrong_index, size, proof, root), (wrong_index, index, size)
    for wrong_size in {size ^ (1 << chooser.randrange(size.bit_length() + 1)), size + 1} - {size}:
        same_shape = index < wrong_size and inclusion_shape(index, wrong_size) == inclusion_shape(index, size)
        assert rejects_inclusion(leaf, index, wrong_size, proof, root) != same_shape, (index, size, wrong_size)


def check_consistency(log: Log, old_size: int, size: int, chooser: random.Random) -> None:
    proof = consistency_proof(old_size, size, log.store)
    old_root, new_root = log.roots[old_size], log.roots[size]
    assert len(proof) == len(consistency_shape(old_size, size))
    verify_consistency(old_size, size, proof, old_root, new_root)
    assert rejects_consistency(old_size, size, proof, flip_bit(old_root, chooser.randrange(256)), new_root)
    assert rejects_consistency(old_size, size, proof, old_root, flip_bit(new_root, chooser.randrange(256)))
    if proof:
        at = chooser.randrange(len(proof))
        assert rejects_consistency(
            old_size, size, [*proof[:at], flip_bit(proof[at], chooser.randrange(256)), *proof[at + 1 :]], old_root, new_root
        )
        assert rejects_consistency(old_size, size, proof[:-1], old_root, new_root)
    assert rejects_consistency(old_size, size, [*proof, SOME_HASH], old_root, new_root)
    # A log that rewrote a leaf the old head covers cannot prove it extends that head.
    if size <= 64:
        rewritten = chooser.randrange(old_size)
        forged = Log([*log.leaf_hashes[:rewritten], flip_bit(log.leaf_hashes[rewritten], 0), *log.leaf_hashes[rewritten + 1 : size]])
        assert rejects_consistency(old_size, size, consistency_proof(old_size, size, forged.store), old_root, forged.roots[size])
    for wrong_old in {old_size ^ (1 << chooser.randrange(old_size.bit_length())), old_size + 1} - {old_size}:
        same_shape = 0 < wrong_old < size and consistency_shape(wrong_old, size) == consistency_shape(old_size, size)
        assert rejects_consistency(wrong_old, size, proof, old_root, new_root) != same_shape, (old_size, wrong_old, size)
    for wrong_size in {size ^ (1 << chooser.randrange(size.bit_length() + 1)), size + 1} - {size}:
        same_shape = old_size < wrong_size and consistency_shape(old_size, wrong_size) == consistency_shape(old_size, size)
        assert rejects_consistency(old_size, wrong_size, proof, old_root, new_root) != same_shape, (old_size, size, wrong_size)


def test_proofs_at_every_tree_size_up_to_2048_verify_and_detect_tampering():
    log = big_log()
    chooser = random.Random(9162)  # fixed: a failure names a size that fails again
    for size in range(1, MAX_SIZE + 1):
        # Per size one index and one old size, taking turns between the edges and the middle.
        index = [0, size - 1, chooser.randrange(size)][size % 3]
        check_inclusion(log, index, size, chooser)
        old_size = [1, size - 1, chooser.randrange(1, size) if size > 1 else 0][size % 3]
        if 0 < old_size < size:
            check_consistency(log, old_size, size, chooser)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_any_proof_in_the_big_tree_verifies_and_any_flipped_bit_fails(data):
    log = big_log()
    size = data.draw(st.integers(1, MAX_SIZE), label="size")
    index = data.draw(st.integers(0, size - 1), label="index")
    old_size = data.draw(st.integers(1, size), label="old_size")
    chooser = random.Random(data.draw(st.integers(0, 2**32), label="seed"))
    check_inclusion(log, index, size, chooser)
    if old_size < size:
        check_consistency(log, old_size, size, chooser)
