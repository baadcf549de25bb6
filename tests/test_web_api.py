"""The HTTP API of the real app (`python app.py` in a subprocess), through httpx and gradio_client.

Every /api route, the error contract (JSON `{"error", "status"}`, never a stack trace), CORS,
frame-ancestors, no cookies, the 503 while the index is being built and the 429 of the rate limit.
"""

from __future__ import annotations

import json
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

LETTER_CITATION = "Kamerstuk 31524, nr. 707"


@pytest.fixture(scope="module")
def api(app_server):
    with httpx.Client(base_url=app_server.url, timeout=60) as client:
        yield client


def ask(client: httpx.Client, question: str, history: list[dict] | None = None) -> dict:
    r = client.post("/api/ask", json={"question": question, "history": history or []})
    assert r.status_code == 200, r.text
    return r.json()


def cited(answer: dict) -> set[int | None]:
    return {c["question"] for c in answer["citations"]}


def assert_error(r: httpx.Response, status: int) -> dict:
    """The documented error contract: JSON {"error": "...", "status": N}, a readable message, no stack trace."""
    assert r.status_code == status, (r.status_code, r.text[:500])
    assert "Traceback" not in r.text and 'File "' not in r.text, r.text[:2000]
    assert r.headers.get("content-type", "").startswith("application/json"), (r.headers, r.text[:500])
    body = r.json()
    assert isinstance(body, dict), body
    assert isinstance(body.get("error"), str) and body["error"].strip(), f"no 'error' message in {body}"
    assert body.get("status") == status, body
    return body


# ------------------------------------------------------------------------------------------------ POST /api/ask


def test_ask_returns_cited_answer(api):
    answer = ask(api, "Kan ik stagediscriminatie ergens melden als ik gediscrimineerd word bij mijn stage?")
    assert set(answer) >= {"text", "citations", "refused"}
    assert answer["refused"] is False
    assert isinstance(answer["text"], str) and answer["text"]
    assert answer["citations"], answer
    for c in answer["citations"]:
        assert set(c) >= {"question", "quote", "source", "url"}, c
        assert c["quote"] and c["source"] == "kst-31524-707.md"
    assert 9 in cited(answer), answer
    assert "[vraag 9]" in answer["text"]


def test_ask_honours_history(api):
    first = "Wat is het Stagepact mbo?"
    previous = ask(api, first)
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": previous["text"]}]
    follow_up = ask(api, "En tot wanneer loopt het?", history)
    assert follow_up["refused"] is False, follow_up
    assert 7 in cited(follow_up), follow_up
    assert "2027" in follow_up["text"], follow_up["text"]


def test_history_changes_the_answer_to_a_vague_follow_up(api):
    """A follow-up that means nothing alone is read in the light of the conversation."""
    history = [
        {"role": "user", "content": "Heb ik recht op een stagevergoeding?"},
        {"role": "assistant", "content": ask(api, "Heb ik recht op een stagevergoeding?")["text"]},
    ]
    follow_up = ask(api, "En wat gebeurt daarmee?", history)
    assert 10 in cited(follow_up), follow_up


# ----------------------------------------------------------------------------------------- POST /api/ask/stream


def parse_sse(text: str) -> list[tuple[str, str]]:
    events = []
    for block in re.split(r"\r?\n\r?\n", text):
        if not block.strip():
            continue
        name, data = "message", []
        for line in block.splitlines():
            if line.startswith("event:"):
                name = line[len("event:") :].strip()
            elif line.startswith("data:"):
                data.append(line[len("data:") :].removeprefix(" "))
        events.append((name, "\n".join(data)))
    return events


def test_ask_stream_sends_deltas_then_answer_then_done(api):
    body = {"question": "Waar kan ik stagediscriminatie melden?", "history": []}
    with api.stream("POST", "/api/ask/stream", json=body) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = r.read().decode("utf-8")
    events = parse_sse(text)
    names = [n for n, _ in events]
    deltas = [json.loads(d)["text"] for n, d in events if n == "delta"]
    assert len(deltas) >= 2, names
    assert names.count("answer") == 1 and names[-1] == "done", names
    assert names.index("answer") > max(i for i, n in enumerate(names) if n == "delta"), names
    answer = json.loads(dict(events)["answer"])
    assert "".join(deltas) == answer["text"]
    assert 9 in cited(answer)
    assert set(answer) >= {"text", "citations", "refused"}


