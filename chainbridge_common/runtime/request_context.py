"""Per-call context (request id, method, caller) available to logs without passing it
through every function. Set by the RPC pipeline for each call."""

from __future__ import annotations

import contextvars
import uuid

REQUEST_ID_HEADER = "x-request-id"
_MAX_REQUEST_ID_LENGTH = 128

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
method_var: contextvars.ContextVar[str] = contextvars.ContextVar("method", default="")
caller_var: contextvars.ContextVar[str] = contextvars.ContextVar("caller", default="")


def new_request_id() -> str:
    return uuid.uuid4().hex


def sanitize_request_id(value: str | None) -> str:
    """Accept a caller's request id only if it is short and printable; else mint one."""
    if value and len(value) <= _MAX_REQUEST_ID_LENGTH and value.isprintable() and " " not in value:
        return value
    return new_request_id()


def current_request_id() -> str:
    return request_id_var.get()


def current_caller() -> str:
    """The authenticated caller of the current RPC ("anonymous" in development)."""
    return caller_var.get() or "anonymous"
