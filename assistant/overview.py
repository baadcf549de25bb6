"""The letter at a glance: commitments, figures, sub-questions and references of a parsed Kamerbrief.

Built from the parsed structure (who writes which sentence: the committee's question text or the
sender's answer) and the conventions of the genre (how a minister promises, how Dutch letters write
dates and figures), never from one letter's topic. Every item carries its question number and the
verbatim sentence it comes from, with offsets into :attr:`Document.text`, so it can be checked and
opened like any citation.

>>> from assistant.parse import parse_text
>>> doc = parse_text(
...     "Den Haag, 4 maart 2026\\n\\n1. Wanneer komt de regeling? Hoeveel kost die?\\n\\n"
...     "Ik stuur uw Kamer voor de zomer een brief. De regeling kost 12 miljoen euro.\\n", "x.md")
>>> ov = build_overview(doc)
>>> [(c.when, c.period.label) for c in ov.commitments]
[('voor de zomer', '2026-Q2')]
>>> [(f.value, f.kind, f.owner) for f in ov.figures]
[('12 miljoen euro', 'amount', 'sender')]
>>> [(s.text, s.answered) for s in ov.subquestions]
[('Wanneer komt de regeling?', True), ('Hoeveel kost die?', True)]
"""

from __future__ import annotations

import calendar
import itertools
import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from . import texts
from .chunk import split_sentences
from .documents import Document, Paragraph, Section
from .parse import MONTHS

Owner = Literal["committee", "sender"]
FigureKind = Literal["amount", "percentage", "count", "date", "duration", "ratio"]
# How close sub-questions and answer sentences are, for evidence: (questions, sentences) -> one row of scores per
# question (cosine for an embedder).
Similarity = Callable[[Sequence[str], Sequence[str]], Sequence[Sequence[float]]]

log = logging.getLogger(__name__)

OFFICIAL_URL = "https://zoek.officielebekendmakingen.nl/kst-{dossier}-{number}.html"


# --------------------------------------------------------------------------- types


