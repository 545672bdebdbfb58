"""Feedback on answers, like the directorate's "Fant du det du lette etter?" form.

No IP address is kept; comments are masked before they are stored (a person may type a fødselsnummer);
answers and feedback older than the retention period are deleted by the store itself.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

from server.privacy import mask


PRUNE_EVERY_S = 3600.0


class UnknownAnswer(KeyError):
    """Feedback for an answer id this server never issued."""


class FeedbackStore:
    def __init__(self, path: Path, retention_days: float = 365.0):
        self.retention_s = retention_days * 86400
        self._pruned_at = 0.0
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._lock = threading.Lock()
        # every answer is one row: with a write-ahead log and no fsync per commit it costs microseconds, and a
        # crash of the process loses nothing (only a power cut can lose the last rows)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
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
        self.prune()

    def add(self, answer_id: str, rating: str, comment: str) -> None:
        """Feedback on an answer this store issued (else UnknownAnswer); the comment is stored masked."""
        with self._lock, self._db:
            if not self._db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone():
                raise UnknownAnswer(answer_id)
            self._db.execute("INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?)",
                             (answer_id, rating, mask(comment), time.time()))

    def prune(self, now: float | None = None, force: bool = False) -> int:
        """Delete answers and feedback older than the retention period (at most once an hour unless forced)."""
        now = time.time() if now is None else now
        if not force and now - self._pruned_at < PRUNE_EVERY_S:
            return 0
        self._pruned_at = now
        cutoff = now - self.retention_s
        with self._lock, self._db:
            deleted = self._db.execute("DELETE FROM feedback WHERE created < ?", (cutoff,)).rowcount
            deleted += self._db.execute("DELETE FROM answers WHERE created < ?", (cutoff,)).rowcount
        return deleted

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
