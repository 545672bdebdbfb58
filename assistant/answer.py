"""The answer object: the one contract every caller (CLI, API, widget, evals) uses."""

from __future__ import annotations

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