@dataclass(frozen=True)
class Period:
    """A normalised time: ``label`` ("2027", "2027-Q1", "2027-H1", "2027-09", "2027-03-01") and its first and
    last day (ISO dates), for a timeline."""

    label: str
    start: str
    end: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of the letter: its text as a reader reads it, where it is, and who wrote it."""

    text: str
    start: int
    end: int
    question: int | None
    owner: Owner
    source: str
    item: bool = False  # a list item ("- ...") or a sentence of one


@dataclass(frozen=True)
class Commitment:
    """What the sender says they (or the cabinet) will do; ``when`` as written, ``period`` where it can be
    placed on a calendar (None for "binnenkort" or no time at all)."""

    sentence: Sentence
    who: str
    when: str | None = None
    period: Period | None = None


@dataclass(frozen=True)
class Figure:
    """A number in the letter with its unit, its sentence and whose words it is."""

    value: str
    kind: FigureKind
    unit: str
    sentence: Sentence
    start: int
    end: int

    @property
    def owner(self) -> Owner:
        return self.sentence.owner


@dataclass(frozen=True)
class Evidence:
    """An answer sentence that addresses a sub-question, and how close it is (0..1)."""

    sentence: Sentence
    score: float


@dataclass(frozen=True)
class SubQuestion:
    """One thing a committee question asks, with the answer sentences that address it (best first)."""

    question: int
    text: str
    start: int
    end: int
    evidence: tuple[Evidence, ...] = ()

    @property
    def answered(self) -> bool:
        return bool(self.evidence)


@dataclass(frozen=True)
class ReferenceItem:
    """Something the letter refers to: another Kamerstuk, or a footnote's link.

    ``status``: "kamerstuk" (a link to the official publication), "indexed" (fetched and searchable),
    "failed" (fetching did not work: ``detail`` says why), "not_fetched" (not tried yet), "no_link" (the
    source lost the link target).
    """

    kind: Literal["kamerstuk", "footnote"]
    text: str
    url: str | None
    status: str
    question: int | None
    source: str
    footnote: int | None = None
    detail: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Overview:
    """The overview of one document."""

    source: str
    title: str
    citation: str
    url: str | None
    date: str | None
    sender: str | None
    commitments: tuple[Commitment, ...] = ()
    figures: tuple[Figure, ...] = ()
    subquestions: tuple[SubQuestion, ...] = ()
    references: tuple[ReferenceItem, ...] = ()


# --------------------------------------------------------------------------- sentences


def sentences(doc: Document) -> Iterator[tuple[Sentence, Section, Paragraph | None, str | None]]:
    """Every sentence of the committee's questions, the answers and the intro, in reading order, with its
    section, its paragraph (None for a question text) and the lead of the list it is an item of."""
    for section in doc.sections:
        if section.kind == "question" and section.question is not None:
            q = section.question
            for text, s, e in split_sentences(q.text, q.start):
                yield Sentence(text, s, e, section.number, "committee", doc.source_id), section, None, None
        if section.kind not in ("intro", "question", "body"):
            continue
        for para in section.paragraphs:
            lead: str | None = None
            for text, s, e in split_sentences(para.text, para.start):
                item = doc.text.startswith("- ", doc.text.rfind("\n", 0, s) + 1)  # on a list item's line
                if text.startswith("- "):
                    text, s = text[2:].lstrip(), s + len(text) - len(text[2:].lstrip())
                if not item:
                    lead = None  # a paragraph line after the list
                sentence = Sentence(text, s, e, section.number, "sender", doc.source_id, item)
                yield sentence, section, para, lead if item else None
                if not item and text.endswith(":"):
                    lead = text


# --------------------------------------------------------------------------- time phrases

_MONTHS = MONTHS  # "januari" -> 1
_MONTH = "|".join(_MONTHS)
_NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "achttien": 18, "vierentwintig": 24,
}  # fmt: skip
_ORDINAL_QUARTER = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}
_YEAR = r"(?:19|20)\d\d"
_OF_YEAR = rf"(?:\s+van\s+(?:(?P<{{0}}>{_YEAR})|dit\s+jaar|(?P<{{0}}n>volgend\s+jaar)))?"

_TIME = re.compile(
    "|".join(
        [
            r"(?P<soon>\bbinnenkort\b|\bop\s+korte\s+termijn\b|\b(?:in\s+)?(?:de\s+)?komende\s+(?:periode|tijd|maanden|"
            r"weken))",
            rf"\b(?P<season_rel>voor|vóór|na)\s+(?:de\s+|het\s+)?(?P<season>zomerreces|zomer|kerstreces|kerst|"
            rf"herfstreces|herfst|winter|jaarwisseling)\b{_OF_YEAR.format('sy')}",
            rf"\b(?:bij|met|in)\s+de\s+(?P<budget>voorjaarsnota|miljoenennota|najaarsnota|begroting)(?:\s+(?P<by>{_YEAR}))?",
            r"\b(?:met|op|rond)\s+(?P<prinsjesdag>prinsjesdag)",
            rf"\b(?P<edge>begin|eind|einde|medio|half|halverwege|midden)\s+(?:(?P<ey>{_YEAR})|(?P<ethis>dit\s+jaar)|"
            rf"(?P<enext>volgend\s+jaar))",
            rf"\bin\s+de\s+loop\s+van\s+(?:(?P<ly>{_YEAR})|(?P<lthis>dit\s+jaar)|(?P<lnext>volgend\s+jaar))",
            rf"\b(?:in|vanaf|per|na|voor|vóór|uiterlijk|tot|sinds)\s+(?:het\s+)?(?P<q>eerste|tweede|derde|vierde|laatste)\s+"
            rf"kwartaal{_OF_YEAR.format('qy')}",
            rf"\b(?:in|vanaf|per|na|voor|vóór|uiterlijk|tot|sinds)\s+de\s+(?P<h>eerste|tweede)\s+helft{_OF_YEAR.format('hy')}",
            rf"\bin\s+(?:het\s+|de\s+)?(?P<part>voorjaar|najaar|zomer|winter|herfst|lente)"
            rf"{_OF_YEAR.format('py')}",
            rf"\b(?P<dprep>per|vanaf|met\s+ingang\s+van|op|vóór|voor|uiterlijk|tot|na|sinds)\s+(?P<d>\d{{1,2}})\s+(?P<dm>{_MONTH})"
            rf"(?:\s+(?P<dy>{_YEAR}))?",
            rf"\b(?P<mprep>in|per|vanaf|met\s+ingang\s+van|vóór|voor|uiterlijk|sinds|eind|begin)\s+(?P<m>{_MONTH})"
            rf"(?:\s+(?P<my>{_YEAR}))?",
            r"\bbinnen\s+(?P<n>\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|achttien)\s+"
            r"(?P<unit>weken|week|maanden|maand|jaar)",
            r"\b(?P<rel>later\s+dit\s+jaar|dit\s+jaar|volgend\s+jaar|volgende\s+maand|dit\s+najaar|dit\s+voorjaar)",
            rf"\b(?P<yprep>in|vanaf|per|met\s+ingang\s+van|vóór|voor|uiterlijk|tot\s+en\s+met|tot|na|sinds)\s+(?P<y>{_YEAR})\b",
        ]
    ),
    re.I,
)


def _iso(d: date) -> str:
    return d.isoformat()


def _quarter(year: int, q: int) -> Period:
    first = date(year, 3 * q - 2, 1)
    last_month = 3 * q
    return Period(f"{year}-Q{q}", _iso(first), _iso(date(year, last_month, calendar.monthrange(year, last_month)[1])))


def _half(year: int, h: int) -> Period:
    return Period(
        f"{year}-H{h}",
        _iso(date(year, 1 if h == 1 else 7, 1)),
        _iso(date(year, 6, 30) if h == 1 else date(year, 12, 31)),
    )


def _month(year: int, month: int) -> Period:
    return Period(
        f"{year}-{month:02d}", _iso(date(year, month, 1)), _iso(date(year, month, calendar.monthrange(year, month)[1]))
    )


def _year(year: int) -> Period:
    return Period(str(year), f"{year}-01-01", f"{year}-12-31")


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def _year_of(m: re.Match[str], name: str, letter: date) -> int | None:
    """The year a phrase names: written, "van dit jaar"/"volgend jaar", or None when it names none."""
    if (y := m.group(name)) is not None:
        return int(y)
    if m.group(name + "n") is not None:
        return letter.year + 1
    return None


@dataclass(frozen=True)
class TimePhrase:
    """A time phrase as written, where it is in its sentence, and its period (None for "binnenkort")."""

    text: str
    start: int
    end: int
    period: Period | None
    soon: bool = False


def time_phrases(sentence: str, letter: date | None) -> list[TimePhrase]:
    """The time phrases of a sentence, each with its period relative to the letter's date.

    >>> [(t.text, t.period.label) for t in time_phrases("Begin 2027 wil ik dat doen.", date(2026, 6, 25))]
    [('Begin 2027', '2027-Q1')]
    >>> [(t.text, t.period.label) for t in time_phrases("Ik stuur voor de zomer een brief.", date(2026, 9, 1))]
    [('voor de zomer', '2027-Q2')]
    """
    today = letter or date.today()
    out: list[TimePhrase] = []
    for m in _TIME.finditer(sentence):
        text = m.group(0)
        period: Period | None = None
        if m.group("soon"):
            out.append(TimePhrase(text, m.start(), m.end(), None, soon=True))
            continue
        if m.group("season"):
            season = m.group("season").lower()
            year = _year_of(m, "sy", today)
            before = m.group("season_rel").lower() in ("voor", "vóór")
            if season.startswith(("zomer", "jaarwisseling")) or season.startswith("kerst"):
                if season.startswith("zomer"):
                    y = year if year is not None else (today.year if today.month < 7 else today.year + 1)
                    period = _quarter(y, 2) if before else _half(y, 2)
                else:  # kerst, jaarwisseling
                    y = year if year is not None else today.year
                    period = _quarter(y, 4) if before else _quarter(y + 1, 1)
            else:  # herfst, winter
                y = year if year is not None else today.year
                period = _quarter(y, 3) if before else _quarter(y, 4)
        elif m.group("budget"):  # the budget cycle: Voorjaarsnota in spring, Miljoenennota in September, ...
            y = int(m.group("by")) if m.group("by") else today.year + (1 if today.month > 4 else 0)
            name = m.group("budget").lower()
            period = _quarter(y, {"voorjaarsnota": 2, "najaarsnota": 4}.get(name, 3))
        elif m.group("prinsjesdag"):
            period = _month(today.year if today.month <= 9 else today.year + 1, 9)
        elif m.group("edge"):
            y = int(m.group("ey")) if m.group("ey") else today.year + (1 if m.group("enext") else 0)
            edge = m.group("edge").lower()
            period = _quarter(y, 1) if edge == "begin" else _quarter(y, 4) if edge.startswith("eind") else _month(y, 6)
        elif m.group("ly") or m.group("lthis") or m.group("lnext"):
            period = _year(int(m.group("ly")) if m.group("ly") else today.year + (1 if m.group("lnext") else 0))
        elif m.group("q"):
            y = _year_of(m, "qy", today)
            q = _ORDINAL_QUARTER[m.group("q").lower()]
            if y is None:  # "in het derde kwartaal": the next one from the letter's date
                y = today.year if q >= (today.month - 1) // 3 + 1 else today.year + 1
            period = _quarter(y, q)
        elif m.group("h"):
            y = _year_of(m, "hy", today)
            h = 1 if m.group("h").lower() == "eerste" else 2
            period = _half(y if y is not None else (today.year if h == 2 or today.month <= 6 else today.year + 1), h)
        elif m.group("part"):
            y = _year_of(m, "py", today)
            part = m.group("part").lower()
            h = 1 if part in ("voorjaar", "lente") else 2
            if y is None:
                y = today.year if (h == 2 or today.month <= 5) else today.year + 1
            period = (
                _half(y, h) if part in ("voorjaar", "lente", "najaar") else _quarter(y, 3 if part == "zomer" else 4)
            )
        elif m.group("d"):
            y = int(m.group("dy")) if m.group("dy") else today.year
            month = _MONTHS[m.group("dm").lower()]
            day = int(m.group("d"))
            if 1 <= day <= calendar.monthrange(y, month)[1]:
                d = date(y, month, day)
                period = Period(_iso(d), _iso(d), _iso(d))
        elif m.group("m"):
            month = _MONTHS[m.group("m").lower()]
            y = int(m.group("my")) if m.group("my") else (today.year if month >= today.month else today.year + 1)
            period = _month(y, month)
        elif m.group("n"):
            raw = m.group("n").lower()
            n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 1)
            unit = m.group("unit").lower()
            months = n * 12 if unit == "jaar" else n if unit.startswith("maand") else max(1, round(n / 4.35))
            end = _add_months(today, months)
            period = Period(f"{end.year}-{end.month:02d}", _iso(today), _iso(end))
        elif m.group("rel"):
            rel = m.group("rel").lower()
            y = today.year + (1 if rel.startswith("volgend") else 0)
            if "najaar" in rel:
                period = _half(y, 2)
            elif "voorjaar" in rel:
                period = _half(y, 1)
            elif "maand" in rel:
                nxt = _add_months(today, 1)
                period = _month(nxt.year, nxt.month)
            else:
                period = _year(y)
        elif m.group("y"):
            period = _year(int(m.group("y")))
        out.append(TimePhrase(text, m.start(), m.end(), period))
    return out


# --------------------------------------------------------------------------- commitments

_FIRST_PERSON = re.compile(r"\b(?:ik|we|wij|mij|mijn|ons|onze)\b|\b(?:het|dit|dat)\s+(?:kabinet|rijk)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:zal|zullen)\b"
    r"|\b(?:ga|gaan|gaat)\s+(?:ik|we|wij|het\s+kabinet|dit\s+kabinet)\b|\b(?:ik|we|wij|kabinet)\s+(?:ga|gaan|gaat)\b"
    r"|\b(?:wil|willen)\s+(?:ik|we|wij)\b|\b(?:ik|we|wij)\s+(?:wil|willen)\b"
    r"|\b(?:ik\s+ben|ben\s+ik|we\s+zijn|zijn\s+we|het\s+kabinet\s+is|is\s+het\s+kabinet)\s+(?:\w+\s+)?bereid\b"
    r"|\b(?:werk|werken)\s+(?:ik|we|wij)\b[^.]*\buit\b|\buitwerken\b"
    r"|\b(?:neem|nemen)\s+(?:ik|we|wij)\b[^.]*\bbesluit\b",
    re.I,
)
# Saying, thanking, judging: "ik wil ... bedanken", "ik wil eerlijk zijn", "ik vind".
_DISCOURSE = re.compile(
    r"\b(?:bedank\w*|dank\w*|benadrukken|opmerken|onderstrepen|vooropstellen|eerlijk\s+(?:over\s+)?zijn|"
    r"eerlijk\s+over|stilstaan)\b|\b(?:vind|vinden)\s+(?:ik|we|wij)\b|\b(?:ik|we|wij)\s+(?:vind|vinden)\b",
    re.I,
)
# Telling the Kamer: "ik stuur uw Kamer", "informeer ik de Kamer", "wordt ... aan uw Kamer gestuurd".
_TO_KAMER = re.compile(
    r"\b(?:stuur|sturen|informeer|informeren|zend|zenden|rapporteer|rapporteren)\b[^.]*\b(?:uw|de)\s+kamer\b"
    r"|\b(?:uw|de)\s+kamer\b[^.]*\b(?:toegestuurd|gestuurd|toegezonden|geïnformeerd|informeren|informeer)\b",
    re.I,
)
_PASSIVE = re.compile(r"\b(?:wordt|worden)\b[^.]*\b(?:ge|be|ver|ont|er|her|toe|aan|uit|op|in|door)\w+[dt]\b", re.I)
_EXISTENTIAL = re.compile(
    r"\b(?:komt|komen|start|starten|begint|beginnen)\s+(?:er|daarom)\b|\ber\s+(?:komt|komen)\b", re.I
)
_TAKES_EFFECT = re.compile(r"(?:per|vanaf|met\s+ingang\s+van)\b", re.I)  # a rule or a budget that starts on a date
_ONLY_THEN = re.compile(r"\bpas\s+$", re.I)  # "pas vanaf 2029 te zien": an expectation, not a plan
_UNDECIDED = re.compile(r"\bnog\s+niet\s+(?:besloten|bekend|duidelijk)|\bniet\s+besloten\b|\bweet\s+ik\s+niet\b", re.I)
_MEASURES_LEAD = re.compile(r"\b(?:maatregel\w*|actie\w*|stappen|volgende|afspraken|doen)\b", re.I)


def _who(text: str, sender: str) -> str:
    if re.search(r"\b(?:het|dit)\s+kabinet\b", text, re.I):
        return "het kabinet"
    if re.search(r"\bmijn\s+ministerie\b", text, re.I):
        return "het ministerie"
    if re.search(r"\b(?:we|wij|ons|onze)\b", text, re.I) and not re.search(r"\bik\b", text, re.I):
        return f"{sender} (met anderen)" if re.search(r"\bsamen\s+met\b", text, re.I) else sender
    return sender


def _commitment(s: Sentence, lead: str | None, letter: date | None, sender: str) -> Commitment | None:
    """The commitment a sender's sentence makes, or None. Genre rules: the sender (ik, we, het kabinet) will
    do something (a future auxiliary, an intention, a dated present), or a passive plan with a future date, a
    measure listed under "Ik neem de volgende maatregelen:", a rule that takes effect on a date."""
    text = s.text
    if s.owner != "sender" or s.question is None or text.endswith("?"):
        return None
    if _DISCOURSE.search(text) or _UNDECIDED.search(text):
        return None
    phrases = time_phrases(text, letter)
    after = letter.isoformat() if letter else "0000"
    past = [t for t in phrases if t.period is not None and t.period.end < after]
    future = [
        t
        for t in phrases
        if (t.soon or (t.period is not None and t.period.end >= after))
        and not _SPAN.match(t.text)  # "loopt tot en met 2027": how long something lasts, not when it is done
        and (not _RELATIVE.match(t.text) or _MODAL.search(text) or _PASSIVE.search(text))  # "binnen een jaar werk"
    ]
    if past and not future:
        return None
    first = bool(_FIRST_PERSON.search(text))
    amount = bool(_MONEY.search(text))
    is_commitment = (
        (first and (_main_clause_future(text) or bool(future) or bool(_TO_KAMER.search(text))))
        or (first and _RESPONSE.match(text) and not _PERFECT.search(text) and not _MUST.search(text))
        or (first and bool(_CONDITIONAL.search(text)))
        or (first and bool(_WORKS_ON.search(text)))
        or (first and amount and bool(_CONTRIBUTES.search(text)))
        or (future and (bool(_SHALL.search(text)) or amount or bool(_AIM.search(text))) and not _names_actor(text))
        or (
            bool(future) and (bool(_PASSIVE.search(text)) or bool(_EXISTENTIAL.search(text))) and not _names_actor(text)
        )
        or (
            bool(future) and any(_TAKES_EFFECT.match(t.text) and not _ONLY_THEN.search(text[: t.start]) for t in future)
        )
        or (lead is not None and first and _leads_measures(lead))
        or (lead is not None and bool(future) and _leads_measures(lead))
    )
    if not is_commitment:
        return None
    when = _own_time(text, future)
    return Commitment(s, _who(text, sender), when.text if when else None, when.period if when else None)


# "Daarom werkt mijn ministerie samen met ...", "Daarnaast spreek ik af ...": what the sender does in response.
_RESPONSE = re.compile(r"(?:daarom|daarnaast|verder|daarover|hierover)\b", re.I)
_PERFECT = re.compile(r"\b(?:heb|hebben|heeft|ben|zijn|is)\b[^.]{0,90}?\b(?:ge\w+[dt]|\w+eerd)\b", re.I)
_MUST = re.compile(r"^\w+\s+(?:moet|moeten)\b", re.I)
# "Lukt dat niet, dan spreek ik de gemeenten aan": what the sender will do in a case.
_CONDITIONAL = re.compile(r",\s+dan\s+\w+\s+(?:ik|we|wij|het\s+kabinet)\b", re.I)
# "ik werk aan een wetsvoorstel": a deliverable on its way.
_WORKS_ON = re.compile(
    r"\b(?:werk|werken)\b[^.]*\baan\s+(?:een|het|de)\s+(?:\w+\s+)?(?:wetsvoorstel|voorstel|plan|regeling|"
    r"wetswijziging|aanpak|strategie|agenda|brief|uitwerking)\b",
    re.I,
)
_MONEY = re.compile(r"€\s?\d|\d\s*(?:mln\.?|miljoen|miljard|mld\.?)(?:\s+euro)?\b|\d\s+euro\b", re.I)
_CONTRIBUTES = re.compile(
    r"\b(?:draagt|dragen|stelt|stellen|trekt|trekken|investeert|investeren|reserveert|reserveren|geeft|geven)\b", re.I
)
_SHALL = re.compile(r"\b(?:zal|zullen)\b", re.I)
_AIM = re.compile(r"\b(?:streven|inzet|doel|planning)\s+is\b", re.I)


def _own_time(text: str, phrases: list[TimePhrase]) -> TimePhrase | None:
    """The time of the sender's own action: the phrase in the clause where the sender acts ("Over 2028 is nog niets
    besloten; ik kom daarop terug bij de Miljoenennota"), else the first."""
    actor = _ACTOR_FIRST.search(text)
    if actor is not None and len(phrases) > 1:
        bounds = [0, *(m.end() for m in re.finditer(r"[;:]", text)), len(text) + 1]
        for a, b in itertools.pairwise(bounds):
            if a <= actor.start() < b:
                mine = [t for t in phrases if a <= t.start < b]
                if mine:
                    return mine[0]
    return phrases[0] if phrases else None


