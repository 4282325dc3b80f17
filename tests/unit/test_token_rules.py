"""The rule that ties payment intents to their freight token: same currency, at most the
face value held in all, at most MAX_INTENTS_PER_TOKEN intents."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.errors import FailedPrecondition
from pay_server.domain.intents import MAX_INTENTS_PER_TOKEN, IntentStatus, PaymentIntent, Totals, check_fits_token, committed_minor

NOW = datetime(2026, 11, 27, tzinfo=UTC)


def _intent(amount_minor: int, *, voided_minor: int = 0, status: IntentStatus = IntentStatus.SCHEDULED) -> PaymentIntent:
    return PaymentIntent(
        intent_id="pi_1",
        freight_token_id="ftk_1",
        shipment_id="shp_1",
        amount_minor=amount_minor,
        currency="USD",
        payer_id="",
        payee_id="",
        description="",
        risk_score_bps=0,
        risk_tier=RiskTier.LOW,
        status=status,
        schedule_kind=None,
        scheduled_at=None,
        totals=Totals(voided_minor=voided_minor),
        cancel_reason="",
        create_time=NOW,
        update_time=NOW,
    )


def _check(amount_minor: int, existing: list[PaymentIntent], currency: str = "USD") -> None:
    check_fits_token(amount_minor, currency, token_id="ftk_1", face_amount_minor=1_000, face_currency="USD", existing=existing)


def test_intents_fit_up_to_the_face_value_exactly():
    _check(1_000, [])
    _check(400, [_intent(600)])
    with pytest.raises(FailedPrecondition) as refused:
        _check(401, [_intent(600)])
    assert refused.value.reason == "TOKEN_VALUE_EXCEEDED"
    assert refused.value.metadata == {"available_minor": "400"}


def test_what_was_voided_back_to_the_shipper_no_longer_counts():
    cancelled = _intent(1_000, voided_minor=700, status=IntentStatus.CANCELLED)
    assert committed_minor(cancelled) == 300
    _check(700, [cancelled])
    with pytest.raises(FailedPrecondition):
        _check(701, [cancelled])


def test_another_currency_is_refused_before_any_amount_is_compared():
    with pytest.raises(FailedPrecondition) as refused:
        _check(1, [], currency="EUR")
    assert refused.value.reason == "TOKEN_CURRENCY_MISMATCH"


def test_a_token_backs_at_most_a_bounded_number_of_intents():
    fully_voided = dataclasses.replace(_intent(1, voided_minor=1), status=IntentStatus.CANCELLED)
    _check(1, [fully_voided] * (MAX_INTENTS_PER_TOKEN - 1))
    with pytest.raises(FailedPrecondition) as refused:
        _check(1, [fully_voided] * MAX_INTENTS_PER_TOKEN)
    assert refused.value.reason == "TOO_MANY_INTENTS_FOR_TOKEN"
    assert MAX_INTENTS_PER_TOKEN * 10**15 < 2**63  # so no per-shipment sum can overflow int64
