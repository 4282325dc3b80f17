"""The pure core of ChainBridge's transparency log: RFC 9162 Merkle hashing, proofs, the
canonical leaf encoding and signed checkpoints. Nothing here touches a database; storage
plugs in through `merkle.NodeReader` and the nodes `CompactRange.append` reports."""