_SPAN = re.compile(r"(?:tot|sinds)\b", re.I)
_RELATIVE = re.compile(r"binnen\b", re.I)
_MODAL = re.compile(r"\b(?:moet|moeten|zal|zullen|wil|willen|klaar|gereed)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:dat|hoe|wat|of|welke|wanneer|zodat|omdat|als|die|waarin|waarmee)\b", re.I)


def _main_clause_future(text: str) -> bool:
    """A future auxiliary or intention of the sentence's own clause, not of a clause it embeds ("Daarin staat
    hoe we dit kunnen uitwerken en wat de planning zal zijn" promises nothing)."""
    return any(not _SUBORDINATE.search(re.split(r"[,;:]", text[: m.start()])[-1]) for m in _FUTURE.finditer(text))


_ACTOR_FIRST = re.compile(r"\b(?:ik|we|wij)\b|\b(?:het|dit)\s+(?:kabinet|rijk)\b|\bmijn\s+ministerie\b", re.I)
_STATIVE = re.compile(r"\b(?:heb|hebben|heeft|ben|is|zijn|was|waren|had|hadden)\b", re.I)


def _continues(text: str, before: Commitment) -> bool:
    """Whether a sentence carries on the commitment just before it: the sender acts again (present tense, an
    action, not a state) on something that sentence named ("In 2027 wordt het plan geëvalueerd. Op basis van
    die evaluatie kijk ik of ...")."""
    actor = _ACTOR_FIRST.search(text)
    if actor is None or _PERFECT.search(text) or _DISCOURSE.search(text):
        return False
    before_actor, after_actor = text[: actor.start()].split()[-1:], text[actor.end() :].split()[:1]
    if any(_STATIVE.fullmatch(w.strip(",;:")) for w in before_actor + after_actor):
        return False  # "heb ik nog geen cijfers": a state, not an action
    earlier = _fold(before.sentence.text)
    return any(w[:5] in earlier for w in re.findall(r"\w{6,}", _fold(text)) if w not in _STOP)


