"""Named classes of words and phrases (`grammar.txt`, `guard.txt`): the question words, modal verbs, units and
turns of phrase that tell what kind of answer a question asks for and what kind a passage gives.

A file line is `NAME: entry, entry, …`; lines with the same name add to it. An entry is a phrase, matched as whole
words in any case, with four signs:

    word*     any word that begins so ("frist*": fristen, fristane)
    {name}    any entry of another class ("{modal} vi")
    ...       up to GAP_WORDS words in between ("hvor mye ... {money-asked}")
    ^         (first) only where the text opens with it, after any punctuation ("^kan")

Code builds the few constructions that need more than that (a date, a genitive "Statpeds rolle") from classes, so
every word the assistant reads as grammar is in a file a deployment can extend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

GAP_WORDS = 8
GAP = rf"(?:\S+\s+){{0,{GAP_WORDS}}}?"
# an entry stands between non-letters: "5%", "150mill." and "kr500" hold one
NOT_AFTER_LETTER, NOT_BEFORE_LETTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"
REFERENCE = re.compile(r"\{([\w-]+)\}")


class VocabularyError(ValueError):
    """A vocabulary file line that does not follow its format; the message names the file and line."""


class Grammar:
    """Regular expressions compiled from named classes of phrases; each class compiled once."""

    def __init__(self, classes: dict[str, list[str]]):
        self.classes = classes
        self._sources: dict[str, str] = {}
        self._compiled: dict[tuple[str, int], re.Pattern] = {}
        for name in classes:
            self.source(name)  # an unknown reference fails at load, not at the first question that needs it

    @classmethod
    def from_lines(cls, lines: Iterable[tuple[Path, int, str]], extra: dict[str, list[str]] | None = None) -> Grammar:
        """`lines`: (path, number, text) of the non-comment lines of grammar files; `extra`: classes from elsewhere."""
        classes: dict[str, list[str]] = {name: list(entries) for name, entries in (extra or {}).items()}
        for path, number, line in lines:
            name, sep, entries = line.partition(":")
            found = [e.strip() for e in entries.split(",") if e.strip()]
            if not sep or not re.fullmatch(r"[\w-]+", name.strip()) or not found:
                raise VocabularyError(f"{path.name}:{number}: expected 'NAME: phrase, phrase', got {line!r}")
            classes.setdefault(name.strip(), []).extend(found)
        return cls(classes)

    def source(self, name: str, _seen: tuple[str, ...] = ()) -> str:
        """The regular expression of a class: any of its entries, each a whole phrase."""
        if name not in self._sources:
            if name not in self.classes:
                raise VocabularyError(f"unknown grammar class {{{name}}}" + (f" (in {{{_seen[-1]}}})" if _seen else ""))
            if name in _seen:
                raise VocabularyError(f"grammar class {{{name}}} refers to itself")
            entries = sorted(self.classes[name], key=len, reverse=True)  # the longest phrase first
            inside = "|".join(self._phrase(e, (*_seen, name)) for e in entries if not e.startswith("^"))
            opening = "|".join(self._phrase(e[1:], (*_seen, name)) for e in entries if e.startswith("^"))
            either = ([rf"{NOT_AFTER_LETTER}(?:{inside})"] if inside else []) + ([rf"^\W*(?:{opening})"] if opening else [])
            self._sources[name] = f"(?:{'|'.join(either)}){NOT_BEFORE_LETTER}"
        return self._sources[name]

    def _phrase(self, entry: str, seen: tuple[str, ...]) -> str:
        out, gap = "", False
        for token in entry.split():
            if token == "...":
                gap = True
                continue
            if out:
                out += r"\s+" + (GAP if gap else "")
            gap = False
            out += self._token(token, seen)
        return out

    def _token(self, token: str, seen: tuple[str, ...]) -> str:
        out, at = "", 0
        for match in REFERENCE.finditer(token):
            out += self._literal(token[at:match.start()]) + self.source(match.group(1), seen)
            at = match.end()
        return out + self._literal(token[at:])

    @staticmethod
    def _literal(text: str) -> str:
        return r"\w*".join(re.escape(part) for part in text.split("*"))

    def search(self, name: str, text: str) -> bool:
        """Whether a text has any entry of the class."""
        return bool(self.build(f"{{{name}}}").search(text))

    def is_a(self, name: str, word: str) -> bool:
        """Whether a word (or phrase) is, as a whole, an entry of the class."""
        return bool(self.build(f"^{{{name}}}$").match(word))

    def build(self, template: str, flags: int = re.IGNORECASE) -> re.Pattern:
        """A construction of classes: `template` is a regular expression with "{name}" for each class (a brace
        around digits stays a repetition: "\\d{4}")."""
        key = (template, flags)
        if key not in self._compiled:
            if re.search(r"\{\{[\w-]+\}\}", template):  # search("{name}", …) would look for the braces
                raise VocabularyError(f"a class is named in braces twice: {template!r}")
            source = REFERENCE.sub(lambda m: m.group(0) if m.group(1).isdigit() else self.source(m.group(1)), template)
            self._compiled[key] = re.compile(source, flags)
        return self._compiled[key]
