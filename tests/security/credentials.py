"""The development certificates and tokens (scripts/lib/dev_certs.py) as test inputs:
channel credentials per caller, bearer-token metadata, and the servers' settings for
the two deployments the tests run (mutual TLS; TLS with bearer tokens)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import grpc

from chainbridge_common.runtime.security import SecuritySettings
from tests.support.servers import ROOT

# Client certificate / token file stems written by dev_certs.py, one per role.
ROLE_STEMS = ("freight-service", "payment-service", "operator", "client")
INVALID_TOKEN = "cb_not-a-token-this-server-knows"


def make_dev_certs(out: Path) -> DevCerts:
    """Run the real generator (the one scripts/make_dev_certs wraps) into `out`."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lib" / "dev_certs.py"), "--out", str(out)],
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    return DevCerts(out)


@dataclass(frozen=True)
class DevCerts:
    directory: Path

    def path(self, name: str) -> Path:
        return self.directory / name

    def read(self, name: str) -> bytes:
        return self.path(name).read_bytes()

    def token(self, stem: str) -> str:
        return self.path(f"{stem}.token").read_text().strip()

    def bearer(self, token: str) -> tuple[tuple[str, str], ...]:
        return (("authorization", f"Bearer {token}"),)

    def credentials(self, client: str | None = None, *, ca: str = "ca.pem") -> grpc.ChannelCredentials:
        """TLS trusting `ca`, presenting the client certificate `client` (a file stem) if given."""
        if client is None:
            return grpc.ssl_channel_credentials(root_certificates=self.read(ca))
        return grpc.ssl_channel_credentials(
            root_certificates=self.read(ca), private_key=self.read(f"{client}.key"), certificate_chain=self.read(f"{client}.pem")
        )

    def mutual_tls(self, server: str, peer_identity: str) -> SecuritySettings:
        """Serve mTLS as `server` (also accepting bearer tokens); call the peer as `peer_identity` over mTLS."""
        return SecuritySettings(
            tls_cert=self.path(f"{server}.pem"),
            tls_key=self.path(f"{server}.key"),
            tls_client_ca=self.path("ca.pem"),
            auth_tokens_file=self.path("tokens.json"),
            peer_ca=self.path("ca.pem"),
            peer_cert=self.path(f"{peer_identity}.pem"),
            peer_key=self.path(f"{peer_identity}.key"),
        )

    def tls_with_tokens(self, server: str, peer_identity: str) -> SecuritySettings:
        """Serve TLS without client certificates, authenticating bearer tokens; call the peer over
        TLS with `peer_identity`'s service token."""
        return SecuritySettings(
            tls_cert=self.path(f"{server}.pem"),
            tls_key=self.path(f"{server}.key"),
            auth_tokens_file=self.path("tokens.json"),
            peer_ca=self.path("ca.pem"),
            peer_token_file=self.path(f"{peer_identity}.token"),
        )