def _fold(text: str) -> str:
    """Lowercase without accents: "geëvalueerd" shares "evalu" with "evaluatie"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _leads_measures(lead: str) -> bool:
    """A list lead in which the sender announces what they will do: "Ik neem de volgende maatregelen:"."""
    return bool(_FIRST_PERSON.search(lead)) and bool(_MEASURES_LEAD.search(lead))


_ACTOR = re.compile(r"(?<![.:?!]\s)(?<!^)\b(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,}\w*)\b")


def _names_actor(text: str) -> bool:
    """Whether a sentence names another organisation (an acronym or a CamelCase name) as actor."""
    return bool(_ACTOR.search(text[1:]))


# --------------------------------------------------------------------------- figures

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"(?:mln\.?|miljoen|mld\.?|miljard|duizend)"
_FIGURE = re.compile(
    "|".join(
        [
            rf"(?P<money>€\s?(?:{_NUM})(?:\s+{_SCALE})?(?:\s+euro)?|(?:{_NUM})\s+{_SCALE}(?:\s+euro)?|(?:{_NUM})\s+euro)",
            rf"(?P<pct>(?:{_NUM})\s?(?:%|procent)(?=\W|$))",
            rf"(?P<ratio>(?:{_NUM})\s+(?:op|van)\s+de\s+(?:{_NUM})\b)",
            rf"(?P<date>(?:\d{{1,2}}\s+)?(?:{_MONTH})\s+{_YEAR}\b|\d{{1,2}}\s+(?:{_MONTH})\b)",
            rf"(?P<year>\b{_YEAR}\b)",
            rf"(?P<dur>(?:{_NUM})\s+(?:weken|week|dagen|dag|maanden|maand|jaar|jaren|uur|uren|minuten|kwartalen)\b)",
            rf"(?P<count>(?<![\w.,-])(?:{_NUM})(?![\w-]|[.,]\d))",
        ]
    ),
    re.I,
)
_PHONE = re.compile(r"\b\d{3,4}-\d{3,7}\b")
_UNIT_WORD = re.compile(r"\s*(?:extra\s+|nieuwe\s+)?([\w'’-]+)")


_LABEL_WORD = (
    r"vraag|vragen|niveau|artikel|lid|nr\.?|nummer|fase|stap|bijlage|hoofdstuk|paragraaf|punt|onderdeel|"
    r"voetnoot|top|groep|klas|leerjaar"
)
_TIME_WORDS = frozenset(
    [
        "begin",
        "eind",
        "einde",
        "medio",
        "half",
        "in",
        "per",
        "vanaf",
        "voor",
        "vóór",
        "na",
        "tot",
        "sinds",
        "uiterlijk",
        "voorjaar",
        "najaar",
        "zomer",
        "winter",
        "herfst",
        "lente",
    ]
) | frozenset(_MONTHS)


def _in_reference(doc: Document, start: int, end: int) -> bool:
    return any(r.start <= start < r.end or r.start < end <= r.end for r in doc.references)


def _part_of_name(text: str, start: int, end: int) -> bool:
    """A number that is part of a name or code: "Monitor 2026", "V-100", "113 Zelfmoordpreventie"."""
    before, after = text[:start], text[end:]
    if re.search(r"[\w]-$", before) or re.match(r"-\w", after):
        return True
    prev = re.search(r"(\S+)\s+$", before)
    if prev and re.fullmatch(_LABEL_WORD, prev.group(1), re.I):
        return True  # "vraag 7", "niveau 2", "artikel 3"
    sentence_start = prev is not None and not before[: prev.start()].strip()
    if (
        prev
        and prev.group(1)[:1].isupper()
        and not sentence_start
        and prev.group(1).lower() not in _TIME_WORDS
        and not re.search(r"[.:!?,;]$", prev.group(1))
    ):
        return bool(re.fullmatch(_YEAR, text[start:end]))
    nxt = re.match(r"\s+(\S+)", after)
    return bool(
        nxt
        and nxt.group(1)[:1].isupper()
        and nxt.group(1).lower() not in _MONTHS
        and re.fullmatch(r"\d+", text[start:end])
    )


def _figures_of(doc: Document, s: Sentence) -> list[Figure]:
    text = doc.text[s.start : s.end]
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    out: list[Figure] = []
    for m in _FIGURE.finditer(text):
        a, b = m.start(), m.end()
        if any(p <= a < q for p, q in phones) or _in_reference(doc, s.start + a, s.start + b):
            continue
        value = m.group(0)
        if m.group("money"):
            kind: FigureKind = "amount"
            unit = "euro"
        elif m.group("pct"):
            kind, unit = "percentage", "%"
        elif m.group("ratio"):
            kind, unit = "ratio", ""
        elif m.group("date"):
            kind, unit = "date", "datum"
        elif m.group("year"):
            if _part_of_name(text, a, b):
                continue
            kind, unit = "date", "jaar"
        elif m.group("dur"):
            kind, unit = "duration", value.split()[-1]
        else:
            if _part_of_name(text, a, b) or re.match(r"[eE]\b|de\b", text[b : b + 2]):
                continue  # "18e", a code
            kind, unit = "count", _unit_after(text, b)
        out.append(Figure(value, kind, unit, s, s.start + a, s.start + b))
    return out


def _unit_after(text: str, end: int) -> str:
    m = _UNIT_WORD.match(text, end)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- sub-questions

_ASKS = re.compile(
    r"^(?:en\s+|daarnaast\s+|ook\s+)?(?:kunt|kan|wilt|wil|bent|is|zijn|heeft|hebt|overweegt|vindt|herkent|deelt|"
    r"erkent|gaat|zal|zult|welke?|wat|hoe|hoeveel|waarom|wanneer|waar\w*|wie|in\s+hoeverre|op\s+welke)\b",
    re.I,
)
_CLAUSE = re.compile(
    r"(?:,\s*(?:en\s+)?|\s+en\s+)(?=(?:welke?|wat|hoe|hoeveel|waarom|wanneer|waar(?:aan|door|voor|om|mee|op|in|uit)"
    r"|wie|in\s+hoeverre|op\s+welke|of|kunt\s+u|wilt\s+u|bent\s+u|heeft\s+u|overweegt\s+u|vindt\s+u)\b)",
    re.I,
)
_STOP = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "van",
        "voor",
        "met",
        "aan",
        "te",
        "dat",
        "die",
        "dit",
        "deze",
        "er",
        "is",
        "zijn",
        "wordt",
        "worden",
        "u",
        "uw",
        "ik",
        "we",
        "wij",
        "zij",
        "ze",
        "hun",
        "hoe",
        "wat",
        "welke",
        "welk",
        "waarom",
        "wanneer",
        "hoeveel",
        "kunt",
        "kan",
        "toelichten",
        "aangeven",
        "uitleggen",
        "om",
        "door",
        "naar",
        "als",
        "bij",
        "ook",
        "niet",
        "nog",
        "wel",
        "zo",
        "dan",
        "al",
        "meer",
        "zich",
        "hier",
        "daar",
        "hierbij",
        "daarnaast",
        "concrete",
        "concreet",
        "onder",
        "boven",
        "tussen",
        "tegen",
        "zonder",
        "tijdens",
        "vanuit",
        "binnen",
        "buiten",
        "naast",
        "sinds",
        "volgens",
        "vanaf",
        "rond",
        "over",
        "door",
        "omdat",
        "zodat",
        "waar",
        "wanneer",
        "elke",
        "iedere",
        "alle",
        "deze",
        "dezen",
        "zullen",
        "kunnen",
        "moeten",
        "worden",
        "hebben",
        "werd",
    ]
)


def split_subquestions(section: Section) -> list[tuple[str, int, int]]:
    """The separate asks of a committee question: its question sentences, split where one sentence asks
    two things ("hoe X, en welke Y"; "wat A, hoe B en of C"). Context statements are left out."""
    q = section.question
    if q is None:
        return []
    out: list[tuple[str, int, int]] = []
    for text, s, _e in split_sentences(q.text, q.start):
        if not (text.rstrip().endswith("?") or _ASKS.match(text)):
            continue
        pieces: list[tuple[int, int]] = []
        begin = 0
        for m in _CLAUSE.finditer(text):
            if m.start() - begin >= 12 and len(text) - m.end() >= 12:
                pieces.append((begin, m.start()))
                begin = m.end()
        pieces.append((begin, len(text)))
        for a, b in pieces:
            piece = text[a:b].rstrip(" ,")
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                out.append((piece.strip(), s + a + lead, s + a + len(piece)))
    return out


def _context(section: Section, asks: list[tuple[str, int, int]]) -> str:
    """The committee's text around its asks: the statements that set the scene ("Uit de monitor blijkt ...")."""
    q = section.question
    if q is None:
        return ""
    text = q.text
    for _t, a, b in sorted(asks, key=lambda x: -x[1]):
        text = text[: a - q.start] + " " + text[b - q.start :]
    return text


