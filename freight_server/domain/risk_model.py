"""The freight risk model: a deterministic, explainable score in basis points.

The score is the sum of a few named factors, each with a fixed contribution, clamped to
0..10000. Integer and Decimal arithmetic only, so the same shipment scores the same on
every run, process and platform; the factors returned are the explanation. Changing a
weight or threshold is a new model version.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from chainbridge_common.domain.currency import minor_units
from chainbridge_common.domain.risk_tier import MAX_SCORE_BPS, RiskTier, tier_for_score_bps
from freight_server.domain.shipments import CargoCategory, Location, Shipment, TransportMode

MODEL_VERSION = "risk-v1"

BASE_BPS = 500
CARGO_BPS = {
    CargoCategory.GENERAL: 0,
    CargoCategory.FRAGILE: 1000,
    CargoCategory.PERISHABLE: 1500,
    CargoCategory.HIGH_VALUE: 2500,
    CargoCategory.HAZARDOUS: 3000,
}
MODE_BPS = {
    TransportMode.RAIL: 300,
    TransportMode.AIR: 200,
    TransportMode.ROAD: 500,
    TransportMode.OCEAN: 800,
}
CROSS_BORDER_BPS = 1000
# Declared value bands in US dollars: (lower bound, contribution).
VALUE_BANDS_USD = ((Decimal(1_000_000), 3000), (Decimal(100_000), 2000), (Decimal(10_000), 1000))
UNRATED_CURRENCY_BPS = 1500
# Fixed reference rates (USD per unit) that are part of this model version, so a score
# never changes with the market. Currencies not listed score UNRATED_CURRENCY_BPS.
REFERENCE_USD_RATES = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
    "CHF": Decimal("1.12"),
    "CAD": Decimal("0.73"),
    "AUD": Decimal("0.66"),
    "NZD": Decimal("0.60"),
    "JPY": Decimal("0.0067"),
    "CNY": Decimal("0.14"),
    "HKD": Decimal("0.128"),
    "SGD": Decimal("0.74"),
    "KRW": Decimal("0.00073"),
    "INR": Decimal("0.012"),
    "MXN": Decimal("0.055"),
    "BRL": Decimal("0.19"),
    "ZAR": Decimal("0.054"),
    "SEK": Decimal("0.095"),
    "NOK": Decimal("0.093"),
    "DKK": Decimal("0.145"),
    "PLN": Decimal("0.25"),
    "CZK": Decimal("0.043"),
    "AED": Decimal("0.272"),
    "SAR": Decimal("0.267"),
    "KWD": Decimal("3.25"),
    "BHD": Decimal("2.65"),
    "OMR": Decimal("2.60"),
    "JOD": Decimal("1.41"),
    "TRY": Decimal("0.03"),
}


@dataclass(frozen=True)
class RiskFactor:
    code: str
    description: str
    contribution_bps: int


@dataclass(frozen=True)
class RiskAssessment:
    score_bps: int
    tier: RiskTier
    factors: tuple[RiskFactor, ...]
    model_version: str = MODEL_VERSION


@dataclass(frozen=True)
class RiskInputs:
    cargo_category: CargoCategory
    transport_mode: TransportMode
    origin: Location
    destination: Location
    declared_amount_minor: int
    declared_currency: str

    @classmethod
    def of(cls, shipment: Shipment) -> RiskInputs:
        return cls(
            cargo_category=shipment.cargo_category,
            transport_mode=shipment.transport_mode,
            origin=shipment.origin,
            destination=shipment.destination,
            declared_amount_minor=shipment.declared_amount_minor,
            declared_currency=shipment.declared_currency,
        )


def _value_factor(amount_minor: int, currency: str) -> RiskFactor:
    rate = REFERENCE_USD_RATES.get(currency)
    if rate is None:
        return RiskFactor("DECLARED_VALUE_UNRATED", f"no reference rate for {currency}; value scored conservatively", UNRATED_CURRENCY_BPS)
    usd = Decimal(amount_minor).scaleb(-minor_units(currency)) * rate
    for lower_bound, contribution in VALUE_BANDS_USD:
        if usd >= lower_bound:
            return RiskFactor("DECLARED_VALUE", f"declared value about USD {usd:,.0f} (band from USD {lower_bound:,})", contribution)
    return RiskFactor("DECLARED_VALUE", f"declared value about USD {usd:,.0f} (below USD 10,000)", 0)


def assess(inputs: RiskInputs) -> RiskAssessment:
    """Score a shipment. Same inputs, same score and factors, every time."""
    factors = [
        RiskFactor("BASE", "baseline for any shipment", BASE_BPS),
        RiskFactor("CARGO_CATEGORY", f"{inputs.cargo_category.lower().replace('_', ' ')} cargo", CARGO_BPS[inputs.cargo_category]),
        RiskFactor("TRANSPORT_MODE", f"moves by {inputs.transport_mode.lower()}", MODE_BPS[inputs.transport_mode]),
    ]
    if inputs.origin.country_code != inputs.destination.country_code:
        factors.append(
            RiskFactor(
                "CROSS_BORDER",
                f"crosses a border ({inputs.origin.country_code} to {inputs.destination.country_code})",
                CROSS_BORDER_BPS,
            )
        )
    factors.append(_value_factor(inputs.declared_amount_minor, inputs.declared_currency))
    score = max(0, min(MAX_SCORE_BPS, sum(f.contribution_bps for f in factors)))
    return RiskAssessment(score_bps=score, tier=tier_for_score_bps(score), factors=tuple(factors))
