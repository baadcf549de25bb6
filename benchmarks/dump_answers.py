"""Ask every conversation of the question pools and write one JSON line per turn, to diff two versions of the code.

    python benchmarks/dump_answers.py OUT.jsonl [FILE ...]         # default: benchmarks/pool/*.jsonl
    python benchmarks/dump_answers.py --diff A.jsonl B.jsonl         # the turns whose answer differs

The pools are unlabelled conversations written by helpers that had not seen the code (``p1.jsonl``: 160 as students,
parents, teachers and journalists type them; ``b100``–``b107``: the questions of blind readings 100–107, two of them
for 106). They are for reading what a change does to answers, not a score: every changed answer is read against the
letter.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def dump(out: Path, files: list[Path]) -> int:
    from assistant.bot import Assistant

    bot = Assistant.load()
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for path in files:
            for line in path.read_text("utf-8").splitlines():
                if not line.strip():
                    continue
                case = json.loads(line)
                history: list[dict[str, str]] = []
                for i, turn in enumerate(case["turns"]):
                    answer = bot.ask(turn, history)
                    row = {
                        "file": path.name,
                        "id": case.get("id", "?"),
                        "turn": i,
                        "q": turn,
                        "a": answer.text,
                        "cited": sorted({c.question for c in answer.citations if c.question is not None}),
                        "refused": answer.refused,
                    }
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
                    history += [{"role": "user", "content": turn}, {"role": "assistant", "content": answer.text}]
                    n += 1
    return n


def diff(a: Path, b: Path) -> int:
    def load(p: Path) -> dict[tuple[str, str, int], dict[str, object]]:
        rows = (json.loads(x) for x in p.read_text("utf-8").splitlines() if x.strip())
        return {(r["file"], r["id"], r["turn"]): r for r in rows}

    old, new = load(a), load(b)
    changed = [k for k in old if k in new and old[k]["a"] != new[k]["a"]]
    for k in changed:
        print("=" * 100, k, "Q:", old[k]["q"])
        print("--- A", old[k]["cited"], old[k]["a"])
        print("--- B", new[k]["cited"], new[k]["a"])
    print(f"{len(changed)} of {len(old)} turns differ")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--diff"] and len(argv) == 3:
        return diff(Path(argv[1]), Path(argv[2]))
    if not argv:
        print(__doc__)
        return 2
    files = [Path(x) for x in argv[1:]] or sorted((ROOT / "benchmarks" / "pool").glob("*.jsonl"))
    print(f"{dump(Path(argv[0]), files)} turns written to {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
