"""Mint a bearer token for a ChainBridge caller and record its SHA-256 in a tokens file.

Usage: python dev_token.py --identity operator/alice --role operator
           [--tokens-file var/certs/tokens.json] [--out FILE]

The raw token is printed once (or written to --out with mode 0600); the tokens file, which
the servers read with --auth-tokens-file, holds only sha256(token) -> {identity, role}.
A server reads its tokens file at start-up: restart it to accept the new token.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from chainbridge_common.runtime.security import ROLE_NAMES, TokenTable, mint_token, token_digest


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(text)
    os.chmod(path, 0o600)


def add_token(tokens_file: Path, identity: str, role: str) -> str:
    """Mint a token for `identity` with `role`, add its hash to `tokens_file`; return the token."""
    entries = json.loads(tokens_file.read_text()) if tokens_file.exists() else {}
    token = mint_token()
    entries[token_digest(token)] = {"identity": identity, "role": role}
    tokens_file.parent.mkdir(parents=True, exist_ok=True)
    _write_private(tokens_file, json.dumps(entries, indent=2, sort_keys=True) + "\n")
    TokenTable.load(tokens_file)  # the servers must accept what we wrote
    return token


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--identity", required=True, help="who the token stands for, e.g. operator/alice (the audit actor)")
    parser.add_argument("--role", required=True, choices=sorted(ROLE_NAMES))
    parser.add_argument("--tokens-file", type=Path, default=Path("var/certs/tokens.json"))
    parser.add_argument("--out", type=Path, help="write the token here (mode 0600) instead of printing it")
    args = parser.parse_args(argv)
    token = add_token(args.tokens_file, args.identity, args.role)
    if args.out:
        _write_private(args.out, token + "\n")
        print(
            f"make_dev_token: token for {args.identity} ({args.role}) written to {args.out}; hash added to {args.tokens_file}",
            file=sys.stderr,
        )
    else:
        print(token)
        print(f"make_dev_token: hash added to {args.tokens_file}; the token is shown only this once", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
