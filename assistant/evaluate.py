"""Evaluation: run a question file through the assistant and measure it against the bar.

Question files are JSONL in the format of ``eval/dev.jsonl`` (``turns``, ``gold``, ``all``, ``must``,
``must_not``, ``refuse``).  Ranking metrics come from ir-measures.  Besides the bar, the report gives the
shape of the answers as a reader meets them: words per answer, whether the first sentence already holds a
required fact (leads with the answer), noise (a missing-link note nobody asked for, a dangling fragment, the
committee's text leading when not asked), and sentences repeated from the previous turn.

``python -m assistant eval eval/dev.jsonl`` prints :meth:`Report.summary`.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import texts
from .chunk import split_sentences
from .verify import Verifier

BAR = {
    "citation_accuracy": 0.95,  # a gold question cited, of the answerable cases
    "fact_recall": 0.90,  # every `must` group present
    "refusal_accuracy": 1.0,  # every `refuse` case refused
    "false_refusal_rate": 0.0,  # no answerable case refused
    "quote_failures": 0,  # every shown quote verified
}


def load_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"{path}:{n}: not valid JSON ({exc})") from None
        if not isinstance(case, dict) or not case.get("turns"):
            raise ValueError(f"{path}:{n}: a case needs a non-empty 'turns' list")
        cases.append(case)
    return cases


@dataclass
class CaseResult:
    id: str
    kind: str
    question: str
    text: str
    cited: list[int | None]
    refused: bool
    ranking: list[int]
    seconds: float
    ok_citation: bool | None = None
    ok_facts: bool | None = None
    ok_refusal: bool | None = None
    must_not_hits: list[str] = field(default_factory=list)
    quote_failures: int = 0
    words: int = 0
    leads: bool | None = None  # the first sentence holds a required fact
    noise: list[str] = field(default_factory=list)
    repeated: float | None = None  # share of the sentences that the previous answer already showed


@dataclass
class Report:
    results: list[CaseResult]
    metrics: dict[str, float]

    @property
    def failures(self) -> list[str]:
        m = self.metrics
        out = []
        if m["citation_accuracy"] < BAR["citation_accuracy"]:
            out.append(f"citation accuracy {m['citation_accuracy']:.3f} < {BAR['citation_accuracy']}")
        if m["fact_recall"] < BAR["fact_recall"]:
            out.append(f"fact recall {m['fact_recall']:.3f} < {BAR['fact_recall']}")
        if m["refusal_accuracy"] < BAR["refusal_accuracy"]:
            out.append(f"refusal accuracy {m['refusal_accuracy']:.3f} < {BAR['refusal_accuracy']}")
        if m["false_refusal_rate"] > BAR["false_refusal_rate"]:
            out.append(f"false-refusal rate {m['false_refusal_rate']:.3f} > {BAR['false_refusal_rate']}")
        if m["quote_failures"] > BAR["quote_failures"]:
            out.append(f"{int(m['quote_failures'])} unverified quotes")
        if m["must_not_violations"] > 0:
            out.append(f"{int(m['must_not_violations'])} answers with forbidden content")
        return out

    @property
    def passes_bar(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        m = self.metrics
        lines = [
            f"cases: {int(m['cases'])} ({int(m['answerable'])} answerable, {int(m['refuse_cases'])} to refuse)",
            f"hit@1 {m['hit@1']:.3f}  hit@3 {m['hit@3']:.3f}  MRR {m['mrr']:.3f}  (gold question in the ranking)",
            f"citation accuracy {m['citation_accuracy']:.3f}  (a gold question cited; bar {BAR['citation_accuracy']})",
            f"fact recall {m['fact_recall']:.3f}  (every `must` group present; bar {BAR['fact_recall']})",
            f"refusal accuracy {m['refusal_accuracy']:.3f}  false-refusal rate {m['false_refusal_rate']:.3f}",
            f"quote-verification failures {int(m['quote_failures'])}  "
            f"forbidden content {int(m['must_not_violations'])}",
            f"latency p50 {m['latency_p50_ms']:.1f} ms  p95 {m['latency_p95_ms']:.1f} ms",
            f"shape: words p50 {m['words_p50']:.0f} p95 {m['words_p95']:.0f}  leads with the answer "
            f"{m['leads_with_answer']:.3f}  noise {m['noise_share']:.3f}  "
            f"follow-ups repeating the previous answer {int(m['followups_repeating'])}/{int(m['followups'])} "
            f"(mean share of repeated sentences {m['repeated_share']:.3f})",
        ]
        for r in self.results:
            bad = [
                name
                for name, ok in (("citation", r.ok_citation), ("facts", r.ok_facts), ("refusal", r.ok_refusal))
                if ok is False
            ]
            if r.must_not_hits:
                bad.append("forbidden:" + ",".join(r.must_not_hits))
            if r.quote_failures:
                bad.append(f"quotes:{r.quote_failures}")
            if r.noise:
                bad.append("noise:" + ",".join(r.noise))
            if bad:
                lines.append(f"  FAIL {r.id} ({r.kind}) {', '.join(bad)}: {r.question[:70]!r} cited {r.cited}")
        lines.append("bar: PASS" if self.passes_bar else "bar: FAIL (" + "; ".join(self.failures) + ")")
        return "\n".join(lines)


def _template(text: str) -> re.Pattern[str]:
    """A regex for a text of :mod:`texts` with its ``{fields}`` as wildcards."""
    parts = re.split(r"\{\w+\}", text)
    return re.compile(".+?".join(re.escape(p) for p in parts))


_MARKER = re.compile(r"\s*\[(?:vraag \d+|" + re.escape(texts.MARKER_LETTER) + r")\]")
_FRAMES = [
    _template(t)
    for t in (
        texts.FRAME_ANSWER,
        texts.FRAME_ANSWER_EN,
        texts.FRAME_QUESTION,
        texts.FRAME_QUESTION_EN,
        texts.FRAME_COMMITTEE_FIGURE,
        texts.FRAME_COMMITTEE_FIGURE_EN,
        texts.FRAME_LETTER,
        texts.FRAME_LETTER_EN,
        texts.FRAME_FOOTNOTE,
        texts.FRAME_FOOTNOTE_EN,
        texts.FRAME_LINKED,
        texts.FRAME_LINKED_EN,
        texts.EARLIER,
        texts.EARLIER_EN,
        texts.EARLIER_QUESTION,
        texts.EARLIER_QUESTION_EN,
        texts.LATER,
        texts.LATER_EN,
    )
]
_NOTES = [_template(texts.LINK_MISSING), _template(texts.LINK_MISSING_EN)]
_COMMITTEE = [_template(texts.FRAME_QUESTION), _template(texts.FRAME_QUESTION_EN)]


def answer_sentences(text: str) -> list[str]:
    """The sentences of an answer, without frames, citation markers, link lines and the English time key."""
    out: list[str] = []
    plain = _MARKER.sub("", text).replace(texts.PARTIAL_BRIDGE, "\n").replace(texts.PARTIAL_BRIDGE_EN, "\n")
    for line in plain.splitlines():
        line = line.strip()
        for frame in _FRAMES:
            m = frame.match(line)
            if m:
                line = line[m.end() :].strip()
        # (a link line, and the English key to the quotes' time phrases, are no quoted text)
        if not line or line.startswith(("Meer informatie:", "More information:", texts.TIME_KEY_EN.split("{")[0])):
            continue
        out.extend(p.strip() for p, _, _ in split_sentences(line) if p.strip())
    return out


def shape_noise(text: str, asked_committee: bool = False, asked_links: bool = False) -> list[str]:
    """What a reader did not ask for: link notes, fragments, the committee's text leading uninvited.

    >>> shape_noise("In de brief staat: Dit is de top 4:")
    ['fragment']
    """
    found = []
    if not asked_links and any(n.search(text) for n in _NOTES):
        found.append("link-note")
    plain = _MARKER.sub("", text).replace(texts.PARTIAL_BRIDGE, "").replace(texts.PARTIAL_BRIDGE_EN, "")
    if re.search(r":\s*(?:\n\s*\n|$)", plain) or re.search(r"\b(?:schrijft|writes|staat|says)[^:\n]*:\s+[a-z]", plain):
        found.append("fragment")
    if not asked_committee and any(c.search(text.split("\n", 1)[0]) for c in _COMMITTEE):
        found.append("committee-lead")
    return found


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def evaluate(bot: Any, cases: Sequence[dict[str, Any]]) -> Report:
    """Ask every case (earlier turns form the conversation) and score the answer to the last turn."""
    import ir_measures
    from ir_measures import RR, Success

    verifier = Verifier(bot.documents)
    results: list[CaseResult] = []
    for case in cases:
        history: list[dict[str, str]] = []
        previous_text = ""
        for turn in case["turns"][:-1]:
            previous = bot.ask(turn, history)
            previous_text = previous.text
            history += [{"role": "user", "content": turn}, {"role": "assistant", "content": previous.text}]
        question = case["turns"][-1]
        t0 = time.perf_counter()
        answer = bot.ask(question, history)
        seconds = time.perf_counter() - t0
        query = bot.searcher.query(question, history)
        ranking = list(
            dict.fromkeys(h.chunk.question for h in bot.searcher.search(query, 20) if h.chunk.question is not None)
        )
        cited = list(dict.fromkeys(c.question for c in answer.citations))
        r = CaseResult(
            case.get("id", "?"), case.get("kind", ""), question, answer.text, cited, answer.refused, ranking, seconds
        )
        gold = set(case.get("gold") or [])
        refuse = bool(case.get("refuse"))
        lower = answer.text.lower()
        if refuse:
            r.ok_refusal = answer.refused
        else:
            r.ok_refusal = not answer.refused
            if gold:
                r.ok_citation = gold <= set(cited) if case.get("all") else bool(gold & set(cited))
            if case.get("must"):
                r.ok_facts = all(any(s.lower() in lower for s in group) for group in case["must"])
        r.must_not_hits = [s for group in case.get("must_not") or [] for s in group if s.lower() in lower]
        r.quote_failures = sum(not verifier.check(c) for c in answer.citations)
        if not answer.refused:
            sentences = answer_sentences(answer.text)
            r.words = sum(len(x.split()) for x in sentences)
            if case.get("must") and not refuse and sentences:
                first = sentences[0].lower()
                r.leads = any(a.lower() in first for group in case["must"] for a in group)
            understood = bot.understand(question, history)
            r.noise = shape_noise(
                answer.text,
                asked_committee=understood.intent == "question_text",
                asked_links=understood.intent == "links" or understood.answer_type in ("place", "action"),
            )
            if previous_text and sentences:
                shown = _norm(previous_text)
                long_ = [x for x in sentences if len(x.split()) >= 5]
                r.repeated = sum(_norm(x) in shown for x in long_) / len(long_) if long_ else 0.0
        results.append(r)

    answerable = [r for r, c in zip(results, cases, strict=True) if not c.get("refuse")]
    refuse_cases = [r for r, c in zip(results, cases, strict=True) if c.get("refuse")]
    qrels = {
        r.id: {str(q): 1 for q in c.get("gold") or []}
        for r, c in zip(results, cases, strict=True)
        if c.get("gold") and not c.get("refuse")
    }
    run = {r.id: {str(q): float(len(r.ranking) - i) for i, q in enumerate(r.ranking)} for r in results if r.id in qrels}
    for qid in qrels:
        run.setdefault(qid, {"none": 0.0})
    ranking = ir_measures.calc_aggregate([Success @ 1, Success @ 3, RR], qrels, run) if qrels else {}

    def share(flags: list[bool | None]) -> float:
        vals = [f for f in flags if f is not None]
        return sum(vals) / len(vals) if vals else 1.0

    latencies = [r.seconds * 1000 for r in results]
    words = [float(r.words) for r in results if not r.refused]
    followups = [r.repeated for r in results if r.repeated is not None]
    metrics = {
        "cases": len(results),
        "answerable": len(answerable),
        "refuse_cases": len(refuse_cases),
        "hit@1": float(ranking.get(Success @ 1, 0.0)),
        "hit@3": float(ranking.get(Success @ 3, 0.0)),
        "mrr": float(ranking.get(RR, 0.0)),
        "citation_accuracy": share([r.ok_citation for r in answerable]),
        "fact_recall": share([r.ok_facts for r in answerable]),
        "refusal_accuracy": share([r.ok_refusal for r in refuse_cases]),
        "false_refusal_rate": (sum(r.refused for r in answerable) / len(answerable)) if answerable else 0.0,
        "quote_failures": sum(r.quote_failures for r in results),
        "must_not_violations": sum(bool(r.must_not_hits) for r in results),
        "latency_p50_ms": statistics.median(latencies) if latencies else 0.0,
        "latency_p95_ms": _percentile(latencies, 0.95),
        "words_p50": statistics.median(words) if words else 0.0,
        "words_p95": _percentile(words, 0.95),
        "leads_with_answer": share([r.leads for r in results]),
        "noise_share": (sum(bool(r.noise) for r in results if not r.refused) / len(words)) if words else 0.0,
        "followups": len(followups),
        "followups_repeating": sum(x > 0 for x in followups),
        "repeated_share": statistics.fmean(followups) if followups else 0.0,
    }
    return Report(results, metrics)


# --------------------------------------------------------------------------- the overview against hand labels


def _plain_sentence(text: str) -> str:
    return re.sub(r"[^\w%€]+", " ", text.lower()).strip()


def _numbers(value: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d+(?:[.,]\d+)*", value))


@dataclass
class OverviewScore:
    """Precision and recall of an overview's commitments and figures against hand labels."""

    commitments: dict[str, float] = field(default_factory=dict)
    figures: dict[str, float] = field(default_factory=dict)
    subquestions: dict[str, float] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def line(self) -> str:
        c, f, s = self.commitments, self.figures, self.subquestions
        return (
            f"commitments P {c['precision']:.2f} R {c['recall']:.2f} (with time phrase: P {c['precision_when']:.2f} "
            f"R {c['recall_when']:.2f}); figures P {f['precision']:.2f} R {f['recall']:.2f} (with owner: "
            f"P {f['precision_owner']:.2f} R {f['recall_owner']:.2f}); sub-questions split {s['split']:.2f}, "
            f"answered agree {s['answered']:.2f}"
        )


