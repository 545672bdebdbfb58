"""The feedback store keeps nothing past the retention period."""

import sqlite3
import time

from server.feedback import FeedbackStore


def test_answers_and_feedback_older_than_the_retention_period_are_deleted(tmp_path):
    store = FeedbackStore(tmp_path / "feedback.sqlite3", retention_days=365)
    store.remember_answer("old", None, "Et svar")
    store.add("old", "down", "Mangler frist")
    now = time.time()
    assert store.prune(now=now + 364 * 86400, force=True) == 0
    assert store.prune(now=now + 366 * 86400, force=True) == 2
    db = sqlite3.connect(tmp_path / "feedback.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 0
