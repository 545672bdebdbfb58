"""The server follows the index: a generation that ingest commits is served within INDEX_POLL_S, without a
restart, while requests already running finish on the generation they started with.

Every request takes `LiveIndex.assistant` once and keeps that object to its end. A new generation is loaded
beside the old one and swapped in by one reference assignment. The process holds a lease (see
`IndexStore.lease`) on the generation it serves and on those it stopped serving within INDEX_RETIRE_S, so that
ingest deletes none of their texts, vectors or collections while a request may still read them.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

from assistant.pipeline import Assistant, freeze_what_is_loaded
from ingest.settings import Settings
from ingest.store import IndexStore

log = logging.getLogger("kompetanseloftet")


class LiveIndex:
    def __init__(self, settings: Settings, assistant: Assistant | None = None):
        self.settings = settings
        self.store = IndexStore(settings)
        self.reader = f"{socket.gethostname()}-{os.getpid()}-{id(self):x}"
        self._retired: dict[str, float] = {}  # generation -> when it stopped being served
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.assistant = assistant or Assistant(settings)
        self._renew_lease()

    @property
    def generation(self) -> str:
        return self.assistant.retriever.generation

    def start(self) -> None:
        """Follow the index, and renew the lease, in a background thread."""
        self._thread = threading.Thread(target=self._follow, name="index-follower", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=30)
        self.store.release(self.reader)

    def _follow(self) -> None:
        while not self._stop.wait(self.settings.index_poll_s):
            try:
                self.refresh()
            except Exception:  # a half-written or pruned generation: keep serving, try again at the next poll
                log.exception("could not load the index's new generation; still serving %s", self.generation)

    def refresh(self) -> bool:
        """Serve the current generation if it is not the one served; True when it changed."""
        current = self.store.current_generation()
        changed = bool(current) and current != self.generation
        if changed:
            self._renew_lease(loading=current)  # leased before it is read, so no prune removes it meanwhile
            fresh = Assistant(self.settings, embedder=self.assistant.retriever.embedder, generation=current)
            fresh.warm_up()
            self._retired[self.generation] = time.monotonic()
            self.assistant = fresh
            freeze_what_is_loaded()
            log.info("serving index generation %s (%d documents)", current, len(fresh.retriever.catalog.documents))
        self._renew_lease()
        return changed

    def _renew_lease(self, loading: str | None = None) -> None:
        now = time.monotonic()
        self._retired = {g: t for g, t in self._retired.items() if now - t < self.settings.index_retire_s}
        held = {self.generation, *self._retired, *([loading] if loading else [])}
        self.store.lease(self.reader, held)
