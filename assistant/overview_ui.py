"""The "Overzicht" tab: the letter at a glance, beside the chat.

A timeline of the dated commitments (time runs down the page, spaced by the months between them, so it reads
on a phone), a sortable table of figures with whose words they are, the committee's sub-questions with the
answer sentences that address them, and the references. Every item opens the cited paragraph, as the chat's
chips do. The HTML is built here from :class:`~assistant.overview.Overview` (escaped; no text of the letter is
ever run as markup); CSV comes from ``/api/overview/{commitments,figures}.csv``.
"""

from __future__ import annotations

import html
import json
from datetime import date
from typing import Any

from . import texts
from .documents import Citation
from .overview import Commitment, Evidence, Overview
from .parse import MONTHS

PX_PER_MONTH = 10  # vertical space per month between two points of the timeline
GAP_MIN, GAP_MAX = 6, 90

CSS = """
.kb-ov h3 { margin: 0.8em 0 0.3em; }
.kb-tl { list-style: none; margin: 0; padding: 0 0 0 1.6em; border-left: 3px solid #154273; position: relative; }
.kb-tl li { position: relative; }
.kb-tl li::before { content: ""; position: absolute; left: -2.05em; top: 0.55em; width: 0.9em; height: 0.9em;
                    border-radius: 50%; background: #154273; }
.kb-tl li.kb-tl-tick::before { width: 0.5em; height: 0.5em; left: -1.85em; background: #999; }
.kb-tl li.kb-tl-now::before { background: #d52b1e; }
.kb-tl .kb-tl-date { font-weight: 600; display: block; }
.kb-tl li.kb-tl-tick { color: #666; font-size: 0.85em; }
.kb-ov button.kb-item { display: block; width: 100%; text-align: left; background: none; border: 1px solid transparent;
                        border-radius: 6px; padding: 0.25em 0.4em; cursor: pointer; font: inherit; color: inherit; }
.kb-ov button.kb-item:hover, .kb-ov button.kb-item:focus-visible { border-color: #154273; outline: none;
                                                                  background: rgba(21, 66, 115, 0.06); }
.kb-ov .kb-q { font-size: 0.85em; opacity: 0.8; }
.kb-ov .kb-score { font-variant-numeric: tabular-nums; font-size: 0.85em; opacity: 0.8; }
.kb-ov .kb-none { font-style: italic; }
.kb-ov ul.kb-plain { padding-left: 1.2em; }
@media (max-width: 640px) { .kb-tl { padding-left: 1.2em; } .kb-ov button.kb-item { padding: 0.35em 0.2em; } }
"""

# Clicks on an item button (event delegation: the HTML is replaced when the letter is loaded) reach Python as a
# "click" event whose data names the item.
JS_ITEMS = """
element.addEventListener('click', function (e) {
  var b = e.target.closest('button[data-item]');
  if (b) { trigger('click', {item: b.getAttribute('data-item')}); }
});
"""

_MONTHS_NL = list(MONTHS)  # in calendar order


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def item_key(source: str, start: int, end: int, question: int | None) -> str:
    """What an item button carries: enough to find its sentence again (never the text itself)."""
    return json.dumps([source, start, end, question])


def citation_of(key: str, overviews: dict[str, Overview]) -> Citation | None:
    """The citation an item button points to, if the key names a sentence of a known letter."""
    try:
        source, start, end, _question = json.loads(key)
        ov = overviews[str(source)]
    except (ValueError, TypeError, KeyError):
        return None
    sentences = [c.sentence for c in ov.commitments] + [f.sentence for f in ov.figures]
    sentences += [e.sentence for s in ov.subquestions for e in s.evidence]
    for s in sentences:
        if (s.start, s.end) == (start, end):
            return Citation(question=s.question, quote=s.text, source=s.source)
    for s in ov.subquestions:
        if (s.start, s.end) == (start, end):
            return Citation(question=s.question, quote=s.text, source=ov.source)
    for r in ov.references:
        if (r.start, r.end) == (start, end):  # a Kamerstuk as cited in the answer, or the footnote itself
            return Citation(question=r.question, quote=r.text, source=ov.source)
    return None


