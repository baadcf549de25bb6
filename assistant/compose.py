"""Compose: the extractive answer, from the selected sentences, framed and cited per group.

An answer is one or two groups, one per question of the letter, each under a short lead that names the
question's number and topic and who wrote it ("In het antwoord op vraag 6 (stageplek) schrijft de
minister:"), then the quoted sentences, then one citation ``[vraag 6]`` for the group.  A partial answer
first says what the letter does not give, a declined one says what the letter is about instead.  The
sender's role, the Kamerstuk and the topics come from the parsed letter, never from code.

Every quote becomes a :class:`Claim` whose :class:`Citation` the verifier checks before anyone sees it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from . import texts
from .analyze import fold
from .documents import Chunk, Citation, Document
from .overview import Commitment, Figure, Overview
from .scope import TOTAL_WORDS, Scope
from .select import ASKS_RULE, FIRM_RULE, Candidate, Selection, is_item, quoted_figures
from .understand import (
    SPECIFIC_ZIPF,
    Question,
    answer_type,
    asking_sentences,
    asks_same_for,
    content_words,
    counted,
    names_money,
    without_situation,
    zipf,
)

_META_FIELDS = [
    (
        "date",
        re.compile(
            # a question about the letter itself: its "wanneer" asks the letter's date
            r"\b(?:datum|gedateerd|wanneer|wnnr|verstuurd|verzonden|on what date|what date|date|dated|when)\b",
            re.I,
        ),
    ),
    (
        "signatory",
        re.compile(
            r"\b(?:ondertek\w*|afzender|wie (?:heeft|schreef|stuurde)(?![^?]*\bvragen\b)|van wie|signed|signatory|"
            r"sender|who wrote|who sent)\b",
            re.I,
        ),
    ),
    ("number", re.compile(r"\b(?:kamerstuk\w*|dossier\w*|nummer|number|nr)\b", re.I)),
    ("addressee", re.compile(r"\b(?:aan wie|gericht|geadresseerde|addressed|to whom|recipient)\b", re.I)),
    (
        "answers",
        re.compile(
            r"\b(?:welke brief|eerdere brief|reageert|aanleiding|which letter|earlier letter|"
            r"respond\w*|in reply|waarover|onderwerp|vragen\b[^?]*\bgesteld|who asked)\b",
            re.I,
        ),
    ),
]
# a quantity said in words ("bijna alle", "de meeste", "de helft")
_QUANTITY_IN_WORDS = re.compile(
    r"\b(?:(?:bijna|vrijwel|nagenoeg|lang niet) alle|de meeste|de meerderheid|veel|weinig|enkele|sommige|"
    r"de helft|een derde|een kwart|(?:almost|nearly) all|most|many|few|half)\b",
    re.I,
)
_FUTURE_PLAN = re.compile(
    r"\b(?:ga ik|ik ga|gaan we|we gaan|wil ik|ik wil|zal|zullen|uitwerken|wetsvoorstel|komt er|wordt .* ingevoerd|"
    r"in voorbereiding)\b",
    re.I,
)
_RULE_NOW = re.compile(
    r"\b(?:(?:is|zijn) (?:nu |al )?(?:wettelijk )?verplicht|(?:hebben|heeft) (?:nu |al )?recht|geldt (?:nu|al)|"
    r"is (?:nu |al )?wettelijk)\b",
    re.I,
)
# "heb ik recht op een stageplek?", "am I entitled to ...?": a right asked about (up to the end of its clause)
_ASKS_RIGHT = re.compile(
    r"\b(?:recht op|entitled to|(?:a |the )?right to)\s+(?P<what>(?:(?:een|de|het|a|an|the)\s+)?[^\W\d_][\w'-]*"
    r"(?:\s+[^\W\d_][\w'-]*){0,2}?)\s*(?=[?,.!]|$| als | of | en | wat | als\b)",
    re.I,
)
_ASKS_PERCENTAGE = re.compile(r"\b(?:welk|hoeveel|wat is het) (?:percentage|procent)\b|\bhoeveel %", re.I)
_ASKS_WHICH_RIGHT = re.compile(r"\b(?:waar|waarop|welke?)\b[^?.!]*\brecht op\b|\bwhat (?:am i|are we) entitled\b", re.I)
# "geldt die stagevergoeding ook voor bbl'ers?", "is dat ook voor hbo?": whether it covers a group too
_ALSO_FOR = re.compile(
    r"\b(?:geldt|gelden|is|zijn|komt|telt)\b[^?.]*?\book voor (?:de |het |alle )?([^\W\d_][\w'’-]+)", re.I
)
# "en voor bbl?", "en bij de bbl dan?": a follow-up asking the same for a group
_SAME_FOR_GROUP = re.compile(
    r"\s*(?:en|maar|and|what about)\s+(?:ook\s+)?(?:voor|bij|for)\s+(?:de |het |alle |the )?([^\W\d_][\w'’-]+)", re.I
)
_PRONOUNS = frozenset(["mij", "me", "mijn", "ons", "onze", "jou", "je", "u", "hen", "hun", "hem", "haar", "jullie"])
_MEMBER_ENDING = re.compile(r"['’]\w*$|-?(?:student|leerling)(?:en)?$", re.I)  # "bbl'er", "bbl-student": of "bbl"
# "krijg ik dan ook ...?", "geldt dat ook voor mij?": whether it covers the asker too
_ASKS_SELF_TOO = re.compile(
    r"\book voor (?:mij|me|ons)\b|\b(?:krijg|heb|mag|kan|moet|val)\s+ik\b[^?.]*?\book\b|\bik\s+(?:dan\s+)?ook\b", re.I
)
# the group the asker told they belong to: "ik doe bbl", "ik zit in de bol", "als bbl'er", "ik ben bbl-student"
_TOLD_GROUP = re.compile(
    r"\b(?:ik|wij|we)\s+(?:doe|doen|zit|zitten|volg|volgen)\s+(?:nu\s+|zelf\s+)?(?:in\s+|op\s+)?(?:de\s+|het\s+|een\s+)?"
    r"(?P<group>[^\W\d_][\w'’-]+)"
    r"|\b(?:als|ben|zijn)\s+(?:een\s+)?(?P<member>[^\W\d_][\w’'-]*?(?:['’]ers?|-?student(?:en)?|-?leerling(?:en)?))\b",
    re.I,
)
# "krijgt een mbo-school een sanctie ...?", "kan een bedrijf een boete krijgen?": a penalty for a party
_ASKS_PENALTY = re.compile(
    r"^\s*(?:(?:en|maar)\s+)?(?:krijgt|krijgen|kan|kunnen|wordt|worden)\s+(?P<party>(?:een|de|het|die|dat|zo'n)\s+"
    r"(?P<noun>[^\W\d_][\w'’-]+))\s+(?:dan\s+|ook\s+|nog\s+)*(?:een\s+)?(?P<what>sanctie|straf|boete|maatregel)\b",
    re.I,
)
_PENALTY = re.compile(r"\b(?:sanctie\w*|straf\w*|boete\w*|intrekken|ingetrokken|maatregel\w*)", re.I)
_STATES_RIGHT = re.compile(r"\b(?:\w*recht\w*|verplicht\w*|wettelijk\w*|mag|mogen|moet|moeten)\b", re.I)
# "mag dat (zomaar)?", "is dat wel toegestaan?": whether what the asker tells is allowed
_ASKS_PERMISSION = re.compile(
    r"\bmag (?:dat|dit|het|zoiets)\b|\b(?:is|zijn) (?:dat|dit|het|zoiets) (?:\w+ )?(?:toegestaan|legaal|geoorloofd)\b|"
    r"\b(?:is|are) (?:that|this|it) (?:\w+ )?(?:allowed|legal|permitted)\b",
    re.I,
)
# The asker already places it in the future ("krijg ik straks ook die stagevergoeding?"): no need to say it is a plan.
_ASKS_FUTURE = re.compile(
    r"\b(?:straks|later|in de toekomst|toekomstige?|zodra|tegen die tijd|vanaf (?:\d{4}|volgend jaar)|in \d{4}|"
    r"komt er|(?:will|going to)\b|in the future|once)\b",
    re.I,
)
# Where to read, see or find something: a document the quotes name is what is asked for.
_WHERE_TO_READ = re.compile(
    r"\bwaar\b[^?]*\b(?:zie|zien|lees|lezen|vind|vinden|terugvinden|nalezen|nakijken|opzoeken|bekijken|checken)\b",
    re.I,
)
_TOPIC_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _time_key(text: str) -> str:
    """The Dutch time phrases of quoted text in English, in the order they come ("“Begin 2027” = early 2027"), or "".

    >>> _time_key("Ik zal u voor de zomer een brief sturen. Begin 2027 wil ik de eerste versie publiceren.")
    'When, in these quotes: “voor de zomer” = before the summer; “Begin 2027” = early 2027.'
    """
    found: list[tuple[int, str]] = []
    for pattern, english in texts.TIME_PHRASES_EN:
        for m in re.finditer(pattern, text, re.I):
            item = texts.TIME_ITEM_EN.format(dutch=m.group(0), english=english.format(*m.groups()))
            if all(item != f for _, f in found):
                found.append((m.start(), item))
    return texts.TIME_KEY_EN.format(items="; ".join(f for _, f in sorted(found))) if found else ""


@dataclass(frozen=True)
class Claim:
    """A sentence of the answer and the citation that backs it."""

    text: str
    citation: Citation
    chunk: Chunk
    start: int


@dataclass
class Draft:
    """An answer before verification: claims (lead first), the whole passages for "meer", and a partial note."""

    claims: list[Claim] = field(default_factory=list)
    full: list[Claim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said first: what the letter does not give
    english: bool = False
    committee_only: bool = False
    links: bool = False  # show footnote links (questions about sources, places, steps)
    sources: bool = False  # say which references have no link (questions about sources only) ...
    named: tuple[str, ...] = ()  # ... or about a reference the question names ("waar vind ik de handreiking?")
    reads: bool = False  # ... or where to read something: any reference the quotes name ("waar kan ik zien ...?")
    bridge: bool = True  # after the notes: "Wel staat erin:" (not after a note that frames the answer)


def marker(question: int | None) -> str:
    return f"[vraag {question}]" if question is not None else f"[{texts.MARKER_LETTER}]"


class Composer:
    """Frames, cites and renders answers for one corpus."""

    def __init__(self, documents: Mapping[str, Document], chunks: Sequence[Chunk], refusal_hint: str = "") -> None:
        self.documents = documents
        self.chunks = chunks
        self.refusal_hint = refusal_hint

    # ------------------------------------------------------------------ what the letter is

    @cached_property
    def letters(self) -> set[str]:
        return {sid for sid, d in self.documents.items() if d.questions}

    @cached_property
    def main_letter(self) -> Document | None:
        letters = [self.documents[s] for s in self.letters]
        return max(letters, key=lambda d: (d.metadata.number is not None, len(d.questions)), default=None)

    def sender(self, english: bool = False, source: str | None = None) -> str:
        """ "de minister", "de staatssecretaris": the role in the letter's signature or header."""
        doc = self.documents.get(source) if source else self.main_letter
        doc = doc or self.main_letter
        role = doc.metadata.role if doc is not None else None
        names = texts.SENDER_EN if english else texts.SENDER
        return names.get(role or "", texts.SENDER_DEFAULT_EN if english else texts.SENDER_DEFAULT)

    def letter_citation(self) -> str:
        doc = self.main_letter
        return doc.metadata.citation if doc else ""

    @cached_property
    def _topics(self) -> dict[tuple[str, int], str]:
        """A short topic per question: the specific word of the committee's question that its answer keeps
        using and the other questions do not (tf-idf over the letter's questions, weighted by how rare the
        word is in Dutch)."""
        import math

        from .understand import zipf as _zipf

        out: dict[tuple[str, int], str] = {}
        for sid in self.letters:
            doc = self.documents[sid]
            sections = [s for s in doc.questions if s.question is not None and s.number is not None]
            bodies = {
                s.number: (s.question.text + " " + " ".join(p.text for p in s.paragraphs)).lower()  # type: ignore[union-attr]
                for s in sections
            }
            used: set[str] = set()
            for section in sections:
                scores: dict[str, float] = {}
                for m in _TOPIC_WORD.finditer(section.question.text):  # type: ignore[union-attr]
                    word = m.group(0).strip("'’-")
                    low = word.lower()
                    if low in scores or _zipf(low) >= 4.6 or (low.endswith("e") and _zipf(low[:-1]) > _zipf(low)):
                        continue
                    tf = bodies[section.number].count(low)
                    df = sum(low in b for b in bodies.values())
                    scores[word] = tf * (6.0 - _zipf(low)) * math.log(1 + len(bodies) / max(df, 1))
                for word in sorted(scores, key=lambda w: -scores[w]):
                    if word.lower() not in used:
                        used.add(word.lower())
                        out[(sid, section.number)] = word  # type: ignore[index]
                        break
        return out

    def topic(self, number: int | None, source: str | None = None) -> str:
        if number is None:
            return ""
        source = source or (self.main_letter.source_id if self.main_letter else "")
        return self._topics.get((source, number), f"vraag {number}")

    def topics(self) -> list[str]:
        letter = self.main_letter
        if letter is None:
            return []
        return list(dict.fromkeys(self.topic(s.number, letter.source_id) for s in letter.questions if s.number))

    def question_title(self, number: int) -> str:
        """A short title for a question of the letter: its first question sentence, shortened."""
        for doc in self.documents.values():
            section = doc.question(number)
            if section and section.question:
                sentences = re.split(r"(?<=[.?!])\s+", section.question.text)
                first = next((s for s in sentences if s.endswith("?")), sentences[0])
                words = first.split()
                return " ".join(words[:16]) + (" …" if len(words) > 16 else "")
        return ""

    def examples(self) -> dict[str, list[str]]:
        """Example questions for the UI, from the letter's own topics and sender."""
        topics = self.topics()[:3] or ["de brief"]
        numbers = [s.number for s in self.main_letter.questions if s.number] if self.main_letter else [1]
        sender = self.sender()
        students = [t.format(topic=topics[i % len(topics)]) for i, t in enumerate(texts.UI_EXAMPLES_STUDENTS)]
        journalists = [
            t.format(topic=topics[(i + 1) % len(topics)], sender=sender, number=numbers[len(numbers) // 2])
            for i, t in enumerate(texts.UI_EXAMPLES_JOURNALISTS)
        ]
        return {"students": students, "journalists": journalists}

    # ------------------------------------------------------------------ claims

    def claim(self, text: str, chunk: Chunk, start: int) -> Claim:
        question = chunk.question if chunk.source_id in self.letters or chunk.kind == "footnote" else None
        url = chunk.urls[0] if chunk.urls else None
        return Claim(text, Citation(question=question, quote=text, source=chunk.source_id, url=url), chunk, start)

    def _claims(self, cands: Sequence[Candidate]) -> list[Claim]:
        return [self.claim(c.text, c.chunk, c.start) for c in cands]

    def compose(self, question: Question, scope: Scope, selection: Selection) -> Draft:
        draft = Draft(english=question.english, committee_only=selection.committee_only)
        draft.links = question.intent == "links" or question.answer_type in ("place", "action")
        draft.sources = question.intent == "links"
        draft.reads = bool(_WHERE_TO_READ.search(question.text))
        draft.named = tuple(w for w in content_words(question.text) if len(w) >= 5 and zipf(w) < SPECIFIC_ZIPF)
        if question.intent == "metadata":
            draft.claims = self.metadata_claims(question)
            return draft
        draft.claims = self._claims(selection.sentences)
        draft.full = self._claims(selection.full)
        asked = without_situation(question.text).lower()
        # (what the asker only tells first is no part of what is asked: "mijn stagebedrijf (kapsalon) betaalt niks.
        # heb ik recht op stagevergoeding?")
        asked = asking_sentences(asked)
        missing_asked = bool(scope.evidence) and any(w in asked for w in scope.evidence.missing)  # type: ignore[union-attr]
        missing_asked = missing_asked or scope.missing_fact == "words"
        if self._plan_not_rule(question, selection) and not missing_asked:
            # (not when what is asked about is missing: "krijg ik een studenten-ov?" answered by another plan; the
            # asker's situation may be missing: "ik loop stage bij een kapper, moet die me betalen?")
            draft.notes.append(texts.PLAN_NOT_RULE_EN if question.english else texts.PLAN_NOT_RULE)
            draft.bridge = False
        same_for = question.followup and asks_same_for(question.text)  # "en voor bbl?": whatever else is missing
        if (scope.decision == "answer" or same_for) and (group := self._group_not_named(question, selection)):
            # "geldt die stagevergoeding ook voor bbl'ers?": the cited answer never names that group
            draft.notes.append((texts.NOT_APART_EN if question.english else texts.NOT_APART).format(group=group))
        if scope.decision == "answer" and not draft.notes and (penalty := self._penalty_not_for(question, selection)):
            # "krijgt een school een sanctie als ...?" answered by the sanction for someone else: say so first
            draft.notes.append(
                (texts.NO_PENALTY_FOR_EN if question.english else texts.NO_PENALTY_FOR).format(**penalty)
            )
            draft.bridge = False
        if (what := self._right_not_stated(question, scope, selection)) and not draft.notes:
            # "heb ik recht op een stageplek?" answered by sentences that state no right: say so first
            draft.notes.append((texts.NO_RIGHT_EN if question.english else texts.NO_RIGHT).format(what=what))
        if self._permission_not_stated(question, scope, selection) and not draft.notes:
            # "mijn begeleider komt nooit langs, mag dat?" answered by sentences that say nothing may or must
            draft.notes.append(texts.NO_PERMISSION_EN if question.english else texts.NO_PERMISSION)
        if selection.no_step and scope.decision != "partial" and not draft.notes:
            # "wat moet ik doen?" where the letter names no step for the asker: say so, then what it does say
            draft.notes.append(texts.NO_STEP_EN if question.english else texts.NO_STEP)
            draft.bridge = False
        if selection.no_reason and scope.decision != "partial" and not draft.notes:
            draft.notes.append(texts.NO_REASON_EN if question.english else texts.NO_REASON)
            draft.bridge = False
        if selection.case_not_discussed and scope.decision != "partial":
            draft.notes.append(texts.NOTHING_NEW_IF_EN if question.english else texts.NOTHING_NEW_IF)
            draft.bridge = False
        # ("bijna alle mbo-instellingen hebben nu een meldpunt" says how many in words: no exact number)
        count = "count_vague" if any(_QUANTITY_IN_WORDS.search(c.text) for c in selection.sentences) else "count"
        if TOTAL_WORDS & set(scope.loose):
            count = "count_total"  # "hoeveel zijn er in totaal?" and "1% van het totale aantal": no total
        if scope.decision == "partial" and scope.missing_fact:
            notes = texts.NOT_IN_LETTER_EN if question.english else texts.NOT_IN_LETTER
            if scope.years:
                draft.notes.append(notes["years"].format(years=", ".join(scope.years)))
            elif scope.missing_fact == "words":
                # one word: "Het woord “boete” ..."; a name or two: "De brief noemt “Juridisch Loket” niet."
                key = "words" if len(scope.unknown[:2]) == 1 and " " not in scope.unknown[0] else "names"
                draft.notes.append(notes[key].format(words=" en ".join(f"“{w}”" for w in scope.unknown[:2])))
            elif scope.missing_fact == "definition":
                draft.notes.append(notes["definition"].format(words=scope.unknown[0]))
                draft.bridge = False
            elif scope.missing_fact == "unlisted":
                draft.notes.append(notes["unlisted"].format(words=scope.unknown[0]))
            elif scope.missing_fact == "unanswered":
                number = scope.closest[0] if scope.closest else None
                words = ", ".join(f"“{w}”" for w in scope.unknown)
                draft.notes.append(
                    notes["unanswered"].format(question=number, words=words, sender=self.sender(question.english))
                )
            elif scope.missing_fact == "doer":
                draft.notes.append(notes["doer"].format(verb=scope.unknown[0]))
            elif scope.missing_fact == "amount" and (what := counted(question.text)):
                draft.notes.append(notes[count].format(words=what))  # "hoeveel meldingen ...?": said as asked
            elif scope.missing_fact == "amount" and _ASKS_PERCENTAGE.search(question.text):
                draft.notes.append(notes["percentage"])  # "welk percentage ...?": not "geen bedrag of aantal"
            elif scope.missing_fact == "amount" and count == "count_total":
                draft.notes.append(notes["total"])
            else:
                draft.notes.append(notes[scope.missing_fact])
        if scope.also_skipped:  # "krijg ik evenveel als op het hbo?": no sum, and the part the answer skips
            words = ", ".join(f"“{w}”" for w in scope.also_skipped)
            draft.notes.append(
                notes["unanswered"].format(question=scope.skipped_in, words=words, sender=self.sender(question.english))
            )
        also = texts.ALSO_NOT_IN_LETTER_EN if question.english else texts.ALSO_NOT_IN_LETTER
        if scope.also_absent:
            draft.notes.append(also["words"].format(words=" en ".join(f"“{w}”" for w in scope.also_absent[:2])))
        what = counted(question.text)
        draft.notes += [
            also[count].format(words=what) if kind == "amount" and what else also[kind] for kind in scope.also_missing
        ]
        return draft

    def _penalty_not_for(self, question: Question, selection: Selection) -> dict[str, str]:
        """ "Krijgt een mbo-school een sanctie als ...?": the penalty and the party asked about, when no sentence of
        the letter that names a penalty names that party (the letter's penalty is for someone else); {} otherwise."""
        m = _ASKS_PENALTY.search(question.text)
        if m is None or not selection.sentences:
            return {}
        party = m.group("party")
        head = fold(re.split(r"[-\s]", m.group("noun"))[-1])[:5]  # "mbo-school" -> "schoo"
        if len(head) < 4:
            return {}
        for chunk in self.chunks:
            for sentence in re.split(r"(?<=[.!?])\s+", chunk.text):
                if _PENALTY.search(sentence) and head in fold(sentence):
                    return {}
        return {"what": m.group("what").lower(), "party": party}

    @staticmethod
    def _group_not_named(question: Question, selection: Selection) -> str:
        """The group a "geldt dat ook voor Y?" asks about, when no sentence of the cited answers names it; ""."""
        if not selection.sentences:
            return ""
        m = _ALSO_FOR.search(question.text) or (
            _SAME_FOR_GROUP.match(question.text) if question.followup and asks_same_for(question.text) else None
        )
        group = m.group(1) if m else ""
        if not m or group.lower() in _PRONOUNS:
            # "geldt die ook voor mij?", "krijg ik dan ook ...?": the asker, and the group they told they are in
            # ("ik doe bbl"), now or earlier in the conversation
            told = (
                _TOLD_GROUP.search(f"{question.text} {question.thread}")
                if _ASKS_SELF_TOO.search(question.text)
                else None
            )
            group = (told.group("group") or told.group("member")) if told else ""
            base = _MEMBER_ENDING.sub("", group)
            if not base or zipf(base.lower()) >= SPECIFIC_ZIPF:
                return ""  # (not "ik doe mijn best", "ik zit in de klas": a group is a specific word)
        stem = fold(_MEMBER_ENDING.sub("", group))[:5]  # "bbl'ers", "bbl-studenten" -> "bbl"
        if len(stem) < 3 or any(stem in fold(c.text) for c in (*selection.sentences, *selection.full)):
            return ""
        return group

    @staticmethod
    def _right_not_stated(question: Question, scope: Scope, selection: Selection) -> str:
        """What a "heb ik recht op X?" asks a right to, when none of the sentences shown states a right, a duty or a
        permission ("op welke ondersteuning ze recht hebben" does); "" otherwise."""
        m = _ASKS_RIGHT.search(question.text)
        if m is None or scope.decision != "answer" or not selection.sentences:
            return ""
        if _ASKS_WHICH_RIGHT.search(question.text[: m.end()]):
            return ""  # "waar heb ik recht op qua ondersteuning?" asks which rights there are, not one named
        what = m.group("what").strip()
        if not what or len(what.split()) > 4 or any(_STATES_RIGHT.search(c.text) for c in selection.sentences):
            return ""
        # (nor one of the cited answers that names it: the note is a claim about the letter)
        head = what.split()[-1].lower()[:5]
        if any(_STATES_RIGHT.search(c.text) and head in c.text.lower() for c in selection.full):
            return ""
        return what

    @staticmethod
    def _permission_not_stated(question: Question, scope: Scope, selection: Selection) -> bool:
        """Whether "... mag dat?" asks if what the asker tells is allowed, and none of the sentences shown says what
        may, must or is a right, nor judges it ("volstrekt onacceptabel"), nor who decides ("bepalen zelf")."""
        if scope.decision != "answer" or not selection.sentences or not _ASKS_PERMISSION.search(question.text):
            return False
        return not any(_STATES_RIGHT.search(c.text) or FIRM_RULE.search(c.text) for c in selection.sentences)

    @staticmethod
    def _plan_not_rule(question: Question, selection: Selection) -> bool:
        """ "Heb ik recht op X?" / "Moet mijn bedrijf betalen?" answered by what the sender will do, while nothing in
        the cited answers says it applies now: say so first, so no one reads a plan as a right."""
        yes_no = question.answer_type == "yesno" or any(answer_type(p) == "yesno" for p in question.parts)
        if not yes_no or not ASKS_RULE.search(question.text) or not selection.sentences:
            return False
        if _ASKS_FUTURE.search(question.text):
            return False  # "krijg ik straks ook ...?": the asker knows it is to come
        plans = [c.text.lower() for c in selection.sentences[:3] if _FUTURE_PLAN.search(c.text)]
        if not plans:  # the lead and what it leans on
            return False
        # (money asked in any word is a plan about money: "heb ik geen recht op geld?" and a stagevergoeding)
        about_money = any(names_money(w) for w in question.focus)
        if (
            question.focus
            and not any(w[:5] in p for w in question.focus for p in plans)
            and not (about_money and any(names_money(p) for p in plans))
        ):
            return False  # a plan about something else ("krijg ik een gratis ov-kaart?" and the stagevergoeding)
        return not any(_RULE_NOW.search(c.text) for c in (*selection.sentences, *selection.full))

    def metadata_claims(self, question: Question) -> list[Claim]:
        """Questions about the letter itself, answered from its parsed header, intro and signature."""
        letter = self.main_letter
        if letter is None:
            return []
        by_kind: dict[str, list[Chunk]] = {}
        for c in self.chunks:
            if c.source_id == letter.source_id and c.kind in ("metadata", "signature", "intro"):
                by_kind.setdefault(c.kind, []).append(c)
        wanted = [name for name, pattern in _META_FIELDS if pattern.search(question.text)]
        claims: list[Claim] = []
        for name in wanted or ["answers"]:
            for chunk, piece in _metadata_piece(name, letter, by_kind):
                start = chunk.start + chunk.text.find(piece)
                if not any(c.start == start for c in claims):
                    claims.append(self.claim(piece, chunk, start))
        return sorted(claims, key=lambda c: c.start)

    # ------------------------------------------------------------------ rendering

    def render(self, draft: Draft, claims: Sequence[Claim] | None = None) -> str:
        """Markdown: the partial note first, then framed groups, one citation per group, then links."""
        en = draft.english
        claims = draft.claims if claims is None else claims
        parts: list[str] = []
        if draft.notes:
            bridge = [texts.PARTIAL_BRIDGE_EN if en else texts.PARTIAL_BRIDGE] if draft.bridge else []
            parts.append(" ".join([*draft.notes, *bridge]))
        groups: list[tuple[tuple[str, int | None, str], list[Claim]]] = []
        for claim in claims:
            key = (claim.chunk.source_id, claim.citation.question, claim.chunk.kind)
            if groups and groups[-1][0] == key:
                groups[-1][1].append(claim)
            else:
                groups.append((key, [claim]))
        links: dict[str, str] = {}
        missing: list[str] = []
        for (_, number, _), members in groups:
            # "alleen in de vraag van de commissie" is checked: not when the answer gives one of its figures too
            only = draft.committee_only and not self._figure_answered(members, members[0].chunk.source_id, number)
            frame = self._frame(members[0].chunk, number, en, only)
            body = ""
            previous: Claim | None = None
            furthest, back = -1, False  # the furthest point shown; whether the text now runs in an "Eerder" block
            for claim in members:
                if is_item(claim.text):
                    # (items left out of a list are marked: "Bijvoorbeeld door:\n(…)\n- the third item")
                    skipped = previous is not None and not self._adjacent(previous, claim)
                    body += ("\n(…)" if skipped else "") + "\n" + claim.text.strip()
                else:
                    gap = previous is not None and not self._adjacent(previous, claim)
                    sep = " (…) " if gap else " "
                    if previous is not None and is_item(previous.text) and not self._same_line(previous, claim):
                        sep = "\n" if not gap else "\n(…) "  # the text after a list starts on its own line
                    if previous is not None and claim.start < previous.start:
                        # lead first, but a quote is never stitched backwards: what comes earlier is said to
                        if claim.chunk.kind == "question":  # the committee's words, never "the answer"
                            earlier = texts.EARLIER_QUESTION_EN if en else texts.EARLIER_QUESTION
                        else:
                            earlier = texts.EARLIER_EN if en else texts.EARLIER
                        sep = "\n\n" + earlier + " "
                        back = True
                    elif back and claim.start > furthest:
                        # past everything shown before the jump back: not "earlier" any more
                        sep = "\n\n" + (texts.LATER_EN if en else texts.LATER) + " "
                        back = False
                    body += (sep if body and not body.endswith("\n") else "") + claim.text.strip()
                previous = claim
                furthest = max(furthest, claim.start)
            parts.append(f"{frame} {body.strip()} {marker(number)}".replace(" \n", "\n").replace(": - ", ":\n- "))
            for claim in members:
                self._collect_links(claim.chunk, links, missing)
        for url, title in links.items():  # a link the cited paragraph gives is a pointer worth having
            parts.append((texts.LINK_EN if en else texts.LINK).format(title=_md(title), url=url))
        if draft.links:  # "no link given" only when the question is about sources, or names the reference
            # (all that is quoted when the question asks where to read it: "waar kan ik zien waar ik recht op heb?")
            shown = " ".join(c.text for c in (claims if draft.reads else claims[:1])).lower()
            for title in missing:
                # a reference the question or the answering sentence names ("de handreiking Passend onderwijs"), not
                # another footnote of the same paragraph, nor one named only in what completes the answer
                named = any(w in title.lower() for w in draft.named) or title.split(" | ")[0].lower() in shown
                if not draft.sources and not named:
                    continue
                parts.append((texts.LINK_MISSING_EN if en else texts.LINK_MISSING).format(title=title))
        if en and claims:
            if key := _time_key(" ".join(c.text for c in claims)):
                parts.append(key)  # "“Begin 2027” = early 2027": when, for a reader of English
            parts.append(texts.ENGLISH_NOTE)
        return "\n\n".join(parts)

    def _same_line(self, first: Claim, second: Claim) -> bool:
        """Whether ``second`` goes on in ``first``'s line of the source (a list item of two sentences)."""
        doc = self.documents.get(first.chunk.source_id)
        return doc is not None and first.start < second.start and "\n" not in doc.text[first.start : second.start]

    def _adjacent(self, first: Claim, second: Claim) -> bool:
        """Whether ``second`` follows ``first`` directly in the source (else the answer marks the omission)."""
        doc = self.documents.get(first.chunk.source_id)
        if doc is None or second.start < first.start:
            return False
        end = first.start + len(first.text)
        between = doc.text[end : second.start].strip()
        # a sentence, a list lead or a list item in between is an omission, and so is a line of text ("Aan de
        # Voorzitter van de Tweede Kamer ..." between the header and the date); a footnote marker or page break is not
        prose = any(len(line.split()) >= 3 and not _NOT_PROSE.match(line.strip()) for line in between.splitlines())
        return not between or not (prose or re.search(r"[.!?:]\s+\S|^\s*[-•*] ", between + " x", re.M))

    def _collect_links(self, chunk: Chunk, links: dict[str, str], missing: list[str]) -> None:
        doc = self.documents.get(chunk.source_id)
        if doc is None:
            return
        for n in chunk.footnotes:
            note = next((f for f in doc.footnotes if f.number == n), None)
            if note is None:
                continue
            if note.url:
                links.setdefault(note.url, note.title or note.url)
            elif note.title and note.title not in missing:
                missing.append(note.title)
        if chunk.source_id not in self.letters and chunk.urls:
            links.setdefault(chunk.urls[0], chunk.title or chunk.urls[0])

    def _figure_answered(self, claims: Sequence[Claim], source: str, question: int | None) -> bool:
        """Whether the sender's answer to ``question`` gives a figure the (committee's) ``claims`` give."""
        figures = {n for c in claims for n in quoted_figures(c.text)}
        key = (source, question, "answer")
        answer = " ".join(c.text for c in self.chunks if (c.source_id, c.question, c.kind) == key)
        return bool(figures & quoted_figures(answer))

    def _frame(self, chunk: Chunk, question: int | None, en: bool, committee_only: bool) -> str:
        if chunk.source_id not in self.letters:
            doc = self.documents.get(chunk.source_id)
            if doc and doc.cited_by:
                _, note, q = doc.cited_by[0]
                return (texts.FRAME_LINKED_EN if en else texts.FRAME_LINKED).format(
                    title=doc.title, footnote=note, question=q
                )
            return (texts.FRAME_SOURCE_EN if en else texts.FRAME_SOURCE).format(title=chunk.title or chunk.source_id)
        if chunk.kind == "footnote":
            return (texts.FRAME_FOOTNOTE_EN if en else texts.FRAME_FOOTNOTE).format(
                footnote=chunk.footnotes[0] if chunk.footnotes else "?", question=question
            )
        if question is None:
            return texts.FRAME_LETTER_EN if en else texts.FRAME_LETTER
        topic = self.topic(question, chunk.source_id)
        if chunk.kind == "question":
            if committee_only:
                return (texts.FRAME_COMMITTEE_FIGURE_EN if en else texts.FRAME_COMMITTEE_FIGURE).format(
                    question=question
                )
            return (texts.FRAME_QUESTION_EN if en else texts.FRAME_QUESTION).format(question=question, topic=topic)
        return (texts.FRAME_ANSWER_EN if en else texts.FRAME_ANSWER).format(
            question=question, topic=topic, sender=self.sender(en, chunk.source_id)
        )

    def decline(self, question: Question, scope: Scope) -> str:
        """ "De brief gaat niet over ...", what it is about in one line, and where to ask instead."""
        en = question.english
        topics = ", ".join(self.topics())
        if scope.reason == "empty":
            example = self.examples()["students"][0]
            # only emoji or signs ("👍🏽👍🏽", "???"): it was typed, so it is not called empty
            template = texts.NO_WORDS if question.text.strip() else texts.EMPTY_QUESTION
            return template.format(example=example)
        if scope.reason == "injection":
            return (texts.INJECTION_EN if en else texts.INJECTION).format(letter=self.letter_citation())
        if scope.reason == "opinion":
            return texts.OPINION_EN if en else texts.OPINION.format(topics=", ".join(self.topics()[:3]))
        if scope.unknown:
            words = " en ".join(f"“{w}”" for w in scope.unknown[:2])
            lines = [(texts.DECLINE_WORDS_EN if en else texts.DECLINE_WORDS).format(words=words)]
        else:
            lines = [texts.DECLINE_EN if en else texts.DECLINE]
        if topics:
            lines.append((texts.TOPICS_EN if en else texts.TOPICS).format(topics=topics))
        hint = self.refusal_hint or (texts.REFUSAL_HINT_EN if en else texts.REFUSAL_HINT)
        lines.append(hint)
        return " ".join(lines)


# a line between two quotes that is no text of the letter: a footnote, a link, a page break
_NOT_PROSE = re.compile(r"(?:<sup>|-{3,}|\*{3,}|<?https?://|\[\^?\d+\]|\d+\s*$)")


def _metadata_piece(name: str, letter: Document, by_kind: dict[str, list[Chunk]]) -> list[tuple[Chunk, str]]:
    """The verbatim piece of the header, signature or intro that answers one metadata field."""
    from .chunk import split_sentences

    m = letter.metadata
    paragraphs = [(c, p) for c in by_kind.get("metadata", []) for p in c.text.split("\n\n")]
    out: list[tuple[Chunk, str]] = []
    if name == "date" and m.date_text:
        out += [(c, p) for c, p in paragraphs if m.date_text in p]
    elif name == "number":
        out += [(c, p) for c, p in paragraphs if re.search(r"\bNr\.?\s*\d", p)]
    elif name == "addressee":
        out += [(c, p) for c, p in paragraphs if p.startswith("Aan ")]
    elif name == "signatory":
        out += [(c, c.text) for c in by_kind.get("signature", [])]
    if name == "answers" or not out:
        for c in by_kind.get("intro", [])[:1]:
            first = split_sentences(c.text, c.start)
            if first:
                out.append((c, first[0][0]))
    return out


def _md(text: str) -> str:
    return text.replace("[", "(").replace("]", ")")


# --------------------------------------------------------------------------- answers from the overview

_CHAT_FIGURE_KINDS = ("amount", "percentage", "count", "ratio", "duration")


def _chronological(c: Commitment) -> tuple[int, str, str]:
    """Dated commitments by when their period ends, then "binnenkort" and the like, then the undated."""
    if c.period is not None:
        return (0, c.period.end, c.period.start)
    return (1 if c.when else 2, "", "")


def overview_lines(
    composer: Composer, kind: str, overviews: Sequence[Overview], english: bool = False
) -> list[tuple[str, Citation | None]]:
    """The chat answer to "Wat belooft de minister?", "Welke cijfers noemt de brief?", "Welke vragen worden niet
    beantwoord?": Markdown lines, each item with the citation that backs it (headers have None). The caller
    verifies every citation and drops the lines that fail."""
    lines: list[tuple[str, Citation | None]] = []
    for ov in overviews:
        sender = composer.sender(english, ov.source)
        letter = ov.citation

        def cite(question: int | None, quote: str, source: str = ov.source) -> Citation:
            return Citation(question=question, quote=quote, source=source)

        def marker(question: int | None) -> str:
            return f"[vraag {question}]" if question is not None else f"[{texts.MARKER_LETTER}]"

        if kind == "commitments":
            if not ov.commitments:
                lines.append(((texts.OVERVIEW_NO_COMMITMENTS_EN if english else texts.OVERVIEW_NO_COMMITMENTS).format(
                    sender=sender, letter=letter), None))  # fmt: skip
                continue
            lines.append(((texts.OVERVIEW_COMMITMENTS_EN if english else texts.OVERVIEW_COMMITMENTS).format(
                sender=sender, letter=letter), None))  # fmt: skip
            undated = texts.OVERVIEW_UNDATED_EN if english else texts.OVERVIEW_UNDATED
            ordered = sorted(ov.commitments, key=_chronological)
            for c in ordered:
                when = (c.when[:1].lower() + c.when[1:]) if c.when else undated
                s = c.sentence
                lines.append((f"- **{when}**: “{s.text}” {marker(s.question)}", cite(s.question, s.text)))
        elif kind == "figures":
            shown = [f for f in ov.figures if f.kind in _CHAT_FIGURE_KINDS]
            if not shown:
                lines.append(((texts.OVERVIEW_NO_FIGURES_EN if english else texts.OVERVIEW_NO_FIGURES).format(
                    letter=letter), None))  # fmt: skip
                continue
            for owner, header in (
                ("committee", texts.OVERVIEW_FIGURES_COMMITTEE_EN if english else texts.OVERVIEW_FIGURES_COMMITTEE),
                ("sender", texts.OVERVIEW_FIGURES_SENDER_EN if english else texts.OVERVIEW_FIGURES_SENDER),
            ):
                mine = [f for f in shown if f.owner == owner]
                if not mine:
                    continue
                lines.append((header.format(sender=sender), None))
                by_sentence: dict[tuple[int, int], list[Figure]] = {}
                for f in mine:
                    by_sentence.setdefault((f.sentence.start, f.sentence.end), []).append(f)
                for group in by_sentence.values():
                    s = group[0].sentence
                    values = ", ".join(f"**{f.value}**" for f in group)
                    lines.append((f"- {values}: “{s.text}” {marker(s.question)}", cite(s.question, s.text)))
            lines.append((texts.OVERVIEW_FIGURES_DATES_EN if english else texts.OVERVIEW_FIGURES_DATES, None))
        elif kind == "unanswered":
            skipped = [s for s in ov.subquestions if not s.answered]
            if not skipped:
                lines.append(((texts.OVERVIEW_ALL_ANSWERED_EN if english else texts.OVERVIEW_ALL_ANSWERED).format(
                    letter=letter), None))  # fmt: skip
                continue
            lines.append(((texts.OVERVIEW_UNANSWERED_EN if english else texts.OVERVIEW_UNANSWERED).format(
                sender=sender), None))  # fmt: skip
            for s in skipped:
                lines.append((f"- “{s.text}” {marker(s.question)}", cite(s.question, s.text)))
        elif kind == "references":
            if not ov.references:
                lines.append(((texts.OVERVIEW_NO_REFERENCES_EN if english else texts.OVERVIEW_NO_REFERENCES).format(
                    letter=letter), None))  # fmt: skip
                continue
            lines.append(((texts.OVERVIEW_REFERENCES_EN if english else texts.OVERVIEW_REFERENCES).format(
                letter=letter), None))  # fmt: skip
            status = texts.UI_REFERENCE_STATUS
            for r in ov.references:
                where = texts.OVERVIEW_FOOTNOTE.format(footnote=r.footnote) if r.footnote is not None else ""
                link = "" if r.url == r.text else f" ({r.url})" if r.url else f" ({status['no_link']})"
                note = f", {status['indexed']}" if r.status == "indexed" else ""
                lines.append((f"- {where}“{r.text}”{link}{note} {marker(r.question)}", cite(r.question, r.text)))
    return lines
