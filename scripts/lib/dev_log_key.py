"""Write a development Ed25519 key pair for signing transparency log checkpoints.

Usage: python dev_log_key.py [--private-key var/dev-log-key.pem] [--public-key var/dev-log-key.pub]
           [--origin ORIGIN] [--force]

The private key is unencrypted PKCS#8 PEM written with mode 0600; the public key is
SubjectPublicKeyInfo PEM, the file `chainbridge verify` and other verifiers are given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chainbridge_common.transparency.checkpoint import (
    generate_log_key,
    load_private_key,
    load_public_key,
    note_verifier_key,
    write_key_pair,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--private-key", type=Path, default=Path("var/dev-log-key.pem"), help="where to write the private key (PKCS#8 PEM)")
    parser.add_argument("--public-key", type=Path, default=Path("var/dev-log-key.pub"), help="where to write the public key (SPKI PEM)")
    parser.add_argument("--origin", help="the log's origin line; prints the key in Go's signed-note verifier form for it")
    parser.add_argument("--force", action="store_true", help="replace existing key files")
    args = parser.parse_args(argv)
    try:
        write_key_pair(generate_log_key(), args.private_key, args.public_key, overwrite=args.force)
    except FileExistsError as error:
        print(f"make_dev_log_key: {error} (pass --force to replace it)", file=sys.stderr)
        return 1
    # Read back what was written: a pair that does not load is worse than no pair.
    public_key = load_public_key(args.public_key)
    if load_private_key(args.private_key).public_key() != public_key:
        print("make_dev_log_key: the written files are not one key pair", file=sys.stderr)
        return 1
    print(f"make_dev_log_key: private key {args.private_key} (mode 0600), public key {args.public_key}", file=sys.stderr)
    if args.origin:
        print(note_verifier_key(args.origin, public_key))
    return 0


if __name__ == "__main__":
    sys.exit(main())
