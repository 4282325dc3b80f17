"""Request ids at the transport: the validated key of a protobuf request, scoped to its
caller and method, and the codec that stores responses as their serialized bytes. The
rules live in chainbridge_common/application/idempotency.py."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Generic, TypeVar

from google.protobuf.message import Message

from chainbridge_common.application.idempotency import MAX_CALLER_LENGTH, MAX_REQUEST_ID_LENGTH, RequestKey
from chainbridge_common.errors import InvalidArgument

T = TypeVar("T")
ResponseT = TypeVar("ResponseT", bound=Message)


def fingerprint(request: Message) -> str:
    """Hash of the request body without its request_id (deterministic serialization)."""
    body = type(request)()
    body.CopyFrom(request)
    body.ClearField("request_id")
    return hashlib.sha256(body.SerializeToString(deterministic=True)).hexdigest()


def request_key(request: Message, method: str, caller: str) -> RequestKey | None:
    """The validated key of a request, or None when it carries no request_id."""
    request_id: str = request.request_id  # type: ignore[attr-defined]
    if not request_id:
        return None
    if len(request_id) > MAX_REQUEST_ID_LENGTH or not request_id.isprintable():
        raise InvalidArgument.single("request_id", f"must be at most {MAX_REQUEST_ID_LENGTH} printable characters")
    if len(caller) > MAX_CALLER_LENGTH:  # a long identity keeps its scope through its hash
        caller = "sha256:" + hashlib.sha256(caller.encode()).hexdigest()
    return RequestKey(caller=caller, method=method, request_id=request_id, fingerprint=fingerprint(request))


class ProtoCodec(Generic[T, ResponseT]):
    """ResponseCodec for a protobuf response built from a use case's result."""

    def __init__(self, response_type: type[ResponseT], respond: Callable[[T], ResponseT]):
        self.response_type = response_type
        self._respond = respond

    def respond(self, result: T) -> ResponseT:
        return self._respond(result)

    def dump(self, response: ResponseT) -> bytes:
        return response.SerializeToString()

    def load(self, data: bytes) -> ResponseT:
        return self.response_type.FromString(data)
