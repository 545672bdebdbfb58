"""Mask Norwegian personal data before anything is logged: fødselsnummer, phone numbers, e-mail addresses."""

from __future__ import annotations

import logging
import re

from assistant.guard import PERSONAL_NUMBER, valid_fodselsnummer

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"(?<![\d])(\+47[\s-]?)?(\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}|\d{3}[\s-]?\d{2}[\s-]?\d{3})(?![\d])")


def mask(text: str) -> str:
    text = EMAIL.sub("[e-post]", text)
    text = PERSONAL_NUMBER.sub(lambda m: "[fødselsnummer]" if valid_fodselsnummer(m.group(1) + m.group(2)) else m.group(0), text)
    return PHONE.sub("[telefon]", text)


class AccessLogPrivacy(logging.Filter):
    """uvicorn's access log without what identifies a person: the client's address and the query string (a
    staff search's words, which may be a name or a fødselsnummer). Method, path and status stay."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and len(record.args) == 5:
            _, method, path, version, status = record.args
            record.args = ("-", method, str(path).split("?", 1)[0], version, status)
        return True
