"""The record of an index's Chroma server: a dead one is forgotten, a silent live one is a clear error."""

import json
import os

import pytest

from ingest import chroma_service
from tests.conftest import free_port


def test_a_record_left_by_a_dead_server_is_removed(tmp_path):
    record = tmp_path / chroma_service.SERVICE_FILE
    record.write_text(json.dumps({"host": "127.0.0.1", "port": free_port(), "pid": 2**22 + 12345}))
    assert chroma_service.running(tmp_path) is None and not record.exists()


def test_a_live_process_that_does_not_answer_is_an_error_not_a_fallback(tmp_path):
    (tmp_path / chroma_service.SERVICE_FILE).write_text(
        json.dumps({"host": "127.0.0.1", "port": free_port(), "pid": os.getpid()}))
    with pytest.raises(RuntimeError, match="does not answer"):
        chroma_service.running(tmp_path)
