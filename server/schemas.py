"""Request and response models: a limit on every field a stranger can fill."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator

from assistant.answer import Answer, Citation
from ingest.documents import KINDS

MAX_MESSAGE = 1000
MAX_TURNS = 20
MAX_ID = 200  # a document id (its path under the corpus)
MAX_FILTER_DOCUMENTS = 50
DocumentId = Annotated[str, Field(min_length=1, max_length=MAX_ID)]


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=4000)


class ChatFilters(BaseModel):
    kinds: list[str] = Field(default_factory=list, max_length=4)
    documents: list[DocumentId] = Field(default_factory=list, max_length=MAX_FILTER_DOCUMENTS)

    @field_validator("kinds")
    @classmethod
    def known_kinds(cls, kinds: list[str]) -> list[str]:
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValueError(f"ukjent dokumenttype {unknown}; gyldige er {list(KINDS)}")
        return kinds


class ChatRequest(BaseModel):
    message: str = Field(min_length=1, max_length=MAX_MESSAGE)
    history: list[Turn] = Field(default_factory=list, max_length=MAX_TURNS)
    filters: ChatFilters | None = None
    language: Literal["nb", "nn", "en"] | None = None  # the asker's interface: fixed replies in it


class ServedCitation(Citation):
    link: str  # the document view, scrolled to the quote and highlighting it
    reference: str  # how to cite it in a case file


class ChatResponse(Answer):
    answer_id: str
    citations: list[ServedCitation] = Field(default_factory=list)


class Feedback(BaseModel):
    answer_id: str = Field(min_length=1, max_length=64)
    rating: Literal["up", "down"]
    comment: str = Field(default="", max_length=250)


class Passage(BaseModel):
    chunk_id: str
    document_id: str
    title: str
    publisher: str
    kind: str
    date: str
    url: str
    section: str
    heading_path: list[str]
    page: int | None
    text: str
    start: int
    end: int
    score: float | None = None
    outdated: bool = False  # the page says its information may be out of date
    highlighted: str = ""
    matched_terms: list[str] = Field(default_factory=list)
    link: str = ""
    reference: str = ""


class DocumentInfo(BaseModel):
    id: str
    title: str
    publisher: str
    kind: str
    language: str
    url: str
    date: str
    outdated: bool = False
    chunks: int
    ingested_at: str
