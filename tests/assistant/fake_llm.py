"""A small OpenAI-compatible chat server on loopback that replies with scripted completions."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ScriptedLLM:
    def __init__(self):
        self.reply = ""
        self.delay = 0.0
        self.token_delay = 0.0  # between the pieces of a streamed reply
        self.finished_at: list[float] = []  # time.monotonic() when each streamed reply's last piece left
        self.requests: list[dict] = []
        self.replied_at: list[float] = []  # time.monotonic() of each reply, to order events around it
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(self):
        script = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                script.requests.append(body)
                time.sleep(script.delay)
                script.replied_at.append(time.monotonic())
                if body.get("stream"):
                    self._stream(body)
                    return
                payload = json.dumps({
                    "id": "chatcmpl-1", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model", "scripted"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": script.reply}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, body):
                """The reply as OpenAI's streamed chunks, a word at a time, then [DONE]."""
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    for piece in re.findall(r"\S+\s*", script.reply):
                        chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": int(time.time()),
                                 "model": body.get("model", "scripted"),
                                 "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                        self.wfile.flush()
                        time.sleep(script.token_delay)
                    script.finished_at.append(time.monotonic())
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler

    def close(self):
        self.server.shutdown()
