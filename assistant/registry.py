"""Index state that replicas sharing one Chroma server all see, kept in that server.

With ``ASSISTANT_CHROMA_URL`` several app processes (replicas) may serve from one Chroma server. What they must
agree on lives there, not in each machine's index folder:

* ``{prefix}.state``: a tiny collection (one-number vectors) with the *live* record (which collection answers,
  with its manifest as JSON) and one record per serving replica (what it serves, when it was last seen).
* ``{prefix}.lock``: exists while one replica builds. Creating a collection is atomic on the server, so only one
  replica holds it; it carries an expiry, so a builder that died does not block the others for good.

A build publishes the new live record; serving replicas notice it (:meth:`Registry.live`) and reload; a collection
is only deleted when it is not live and no replica seen recently serves it.

Usage::

    registry = Registry(client, "kamerbrief")
    with registry.building():
        ...  # build, then registry.publish(manifest)
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

log = logging.getLogger(__name__)

LOCK_TTL = 600.0  # seconds a build lock holds before others may take it over (a build takes well under this)
_LIVE = "live"
_REPLICA = "replica-"


@cache
def process_id() -> str:
    """This process as a replica: host and process id, for the operator's eye (no user data); one per process, so
    a reload does not look like a second replica."""
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class BuildLockTimeout(TimeoutError):
    """Another replica held the build lock for longer than we were willing to wait."""


class Registry:
    """The shared state of the index on a Chroma server (see the module docstring)."""

    def __init__(self, client: ClientAPI, prefix: str, replica: str | None = None) -> None:
        self.client = client
        self.prefix = prefix
        self.replica = replica or process_id()
        self._state: Collection | None = None

    @property
    def state_name(self) -> str:
        return f"{self.prefix}.state"

    @property
    def lock_name(self) -> str:
        return f"{self.prefix}.lock"

    def _col(self) -> Collection:
        if self._state is None:
            self._state = self.client.get_or_create_collection(
                self.state_name,
                embedding_function=None,  # type: ignore[arg-type]
                metadata={"kind": "assistant-state"},
            )
        return self._state

    # ------------------------------------------------------------------ live

    def live(self) -> dict[str, Any] | None:
        """The manifest of the collection that answers now, or None before the first build."""
        res = self._col().get(ids=[_LIVE], include=["metadatas"])
        metas = res.get("metadatas") or []
        if not metas or not metas[0]:
            return None
        try:
            manifest = json.loads(str(metas[0].get("manifest", "")))
        except ValueError:
            log.warning("the live record in %s is unreadable; treating the index as not built", self.state_name)
            return None
        return manifest if isinstance(manifest, dict) and "collection" in manifest else None

    def publish(self, manifest: dict[str, Any]) -> None:
        """Make ``manifest['collection']`` the live one for every replica."""
        meta = {"collection": manifest["collection"], "manifest": json.dumps(manifest, ensure_ascii=False)}
        self._col().upsert(ids=[_LIVE], embeddings=[[0.0]], metadatas=[meta])  # type: ignore[list-item]
        log.info("published %s as the live index", manifest["collection"])

    # ------------------------------------------------------------------ replicas

    def heartbeat(self, serving: str) -> None:
        """Record that this replica serves ``serving`` now."""
        meta = {"serves": serving, "seen": time.time()}
        self._col().upsert(ids=[_REPLICA + self.replica], embeddings=[[0.0]], metadatas=[meta])  # type: ignore[list-item]

    def leave(self) -> None:
        """Forget this replica (on shutdown)."""
        self._col().delete(ids=[_REPLICA + self.replica])

    def in_use(self, max_age: float) -> set[str]:
        """Collections served by replicas seen within ``max_age`` seconds."""
        res = self._col().get(include=["metadatas"])
        now = time.time()
        out: set[str] = set()
        for rid, meta in zip(res["ids"], res.get("metadatas") or [], strict=True):
            if rid.startswith(_REPLICA) and meta and now - float(meta.get("seen", 0)) <= max_age:
                out.add(str(meta.get("serves")))
        return out

    # ------------------------------------------------------------------ the build lock

    def try_lock(self, ttl: float = LOCK_TTL) -> bool:
        """Take the build lock if it is free (or expired); True when this replica holds it now."""
        try:
            self.client.create_collection(
                self.lock_name,
                embedding_function=None,  # type: ignore[arg-type]
                metadata={"owner": self.replica, "expires": time.time() + ttl},
            )
            return True
        except Exception:  # it exists: held by someone, or left by a builder that died
            pass
        try:
            meta = self.client.get_collection(self.lock_name, embedding_function=None).metadata or {}  # type: ignore[arg-type]
        except Exception:
            return False  # released in between: the next try may get it
        if float(meta.get("expires", 0)) < time.time():
            log.warning("taking over the build lock of %s, which expired", meta.get("owner", "another replica"))
            self._drop_lock()
        return False

    def unlock(self) -> None:
        try:
            meta = self.client.get_collection(self.lock_name, embedding_function=None).metadata or {}  # type: ignore[arg-type]
        except Exception:
            return
        if meta.get("owner") == self.replica:
            self._drop_lock()

    def _drop_lock(self) -> None:
        try:
            self.client.delete_collection(self.lock_name)
        except Exception:
            log.debug("the build lock was already gone", exc_info=True)

    @contextmanager
    def building(self, timeout: float = 900.0, ttl: float = LOCK_TTL) -> Iterator[None]:
        """Hold the build lock for the block; wait for another replica's build to finish first."""
        deadline = time.monotonic() + timeout
        waited = False
        while not self.try_lock(ttl):
            if not waited:
                log.info("another replica is building the index; waiting for it")
                waited = True
            if time.monotonic() > deadline:
                raise BuildLockTimeout(f"the build lock {self.lock_name} was held for more than {timeout:.0f} s")
            time.sleep(0.5)
        try:
            yield
        finally:
            self.unlock()
