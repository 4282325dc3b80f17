"""Development certificates and tokens for running ChainBridge with TLS, mutual TLS and
bearer tokens on one machine. Not for production: the CA key sits next to the certs.

Usage: python dev_certs.py [--out var/certs] [--days 365] [--force]

Writes into --out (see docs/security.md for what each file is for):
  ca.pem ca.key                              the development CA both servers trust
  freight-server.pem/.key payment-server.pem/.key
                                             server certificates (SAN 127.0.0.1, ::1, localhost)
  freight-service.pem/.key payment-service.pem/.key operator.pem/.key client.pem/.key
                                             client certificates; the caller's identity is the
                                             one SAN URI spiffe://chainbridge/<role>[/<name>]
  untrusted-ca.pem untrusted-operator.pem/.key
                                             an unrelated CA and a client certificate it signed
                                             (claims to be an operator): for negative tests
  tokens.json                                sha256(token) -> {identity, role}, for --auth-tokens-file
  <identity>.token                           the raw bearer tokens (mode 0600), one per role

Keys are ECDSA P-256; private keys and tokens are written with mode 0600.
"""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from chainbridge_common.runtime.security import TRUST_DOMAIN, mint_token, spiffe_id, token_digest

# The roles' development identities: (file stem, role, name within the role).
CLIENT_IDENTITIES = [
    ("freight-service", "freight-service", ""),
    ("payment-service", "payment-service", ""),
    ("operator", "operator", "dev-operator"),
    ("client", "client", "dev-client"),
]
SERVER_NAMES = {"freight-server": "freight.chainbridge.localhost", "payment-server": "payment.chainbridge.localhost"}
LOOPBACK_SANS: list[x509.GeneralName] = [
    x509.DNSName("localhost"),
    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    x509.IPAddress(ipaddress.ip_address("::1")),
]


@dataclass
class Authority:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ChainBridge development"), x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    )


def _validity(builder: x509.CertificateBuilder, days: int) -> x509.CertificateBuilder:
    # Backdated a little so a clock a few minutes behind still accepts a fresh certificate.
    now = dt.datetime.now(dt.UTC)
    return builder.not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=days))


def make_authority(common_name: str, days: int) -> Authority:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(common_name)
    builder = (
        _validity(x509.CertificateBuilder(), days)
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    return Authority(builder.sign(key, hashes.SHA256()), key)


def issue(
    authority: Authority, common_name: str, sans: list[x509.GeneralName], *, server: bool, days: int
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A leaf certificate for a server (serverAuth) or a client (clientAuth) signed by `authority`."""
    key = ec.generate_private_key(ec.SECP256R1())
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (
        _validity(x509.CertificateBuilder(), days)
        .subject_name(_name(common_name))
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key()), critical=False)
    )
    return builder.sign(authority.key, hashes.SHA256()), key


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
    os.chmod(path, 0o600)  # also when the file already existed with wider permissions


def _write_pair(out: Path, stem: str, certificate: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> None:
    (out / f"{stem}.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    _write_private(
        out / f"{stem}.key",
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
    )


def _client_sans(role: str, name: str) -> list[x509.GeneralName]:
    return [x509.UniformResourceIdentifier(spiffe_id(role, name))]


def _identity(role: str, name: str) -> str:
    return f"{role}/{name}" if name else role


def write_dev_tree(out: Path, *, days: int = 365) -> list[Path]:
    """Create the CA, certificates and tokens in `out`; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    ca = make_authority("ChainBridge development CA", days)
    (out / "ca.pem").write_bytes(ca.certificate.public_bytes(serialization.Encoding.PEM))
    _write_private(
        out / "ca.key", ca.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )

    for stem, common_name in SERVER_NAMES.items():
        _write_pair(out, stem, *issue(ca, common_name, [x509.DNSName(common_name), *LOOPBACK_SANS], server=True, days=days))
    for stem, role, name in CLIENT_IDENTITIES:
        _write_pair(out, stem, *issue(ca, _identity(role, name), _client_sans(role, name), server=False, days=days))

    untrusted = make_authority("Unrelated CA (not trusted by ChainBridge)", days)
    (out / "untrusted-ca.pem").write_bytes(untrusted.certificate.public_bytes(serialization.Encoding.PEM))
    _write_pair(
        out, "untrusted-operator", *issue(untrusted, "operator/impostor", _client_sans("operator", "impostor"), server=False, days=days)
    )
    _write_pair(out, "untrusted-server", *issue(untrusted, "impostor.chainbridge.localhost", list(LOOPBACK_SANS), server=True, days=days))

    tokens: dict[str, dict[str, str]] = {}
    for stem, role, name in CLIENT_IDENTITIES:
        token = mint_token()
        tokens[token_digest(token)] = {"identity": _identity(role, name), "role": role}
        _write_private(out / f"{stem}.token", f"{token}\n".encode())
    _write_private(out / "tokens.json", (json.dumps(tokens, indent=2, sort_keys=True) + "\n").encode())
    return sorted(out.iterdir())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("var/certs"), help="directory to write into (default var/certs)")
    parser.add_argument("--days", type=int, default=365, help="validity of every certificate, days (default 365)")
    parser.add_argument("--force", action="store_true", help="replace an existing development CA in --out")
    args = parser.parse_args(argv)
    if (args.out / "ca.pem").exists() and not args.force:
        print(f"make_dev_certs: {args.out}/ca.pem exists; pass --force to replace every certificate and token there", file=sys.stderr)
        return 1
    written = write_dev_tree(args.out, days=args.days)
    print(f"make_dev_certs: wrote {len(written)} files to {args.out} (trust domain spiffe://{TRUST_DOMAIN}/)")
    for path in written:
        print(f"  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
