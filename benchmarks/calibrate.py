"""Print the refusal evidence (coverage, similarity) per case, to calibrate the refusal thresholds.

    python benchmarks/calibrate.py benchmarks/heldout.jsonl

Calibrate on questions written for calibration, not on the dev set: the same bars are checked on
questions the project has never seen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(path: str) -> None:
    from assistant.bot import Assistant, check_history

    bot = Assistant.load()
    rows = []
    for line in Path(path).read_text("utf-8").splitlines():
        case = json.loads(line)
        history: list[dict[str, str]] = []
        for turn in case["turns"][:-1]:
            history += [
                {"role": "user", "content": turn},
                {"role": "assistant", "content": bot.ask(turn, history).text},
            ]
        question = case["turns"][-1]
        query = bot.understand(question, check_history(history))
        if query.intent in ("empty", "injection", "opinion"):
            continue
        qvec = bot.searcher.embed_query(query.search_text)
        hits = bot.searcher.search(query, 8, query_vector=qvec)
        ev = bot.gate.evidence(query, hits, qvec)
        rows.append((bool(case.get("refuse")), ev.coverage, ev.similarity, query.english, case["id"], question))
    for refuse, cov, sim, en, cid, q in sorted(rows, key=lambda r: (r[0], r[1])):
        print(f"{'REFUSE' if refuse else 'answer'} cov={cov:.2f} sim={sim:.3f} {'EN' if en else 'nl'} {cid} {q[:70]}")


if __name__ == "__main__":
    main(sys.argv[1])
