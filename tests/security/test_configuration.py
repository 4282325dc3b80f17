"""Security configuration: what the servers refuse to start with, how identities and
token files are read, and that secrets stay out of the logs."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from chainbridge.freight.v1 import freight_pb2

from chainbridge_common.runtime.cli import security_settings
from chainbridge_common.runtime.security import (
    Role,
    SecurityConfigError,
    SecuritySettings,
    TokenTable,
    certificate_caller,
    is_loopback,
    open_peer_channel,
    server_security,
    token_digest,
)
from chainbridge_common.runtime.server import AllowEveryone
from freight_server.__main__ import build_parser as freight_parser
from freight_server.rpc.roles import FREIGHT_METHOD_ROLES
from freight_server.server import FreightConfig, build_freight_server
from pay_server.__main__ import build_parser as pay_parser
from tests.security.credentials import DevCerts
from tests.support.servers import ROOT


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_loopback_hosts_may_serve_plaintext(host):
    assert is_loopback(host)
    assert server_security(SecuritySettings(), host, FREIGHT_METHOD_ROLES).credentials is None


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.1.2.3", "freight.internal"])
def test_plaintext_on_a_non_loopback_host_is_refused_without_insecure(host):
    assert not is_loopback(host)
    with pytest.raises(SecurityConfigError, match="refusing to serve PLAINTEXT"):
        server_security(SecuritySettings(), host, FREIGHT_METHOD_ROLES)
    assert isinstance(server_security(SecuritySettings(insecure=True), host, FREIGHT_METHOD_ROLES).authorizer, AllowEveryone)


def test_tls_without_authentication_on_a_non_loopback_host_is_refused_without_insecure(certs: DevCerts):
    tls_only = SecuritySettings(tls_cert=certs.path("freight-server.pem"), tls_key=certs.path("freight-server.key"))
    with pytest.raises(SecurityConfigError, match="without authentication"):
        server_security(tls_only, "0.0.0.0", FREIGHT_METHOD_ROLES)
    mutual = SecuritySettings(tls_cert=tls_only.tls_cert, tls_key=tls_only.tls_key, tls_client_ca=certs.path("ca.pem"))
    assert server_security(mutual, "0.0.0.0", FREIGHT_METHOD_ROLES).mutual_tls


def test_refused_configuration_stops_the_build_before_the_database_is_opened():
    config = FreightConfig(db_url="postgresql+psycopg://nobody@127.0.0.1:1/none", payment_addr="127.0.0.1:1")
    config.server.host = "0.0.0.0"
    with pytest.raises(SecurityConfigError):
        build_freight_server(config)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (SecuritySettings(tls_cert=Path("a.pem")), "--tls-cert and --tls-key go together"),
        (SecuritySettings(tls_client_ca=Path("ca.pem")), "needs --tls-cert"),
        (SecuritySettings(tls_cert=Path("/nonexistent.pem"), tls_key=Path("/nonexistent.key")), "cannot read the TLS key"),
    ],
)
def test_inconsistent_server_settings_are_refused(settings, message):
    with pytest.raises(SecurityConfigError, match=message):
        server_security(settings, "127.0.0.1", FREIGHT_METHOD_ROLES)


def test_credentials_for_the_peer_are_only_sent_over_tls(certs: DevCerts):
    with pytest.raises(SecurityConfigError, match="need TLS to the peer"):
        open_peer_channel("127.0.0.1:1", SecuritySettings(peer_token_file=certs.path("freight-service.token")))
    with pytest.raises(SecurityConfigError, match="need TLS to the peer"):
        open_peer_channel(
            "127.0.0.1:1", SecuritySettings(peer_cert=certs.path("freight-service.pem"), peer_key=certs.path("freight-service.key"))
        )
    with pytest.raises(SecurityConfigError, match="go together"):
        open_peer_channel("127.0.0.1:1", SecuritySettings(peer_ca=certs.path("ca.pem"), peer_cert=certs.path("freight-service.pem")))
    peer = open_peer_channel(
        "127.0.0.1:1", SecuritySettings(peer_ca=certs.path("ca.pem"), peer_token_file=certs.path("freight-service.token"))
    )
    try:
        assert peer.tls and peer.call_metadata == (("authorization", f"Bearer {certs.token('freight-service')}"),)
        assert certs.token("freight-service") not in peer.description
    finally:
        peer.channel.close()


def test_every_security_flag_also_reads_an_environment_variable(monkeypatch, certs: DevCerts):
    monkeypatch.setenv("FREIGHT_TLS_CERT", str(certs.path("freight-server.pem")))
    monkeypatch.setenv("FREIGHT_PEER_TOKEN_FILE", str(certs.path("freight-service.token")))
    monkeypatch.setenv("FREIGHT_INSECURE", "true")
    monkeypatch.setenv("PAYMENT_TLS_CLIENT_CA", str(certs.path("ca.pem")))
    freight = security_settings(freight_parser().parse_args([]))
    assert freight.tls_cert == certs.path("freight-server.pem") and freight.tls_key is None
    assert freight.peer_token_file == certs.path("freight-service.token") and freight.insecure
    payment = security_settings(pay_parser().parse_args(["--tls-client-ca", "other.pem"]))  # flags win
    assert payment.tls_client_ca == Path("other.pem") and not payment.insecure


# ---------------------------------------------------------------- identities and tokens


@pytest.mark.parametrize(
    ("spiffe_id", "identity", "role"),
    [
        (b"spiffe://chainbridge/freight-service", "freight-service", Role.FREIGHT_SERVICE),
        (b"spiffe://chainbridge/operator/alice", "operator/alice", Role.OPERATOR),
        (b"spiffe://chainbridge/client/acme-foods.portal", "client/acme-foods.portal", Role.CLIENT),
    ],
)
def test_certificate_identity_is_the_spiffe_id_of_a_known_role(spiffe_id, identity, role):
    caller = certificate_caller({"peer_spiffe_id": [spiffe_id], "x509_common_name": [b"ignored"]})
    assert caller is not None and (caller.identity, caller.role, caller.via) == (identity, role, "mtls")


@pytest.mark.parametrize(
    "auth_context",
    [
        {"x509_common_name": [b"operator"]},  # the CN alone is never trusted
        {"peer_spiffe_id": [b"spiffe://elsewhere/operator"]},
        {"peer_spiffe_id": [b"spiffe://chainbridge/root"]},
        {"peer_spiffe_id": [b"spiffe://chainbridge/operator/a/b"]},
        {"peer_spiffe_id": [b"spiffe://chainbridge/operator/a", b"spiffe://chainbridge/client/b"]},
    ],
)
def test_certificates_without_one_of_our_identities_name_no_caller(auth_context):
    assert certificate_caller(auth_context) is None


def _write(path: Path, content) -> Path:
    path.write_text(json.dumps(content))
    return path


def test_token_files_hold_hashes_and_known_roles_only(tmp_path):
    good = _write(tmp_path / "good.json", {token_digest("cb_abc"): {"identity": "operator/alice", "role": "operator"}})
    table = TokenTable.load(good)
    assert table.lookup("cb_abc").identity == "operator/alice" and table.lookup("cb_abd") is None
    with pytest.raises(SecurityConfigError, match="not raw tokens") as raw:
        TokenTable.load(_write(tmp_path / "raw.json", {"cb_abc": {"identity": "x", "role": "operator"}}))
    assert "cb_abc" not in str(raw.value)
    with pytest.raises(SecurityConfigError, match="role in"):
        TokenTable.load(_write(tmp_path / "role.json", {token_digest("t"): {"identity": "x", "role": "admin"}}))
    (tmp_path / "broken.json").write_text("{not json")
    with pytest.raises(SecurityConfigError, match="not valid JSON"):
        TokenTable.load(tmp_path / "broken.json")


def test_make_dev_token_mints_a_token_the_servers_accept(certs: DevCerts, tmp_path):
    tokens_file = tmp_path / "tokens.json"
    tokens_file.write_bytes(certs.read("tokens.json"))
    minted = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "lib" / "dev_token.py"),
            "--tokens-file",
            str(tokens_file),
            "--identity",
            "operator/bob",
            "--role",
            "operator",
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    token = minted.stdout.strip()
    assert token.startswith("cb_") and token not in tokens_file.read_text()
    table = TokenTable.load(tokens_file)
    assert len(table) == 5 and table.lookup(token).identity == "operator/bob"
    assert tokens_file.stat().st_mode & 0o077 == 0


def test_dev_certs_keep_private_keys_and_tokens_private(certs: DevCerts):
    private = {
        p.name: p.stat().st_mode & 0o777 for p in certs.directory.iterdir() if p.suffix in (".key", ".token") or p.name == "tokens.json"
    }
    stems = [
        "ca",
        "freight-server",
        "payment-server",
        "freight-service",
        "payment-service",
        "operator",
        "client",
        "untrusted-operator",
        "untrusted-server",
    ]
    roles = ["freight-service", "payment-service", "operator", "client"]
    assert set(private) == {f"{s}.key" for s in stems} | {f"{r}.token" for r in roles} | {"tokens.json"}
    assert set(private.values()) == {0o600}


# ---------------------------------------------------------------- what is logged


def test_plaintext_and_open_access_are_logged_loudly(caplog):
    security = server_security(SecuritySettings(), "127.0.0.1", FREIGHT_METHOD_ROLES)
    with caplog.at_level(logging.INFO):
        security.log_start(logging.getLogger("test"), "FreightService", "127.0.0.1:50051")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("PLAINTEXT" in m for m in warnings) and any("AUTHENTICATION OFF" in m for m in warnings)
    assert not any("beyond loopback" in m for m in warnings)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        server_security(SecuritySettings(insecure=True), "0.0.0.0", FREIGHT_METHOD_ROLES).log_start(
            logging.getLogger("test"), "PaymentService", "0.0.0.0:50052"
        )
    assert "reachable beyond loopback WITHOUT TLS because of --insecure" in caplog.text


@pytest.mark.parametrize("backend", ["sqlite"])
def test_tokens_and_keys_never_reach_the_logs(token_stack, certs: DevCerts, caplog):
    caplog.set_level(logging.DEBUG)
    token_stack.freight.foundation.security.log_start(logging.getLogger("test"), "FreightService", "127.0.0.1")
    token_stack.freight.foundation.peer.log_start(logging.getLogger("test"), "delivering", "127.0.0.1")
    freight = token_stack.freight_stub(certs.credentials())
    for token in (certs.token("client"), certs.token("payment-service"), "cb_wrong-token"):
        try:
            freight.ListShipments(freight_pb2.ListShipmentsRequest(page_size=-1), timeout=10, metadata=certs.bearer(token))
        except Exception:  # noqa: BLE001 - the outcome is not the point here
            pass
    assert "refused" in caplog.text and "bearer token(s) from" in caplog.text
    secrets = [certs.token(stem) for stem in ("client", "payment-service", "operator", "freight-service")]
    secrets += ["cb_wrong-token", certs.read("freight-server.key").decode().splitlines()[1]]
    assert not [s for s in secrets if s in caplog.text]
