"""Transport: a TLS server refuses plaintext; an mTLS server refuses clients without a
certificate from its CA; the right certificate gets through; clients verify the server."""

from __future__ import annotations

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from tests.support.rpc import call_error

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])  # transport does not depend on the database

SERVING = health_pb2.HealthCheckResponse.SERVING


def _health(stack, port: int, credentials: grpc.ChannelCredentials | None):
    return health_pb2_grpc.HealthStub(stack.channel(port, credentials)).Check(health_pb2.HealthCheckRequest(), timeout=5).status


def _refused(stack, port: int, credentials: grpc.ChannelCredentials | None) -> grpc.StatusCode:
    with pytest.raises(grpc.RpcError) as failure:
        _health(stack, port, credentials)
    return failure.value.code()


def test_plaintext_client_cannot_talk_to_a_tls_server(mtls_stack, token_stack):
    for stack in (mtls_stack, token_stack):
        assert _refused(stack, stack.freight.port, None) == grpc.StatusCode.UNAVAILABLE
        assert _refused(stack, stack.pay.port, None) == grpc.StatusCode.UNAVAILABLE


def test_mtls_server_refuses_a_client_without_a_certificate(mtls_stack, certs):
    for port in (mtls_stack.freight.port, mtls_stack.pay.port):
        assert _refused(mtls_stack, port, certs.credentials()) == grpc.StatusCode.UNAVAILABLE


def test_mtls_server_refuses_a_certificate_from_another_ca(mtls_stack, certs):
    impostor = certs.credentials("untrusted-operator")  # claims spiffe://chainbridge/operator/impostor
    for port in (mtls_stack.freight.port, mtls_stack.pay.port):
        assert _refused(mtls_stack, port, impostor) == grpc.StatusCode.UNAVAILABLE


def test_mtls_server_accepts_a_certificate_from_its_ca(mtls_stack, certs):
    freight = mtls_stack.freight_stub(certs.credentials("client"))
    assert freight.ListShipments(freight_pb2.ListShipmentsRequest(), timeout=5).total_size == 0
    assert _health(mtls_stack, mtls_stack.pay.port, certs.credentials("operator")) == SERVING


def test_client_refuses_a_server_it_cannot_verify(mtls_stack, certs):
    # Trusting only the unrelated CA, the client must not accept our servers' certificates.
    assert _refused(mtls_stack, mtls_stack.pay.port, certs.credentials("client", ca="untrusted-ca.pem")) == grpc.StatusCode.UNAVAILABLE


def test_health_and_reflection_need_tls_but_no_caller_identity(token_stack, certs):
    assert _health(token_stack, token_stack.pay.port, certs.credentials()) == SERVING
    reflection = reflection_pb2_grpc.ServerReflectionStub(token_stack.channel(token_stack.pay.port, certs.credentials()))
    (reply,) = reflection.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=5)
    assert "chainbridge.payment.v1.PaymentService" in {s.name for s in reply.list_services_response.service}
    anonymous = token_stack.freight_stub(certs.credentials())
    error = call_error(anonymous.ListShipments, freight_pb2.ListShipmentsRequest())
    assert (error.code, error.reason) == (grpc.StatusCode.UNAUTHENTICATED, "MISSING_CREDENTIALS")


def test_tls_with_tokens_server_ignores_client_certificates(token_stack, certs):
    # Without --tls-client-ca no certificate is requested, so one cannot stand in for a token.
    operator_cert = token_stack.freight_stub(certs.credentials("operator"))
    error = call_error(operator_cert.ListShipments, freight_pb2.ListShipmentsRequest())
    assert (error.code, error.reason) == (grpc.StatusCode.UNAUTHENTICATED, "MISSING_CREDENTIALS")
