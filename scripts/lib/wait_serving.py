"""Wait until every given gRPC address reports SERVING on grpc.health.v1 (or time out).

Usage: python wait_serving.py HOST:PORT [HOST:PORT ...] [--timeout SECONDS] [--watch NAME=PID ...]
Exit status 0 when all are serving, 1 otherwise - at once, naming it, when a watched
process exits while we wait (a server that died at start-up will never answer).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


class ProcessExited(Exception):
    pass


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)  # our child: reap it if it exited
        return waited == 0
    except ChildProcessError:  # not our child (the script's): ask the kernel
        try:
            with open(f"/proc/{pid}/stat") as stat:
                return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
        except FileNotFoundError:
            return False


def wait_serving(address: str, deadline: float, check_processes: Callable[[], None] = lambda: None) -> bool:
    with grpc.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            check_processes()
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
    parser.add_argument("--watch", action="append", default=[], metavar="NAME=PID", help="fail at once if this process exits")
    args = parser.parse_args()
    watched = {name: int(pid) for name, pid in (item.split("=", 1) for item in args.watch)}

    def check_processes() -> None:
        for name, pid in watched.items():
            if not _alive(pid):
                raise ProcessExited(name)

    deadline = time.monotonic() + args.timeout
    try:
        ok = all(wait_serving(address, deadline, check_processes) for address in args.addresses)
    except ProcessExited as exited:
        print(f"serve: {exited} exited during start-up; its log is above", file=sys.stderr)
        return 1
    if not ok:
        print(f"serve: not SERVING after {args.timeout:.0f} s: {' '.join(args.addresses)}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
