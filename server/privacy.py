"""Mask Norwegian personal data before anything is logged: fødselsnummer, phone numbers, e-mail addresses."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
ELEVEN_DIGITS = re.compile(r"(?<!\d)(\d{6})\s?(\d{5})(?!\d)")
PHONE = re.compile(r"(?<![\d])(\+47[\s-]?)?(\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}|\d{3}[\s-]?\d{2}[\s-]?\d{3})(?![\d])")


def valid_fodselsnummer(digits: str) -> bool:
    """The two modulus-11 check digits of a Norwegian national identity number."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d[:9] + [k1])) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 < 10 and k2 < 10 and d[9] == k1 and d[10] == k2


def mask(text: str) -> str:
    text = EMAIL.sub("[e-post]", text)
    text = ELEVEN_DIGITS.sub(lambda m: "[fødselsnummer]" if valid_fodselsnummer(m.group(1) + m.group(2)) else m.group(0), text)
    return PHONE.sub("[telefon]", text)