EVIDENCE_MAX = 3
_GENERIC_ASK = frozenset(
    [
        "kunt",
        "aangeven",
        "toelichten",
        "uitleggen",
        "minister",
        "staatssecretaris",
        "kabinet",
        "bereid",
        "overweegt",
        "vindt",
        "herkent",
        "heeft",
        "hebben",
        "zicht",
        "concrete",
        "concreet",
        "manier",
        "welke",
        "wijze",
        "daarnaast",
        "voldoende",
        "mogelijk",
    ]
)
_ASKS_WHEN = re.compile(r"\b(?:wanneer|per\s+wanneer|op\s+welke\s+termijn|hoe\s+snel|when)\b", re.I)
_ASKS_AMOUNT = re.compile(
    r"\b(?:hoeveel|hoe\s+(?:groot|hoog|veel|vaak)|wat\s+kost|welk\s+(?:percentage|aandeel|bedrag|aantal)|middelen|geld|budget|"
    r"bedrag|kosten|omvang|how\s+(?:much|many))\b",
    re.I,
)
_ASKS_ACTION = re.compile(
    r"\b(?:welke\s+(?:\w+\s+)?(?:maatregelen|stappen|acties|afspraken)|wat\s+(?:gaat|gaan|doet|doen)\b[^?]*\bdoen|"
    r"hoe\s+(?:u\s+|de\s+\w+\s+)?(?:zorgt|gaat|wilt|waarborgt|wordt|worden)|op\s+welke\s+(?:manier|wijze)|waaraan|waarvoor)\b",
    re.I,
)
_ASKS_YES_NO = re.compile(
    r"^(?:en\s+)?(?:is|zijn|bent|wordt|worden|wil|wilt|overweegt|gaat|zal|herkent|deelt|vindt|komt|komen|"
    r"(?:kan|kunt)\s+(?!u\s+(?:aangeven|toelichten|uitleggen|beschrijven))\w+(?!\s+(?:aangeven|toelichten|uitleggen)))\b",
    re.I,
)
# "Hoe verklaart u dit?", "Herkent u dit beeld?": a judgement asked first is given first.
_ASKS_STANCE = re.compile(r"\b(?:verklaart|herkent|beoordeelt|duidt|vindt|deelt|kijkt|waardeert|reageert)\b", re.I)
_NAMES_MEASURES = re.compile(r"\b(?:maatregel\w*|actie\w*|stappen|aanpak)\b", re.I)
_YES_NO = re.compile(r"^(?:ja|nee)\b", re.I)