def _button(key: str, inner: str, label: str) -> str:
    return f'<button type="button" class="kb-item" data-item="{_e(key)}" aria-label="{_e(label)}">{inner}</button>'


def _long_date(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {_MONTHS_NL[d.month - 1]} {d.year}"


def _months(a: str, b: str) -> float:
    da, db = date.fromisoformat(a), date.fromisoformat(b)
    return (db.year - da.year) * 12 + (db.month - da.month) + (db.day - da.day) / 30


def timeline_html(ov: Overview) -> str:
    """The dated commitments on a time axis (top: the letter's date; each point at the end of its period, spaced
    by the months between), then those without a date. Keyboard and screen-reader friendly: an ordered list of
    buttons."""
    dated = sorted((c for c in ov.commitments if c.period is not None), key=lambda c: (c.period.end, c.period.start))  # type: ignore[union-attr]
    soon = [c for c in ov.commitments if c.period is None]
    points: list[tuple[str, str, str]] = []  # (iso date, kind, html)
    if ov.date:
        points.append((ov.date, "now", f'<span class="kb-tl-date">{_e(_long_date(ov.date))}</span>'
                       f"{_e(texts.UI_TIMELINE_LETTER)}"))  # fmt: skip
    for c in dated:
        assert c.period is not None
        points.append((c.period.end, "item", _commitment_button(ov, c)))
    if points:
        first, last = points[0][0], max(p[0] for p in points)
        for year in range(int(first[:4]) + 1, int(last[:4]) + 1):  # a tick at each new year
            points.append((f"{year}-01-01", "tick", f"<span>{year}</span>"))
    points.sort(key=lambda p: (p[0], {"now": 0, "tick": 1, "item": 2}[p[1]]))
    rows, previous = [], None
    for iso, kind, inner in points:
        gap = 0 if previous is None else min(GAP_MAX, max(GAP_MIN, round(_months(previous, iso) * PX_PER_MONTH)))
        previous = iso
        cls = {"now": "kb-tl-now", "tick": "kb-tl-tick", "item": "kb-tl-item"}[kind]
        rows.append(f'<li class="{cls}" style="margin-top:{gap}px">{inner}</li>')
    out = [f'<figure class="kb-ov" aria-label="{_e(texts.UI_TIMELINE)}"><h3>{_e(texts.UI_TIMELINE)}</h3>']
    out.append(f'<ol class="kb-tl" id="kb-timeline">{"".join(rows)}</ol>')
    if soon:
        items = "".join(f"<li>{_commitment_button(ov, c)}</li>" for c in soon)
        out.append(f'<h3>{_e(texts.UI_TIMELINE_SOON)}</h3><ul class="kb-plain" id="kb-undated">{items}</ul>')
    out.append("</figure>")
    return "".join(out)


def _commitment_button(ov: Overview, c: Commitment) -> str:
    s = c.sentence
    when = c.when or texts.OVERVIEW_UNDATED
    period = f" ({c.period.label})" if c.period is not None and c.when else ""
    inner = (
        f'<span class="kb-tl-date">{_e(when)}{_e(period)}</span> <span class="kb-q">vraag {_e(s.question)} · '
        f"{_e(c.who)}</span><br>{_e(s.text)}"
    )
    return _button(item_key(ov.source, s.start, s.end, s.question), inner, f"{when}, vraag {s.question}: {s.text}")


def figure_rows(ov: Overview) -> list[list[Any]]:
    """The figures table: one row per figure (question, value, kind, whose, sentence)."""
    sender = ov.sender or texts.SENDER_DEFAULT
    whose = {"committee": texts.UI_OWNER["committee"], "sender": texts.UI_OWNER["sender"].format(sender=sender)}
    return [
        [
            f.sentence.question if f.sentence.question is not None else texts.UI_INTRO,
            f.value,
            texts.UI_FIGURE_KIND.get(f.kind, f.kind),
            whose[f.owner],
            f.sentence.text,
        ]
        for f in ov.figures
    ]


FIGURE_HEADERS = ["vraag", "cijfer", "soort", "van wie", "zin in de brief"]


def figure_citation(row: list[Any], ov: Overview) -> Citation | None:
    """The citation of a figures-table row (as the browser sends it back: sorted or filtered, so by content)."""
    if not row or len(row) < 5:
        return None
    for f in ov.figures:
        if f.value == str(row[1]) and f.sentence.text == str(row[4]):
            return Citation(question=f.sentence.question, quote=f.sentence.text, source=ov.source)
    return None


def subquestions_html(ov: Overview) -> str:
    """Per committee question its sub-questions, each with the answer sentences that address it and how close
    they are (evidence, never a verdict), or "geen direct antwoord gevonden"."""
    out = [f'<div class="kb-ov" id="kb-subquestions"><h3>{_e(texts.UI_SUBQUESTIONS)}</h3>']
    by_question: dict[int, list[Any]] = {}
    for s in ov.subquestions:
        by_question.setdefault(s.question, []).append(s)
    for number, asks in by_question.items():
        out.append(f'<h4>Vraag {_e(number)}</h4><ul class="kb-plain">')
        for s in asks:
            ask = _button(item_key(ov.source, s.start, s.end, s.question), f"<strong>{_e(s.text)}</strong>", s.text)
            if s.evidence:
                found = "".join(f"<li>{_evidence_button(ov, s.question, e)}</li>" for e in s.evidence)
                out.append(f'<li>{ask}<ul class="kb-plain">{found}</ul></li>')
            else:
                out.append(f'<li>{ask}<p class="kb-none">{_e(texts.UI_NO_EVIDENCE)}</p></li>')
        out.append("</ul>")
    out.append("</div>")
    return "".join(out)


def _evidence_button(ov: Overview, question: int, e: Evidence) -> str:
    inner = f'<span class="kb-score">{e.score:.2f}</span> {_e(e.sentence.text)}'
    return _button(item_key(ov.source, e.sentence.start, e.sentence.end, question), inner, e.sentence.text)


def references_html(ov: Overview) -> str:
    """Kamerstukken as links to the official publication; footnote links with what became of them."""
    out = [f'<div class="kb-ov" id="kb-references"><h3>{_e(texts.UI_REFERENCES)}</h3><ul class="kb-plain">']
    for r in ov.references:
        where = f"vraag {r.question}" if r.question is not None else "brief"
        if r.footnote is not None:
            where += f", voetnoot {r.footnote}"
        status = texts.UI_REFERENCE_STATUS.get(r.status, r.status) + (f": {r.detail}" if r.detail else "")
        title = _e(r.text)
        link = (
            f'<a href="{_e(r.url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
            if r.url and r.url.startswith(("https://", "http://"))
            else title
        )
        opens = _button(
            item_key(ov.source, r.start, r.end, r.question), f'<span class="kb-q">{_e(where)}</span>', where
        )
        out.append(f'<li>{link} <span class="kb-q">({_e(status)})</span>{opens}</li>')
    out.append("</ul>")
    if ov.url:
        out.append(
            f'<p class="kb-q">{_e(ov.citation)}: <a href="{_e(ov.url)}" target="_blank" rel="noopener noreferrer">'
            f"{_e(ov.url)}</a></p>"
        )
    out.append("</div>")
    return "".join(out)


def downloads_html(source: str) -> str:
    """Links to the CSV downloads of the API (Gradio's own file serving stays closed)."""
    q = f"?source={html.escape(source, quote=True)}"
    return (
        f'<p class="kb-ov"><a href="/api/overview/commitments.csv{q}" download id="kb-csv-commitments">'
        f'{_e(texts.UI_DOWNLOAD_COMMITMENTS)}</a> · <a href="/api/overview/figures.csv{q}" download '
        f'id="kb-csv-figures">{_e(texts.UI_DOWNLOAD_FIGURES)}</a></p>'
    )
