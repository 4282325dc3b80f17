"""The e-mail a carrier gets: plain text, the amount exact in the currency's minor unit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from pay_server.domain.notices import MilestoneNotice, NotificationEventType
from pay_server.notifications.email import build_milestone_email, format_milestone_email_body, format_milestone_email_subject

NOTICE = MilestoneNotice(
    event_id="evt_01JGZ8R3V6Q2W9X4Y5Z6A7B8C9",
    event_type=NotificationEventType.MILESTONE_RELEASED,
    shipment_id="shp_7Q2W",
    payment_intent_id="pi_3K9D",
    milestone="POD_CONFIRMED",
    amount_minor=700004,
    currency="USD",
    status="APPROVED",
    occurred_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
)


def test_body_lists_shipment_milestone_amount_status_and_time():
    assert format_milestone_email_body(NOTICE) == (
        "Milestone payment released\n"
        "\n"
        "Shipment:       shp_7Q2W\n"
        "Payment intent: pi_3K9D\n"
        "Milestone:      POD_CONFIRMED (proof of delivery confirmed)\n"
        "Amount:         7000.04 USD\n"
        "Status:         APPROVED\n"
        "Time:           2026-01-05 09:00:00 UTC\n"
        "\n"
        "Event id: evt_01JGZ8R3V6Q2W9X4Y5Z6A7B8C9\n"
    )


@pytest.mark.parametrize(
    ("amount_minor", "currency", "shown"),
    [(700004, "USD", "7000.04 USD"), (5, "EUR", "0.05 EUR"), (700004, "JPY", "700004 JPY"), (1234567, "KWD", "1234.567 KWD")],
)
def test_amount_uses_the_currencys_minor_unit(amount_minor, currency, shown):
    body = format_milestone_email_body(replace(NOTICE, amount_minor=amount_minor, currency=currency))
    assert f"Amount:         {shown}\n" in body


def test_time_is_shown_in_utc_whatever_the_notices_zone():
    body = format_milestone_email_body(replace(NOTICE, occurred_at=datetime(2026, 1, 5, 18, 0, tzinfo=timezone(timedelta(hours=9)))))
    assert "Time:           2026-01-05 09:00:00 UTC\n" in body


def test_unknown_currencies_and_naive_times_are_refused():
    with pytest.raises(ValueError):
        replace(NOTICE, currency="XXX")
    with pytest.raises(ValueError):
        replace(NOTICE, occurred_at=datetime(2026, 1, 5, 9, 0))


def test_subject_and_headers_identify_the_change_and_stay_stable_across_retries():
    held = replace(NOTICE, event_type=NotificationEventType.MILESTONE_HELD, status="PENDING")
    assert format_milestone_email_subject(held) == "Milestone payment held for review: shipment shp_7Q2W"

    first = build_milestone_email(NOTICE, sender="ChainBridge <notify@chainbridge.example>", recipient="carrier@example.com")
    again = build_milestone_email(NOTICE, sender="ChainBridge <notify@chainbridge.example>", recipient="carrier@example.com")
    assert first["Message-ID"] == again["Message-ID"] == "<evt_01JGZ8R3V6Q2W9X4Y5Z6A7B8C9.milestone.released@chainbridge.example>"
    assert first["Date"] == "Mon, 05 Jan 2026 09:00:00 +0000"
    assert first["To"] == "carrier@example.com"
    assert first.get_content_type() == "text/plain"
    assert first.get_content() == format_milestone_email_body(NOTICE)


def test_a_header_injection_through_an_id_is_refused():
    with pytest.raises(ValueError):
        build_milestone_email(
            replace(NOTICE, shipment_id="shp_1\r\nBcc: everyone@example.com"), sender="n@x.example", recipient="c@x.example"
        )
