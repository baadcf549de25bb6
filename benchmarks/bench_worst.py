"""Bounded work per request: CPU time of the worst requests against the median of ordinary questions.

    python benchmarks/bench_worst.py

Every request is new (no query cache hit). Goal (issue 9): the worst request within 10x the median.
"""

from __future__ import annotations

import logging
import resource
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ORDINARY = [
    "Wanneer komt de verplichte stagevergoeding?",
    "Waar kan ik stagediscriminatie melden?",
    "Hoeveel mbo-studenten vinden geen stageplek?",
    "Waarom zijn bol-studenten minder tevreden over hun stage?",
    "Wat doet de minister aan de tekorten in de zorg?",
    "Mag iedere medewerker loopbaanbegeleiding geven?",
    "Wat gebeurt er met een melding bij SBB?",
    "Welke motie noemt de minister?",
    "Hoe wordt het geld voor LOB besteed?",
    "Wordt het Stagepact verlengd?",
]


def worst_cases(i: int) -> dict[str, tuple[str, list[dict[str, str]]]]:
    """Adversarial requests within the input limits (2,000 typed characters, 50 history messages)."""
    return {
        "2000 CJK characters": ("实习" * 999 + str(i), []),
        "2000 Hebrew characters": ("שלום " * 399 + str(i), []),
        "2000 Latin characters": ("stage vergoeding discriminatie " * 64 + str(i), []),
        "1500 emoji": ("👍🏽" * 1499 + str(i), []),
        "follow-up, 8000-char history turn": (
            f"En dat? {i}",
            [{"role": "user", "content": "实" * 8000}, {"role": "assistant", "content": "x" * 8000}],
        ),
        "follow-up, 50 long messages": (
            f"En wanneer dan? {i}",
            [{"role": "user" if k % 2 == 0 else "assistant", "content": "stage " * 1300} for k in range(50)],
        ),
    }


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    logging.disable(logging.WARNING)
    from assistant import Assistant

    bot = Assistant.load()
    bot.ask("warm up")
    ordinary = []
    for i in range(3):
        for q in ORDINARY:
            c0 = cpu()
            bot.ask(f"{q} {'?' * i}")
            ordinary.append(cpu() - c0)
    median = statistics.median(ordinary)
    print(f"ordinary questions: median CPU {median * 1000:.1f} ms over {len(ordinary)} requests")
    worst = 0.0
    for name in worst_cases(0):
        times = []
        for i in range(3):
            q, h = worst_cases(i + 1)[name]
            c0 = cpu()
            bot.ask(q, h)
            times.append(cpu() - c0)
        t = statistics.median(times)
        worst = max(worst, t)
        print(f"{name:36s} CPU {t * 1000:7.1f} ms  = {t / median:5.1f}x the median")
    print(f"worst / median: {worst / median:.1f}x (goal: within 10x)")


if __name__ == "__main__":
    main()
