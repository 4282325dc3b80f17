"""Fixtures: one set of development certificates per session, and both servers in-process
behind mutual TLS or TLS with bearer tokens."""

from __future__ import annotations

import pytest

from tests.security.credentials import DevCerts, make_dev_certs
from tests.support.servers import start_stack


@pytest.fixture(scope="session")
def certs(tmp_path_factory) -> DevCerts:
    return make_dev_certs(tmp_path_factory.mktemp("certs"))


def start_secure_stack(databases, backend: str, certs: DevCerts, deployment: str):
    """Freight and pay in-process; `deployment` is "mtls" or "tls+tokens"."""
    settings = certs.mutual_tls if deployment == "mtls" else certs.tls_with_tokens
    return start_stack(
        databases.new_url(backend, "freight"),
        databases.new_url(backend, "payment"),
        freight_security=settings("freight-server", "freight-service"),
        pay_security=settings("payment-server", "payment-service"),
    )


@pytest.fixture
def mtls_stack(databases, backend, certs):
    """Both servers requiring client certificates, calling each other over mTLS."""
    stack = start_secure_stack(databases, backend, certs, "mtls")
    yield stack
    stack.stop()


@pytest.fixture
def token_stack(databases, backend, certs):
    """Both servers over TLS authenticating bearer tokens, calling each other with service tokens."""
    stack = start_secure_stack(databases, backend, certs, "tls+tokens")
    yield stack
    stack.stop()
