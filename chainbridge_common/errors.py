"""Errors the domain and application layers raise. Transport-free: the RPC layer maps
each class to one gRPC status code (runtime/rpc_errors.py), so handlers never call
`context.abort` themselves.

Every error carries a stable UPPER_SNAKE `reason` (google.rpc.ErrorInfo.reason) that
clients may branch on, and a message for humans.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldViolation:
    """One bad field: `field` is the request path (e.g. "shipment.declared_value.currency")."""

    field: str
    description: str


class ChainBridgeError(Exception):
    """Base of the errors a caller can cause. Never used for bugs."""

    default_reason = "ERROR"

    def __init__(self, message: str, *, reason: str | None = None, metadata: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.reason = reason or self.default_reason
        self.metadata = dict(metadata or {})


class InvalidArgument(ChainBridgeError):
    """The request itself is wrong, whatever the state of the system."""

    default_reason = "INVALID_ARGUMENT"

    def __init__(self, violations: list[FieldViolation], *, reason: str | None = None):
        if not violations:
            raise ValueError("InvalidArgument needs at least one field violation")
        summary = "; ".join(f"{v.field}: {v.description}" for v in violations)
        super().__init__(f"invalid request: {summary}", reason=reason)
        self.violations = list(violations)

    @classmethod
    def single(cls, field_path: str, description: str, *, reason: str | None = None) -> InvalidArgument:
        return cls([FieldViolation(field_path, description)], reason=reason)


class NotFound(ChainBridgeError):
    default_reason = "NOT_FOUND"

    def __init__(self, resource: str, resource_id: str, *, reason: str | None = None):
        super().__init__(
            f"{resource} {resource_id!r} not found",
            reason=reason or f"{resource.upper().replace(' ', '_')}_NOT_FOUND",
            metadata={"resource": resource, "id": resource_id},
        )


class AlreadyExists(ChainBridgeError):
    default_reason = "ALREADY_EXISTS"


class FailedPrecondition(ChainBridgeError):
    """The request is well-formed but the resource's state forbids it."""

    default_reason = "FAILED_PRECONDITION"


class Unauthenticated(ChainBridgeError):
    default_reason = "UNAUTHENTICATED"


class PermissionDenied(ChainBridgeError):
    default_reason = "PERMISSION_DENIED"


class ResourceExhausted(ChainBridgeError):
    default_reason = "RESOURCE_EXHAUSTED"


class DependencyUnavailable(ChainBridgeError):
    """Another service or the database cannot be reached; the caller may retry."""

    default_reason = "DEPENDENCY_UNAVAILABLE"


@dataclass
class Violations:
    """Collects every bad field of a request so the caller learns them all at once."""

    items: list[FieldViolation] = field(default_factory=list)

    def add(self, field_path: str, description: str) -> None:
        self.items.append(FieldViolation(field_path, description))

    def check(self, condition: bool, field_path: str, description: str) -> bool:
        """Record a violation unless `condition` holds; returns `condition`."""
        if not condition:
            self.add(field_path, description)
        return condition

    def raise_if_any(self, *, reason: str | None = None) -> None:
        if self.items:
            raise InvalidArgument(self.items, reason=reason)

    def __bool__(self) -> bool:
        return bool(self.items)