def overview_stems(text: str) -> set[str]:
    """The content words of a text, lowercased without accents (matched by prefix: see :func:`_common`)."""
    return {w for w in re.findall(r"\w{4,}", _fold(text)) if w not in _STOP and w not in _GENERIC_ASK}


# The plain words askers use for the official words of the genre: a committee asks whether institutions have
# "voldoende middelen", a student whether schools have "genoeg geld".
_OFFICIAL_FOR = {
    "genoeg": ("voldoende",),
    "geld": ("middelen", "financiering", "budget"),
    "straf": ("sanctie", "sancties"),
    "snel": ("spoedig",),
    "evenveel": ("gelijkwaardig",),
    "zoveel": ("gelijkwaardig",),  # "net zoveel als"
    "hetzelfde": ("gelijkwaardig",),
}


def asked_stems(text: str) -> set[str]:
    """:func:`overview_stems` of a question, with the official words for its plain ones.

    >>> sorted(asked_stems("hebben scholen genoeg geld?"))
    ['budget', 'financiering', 'geld', 'genoeg', 'middelen', 'scholen', 'voldoende']
    """
    stems = overview_stems(text)
    return stems | {o for w in stems for o in _OFFICIAL_FOR.get(w, ())}


def to_verbs(text: str) -> set[str]:
    """The verbs after "te" in a text ("... aan te pakken"): what something is for, not what is asked about.

    >>> sorted(to_verbs("of scholen voldoende middelen hebben om dit aan te pakken?"))
    ['pakken']
    """
    return set(re.findall(r"\bte\s+(\w+)", _fold(text)))


def asked_phrase(text: str, word: str, fits: Callable[[str], bool]) -> str:
    """``word`` of ``text`` with the words around it that ``fits`` too (asked about, say).

    >>> asked_phrase("of scholen voldoende middelen hebben?", "middelen", lambda w: w in {"voldoende"})
    'voldoende middelen'
    """
    words = re.findall(r"\w+", _fold(text))
    if word not in words:
        return word
    lo = hi = words.index(word)
    while lo > 0 and fits(words[lo - 1]):
        lo -= 1
    while hi + 1 < len(words) and fits(words[hi + 1]):
        hi += 1
    return " ".join(words[lo : hi + 1])


def common_stems(a: set[str], b: set[str]) -> set[str]:
    """The words of ``a`` that share a stem with a word of ``b``: a common start of 5 letters, 6 for long words
    ("besteding"/"besteden", "verklaart"/"verklaring"; not "onderwijsinstellingen"/"onderzoekt")."""

    def same(x: str, y: str) -> bool:
        need = 6 if min(len(x), len(y)) >= 8 else min(5, len(x), len(y))
        return x[:need] == y[:need]

    return {x for x in a if any(same(x, y) for y in b)}


