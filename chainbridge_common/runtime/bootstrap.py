"""What every server assembles the same way: its common settings, the resources it opens
first (security, the channel to its peer, the database), and the host around its
servicer with the standard workers (housekeeping, metrics endpoint)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import grpc
from prometheus_client import CollectorRegistry
from sqlalchemy import Engine

from chainbridge_common.runtime.housekeeping import Housekeeping
from chainbridge_common.runtime.metrics import MetricsEndpoint
from chainbridge_common.runtime.security import (
    MethodRoles,
    PeerChannel,
    SecuritySettings,
    ServerSecurity,
    open_peer_channel,
    server_security,
)
from chainbridge_common.runtime.server import BackgroundWorker, RpcObserver, ServerSettings, ServiceHost
from chainbridge_common.runtime.tracing import Tracing, TracingSettings, traced_channel
from chainbridge_common.storage.database import Database


@dataclass(kw_only=True)
class ServiceConfig:
    """Settings every server has; the CLI fills them from flags and environment."""

    db_url: str
    db_read_url: str = ""  # PostgreSQL: where lag-tolerant reads go (README, "High availability")
    server: ServerSettings = field(default_factory=ServerSettings)
    security: SecuritySettings = field(default_factory=SecuritySettings)
    check_schema: bool = True
    metrics_port: int | None = None  # serve Prometheus /metrics on this port (0: any free one)
    metrics_host: str = "127.0.0.1"
    page_token_secret: bytes | None = None  # signs page tokens; random per process when unset
    tracing: TracingSettings = field(default_factory=TracingSettings)  # off by default


@dataclass
class Foundation:
    security: ServerSecurity
    peer: PeerChannel
    db: Database
    tracing: Tracing = field(default_factory=Tracing.off)

    def close(self) -> None:
        self.peer.channel.close()
        self.db.dispose()
        self.tracing.shutdown()


@dataclass
class AssembledServer:
    """A built server: its host and the resources under it. Services extend it with the
    parts tests and the CLI reach for (application, workers)."""

    host: ServiceHost
    foundation: Foundation

    @property
    def db(self) -> Database:
        return self.foundation.db

    @property
    def port(self) -> int:
        assert self.host.port is not None
        return self.host.port

    def start(self) -> int:
        return self.host.start()

    def stop(self, grace: float | None = None) -> None:
        self.host.stop(grace)


def open_foundation(
    config: ServiceConfig,
    *,
    peer_addr: str,
    peer_options: Sequence[tuple[str, object]],
    check_schema: Callable[[Engine], None],
    method_roles: MethodRoles,
    service_name: str = "chainbridge",
) -> Foundation:
    """Security first - a refused configuration must not leave anything open - then the
    peer channel, then the database with its schema checked."""
    security = server_security(config.security, config.server.host, method_roles)
    peer = open_peer_channel(peer_addr, config.security, options=peer_options)
    try:
        db = Database(config.db_url, read_url=config.db_read_url or None)
        if config.check_schema:
            check_schema(db.engine)
    except BaseException:
        peer.channel.close()
        raise
    tracing = Tracing.build(config.tracing, service_name)
    peer.channel = traced_channel(peer.channel, tracing)  # CLIENT spans on every call to the peer
    return Foundation(security, peer, db, tracing)


def build_host(
    config: ServiceConfig,
    foundation: Foundation,
    *,
    domain: str,
    service_names: Sequence[str],
    register: Callable[[grpc.Server], None],
    housekeeping: Sequence[tuple[str, Callable[[], object]]],
    metrics_registry: CollectorRegistry,
    observers: Sequence[RpcObserver],
    workers: Sequence[BackgroundWorker],
    on_stopping: Callable[[], None] | None = None,
) -> ServiceHost:
    """The host around a servicer: credentials and authoriser from the foundation, the
    service's own workers plus housekeeping and (if configured) the metrics endpoint."""
    standard: list[BackgroundWorker] = [Housekeeping(housekeeping)]
    if config.metrics_port is not None:
        standard.append(MetricsEndpoint(metrics_registry, config.metrics_host, config.metrics_port))
    host = ServiceHost(
        domain=domain,
        settings=replace(config.server, server_credentials=foundation.security.credentials or config.server.server_credentials),
        service_names=service_names,
        register=register,
        authorizer=foundation.security.authorizer,
        observers=observers,
        workers=[*workers, *standard],
        readiness_check=foundation.db.ping,
        on_stopping=on_stopping,
        on_stopped=foundation.close,
        tracing=foundation.tracing,
    )
    foundation.db.on_unavailable = host.recheck_readiness  # NOT_SERVING as soon as a call finds no database
    return host
