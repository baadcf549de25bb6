"""Property-based tests (hypothesis): whatever comes in, the input checks, the parser, the assistant and the API
never crash, never answer 500 and never show a stack trace."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.bot import QuestionError, check_history, clean_question
from assistant.chunk import chunk_document
from assistant.inputs import clean_text, typed_length
from assistant.parse import CorpusError, parse_text
from assistant.understand import understand

# text as people (and attackers) type it: any code point, surrogates, controls, RTL marks, emoji, combining marks
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
MARKDOWNISH = st.lists(
    st.one_of(
        ANY_TEXT,
        st.sampled_from(
            ["# Kop", "## Vraag 1", "1.", "- ", "* ", "|", "---", "[#](#)", "\n\n", "Vraag 2\n", "Antwoord\n", "1 "]
        ),
    ),
    max_size=30,
).map("".join)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(ANY_TEXT, children, max_size=4),
    max_leaves=12,
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@FAST
@given(ANY_TEXT)
def test_clean_text_never_fails_and_leaves_no_controls_or_surrogates(text):
    out = clean_text(text)
    assert isinstance(out, str)
    out.encode("utf-8")  # no lone surrogates left
    assert not any((ord(c) < 32 and c not in "\n\r\t") or 0x7F <= ord(c) <= 0x9F or c == "\u200b" for c in out)
    assert typed_length(out) <= len(out)


def test_a_pasted_terminal_escape_sequence_goes_whole():
    assert clean_text("vinden\x1b[31m geen\x1b[0m stageplek") == "vinden geen stageplek"
    assert clean_text("a\x1b[1;31mb") == "ab"


@FAST
@given(ANY_TEXT)
def test_a_question_is_accepted_or_refused_with_a_clear_error(text):
    try:
        assert isinstance(clean_question(text), str)
    except QuestionError as exc:
        assert str(exc)


@FAST
@given(JSON)
def test_any_history_is_accepted_or_refused_with_a_message_naming_the_problem(value):
    try:
        out = check_history(value)
    except ValueError as exc:
        assert "history" in str(exc)
    else:
        assert all(set(m) == {"role", "content"} for m in out)


@FAST
@given(ANY_TEXT, st.lists(st.tuples(st.sampled_from(["user", "assistant"]), ANY_TEXT), max_size=4))
def test_understand_takes_any_text_and_history(text, turns):
    history = [{"role": r, "content": c} for r, c in turns]
    q = understand(clean_text(text), history=check_history(history))
    assert q.language in ("nl", "en")


@FAST
@given(MARKDOWNISH)
def test_the_parser_and_chunker_take_any_document(text):
    try:
        doc = parse_text(text, "random")
    except CorpusError as exc:  # nothing readable in it: said so, with the file's name
        assert "random" in str(exc)
        return
    for chunk in chunk_document(doc):
        assert chunk.text.strip() and 0 <= chunk.start <= len(doc.text)


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(ANY_TEXT)
def test_the_assistant_answers_or_refuses_any_question(letter_bot, text):
    try:
        answer = letter_bot.ask(text)
    except QuestionError:
        return
    assert answer.text and "Traceback" not in answer.text


@pytest.fixture(scope="module")
def api_client(letter_bot):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from assistant.api import create_app
    from assistant.config import Settings
    from assistant.service import Service

    s = letter_bot.settings
    config = Settings.load(corpus_dir=s.corpus_dir, index_dir=s.index_dir, rate_limit=0)
    app = create_app(config, service=Service(config, bot=letter_bot), mount_ui=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.mark.slow
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(JSON)
def test_the_api_never_answers_500_whatever_the_json(api_client, body):
    for path in ("/api/ask", "/api/ask/stream"):
        r = api_client.post(path, content=json.dumps(body), headers={"content-type": "application/json"})
        assert r.status_code < 500, (path, body, r.text[:300])
        assert "Traceback" not in r.text


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(ANY_TEXT, st.lists(st.tuples(st.sampled_from(["user", "assistant", "system", ""]), ANY_TEXT), max_size=3))
def test_the_api_never_answers_500_whatever_the_question(api_client, question, turns):
    body = {"question": question, "history": [{"role": r, "content": c} for r, c in turns]}
    raw = json.dumps(body).encode()  # lone surrogates travel as \\ud800 escapes, as a browser may send them
    r = api_client.post("/api/ask", content=raw, headers={"content-type": "application/json"})
    assert r.status_code in (200, 400, 413, 422), (body, r.status_code, r.text[:300])
    assert "Traceback" not in r.text
    if r.status_code != 200:
        assert r.json()["error"]