def _evidence(
    asks: list[tuple[str, int, int]],
    context: str,
    answer: list[Sentence],
    committed: set[int],
    letter: date | None,
    similarity: Similarity | None,
) -> list[tuple[Evidence, ...]]:
    """For each ask, the answer sentences that address it, best first.

    A sentence addresses an ask when it shares a word that is the ask's own (not the question's context, not
    another ask's), or when it gives what the ask asks for and shares a word with it: a time for "wanneer", a
    figure for "hoeveel", a commitment for "welke maatregelen", "ja"/"nee" for a yes/no ask. The score shown is
    how close the two are (the embedder's cosine, or the share of words without one).
    """
    if not asks or not answer:
        return [() for _ in asks]
    texts = [s.text for s in answer]
    words = [overview_stems(t) for t in texts]
    dated = [bool(time_phrases(t, letter)) for t in texts]
    figures = [bool(_FIGURE.search(t)) for t in texts]
    shared = overview_stems(context)
    out = []
    for i, (ask, _a, _b) in enumerate(asks):
        own = overview_stems(ask)
        others = set().union(*(overview_stems(x[0]) for k, x in enumerate(asks) if k != i)) if len(asks) > 1 else set()
        distinctive = (own - common_stems(own, others | shared)) or own
        yes_no = bool(_ASKS_YES_NO.match(ask))
        when, amount, action = (
            bool(_ASKS_WHEN.search(ask)),
            bool(_ASKS_AMOUNT.search(ask)),
            bool(_ASKS_ACTION.search(ask)),
        )
        chosen = []
        for j, s in enumerate(answer):
            overlap = common_stems(own, words[j])
            # what the ask asks of the question's subject ("hoe waarborgt u dat de stagevergoeding gelijkwaardig is"):
            # a commitment about the subject alone (a word of the question's context) does not address it
            beyond = common_stems(own - common_stems(own, shared), words[j]) if distinctive != own else overlap
            acts = j in committed or (action and (s.item or bool(_NAMES_MEASURES.search(s.text))))
            mine = common_stems(distinctive, words[j])
            if (
                (mine and (not yes_no or acts or len(mine) >= 2))
                or (
                    overlap
                    and (
                        (when and dated[j])
                        or (amount and figures[j])
                        or (action and acts and beyond)
                        or (yes_no and acts)
                    )
                )
                or (when and dated[j] and j in committed)
                or (yes_no and _YES_NO.match(s.text) and j == 0)
            ):
                chosen.append(j)
        if not chosen and amount and not yes_no:  # "welke middelen zijn hiermee gemoeid?": the answer's amounts
            chosen = [j for j in range(len(answer)) if figures[j] and _MONEY.search(texts[j])][:EVIDENCE_MAX]
        if not chosen and action:  # "aan welke acties is het geld gekoppeld?": the answer's list
            chosen = [j for j, s in enumerate(answer) if s.item][:EVIDENCE_MAX]
        if not chosen and i == 0 and _ASKS_STANCE.search(ask):
            chosen = [0]
        if not chosen:
            out.append(())
            continue
        if similarity is not None:
            scores = list(similarity([ask], [texts[j] for j in chosen])[0])
        else:
            scores = [len(common_stems(own, words[j])) / max(len(own), 1) for j in chosen]
        ranked = sorted(zip(chosen, scores, strict=True), key=lambda t: -t[1])[:EVIDENCE_MAX]
        out.append(tuple(Evidence(answer[j], round(float(sc), 3)) for j, sc in ranked))
    return out


# --------------------------------------------------------------------------- references


def _references(doc: Document, links: Sequence[Mapping[str, object]], indexed: set[str]) -> list[ReferenceItem]:
    out: list[ReferenceItem] = []
    for r in doc.references:
        out.append(
            ReferenceItem(
                "kamerstuk", r.text, OFFICIAL_URL.format(dossier=r.dossier, number=r.number), "kamerstuk",
                _question_at(doc, r.start), doc.source_id, start=r.start, end=r.end,
            )
        )  # fmt: skip
    by_note = {
        int(e["footnote"]): e for e in links if e.get("source") == doc.source_id and e.get("footnote") is not None
    }  # type: ignore[call-overload]
    for f in doc.footnotes:
        entry = by_note.get(f.number)
        if f.url is None:
            status, detail = "no_link", ""
        elif entry is None:
            status, detail = "not_fetched", ""
        elif entry.get("status") == "ok" and entry.get("file") in indexed:
            status, detail = "indexed", ""
        elif entry.get("status") == "ok":
            status, detail = "not_fetched", "opgehaald, nog niet geïndexeerd"
        else:
            status, detail = "failed", str(entry.get("detail") or entry.get("status") or "")
        out.append(
            ReferenceItem(
                "footnote",
                f.title or f.text,
                f.url,
                status,
                f.question,
                doc.source_id,
                f.number,
                detail,
                f.start,
                f.end,
            )
        )
    return out


def _question_at(doc: Document, offset: int) -> int | None:
    for section in doc.questions:
        spans = [p for p in section.paragraphs] + ([section.question] if section.question else [])
        if any(p.start <= offset < p.end for p in spans):
            return section.number
    return None


# --------------------------------------------------------------------------- the overview


def sender_name(doc: Document) -> str:
    """The sender as the overview names them: "de minister", "de staatssecretaris" (from the metadata)."""
    return texts.SENDER.get(doc.metadata.role or "", texts.SENDER_DEFAULT)


def build_overview(
    doc: Document,
    *,
    similarity: Similarity | None = None,
    links: Sequence[Mapping[str, object]] = (),
    indexed: set[str] | frozenset[str] = frozenset(),
) -> Overview:
    """The overview of one parsed letter. ``similarity`` scores answer sentences against sub-questions (the
    assistant passes its embedder; lexical overlap without one); ``links`` are the entries of the corpus's
    links manifest, ``indexed`` the linked files that are in the index."""
    letter = date.fromisoformat(doc.metadata.date) if doc.metadata.date else None
    sender = sender_name(doc)
    commitments: list[Commitment] = []
    figures: list[Figure] = []
    answers: dict[int, list[Sentence]] = {}
    previous: tuple[Paragraph | None, Commitment | None] = (None, None)
    for s, _section, para, lead in sentences(doc):
        figures.extend(_figures_of(doc, s))
        if s.owner == "sender" and s.question is not None:
            answers.setdefault(s.question, []).append(s)
            c = _commitment(s, lead, letter, sender)
            if c is None and previous[0] is para and previous[1] is not None and _continues(s.text, previous[1]):
                c = Commitment(s, _who(s.text, sender))  # its own time, if any, was not found
            if c is not None:
                commitments.append(c)
            previous = (para, c)
    subquestions: list[SubQuestion] = []
    promised = {(c.sentence.start, c.sentence.end) for c in commitments}
    for section in doc.questions:
        asks = split_subquestions(section)
        answer = answers.get(section.number or 0, [])
        committed = {j for j, s in enumerate(answer) if (s.start, s.end) in promised}
        context = _context(section, asks)
        evidence = _evidence(asks, context, answer, committed, letter, similarity)
        for (text, a, b), ev in zip(asks, evidence, strict=True):
            subquestions.append(SubQuestion(section.number or 0, text, a, b, ev))
    m = doc.metadata
    url = (
        OFFICIAL_URL.format(dossier=m.dossiers[0][0], number=m.number)
        if m.dossiers and m.number is not None
        else doc.url
    )
    return Overview(
        source=doc.source_id,
        title=doc.title,
        citation=m.citation,
        url=url,
        date=m.date,
        sender=sender,
        commitments=tuple(commitments),
        figures=tuple(figures),
        subquestions=tuple(subquestions),
        references=tuple(_references(doc, links, set(indexed))),
    )


