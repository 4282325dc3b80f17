"""Wait until every given gRPC address reports SERVING on grpc.health.v1 (or time out).

Usage: python wait_serving.py HOST:PORT [HOST:PORT ...] [--timeout SECONDS]
Exit status 0 when all are serving, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import time

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


def wait_serving(address: str, deadline: float) -> bool:
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            try:
                reply = stub.Check(health_pb2.HealthCheckRequest(), timeout=1.0, wait_for_ready=True)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return True
            except grpc.RpcError:
                pass
            time.sleep(0.1)
    return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("addresses", nargs="+")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    deadline = time.monotonic() + args.timeout
    ok = all(wait_serving(address, deadline) for address in args.addresses)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
