"""Payment intents and how their status follows from their milestones' amounts."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.errors import FailedPrecondition
from pay_server.domain.release_policy import HELD_STATUSES, RELEASED_STATUSES, VOIDED_STATUSES, MilestoneStatus
from pay_server.domain.schedules import ScheduleKind


class IntentStatus(enum.StrEnum):
    AWAITING_SCHEDULE = "AWAITING_SCHEDULE"
    SCHEDULED = "SCHEDULED"
    PARTIALLY_RELEASED = "PARTIALLY_RELEASED"
    RELEASED = "RELEASED"
    SETTLED = "SETTLED"
    CANCELLED = "CANCELLED"


@dataclass(frozen=True)
class IntentDraft:
    freight_token_id: str
    amount_minor: int
    currency: str
    payer_id: str
    payee_id: str
    description: str


@dataclass(frozen=True)
class Totals:
    """Running sums of an intent's milestone amounts by status group (minor units)."""

    held_minor: int = 0
    released_minor: int = 0
    settled_minor: int = 0
    voided_minor: int = 0
    on_hold_minor: int = 0  # held by open cargo claims (ON_HOLD)

    def after(self, old: MilestoneStatus | None, new: MilestoneStatus, amount_minor: int) -> Totals:
        """Totals after one milestone of `amount_minor` moves from `old` (None: new) to `new`."""
        held, released, settled, voided = self.held_minor, self.released_minor, self.settled_minor, self.voided_minor
        on_hold = self.on_hold_minor
        for status, sign in ((old, -1), (new, +1)):
            if status is None:
                continue
            delta = sign * amount_minor
            if status in HELD_STATUSES:
                held += delta
            if status in RELEASED_STATUSES:
                released += delta
            if status is MilestoneStatus.SETTLED:
                settled += delta
            if status in VOIDED_STATUSES:
                voided += delta
            if status is MilestoneStatus.ON_HOLD:
                on_hold += delta
        return Totals(held, released, settled, voided, on_hold)


@dataclass(frozen=True)
class PaymentIntent:
    intent_id: str
    freight_token_id: str
    shipment_id: str
    amount_minor: int
    currency: str
    payer_id: str
    payee_id: str
    description: str
    risk_score_bps: int
    risk_tier: RiskTier
    status: IntentStatus
    schedule_kind: ScheduleKind | None
    scheduled_at: datetime | None
    totals: Totals
    cancel_reason: str
    create_time: datetime
    update_time: datetime

    @property
    def scheduled_minor(self) -> int:
        return self.amount_minor if self.schedule_kind is not None else 0

    @property
    def remaining_minor(self) -> int:
        return self.scheduled_minor - self.totals.released_minor - self.totals.voided_minor


def derive_status(intent: PaymentIntent, totals: Totals) -> IntentStatus:
    """Status from amounts. SETTLED means nothing is outstanding (all released money moved)."""
    if intent.status is IntentStatus.CANCELLED:
        return IntentStatus.CANCELLED
    if intent.schedule_kind is None:
        return IntentStatus.AWAITING_SCHEDULE
    if totals.released_minor == 0 and totals.voided_minor == 0:
        return IntentStatus.SCHEDULED
    if totals.released_minor + totals.voided_minor < intent.amount_minor:
        return IntentStatus.PARTIALLY_RELEASED
    if totals.settled_minor < totals.released_minor:
        return IntentStatus.RELEASED
    return IntentStatus.SETTLED


def check_not_cancelled(intent: PaymentIntent) -> None:
    if intent.status is IntentStatus.CANCELLED:
        raise FailedPrecondition(f"payment intent {intent.intent_id} is CANCELLED", reason="INTENT_CANCELLED")


def check_scheduled(intent: PaymentIntent) -> None:
    if intent.schedule_kind is None:
        raise FailedPrecondition(
            f"payment intent {intent.intent_id} has no schedule yet; call BuildPaymentSchedule first", reason="SCHEDULE_REQUIRED"
        )


# A token backs few intents in practice; the cap keeps every per-shipment sum (1,000 x
# 10^15 minor units at most) far inside int64, whatever a client does.
MAX_INTENTS_PER_TOKEN = 1000


def committed_minor(intent: PaymentIntent) -> int:
    """What an intent holds against its token: its amount less what was voided back to
    the shipper (for a cancelled intent, what it released or still holds)."""
    return intent.amount_minor - intent.totals.voided_minor


def check_fits_token(
    amount_minor: int, currency: str, *, token_id: str, face_amount_minor: int, face_currency: str, existing: list[PaymentIntent]
) -> None:
    """A token's intents are in the token's currency, and what they hold together never
    exceeds its face value: the cargo backs the payment, and no more than once."""
    if currency != face_currency:
        raise FailedPrecondition(
            f"freight token {token_id} is worth {face_amount_minor} minor units of {face_currency}; "
            f"its payment intents must be in {face_currency}, not {currency}",
            reason="TOKEN_CURRENCY_MISMATCH",
            metadata={"token_currency": face_currency},
        )
    if len(existing) >= MAX_INTENTS_PER_TOKEN:
        raise FailedPrecondition(
            f"freight token {token_id} already backs {len(existing)} payment intents (at most {MAX_INTENTS_PER_TOKEN})",
            reason="TOO_MANY_INTENTS_FOR_TOKEN",
        )
    held = sum(committed_minor(intent) for intent in existing)
    if held + amount_minor > face_amount_minor:
        raise FailedPrecondition(
            f"freight token {token_id} is worth {face_amount_minor} minor units of {face_currency} and its intents already hold "
            f"{held}; {amount_minor} more would exceed its face value (at most {max(0, face_amount_minor - held)} is left)",
            reason="TOKEN_VALUE_EXCEEDED",
            metadata={"available_minor": str(max(0, face_amount_minor - held))},
        )
