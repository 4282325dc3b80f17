"""The one place where errors become gRPC statuses.

Caller-caused errors (chainbridge_common.errors) map to their status code with a
google.rpc.ErrorInfo (stable reason, domain = the service) and, for bad input, a
google.rpc.BadRequest listing every offending field. Anything else is a bug: it is
logged with a correlation id and the caller gets INTERNAL with that id only - never a
stack trace or SQL.
"""

from __future__ import annotations

import logging
import uuid

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from chainbridge_common import errors

log = logging.getLogger(__name__)

_CODES: list[tuple[type[errors.ChainBridgeError], grpc.StatusCode]] = [
    (errors.InvalidArgument, grpc.StatusCode.INVALID_ARGUMENT),
    (errors.NotFound, grpc.StatusCode.NOT_FOUND),
    (errors.AlreadyExists, grpc.StatusCode.ALREADY_EXISTS),
    (errors.FailedPrecondition, grpc.StatusCode.FAILED_PRECONDITION),
    (errors.Unauthenticated, grpc.StatusCode.UNAUTHENTICATED),
    (errors.PermissionDenied, grpc.StatusCode.PERMISSION_DENIED),
    (errors.ResourceExhausted, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (errors.DependencyUnavailable, grpc.StatusCode.UNAVAILABLE),
]


# A status travels in HTTP/2 trailers, which gRPC clients refuse above 8 KiB by default
# (they then see RESOURCE_EXHAUSTED instead of our status). The message is sent twice:
# percent-encoded in grpc-message (up to 3 bytes per byte) and inside the base64
# grpc-status-details-bin. So whatever a handler produced - a batch with thousands of
# bad fields, a long input quoted back - the status is bounded here.
MAX_MESSAGE_BYTES = 512
MAX_FIELD_VIOLATIONS = 8
MAX_DETAIL_TEXT_BYTES = 160


def _clip(text: str, max_bytes: int) -> str:
    """`text` cut to at most `max_bytes` of UTF-8, never inside a character."""
    encoded = text.encode()
    if len(encoded) <= max_bytes:
        return text
    return encoded[: max_bytes - 3].decode("utf-8", "ignore") + "..."


def status_code_for(error: errors.ChainBridgeError) -> grpc.StatusCode:
    for error_class, code in _CODES:
        if isinstance(error, error_class):
            return code
    return grpc.StatusCode.FAILED_PRECONDITION


def _pack(message) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)
    return packed


def to_grpc_status(error: errors.ChainBridgeError, domain: str) -> grpc.Status:
    code = status_code_for(error)
    metadata = {key: _clip(value, MAX_DETAIL_TEXT_BYTES) for key, value in error.metadata.items()}
    details = []
    if isinstance(error, errors.InvalidArgument):
        shown = error.violations[:MAX_FIELD_VIOLATIONS]
        if len(error.violations) > len(shown):
            metadata["omitted_field_violations"] = str(len(error.violations) - len(shown))
        details.append(
            _pack(
                error_details_pb2.BadRequest(
                    field_violations=[
                        error_details_pb2.BadRequest.FieldViolation(
                            field=_clip(v.field, MAX_DETAIL_TEXT_BYTES), description=_clip(v.description, MAX_DETAIL_TEXT_BYTES)
                        )
                        for v in shown
                    ]
                )
            )
        )
    details.insert(0, _pack(error_details_pb2.ErrorInfo(reason=error.reason, domain=domain, metadata=metadata)))
    status = status_pb2.Status(code=code.value[0], message=_clip(error.message, MAX_MESSAGE_BYTES), details=details)
    return rpc_status.to_status(status)


def internal_status(domain: str, method: str) -> grpc.Status:
    """Log the exception in flight and return a status that names only its correlation id."""
    correlation_id = uuid.uuid4().hex
    log.exception("internal error in %s (correlation_id=%s)", method, correlation_id)
    info = error_details_pb2.ErrorInfo(reason="INTERNAL", domain=domain, metadata={"correlation_id": correlation_id})
    status = status_pb2.Status(
        code=code_pb2.INTERNAL,
        message=f"internal error; quote correlation id {correlation_id} when reporting it",
        details=[_pack(info)],
    )
    return rpc_status.to_status(status)


def unavailable_from_rpc_error(error: grpc.RpcError, dependency: str) -> errors.ChainBridgeError:
    """Translate a failed call to another service into a caller-facing error."""
    code = error.code() if hasattr(error, "code") else None
    if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED, grpc.StatusCode.RESOURCE_EXHAUSTED):
        return errors.DependencyUnavailable(
            f"the {dependency} is unavailable ({code.name}); retry later",
            reason=f"{dependency.upper().replace(' ', '_')}_UNAVAILABLE",
        )
    return errors.DependencyUnavailable(
        f"the {dependency} failed ({code.name if code else 'unknown'}): {error.details() if hasattr(error, 'details') else error}",
        reason=f"{dependency.upper().replace(' ', '_')}_FAILED",
    )
