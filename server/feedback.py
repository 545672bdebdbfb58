"""Feedback on answers, like the directorate's "Fant du det du lette etter?" form; no IP address is kept."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path


class FeedbackStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, question TEXT, answer TEXT, created REAL)"
            )
            self._db.execute(
                # one row per answer: a comment sent after the thumbs replaces the bare rating
                "CREATE TABLE IF NOT EXISTS feedback (answer_id TEXT PRIMARY KEY, rating TEXT, comment TEXT, created REAL)"
            )

    def remember_answer(self, answer_id: str, question: str | None, answer: str) -> None:
        """Kept so that a down-rated answer can become a gold item; the question only when logging is on."""
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", (answer_id, question, answer, time.time()))

    def add(self, answer_id: str, rating: str, comment: str) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?)", (answer_id, rating, comment, time.time()))

    def export_candidates(self, target: Path) -> int:
        """Down-rated answers as candidate gold items, for a person to complete before adding them."""
        rows = self._db.execute(
            "SELECT f.answer_id, a.question, a.answer, f.comment FROM feedback f LEFT JOIN answers a "
            "ON a.id = f.answer_id WHERE f.rating = 'down' ORDER BY f.created"
        ).fetchall()
        with open(target, "w", encoding="utf-8") as out:
            for answer_id, question, answer, comment in rows:
                out.write(json.dumps({"id": f"feedback-{answer_id}", "split": "test", "category": "feedback",
                                      "question": question or "", "answer_given": answer or "", "comment": comment,
                                      "answerable": True, "history": [], "gold_documents": [], "gold_quotes": [],
                                      "key_facts": []}, ensure_ascii=False) + "\n")
        return len(rows)
