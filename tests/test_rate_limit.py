"""The rate limit (the `limits` library): per process in memory, or shared by replicas in a real Redis
(Debian's redis-server, started here on 127.0.0.1 and stopped after)."""

from __future__ import annotations

import logging
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.service import RateLimited, RateLimiter
from tests.webserver import AppServer, free_port

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    exe = shutil.which("redis-server")
    assert exe, "redis-server is needed (apt-get install redis-server; .ci/run installs it)"
    port = free_port()
    proc = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    import redis

    deadline = time.monotonic() + 20
    while True:
        try:
            if redis.Redis.from_url(url, socket_timeout=0.5).ping():
                break
        except redis.RedisError:
            assert proc.poll() is None and time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def _allowed(limiter: RateLimiter, client: str, n: int) -> int:
    ok = 0
    for _ in range(n):
        try:
            limiter.check(client)
            ok += 1
        except RateLimited:
            pass
    return ok


def test_in_memory_each_client_has_its_own_minute():
    limiter = RateLimiter(3)
    assert _allowed(limiter, "10.0.0.7", 5) == 3
    assert _allowed(limiter, "10.0.0.8", 5) == 3  # another client is not held up
    assert _allowed(RateLimiter(0), "10.0.0.7", 50) == 50  # 0: no limit


def test_replicas_share_one_limit_in_redis_and_store_no_address(redis_url):
    import redis

    one, two = RateLimiter(4, redis_url), RateLimiter(4, redis_url)  # as in two processes
    assert _allowed(one, "10.0.0.7", 2) + _allowed(two, "10.0.0.7", 5) == 4
    assert _allowed(two, "10.0.0.8", 1) == 1
    keys = [k.decode() for k in redis.Redis.from_url(redis_url).keys("*")]
    assert keys and not any("10.0.0" in k for k in keys), keys  # a hash of the address, not the address


def test_a_store_that_goes_down_lets_requests_through_and_says_so(redis_url, caplog, tmp_path):
    import redis

    limiter = RateLimiter(2, redis_url)
    assert _allowed(limiter, "10.0.0.7", 3) == 2
    redis.Redis.from_url(redis_url).shutdown(nosave=True)
    with caplog.at_level(logging.WARNING, logger="assistant.service"):
        t0 = time.perf_counter()
        assert _allowed(limiter, "10.0.0.7", 5) == 5  # answering matters more than counting
        assert time.perf_counter() - t0 < 10
    warnings = [r.getMessage() for r in caplog.records if "rate-limit store" in r.getMessage()]
    assert len(warnings) == 1 and "not limiting" in warnings[0]  # once, not for every request


@pytest.mark.slow
def test_two_app_processes_share_the_limit_through_redis(redis_url, tmp_path):
    apps = []
    for i in range(2):
        corpus = tmp_path / f"corpus-{i}"
        corpus.mkdir()
        shutil.copy(FIXTURES / "kamerbrief-kort.md", corpus / "kamerbrief-kort.md")
        apps.append(
            AppServer(
                corpus_dir=corpus,
                index_dir=tmp_path / f"index-{i}",
                feedback_file=tmp_path / f"fb-{i}" / "feedback.jsonl",
                log_file=tmp_path / f"app-{i}.log",
                rate_limit=3,
                extra_env={"ASSISTANT_RATE_LIMIT_STORE": redis_url},
            ).start()
        )
    try:
        for app in apps:
            app.wait_ready()
        codes = [
            httpx.post(
                f"{app.url}/api/ask", json={"question": "Hoeveel ouders kregen toeslag?"}, timeout=60
            ).status_code
            for app in (apps[0], apps[1], apps[0], apps[1])
        ]
        assert codes == [200, 200, 200, 429], codes  # 3 a minute for this client, whichever replica it reaches
    finally:
        for app in apps:
            app.stop()
