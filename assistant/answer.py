"""The answer object: the one contract every caller (CLI, API, widget, evals) uses."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

ReplyType = Literal["answer", "abstain", "greeting", "refusal", "personal"]


class Citation(BaseModel):
    n: int
    document_id: str
    title: str
    publisher: str = ""
    kind: str = ""
    url: str = ""
    date: str = ""
    outdated: bool = False  # the page says its information may be out of date
    section: str = ""
    heading_path: list[str] = Field(default_factory=list)
    page: int | None = None
    quote: str
    start: int
    end: int


class Answer(BaseModel):
    answer: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    reply_type: ReplyType = "answer"
    backend: Literal["extractive", "llm", "fixed"] = "extractive"


CITATION_MARK = re.compile(r"\[(\d+)\]")


def joined(answers: list[Answer]) -> Answer:
    """The answers to the questions one question joined, as one answer: their texts in order, the citations numbered
    on (a quote the first already cites keeps its number)."""
    text_parts: list[str] = []
    citations: list[Citation] = []
    for answer in answers:
        numbers: dict[int, int] = {}
        for citation in answer.citations:
            same = next((c for c in citations if (c.document_id, c.start, c.end) == (
                citation.document_id, citation.start, citation.end)), None)
            if same is None:
                same = citation.model_copy(update={"n": len(citations) + 1})
                citations.append(same)
            numbers[citation.n] = same.n
        text_parts.append(CITATION_MARK.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]",
                                            answer.answer))
    separator = "\n" if any("\n" in part for part in text_parts) else " "
    return Answer(answer=separator.join(text_parts), abstained=False, citations=citations)
