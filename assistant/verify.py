"""The lexical support test: does a passage say what a sentence says?

A passage supports a sentence when at least SUPPORT_THRESHOLD of the sentence's content stems
(Norwegian Snowball stems, stopwords removed, compounds split) occur in the passage, and the claim
agrees with the passage's sentence that supports it best on what content words miss: negation
(ikke, ingen), modality (kan, skal, må, bør) and quantifiers (alle, bare); every number it states
occurs in the passage. The LLM backend drops sentences that fail it; `python -m evals` scores citations
with it.
"""

from __future__ import annotations

import re

from ingest.language import Analyzer, claim_markers, numbers_in
from ingest.sentences import sentence_spans

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
    return support(passages, sentence) >= SUPPORT_THRESHOLD and agrees(passages, sentence)


def agrees(passages: list[str], sentence: str) -> bool:
    """The claim says no more and no less than its best-supporting source sentence about negation,
    modality and quantity, and states no number the passages do not."""
    if not numbers_in(sentence) <= set().union(*(numbers_in(p) for p in passages)):
        return False
    candidates = [p[a:b] for p in passages for a, b in sentence_spans(p)] or passages
    for a, b in sentence_spans(sentence) or [(0, len(sentence))]:
        part = sentence[a:b]
        best = max(candidates, key=lambda source: support([source], part))
        claim, source = claim_markers(part), claim_markers(best)
        # negated on one side only, or a modality or quantifier the source does not have ("kan" -> "må")
        if ("not" in claim) != ("not" in source) or not claim <= source:
            return False
    return True


def statements(answer: str) -> list[tuple[str, list[int]]]:
    """(sentence, cited numbers) for each statement: the text up to and including its [n] markers."""
    matches = list(re.finditer(r"(.+?)((?:\s*\[\d+\])+)", answer, flags=re.S))
    out = [(m.group(1).strip(), [int(n) for n in re.findall(r"\[(\d+)\]", m.group(2))]) for m in matches]
    tail = answer[matches[-1].end() :] if matches else answer
    if tail.strip():
        out.append((tail.strip(), []))
    return out