class EmbedderSimilarity:
    """:data:`Similarity` from an :class:`~assistant.embeddings.Embedder`: the cosine of query and passage vectors.

    :meth:`prepare` embeds all texts of a letter in two batches; later calls only look vectors up.
    """

    def __init__(self, embedder: Any, known: Callable[[str], Any] | None = None) -> None:
        self.embedder = embedder
        self.known = known  # passage vectors computed already (the index's sentence vectors), or None
        self._vectors: dict[tuple[str, str], Any] = {}

    def prepare(self, queries: Sequence[str], passages: Sequence[str]) -> None:
        for kind, wanted in (("query", queries), ("passage", passages)):
            todo = []
            for t in dict.fromkeys(wanted):
                if (kind, t) in self._vectors:
                    continue
                vector = self.known(t) if kind == "passage" and self.known is not None else None
                if vector is None:
                    todo.append(t)
                else:
                    self._vectors[(kind, t)] = vector
            if todo:
                for t, v in zip(todo, self.embedder.embed(todo, kind), strict=True):
                    self._vectors[(kind, t)] = v

    def __call__(self, queries: Sequence[str], passages: Sequence[str]) -> list[list[float]]:
        self.prepare(queries, passages)
        return [[float(self._vectors[("passage", p)] @ self._vectors[("query", q)]) for p in passages] for q in queries]


def build_overviews(
    documents: Mapping[str, Document],
    corpus_dir: Path,
    embedder: Any = None,
    known: Callable[[str], Any] | None = None,
    attempts: Sequence[Mapping[str, object]] = (),
) -> dict[str, Overview]:
    """The overview of every letter in the corpus (documents with committee questions; not the linked pages),
    with the state of each footnote link from the corpus's link manifest. ``known`` gives the passage vectors
    the index has already (by sentence text); ``attempts`` are link results not in the manifest (a fetch that
    failed at this start)."""
    from .links import load_manifest

    started = time.perf_counter()
    links = load_manifest(corpus_dir)
    tried = {(e.get("source"), e.get("footnote")) for e in links}
    links += [dict(e) for e in attempts if (e.get("source"), e.get("footnote")) not in tried]
    indexed = set(documents)
    similarity = EmbedderSimilarity(embedder, known) if embedder is not None else None
    if similarity is not None:  # the sub-questions in one batch, instead of one call each
        asks = [a[0] for d in documents.values() if not d.cited_by for s in d.questions for a in split_subquestions(s)]
        similarity.prepare(asks, ())
    out = {
        source: build_overview(doc, similarity=similarity, links=links, indexed=indexed)
        for source, doc in documents.items()
        if doc.questions and not doc.cited_by
    }
    log.info("overview of %d letter(s) in %.2f s", len(out), time.perf_counter() - started)
    return out


# --------------------------------------------------------------------------- JSON and CSV


def _sentence_json(s: Sentence) -> dict[str, Any]:
    return {"question": s.question, "sentence": s.text, "source": s.source, "start": s.start, "end": s.end}


def overview_json(ov: Overview) -> dict[str, Any]:
    """The overview as JSON (``GET /api/overview``, ``python -m assistant overview --json``)."""
    return {
        "source": ov.source,
        "title": ov.title,
        "citation": ov.citation,
        "url": ov.url,
        "date": ov.date,
        "sender": ov.sender,
        "commitments": [
            {
                "who": c.who,
                "when": c.when,
                "period": c.period.label if c.period else None,
                "period_start": c.period.start if c.period else None,
                "period_end": c.period.end if c.period else None,
                **_sentence_json(c.sentence),
            }
            for c in ov.commitments
        ],
        "figures": [
            {"value": f.value, "kind": f.kind, "unit": f.unit, "owner": f.owner, **_sentence_json(f.sentence)}
            for f in ov.figures
        ],
        "subquestions": [
            {
                "question": s.question,
                "text": s.text,
                "answered": s.answered,
                "evidence": [{"sentence": e.sentence.text, "score": e.score} for e in s.evidence],
            }
            for s in ov.subquestions
        ],
        "references": [
            {
                "kind": r.kind,
                "text": r.text,
                "url": r.url,
                "status": r.status,
                "detail": r.detail,
                "question": r.question,
                "footnote": r.footnote,
            }
            for r in ov.references
        ],
    }


COMMITMENT_COLUMNS = ("question", "who", "when", "period", "sentence", "source")
FIGURE_COLUMNS = ("question", "value", "kind", "unit", "owner", "sentence", "source")


def to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Rows as CSV text (UTF-8, a header line, fields quoted where needed; spreadsheet formulas neutralised)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        values = ["" if row.get(c) is None else str(row.get(c)) for c in columns]
        # A cell that starts with = + - @ is a formula in a spreadsheet: never run the letter's text as one.
        writer.writerow(["'" + v if v[:1] in ("=", "+", "-", "@") else v for v in values])
    return out.getvalue()


def describe_overview(ov: Overview) -> str:
    """The overview as plain text, for ``python -m assistant overview``."""
    lines = [f"# {ov.citation}", f"{ov.title}", f"{ov.url or ''}".strip(), ""]
    lines.append(f"## Toezeggingen ({len(ov.commitments)})")
    for c in ov.commitments:
        when = f"{c.when} [{c.period.label}]" if c.when and c.period else (c.when or "zonder datum")
        lines.append(f"- vraag {c.sentence.question}, {c.who}, {when}: {c.sentence.text}")
    lines += ["", f"## Cijfers ({len(ov.figures)})"]
    for f in ov.figures:
        owner = "commissie" if f.owner == "committee" else ov.sender or "afzender"
        where = f"vraag {f.sentence.question}" if f.sentence.question is not None else "inleiding"
        lines.append(f"- {where}: {f.value} ({f.kind}, {owner}): {f.sentence.text}")
    lines += ["", f"## Deelvragen ({len(ov.subquestions)})"]
    for s in ov.subquestions:
        lines.append(f"- vraag {s.question}: {s.text}")
        for e in s.evidence:
            lines.append(f"    {e.score:.2f}  {e.sentence.text}")
        if not s.evidence:
            lines.append("    geen direct antwoord gevonden")
    lines += ["", f"## Verwijzingen ({len(ov.references)})"]
    for r in ov.references:
        where = f"voetnoot {r.footnote}" if r.footnote is not None else "tekst"
        detail = f" ({r.detail})" if r.detail else ""
        lines.append(f"- vraag {r.question}, {where}: {r.text} -> {r.url or '-'} [{r.status}{detail}]")
    return "\n".join(lines)
