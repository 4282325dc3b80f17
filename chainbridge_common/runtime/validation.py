"""Request validation helpers shared by both services' conversion layers.

Each helper records FieldViolations on a collector instead of raising, so one answer
names every bad field of a request.
"""

from __future__ import annotations

import enum
import re
from typing import TypeVar

from google.protobuf.descriptor import EnumDescriptor

from chainbridge_common.domain.currency import WITHOUT_MINOR_UNIT, is_known_currency
from chainbridge_common.domain.money import MAX_AMOUNT_MINOR
from chainbridge_common.errors import Violations

E = TypeVar("E", bound=enum.StrEnum)

MAX_ID_LENGTH = 64
_ID_PATTERN = re.compile(r"[A-Za-z0-9_\-]+")
_COUNTRY_PATTERN = re.compile(r"[A-Z]{2}")


def check_id(violations: Violations, field_path: str, value: str, *, required: bool = True) -> bool:
    """An id is required (unless optional) and made of [A-Za-z0-9_-], at most 64 chars."""
    if not value:
        if required:
            violations.add(field_path, "is required")
        return not required
    # fullmatch: with match() and "$", a trailing newline passed (here and for countries).
    if len(value) > MAX_ID_LENGTH or not _ID_PATTERN.fullmatch(value):
        violations.add(field_path, f"must be at most {MAX_ID_LENGTH} characters of letters, digits, '_' or '-'")
        return False
    return True


def require_id(field_path: str, value: str) -> None:
    """Raise INVALID_ARGUMENT unless `value` is a well-formed id."""
    violations = Violations()
    check_id(violations, field_path, value)
    violations.raise_if_any()


def check_text(violations: Violations, field_path: str, value: str, *, max_length: int, required: bool = False) -> bool:
    if required and not value.strip():
        violations.add(field_path, "is required")
        return False
    if len(value) > max_length:
        violations.add(field_path, f"must be at most {max_length} characters (got {len(value)})")
        return False
    if any(ord(ch) < 32 and ch not in "\t\n" for ch in value):
        violations.add(field_path, "must not contain control characters")
        return False
    return True


def check_money(violations: Violations, field_path: str, money, *, present: bool) -> bool:
    """A Money must be present, in a known ISO 4217 currency, and within 1..MAX_AMOUNT_MINOR."""
    if not present:
        violations.add(field_path, "is required")
        return False
    ok = True
    if money.currency in WITHOUT_MINOR_UNIT:
        violations.add(
            f"{field_path}.currency",
            f"{money.currency!r} is an ISO 4217 code with no minor unit (a metal, fund or testing code), so it cannot hold an amount",
        )
        ok = False
    elif not is_known_currency(money.currency):
        violations.add(f"{field_path}.currency", f"{money.currency!r} is not an ISO 4217 currency code (e.g. USD, EUR, JPY)")
        ok = False
    if money.amount_minor <= 0:
        violations.add(f"{field_path}.amount_minor", "must be greater than zero")
        ok = False
    elif money.amount_minor > MAX_AMOUNT_MINOR:
        violations.add(f"{field_path}.amount_minor", f"must be at most {MAX_AMOUNT_MINOR}")
        ok = False
    return ok


def check_country(violations: Violations, field_path: str, value: str) -> bool:
    if not _COUNTRY_PATTERN.fullmatch(value):
        violations.add(field_path, "must be an ISO 3166-1 alpha-2 code in upper case (e.g. US, DE)")
        return False
    return True


def enum_from_proto(
    violations: Violations,
    field_path: str,
    value: int,
    descriptor: EnumDescriptor,
    domain: type[E],
    *,
    required: bool,
) -> E | None:
    """Map a proto enum number to the domain enum of the same value name.

    UNSPECIFIED (0) is None, or a violation when required; numbers the proto does not
    define (proto3 enums are open, so clients can send any int) are always violations.
    """
    prefix = _enum_prefix(descriptor)
    proto_value = descriptor.values_by_number.get(value)
    if proto_value is None:
        violations.add(field_path, f"{value} is not a known {descriptor.name} value")
        return None
    if value == 0:
        if required:
            violations.add(field_path, f"is required (one of {', '.join(v.name for v in descriptor.values[1:])})")
        return None
    name = proto_value.name.removeprefix(prefix)
    try:
        return domain(name)
    except ValueError:
        violations.add(field_path, f"{proto_value.name} is not accepted here")
        return None


def enum_to_proto(descriptor: EnumDescriptor, value: enum.StrEnum | None) -> int:
    if value is None:
        return 0
    return descriptor.values_by_name[_enum_prefix(descriptor) + value.value].number


def _enum_prefix(descriptor: EnumDescriptor) -> str:
    return descriptor.values_by_number[0].name.removesuffix("UNSPECIFIED")
