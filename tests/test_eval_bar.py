"""The evaluation sets, checked in CI: the dev set against the bar; the users set and a second Kamerbrief against
the hard parts of the bar (no unverified quote, no false refusal, no forbidden content) and against floors at
the level measured, so that a change that makes answers worse fails.  The floors are not the bar: see the README.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evaluate import BAR, answer_sentences, evaluate, load_cases, shape_noise

from .conftest import ROOT

DEV = ROOT / "eval" / "dev.jsonl"
USERS = ROOT / "eval" / "users.jsonl"
SECOND = ROOT / "eval" / "second.jsonl"

# Measured levels (python -m assistant eval ...); the bar is 0.95 citation / 0.90 facts / all declines.
FLOORS = {
    "users": {"citation_accuracy": 0.95, "fact_recall": 0.68, "refusal_accuracy": 1.0, "leads_with_answer": 0.5},
    # (second-letter facts: 0.90, the bar; s02 "wat kan ik doen terwijl ..." had its facts only from a sentence of
    # the wrong answer, "Ook moet de verwijzer, bijvoorbeeld de huisarts ...", which no longer comes along)
    "second": {"citation_accuracy": 0.96, "fact_recall": 0.90, "refusal_accuracy": 0.8, "leads_with_answer": 0.6},
}


def test_dev_set_meets_the_bar(letter_bot):
    report = evaluate(letter_bot, load_cases(DEV))
    m = report.metrics
    assert m["cases"] >= 20
    assert m["citation_accuracy"] >= BAR["citation_accuracy"], report.summary()
    assert m["fact_recall"] >= BAR["fact_recall"], report.summary()
    assert m["refusal_accuracy"] == 1.0, report.summary()
    assert m["false_refusal_rate"] == 0.0, report.summary()
    assert m["quote_failures"] == 0 and m["must_not_violations"] == 0, report.summary()
    assert report.passes_bar


def test_eval_catches_a_miss(letter_bot, tmp_path: Path):
    """The scorer itself: a case whose facts cannot be in the letter fails the bar."""
    f = tmp_path / "cases.jsonl"
    f.write_text(
        '{"id": "x", "turns": ["Wie meet de stagetekorten?"], "gold": [3], "must": [["onzin-term"]]}\n', "utf-8"
    )
    report = evaluate(letter_bot, load_cases(f))
    assert report.metrics["citation_accuracy"] == 0.0 and report.metrics["fact_recall"] == 0.0
    assert not report.passes_bar and "citation accuracy" in report.failures[0]


def _hard_parts(report) -> None:  # type: ignore[no-untyped-def]
    m = report.metrics
    assert m["false_refusal_rate"] == 0.0, report.summary()
    assert m["quote_failures"] == 0 and m["must_not_violations"] == 0, report.summary()
    assert m["noise_share"] == 0.0, report.summary()


@pytest.mark.slow
def test_users_set_holds_its_level(letter_bot):
    report = evaluate(letter_bot, load_cases(USERS))
    _hard_parts(report)
    for name, floor in FLOORS["users"].items():
        assert report.metrics[name] >= floor, (name, report.summary())
    assert report.metrics["words_p95"] <= 130, report.summary()


@pytest.mark.slow
def test_second_letter_holds_its_level(second_bot):
    report = evaluate(second_bot, load_cases(SECOND))
    assert report.metrics["cases"] >= 30
    _hard_parts(report)
    for name, floor in FLOORS["second"].items():
        assert report.metrics[name] >= floor, (name, report.summary())


def test_answer_shape_is_read_without_frames_and_markers():
    text = (
        "De brief noemt hiervoor geen bedrag. Wel staat erin:\n\n"
        "In het antwoord op vraag 10 (stagevergoeding) schrijft de minister: Ik zal uw Kamer voor de zomer een "
        "brief sturen. Begin 2027 volgt een concept. [vraag 10]\n\nMeer informatie: [x](https://example.org)"
    )
    assert answer_sentences(text) == [
        "De brief noemt hiervoor geen bedrag.",
        "Ik zal uw Kamer voor de zomer een brief sturen.",
        "Begin 2027 volgt een concept.",
    ]
    assert shape_noise(text) == []
    assert shape_noise("In de brief staat: Dit is de top 4 waar scholen dat geld aan uitgeven: [vraag 1]") == [
        "fragment"
    ]
    note = "In de brief staat: Iets. [brief]\n\nDe brief verwijst naar “handreiking”, maar geeft daar geen link bij."
    assert shape_noise(note) == ["link-note"] and shape_noise(note, asked_links=True) == []
    committee = "De commissie vraagt in vraag 6 (stageplek): Hoe duidt u deze cijfers? [vraag 6]"
    assert shape_noise(committee) == ["committee-lead"] and shape_noise(committee, asked_committee=True) == []


def test_the_report_gives_the_shape_of_answers(letter_bot, tmp_path: Path):
    f = tmp_path / "cases.jsonl"
    f.write_text(
        '{"id": "a", "turns": ["Hoeveel mbo-studenten kunnen geen stageplek vinden?"], "gold": [6], '
        '"must": [["4.695"]]}\n'
        '{"id": "b", "turns": ["Hoeveel mbo-studenten kunnen geen stageplek vinden?", "En waarom is dat erg?"], '
        '"gold": [6], "must": [["zorgelijk"]]}\n',
        "utf-8",
    )
    report = evaluate(letter_bot, load_cases(f))
    m = report.metrics
    assert m["leads_with_answer"] >= 0.5 and 20 <= m["words_p50"] <= 130
    assert m["followups"] == 1 and 0.0 <= m["repeated_share"] < 1.0
    assert "words p50" in report.summary() and "leads with the answer" in report.summary()
