"""Signed tree heads: C2SP checkpoints in C2SP signed notes, Ed25519, and the log's key files."""

from __future__ import annotations

import base64
import hashlib
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from chainbridge_common.transparency.checkpoint import (
    Checkpoint,
    CheckpointError,
    checkpoint_text,
    generate_log_key,
    load_private_key,
    load_public_key,
    note_key_id,
    note_verifier_key,
    open_note,
    parse_and_verify_checkpoint,
    sign_checkpoint,
    sign_note,
    write_key_pair,
)

ROOT = Path(__file__).resolve().parents[2]
ORIGIN = "chainbridge.example/pay-log"
ROOT_HASH = hashlib.sha256(b"a root").digest()
SIGNED_AT = datetime(2026, 1, 5, 9, 0, 0, 123456, tzinfo=UTC)

# The example of golang.org/x/mod/sumdb/note, the reference implementation of signed notes.
# Ed25519 is deterministic, so signing the same text with the same key must give these bytes.
GO_SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"


def go_example_key() -> Ed25519PrivateKey:
    encoded = base64.b64decode(GO_SIGNER_KEY.split("+", 4)[4])
    assert encoded[0] == 0x01  # the Ed25519 algorithm byte
    return Ed25519PrivateKey.from_private_bytes(encoded[1:])


@pytest.fixture(scope="module")
def log_key() -> Ed25519PrivateKey:
    return generate_log_key()


def signed_head(log_key: Ed25519PrivateKey, tree_size: int = 1234) -> str:
    return sign_checkpoint(ORIGIN, tree_size, ROOT_HASH, SIGNED_AT, log_key)


# ---------------------------------------------------------------- signed notes


def test_signing_the_go_reference_note_gives_its_bytes_exactly():
    key = go_example_key()
    assert sign_note(GO_TEXT, "PeterNeumann", key) == GO_NOTE
    assert note_key_id("PeterNeumann", key.public_key()).hex() == "c74f20a3"
    assert note_verifier_key("PeterNeumann", key.public_key()) == GO_VERIFIER_KEY
    assert open_note(GO_NOTE, "PeterNeumann", key.public_key()) == GO_TEXT
    assert open_note(GO_NOTE.encode("utf-8"), "PeterNeumann", key.public_key()) == GO_TEXT


def test_a_note_is_opened_only_with_the_right_name_and_key(log_key):
    public_key = go_example_key().public_key()
    with pytest.raises(CheckpointError, match="no signature by key 'PeterNeumann'"):
        open_note(GO_NOTE, "PeterNeumann", log_key.public_key())
    with pytest.raises(CheckpointError, match="no signature by key 'Peter'"):
        open_note(GO_NOTE, "Peter", public_key)
    with pytest.raises(CheckpointError, match="does not verify"):
        open_note(GO_NOTE.replace("cryptography", "cryptographY"), "PeterNeumann", public_key)


def test_signatures_by_other_keys_are_ignored_but_a_bad_one_by_ours_rejects(log_key):
    witness_line = sign_note(GO_TEXT, "witness.example/w1", log_key).split("\n\n")[1]
    cosigned = GO_NOTE + witness_line
    assert open_note(cosigned, "PeterNeumann", go_example_key().public_key()) == GO_TEXT
    assert open_note(cosigned, "witness.example/w1", log_key.public_key()) == GO_TEXT
    # A second line by our key whose signature is wrong: C2SP says reject the note.
    forged = base64.b64encode(note_key_id("PeterNeumann", go_example_key().public_key()) + bytes(64)).decode()
    with pytest.raises(CheckpointError, match="does not verify"):
        open_note(GO_NOTE + f"\u2014 PeterNeumann {forged}\n", "PeterNeumann", go_example_key().public_key())