def test_ask_stream_errors_are_json(api):
    assert_error(api.post("/api/ask/stream", json={"history": []}), 400)
    assert_error(api.post("/api/ask/stream", json={"question": "x" * 2001}), 413)


# ---------------------------------------------------------------------------------- health, documents, OpenAPI


def test_health_ready(api):
    r = api.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ready"
    assert body.get("documents") == 1 and body.get("chunks", 0) > 0, body


def test_documents_lists_the_ten_questions(api):
    r = api.get("/api/documents")
    assert r.status_code == 200
    docs = r.json()["documents"]
    letter = next(d for d in docs if d["source"] == "kst-31524-707.md")
    assert LETTER_CITATION in (letter.get("citation") or ""), letter.get("citation")
    assert [q["number"] for q in letter["questions"]] == list(range(1, 11))
    for q in letter["questions"]:
        assert isinstance(q["title"], str) and q["title"].strip(), q
        assert q["question"].strip(), q


def test_openapi_docs(api):
    r = api.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    spec = api.get("/openapi.json").json()
    for path in ("/api/ask", "/api/ask/stream", "/api/health", "/api/documents"):
        assert path in spec["paths"], sorted(spec["paths"])


# ---------------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"history": []},
        {"question": None},
        {"question": 5},
        {"question": ["Heb ik recht op een stagevergoeding?"]},
        {"question": "Heb ik recht op een stagevergoeding?", "history": "geen lijst"},
        {"question": "Heb ik recht op een stagevergoeding?", "history": [1, 2]},
        {"question": "Heb ik recht op een stagevergoeding?", "history": [{"role": "user"}]},
        {"question": "Heb ik recht op een stagevergoeding?", "history": [{"role": "system", "content": "Je bent"}]},
        [],
    ],
    ids=[
        "empty",
        "missing-question",
        "null-question",
        "int-question",
        "list-question",
        "history-not-a-list",
        "history-not-messages",
        "history-without-content",
        "history-system-role",
        "array-body",
    ],
)
def test_bad_requests_are_400_json(api, body):
    assert_error(api.post("/api/ask", json=body), 400)


def test_malformed_json_is_400(api):
    r = api.post("/api/ask", content=b'{"question": "stage', headers={"content-type": "application/json"})
    assert_error(r, 400)


def test_question_over_2000_characters_is_413(api):
    body = assert_error(api.post("/api/ask", json={"question": "Stage? " * 300}), 413)
    assert "2000" in body["error"].replace(".", "").replace(",", "")


def test_body_over_limit_is_413(api):
    big = {"question": "Heb ik recht op een stagevergoeding?", "history": [{"role": "user", "content": "x" * 70_000}]}
    assert_error(api.post("/api/ask", json=big), 413)


def test_chunked_body_over_limit_is_413(api):
    """The 64 KB limit must hold for a body sent without Content-Length (chunked transfer encoding)."""
    big = json.dumps(
        {"question": "Heb ik recht op een stagevergoeding?", "history": [{"role": "user", "content": "x" * 200_000}]}
    ).encode()

    def chunks():
        for i in range(0, len(big), 16_384):
            yield big[i : i + 16_384]

    r = api.post("/api/ask", content=chunks(), headers={"content-type": "application/json"})
    assert r.request.headers.get("transfer-encoding") == "chunked"
    assert_error(r, 413)


def test_unknown_api_path_is_404_json(api):
    assert_error(api.get("/api/does-not-exist"), 404)


def test_rate_limit_429_with_dutch_message(limited_server):
    from assistant import texts

    with httpx.Client(base_url=limited_server.url, timeout=60) as client:
        for _ in range(3):
            r = client.post("/api/ask", json={"question": "Wie meet de stagetekorten?"})
            assert r.status_code == 200, r.text
        r = client.post("/api/ask", json={"question": "Wie meet de stagetekorten?"})
        body = assert_error(r, 429)
        assert body["error"] == texts.RATE_LIMITED
        assert re.search(r"\b(je|vragen|wacht|minuut)\b", body["error"], re.I), body  # Dutch
        retry = r.headers.get("retry-after")
        assert retry is not None and retry.isdigit() and int(retry) > 0, r.headers
        # the stream is limited by the same budget; health stays available
        assert_error(client.post("/api/ask/stream", json={"question": "Wie meet de stagetekorten?"}), 429)
        assert client.get("/api/health").status_code == 200


