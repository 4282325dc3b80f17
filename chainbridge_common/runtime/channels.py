"""Options of the channel each service opens to its peer: round-robin over every address
the target resolves to, transparent retries of UNAVAILABLE from the gRPC service config,
and quick reconnects."""

from __future__ import annotations

import json


def peer_channel_options(service: str, *, max_attempts: int, max_backoff: str) -> list[tuple[str, object]]:
    """Channel options for calls to `service` (its full name, e.g.
    "chainbridge.payment.v1.PaymentService")."""
    service_config = {
        # One target such as "ipv4:10.0.0.5:50052,10.0.0.6:50052" or
        # "dns:///payment.internal:50052" spreads calls over all replicas (pick_first
        # would pin one).
        "loadBalancingConfig": [{"round_robin": {}}],
        "methodConfig": [
            {
                "name": [{"service": service}],
                "retryPolicy": {
                    "maxAttempts": max_attempts,
                    "initialBackoff": "0.1s",
                    "maxBackoff": max_backoff,
                    "backoffMultiplier": 2,
                    "retryableStatusCodes": ["UNAVAILABLE"],
                },
            }
        ],
    }
    return [
        ("grpc.enable_retries", 1),
        ("grpc.service_config", json.dumps(service_config)),
        # Reconnect within seconds of the peer coming back, not after grpc's default
        # backoff of up to two minutes.
        ("grpc.initial_reconnect_backoff_ms", 200),
        ("grpc.max_reconnect_backoff_ms", 5000),
    ]