@pytest.mark.parametrize(
    ("note", "complaint"),
    [
        (GO_TEXT, "blank line"),
        (GO_NOTE.rstrip("\n"), "blank line"),
        (GO_NOTE.replace("\u2014 ", "-- "), "em dash"),
        (GO_NOTE.replace("PeterNeumann x08", "PeterNeumann  x08"), "signature line"),
        (GO_NOTE.replace("AM=\n", "AM\n"), "base64"),
        (GO_NOTE.replace("x08go", "x08g\u00f6"), "base64"),
        (GO_NOTE.replace("problem,", "problem,\r"), "control characters"),
        (GO_NOTE.replace("PeterNeumann x08", "PeterNeumann\tx08"), "control characters"),
        (GO_TEXT + "\n", "no signature lines"),
        (GO_TEXT + "\n" + "\u2014 PeterNeumann AAAA\n", "at least one signature byte"),
    ],
)
def test_malformed_notes_are_refused(note, complaint):
    with pytest.raises(CheckpointError, match=complaint):
        open_note(note, "PeterNeumann", go_example_key().public_key())


def test_non_canonical_base64_is_refused():
    # The last base64 digit carries 2 unused bits; setting them gives the same bytes, another spelling.
    signature = GO_NOTE.split(" ")[-1].strip()
    respelled = signature[:-2] + "N="
    assert base64.b64decode(respelled) == base64.b64decode(signature)
    with pytest.raises(CheckpointError, match="canonical"):
        open_note(GO_NOTE.replace(signature, respelled), "PeterNeumann", go_example_key().public_key())


# ---------------------------------------------------------------- checkpoints


def test_a_checkpoint_is_origin_size_root_and_a_timestamp_line(log_key):
    note = signed_head(log_key)
    text, signatures = note.split("\n\n")
    assert text.split("\n") == [ORIGIN, "1234", base64.b64encode(ROOT_HASH).decode(), "Timestamp: 1767603600123456000"]
    assert signatures.startswith(f"\u2014 {ORIGIN} ") and signatures.endswith("\n")
    assert base64.b64decode(signatures.split(" ")[2])[:4] == note_key_id(ORIGIN, log_key.public_key())
    assert checkpoint_text(ORIGIN, 1234, ROOT_HASH, SIGNED_AT) == text + "\n"


@pytest.mark.parametrize(
    ("timestamp", "line"),
    [
        (datetime(1970, 1, 1, tzinfo=UTC), "Timestamp: 0"),
        (datetime(2026, 1, 5, 9, 0, 0, 1, tzinfo=UTC), "Timestamp: 1767603600000001000"),
        (datetime(2099, 12, 31, 23, 59, 59, 999999, tzinfo=UTC), "Timestamp: 4102444799999999000"),
    ],
)
def test_the_timestamp_line_is_exact_unix_nanoseconds(log_key, timestamp, line):
    text = checkpoint_text(ORIGIN, 1, ROOT_HASH, timestamp)
    assert text.split("\n")[3] == line
    assert parse_and_verify_checkpoint(sign_note(text, ORIGIN, log_key), log_key.public_key()).timestamp == timestamp


def test_a_signed_checkpoint_parses_back_to_what_was_signed(log_key):
    checkpoint = parse_and_verify_checkpoint(signed_head(log_key), log_key.public_key(), origin=ORIGIN)
    assert checkpoint == Checkpoint(origin=ORIGIN, tree_size=1234, root_hash=ROOT_HASH, timestamp_unix_ns=1_767_603_600_123_456_000)
    assert checkpoint.timestamp == SIGNED_AT
    empty = parse_and_verify_checkpoint(sign_checkpoint(ORIGIN, 0, hashlib.sha256(b"").digest(), SIGNED_AT, log_key), log_key.public_key())
    assert empty.tree_size == 0


def test_the_verifier_key_string_is_name_key_id_and_the_typed_public_key(log_key):
    name, key_id, encoded = note_verifier_key(ORIGIN, log_key.public_key()).split("+", 2)  # base64 may hold a "+"
    assert name == ORIGIN
    assert bytes.fromhex(key_id) == note_key_id(ORIGIN, log_key.public_key())
    raw = log_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert base64.b64decode(encoded) == b"\x01" + raw