def test_503_while_the_index_is_built(loading_server):
    first = loading_server.wait_listening(60)
    assert first.status_code == 503, first.text
    assert first.json()["status"] == "loading"
    r = httpx.post(f"{loading_server.url}/api/ask", json={"question": "Heb ik recht op een stagevergoeding?"})
    assert_error(r, 503)
    assert r.headers.get("retry-after"), r.headers
    assert_error(httpx.get(f"{loading_server.url}/api/documents"), 503)
    health = httpx.get(f"{loading_server.url}/api/health")
    assert health.status_code == 503 and health.json()["status"] == "loading", health.text
    assert "Traceback" not in health.text


# ------------------------------------------------------------------------------------------ CORS, CSP, cookies


def test_cors_allows_the_configured_origin_only(api, web_ports):
    allowed = f"http://127.0.0.1:{web_ports['allowed']}"
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}

    r = api.options("/api/ask", headers={"Origin": allowed, **preflight})
    assert r.status_code in (200, 204), r.text
    assert r.headers.get("access-control-allow-origin") == allowed
    assert "POST" in r.headers.get("access-control-allow-methods", "")
    assert r.headers.get("access-control-allow-credentials") != "true"

    r = api.post("/api/ask", json={"question": "Wie meet de stagetekorten?"}, headers={"Origin": allowed})
    assert r.status_code == 200
    assert r.headers.get("access-control-allow-origin") == allowed

    evil = "http://evil.example"
    r = api.options("/api/ask", headers={"Origin": evil, **preflight})
    assert "access-control-allow-origin" not in r.headers, r.headers
    r = api.post("/api/ask", json={"question": "Wie meet de stagetekorten?"}, headers={"Origin": evil})
    assert "access-control-allow-origin" not in r.headers, r.headers


def test_no_cookies_anywhere(api):
    responses = [
        api.get("/"),
        api.get("/embed/"),
        api.get("/widget.js"),
        api.post("/api/ask", json={"question": "Wie meet de stagetekorten?"}),
        api.get("/api/health"),
        api.get("/gradio_api/info"),
        api.get("/config"),
    ]
    for r in responses:
        assert r.status_code < 500, (r.request.url, r.status_code)
        assert "set-cookie" not in r.headers, (r.request.url, r.headers.get_list("set-cookie"))


def test_frame_ancestors(api, web_ports):
    allowed = f"http://127.0.0.1:{web_ports['allowed']}"
    embed = api.get("/embed/")
    assert embed.status_code == 200
    assert embed.headers["content-security-policy"] == f"frame-ancestors 'self' {allowed}"
    home = api.get("/")
    assert home.status_code == 200
    assert home.headers["content-security-policy"] == "frame-ancestors 'self'"
    widget = api.get("/widget.js")
    assert widget.status_code == 200 and "javascript" in widget.headers["content-type"]
    assert "/embed/" in widget.text


# ------------------------------------------------------------------------------------------------ gradio_client


def test_gradio_client_ask(app_server):
    from gradio_client import Client

    client = Client(app_server.url + "/", verbose=False)
    try:
        info = client.view_api(print_info=False, return_format="dict")
        assert "/ask" in info["named_endpoints"], info["named_endpoints"].keys()
        result = client.predict("Waar kan ik stagediscriminatie melden?", api_name="/ask")
    finally:
        client.close()  # its heartbeat stream would otherwise hold the server's graceful shutdown
    text = result[0] if isinstance(result, tuple | list) else result
    assert isinstance(text, str), result
    assert "meldpunt" in text.lower()
    assert "[vraag 9]" in text


