"""Mask Norwegian personal data before anything is logged: fødselsnummer, phone numbers, e-mail addresses."""

from __future__ import annotations

import re

from assistant.guard import PERSONAL_NUMBER, valid_fodselsnummer

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"(?<![\d])(\+47[\s-]?)?(\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}|\d{3}[\s-]?\d{2}[\s-]?\d{3})(?![\d])")


def mask(text: str) -> str:
    text = EMAIL.sub("[e-post]", text)
    text = PERSONAL_NUMBER.sub(lambda m: "[fødselsnummer]" if valid_fodselsnummer(m.group(1) + m.group(2)) else m.group(0), text)
    return PHONE.sub("[telefon]", text)