@pytest.mark.parametrize(
    ("original", "tampered"),
    [
        ("\n1234\n", "\n1235\n"),
        ("\n1234\n", "\n123\n"),
        ("Timestamp: 1767603600123456000", "Timestamp: 1767603600123456001"),
        (base64.b64encode(ROOT_HASH).decode(), base64.b64encode(hashlib.sha256(b"another root").digest()).decode()),
    ],
)
def test_any_change_to_a_signed_checkpoint_is_caught(log_key, original, tampered):
    note = signed_head(log_key)
    assert original in note
    with pytest.raises(CheckpointError, match="does not verify"):
        parse_and_verify_checkpoint(note.replace(original, tampered, 1), log_key.public_key())


def test_a_flipped_bit_in_the_signature_is_caught(log_key):
    note = signed_head(log_key)
    text, signature_line = note.split("\n\n")
    blob = bytearray(base64.b64decode(signature_line.split(" ")[2]))
    for position in (4, 40, 67):  # inside the Ed25519 signature, after the key ID
        flipped = bytearray(blob)
        flipped[position] ^= 0x10
        forged = f"{text}\n\n\u2014 {ORIGIN} {base64.b64encode(bytes(flipped)).decode()}\n"
        with pytest.raises(CheckpointError, match="does not verify"):
            parse_and_verify_checkpoint(forged, log_key.public_key())


def test_a_checkpoint_from_another_key_or_for_another_log_is_refused(log_key):
    with pytest.raises(CheckpointError, match="no signature"):
        parse_and_verify_checkpoint(signed_head(log_key), generate_log_key().public_key())
    with pytest.raises(CheckpointError, match="expected 'chainbridge.example/other-log'"):
        parse_and_verify_checkpoint(signed_head(log_key), log_key.public_key(), origin="chainbridge.example/other-log")
    other_origin = sign_checkpoint("chainbridge.example/other-log", 1234, ROOT_HASH, SIGNED_AT, log_key)
    with pytest.raises(CheckpointError, match="expected"):
        parse_and_verify_checkpoint(other_origin, log_key.public_key(), origin=ORIGIN)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        (f"{ORIGIN}\n01234\n{base64.b64encode(ROOT_HASH).decode()}\nTimestamp: 1\n", "leading zeros"),
        (f"{ORIGIN}\n-1\n{base64.b64encode(ROOT_HASH).decode()}\nTimestamp: 1\n", "decimal"),
        (f"{ORIGIN}\n{1 << 64}\n{base64.b64encode(ROOT_HASH).decode()}\nTimestamp: 1\n", "uint64"),
        (f"{ORIGIN}\n5\n{base64.b64encode(ROOT_HASH[:31]).decode()}\nTimestamp: 1\n", "31 bytes"),
        (f"{ORIGIN}\n5\n{base64.b64encode(ROOT_HASH).decode()}\n", "4 lines"),
        (f"{ORIGIN}\n5\n{base64.b64encode(ROOT_HASH).decode()}\nTimestamp: 1\nextra\n", "4 lines"),
        (f"{ORIGIN}\n5\n{base64.b64encode(ROOT_HASH).decode()}\nTimestamp: 01\n", "Timestamp"),
        (f"{ORIGIN}\n5\n{base64.b64encode(ROOT_HASH).decode()}\ntimestamp: 1\n", "Timestamp"),
    ],
)
def test_well_signed_but_malformed_checkpoints_are_refused(log_key, text, complaint):
    with pytest.raises(CheckpointError, match=complaint):
        parse_and_verify_checkpoint(sign_note(text, ORIGIN, log_key), log_key.public_key())


@pytest.mark.parametrize(
    ("origin", "tree_size", "root_hash", "timestamp", "complaint"),
    [
        ("pay log", 1, ROOT_HASH, SIGNED_AT, "without spaces"),
        ("pay+log", 1, ROOT_HASH, SIGNED_AT, "without spaces or '\\+'"),
        ("", 1, ROOT_HASH, SIGNED_AT, "non-empty"),
        (ORIGIN, -1, ROOT_HASH, SIGNED_AT, "tree size"),
        (ORIGIN, 1, ROOT_HASH[:16], SIGNED_AT, "32 bytes"),
        (ORIGIN, 1, ROOT_HASH, datetime(2026, 1, 5), "timezone-aware"),
    ],
)
def test_impossible_heads_are_not_signed(log_key, origin, tree_size, root_hash, timestamp, complaint):
    with pytest.raises(CheckpointError, match=complaint):
        sign_checkpoint(origin, tree_size, root_hash, timestamp, log_key)


