"""Command-line plumbing shared by both servers: every flag can also come from an
environment variable named in its help (flags win), so containers and shells configure
the same options."""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from chainbridge_common.runtime.logs import configure_logging
from chainbridge_common.runtime.migrations import SchemaMismatch
from chainbridge_common.runtime.security import SecurityConfigError, SecuritySettings
from chainbridge_common.runtime.server import ServerSettings
from chainbridge_common.runtime.tracing import EXPORTERS, TracingSettings


class EnvDefaultsParser(argparse.ArgumentParser):
    """An ArgumentParser whose options read a default from an environment variable."""

    def __init__(self, *args, env_prefix: str, **kwargs):
        kwargs.setdefault("formatter_class", argparse.ArgumentDefaultsHelpFormatter)
        super().__init__(*args, **kwargs)
        self.env_prefix = env_prefix

    def add_env_option(
        self,
        flag: str,
        *,
        default: Any,
        help: str,
        type: Callable[[str], Any] = str,
        env: str | None = None,
        choices: list[str] | None = None,
    ) -> None:
        env_name = env or f"{self.env_prefix}_{flag.lstrip('-').replace('-', '_').upper()}"
        raw = os.environ.get(env_name)
        value = type(raw) if raw not in (None, "") else default
        self.add_argument(flag, default=value, type=type, choices=choices, help=f"{help} [env {env_name}]")

    def add_env_flag(self, flag: str, *, help: str, env: str | None = None) -> None:
        env_name = env or f"{self.env_prefix}_{flag.lstrip('-').replace('-', '_').upper()}"
        default = os.environ.get(env_name, "").lower() in ("1", "true", "yes", "on")
        self.add_argument(flag, action="store_true", default=default, help=f"{help} [env {env_name}]")


def default_sqlite_url(name: str) -> str:
    return f"sqlite:///{Path.cwd() / 'var' / f'{name}.db'}"


def add_server_options(parser: EnvDefaultsParser, *, default_port: int, service: str) -> None:
    parser.add_env_option("--host", default="127.0.0.1", help="address to listen on")
    parser.add_env_option("--port", default=default_port, type=int, help="port to listen on (0 picks a free one)")
    parser.add_env_option(
        "--db-url", default=default_sqlite_url(service), help="SQLAlchemy database URL (sqlite:///... or postgresql+psycopg://...)"
    )
    parser.add_env_option(
        "--db-read-url", default="", help="PostgreSQL URL for reads that tolerate lag (lists, audit, history); the primary when unset"
    )
    parser.add_env_option("--max-workers", default=8, type=int, help="RPC worker threads")
    parser.add_env_option("--shutdown-grace", default=10.0, type=float, help="seconds to drain in-flight calls on SIGTERM")
    parser.add_env_flag("--reuse-port", help="share the port with other processes (SO_REUSEPORT)")
    parser.add_env_option("--log-level", default="INFO", help="logging level")
    parser.add_env_option("--log-format", default="text", choices=["text", "json"], help="log line format")
    parser.add_env_option("--port-file", default="", help="write the bound port to this file once serving (for --port 0)")
    parser.add_env_option(
        "--metrics-port", default=-1, type=int, help="serve Prometheus metrics on this HTTP port (-1: off, 0: any free port)"
    )
    parser.add_env_option("--metrics-host", default="127.0.0.1", help="address of the metrics HTTP endpoint")
    parser.add_env_option(
        "--traces-exporter",
        default="none",
        env="OTEL_TRACES_EXPORTER",
        choices=list(EXPORTERS),
        help="OpenTelemetry traces: none (off), otlp (OTLP/gRPC; OTEL_EXPORTER_OTLP_* variables apply) or console",
    )
    parser.add_env_option(
        "--otlp-endpoint",
        default="",
        env="OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
        help="OTLP/gRPC endpoint of the traces collector (default: OTEL_EXPORTER_OTLP_ENDPOINT, else http://localhost:4317)",
    )
    parser.add_env_option(
        "--page-token-secret-file",
        default="",
        help="file holding the secret that signs page tokens; replicas serving one listing need the same (default: random per process)",
    )


def metrics_port(args) -> int | None:
    return None if args.metrics_port < 0 else args.metrics_port


