"""Generative answers with a real local model, side by side with the extractive mode. Prints figures.

    pip install -r requirements-llm.txt                       # builds llama-cpp-python (~7 min)
    python benchmarks/fetch_measurement_model.py /work/models/qwen.gguf
    python benchmarks/bench_llm.py /work/models/qwen.gguf [--questions FILE]

Per answer: time to first token and total time. On the question file: the share of generated sentences that
survive verification, how often the answer fell back to the extractive one, citation accuracy and fact recall,
against the extractive mode on the same questions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LETTER = ROOT / "corpus" / "kst-31524-707.md"


class Timed:
    """A generator wrapper that records the time to the first token of each generation."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.first: list[float] = []

    def generate(self, messages: Sequence) -> Iterator[str]:
        t0 = time.perf_counter()
        seen = False
        for token in self.inner.generate(messages):
            if not seen:
                self.first.append(time.perf_counter() - t0)
                seen = True
            yield token


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model", type=Path)
    parser.add_argument("--questions", type=Path, default=ROOT / "eval" / "dev.jsonl")
    parser.add_argument("--timeout", type=float, default=90.0)
    args = parser.parse_args()

    from assistant.bot import Assistant
    from assistant.config import Settings
    from assistant.evaluate import evaluate, load_cases

    cases = load_cases(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        base = dict(corpus_dir=LETTER.parent, index_dir=Path(tmp) / "index")
        extractive = Assistant.load(Settings.load(**base))
        ext = evaluate(extractive, cases)
        bot = Assistant.load(
            Settings.load(
                **base, llm="llamacpp", llm_model_path=args.model, llm_timeout=args.timeout, llm_max_tokens=200
            )
        )
        timed = Timed(bot.generative.generator)
        bot.generative.generator = timed
        kept = total = fallbacks = generated = 0
        totals: list[float] = []
        original = bot.ask

        def ask(question, history=None):
            nonlocal kept, total, fallbacks, generated
            bot.last_generation = (-1, -1)
            t0 = time.perf_counter()
            answer = original(question, history)
            if bot.last_generation != (-1, -1):
                generated += 1
                totals.append(time.perf_counter() - t0)
                k, n = bot.last_generation
                kept += k
                total += n
                fallbacks += answer.mode != "llm"
            return answer

        bot.ask = ask  # type: ignore[method-assign]
        gen = evaluate(bot, cases)
    m, e = gen.metrics, ext.metrics
    print(
        f"model {args.model.name}; {len(cases)} questions; {generated} generative answers (refusals and "
        "metadata questions are decided before generation)"
    )
    print(
        f"time to first token: median {statistics.median(timed.first):.1f} s, max {max(timed.first):.1f} s; "
        f"total per answer: median {statistics.median(totals):.1f} s, max {max(totals):.1f} s"
    )
    print(
        f"generated sentences that survived verification: {kept}/{total} = {kept / max(total, 1):.2f}; "
        f"fell back to the extractive answer: {fallbacks}/{generated}"
    )
    for name, x in (("llm (with fallback)", m), ("extractive", e)):
        print(
            f"  {name:20s} citation {x['citation_accuracy']:.3f}  facts {x['fact_recall']:.3f}  "
            f"refusal {x['refusal_accuracy']:.3f}  false refusals {x['false_refusal_rate']:.3f}  "
            f"unverified quotes {int(x['quote_failures'])}"
        )


if __name__ == "__main__":
    main()