def test_the_example_in_the_docs_verifies_and_is_reproducible():
    """docs/transparency.md §5: the 8-leaf reference tree's head, signed by the documentation key."""
    docs = (ROOT / "docs/transparency.md").read_text()
    note = "\n".join(line.removeprefix("    ") for line in docs.split("Example, over the 8-leaf")[1].split("\n")[3:9]) + "\n"
    pem = docs.split("    -----BEGIN PUBLIC KEY-----")[1].split("    -----END PUBLIC KEY-----")[0]
    public_key = serialization.load_pem_public_key(
        f"-----BEGIN PUBLIC KEY-----{pem.replace('    ', '')}-----END PUBLIC KEY-----\n".encode()
    )
    assert isinstance(public_key, Ed25519PublicKey)
    checkpoint = parse_and_verify_checkpoint(note, public_key, origin=ORIGIN)
    assert checkpoint.tree_size == 8
    assert checkpoint.root_hash.hex() == "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"  # RFC 6962 vectors
    docs_key = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"chainbridge docs example key").digest())
    assert sign_checkpoint(ORIGIN, 8, checkpoint.root_hash, datetime(2026, 1, 5, 9, 0, tzinfo=UTC), docs_key) == note
    assert note_verifier_key(ORIGIN, public_key) in docs


# ---------------------------------------------------------------- key files


def test_a_written_key_pair_loads_back_and_signs_verifiably(tmp_path, log_key):
    private_path, public_path = tmp_path / "keys" / "log.pem", tmp_path / "keys" / "log.pub"
    write_key_pair(log_key, private_path, public_path)
    assert stat.S_IMODE(private_path.stat().st_mode) == 0o600
    assert private_path.read_text().startswith("-----BEGIN PRIVATE KEY-----")  # PKCS#8
    assert public_path.read_text().startswith("-----BEGIN PUBLIC KEY-----")  # SubjectPublicKeyInfo
    note = signed_head(load_private_key(private_path))
    assert parse_and_verify_checkpoint(note, load_public_key(public_path)).tree_size == 1234
    assert load_public_key(public_path) == log_key.public_key()


def test_key_files_are_not_overwritten_unless_asked(tmp_path, log_key):
    private_path, public_path = tmp_path / "log.pem", tmp_path / "log.pub"
    write_key_pair(log_key, private_path, public_path)
    with pytest.raises(FileExistsError):
        write_key_pair(generate_log_key(), private_path, public_path)
    assert load_public_key(public_path) == log_key.public_key()
    replacement = generate_log_key()
    write_key_pair(replacement, private_path, public_path, overwrite=True)
    assert load_public_key(public_path) == replacement.public_key()


def test_keys_of_another_algorithm_are_refused(tmp_path):
    ecdsa_key = ec.generate_private_key(ec.SECP256R1())
    private_path, public_path = tmp_path / "ec.pem", tmp_path / "ec.pub"
    private_path.write_bytes(
        ecdsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    public_path.write_bytes(
        ecdsa_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    with pytest.raises(CheckpointError, match="not an Ed25519 private key"):
        load_private_key(private_path)
    with pytest.raises(CheckpointError, match="not an Ed25519 public key"):
        load_public_key(public_path)


def test_the_dev_key_script_writes_a_usable_pair(tmp_path):
    private_path, public_path = tmp_path / "dev-log-key.pem", tmp_path / "dev-log-key.pub"
    command = [
        sys.executable,
        str(ROOT / "scripts/lib/dev_log_key.py"),
        "--private-key",
        str(private_path),
        "--public-key",
        str(public_path),
    ]
    finished = subprocess.run([*command, "--origin", ORIGIN], capture_output=True, text=True, check=True)
    public_key = load_public_key(public_path)
    assert finished.stdout.strip() == note_verifier_key(ORIGIN, public_key)
    assert load_private_key(private_path).public_key() == public_key
    again = subprocess.run(command, capture_output=True, text=True)
    assert again.returncode == 1 and "--force" in again.stderr
    assert load_public_key(public_path) == public_key