def add_security_options(parser: EnvDefaultsParser, *, peer: str) -> None:
    """TLS, mutual TLS, bearer tokens and the credentials for calling `peer` (docs/security.md)."""
    parser.add_env_option("--tls-cert", default="", help="PEM certificate chain to serve TLS with (with --tls-key); plaintext without")
    parser.add_env_option("--tls-key", default="", help="PEM private key of --tls-cert")
    parser.add_env_option("--tls-client-ca", default="", help="PEM CA whose client certificates are required and trusted (mutual TLS)")
    parser.add_env_option("--auth-tokens-file", default="", help="JSON file of accepted bearer tokens: sha256(token) -> {identity, role}")
    parser.add_env_option("--peer-ca", default="", help=f"PEM CA to verify the {peer} with; TLS to it when set, plaintext otherwise")
    parser.add_env_option("--peer-cert", default="", help=f"PEM client certificate to present to the {peer} (mutual TLS)")
    parser.add_env_option("--peer-key", default="", help="PEM private key of --peer-cert")
    parser.add_env_option("--peer-token-file", default="", help=f"file holding the bearer token to send to the {peer} (needs --peer-ca)")
    parser.add_env_flag("--insecure", help="allow serving plaintext or unauthenticated on a non-loopback --host")


def security_settings(args: argparse.Namespace) -> SecuritySettings:
    """The SecuritySettings named by the options of add_security_options."""

    def path(value: str) -> Path | None:
        return Path(value) if value else None

    return SecuritySettings(
        tls_cert=path(args.tls_cert),
        tls_key=path(args.tls_key),
        tls_client_ca=path(args.tls_client_ca),
        auth_tokens_file=path(args.auth_tokens_file),
        peer_ca=path(args.peer_ca),
        peer_cert=path(args.peer_cert),
        peer_key=path(args.peer_key),
        peer_token_file=path(args.peer_token_file),
        insecure=args.insecure,
    )


def service_parser(
    *, module: str, title: str, env_prefix: str, version: str, default_port: int, database: str, peer: str
) -> EnvDefaultsParser:
    """The parser both servers start from: serve|migrate, --version, server and security options."""
    parser = EnvDefaultsParser(prog=f"python -m {module}", description=f"ChainBridge {title}", env_prefix=env_prefix)
    parser.add_argument(
        "command",
        nargs="?",
        default="serve",
        choices=["serve", "migrate"],
        help="serve (default) or migrate the database to the latest schema",
    )
    parser.add_argument("--version", action="version", version=f"{module} {version}")
    add_server_options(parser, default_port=default_port, service=database)
    add_security_options(parser, peer=peer)
    return parser


def common_config(args: argparse.Namespace) -> dict[str, Any]:
    """The ServiceConfig fields every server takes from its flags."""
    return {
        "db_url": args.db_url,
        "db_read_url": args.db_read_url,
        "server": ServerSettings(
            host=args.host,
            port=args.port,
            max_workers=args.max_workers,
            reuse_port=args.reuse_port,
            shutdown_grace_seconds=args.shutdown_grace,
        ),
        "security": security_settings(args),
        "metrics_port": metrics_port(args),
        "metrics_host": args.metrics_host,
        "page_token_secret": Path(args.page_token_secret_file).read_bytes().strip() if args.page_token_secret_file else None,
        "tracing": TracingSettings(exporter=args.traces_exporter, otlp_endpoint=args.otlp_endpoint),
    }


def run_service(
    args: argparse.Namespace,
    *,
    log_name: str,
    title: str,
    migrate_upgrade: Callable[[str], None],
    build: Callable[[], Any],
    peer_role: str,
    peer_addr: str,
) -> int:
    """Migrate, or build, start and serve until SIGTERM/SIGINT. Exit 2 on a configuration
    the server refuses (wrong schema revision, unsafe or inconsistent security)."""
    configure_logging(log_name, level=args.log_level, fmt=args.log_format)
    log = logging.getLogger(log_name)
    if args.command == "migrate":
        migrate_upgrade(args.db_url)
        log.info("%s database migrated to the latest schema", log_name)
        return 0
    try:
        server = build()
    except (SchemaMismatch, SecurityConfigError) as error:
        log.error("%s", error)
        return 2
    port = server.start()
    server.foundation.security.log_start(log, title, f"{args.host}:{port}")
    server.foundation.peer.log_start(log, peer_role, peer_addr)
    if args.port_file:
        Path(args.port_file).write_text(str(port))
    server.host.serve_until_signal()
    return 0
