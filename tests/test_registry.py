"""The shared index state (assistant.registry) on a real in-process Chroma: the build lock, the live record,
which replica serves what."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from assistant.registry import BuildLockTimeout, Registry


@pytest.fixture
def client():  # type: ignore[no-untyped-def]
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))


@pytest.fixture
def prefix() -> str:
    return f"t{uuid.uuid4().hex[:8]}"  # the in-process client is shared between tests


def test_only_one_replica_holds_the_build_lock(client, prefix):
    a, b = Registry(client, prefix, "a"), Registry(client, prefix, "b")
    assert a.try_lock() and not b.try_lock()
    b.unlock()  # not b's lock: it stays
    assert not b.try_lock()
    a.unlock()
    assert b.try_lock()


def test_an_expired_lock_of_a_builder_that_died_is_taken_over(client, prefix):
    dead, alive = Registry(client, prefix, "dead"), Registry(client, prefix, "alive")
    assert dead.try_lock(ttl=0.2)
    assert not alive.try_lock()
    time.sleep(0.3)
    assert not alive.try_lock()  # removes the expired lock ...
    assert alive.try_lock()  # ... and takes it


def test_building_waits_for_the_other_builder_and_times_out(client, prefix):
    a, b = Registry(client, prefix, "a"), Registry(client, prefix, "b")
    order: list[str] = []
    held = b.building()  # kept, so that b holds the lock after the thread ends

    with a.building():
        waiter = threading.Thread(target=lambda: (held.__enter__(), order.append("b")))
        waiter.start()
        time.sleep(0.8)
        order.append("a done")
    waiter.join(10)
    assert order == ["a done", "b"]
    with pytest.raises(BuildLockTimeout), a.building(timeout=0.5):
        pass  # b still holds it


def test_the_live_record_and_what_replicas_serve(client, prefix):
    a, b = Registry(client, prefix, "a"), Registry(client, prefix, "b")
    assert a.live() is None
    a.publish({"collection": f"{prefix}-new", "fingerprint": "f", "chunks": 3})
    assert b.live() == {"collection": f"{prefix}-new", "fingerprint": "f", "chunks": 3}
    a.heartbeat(f"{prefix}-new")
    b.heartbeat(f"{prefix}-old")
    assert a.in_use(max_age=60) == {f"{prefix}-new", f"{prefix}-old"}
    time.sleep(0.3)
    a.heartbeat(f"{prefix}-new")
    assert a.in_use(max_age=0.2) == {f"{prefix}-new"}  # b was not seen lately
    b.leave()
    assert a.in_use(max_age=60) == {f"{prefix}-new"}
