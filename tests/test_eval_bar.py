"""The bar of the grounded-answers issue, checked on the dev set in CI (eval/dev.jsonl, kept in the repository)."""

from __future__ import annotations

from pathlib import Path

from assistant.evaluate import BAR, evaluate, load_cases

from .conftest import ROOT

DEV = ROOT / "eval" / "dev.jsonl"


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
