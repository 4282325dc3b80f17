"""`python -m bench.noop_server`: the ceiling's server - a bare grpcio sync server with one no-op unary method.

It is the project's server stack with the project taken out: the same grpcio, a thread pool of the
same size and the same channel options, but no interceptors, no health or reflection and no
database. It prints its port as one JSON line on stdout, then serves until SIGTERM, SIGINT or the end of its stdin.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from concurrent import futures

import grpc
from google.protobuf import empty_pb2

SERVICE = "chainbridge.bench.v1.NoopService"
METHOD = "Call"
FULL_METHOD = f"/{SERVICE}/{METHOD}"
EMPTY = empty_pb2.Empty()


def _noop(_request: empty_pb2.Empty, _context: grpc.ServicerContext) -> empty_pb2.Empty:
    return EMPTY


def build_server(max_workers: int) -> tuple[grpc.Server, int]:
    """The bare server on a free loopback port (not started)."""
    # The options ServiceHost.start() passes: SO_REUSEPORT off so a taken port fails loudly.
    options = [
        ("grpc.so_reuseport", 0),
        ("grpc.keepalive_time_ms", 60_000),
        ("grpc.keepalive_permit_without_calls", 1),
        ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
    ]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="noop-rpc"), options=options)
    handler = grpc.unary_unary_rpc_method_handler(
        _noop, request_deserializer=empty_pb2.Empty.FromString, response_serializer=empty_pb2.Empty.SerializeToString
    )
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE, {METHOD: handler}),))
    port = server.add_insecure_port("127.0.0.1:0")
    if port == 0:
        raise OSError("could not bind 127.0.0.1:0")
    return server, port


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.noop_server", description=__doc__)
    parser.add_argument("--max-workers", type=int, required=True, help="RPC worker threads (the project servers' default)")
    args = parser.parse_args(argv)
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: stopping.set())
    signal.signal(signal.SIGINT, lambda _signum, _frame: stopping.set())
    server, port = build_server(args.max_workers)
    server.start()
    print(json.dumps({"port": port, "max_workers": args.max_workers, "grpcio": grpc.__version__}), flush=True)
    # End of input also stops it: if the bench dies, its end of the pipe closes and no server outlives it.
    threading.Thread(target=lambda: (sys.stdin.read(), stopping.set()), name="noop-stdin", daemon=True).start()
    stopping.wait()
    server.stop(grace=1).wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