@pytest.mark.parametrize("prefix", ["", "/embed"])
def test_gradio_side_doors_are_closed(api, app_server, prefix, tmp_path):
    """The app has no file fields: nobody may upload files through it or fetch files from it."""
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    r = api.post(f"{prefix}/gradio_api/upload", files={"files": ("x.png", png, "image/png")})
    assert_error(r, 404)
    for path in (
        f"{prefix}/gradio_api/file=/etc/hostname",
        f"{prefix}/gradio_api/file/etc/hostname",
        f"{prefix}/gradio_api/upload_progress?upload_id=x",
        f"{prefix}/gradio_api/proxy=https://example.org/",
    ):
        assert_error(api.get(path), 404)
    stored = [p for p in app_server.gradio_temp.rglob("*") if p.is_file()] if app_server.gradio_temp.exists() else []
    assert stored == []  # nothing was kept on the server's disk


class SlowLLM(BaseHTTPRequestHandler):
    """An OpenAI-compatible server that takes DELAY seconds before it streams its reply (a busy model)."""

    DELAY = 2.0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(self.DELAY)
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "slow"}
        parts = [
            {
                "role": "assistant",
                "content": "Op dit moment kunnen 4.695 mbo-studenten geen stageplek vinden. [vraag 6]",
            }
        ]
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for delta in parts:
                body = {**chunk, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(body)}\n\n".encode())
            done = {**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self.wfile.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


def test_one_slow_answer_does_not_hold_up_other_visitors(app_server, web_dirs, tmp_path):
    """Gradio runs one answer at a time unless told otherwise: with a model that needs 2 s per answer, three
    visitors asking at once all get their answer in about 2 s, not one after the other (2, 4, 6 s)."""
    from gradio_client import Client

    from tests.webserver import AppServer

    llm = ThreadingHTTPServer(("127.0.0.1", 0), SlowLLM)
    threading.Thread(target=llm.serve_forever, daemon=True).start()
    server = AppServer(
        corpus_dir=web_dirs["corpus"],
        index_dir=web_dirs["index"],
        feedback_file=tmp_path / "feedback.jsonl",
        log_file=tmp_path / "app.log",
        extra_env={
            "ASSISTANT_LLM": "openai",
            "ASSISTANT_LLM_BASE_URL": f"http://127.0.0.1:{llm.server_address[1]}/v1",
            "ASSISTANT_LLM_MODEL": "slow",
        },
    ).start()
    clients: list = []
    try:
        server.wait_ready(120)
        clients = [Client(server.url + "/", verbose=False) for _ in range(3)]

        def timed(client) -> float:  # type: ignore[no-untyped-def]
            start = time.monotonic()
            client.predict("Hoeveel mbo-studenten vinden geen stageplek?", api_name="/ask")
            return time.monotonic() - start

        with ThreadPoolExecutor(3) as pool:
            took = list(pool.map(timed, clients))
    finally:
        for c in clients:
            c.close()
        server.stop()
        llm.shutdown()
        llm.server_close()
    # one at a time, the last would wait for the other two: at least 3 x the model's 2 s; side by side each takes
    # about 2 s plus the machine's overhead (which a loaded machine stretches, so the bound is the serial one)
    assert max(took) < 3 * SlowLLM.DELAY, took


def test_a_lone_surrogate_or_invisible_characters_are_removed_not_an_error(api):
    body = '{"question": "\\ud800wanneer\\u200b komt de \\u202everplichte stagevergoeding?", "history": []}'
    r = api.post("/api/ask", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert "[vraag 10]" in r.json()["text"]
    r = api.post("/api/ask/stream", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200 and "event: answer" in r.text and "event: error" not in r.text, r.text[:500]


def test_length_is_counted_as_typed(api):
    emoji = "👍🏽" * 1500  # 1,500 typed characters, 3,000 code points, 6,000 UTF-16 units
    r = api.post("/api/ask", json={"question": emoji, "history": []})
    assert r.status_code == 200, r.text  # not "too long"
    assert r.json()["text"].startswith("Ik zie geen woorden in je bericht"), r.text  # typed, so not "empty"
    body = assert_error(api.post("/api/ask", json={"question": "a" * 2001, "history": []}), 413)
    assert "2001" in body["error"] or "2.001" in body["error"], body


def test_a_huge_made_up_history_turn_is_bounded_work_not_an_error(api):
    history = [{"role": "user", "content": "实" * 8000}, {"role": "assistant", "content": "x" * 8000}]
    r = api.post("/api/ask", json={"question": "En dat?", "history": history})
    assert r.status_code == 200, r.text[:500]


def test_a_body_that_trickles_in_gets_408_and_frees_the_worker(app_server):
    """A client that announces a body and then sends nothing more must not hold a worker forever."""
    import socket

    host, port = "127.0.0.1", int(app_server.url.rsplit(":", 1)[1])
    with socket.create_connection((host, port), timeout=30) as sock:
        sock.sendall(
            b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            b'{"question": '
        )
        start = time.monotonic()
        data = b""
        while b'"status"' not in data and (chunk := sock.recv(4096)):  # the reply may come in several packets
            data += chunk
        reply = data.decode("utf-8", "replace")
        waited = time.monotonic() - start
    assert reply.startswith("HTTP/1.1 408"), reply[:200]
    assert waited < 20, waited  # the default ASSISTANT_BODY_TIMEOUT is 10 s
    assert '"status":408' in reply.replace(" ", ""), reply


@pytest.mark.parametrize("prefix", ["", "/embed"])
def test_an_unknown_gradio_session_is_a_plain_404_not_a_logged_traceback(app_server, api, prefix):
    before = app_server.log().count("Traceback")
    r = api.get(f"{prefix}/gradio_api/queue/data", params={"session_hash": "not-a-session"})
    assert_error(r, 404)
    time.sleep(0.5)
    assert app_server.log().count("Traceback") == before, app_server.log()[-2000:]


def test_the_operators_off_switch_turns_every_channel_off_and_on_without_a_restart(app_server, api):
    from gradio_client import Client

    switch = app_server.pause_file
    switch.write_text("Vandaag geen antwoorden: onderhoud. Morgen weer.", "utf-8")
    client = Client(app_server.url + "/", verbose=False)
    try:
        body = assert_error(api.post("/api/ask", json={"question": "Waar meld ik stagediscriminatie?"}), 503)
        assert body["error"] == "Vandaag geen antwoorden: onderhoud. Morgen weer."
        stream = api.post("/api/ask/stream", json={"question": "Waar meld ik stagediscriminatie?"})
        assert stream.status_code == 503 and "onderhoud" in stream.text
        health = api.get("/api/health")
        assert health.status_code == 503 and health.json() == {
            "status": "paused",
            "message": "Vandaag geen antwoorden: onderhoud. Morgen weer.",
        }
        result = client.predict("Waar meld ik stagediscriminatie?", api_name="/ask")
        text = result[0] if isinstance(result, tuple | list) else result
        assert "onderhoud" in text and "[vraag" not in text, text
        assert api.get("/api/documents").status_code == 200  # nothing else breaks
        switch.write_text("", "utf-8")  # an empty switch file: the neutral line
        assert "tijdelijk geen vragen" in api.post("/api/ask", json={"question": "Hoi?"}).json()["error"]
    finally:
        switch.unlink(missing_ok=True)
    try:
        r = api.post("/api/ask", json={"question": "Waar meld ik stagediscriminatie?"})
        assert r.status_code == 200 and "[vraag 9]" in r.json()["text"], r.text
        assert api.get("/api/health").json()["status"] == "ready"
        result = client.predict("Waar meld ik stagediscriminatie?", api_name="/ask")
        assert "[vraag 9]" in (result[0] if isinstance(result, tuple | list) else result)
    finally:
        client.close()


def test_behind_a_proxy_the_client_cannot_choose_its_own_address(app_server, web_dirs, tmp_path):
    """nginx appends the real address to whatever X-Forwarded-For the client sent: the limit must follow the hop
    the trusted proxy added (the rightmost), not the leftmost entry that the client writes itself."""
    from tests.webserver import AppServer

    server = AppServer(
        corpus_dir=web_dirs["corpus"],
        index_dir=web_dirs["index"],
        feedback_file=tmp_path / "feedback.jsonl",
        log_file=tmp_path / "app.log",
        rate_limit=3,
        extra_env={"ASSISTANT_TRUST_PROXY": "true", "ASSISTANT_TRUSTED_PROXIES": "127.0.0.1"},
    ).start()
    try:
        server.wait_ready(120)
        with httpx.Client(base_url=server.url, timeout=60) as client:

            def ask_as(spoofed: str, real: str) -> int:
                headers = {"X-Forwarded-For": f"{spoofed}, {real}"}
                return client.post("/api/ask", json={"question": "Hoi?"}, headers=headers).status_code

            codes = [ask_as(f"10.9.9.{i}", "203.0.113.7") for i in range(5)]  # a new made-up address each time
            other = ask_as("10.9.9.1", "198.51.100.4")  # another real client is not limited
    finally:
        server.stop()
    assert codes == [200, 200, 200, 429, 429], codes
    assert other == 200


@pytest.mark.parametrize("prefix", ["", "/embed"])
def test_gradio_tells_the_browser_no_internal_error_text(api, prefix):
    """Gradio's own config says whether a handler's exception text reaches the browser: it must not."""
    r = api.get(f"{prefix}/config")
    assert r.status_code == 200, r.text[:300]
    assert r.json().get("show_error") is False


# ------------------------------------------------------------------------------------------------ GET /api/overview


def test_overview_gives_commitments_figures_subquestions_and_references_with_their_sentences(api):
    r = api.get("/api/overview")
    assert r.status_code == 200, r.text
    (letter,) = r.json()["letters"]
    assert letter["source"] == "kst-31524-707.md" and LETTER_CITATION in letter["citation"]
    assert letter["url"] == "https://zoek.officielebekendmakingen.nl/kst-31524-707.html"
    text = api.get("/api/documents").json()["documents"][0]
    assert text["source"] == letter["source"]
    whens = {c["when"]: c for c in letter["commitments"] if c["when"]}
    assert whens["voor de zomer"]["period"] == "2026-Q2" and whens["voor de zomer"]["question"] == 10
    assert whens["eind 2026"]["period"] == "2026-Q4" and whens["eind 2026"]["question"] == 1
    committee = [f for f in letter["figures"] if f["value"] == "33,8 mln. euro"]
    assert [f["owner"] for f in committee] == ["committee"]
    skipped = [s for s in letter["subquestions"] if not s["answered"]]
    assert any(s["question"] == 9 and "middelen" in s["text"] and s["evidence"] == [] for s in skipped)
    refs = {r["text"]: r for r in letter["references"]}
    assert refs["Kamerstuk 31 524, nr. 687"]["url"] == "https://zoek.officielebekendmakingen.nl/kst-31524-687.html"
    assert {r["status"] for r in letter["references"] if r["kind"] == "footnote"} <= {"no_link", "not_fetched"}
    spec = api.get("/openapi.json").json()
    assert "/api/overview" in spec["paths"] and "/api/overview/{part}.csv" in spec["paths"]


def test_overview_csv_downloads_open_in_a_spreadsheet(api):
    import csv
    import io

    r = api.get("/api/overview/figures.csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv") and "figures.csv" in r.headers["content-disposition"]
    assert r.content.startswith("\ufeff".encode())  # a BOM: spreadsheets read é and € right
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert {"question", "value", "kind", "unit", "owner", "sentence", "source"} <= set(rows[0])
    assert any(row["value"] == "33,8 mln. euro" and row["owner"] == "committee" for row in rows)
    rows = list(csv.DictReader(io.StringIO(api.get("/api/overview/commitments.csv").content.decode("utf-8-sig"))))
    assert any(row["when"] == "Begin 2027" and row["period"] == "2027-Q1" for row in rows)


def test_overview_of_an_unknown_letter_or_table_is_a_json_404(api):
    assert_error(api.get("/api/overview", params={"source": "kst-1-1.md"}), 404)
    assert_error(api.get("/api/overview/passwords.csv"), 404)


def test_a_csv_cell_is_never_a_spreadsheet_formula():
    import csv
    import io

    from assistant.overview import to_csv

    text = to_csv([{"sentence": '=HYPERLINK("http://x")', "value": "-5"}], ["sentence", "value"])
    row = list(csv.reader(io.StringIO(text)))[1]
    assert row == ['\'=HYPERLINK("http://x")', "'-5"]
