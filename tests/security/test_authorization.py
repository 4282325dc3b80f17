"""Authorisation: every RPC of both services against every kind of caller.

The expected roles are written out here a second time, on purpose: a change to a
service's role table must be made twice, so it cannot slip through unreviewed. Each call sends a
request that fails validation at once; an allowed caller therefore sees the method's own
INVALID_ARGUMENT (proof the call got past authorisation) and a refused one sees
PERMISSION_DENIED or UNAUTHENTICATED - never a side effect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2
from google.protobuf import message_factory
from google.protobuf.descriptor import MethodDescriptor

from chainbridge_common.runtime.security import CallerAuthorizer, Role
from freight_server.rpc.roles import FREIGHT_METHOD_ROLES
from pay_server.rpc.roles import PAYMENT_METHOD_ROLES
from tests.security.conftest import start_secure_stack
from tests.security.credentials import INVALID_TOKEN, DevCerts
from tests.support.rpc import RichError, rich_error

SERVICES = [
    freight_pb2.DESCRIPTOR.services_by_name["FreightService"],
    payment_pb2.DESCRIPTOR.services_by_name["PaymentService"],
]
METHOD_ROLES = {**FREIGHT_METHOD_ROLES, **PAYMENT_METHOD_ROLES}
METHODS: dict[str, MethodDescriptor] = {f"/{service.full_name}/{method.name}": method for service in SERVICES for method in service.methods}

APP = "client operator"
EXPECTED_ROLES = {
    "FreightService/CreateShipment": APP,
    "FreightService/GetShipment": APP,
    "FreightService/ListShipments": APP,
    "FreightService/UpdateShipment": APP,
    "FreightService/CancelShipment": APP,
    "FreightService/TokenizeShipment": APP,
    "FreightService/GetFreightToken": "client operator payment-service",
    "FreightService/ListFreightTokens": APP,
    "FreightService/RecordShipmentEvent": APP,
    "FreightService/BatchRecordShipmentEvents": APP,
    "FreightService/ListShipmentEvents": APP,
    "FreightService/GetOutboxStatus": "operator",
    "FreightService/ListParkedEvents": "operator",
    "FreightService/RedeliverParkedEvents": "operator",
    "FreightService/DiscardParkedEvents": "operator",
    "FreightService/FileClaim": APP,
    "PaymentService/CreatePaymentIntent": APP,
    "PaymentService/GetPaymentIntent": APP,
    "PaymentService/ListPaymentIntents": APP,
    "PaymentService/CancelPaymentIntent": "operator",
    "PaymentService/AssessRisk": APP,
    "PaymentService/SettlePaymentIntent": "operator",
    "PaymentService/CompleteSettlement": "operator",
    "PaymentService/GetSettlementHistory": APP,
    "PaymentService/BuildPaymentSchedule": APP,
    "PaymentService/GetPaymentSchedule": APP,
    "PaymentService/ProcessShipmentEvent": "freight-service",
    "PaymentService/BatchProcessShipmentEvents": "freight-service",
    "PaymentService/ListMilestoneSettlements": APP,
    "PaymentService/ApproveMilestoneSettlement": "operator",
    "PaymentService/GetShipmentAudit": APP,
    "PaymentService/GetIntentLedger": APP,
    "PaymentService/WatchSettlements": APP,
    "PaymentService/CreateSubscription": "operator",
    "PaymentService/ListSubscriptions": "operator",
    "PaymentService/DeleteSubscription": "operator",
    "PaymentService/ListNotificationDeliveries": "operator",
    "PaymentService/GetSettlementStats": "operator",
    "PaymentService/ListRiskSignals": "operator",
    "PaymentService/GetSignedTreeHead": APP,
    "PaymentService/GetInclusionProof": APP,
    "PaymentService/GetConsistencyProof": APP,
    "PaymentService/RegisterPayeeAccount": "operator",
    "PaymentService/GetPayeeAccount": "operator",
    "PaymentService/CreatePayoutRun": "operator",
    "PaymentService/GetPayout": "operator",
    "PaymentService/ListPayouts": "operator",
    "PaymentService/GetPayoutFile": "operator",
    "PaymentService/ConfirmPayout": "operator",
    "PaymentService/FailPayout": "operator",
    "PaymentService/ResolveClaim": "operator",
}

# Fields that make a request invalid where the empty request would be valid (lists with
# no filter; a watch with no cursor would stay open).
INVALIDATING_FIELDS = {
    "ListShipments": {"page_size": -1},
    "ListFreightTokens": {"page_size": -1},
    "ListPaymentIntents": {"page_size": -1},
    "ListMilestoneSettlements": {"page_size": -1},
    "ListParkedEvents": {"page_size": -1},
    "WatchSettlements": {"cursor": "not-a-cursor"},
    "ListSubscriptions": {"page_size": -1},
    "ListNotificationDeliveries": {"page_size": -1},
    "CreatePayoutRun": {"currency": "eur"},  # with no filter, a run of everything payable
    "ListPayouts": {"page_size": -1},
}


def _short(method: str) -> str:
    return method.split(".")[-1]  # "/chainbridge.freight.v1.FreightService/X" -> "FreightService/X"


def test_every_rpc_of_both_services_is_in_the_table_and_nothing_else():
    assert set(METHOD_ROLES) == set(METHODS)
    assert {_short(m) for m in METHODS} == set(EXPECTED_ROLES)


def test_the_table_says_what_the_spec_requires():
    assert {_short(m): " ".join(sorted(r.value for r in roles)) for m, roles in METHOD_ROLES.items()} == {
        name: " ".join(sorted(roles.split())) for name, roles in EXPECTED_ROLES.items()
    }


class _Context:
    """Just enough of a grpc.ServicerContext for the authoriser."""

    def __init__(self, metadata=(), auth_context=None):
        self._metadata = tuple(metadata)
        self._auth_context = auth_context or {}

    def invocation_metadata(self):
        return self._metadata

    def auth_context(self):
        return self._auth_context

    def peer(self):
        return "ipv4:127.0.0.1:1"


def test_a_method_missing_from_the_table_is_denied_even_to_an_operator():
    from chainbridge_common.errors import PermissionDenied

    authorizer = CallerAuthorizer(tokens=None, trust_certificates=True, policy={})
    operator = _Context(auth_context={"peer_spiffe_id": [b"spiffe://chainbridge/operator/alice"], "x509_subject": [b"CN=operator/alice"]})
    with pytest.raises(PermissionDenied) as denied:
        authorizer.authorize("/chainbridge.payment.v1.PaymentService/NewMethod", operator)
    assert denied.value.reason == "METHOD_NOT_IN_POLICY"


# ---------------------------------------------------------------- the matrix


@dataclass(frozen=True)
class CallerKind:
    name: str
    role: str | None  # None: not authenticated
    client_cert: str | None = None  # a dev_certs file stem
    token: str | None = None  # a dev_certs token stem, or INVALID_TOKEN itself
    refusal: str = ""  # the UNAUTHENTICATED reason when role is None


# mTLS deployment: callers are their certificates (a client without one never gets past
# the handshake: test_transport); a bad token is refused even with a good certificate.
MTLS_CALLERS = [
    *(CallerKind(f"{role}-cert", role, client_cert=role) for role in ("freight-service", "payment-service", "operator", "client")),
    CallerKind("client-cert+invalid-token", None, client_cert="client", token=INVALID_TOKEN, refusal="INVALID_TOKEN"),
]
# TLS with bearer tokens: callers are their tokens, or nothing at all.
TOKEN_CALLERS = [
    *(CallerKind(f"{role}-token", role, token=role) for role in ("freight-service", "payment-service", "operator", "client")),
    CallerKind("anonymous", None, refusal="MISSING_CREDENTIALS"),
    CallerKind("invalid-token", None, token=INVALID_TOKEN, refusal="INVALID_TOKEN"),
]


def invalid_request(method: MethodDescriptor):
    request_class = message_factory.GetMessageClass(method.input_type)
    return request_class(**INVALIDATING_FIELDS.get(method.name, {}))


def invoke(channel: grpc.Channel, path: str, request, metadata) -> RichError | None:
    """Call `path` generically (unary or server-streaming); the error, or None on success."""
    method = METHODS[path]
    response_class = message_factory.GetMessageClass(method.output_type)
    kind = channel.unary_stream if method.server_streaming else channel.unary_unary
    call = kind(path, request_serializer=lambda message: message.SerializeToString(), response_deserializer=response_class.FromString)
    try:
        reply = call(request, timeout=10, metadata=metadata)
        if method.server_streaming:
            list(reply)
    except grpc.RpcError as error:
        return rich_error(error)
    return None


class Deployment:
    """One running stack and a channel per (caller, server), reused across the matrix."""

    def __init__(self, stack, certs: DevCerts):
        self.stack = stack
        self.certs = certs
        self._channels: dict[tuple[str, int], grpc.Channel] = {}

    def call(self, caller: CallerKind, path: str) -> RichError | None:
        port = self.stack.freight.port if "FreightService" in path else self.stack.pay.port
        key = (caller.client_cert or "", port)
        if key not in self._channels:
            self._channels[key] = self.stack.channel(port, self.certs.credentials(caller.client_cert))
        metadata = ()
        if caller.token:
            metadata = self.certs.bearer(caller.token if caller.token == INVALID_TOKEN else self.certs.token(caller.token))
        return invoke(self._channels[key], path, invalid_request(METHODS[path]), metadata)


@pytest.fixture(scope="module")
def deployments(databases, certs):
    stacks = {name: start_secure_stack(databases, "sqlite", certs, name) for name in ("mtls", "tls+tokens")}
    yield {name: Deployment(stack, certs) for name, stack in stacks.items()}
    for stack in stacks.values():
        stack.stop()


def _expect(deployment: Deployment, caller: CallerKind, path: str) -> None:
    error = deployment.call(caller, path)
    allowed = caller.role is not None and caller.role in EXPECTED_ROLES[_short(path)].split()
    if allowed and not METHODS[path].input_type.fields:
        assert error is None, f"{caller.name} {path}: a request with no fields cannot be invalid: {error}"
        return
    assert error is not None, f"{caller.name} {path}: an invalid request succeeded"
    if caller.role is None:
        assert (error.code, error.reason) == (grpc.StatusCode.UNAUTHENTICATED, caller.refusal)
    elif caller.role in EXPECTED_ROLES[_short(path)].split():
        assert error.code == grpc.StatusCode.INVALID_ARGUMENT, f"{caller.name} {path}: {error}"
        assert error.fields, "the method's own validation answered (BadRequest field violations)"
    else:
        assert (error.code, error.reason) == (grpc.StatusCode.PERMISSION_DENIED, "ROLE_NOT_ALLOWED"), f"{caller.name} {path}: {error}"
        assert error.metadata["role"] == caller.role
    assert error.domain in ("freight.chainbridge.io", "payment.chainbridge.io")


@pytest.mark.parametrize("path", sorted(METHODS), ids=_short)
@pytest.mark.parametrize("caller", MTLS_CALLERS, ids=lambda c: c.name)
def test_mtls_caller_matrix(deployments, caller, path):
    _expect(deployments["mtls"], caller, path)


@pytest.mark.parametrize("path", sorted(METHODS), ids=_short)
@pytest.mark.parametrize("caller", TOKEN_CALLERS, ids=lambda c: c.name)
def test_token_caller_matrix(deployments, caller, path):
    _expect(deployments["tls+tokens"], caller, path)


def test_every_role_is_exercised_by_both_deployments():
    assert {c.role for c in MTLS_CALLERS if c.role} == {r.value for r in Role} == {c.role for c in TOKEN_CALLERS if c.role}


def test_the_security_guide_shows_the_role_tables():
    guide = (Path(__file__).resolve().parents[2] / "docs" / "security.md").read_text()
    rows = {}
    for line in guide.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith(("FreightService.", "PaymentService.")):
            rows[cells[0].replace(".", "/", 1)] = {
                role for role, cell in zip(("client", "operator", "freight-service", "payment-service"), cells[1:], strict=True) if cell
            }
    assert rows == {_short(m): {r.value for r in roles} for m, roles in METHOD_ROLES.items()}
