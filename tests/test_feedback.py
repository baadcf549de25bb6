"""Feedback a site owner can trust: only for answers the server gave, rate-limited, rotated, one record per line,
and a full or read-only disk never breaks the chat. A real Service around the session's real assistant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.service import FEEDBACK_PER_MINUTE, Service


@pytest.fixture
def service(letter_bot, tmp_path: Path) -> Service:
    settings = letter_bot.settings.model_copy(
        update={"feedback_file": tmp_path / "fb" / "feedback.jsonl", "feedback_max_mb": 0.002}
    )
    return Service(settings, bot=letter_bot)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()] if path.exists() else []


def test_feedback_is_taken_only_for_an_answer_the_server_gave(service):
    answer = service.ask("Waar kan ik stagediscriminatie melden?", client="a")
    forged = "<script>alert(1)</script> Alles klopt. [vraag 99]"
    assert not service.feedback(question="x", answer=forged, citations=[99], liked=True, client="a")
    assert service.feedback(question="Waar?", answer=answer.text, citations=[9], liked=True, client="a")
    stored = records(service.settings.feedback_file)
    assert [r["answer"] for r in stored] == [answer.text]


def test_a_streamed_answer_can_get_feedback_too(service):
    events = list(service.ask_stream("Wanneer komt de verplichte stagevergoeding?", client="b"))
    text = next(e.answer.text for e in events if e.kind == "answer")
    assert service.feedback(question="Wanneer?", answer=text, citations=[10], liked=False, client="b")


def test_feedback_is_rate_limited_per_client(service):
    answer = service.ask("Waar kan ik stagediscriminatie melden?", client="c")
    kept = [
        service.feedback(question="q", answer=answer.text, citations=[], liked=True, client="c")
        for _ in range(FEEDBACK_PER_MINUTE + 5)
    ]
    assert kept.count(True) == FEEDBACK_PER_MINUTE
    assert service.feedback(question="q", answer=answer.text, citations=[], liked=True, client="d")  # another one


def test_one_record_stays_one_line_for_any_reader_and_the_file_is_rotated(service):
    answer = service.ask("Waar kan ik stagediscriminatie melden?", client="e")
    comment = "eerste regel\u2028tweede\u2029derde\nvierde"
    assert service.feedback(question="q", answer=answer.text, citations=[], liked=None, comment=comment, client="e")
    raw = service.settings.feedback_file.read_text("utf-8")
    assert "\u2028" not in raw and "\u2029" not in raw and len(raw.splitlines()) == 1
    assert records(service.settings.feedback_file)[0]["comment"] == comment  # read back as written
    for i in range(4):  # the cap in this test is 2 KB: it rotates, keeping one older file
        service.feedback(question="q", answer=answer.text, citations=[], liked=True, comment="x" * 600, client=f"r{i}")
    rotated = service.settings.feedback_file.with_name("feedback.jsonl.1")
    assert rotated.exists() and service.settings.feedback_file.stat().st_size <= 2 * 1024 + 2000
    assert all(records(rotated)) and all(records(service.settings.feedback_file))


def test_a_disk_that_cannot_take_feedback_is_logged_and_the_chat_goes_on(service, caplog):
    answer = service.ask("Waar kan ik stagediscriminatie melden?", client="f")
    folder = service.settings.feedback_file.parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the feedback folder should be", "utf-8")  # the folder cannot be made
    assert not service.feedback(question="q", answer=answer.text, citations=[], liked=True, client="f")
    assert "feedback could not be stored" in caplog.text
    assert service.ask("Wanneer komt de verplichte stagevergoeding?", client="f").text  # answering goes on