def _pr(found: int, predicted: int, gold: int) -> tuple[float, float]:
    return (found / predicted if predicted else 1.0, found / gold if gold else 1.0)


def _match(pred: list[Any], gold: list[Any], same: Any) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (i, j) with same(pred[i], gold[j])."""
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(pred):
        j = next((j for j, g in enumerate(gold) if j not in used and same(p, g)), None)
        if j is not None:
            used.add(j)
            pairs.append((i, j))
    return pairs


def score_overview(overview: Any, labels: dict[str, Any]) -> OverviewScore:
    """Compare an :class:`~assistant.overview.Overview` with hand labels (``tests/fixtures/overview/*.json``).

    A commitment matches a label on its sentence (and, for the "with time phrase" figures, on the time phrase as
    written); a figure on its sentence and its numbers (and on whose words it is, for "with owner").
    """
    score = OverviewScore()
    pc = [(_plain_sentence(c.sentence.text), (c.when or "").lower()) for c in overview.commitments]
    gc = [(_plain_sentence(c["sentence"]), (c.get("when") or "").lower()) for c in labels["commitments"]]
    loose = _match(pc, gc, lambda p, g: p[0] == g[0])
    strict = _match(pc, gc, lambda p, g: p == g)
    p1, r1 = _pr(len(loose), len(pc), len(gc))
    p2, r2 = _pr(len(strict), len(pc), len(gc))
    score.commitments = {"precision": p1, "recall": r1, "precision_when": p2, "recall_when": r2, "gold": len(gc)}
    matched_p, matched_g = {i for i, _ in strict}, {j for _, j in strict}
    score.misses["commitments_extra"] = [
        overview.commitments[i].sentence.text for i in range(len(pc)) if i not in matched_p
    ]
    score.misses["commitments_missed"] = [
        f"{labels['commitments'][j]['sentence']} [{labels['commitments'][j].get('when')}]"
        for j in range(len(gc))
        if j not in matched_g
    ]

    def contains(a: str, b: str) -> bool:
        return a == b or (len(a) > 20 and len(b) > 20 and (a in b or b in a))

    pf = [(_plain_sentence(f.sentence.text), _numbers(f.value), f.owner) for f in overview.figures]
    gf = [(_plain_sentence(f["sentence"]), _numbers(str(f["value"])), f["owner"]) for f in labels["figures"]]
    loose = _match(pf, gf, lambda p, g: contains(p[0], g[0]) and p[1] == g[1])
    strict = _match(pf, gf, lambda p, g: contains(p[0], g[0]) and p[1] == g[1] and p[2] == g[2])
    p1, r1 = _pr(len(loose), len(pf), len(gf))
    p2, r2 = _pr(len(strict), len(pf), len(gf))
    score.figures = {"precision": p1, "recall": r1, "precision_owner": p2, "recall_owner": r2, "gold": len(gf)}
    matched_p, matched_g = {i for i, _ in strict}, {j for _, j in strict}
    score.misses["figures_extra"] = [
        f"{overview.figures[i].value} ({overview.figures[i].owner}): {overview.figures[i].sentence.text}"
        for i in range(len(pf))
        if i not in matched_p
    ]
    score.misses["figures_missed"] = [
        f"{labels['figures'][j]['value']} ({labels['figures'][j]['owner']}): {labels['figures'][j]['sentence']}"
        for j in range(len(gf))
        if j not in matched_g
    ]

    ps = [(s.question, _plain_sentence(s.text), s.answered) for s in overview.subquestions]
    gs = [(s["question"], _plain_sentence(s["text"]), bool(s["answered"])) for s in labels["subquestions"]]
    split = _match(ps, gs, lambda p, g: p[:2] == g[:2])
    agree = sum(1 for i, j in split if ps[i][2] == gs[j][2])
    score.subquestions = {
        "split": len(split) / max(len(ps), len(gs), 1),
        "answered": agree / len(gs) if gs else 1.0,
        "gold": len(gs),
        "gold_unanswered": sum(1 for g in gs if not g[2]),
        "found_unanswered": sum(1 for p in ps if not p[2]),
    }
    score.misses["subquestions"] = [
        f"vraag {ps[i][0]}: {'beantwoord' if ps[i][2] else 'geen direct antwoord'} (label: "
        f"{'beantwoord' if gs[j][2] else 'geen direct antwoord'}): {overview.subquestions[i].text}"
        for i, j in split
        if ps[i][2] != gs[j][2]
    ]
    return score
