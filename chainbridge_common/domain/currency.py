"""ISO 4217 currencies and their minor units (the exponent of the minor unit).

Only currencies in circulation with a defined minor unit are accepted: funds codes
without one (XAU, XDR, XXX...) cannot express an amount in minor units.
"""

from __future__ import annotations

_ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
_FOUR_DECIMALS = "CLF UYW"
_TWO_DECIMALS = (
    "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB "
    "EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES "
    "KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR "
    "MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD "
    "RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP "
    "TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG"
)

MINOR_UNITS: dict[str, int] = {
    **{code: 0 for code in _ZERO_DECIMALS.split()},
    **{code: 2 for code in _TWO_DECIMALS.split()},
    **{code: 3 for code in _THREE_DECIMALS.split()},
    **{code: 4 for code in _FOUR_DECIMALS.split()},
}


# ISO 4217 codes that have no minor unit (precious metals, IMF and bond-market units, the
# testing code and "no currency"): valid codes, but no amount of minor units can exist.
WITHOUT_MINOR_UNIT = frozenset("XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX".split())


def is_known_currency(code: str) -> bool:
    return code in MINOR_UNITS


def minor_units(code: str) -> int:
    """Digits after the decimal point for the currency (USD 2, JPY 0, KWD 3)."""
    try:
        return MINOR_UNITS[code]
    except KeyError:
        raise ValueError(f"unknown ISO 4217 currency {code!r}") from None


def format_minor(amount_minor: int, currency: str) -> str:
    """Human form of an exact amount: format_minor(1000005, "USD") == "10000.05 USD"."""
    digits = minor_units(currency)
    sign = "-" if amount_minor < 0 else ""
    whole, fraction = divmod(abs(amount_minor), 10**digits)
    if digits == 0:
        return f"{sign}{whole} {currency}"
    return f"{sign}{whole}.{fraction:0{digits}d} {currency}"
