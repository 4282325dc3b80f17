"""Signed tree heads as C2SP checkpoints (c2sp.org/tlog-checkpoint) in C2SP signed notes
(c2sp.org/signed-note), signed with Ed25519.

A checkpoint note looks like this; the text above the blank line is what is signed:

    chainbridge.example/pay-log
    1234
    <base64 of the 32-byte RFC 9162 root hash>
    Timestamp: 1767603600000000000

    — chainbridge.example/pay-log <base64 of key ID (4 bytes) || Ed25519 signature (64 bytes)>

Lines 1-3 are the standard checkpoint (origin, tree size, root). Line 4 is an extension line
carrying when the head was signed, in Unix nanoseconds as Sigstore's Rekor writes it. The key
name is the origin, and the key ID is SHA-256(key name || 0x0A || 0x01 || raw public key)[:4].
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from chainbridge_common.transparency.merkle import HASH_SIZE

_SIGNATURE_PREFIX = "\u2014 "  # em dash, space
_ED25519_SIGNATURE_TYPE = b"\x01"
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_TIMESTAMP_PREFIX = "Timestamp: "
# Verifiers must accept at least 16 signatures (C2SP); more than this is an attack or a bug.
_MAX_SIGNATURES = 100
_MAX_NOTE_BYTES = 1 << 20
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class CheckpointError(ValueError):
    """A note or checkpoint is malformed, or no signature by the expected key verifies."""


@dataclass(frozen=True)
class Checkpoint:
    """A verified signed tree head: the log `origin` had `tree_size` leaves with root `root_hash`."""

    origin: str
    tree_size: int
    root_hash: bytes
    timestamp_unix_ns: int

    @property
    def timestamp(self) -> datetime:
        """When the head was signed, UTC, to the microsecond."""
        return _EPOCH + timedelta(microseconds=self.timestamp_unix_ns // 1000)


# ---------------------------------------------------------------- checkpoints


def checkpoint_text(origin: str, tree_size: int, root_hash: bytes, timestamp: datetime) -> str:
    """The note text (the signed part) of a checkpoint."""
    _check_key_name(origin)
    if isinstance(tree_size, bool) or not isinstance(tree_size, int) or not 0 <= tree_size < 1 << 64:
        raise CheckpointError(f"tree size must be an integer in [0, 2**64), got {tree_size!r}")
    if not isinstance(root_hash, bytes) or len(root_hash) != HASH_SIZE:
        raise CheckpointError(f"root hash must be {HASH_SIZE} bytes")
    if timestamp.tzinfo is None or timestamp < _EPOCH:
        raise CheckpointError("timestamp must be timezone-aware and not before 1970")
    nanoseconds = (timestamp - _EPOCH) // timedelta(microseconds=1) * 1000
    return f"{origin}\n{tree_size}\n{base64.b64encode(root_hash).decode('ascii')}\n{_TIMESTAMP_PREFIX}{nanoseconds}\n"


def sign_checkpoint(origin: str, tree_size: int, root_hash: bytes, timestamp: datetime, private_key: Ed25519PrivateKey) -> str:
    """A signed checkpoint note for the tree head, signed by `private_key` under the key name `origin`."""
    return sign_note(checkpoint_text(origin, tree_size, root_hash, timestamp), origin, private_key)


def parse_and_verify_checkpoint(note: str | bytes, public_key: Ed25519PublicKey, *, origin: str | None = None) -> Checkpoint:
    """The checkpoint in `note`, once a signature by `public_key` verifies; raises CheckpointError otherwise.

    Pass `origin` to also require the log's identity (clients should: a key may sign for several logs).
    """
    text = _note_as_text(note)
    claimed_origin = text.split("\n", 1)[0]
    if origin is not None and claimed_origin != origin:
        raise CheckpointError(f"checkpoint is for origin {claimed_origin!r}, expected {origin!r}")
    body = open_note(text, claimed_origin, public_key)
    return _parse_checkpoint_text(body)


def _parse_checkpoint_text(body: str) -> Checkpoint:
    lines = body.split("\n")[:-1]  # the text ends with a newline
    if len(lines) != 4:
        raise CheckpointError(f"a ChainBridge checkpoint has 4 lines (origin, size, root, timestamp), got {len(lines)}")
    origin, size_line, root_line, timestamp_line = lines
    if not _DECIMAL.fullmatch(size_line) or int(size_line) >= 1 << 64:
        raise CheckpointError(f"tree size {size_line!r} is not a decimal uint64 without leading zeros")
    root_hash = _strict_base64(root_line, "root hash")
    if len(root_hash) != HASH_SIZE:
        raise CheckpointError(f"root hash is {len(root_hash)} bytes, not {HASH_SIZE}")
    digits = timestamp_line.removeprefix(_TIMESTAMP_PREFIX)
    if not timestamp_line.startswith(_TIMESTAMP_PREFIX) or not _DECIMAL.fullmatch(digits) or int(digits) >= 1 << 63:
        raise CheckpointError(f"line 4 must be 'Timestamp: <unix nanoseconds>', got {timestamp_line!r}")
    return Checkpoint(origin=origin, tree_size=int(size_line), root_hash=root_hash, timestamp_unix_ns=int(digits))


# ---------------------------------------------------------------- signed notes


def note_key_id(key_name: str, public_key: Ed25519PublicKey) -> bytes:
    """The 4-byte C2SP key ID of an Ed25519 note key: SHA-256(name || 0x0A || 0x01 || public key)[:4]."""
    _check_key_name(key_name)
    return hashlib.sha256(key_name.encode("utf-8") + b"\n" + _ED25519_SIGNATURE_TYPE + _raw_public_key(public_key)).digest()[:4]


def note_verifier_key(key_name: str, public_key: Ed25519PublicKey) -> str:
    """The key in the `name+keyid+base64` form Go's golang.org/x/mod/sumdb/note.NewVerifier reads."""
    key_id = note_key_id(key_name, public_key).hex()
    encoded = base64.b64encode(_ED25519_SIGNATURE_TYPE + _raw_public_key(public_key)).decode("ascii")
    return f"{key_name}+{key_id}+{encoded}"


