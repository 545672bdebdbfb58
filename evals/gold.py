"""The gold set: versioned JSONL files under evals/gold/, added to and never silently edited."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

GOLD_DIR = Path(__file__).parent / "gold"


@dataclass
class GoldItem:
    id: str
    split: str
    category: str
    question: str
    answerable: bool
    history: list[dict] = field(default_factory=list)
    gold_documents: list[str] = field(default_factory=list)
    gold_quotes: list[str] = field(default_factory=list)
    key_facts: list[list[str]] = field(default_factory=list)


def load_gold(split: str = "test", directory: Path = GOLD_DIR) -> list[GoldItem]:
    return [item for path in sorted(directory.glob("*.jsonl")) for item in load_gold_file(path, split)]


def load_gold_file(path: Path, split: str = "test") -> list[GoldItem]:
    """The items of one gold file (the project's or another corpus's, in the same format) in `split`."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = GoldItem(**json.loads(line))
            if split == "all" or item.split == split:
                items.append(item)
    return items
