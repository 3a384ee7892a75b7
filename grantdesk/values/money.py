"""Money in tenge: thin-space thousands and the amount in words (kk, ru).

The wording around them (the currency word) is print chrome: resources/print.yaml."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal


from .numbers import group_whole

THIN = "\u2009"


def group_thousands(value: Decimal, sep: str = THIN) -> str:
    """`7000000` → `7 000 000`; fractions keep a comma: `1 500,50`."""
    sign = "-" if value < 0 else ""
    text = group_whole(value, sep)
    frac = abs(value) - abs(value).to_integral_value(rounding=ROUND_DOWN)
    if frac:
        text += "," + f"{frac:.2f}"[2:]
    return sign + text


def amount_in_words(value: Decimal, lang: str) -> str:
    from .spelled import number_in_words  # only when an amount is spelled out: not at start-up

    return number_in_words(int(value), lang)


def money_with_words(value: Decimal, lang: str, pattern: str) -> str:
    """`pattern` with {amount} and {words}: `7 000 000 (жеті миллион) теңге`."""
    return pattern.format(amount=group_thousands(value), words=amount_in_words(value, lang))