def sign_note(text: str, key_name: str, private_key: Ed25519PrivateKey) -> str:
    """`text` as a C2SP signed note with one Ed25519 signature by `key_name`."""
    _check_note_text(text)
    key_id = note_key_id(key_name, private_key.public_key())
    signature = private_key.sign(text.encode("utf-8"))
    return f"{text}\n{_SIGNATURE_PREFIX}{key_name} {base64.b64encode(key_id + signature).decode('ascii')}\n"


def open_note(note: str | bytes, key_name: str, public_key: Ed25519PublicKey) -> str:
    """The text of a signed note once a signature by (key_name, public_key) verifies.

    Signatures by other keys (witnesses, a rotated key) are ignored, as C2SP requires; a failing
    signature by this key rejects the note.
    """
    note_text = _note_as_text(note)
    split = note_text.rfind("\n\n")
    if split < 0 or not note_text.endswith("\n"):
        raise CheckpointError("a signed note is text, a blank line, then signature lines, each ending in a newline")
    text, signature_block = note_text[: split + 1], note_text[split + 2 :]
    _check_note_text(text)
    signature_lines = signature_block.split("\n")[:-1]
    if not signature_lines:
        raise CheckpointError("note has no signature lines")
    if len(signature_lines) > _MAX_SIGNATURES:
        raise CheckpointError(f"note has more than {_MAX_SIGNATURES} signatures")
    expected_id = note_key_id(key_name, public_key)
    verified = False
    for line in signature_lines:
        name, encoded = _split_signature_line(line)
        blob = _strict_base64(encoded, "signature")
        if len(blob) < 5:
            raise CheckpointError("a signature holds a 4-byte key ID and at least one signature byte")
        if name != key_name or blob[:4] != expected_id:
            continue
        try:
            public_key.verify(blob[4:], text.encode("utf-8"))
        except InvalidSignature:
            raise CheckpointError(f"the signature by {key_name!r} does not verify") from None
        verified = True
    if not verified:
        raise CheckpointError(f"note has no signature by key {key_name!r} with ID {expected_id.hex()}")
    return text


