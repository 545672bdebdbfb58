"""The lexical support test: does a passage say what a sentence says?

A passage supports a sentence when at least SUPPORT_THRESHOLD of the sentence's content stems
(Norwegian Snowball stems, stopwords removed, compounds split) occur in the passage. The LLM backend
drops sentences that fail it; `python -m evals` scores citations with it.
"""

from __future__ import annotations

import re

from ingest.lexical import Analyzer

SUPPORT_THRESHOLD = 0.6
_analyzer = Analyzer()


def stems(text: str) -> set[str]:
    return set(_analyzer.terms(text))


def support(passages: list[str], sentence: str) -> float:
    wanted = stems(sentence)
    if not wanted:
        return 1.0
    have = set().union(*(stems(p) for p in passages)) if passages else set()
    return len(wanted & have) / len(wanted)


def supports(passages: list[str], sentence: str) -> bool:
    return support(passages, sentence) >= SUPPORT_THRESHOLD


def statements(answer: str) -> list[tuple[str, list[int]]]:
    """(sentence, cited numbers) for each statement: the text up to and including its [n] markers."""
    matches = list(re.finditer(r"(.+?)((?:\s*\[\d+\])+)", answer, flags=re.S))
    out = [(m.group(1).strip(), [int(n) for n in re.findall(r"\[(\d+)\]", m.group(2))]) for m in matches]
    tail = answer[matches[-1].end() :] if matches else answer
    if tail.strip():
        out.append((tail.strip(), []))
    return out