def _split_signature_line(line: str) -> tuple[str, str]:
    if not line.startswith(_SIGNATURE_PREFIX):
        raise CheckpointError(f"signature line does not start with an em dash and a space: {line!r}")
    parts = line[len(_SIGNATURE_PREFIX) :].split(" ")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise CheckpointError(f"a signature line is '\u2014 <key name> <base64>', got {line!r}")
    return parts[0], parts[1]


def _note_as_text(note: str | bytes) -> str:
    if isinstance(note, bytes):
        try:
            note = note.decode("utf-8")
        except UnicodeDecodeError:
            raise CheckpointError("a signed note must be UTF-8") from None
    if len(note.encode("utf-8", errors="surrogatepass")) > _MAX_NOTE_BYTES:
        raise CheckpointError(f"note is larger than {_MAX_NOTE_BYTES} bytes")
    if any(character < " " and character != "\n" for character in note):
        raise CheckpointError("a signed note contains no control characters other than newline")
    return note


def _check_note_text(text: str) -> None:
    if not text.endswith("\n"):
        raise CheckpointError("note text must end with a newline")
    if any(character < " " and character != "\n" for character in text):
        raise CheckpointError("note text contains no control characters other than newline")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise CheckpointError("note text must be valid UTF-8") from None


def _check_key_name(key_name: str) -> None:
    # The origin doubles as the key name, so it follows the stricter key-name rule.
    if not key_name or any(character.isspace() or character == "+" or character < " " for character in key_name):
        raise CheckpointError(f"a key name (the origin) is non-empty, without spaces or '+': {key_name!r}")


def _strict_base64(encoded: str, what: str) -> bytes:
    try:
        decoded = base64.b64decode(encoded, validate=True)
    except ValueError:
        raise CheckpointError(f"{what} is not valid base64") from None
    # Only one spelling is accepted, so a signed text has exactly one meaning.
    if base64.b64encode(decoded).decode("ascii") != encoded:
        raise CheckpointError(f"{what} is not canonical base64")
    return decoded


def _raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# ---------------------------------------------------------------- keys


def generate_log_key() -> Ed25519PrivateKey:
    """A new Ed25519 signing key for the log."""
    return Ed25519PrivateKey.generate()


def write_key_pair(private_key: Ed25519PrivateKey, private_path: Path, public_path: Path, *, overwrite: bool = False) -> None:
    """Write the private key as unencrypted PKCS#8 PEM (mode 0600) and its public key as SubjectPublicKeyInfo PEM."""
    for path in (private_path, public_path):
        if path.exists() and not overwrite:
            raise FileExistsError(f"{path} exists; refusing to overwrite a key")
    private_pem = private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    public_pem = private_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    private_path.parent.mkdir(parents=True, exist_ok=True)
    public_path.parent.mkdir(parents=True, exist_ok=True)
    # Created 0600 rather than chmod-ed after writing, so the key is never readable by others.
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(private_pem)
    os.chmod(private_path, 0o600)
    public_path.write_bytes(public_pem)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 private key in a PKCS#8 PEM file (unencrypted)."""
    key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise CheckpointError(f"{path} holds a {type(key).__name__}, not an Ed25519 private key")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """The Ed25519 public key in a SubjectPublicKeyInfo PEM file."""
    key = serialization.load_pem_public_key(Path(path).read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise CheckpointError(f"{path} holds a {type(key).__name__}, not an Ed25519 public key")
    return key
