"""Scope: the one gate that decides whether to answer, answer in part, or decline, and says why.

Every refusal of the assistant is decided here, from what the question asks (:class:`Question`) and
what retrieval found, never from a list of known questions:

* ``decline``: instructions in the question, an opinion about people or parties, an empty question,
  nothing found, a kind of fact the corpus nowhere contains (a phone number, ...), or a question about
  something the corpus does not cover: the specific words of its main clause are not in the corpus and
  no sentence comes close in meaning.
* ``partial``: the letter covers the subject but not the asked-for fact (an amount, a date, figures for
  a year it never mentions); the answer says so first, then gives what the letter does say.
* ``answer``: everything else.

The constants were set on ``benchmarks/heldout.jsonl`` (``python benchmarks/calibrate.py``) and are checked
on a second letter in ``eval/``; they are about language, not about one letter.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

import numpy as np

from .analyze import fold
from .documents import Chunk, Document, Hit
from .understand import (
    QUESTION_WORDS,
    SPECIFIC_ZIPF,
    Question,
    answer_type,
    asked_facts,
    asked_predicate,
    asking_sentences,
    asks,
    checked_claim,
    content_words,
    focus_words,
    participle,
    points_back,
    question_sentences,
    refers_back,
    split_sentences,
    subject_of,
    without_fillers,
    without_situation,
    zipf,
)

if TYPE_CHECKING:
    from .retrieve import Searcher

Decision = Literal["answer", "partial", "decline"]

VERB_ZIPF = 4.0  # a word after "het" whose infinitive is this common is a verb ("of het helpt"), not a noun

# Decline when at least this share (weighted by specificity) of the main clause's topic words is absent from
# the corpus ...
MISSING_SHARE = 0.4
# ... unless, without those words, the question asks in the corpus's own phrase: this many words verbatim in one
# of its sentences (two of them topic words)
PHRASE_WORDS = 4
_TOKEN = re.compile(r"\w+")
_MAY_THAT = re.compile(
    r"^\s*(?:en\s+|maar\s+)?(?:mag|mogen|kan|is)\s+(?:dat|dit|het|zoiets)\b(?!\s+\w+\s+\w+\s+\w+\s+\w+)", re.I
)
_IS_USUAL = re.compile(
    r"^\s*(?:en\s+|maar\s+)?is (?:dat|dit|het|zoiets)\s+(?:wel\s+|nou\s+|gewoon\s+)*"
    r"(?:normaal|gebruikelijk|gewoon|oké|ok)\b",
    re.I,
)
_POINTS_BACK = re.compile(r"\b(?:die|dat|dit|deze|hij|zij|hem|haar)\b", re.I)  # at what the asker told first
ASKED_ZIPF = 5.0  # what is asked after a told situation names a word less common than this ("melden" 4.7)
PARTNER_ZIPF = 5.5  # a word stated with a specific one is not among the most common ("goede", "maakt": 5.6+)
# ... unless one sentence of the corpus is this close in meaning (cosine, multilingual-e5-small).
CLOSE_SIMILARITY = 0.855
# Two topic words the corpus has only apart ("tekort aan docenten", "lerarentekort") decline below this: the
# words it has make its sentences seem near.
APART_SIMILARITY = 0.875
# Below this, no sentence is close enough to answer at all (English questions match Dutch text less closely).
FLOOR_SIMILARITY = {"nl": 0.825, "en": 0.79}

# A word of the question that the committee also asked about and the answer never mentions is reported when it
# is at least this specific (Zipf; "middelen" 4.6, "gelijkwaardig" 3.4).
GAP_ZIPF = 5.0
EVERYDAY_ZIPF = 6.0  # among the most common Dutch words ("alleen", "tijd", "jaar"): never a noun the letter lacks
INFINITIVE_ZIPF = 3.0  # a verb's infinitive as a word of the language at all ("opleveren" 4.1; "tekoren" 0)
# The part of a committee question an asker paraphrases: at least this close (cosine) and this much closer than
# any other part of the same question.
PART_SIMILARITY = 0.90
PART_MARGIN = 0.02

# A question about a thing the corpus never names ("hoeveel studiefinanciering", "recht op vakantiedagen") is
# declined unless a sentence is this close in meaning (then the thing is probably named differently).
SUBJECT_SIMILARITY = 0.90

# Below this coverage (no sentence shares the question's specific terms) a question needs a closer match.
WEAK_COVERAGE = 0.15
WEAK_SIMILARITY = {"nl": 0.845, "en": 0.0}

_NAME_IN_TEXT = re.compile(r"(?<=[^.?!:\s]\s)[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\b")
# A name of several capitalised words, with the small words between ("het Juridisch Loket", "het College voor de
# Rechten van de Mens"), not opening a sentence
_LONG_NAME = re.compile(
    r"(?<=\w\s)[A-Z][\w'’-]*(?:\s+(?:(?:van|voor|de|het|der|den|en|op|in|tegen|of)\s+)*[A-Z][\w'’-]*)+"
)
# Words of the committee's questions that ask how, not what (Kamervragen boilerplate): never a topic left unanswered.
_QUESTION_BOILERPLATE = frozenset(
    [
        "concreet",
        "concrete",
        "maatregelen",
        "maatregel",
        "stappen",
        "stap",
        "toelichten",
        "aangeven",
        "uitleggen",
        "effectief",
        "effectieve",
        "voldoende",
        "mate",
        "hoeverre",
        "waarborgen",
        "waarborgt",
        "borgen",
        "geborgd",
        "zorgen",
        "verbeteren",
        "verklaren",
        "verklaart",
        "duiden",
        "overweegt",
        "overwegen",
        "oordeel",
        "naar",
        "onvoldoende",
        "welke",
        "manier",
        "korte",
        "termijn",
        "pakken",
        "aanpakken",
        "nemen",
        "zetten",
        "neemt",
        "zet",
        "maken",
        "komen",
        "krijgen",
        "hebben",
        "gebeurt",
        "gebeuren",
    ]
)
_ABOUT_ANSWER = re.compile(
    r"\b(?:commissie|kamerleden|kamervragen|antwoordt|antwoord(?:t|en)? (?:op|de)|beantwoord\w*|"
    r"gaat \w+ (?:\w+ )?in op|ingaan op|reageert|reactie|garandeert|waarborgt|belooft|bevestigt|"
    r"answer(?:s|ed)? (?:to|the)|respond\w*|guarantee\w*|promise\w*)\b",
    re.I,
)
# "in welke vraag van de commissie gaat het over X?" asks where, not whether the answer takes up what they asked
_WHICH_QUESTION = re.compile(r"\b(?:welke|welk nummer van de|which) (?:kamer)?(?:vraag|question)\b", re.I)
_ANY_NUMBER = re.compile(r"\d")
# a pronominal adverb split around its clause, up to its preposition: "waar het in het nieuws over (ging)"
_SPLIT_ADVERB = re.compile(
    r"\b(?:waar|daar|hier)\b[^,.?!]*\s(?:over|op|aan|mee|voor|naar|in|bij|van|om|uit|door|tegen|toe)\s*$", re.I
)
# Where one committee question asks a next thing: ", hoe ...", " en of ...".
_PART = re.compile(
    r"(?:,\s*|\s+en\s+)(?=(?:hoe|welke|welk|wat|of|wanneer|waarom|waar|wie|in hoeverre|op welke)\b)", re.I
)


def _split_parts(sentence: str) -> list[str]:
    """A committee question split where it asks a next thing.

    >>> _split_parts("Hoe duidt u deze cijfers en welke stappen zet u om het tekort terug te dringen?")
    ['Hoe duidt u deze cijfers', 'welke stappen zet u om het tekort terug te dringen?']
    """
    out, pos = [], 0
    for m in _PART.finditer(sentence):
        out.append(sentence[pos : m.start()])
        pos = m.end()
    out.append(sentence[pos:])
    return [p.strip() for p in out if len(p.split()) >= 3]


# A term in more than ~30% of the passages (idf below this) is the corpus's subject, not what a figure is about.
EVERYWHERE_IDF = 1.2
_AMOUNT_CLAUSE = re.compile(
    r"\b(?:hoeveel|hoe ?veel|hoe hoog|hoe groot|hoe lang|welk bedrag|welke bedragen|wat kost|"
    r"welke? (?:percentage|percentages|aandeel|aantal))\b"
    r"[^,;?]*?(?=,|;|\?|\s+en\s+|$)",
    re.I,
)
_LEANS_ON_PREVIOUS = re.compile(r"(?:dat|dit|die|deze|zo|daarvan|hiervan|daarmee|hiermee)\b", re.I)
# ... or says what it is for by pointing back anywhere in it ("Gemeenten krijgen hiervoor € 340 per traject.")
_POINTS_BACK_FOR = re.compile(r"\b(?:hiervoor|daarvoor|hierbij|daarbij|hiervan|daarvan)\b", re.I)


def _leans_on_previous(sentence: str) -> bool:
    """Whether a sentence is about what the one before it names ("Dat is ...", "... hiervoor ...")."""
    return bool(_LEANS_ON_PREVIOUS.match(sentence) or _POINTS_BACK_FOR.search(sentence))


LEAN_CHAIN = 2  # sentences back a figure's sentence is read with, each leaning on the one before ("Hiervoor is ...")
# Asking for a whole ("in totaal", "het totale aantal").
TOTAL_WORDS = frozenset({"totaal", "totale", "total"})
# (not the whole a share asked for is of: "welk percentage van het totaal is dat?")
# "met hoeveel procent is de studenttevredenheid gestegen?": the thing whose figure is asked, right after the asking
_FIGURE_OF = re.compile(
    r"\b(?:hoeveel procent|welk percentage|hoeveel)\s+(?:is|zijn|was|waren|wordt|worden|steeg|stegen|daalde|daalden)"
    r"\s+(?:de|het)\s+([^\W\d_][\w-]*)",
    re.I,
)
# "is de hulp hier hetzelfde als in de randstad?": what the asked thing is compared with
_COMPARED_WITH = re.compile(
    r"\b(?:hetzelfde|dezelfde|anders|gelijk|even \w+|net zo \w+|zoals)\s+(?:als|dan)?\s*(?:in|bij|voor|op|met)?\s*"
    r"(?:de|het|een)?\s*([^\W\d_][\w'’-]*)",
    re.I,
)


def _compared_only(text: str, missing: Sequence[str]) -> bool:
    """Every word the corpus lacks is only what the question compares with ("is de hulp hier hetzelfde als in de
    randstad?"): the question is about the thing compared, which the corpus may well discuss."""
    compared = {m.group(1).lower() for m in _COMPARED_WITH.finditer(text)}
    return bool(missing) and all(w.lower() in compared for w in missing)


_TOTAL = re.compile(rf"(?<!van het )(?<!van de )(?<!of the )\b(?:{'|'.join(TOTAL_WORDS)})\b", re.I)
# A noun after an article, possessive or demonstrative ("een baan", "het diploma").
_DETERMINED = re.compile(
    r"\b(?:de|het|een|geen|mijn|m'n|je|jouw|zijn|haar|hun|onze|ons|die|dat|deze|dit)\s+(\w+)", re.I
)
_HOW_ADJECTIVE = re.compile(r"\bhoe\s+(?:groot|hoog|lang|vaak|duur)\b", re.I)
# Words that say how a figure is meant ("in totaal", "hoe groot is de kans", "hoeveel geld per jaar"), not what it
# is of.
_HOW_MEANT = TOTAL_WORDS | {"kans", "kansen", "chance", "deel", "gedeelte", "geld", "money", "per"}
# The whole a share is of ("1% van het totale aantal mbo-studenten"): named, but not given as a figure.
_SHARE_OF_TOTAL = re.compile(
    r"(%\s*(?:van|of)\s+(?:het|de|the)\s+)(?:totale\s+aantal|totaal|total\s+number\s+of)\b", re.I
)
_REFERS_BACK = re.compile(r"(?:het gaat|dat|dit|deze|die|daarvan|hiervan|daarbij|hierbij)\b", re.I)
# "40 uur", "3 dagen", "18 jaar"; not a label such as "niveau 2", "leerjaar 3", "vraag 4"
_OCCURRENCES = frozenset({"keer", "maal", "times", "x"})  # a count of occurrences is no unit of measure
_QUANTITY = re.compile(
    r"(?<!niveau )(?<!leerjaar )(?<!klas )(?<!groep )(?<!vraag )(?<!level )(?<!year )(?<!grade )(?<!artikel )"
    r"(?<!mbo )(?<!mbo-)(?<!hbo )(?<!vmbo )(?<!havo )(?<!vwo )(?<!jaar )"  # a Dutch school level: "vwo 5"
    r"\b\d+(?:[.,]\d+)?\s+([^\W\d_]{2,})\b",
    re.I,
)
# "ik zoek al 3 maanden", "sinds 2 weken", "3 weken geleden": how long the asker's situation has lasted
_DURATION_SO_FAR = re.compile(r"\b(?:al|sinds|ruim|bijna)\s+\d+\s+\w+|\d+\s+\w+\s+geleden\b", re.I)
# "tekort aan docenten", "stage in het buitenland": two topic words that make one subject together
_PAIR = re.compile(  # a lookahead: "de minister aan het tekort aan docenten" has two overlapping pairs
    r"\b(?=(([^\W\d_][\w'’-]{2,})\s+(?:aan|van|voor|in|bij|met|over|tegen|op|tijdens|zonder|naar)\s+"
    r"(?:de\s+|het\s+|een\s+|mijn\s+|je\s+|jouw\s+)?([^\W\d_][\w'’-]{2,})\b))",
    re.I,
)
# "hoeveel docenten komen er tekort": what is counted, with what is said of it in the few words after
_COUNTED = re.compile(r"\b(?:hoeveel|how many)\s+([^\W\d_][\w'’-]{2,})((?:\s+[^\W\d_][\w'’-]*){1,4})", re.I)
_SIGN_UNIT = re.compile(r"(?:procent|percent|percentage|euro|eur|geld|money)$", re.I)
_CLITIC = re.compile(r"['’](?:s|ers?|tje|tjes|en)$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_AN_AMOUNT = re.compile(
    r"Kamerstuk(?:ken)?\s+[\d\s]+(?:-?[A-Z]+)?,?\s*nr\.?\s*\d+|\b(?:19|20)\d\d\b|\bvraag \d+|\bniveau \d\b|"
    # a day of a month ("4 juni"), a code of letters and digits ("vragen V-100")
    r"\b\d{1,2}\s+(?=(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)|"
    r"\b[A-Z]+-\d+\b",
    re.I,
)
_HAS_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|zomer|najaar|voorjaar|kwartaal)\b",
    re.I,
)
# When without a date: "binnenkort", "op korte termijn", "de komende periode".
_VAGUE_TIME = re.compile(
    r"\b(?:binnenkort|op korte termijn|zo snel mogelijk|spoedig|de komende (?:periode|tijd|maanden|jaren)|"
    r"in de nabije toekomst|t\.z\.t|te zijner tijd)\b",
    re.I,
)
_FACT_PRESENT = {
    "phone": re.compile(r"(?:\+31|\b0)\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}\b|\b0800[\s-]?\d{4}\b"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"),
    "opening hours": re.compile(r"\bopeningstijden\b|\b\d{1,2}[.:]\d{2}\s*(?:uur|-)", re.I),
}


# Words that are not what a question is about: the other choice ("... of moet ik het zelf uitzoeken?") and the
# asker's moment ("na mijn diploma", "tijdens mijn stage").
_OTHER_CHOICE = re.compile(  # "..., of moet ik het zelf uitzoeken?"; "mag hij me ontslaan?" still asks it
    r"\bof\s+(?:moet|kan|kun|mag|wil|zal|ga|hoef)\s+(?:ik|je|jij|we|wij|u)\b([^,.;:?!]*)",
    re.I,
)
_MOMENT = re.compile(
    r"\b(?:na|vóór|tijdens|sinds)\s+(?:mijn|m'n|mn|je|jouw|de|het|een|hun|zijn|haar)\s+"
    r"(?:[^\W\d_]{2,4}\s+)?([^\W\d_][\w-]*)",
    re.I,
)


# What the asker already has, besides which something is asked ("is er hulp buiten mijn mentor om?", "naast mijn
# werk"): not what is asked about
_BESIDES = re.compile(
    r"\b(?:buiten|behalve|naast)\s+(?:mijn|m'n|mn|je|jouw|onze|ons|hun|zijn|haar)\s+([^\W\d_][\w-]*)",
    re.I,
)


# The asker's own people ("mijn dochter", "m'n vriend"): whom a question is for, never its topic
_RELATIVE = re.compile(
    r"\b(?:mijn|m'n|mn|onze|ons|haar|zijn|my|our)\s+(zoon|dochter|kind|kinderen|moeder|vader|ouders|broer|broertje|"
    r"zus|zusje|vriend|vriendin|partner|neef|nicht|oom|tante|opa|oma|son|daughter|child|kids)\b",
    re.I,
)


def _aside_words(text: str) -> set[str]:
    """Words of a question that say how, when or besides what, not what about: "uitzoeken" in "of moet ik het zelf
    uitzoeken?", "diploma" in "na mijn mbo diploma", "mentor" in "buiten mijn mentor om".

    >>> sorted(_aside_words("doet school daar iets mee of moet ik het zelf uitzoeken"))
    ['het', 'uitzoeken', 'zelf']
    >>> sorted(_aside_words("hoe groot is de kans dat ik na mijn mbo diploma snel werk vind?"))
    ['diploma']
    >>> sorted(_aside_words("is er ergens hulp buiten mijn mentor om?"))
    ['mentor']
    """
    out = {m.group(1).lower() for m in _MOMENT.finditer(text)}
    out.update(m.group(1).lower() for m in _RELATIVE.finditer(text))  # "mijn dochter": for whom, not what about
    out.update(m.group(1).lower() for m in _BESIDES.finditer(text))  # "buiten mijn mentor om": what is not asked
    for m in _OTHER_CHOICE.finditer(text):
        out.update(w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", m.group(1)))
    return out


# A noun as asked: after an article or possessive ("een boete", "mijn huurtoeslag"), or a bare preposition ("op
# zondag"), and at the end of its phrase.
_COORDINATED = re.compile(
    # (an inflected adjective between: "een hogere studiefinanciering of reisvergoeding")
    r"\b(de|het|een|geen)\s+((?:[^\W\d_]{3,}e\s+)?[^\W\d_][\w'’-]{2,})\s+(of|en)\s+(?!(?:de|het|een|geen)\b)"
    r"([^\W\d_][\w'’-]{3,})"
    r"(?=\s*(?:[?.!,;]|$))",
    re.I,
)
_ADVERB_BETWEEN = r"(?:\s+(?:ook|dan|nog|wel|eigenlijk|gewoon|nou|echt|straks|al))?"
_BEFORE_NOUN = (
    r"\b(?:(?P<article>de|het|een|geen|mijn|m'n|je|jouw|zijn|haar|hun|onze|ons)|"
    r"(?:op|in|bij|met|voor|zonder|over|tegen|na|tijdens|naar|van|aan)|"
    # an object after "ook" before the verb that ends the clause: "moet het bedrijf ook reiskosten vergoeden?"
    # (or a participle that ends the question: "krijg ik naast mijn stagevergoeding ook reiskosten vergoed?")
    r"ook(?=\s+[^\W\d_][\w'’-]{3,}\s+(?:[^\W\d_]+en\b|[^\W\d_]{4,}[dt]\s*[?!]))|"
    # the object right after "krijg ik": "krijg ik studiefinanciering als ...?", or before it ends the clause: "kan
    # ik studiefinanciering krijgen als ...?" (an adverb between: "krijg je ook studiefinanciering als ...?")
    r"(?:krijg|krijgt|krijgen)\s+(?:ik|je|jij|u|we|wij|ze|zij|hij)" + _ADVERB_BETWEEN + "|"
    r"(?:kan|kun|mag|wil)\s+(?:ik|je|jij|u|we|wij)" + _ADVERB_BETWEEN + r"(?=\s+[^\W\d_][\w'’-]{3,}\s+krijgen\b))\s+"
)
_AFTER_NOUN = (
    # then the end of the clause, a conjunction or preposition, or the verb that ends it ("op zaterdag komen?")
    # (an adverb between: "komt mijn naam dan bij het bedrijf?")
    r"(?=(?:\s+(?:dan|wel|ook|nog|eigenlijk|echt|gewoon|nou|nu|al|straks|later|ergens|nergens|overal|ofzo|enzo))?"
    # (or a participle that ends the question: "krijg ik mijn reiskosten ergens vergoed?")
    r"(?:\s+[^\W\d_]+en){0,2}(?:\s+[^\W\d_]{4,}[dt](?=\s*[?!]))?"
    r"(?:\s*(?:[?.!,;:]|$)|\s+(?:of|en|als|voor|van|bij|op|in|met|zonder|tijdens|te|krijg|heb)\b))"
)
_NOUN = re.compile(_BEFORE_NOUN + r"(?P<noun>[^\W\d_][\w'’-]{3,})" + _AFTER_NOUN, re.I)
# the same with an inflected adjective before the noun: "een hogere studiefinanciering"
_ADJECTIVE_NOUN = re.compile(
    _BEFORE_NOUN + r"(?P<adjective>[^\W\d_]{3,}e)\s+(?P<noun>[^\W\d_][\w'’-]{3,})" + _AFTER_NOUN, re.I
)
# Dutch fixed expressions whose noun is not a thing asked about ("in kaart brengen", "op de hoogte").
_IDIOM = re.compile(
    r"\b(?:in kaart|in de gaten|in orde|op tijd|aan de hand|in het algemeen|op de hoogte|in de praktijk|op dit moment|"
    r"in de buurt|in de omgeving|aan tafel|om tafel|"  # ("wie zitten er aan tafel?": who takes part)
    r"in (?:elk|ieder) geval|in principe|op zich|in totaal|op termijn|in de war|in het kader|aan de slag|"
    r"een (?:klein )?beetje|een keer|een paar|een hoop|een heleboel|een boel|een stuk|een soort|een tijdje|"
    r"\w+ elkaar|(?:een )?tik(?:je)? op de vingers)\b",  # "bij elkaar", "met elkaar": a pronoun
    re.I,
)
# Indefinite pronouns and adverbs after a preposition or article ("ik kan het nergens vinden"): no thing asked.
_PRONOUNS = frozenset(
    {"nergens", "ergens", "overal", "iets", "niets", "niks", "alles", "iemand", "niemand", "elkaar", "zoiets", "wat"}
)
# Adjectives used as nouns ("de enige", "het ergst", "het belangrijkste"): not a thing asked about.
_ADJECTIVE = re.compile(r"(?:ig|isch|lijk|eel|st)e?$")
# Nouns that judge or point rather than name a thing ("vindt ze het geen probleem?"): the letter may say it in other
# words ("zorgelijk"), so their absence says nothing.
_JUDGING = frozenset(
    [
        *("probleem", "problemen", "kwestie", "zaak", "ding", "dingen", "punt", "idee", "mening", "gevoel", "issue"),
        # a consequence in general: the letter may name the one it means ("het intrekken van de erkenning")
        *("straf", "straffen", "sanctie", "sancties", "gevolg", "gevolgen", "consequentie", "consequenties"),
    ]
)
_SANCTIONS = frozenset(["boete", "boetes"])


# the kind of answer asked, as a noun: "wat is de verklaring voor ...?" asks why, not about a thing called that
_ASKED_KIND = frozenset(
    [
        *("verklaring", "verklaringen", "reden", "redenen", "oorzaak", "oorzaken", "uitleg", "explanation", "reason"),
        *("nummer", "nummers", "number", "numbers"),  # the asked reference: a letter writes "nr. 687"
    ]
)


def _judging(word: str) -> bool:
    """A judging or general word, also as a participle ("gestraft", "bestraft": "straf")."""
    root = re.sub(r"^(?:ge|be)(\w{3,}?)[td]$", r"\1", word)
    return word in _JUDGING or root in _JUDGING


# "wordt de basisbeurs verhoogd?": what is done to the thing asked about, the participle that ends the question
_PASSIVE_ASKED = re.compile(r"(?:^|[.?!]\s+)(?:wordt|worden|werd|werden)\b[^.?!]*?\s([^\W\d_]{4,}[dt])\s*\?", re.I)
_AUXILIARY = r"(?:ben|bent|is|zijn|word|wordt|worden|werd|werden|was|waren)"  # passive, or perfect with zijn


def _happened(word: str, text: str) -> bool:
    """A past participle in a perfect or passive clause: what happened ("ik ben afgewezen", "afgewezen word").

    >>> _happened("afgewezen", "ik denk dat ik afgewezen ben voor een stage, wat kan ik doen?")
    True
    >>> _happened("geweld", "is er geweld op stages?")
    False
    """
    if not re.fullmatch(r"(?:[a-z]{2,5})?ge[a-z]{2,}(?:en|d|t)", word):
        return False
    w = re.escape(word)
    # the asker (or someone) as subject: "ik ben (bij X) afgewezen", "dat ik afgewezen ben"; not "is er geweld"
    subject = r"\b(?:ik|je|jij|we|wij|ze|zij|hij|u)\s+"
    return bool(
        re.search(
            rf"{subject}{_AUXILIARY}\s+(?:\w+\s+){{0,3}}{w}\b|{subject}(?:\w+\s+){{0,2}}{w}\s+{_AUXILIARY}\b",
            text,
            re.I,
        )
    )


def _finite_verb(word: str) -> bool:
    """A common verb's form for "het" ("helpt", "klopt", "duurt"): its infinitive ("helpen", "kloppen", "duren") is a
    common word. (Not a noun's plural: "feit" / "feiten".)"""
    w = word.lower()
    if not w.endswith("t") or len(w) < 4:
        return False
    stem = w[:-1]
    forms = {s + "en" for s in _verb_stems(w)} | {stem + stem[-1] + "en"}
    return any(zipf(f) >= VERB_ZIPF for f in forms)


def _clause_final_verb(word: str, text: str) -> bool:
    """A verb's form in -t that ends its clause ("... of dat extra geld iets oplevert?"): its infinitive is a Dutch
    word (a noun in -t has none: "stagemarkt", "tekort")."""
    w = word.lower()
    if not w.endswith("t") or len(w) < 5 or not re.search(rf"\b{re.escape(w)}\s*(?:[?.,!;]|$)", text.lower()):
        return False
    return any(zipf(s + "en") >= INFINITIVE_ZIPF for s in _verb_stems(w))


# A clause's opening subject of one word, after a determiner or not ("school", "mijn begeleider"): what follows it
# is the clause's finite verb
_SUBJECT_FIRST = (
    r"(?:^|[,.;:!?]\s*|\b(?:en|maar|want|omdat|als|dat)\s+)"
    r"(?:(?:de|het|een|mijn|m'n|mn|onze|ons|je|jouw|zijn|haar|hun|die|deze|dit|dat)\s+)?"
    r"(?!(?:de|het|een|mijn|m'n|mn|onze|ons|je|jouw|zijn|haar|hun|die|deze|dit|dat|geen|veel|weinig|elk|ieder|welk|"
    r"welke|hoeveel|wat|wie|waar|wanneer|hoe|waarom)\s)[^\W\d_][\w'’-]*\s+"
)


def _verb_after_subject(word: str, text: str) -> bool:
    """A verb's form in -t right after the subject that opens its clause ("school checkt nooit hoe het gaat", "mijn
    begeleider belt nooit"): its infinitive is a Dutch word.

    >>> _verb_after_subject("belt", "mijn begeleider belt nooit"), _verb_after_subject("budget", "het budget is op")
    (True, False)
    """
    w = word.lower()
    if not w.endswith("t") or len(w) < 4 or not re.search(_SUBJECT_FIRST + re.escape(w) + r"\b", text.lower()):
        return False
    stem = w[:-1]
    return any(zipf(f) >= INFINITIVE_ZIPF for f in {s + "en" for s in _verb_stems(w)} | {stem + stem[-1] + "en"})


def _done_to_asker(word: str, text: str) -> bool:
    """A verb's form in -t with the asker as its object ("... behandelt me anders", "... negeert mij"): its
    infinitive is a Dutch word.

    >>> _done_to_asker("behandelt", "mijn stagebedrijf behandelt me anders"), _done_to_asker("tekort", "een tekort")
    (True, False)
    """
    w = word.lower()
    if not w.endswith("t") or len(w) < 5 or not re.search(rf"\b{re.escape(w)}\s+(?:me|mij|ons)\b", text.lower()):
        return False
    return any(zipf(s + "en") >= INFINITIVE_ZIPF for s in _verb_stems(w))


def _verb_stems(verb: str) -> set[str]:
    """The stems of a verb's form in -t, as its other forms start: "duurt" -> {"duur", "dur"} ("duren").

    >>> sorted(_verb_stems("bepaalt")), sorted(_verb_stems("beslist"))
    (['bepaal', 'bepal'], ['beslis'])
    """
    stem = verb[:-1]
    stems = {stem}
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        stems.add(stem[:-2] + stem[-1])
    return stems


# "wie beslist dat?", "en wie controleert dat dan?": who does something (not who pays: see "payer"; not a verb that
# asks who someone is or what happens: "wie gaat/heeft/krijgt ...")
# (of what was just discussed, "dat": a question that names its own object, "wie regelt de stageplekken?", may be
# answered in other words, "SBB ... zoekt naar oplossingen")
_WHO_DOES = re.compile(r"^\s*(?:en\s+|maar\s+)?wie\s+(?P<verb>[a-z]{4,}t)\s+(?:dat|dit|het|die|deze)\b", re.I)
_NOT_A_DOING = frozenset(
    ["betaalt", "gaat", "krijgt", "heeft", "wordt", "moet", "doet", "zit", "staat", "komt", "weet", "zegt", "wilt"]
)


def _who_does(text: str) -> str | None:
    """The verb of a question that asks who does something ("wie beslist dat dan?" -> "beslist").

    >>> _who_does("wie beslist dat dan?"), _who_does("wie betaalt dat?"), _who_does("wie regelt de stages?")
    ('beslist', None, None)
    """
    m = _WHO_DOES.match(text)
    verb = m.group("verb").lower() if m else None
    return verb if verb and verb not in _NOT_A_DOING else None


_FACT_KINDS = ("amount", "money", "date", "start", "duration", "frequency", "payer")


def _pieces(question: Question) -> tuple[str, ...]:
    """The things a question asks when it asks several: its parts, or its sentences that end in "?"."""
    sentences = question_sentences(question.text)
    return question.parts or (tuple(sentences) if len(sentences) > 1 else ())


# The particles of Dutch separable verbs ("terugkrijgen", "uitbetalen"), and a verb's endings.
_VERB_PARTICLES = frozenset(
    [
        "terug",
        "op",
        "aan",
        "af",
        "uit",
        "in",
        "mee",
        "door",
        "weg",
        "over",
        "na",
        "voor",
        "bij",
        "toe",
        "samen",
        "vast",
        "los",
        "neer",
        "om",
        "tegen",
        "binnen",
        "buiten",
        "achter",
    ]
)
_VERB_END = re.compile(r"(?:en|t|d)$")


def _in_every_part(question: Question, phrases: Sequence[str]) -> bool:
    """Whether each thing the question asks that has a topic word names one of the phrases ("Wanneer gaat X in?
    Noemt de minister tussenstappen?" asks the first whatever the second)."""
    # (a sentence that asks counts as one too: "... 32 uur per week werk. mag dat?? ik las dat X verplicht wordt,
    # vanaf wanneer is dat")
    told = [t for t in split_sentences(question.text) if asks(t) or QUESTION_WORDS & set(t.lower().split())]
    for part in (*_pieces(question), *(told if len(told) > 1 else ())):
        lower = part.lower()
        topical = any(zipf(w) < SPECIFIC_ZIPF for w in content_words(part))
        if topical and not any(p.lower() in lower for p in phrases):
            return False
    return True


_TIME_UNIT = r"dag|week|maand|jaar|kwartaal|semester|periode|uur"


def _with_rate(word: str, text: str) -> str:
    """A counted word with its rate, as asked: "uur per week"."""
    rate = rf"\s+(?:per\s+[^\W\d_]+|(?:in de|in het|a)\s+(?:{_TIME_UNIT}))"
    m = re.search(rf"\b{re.escape(word)}(?:{rate})?\b", text, re.I)
    return m.group(0) if m else word  # as written: "AI", not "ai"


# a number in words: what a count may be written as ("de vier doelstellingen")
_NUMBER_WORD = re.compile(
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)"
)
_DIGIT_WORDS = dict(zip("23456789", ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"), strict=True))
# "wat zijn die vier doelstellingen precies?", "welke 3 maatregelen ...?": the things asked for by their number
_ASKS_THE_N = re.compile(
    # ("welke vier doelstellingen ...?": no article after "welke")
    rf"\b(?:(?:wat|welke|noem)\b[^?]*?\b(?:de|die|deze|dat|het)|welke)\s+({_NUMBER_WORD.pattern}|\d+)\s+"
    rf"([^\W\d_]{{4,}})",
    re.I,
)


def has_amount(text: str) -> bool:
    """A figure in the text, not counting Kamerstuk numbers, years, levels or question numbers."""
    return bool(re.search(r"\d", _NOT_AN_AMOUNT.sub(" ", text)))


def has_date(text: str) -> bool:
    """A date or a dated period ("begin 2027", "voor de zomer"); "binnenkort" is not a date."""
    return bool(_HAS_DATE.search(text))


def has_time(text: str) -> bool:
    """A date, or when without a date ("binnenkort", "de komende periode"): what can answer "wanneer"."""
    return has_date(text) or bool(_VAGUE_TIME.search(text))


# "Wanneer gaat het in?" asks for the start of a measure, not for the next step of its preparation.
_ASKS_START = re.compile(
    # ("wanneer gaat die wet in", typed without its question mark)
    r"\b(?:ingevoerd|invoeren|invoering|ingaan|ingaat|gaat \w+ in|gaat in|gaat\b[^?]{0,60}\bin(?=\s*(?:\?|$))|"
    r"in werking|"
    r"komt (?:die|de|het|er)|komt\b.*\b(?:er|eindelijk)|"
    r"verplicht (?:wordt|worden)|(?:wordt|worden)\b[^?.]{0,40}\bverplicht\b|"
    r"starts?|begint|take effect|come into force|introduced|vanaf wanneer|per wanneer|sinds wanneer|"
    r"(?:vanaf|per) welke? (?:datum|dag|jaar|maand|moment)|(?:zijn|is)\b[^?.]{0,40}\bverplicht\b|"
    r"wanneer (?:krijg|krijgen|krijgt|heb|hebben|heeft) (?:ik|je|jij|we|wij|studenten|iedereen|een student)|"
    r"(?:geldt|gelden) (?:het|dat|dit|die|deze|de \w+)|van kracht|since when|"
    r"invoeringsdatum|ingangsdatum|startdatum|start date|from when|as of when|"
    # "will internships have to be paid, and from when?", "mandatory internship pay, and when?"
    r"(?:have to|must|will) be paid|(?:be|become) (?:mandatory|compulsory|required)|"
    r"mandatory\b[^?]*\band when)\b",  # (not "when does she publish the bill on mandatory pay?": a document)
    re.I,
)
# "wanneer komt het wetsvoorstel / de brief?" asks when a document is published, not when a measure starts
_DOCUMENT_COMES = re.compile(
    r"\bkomt (?:de|het|er een|die|dat)\s+(?:[^\W\d_]+\s+)?[^\W\d_]*(?:voorstel|brief|rapport|onderzoek|evaluatie|"
    r"nota|notitie|publicatie|resultaten|uitkomsten|monitor|plan|meting|metingen|rapportage|verslag|cijfers|"
    r"consultatie|versie|advies|besluit|reactie)\b",
    re.I,
)
_START_DATE = re.compile(r"\b(?:invoeringsdatum|ingangsdatum|startdatum|start date|take effect|in werking)\b", re.I)
_ASKS_END = re.compile(r"\b(?:tot wanneer|hoe lang|until when|how long|einddatum|end date)\b", re.I)
_GIVES_START = re.compile(
    r"\b(?:ingevoerd|invoering|ingaat|gaat \w+ in|in werking|ingang|per 1|vanaf|treedt|start|begint|geldt)\b", re.I
)


def is_item(text: str) -> bool:
    """A list item ("- Voorlichting aan studenten over banen (85%)")."""
    return text.lstrip().startswith(("- ", "• ", "* "))


# A sentence that refers to what the one before it named ("Dit is de top 4 ...", "waar scholen dat geld aan besteden").
_REFERS_TO_PREVIOUS = re.compile(
    r"^(?:dat|dit|die|deze|zo)\b|\b(?:dat|dit|deze)\s+(?!de\b|het\b|een\b|is\b)[a-z]\w+", re.I
)
FEW_PARTS = 2  # a word named in this many parts of the corpus at most is specific to them
INCIDENTAL_PARTS = 1  # a compound's head in this many parts of the corpus at most is incidental to it
LONG_FORM_CHARS = 8  # a term of an abbreviation's written-out form this long is its own ("loopbaanbegeleid")
LEAD_CONTEXT = 2  # sentences before a list's lead that it refers back to


def _item_context(sentences: Sequence[str], i: int) -> str:
    """The lead of the list that item ``i`` is in, with up to ``LEAD_CONTEXT`` sentences it refers back to: what the
    item's figure is of ("Elk jaar gaat er extra geld naar X. ... Dit is de top 4 waar scholen dat geld aan uitgeven:
    - Bezoeken aan bedrijven (77%)")."""
    j = i - 1
    while j >= 0 and is_item(sentences[j]):
        j -= 1
    if j < 0:
        return ""
    start = j
    while start > 0 and j - start < LEAD_CONTEXT and _REFERS_TO_PREVIOUS.search(sentences[start]):
        start -= 1
    return " ".join(sentences[start : j + 1])


_MONEY = re.compile(r"€|\beuro\b|\bmln\b|\bmiljoen\b|\bmiljard\b|\bmld\b", re.I)


def has_money(text: str) -> bool:
    """An amount of money ("33,8 mln. euro", "€ 85")."""
    return bool(_MONEY.search(text)) and has_amount(text)


# who pays or funds something: a payment, funding or money named ("om een stagevergoeding te betalen", "extra geld")
_PAYMENT = re.compile(
    r"\b(?:\w*betaal\w*|\w*betalen|\w*financier\w*|gefinancierd|bekostig\w*|investe\w*|\w*subsidie\w*|\w*budget\w*|"
    r"middelen|\w*geld\w*|kosten|\w*fonds\w*)\b",
    re.I,
)


def has_payment(text: str) -> bool:
    return bool(_PAYMENT.search(text)) or has_money(text)


# how often something happens: a count of times, or a period it recurs in ("elk jaar", "doorlopend")
_FREQUENCY = re.compile(
    r"\b(?:\d+\s*(?:keer|maal)|(?:een|twee|drie|vier|vijf|tien) ?(?:keer|maal)|(?:elke|iedere|ieder|elk|per|om de)\s+"
    r"(?:\w+\s+)?(?:dag|week|maand|jaar|kwartaal|semester|periode)|dagelijks|wekelijks|maandelijks|jaarlijks|"
    r"doorlopend|continu|voortdurend|regelmatig|periodiek)\b",
    re.I,
)


_DURATION = re.compile(
    r"\b(?:\d+|een|twee|drie|vier|vijf|zes|acht|tien|twaalf|enkele|een paar|paar)\s+"
    r"(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|minuten|kwartaal|semester)\b|"
    r"\btot (?:en met )?(?:(?:begin|eind|medio|half) )?(?:19|20)\d\d\b",
    re.I,
)


def has_duration(text: str) -> bool:
    """How long ("zes weken", "binnen 3 maanden", "loopt nog tot en met 2027"), not just any figure."""
    return bool(_DURATION.search(text))


def has_frequency(text: str) -> bool:
    """How often ("twee keer per jaar", "elke maand", "doorlopend"), not just any figure."""
    return bool(_FREQUENCY.search(text))


HAS_FACT = {
    "amount": has_amount,
    "money": has_money,
    "date": has_date,
    "payer": has_payment,
    "frequency": has_frequency,
    "duration": has_duration,
}


def answers_fact(kind: str | None) -> Callable[[str], bool] | None:
    """What answers a question for this kind of fact: for "wanneer" a date or "binnenkort" (``has_time``)."""
    return has_time if kind == "date" else HAS_FACT.get(kind or "")


@dataclass(frozen=True)
class Evidence:
    """What retrieval found: the best sentence's similarity and the question's coverage by the corpus."""

    similarity: float  # cosine of the question and the closest sentence of the top passages
    coverage: float  # idf-weighted share of the question's terms that one sentence has
    missing_share: float  # specificity-weighted share of the focus words the corpus does not have
    missing: tuple[str, ...]  # those words, as written


# "die" and "deze" point at a thing named before ("die tool"); "het" and "dat" often at the whole matter
_POINTS_AT_THING = re.compile(r"\b(?:die|deze)\b(?!\s+(?:dag|week|maand|jaar)\b)", re.I)


@dataclass(frozen=True)
class Scope:
    """The decision, its reason, and what the answer must say about it."""

    decision: Decision
    reason: str
    evidence: Evidence | None = None
    missing_fact: str | None = None  # partial: the kind of fact the letter does not give ("amount", "date")
    unknown: tuple[str, ...] = ()  # decline: words of the question the corpus does not have
    years: tuple[str, ...] = ()  # partial: years the question names that the corpus does not
    closest: tuple[int, ...] = ()  # questions of the letter nearest to what was asked
    about: tuple[str, ...] = ()  # a follow-up's asked date must be about these words (what its "die" points at)
    elsewhere: tuple[str, ...] = ()  # a follow-up's asked fact is not in what was discussed but elsewhere, with these
    also_missing: tuple[str, ...] = ()  # kinds of fact another part asks for that the letter does not give either
    also_absent: tuple[str, ...] = ()  # nouns another part asks about that the letter never uses ("minimumloon")
    # words of the part of committee question ``skipped_in`` that the question also asks about and the answer skips
    also_skipped: tuple[str, ...] = ()
    skipped_in: int | None = None
    # partial for a figure when nothing specific is asked: a figure naming one of these words in its own sentence
    # answers after all (Gate.recheck)
    loose: tuple[str, ...] = ()


class Gate:
    """Decides answer / partial / decline for one corpus."""

    def __init__(self, searcher: Searcher, documents: Mapping[str, Document]) -> None:
        self.searcher = searcher
        self.documents = documents
        self._years = {y for d in documents.values() for y in _YEAR.findall(d.text)}
        self._all_text = "\n".join(d.text for d in documents.values())
        self._lower = self._all_text.lower()
        self._folded = fold(self._all_text)
        self._parts: dict[tuple[str, int], list[tuple[str, np.ndarray]]] = {}
        self._part_terms: list[tuple[set[str], str]] | None = None
        self._sentence_terms: list[tuple[set[str], str]] | None = None
        self._phrases: set[tuple[str, ...]] | None = None
        # the signatories' names ("R.M. Letschert" -> "letschert"): who speaks in the whole letter, no topic of it
        self._authors = {
            fold(w)
            for d in documents.values()
            for w in re.findall(r"[^\W\d_]{3,}", d.metadata.signatory or "")
            if not w.islower()  # (not a tussenvoegsel: "van", "der")
        }

    # ------------------------------------------------------------------ evidence

    def evidence(self, question: Question, hits: Sequence[Hit], query_vector: np.ndarray) -> Evidence:
        s = self.searcher
        ids = [s.by_id[h.chunk.id] for h in hits[:8] if h.chunk.id in s.by_id]
        best = s.best_sentences(query_vector, ids)
        similarity = max((sim for _, sim in best.values()), default=0.0)
        if question.followup:
            # the search used the conversation; the question's own closeness counts too (whichever is closer:
            # "Met wie wordt dat opgepakt?" is only close together with what it refers to)
            own = s.best_sentences(s.embed_query(question.text), ids)
            similarity = max(similarity, max((sim for _, sim in own.values()), default=0.0))
        # (fillers and chat spellings, "mn", "echt", name nothing a sentence should cover)
        coverage = s.coverage(without_fillers(question.search_text), metadata=question.intent == "metadata")
        share, missing = self.missing_focus(question)
        return Evidence(similarity, coverage, share, missing)

    def known(self, word: str) -> bool:
        """The corpus has this word, its stem, or (for a compound) every part of it."""
        a = self.searcher.analyzer
        base = _CLITIC.sub("", word)  # "mbo'ers", "bbl'ers", "stage's": the word they are made from
        if base != word and len(base) >= 2 and self.known(base):
            return True
        terms = a.terms(word)
        if not terms:
            return True
        if self._as_term(word, terms):
            return True  # the word, or a derivation of its root ("discrimineert" / "discriminatie")
        prefix = fold(word)[: max(5, len(word) - 3)]
        if len(word) >= 5 and prefix in self._folded:  # another form ("discrimineert" / "stagediscriminatie")
            return True
        parts = a.split_compound(a.words(word)[0]) if a.words(word) else ()
        # a compound the corpus never writes is known when its parts are, and occur together ("lerarentekort":
        # teachers in one answer and shortages in another is not a teacher shortage)
        return bool(parts) and all(self.known(p) for p in parts) and self._together_or_incidental(parts)

    def absent_names(self, question: Question) -> list[str]:
        """Names of several words in the question that the corpus never writes ("het Juridisch Loket"), as written."""
        if question.english:
            return []
        return [
            m.group(0)
            for m in _LONG_NAME.finditer(question.text)
            if not {fold(w) for w in m.group(0).split()} & self._authors and not self._name_in_corpus(m.group(0))
        ]

    def _name_in_corpus(self, name: str) -> bool:
        """Whether one part of the corpus has every capitalised word of the name, in any order ("de Stagebarometer
        van SBB" for "de Stagebarometer voorjaar 2026 van SBB")."""
        words = [fold(w) for w in re.findall(r"[\w'’-]+", name) if w[0].isupper()]
        patterns = [re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w])") for w in words]
        return any(all(p.search(folded) for p in patterns) for _, folded in self._parts_of())

    def missing_focus(self, question: Question) -> tuple[float, tuple[str, ...]]:
        """The specificity-weighted share of the main clause's topic words that the corpus lacks.

        A question that asks several things is as covered as its best-covered part: "hoeveel geld gaat er naar X,
        en wat zijn de bestedingsposten?" is about X however rare the word of its second part.
        """
        if question.english or question.followup:
            return 0.0, ()
        weights: dict[str, float] = {}
        missing: list[str] = []
        # Names written with a capital inside the question (a city, a school) are specific however common.
        names = {m.group(0).lower() for m in _NAME_IN_TEXT.finditer(question.text)}
        aside = _aside_words(question.text)
        # what the asker tells after the question ("... een stage vindt? ik vind het superlastig") is not asked
        asked = set(focus_words(question.search_text))
        # nor the words of a fixed expression ("een tikje op de vingers") or of a consequence in general ("gestraft":
        # the letter may name the one it means)
        idioms = {w.lower() for m in _IDIOM.finditer(question.text) for w in re.findall(r"\w+", m.group(0))}
        # a name the corpus never writes is missing as a whole ("het College voor de Rechten van de Mens": not "mens")
        absent_names = self.absent_names(question)
        in_names = {w.lower() for n in absent_names for w in re.findall(r"\w+", n)}
        for name in absent_names:
            weights[name] = 6.0 - SPECIFIC_ZIPF
            missing.append(name)
        for word in question.focus:
            if word in aside or word not in asked or word in idioms or _judging(word) or word in in_names:
                continue
            if _happened(word, question.text):
                continue  # "ik ben afgewezen": what happened to the asker, not the topic of the question
            if not self.known(word) and self._known_alternative(question.text, word):
                continue  # "bijles of extra les": the asker names what the corpus has as well
            if not self.known(word) and _clause_final_verb(word, question.text):
                continue  # "... of dat geld iets oplevert?": the doing asked about, not a topic
            if not self.known(word) and _done_to_asker(word, question.text):
                continue  # "mijn stagebedrijf behandelt me anders": what is done to the asker, not a topic
            if not self.known(word) and _verb_after_subject(word, question.text):
                continue  # "school checkt nooit hoe het gaat": what the subject does, not a topic
            weight = max(0.0, 6.0 - zipf(word))
            if word in names:
                weight = max(weight, 6.0 - SPECIFIC_ZIPF)
            elif zipf(word) >= SPECIFIC_ZIPF or weight == 0:
                continue
            if self._everywhere(word):
                continue  # the corpus's own subject ("mbo'er" in a letter about the mbo) tells no topic apart
            weights[word] = weight
            if not self.known(word):
                missing.append(word)
        shares = []
        for part in _pieces(question) or (None,):
            words = (
                weights.keys()
                if part is None
                else (set(content_words(part)) & weights.keys()) | {n for n in absent_names if n in part}
            )
            total = sum(weights[w] for w in words)
            if total:
                shares.append(sum(weights[w] for w in words if w in missing) / total)
        return min(shares, default=0.0), tuple(missing)

    def absent(self, question: Question, *, main_only: bool = False) -> tuple[str, ...]:
        """Nouns the question asks about that the corpus never uses in any form ("krijgen ze een boete?", "op
        zondag"), however common: an answer about the rest must say so first.

        Only nouns as asked (after an article, possessive or preposition) of the question's own clauses, not of
        the asker's situation, moment or other choice; with ``main_only``, of its first question only.
        """
        if question.english or (question.followup and refers_back(re.split(r",\s*", question.text.strip())[-1])):
            return ()  # "wat zijn de opties?" names what was discussed in its own words
        aside = _aside_words(question.text)
        absent_names = self.absent_names(question)
        out: list[str] = []
        out_of_main = False
        analyzer = self.searcher.analyzer
        asked_before = False
        for sentence in split_sentences(without_situation(question.text)):
            if sentence[-1:] in ".!" or (asked_before and not asks(sentence)):
                # what the asker tells ("die heeft daar toch geen diploma voor.", "... vindt? voelt niet zo in mijn
                # klas"), not what is asked
                continue
            asked_before = sentence.endswith("?")
            if main_only and out_of_main:
                break
            out_of_main = True
            clauses = re.split(r",\s*", sentence)
            if len(clauses) > 1 and points_back(clauses[-1]):
                sentence = clauses[-1]  # "ze willen geen meiden met hoofddoek, mag dat?": what is told, then asked
            names = [n for n in absent_names if n in sentence]
            out.extend(names)  # "moet ik naar het Juridisch Loket?"
            in_names = {w.lower() for n in names for w in re.findall(r"\w+", n)}
            focus = set(focus_words(sentence)) | _SANCTIONS  # "krijgen ze een boete?": asked, though an attribute
            # "een straf of boete?": the second noun has the first one's article
            sentence = _COORDINATED.sub(r"\1 \2 \3 \1 \4", sentence)
            idioms = [i.span() for i in _IDIOM.finditer(sentence)]
            found = [*_NOUN.finditer(sentence), *_ADJECTIVE_NOUN.finditer(sentence)]
            for m in sorted(found, key=lambda m: m.start("noun")):
                word = m.group("noun").lower()
                if any(a <= m.start("noun") < b for a, b in idioms):
                    continue
                if (adjective := m.groupdict().get("adjective")) and (
                    zipf(adjective) < SPECIFIC_ZIPF or adjective.lower().endswith("ste")
                ):
                    # an adjective is a common word ("een hogere ..."), not a noun ending in -e ("voor
                    # stagediscriminatie bekender"); after a superlative ("de meeste kans op ...") the noun is how
                    # something is measured
                    continue
                if (
                    word not in focus
                    or word in in_names
                    or word in aside
                    or word in _JUDGING
                    or word in _ASKED_KIND
                    or word in _PRONOUNS
                    or _ADJECTIVE.search(word)
                ):
                    continue
                if not m.group("article") and word.endswith("en") and zipf(word) >= SPECIFIC_ZIPF:
                    continue  # "daar iets aan veranderen": a verb
                if not m.group("article") and _SPLIT_ADVERB.search(sentence[: m.start("noun")]):
                    continue  # "waar het in het nieuws over ging": the verb of a split "waarover"
                if zipf(word) >= EVERYDAY_ZIPF:
                    continue  # "of staat het alleen in de vraag?": an adverb; a noun this common any text has
                if m.group("article") and m.group("article").lower() == "het" and _finite_verb(word):
                    continue  # "of het helpt": "het" is the subject of a verb
                if (m.group("article") or "het").lower() == "het" and participle(word, sentence):
                    continue  # "waarmee wordt het gemeten?", "erop aangesproken worden?": a verb
                parts = analyzer.split_compound(fold(word))
                if self.known(word) or (parts and all(self.known(p) for p in parts)):
                    continue  # "personeelstekorten": the letter has both parts, maybe as "tekortsectoren"
                out.append(word)
        return tuple(dict.fromkeys(out))

    def _declined(self, question: Question, evidence: Evidence) -> tuple[str, ...]:
        """What a decline says the letter is not about: a name it never writes with the nouns asked about, else the
        missing topic words."""
        if self.absent_names(question):
            return self.absent(question, main_only=True)
        return evidence.missing or self.absent(question, main_only=True)

    def _specific_known(
        self, question: Question, besides: Sequence[str], *, situation: bool = False, things: bool = False
    ) -> bool:
        """Whether the question names something specific (not everywhere in it) that the corpus has; with
        ``situation``, also in what the asker tells ("als ik gediscrimineerd word"); with ``things``, not what is
        done to it ("wordt de basisbeurs verhoogd?": the letter may well raise something else)."""
        aside = _aside_words(question.text)
        text = question.text if situation else without_situation(question.text)
        found = content_words(text) if situation else focus_words(text)
        words = [w for w in found if w not in besides and w not in aside]
        if things:
            done = {m.group(1).lower() for m in _PASSIVE_ASKED.finditer(text)}
            words = [w for w in words if w not in done]
        return any(self._specific(w) for w in words)

    def _stated_together(self, question: Question, besides: Sequence[str]) -> bool:
        """Whether one sentence of the corpus has a specific word of the question (see _specific) with another word
        the question asks about (not ``besides``, not one in every passage)."""
        aside = _aside_words(question.text)
        words = [w for w in focus_words(without_situation(question.text)) if w not in besides and w not in aside]
        specific = [w for w in words if self._specific(w)]
        if not specific:
            return False
        partners = [w for w in words if zipf(w) < PARTNER_ZIPF and self.known(w) and not self._everywhere(w)]
        texts = self._sentences_of()
        return any(
            self._loosely_in(w, *t) and self._loosely_in(p, *t)
            for w in specific
            for p in partners
            if p != w
            for t in texts
        )

    def _asked_within(self, question: Question, missing: Sequence[str]) -> bool:
        """Whether the words the corpus lacks are all in what the asker tells first, and what is then asked names
        a less common word the corpus has ("bij een sollicitatie wilden ze geen meiden met hoofddoek. waar kan ik dat
        melden?": the letter does not name the case, it does say where to report)."""
        sentences = split_sentences(question.text)
        told = [t for t in sentences if not asks(t)]
        if not told or asks(sentences[0]):
            return False
        told_words = set(content_words(" ".join(told)))
        if not all(w in told_words for w in missing):
            return False
        asked = [w for t in sentences if asks(t) for w in content_words(t)]
        if any(w in missing for w in asked):
            return False
        return any(
            zipf(w) < ASKED_ZIPF and self.known(w) and not self._everywhere(w) for w in asked if w not in told_words
        )

    def _missing_only_told(self, question: Question, missing: Sequence[str]) -> bool:
        """Whether the words the corpus lacks are in sentences the asker only tells ("ik twijfel tussen mbo bouw of
        mbo ict."), and the sentences that ask name two or more words the corpus has, not everywhere in it ("bij
        welke opleidingen vind je makkelijk werk?"): what is asked is not what the corpus lacks."""
        sentences = split_sentences(question.text)
        told = " ".join(t for t in sentences if not asks(t))
        asked = {w for t in sentences if asks(t) for w in content_words(t)}
        if not told or not asked or not missing:
            return False
        told_words = set(re.findall(r"[\w'’-]+", told.lower()))  # (fillers too: "eh")
        if any(w not in asked and w not in told_words for w in missing):
            return False
        # (one word of an asked sentence may be the asker's own, "welke opleidingen hebben de beste baankansen?",
        # when the corpus has more than twice as many of the others)
        lacking = sum(1 for w in missing if w in asked)
        known = sum(1 for w in asked if self.known(w) and not self._everywhere(w))
        return known >= 2 and 2 * lacking < known

    def _neither(
        self, fact: str, question: Question, evidence: Evidence, closest: tuple[int, ...], *, told: bool = False
    ) -> Scope | None:
        """A decline when the asked-for fact is missing and so is most of what it would be about, and nothing else
        the question names is specific to the corpus (with ``told``, nor the subject the asker told about)."""
        missing = evidence.missing
        if (
            evidence.missing_share < MISSING_SHARE
            or question.followup
            or question.english
            or self._specific_known(question, missing)
            or (told and self._about_told(question, missing))
            or self._missing_only_told(question, missing)
            or self._phrased_around(question, missing)
        ):
            return None
        reason = f"no {fact}, and topic words not in the corpus: {', '.join(missing)}"
        return Scope("decline", reason, evidence, unknown=missing, closest=closest)

    def _phrased_around(self, question: Question, missing: Sequence[str]) -> bool:
        """Whether the question, without the words the corpus lacks (and the short small words before them), asks in the
        corpus's own words: ``PHRASE_WORDS`` of them in a row in one of its sentences, two of them topic words.

        "hoeveel studenten hebben binnen een jaar na hun diploma werk?" has "binnen een jaar werk hebben" of "hoeveel
        studenten na hun afstuderen, binnen een jaar werk hebben": the asker's own word for what the corpus says.
        """
        lacking = {fold(w) for w in missing}
        kept: list[str] = []
        for word in _TOKEN.findall(fold(asking_sentences(without_situation(question.text)))):
            if word in lacking:
                while kept and len(kept[-1]) <= 3 and not content_words(kept[-1]):
                    kept.pop()  # "na hun diploma"
            else:
                kept.append(word)
        phrases = self._phrases_of()
        return any(
            tuple(run) in phrases
            and sum(1 for w in content_words(" ".join(run)) if self.known(w) and not self._everywhere(w)) >= 2
            for run in (kept[i : i + PHRASE_WORDS] for i in range(len(kept) - PHRASE_WORDS + 1))
        )

    def _known_alternative(self, text: str, word: str) -> bool:
        """Whether the question names an alternative to the word that the corpus has ("bijles of extra les",
        "coach of mentor")."""
        w = re.escape(word)
        for m in re.finditer(
            rf"\b{w}\s+(?:of|or)\s+((?:[^\W\d_]+\s+)?[^\W\d_]+)|([^\W\d_]+)\s+(?:of|or)\s+{w}\b", text, re.I
        ):
            other = [x for x in content_words(m.group(1) or m.group(2) or "") if x != word]
            if not other or self._everywhere(other[-1]):
                continue
            # (a short word by its longer forms too: "les" in "lessen")
            if self.known(other[-1]) or re.search(rf"\b{re.escape(fold(other[-1]))}\w{{0,3}}\b", self._folded):
                return True
        return False

    def _about_told(self, question: Question, missing: Sequence[str]) -> bool:
        """Whether what is asked points back ("die", "dat") at what the asker tells first, which names something
        specific that the corpus has ("mn stagebegeleider heb ik 1 keer gezien. hoe vaak moet die langskomen?": about
        the supervision, of which the letter says something, if not how often)."""
        asked = without_situation(question.text)
        at = question.text.find(asked) if asked else -1
        if at <= 0 or not _POINTS_BACK.search(asked):
            return False
        told = content_words(question.text[:at])
        return not any(w in told for w in missing) and any(self._specific(w) for w in told)

    def _specific(self, word: str) -> bool:
        """Not common, known to the corpus, and not everywhere in it; a compound it knows only by its parts
        ("stagebedrijf") when one of those is."""
        if zipf(word) >= SPECIFIC_ZIPF or not self.known(word) or self._everywhere(word):
            return False
        a = self.searcher.analyzer
        terms = a.terms(word)
        if not terms or self._as_term(word, terms):
            return True
        parts = a.split_compound(a.words(word)[0]) if a.words(word) else ()
        return not parts or any(self._specific(p) for p in parts)

    def apart(self, question: Question) -> tuple[str, ...]:
        """Phrases of two topic words ("tekort aan docenten") that no part of the corpus has together.

        Both words must be known to the corpus on their own (a word it lacks is ``missing_focus``'s business).
        Together means in one question of a letter with its answer, or one other passage, in any form
        ("doelen" / "doelstellingen", a compound such as "stagetekort").
        """
        if question.english or question.followup:
            return ()
        focus = set(question.focus)
        out = []
        text = without_situation(question.text)
        pairs = [(m.group(1), m.group(2).lower(), m.group(3).lower()) for m in _PAIR.finditer(text)]
        pairs += [  # "de begeleiding van stages in het hbo": what the last words say goes for the whole phrase
            (phrase + more[len(middle) :], first, second)
            for (phrase, first, middle), (more, again, second) in itertools.pairwise(pairs)
            if again == middle and more.lower().startswith(middle)
        ]
        for m in _COUNTED.finditer(text):
            # what is counted and a topic word said of it: "hoeveel docenten komen er tekort" (a shortage and
            # teachers the corpus has, never the two together)
            words = m.group(2).split()
            for i, w in enumerate(words):
                pairs.append((" ".join([m.group(1), *words[: i + 1]]), m.group(1).lower(), w.lower()))
        for phrase, first, second in pairs:
            if first not in focus or second not in focus or first == second:
                continue
            if not all(zipf(w) < SPECIFIC_ZIPF and self.known(w) for w in (first, second)):
                continue
            if any(fold(w) in self._authors for w in (first, second)):
                continue  # "wat zegt Letschert over ...": who wrote it is not a topic of it
            if sum(self._everywhere(w) for w in (first, second)) > (1 if self._few_parts(first, second) else 0):
                # (one word the corpus is all about may go with one it names in only a passage or two)
                continue
            if not self._together((first, second)):
                out.append(phrase)
        a = self.searcher.analyzer
        for word in question.focus:
            words = a.words(word)
            parts = a.split_compound(words[0]) if len(words) == 1 and a.terms(word)[0] not in self.searcher._idf else ()
            if parts and parts[0] in _VERB_PARTICLES and _VERB_END.search(word):
                continue  # "terugkrijgen": a separable verb ("krijgen ... terug"), not a compound of two topics
            if parts and all(self.known(p) for p in parts) and not self._together_or_incidental(parts):
                out.append(word)  # "lerarentekort"
        return tuple(out)

    def _few_parts(self, *words: str) -> bool:
        """One of the words is named in no more than a couple of the corpus's parts ("hbo" next to "mbo")."""
        return any(
            sum(1 for part in self._parts_of() if self._named_in(w, *part)) <= FEW_PARTS
            for w in words
            if not self._everywhere(w)
        )

    def _together(self, words: Sequence[str]) -> bool:
        return any(all(self._loosely_in(w, *part) for w in words) for part in self._parts_of())

    def _together_or_incidental(self, parts: Sequence[str]) -> bool:
        """A compound's parts occur together, or its head is incidental to the corpus (in one part of it at most):
        "loopbaanlessen" are lessons of the letter's "loopbaan-" topic, where "lessen" is said once of something
        else; "docententekort" is two of its topics that it never joins."""
        if self._together(parts):
            return True
        head = parts[-1]
        return sum(1 for part in self._parts_of() if self._named_in(head, *part)) <= INCIDENTAL_PARTS

    def _loosely_in(self, word: str, terms: set[str], folded: str) -> bool:
        """Named in a text, or a word there starts like it ("doelen" / "doelstellingen")."""
        return self._named_in(word, terms, folded) or fold(word)[: max(4, len(word) - 4)] in folded

    def _parts_of(self) -> list[tuple[set[str], str]]:
        """The terms and folded text of each question with its answer (and of each passage outside them), made
        once."""
        if self._part_terms is None:
            a = self.searcher.analyzer
            texts: dict[object, list[str]] = {}
            for i, c in enumerate(self.searcher.chunks):
                key = (c.source_id, c.question) if c.question is not None else i
                texts.setdefault(key, []).append(c.text)
            joined = ["\n".join(t) for t in texts.values()]
            self._part_terms = [(set(a.terms(t)), fold(t)) for t in joined]
        return self._part_terms

    def _sentences_of(self) -> list[tuple[set[str], str]]:
        """The terms and folded text of each sentence of the corpus, made once."""
        if self._sentence_terms is None:
            sents = self.searcher.sentences
            ids = [sid for ci in range(len(self.searcher.chunks)) for sid in sents.of_chunk[ci]]
            self._sentence_terms = [(sents.terms[sid], fold(sents.sentences[sid].text)) for sid in ids]
        return self._sentence_terms

    def _phrases_of(self) -> set[tuple[str, ...]]:
        """Every run of ``PHRASE_WORDS`` words in one sentence of the corpus (folded), made once."""
        if self._phrases is None:
            self._phrases = {
                tuple(words[i : i + PHRASE_WORDS])
                for _, text in self._sentences_of()
                for words in (_TOKEN.findall(text),)
                for i in range(len(words) - PHRASE_WORDS + 1)
            }
        return self._phrases

    def _quotes_a_figure(self, text: str) -> bool:
        """Whether the question quotes a statistic ("31%", "4.695", "33,8") that the corpus has, written the same."""
        figures = re.findall(r"\d+(?:[.,]\d+)+%?|\d+%|\d+ procent", text)
        return any(
            re.search(rf"(?<![\d.,]){re.escape(f.replace(' procent', '%'))}(?![\d])", self._all_text) for f in figures
        )

    # ------------------------------------------------------------------ the decision

    def decide(self, question: Question, hits: Sequence[Hit], evidence: Evidence | None) -> Scope:
        closest = tuple(dict.fromkeys(h.chunk.question for h in hits if h.chunk.question is not None))[:3]
        if question.intent in ("empty", "injection", "opinion"):
            return Scope("decline", question.intent)
        if not hits:
            return Scope("decline", "nothing found")
        if question.question is not None or question.intent == "metadata":
            return Scope("answer", "asked for a part of the letter", evidence, closest=closest)
        for kind in question.asked_facts:
            if kind in _FACT_PRESENT and not _FACT_PRESENT[kind].search(self._all_text):
                return Scope("decline", f"the corpus has no {kind}", evidence, closest=closest)
        assert evidence is not None
        if question.anchored or self._quotes_a_figure(question.text) or self.searcher.quoting(question.text):
            # a follow-up without a subject of its own ("Met wie wordt dat opgepakt?") is about the answer just
            # given: its own words cannot tell whether the letter covers it; a figure quoted from the letter
            # ("waar komt het cijfer van 31% vandaan?") says the question is about the letter
            return self._partial_or_answer(question, hits, evidence, closest)
        floor = FLOOR_SIMILARITY[question.language]
        # (a decline names what the question asks about that the letter never names, common words too: "in het
        # buitenland")
        if evidence.similarity < floor:
            return Scope(
                "decline",
                f"no sentence close enough ({evidence.similarity:.3f})",
                evidence,
                unknown=self._declined(question, evidence),
                closest=closest,
            )
        # "mijn zoon heeft adhd en school zegt dat ze niks extra kunnen doen. klopt dat?": the claim checked is what
        # is asked; a word the corpus lacks outside it tells about the asker, and does not decline on its own
        claim = checked_claim(question.text)
        told_only = (
            claim is not None
            and bool(evidence.missing)
            and not set(evidence.missing) & set(content_words(claim))
            and self.searcher.coverage(claim) >= WEAK_COVERAGE
        )
        if (
            evidence.coverage < WEAK_COVERAGE
            and evidence.similarity < WEAK_SIMILARITY[question.language]
            and not told_only
            # (not when every topic word is the corpus's and one is specific to it, spread over sentences as they
            # may be: "mn dochter is slecht in rekenen en nederlands, doet de school daar nog iets aan?")
            and (bool(evidence.missing) or not self._specific_known(question, (), situation=True))
        ):
            return Scope(
                "decline",
                f"no sentence shares the question's terms ({evidence.coverage:.2f})",
                evidence,
                unknown=self._declined(question, evidence),
                closest=closest,
            )
        subject = question.subject
        if (
            subject
            and not question.english
            # "wat zijn de opties (dan)?" after an answer: its own words for what was just discussed
            and not (question.followup and refers_back(question.text))
            # "hoeveel uur ...?": what is counted, however common a word, must be in the corpus (money and
            # percentages are written as signs)
            and (zipf(subject) < SPECIFIC_ZIPF or (question.answer_type == "amount" and not _SIGN_UNIT.match(subject)))
            and not self.known(subject)
            and not _judging(subject)  # "de zwaarste sanctie": the letter may name the one it means
            and not self._known_alternative(question.text, subject)  # "recht op bijles of extra les?"
            and evidence.similarity < SUBJECT_SIMILARITY
            # the subject of a later question ("... op zondag? hoeveel uur per week ...?"): only when nothing else
            # asked is specific to the corpus ("Wat doet de minister aan stagediscriminatie? en hoeveel uur ...?")
            and (subject == subject_of(question.text) or not self._specific_known(question, (subject,)))
        ):
            return Scope(
                "decline",
                f"asks about {subject}, which the corpus never names",
                evidence,
                unknown=(_with_rate(subject, question.text),),
                closest=closest,
            )
        asked = without_situation(question.text)  # "ik loop 32 uur stage, heb ik recht op ...?": not what is asked
        # (nor a sentence the asker tells first: "hij heeft me in 10 weken 1 keer gebeld. gaat dat veranderen?")
        asked = asking_sentences(asked)
        # "... 1x gezien, 15 min. is dat normaal??": whether a practice is usual, about what the asker names (a
        # supervisor the corpus speaks of); its measures describe it, they are not asked
        usual = bool(_IS_USUAL.match(asked))
        # "... heb ik in 10 weken 1x gezien, doet iemand daar wat aan?": what is asked points back at what was told
        # first in the same sentence, whose measures describe it as "is dat normaal?" does
        usual = usual or (
            "," in asked and points_back(tail := asked.rsplit(",", 1)[1]) and len(content_words(tail)) <= 1
        )
        if _MAY_THAT.match(asked) and (at := question.text.find(asked)) > 0:
            # "... wil dat ik om 4 uur 's nachts begin. mag dat wel?": whether what was told just before is allowed
            # is asked (not the situation told first: "ik loop nu 10 weken stage. mijn begeleider ... is dat normaal?")
            told = split_sentences(question.text[:at])
            asked = f"{told[-1]} {asked}"
        quantities = [
            m.group(0)
            for m in _QUANTITY.finditer(asked)
            if content_words(m.group(1))  # "onder de 18 nou": no unit
            and not _DURATION_SO_FAR.search(asked, max(0, m.start() - 6), m.end() + 10)
            and not self.known(m.group(1))
            # ("1 keer gezien in 5 maanden": how often, which the frequency kind of fact and the subject decide)
            and m.group(1).lower() not in _OCCURRENCES
        ]
        if (
            quantities
            and not question.english
            and evidence.similarity < SUBJECT_SIMILARITY
            # ("... 32 uur per week werk. mag dat?? ... vanaf wanneer wordt stagevergoeding verplicht?": what else is
            # asked is no measure at all)
            and _in_every_part(question, quantities)
            and not (usual and self._specific_known(question, tuple(quantities), situation=True))
        ):
            # "meer dan 40 uur per week": a measure the corpus never uses cannot be answered from it
            return Scope(
                "decline",
                f"a quantity in a unit the corpus never uses: {', '.join(quantities)}",
                evidence,
                # (named by what the question asks about, when the corpus never names that: "moet ik lesgeld betalen
                # als ik 18 word?" is about lesgeld, not "18 word")
                unknown=self.absent(question, main_only=True) or evidence.missing or tuple(quantities),
                closest=closest,
            )
        single = {m.group(0).lower() for m in _NAME_IN_TEXT.finditer(question.text)}
        names = [w for w in evidence.missing if w in single or " " in w]  # (" ": a name of several words)
        if names and evidence.similarity < CLOSE_SIMILARITY:
            return Scope(
                "decline",
                f"names what the corpus never mentions: {', '.join(names)}",
                evidence,
                unknown=tuple(names),
                closest=closest,
            )
        if (
            evidence.missing_share >= MISSING_SHARE
            and evidence.similarity < CLOSE_SIMILARITY
            # (not when what else it names is a statement of the corpus: "kan een bedrijf zijn erkenning kwijtraken?"
            # has "erkenning" with "bedrijf" in one sentence; "hoe schrijf ik een sollicitatiebrief voor een
            # stageplek?" only "stageplek")
            and not self._stated_together(question, evidence.missing)
            and not self._asked_within(question, evidence.missing)
            and not self._missing_only_told(question, evidence.missing)
            and not self._about_told(question, evidence.missing)
            and not self._phrased_around(question, evidence.missing)
            and not _compared_only(question.text, evidence.missing)
            and not told_only
        ):
            return Scope(
                "decline",
                f"topic words not in the corpus: {', '.join(evidence.missing)}",
                evidence,
                unknown=evidence.missing,
                closest=closest,
            )
        if (
            evidence.similarity < CLOSE_SIMILARITY
            # (not after the asker's own context: "als ik iets meld, komt mijn naam dan bij het bedrijf?" asks
            # within it; the partial note says the word is not there)
            and without_situation(question.text) == question.text.strip()
            and (absent := self.absent(question, main_only=True))
            # (and nothing else specific that the corpus has: "krijgt een gemeente een boete als de wachttijd te lang
            # is?" is about waiting times, and gets the partial note)
            and not self._specific_known(question, absent)
        ):
            # "kan ik na het mbo naar de universiteit?": what is asked is a thing the corpus never names, however
            # common a word, and no sentence comes close
            return Scope(
                "decline",
                f"asks about what the corpus never names: {', '.join(absent)}",
                evidence,
                unknown=absent,
                closest=closest,
            )
        if (
            evidence.similarity < CLOSE_SIMILARITY
            and (doing := asked_predicate(question.text))
            and not self.known(verb := doing[1])
            and not _judging(verb)  # "kan het bedrijf gestraft worden?": the letter may name the penalty it means
            # (who does it, "het leerbedrijf", says nothing of whether the letter covers the doing)
            and not self._specific_known(question, doing, situation=True)
        ):
            # "mag mijn stagebedrijf mij ontslaan als ik ziek ben?": what may or must happen is a doing the corpus
            # never names in any form, and nothing else in the question (its situation included) is specific to it
            reason = f"asks about {verb}, which the corpus never names"
            return Scope("decline", reason, evidence, unknown=(verb,), closest=closest)
        apart = self.apart(question) if evidence.similarity < APART_SIMILARITY else ()
        if apart and _in_every_part(question, apart):
            # "het tekort aan docenten": the corpus has a shortage and it has teachers, never the two together
            return Scope(
                "decline",
                f"never together in one passage: {', '.join(apart)}",
                evidence,
                # what the letter never names at all, when the question has it ("de Inspectie"), says it best: the
                # letter may well be about each of the two words ("aanpakken van stagediscriminatie")
                unknown=self.absent(question, main_only=True) or apart,
                closest=closest,
            )
        return self._partial_or_answer(question, hits, evidence, closest)

    def _partial_or_answer(
        self, question: Question, hits: Sequence[Hit], evidence: Evidence, closest: tuple[int, ...]
    ) -> Scope:
        """Covered: answer, or answer in part when the asked-for fact is not there."""
        years = tuple(y for y in _YEAR.findall(question.text) if y not in self._years)
        if years and ({"amount", "money"} & set(question.asked_facts) or question.answer_type == "amount"):
            return Scope(
                "partial", f"no figures for {', '.join(years)}", evidence, "amount", years=years, closest=closest
            )
        if skipped := self.unanswered(question, hits):
            # the committee asked exactly this, and the answer does not take it up: say so first (before a missing
            # figure: "garandeert de minister dat het even hoog wordt?" is about what the committee asked)
            top = hits[0].chunk.question
            return Scope(
                "partial",
                f"the answer to question {top} does not take up {', '.join(skipped)}",
                evidence,
                "unanswered",
                unknown=skipped,
                closest=closest,
            )
        passage = self._passage_texts(hits)
        discussed: list[str] = []
        if question.anchored and question.context_questions:
            # "hoeveel geld is het in totaal?" is about the answers discussed, with their committee questions
            discussed = [c.text for c in self.searcher.chunks if c.question in question.context_questions]
            passage += discussed
        if question.followup and (verb := _who_does(question.text)) and not self._does_in(verb, passage):
            # "wie beslist dat dan?" after the erkenning that can be withdrawn: no sentence of what is discussed says
            # who decides (a passive "het intrekken van de erkenning" names no one); said first
            return Scope(
                "partial", f"the passage says not who {verb}", evidence, "doer", unknown=(verb,), closest=closest
            )
        for kind in question.asked_facts:
            # "wie betaalt dat?" is answered by what was discussed, or by a payment the letter names for it elsewhere
            if kind == "payer" and discussed:
                if self._payment_in(question, discussed) or (paid := self._found_elsewhere(kind, question)) is None:
                    continue  # (nothing specific to look for elsewhere: no claim that it is missing)
                if paid:
                    return Scope("answer", "a payment for it elsewhere", evidence, closest=closest, elsewhere=paid)
                return Scope("partial", "what was discussed names no payment", evidence, kind, closest=closest)
            if kind == "frequency" and not self._frequency_about(question, hits):
                # "hoe vaak moet die langskomen?": a frequency of what the question is about ("elk jaar gaat er geld
                # naar ..." is not one), else the letter does not say how often
                return Scope("partial", "the passage says not how often", evidence, kind, closest=closest)
            if kind in HAS_FACT and not self.fact_in(kind, passage) and not self._counted_in_words(question, passage):
                # what a figure must be about, so that a figure about something else found later does not count
                # (Gate.recheck): "hoeveel studenten vallen voortijdig uit?" is not answered by "4.695 zonder stage"
                figure = kind in ("amount", "money", "frequency", "duration", "date")
                key = tuple(self.key_words(question)) if figure else ()
                loose = tuple(self.loose_words(question)) if figure and not key else ()
                # neither the fact nor most of what it is about: "tot wanneer kan ik me aanmelden voor volgend
                # schooljaar?" is not about the letter, whatever "opleiding" it shares
                if declined := self._neither(kind, question, evidence, closest, told=True):
                    return declined
                if (
                    kind in ("money", "amount")
                    and key
                    and not question.followup
                    and self.figure_about(kind, key, self._hit_sentences(hits))
                ):
                    # "zegt ze iets over het budget voor X?": a passage the search found gives X's sum (a list item,
                    # "X voor ... Hiervoor is 21,3 miljoen euro gereserveerd"), if not the best one: no claim it is
                    # missing
                    continue
                if kind in ("money", "amount") and discussed and (found := self._found_elsewhere(kind, question)):
                    # "en hoeveel geld is het bij elkaar?" after an answer on LOB that names no sum: the letter's sum
                    # for LOB elsewhere (perhaps in a committee question), not a claim that the letter has none
                    return Scope("answer", f"{kind} for it elsewhere", evidence, closest=closest, elsewhere=found)
                # ("Wat wordt het minimumbedrag? Wordt dat gekoppeld aan het minimumloon?": both are said; a specific
                # word only, not "de regering" or "hebben ze het allemaal?")
                absent = tuple(
                    w
                    for w in (self.absent(question) if kind in ("money", "amount") and not question.followup else ())
                    if zipf(w) < SPECIFIC_ZIPF
                )
                return Scope(
                    "partial",
                    f"the passage gives no {kind}",
                    evidence,
                    kind,
                    unknown=key,
                    closest=closest,
                    also_absent=absent,
                    loose=loose,
                )
        if question.answer_type == "amount" and not question.followup and not question.english:
            kind = next((k for k in ("money", "frequency", "duration") if k in question.asked_facts), "amount")
            key = self.key_words(question)
            loose = [] if key else self.loose_words(question)
            sentences = self._passage_sentences(hits)
            if (total := _TOTAL.search(question.text)) and any(_SHARE_OF_TOTAL.search(t) for t in passage):
                # "hoeveel zijn er in totaal?" where the passage names the total only as what a share is of ("1% van
                # het totale aantal"): unless a figure names it otherwise, the letter does not give it
                loose.append(total.group(0).lower())
            if (
                loose
                and not self.figure_about(kind, loose, sentences, strict=True)
                and not self._counted_in_words(question, passage)
            ):
                # nothing specific, and no figure names any other word of what is asked ("welk percentage heeft
                # binnen een jaar een baan?" is not answered by "1% van de studenten heeft geen stageplek")
                return Scope(
                    "partial",
                    f"no {kind} about {', '.join(loose)}",
                    evidence,
                    kind,
                    closest=closest,
                    loose=tuple(loose),
                )
            figure_of = m.group(1) if kind == "amount" and (m := _FIGURE_OF.search(question.text)) else ""
            if figure_of and zipf(figure_of) < SPECIFIC_ZIPF and not self.figure_about(kind, [figure_of], sentences):
                # the figure of a specific thing, which no figure of the passage names ("met hoeveel procent is de
                # studenttevredenheid gestegen?" is not answered by the shares of what the money was spent on)
                return Scope(
                    "partial", f"no {kind} about {figure_of}", evidence, kind, unknown=(figure_of,), closest=closest
                )
            if (
                key
                and not self.figure_about(kind, self._as_answered(key, hits), sentences)
                and not self._counted_in_words(question, passage)
            ):
                # the passage has figures, but none about what is asked ("22 weken" for eetstoornissen, not adhd)
                return Scope(
                    "partial", f"no {kind} about {', '.join(key)}", evidence, kind, unknown=tuple(key), closest=closest
                )
        asked_text = question.search_text if question.followup else question.text
        if (
            (question.answer_type == "date" or "date" in question.asked_facts)
            # ("komt er een verplichte vergoeding?" then "en wanneer?": when it starts)
            and _ASKS_START.search(_DOCUMENT_COMES.sub(" ", asked_text))
            and not _ASKS_END.search(question.text)  # "en tot wanneer loopt het?" after "sinds wanneer ...?"
            and not any(_GIVES_START.search(t) and has_date(t) for t in passage)
            and not self._dated_event(question, passage)
        ):
            # neither a start date nor what it would be of: "wanneer begint de zomervakantie?" is not about the
            # letter, whatever date it gives for something else
            if declined := self._neither("start date", question, evidence, closest):
                return declined
            return Scope("partial", "the passage gives no start date", evidence, "start", closest=closest)
        if unlisted := self._unlisted(question):
            # "wat zijn die vier doelstellingen precies?": the letter names "de vier doelstellingen" but never lists
            # them; said first, then what it does say
            return Scope("partial", "names but never lists them", evidence, "unlisted", unknown=(unlisted,))
        if absent := self.absent(question):
            if (
                evidence.missing_share >= 1.0
                and set(absent) <= set(evidence.missing)
                and not question.followup
                and not self._specific_known(question, absent, things=True)
                and not _compared_only(question.text, absent)
            ):
                # all that the question asks about is what the corpus never names, and nothing else in it is specific
                # to the corpus ("wanneer begint de zomervakantie op het mbo?"): not a partial answer
                reason = f"asks only about what the corpus never names: {', '.join(absent)}"
                return Scope("decline", reason, evidence, unknown=absent, closest=closest)
            reason = f"never names {', '.join(absent)}"
            return Scope("partial", reason, evidence, "words", unknown=absent, closest=closest)
        return Scope("answer", "covered", evidence, closest=closest)

    def recheck(self, scope: Scope, shown: Sequence[str], context: Sequence[str] | None = None) -> Scope:
        """A "not in the letter" decision checked against the sentences chosen to show: when they give the fact
        said to be missing ("€ 340 per traject" for "hoeveel geld per traject?"), it is an answer.

        The decision looked at the best passage; the selection may have found the fact elsewhere, and an answer
        must never say the letter lacks what it quotes. A figure counts only when it is about what was asked: named
        in its sentence, or (``context``, one per sentence) for a list item, in the paragraph up to it.
        """
        kind = scope.missing_fact
        if scope.decision != "partial" or scope.years or not shown or kind == "frequency":
            return scope  # (how often was looked for about what is asked: a frequency of something else is none)
        if kind == "start":
            found = any(_GIVES_START.search(t) and has_date(t) for t in shown)
        elif kind in HAS_FACT and scope.loose:
            found = self.figure_about(kind, scope.loose, [list(shown)], strict=True)
        elif kind in HAS_FACT and scope.unknown:
            a = self.searcher.analyzer
            found = self.figure_about(kind, scope.unknown, [list(shown)]) or any(
                HAS_FACT[kind](text)
                and all(self._named_in(w, set(a.terms(window)), fold(window)) for w in scope.unknown)
                for text, window in zip(shown, context or shown, strict=True)
            )
        elif kind in HAS_FACT:
            found = self.fact_in(kind, shown)
        else:
            return scope
        return (
            Scope("answer", f"{scope.reason}, but the chosen sentences give it", scope.evidence, closest=scope.closest)
            if found
            else scope
        )

    def parts_missing(self, question: Question, scope: Scope, hits: Sequence[Hit], cited: Sequence[str]) -> Scope:
        """The kinds of fact that a part of a question of several asks for ("..., en hoe hoog wordt het?") and no
        passage found nor any cited answer gives, besides what ``scope`` already says is missing.

        A claim about the letter, so it is checked on every passage the search found and the whole cited answers.
        """
        if scope.decision == "decline" or question.followup:
            return scope
        # (no amount at all says no money too; no money leaves a count asked elsewhere: "hoeveel meldingen ...?")
        said = {scope.missing_fact} | ({"money"} if scope.missing_fact == "amount" else set())
        texts = [*cited, *(h.chunk.text for h in hits)]
        chunks = [i for h in hits if (i := self.searcher.by_id.get(h.chunk.id)) is not None]
        out: list[str] = []
        if (
            scope.decision == "partial"
            and scope.missing_fact in _FACT_KINDS
            and scope.missing_fact not in ("start", "date")
            # (asked as a date: not "geldt die ook voor bbl?")
            and (question.answer_type == "date" or "date" in question.asked_facts or _START_DATE.search(question.text))
            and _ASKS_START.search(_DOCUMENT_COMES.sub(" ", question.text))
            and not any(_GIVES_START.search(t) and has_date(t) for t in texts)
        ):
            # "Noemt de minister een bedrag of een ingangsdatum?": the start date is missing too
            out.append("start")
        # "een bedrag, een percentage of een ingangsdatum?" asks each in one sentence: each is a piece
        pieces: list[tuple[str, str | None]] = [(p, None) for p in _pieces(question)]
        if not pieces and scope.decision == "partial" and scope.missing_fact in _FACT_KINDS:
            # ("... when will it take effect and how much will it be?": each kind of fact asked for in one sentence)
            kinds = [k for k in ("money", "date") if k in question.asked_facts] or [None]
            pieces = [(question.text, "amount" if k == "money" else k) for k in kinds]
        for part, asked_kind in pieces:
            kind = asked_kind or answer_type(part)
            if kind in (None, "yesno") and "money" in asked_facts(part, kind):
                kind = "amount"  # "Noemt ze een bedrag?" (a sum: see below)
            if kind not in ("amount", "date"):
                continue
            # ("..., en hoeveel wordt het?": money when what "het" points back to is)
            whole = question.text if points_back(part) else part
            if kind == "amount" and "money" in asked_facts(whole, kind):
                kind = "money"
            elif kind == "amount" and "duration" in asked_facts(part, kind):
                kind = "duration"  # "hoe lang duurt dat?"
            if kind in said or kind in out or (kind == "money" and "amount" in out):
                continue
            check = answers_fact(kind)
            if kind == "amount" and self._counted_words_in(part, texts):
                continue  # "hoeveel doelstellingen ...?" and "de vier doelstellingen"
            if check is None or not texts:
                continue
            key = self.key_words(replace(question, text=part, focus=focus_words(part))) if kind != "date" else []
            if key:
                # a figure about what the part counts ("hoeveel meldingen van stagediscriminatie ...?"), not any figure
                sents = self.searcher.sentences
                passages = [list(cited), *([sents.sentences[x].text for x in sents.of_chunk[i]] for i in chunks)]
                if not self.figure_about(kind, key, passages):
                    out.append(kind)
            elif not any(check(t) for t in texts):
                out.append(kind)
        return replace(scope, also_missing=tuple(out)) if out else scope

    def no_figure_shown(self, question: Question, scope: Scope, shown: Sequence[str]) -> Scope:
        """A "hoeveel"/"welk percentage" answered by sentences without any figure ("We meten bij elke opleiding
        hoeveel studenten ... werk hebben"): the letter gives no figure for it, said first (the sentences chosen to
        show are the answer: a figure about what is asked would have led; the committee's text counts)."""
        kind = "money" if "money" in question.asked_facts else "amount"
        if (
            scope.decision != "answer"
            or question.answer_type != "amount"
            or question.intent != "content"
            or question.followup
            or question.english
            or not shown
            or any(HAS_FACT[kind](t) for t in shown)
            or self._counted_in_words(question, shown)
        ):
            return scope
        return Scope("partial", f"no {kind} in the chosen sentences", scope.evidence, kind, closest=scope.closest)

    def only_vague_time(self, question: Question, scope: Scope, shown: Sequence[str]) -> Scope:
        """A "wanneer" answered by sentences that say when only as "binnenkort": the letter gives no date for it,
        said first (the sentences chosen to show are the answer; a date in them would have led)."""
        asks_date = question.answer_type == "date" or "date" in question.asked_facts
        if (
            scope.decision != "answer"
            or not asks_date
            or question.english
            or not shown
            or any(has_date(t) for t in shown)
        ):
            return scope
        a = self.searcher.analyzer
        vague = [t for t in shown if has_time(t)]
        # about what is asked: a follow-up on the discussed answer, or a sentence that names a word of the question
        # ("wanneer is dat gesprek?" / "Binnenkort ga ik in gesprek"), not a "binnenkort" about something else
        about = (
            question.anchored
            or bool(question.followup and question.context_questions)
            or any(
                self._named_in(w, set(a.terms(t)), fold(t))
                for t in vague
                for w in question.focus
                if not self._everywhere(w) and w not in self.searcher._question_terms
            )
        )
        if not vague or not about:
            return scope
        return Scope("partial", "only a time without a date", scope.evidence, "date", closest=scope.closest)

    def referent(self, question: Question) -> tuple[str, ...]:
        """ "wie maakt die tool?" then "wanneer is die klaar?": the specific words of the previous question that a
        follow-up pointing back without a subject of its own is about."""
        if not question.followup or not question.previous or not _POINTS_AT_THING.search(question.text):
            return ()
        if any(self._specific(w) for w in question.focus):
            return ()
        return tuple(w for w in focus_words(question.previous) if self._specific(w))

    def date_not_about(self, question: Question, scope: Scope, dated: Sequence[tuple[str, str]]) -> Scope:
        """A follow-up's "wanneer is die klaar?" answered with dates whose passages never name what "die" points at
        (the tool): the letter gives no date for it, said first. ``dated``: each shown sentence with the two before
        it in its passage."""
        if scope.decision != "answer" or not scope.about or question.english:
            return scope
        a = self.searcher.analyzer
        with_date = [passage for text, passage in dated if has_date(text)]
        if any(self._named_in(w, set(a.terms(p)), fold(p)) for p in with_date for w in scope.about):
            return scope
        return Scope("partial", "a date about something else", scope.evidence, "date", closest=scope.closest)

    def unanswered(self, question: Question, hits: Sequence[Hit]) -> tuple[str, ...]:
        """Specific words of the part of the committee's question the asker points at, that the answer never uses.

        Only for questions about the answer itself ("wat antwoordt de minister op ...", "garandeert de minister
        ..."), and only when the question is clearly closer to one part of the committee's question than to the
        others: "hebben scholen genoeg geld tegen stagediscriminatie?" points at "of onderwijsinstellingen
        voldoende middelen hebben ...", and the answer never mentions "middelen".  The words are evidence, said as
        such ("komt dat niet voor"), never a verdict.
        """
        if question.english or not hits or hits[0].chunk.question is None or not _ABOUT_ANSWER.search(question.text):
            return ()
        if _WHICH_QUESTION.search(question.text):
            return ()
        top = hits[0].chunk
        part = self._closest_part(question, top)
        if part is None:
            return ()
        answer = self._answer_text(top.source_id, top.question)
        a = self.searcher.analyzer
        terms, folded = set(a.terms(answer)), fold(answer)
        lower = part.lower()
        names = {m.group(0).lower() for m in re.finditer(r"(?<=\s)[A-Z][\w-]*", part)}
        infinitives = set(re.findall(r"\bte ([^\W\d_]+)", lower))  # "aan te scherpen": a verb, not a topic
        words = re.findall(r"[^\W\d_][\w'’-]*", lower)
        content = set(content_words(lower))  # no pronominal adverb ("hierbij"), filler or attribute word
        last = words[-1] if words else ""  # "... uit beeld raken?": the verb that ends the clause
        gaps = [
            w
            for w in dict.fromkeys(words)
            if len(w) > 3
            and w in content
            and w != last
            and w not in infinitives
            and zipf(w) < GAP_ZIPF
            and w not in _QUESTION_BOILERPLATE
            and w not in names
            and w not in QUESTION_WORDS
            and not self._named_in(w, terms, folded)
        ]
        own = [w for w in gaps if w in question.focus]  # the asker's own word first, if the committee used it
        return tuple(own or sorted(gaps, key=zipf)[:2])

    def used_in_answer(self, word: str, source: str, question: int | None) -> bool:
        """Whether the sender's answer to committee question ``question`` of ``source`` uses ``word`` in any form."""
        answer = self._answer_text(source, question)
        return self._named_in(word, set(self.searcher.analyzer.terms(answer)), fold(answer))

    def _answer_text(self, source: str, question: int | None) -> str:
        """The sender's whole answer to committee question ``question`` of ``source``."""
        return " ".join(
            c.text
            for c in self.searcher.chunks
            if c.source_id == source and c.question == question and c.kind != "question"
        )

    def committee_text(self, source: str, question: int | None) -> str:
        """The committee's whole question ``question`` of ``source`` (what it says first and every part)."""
        return " ".join(
            c.text
            for c in self.searcher.chunks
            if c.source_id == source and c.question == question and c.kind == "question"
        )

    def paraphrases(self, text: str, part: str) -> bool:
        """Whether ``text`` is as close in meaning to a part of a committee question as a paraphrase of it."""
        vectors = [np.asarray(self.searcher.embed_query(t), dtype=np.float32) for t in (text, part)]
        return float(np.dot(*vectors)) >= PART_SIMILARITY

    def _closest_part(self, question: Question, top: Chunk) -> str | None:
        """The part of the committee's question the asker paraphrases, if one stands out."""
        key = (top.source_id, top.question or 0)
        if key not in self._parts:
            sents = self.searcher.sentences
            parts = [
                part
                for i, c in enumerate(self.searcher.chunks)
                if c.source_id == top.source_id and c.question == top.question and c.kind == "question"
                for sid in sents.of_chunk[i]
                if sents.sentences[sid].text.rstrip().endswith("?")
                for part in _split_parts(sents.sentences[sid].text)
            ]
            self._parts[key] = [(p, np.asarray(self.searcher.embed_query(p), dtype=np.float32)) for p in parts]
        parts = self._parts[key]
        if not parts:
            return None
        qvec = np.asarray(self.searcher.embed_query(question.text), dtype=np.float32)
        ranked = sorted(((float(np.dot(v, qvec)), p) for p, v in parts), reverse=True)
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if ranked[0][0] < PART_SIMILARITY or ranked[0][0] - runner_up < PART_MARGIN:
            return None  # the asker does not point at one part of the committee's question
        return ranked[0][1]

    def _passage_chunks(self, hits: Sequence[Hit]) -> list[int]:
        """The part of the letter that answers: every chunk of the best hit's question (or the two best hits)."""
        s = self.searcher
        top = hits[0].chunk
        if top.question is None:
            return [s.by_id[h.chunk.id] for h in hits[:2] if h.chunk.id in s.by_id]
        return [i for i, c in enumerate(s.chunks) if c.source_id == top.source_id and c.question == top.question]

    def _dated_event(self, question: Question, passage: Sequence[str]) -> bool:
        """Whether "wanneer start X?" asks about an event the corpus names in one or two passages only, and a sentence
        found names it with a date ("In 2027 zal de eindevaluatie plaatsvinden."): that date is when it starts. (A
        subject named all over the corpus, as "de stagevergoeding", is no event one sentence dates.)"""
        s = self.searcher
        rare = {
            t
            for w in question.focus
            if zipf(w) < SPECIFIC_ZIPF
            for t in s.analyzer.terms(w)[:1]
            if 0 < s.passages_with(t) <= FEW_PARTS
        }
        return bool(rare) and any(
            has_date(sentence) and rare & set(s.analyzer.terms(sentence))
            for text in passage
            for sentence in split_sentences(text)
        )

    def _passage_texts(self, hits: Sequence[Hit]) -> list[str]:
        return [self.searcher.chunks[i].text for i in self._passage_chunks(hits)]

    def _rarest(self, words: Sequence[str]) -> list[str]:
        """The words whose term is rarest in the corpus (ties kept)."""
        a = self.searcher.analyzer
        idf = {w: max((self.searcher.idf(t) for t in a.terms(w)[:1]), default=0.0) for w in words}
        top = max(idf.values(), default=0.0)
        return [w for w in words if idf[w] >= top - 1e-9]

    @staticmethod
    def _does_in(verb: str, texts: Sequence[str]) -> bool:
        """Whether a text names the doing of ``verb`` in any form: a word that starts with its stem ("beslist":
        "beslissen", "bepaalt": "bepalen", "regelt": "regeling")."""
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, _verb_stems(fold(verb)))) + ")")
        return any(pattern.search(fold(t)) for t in texts)

    def _payment_in(self, question: Question, discussed: Sequence[str]) -> bool:
        """Whether the answers discussed name a payment; for "wie betaalt dat?" after a question about something
        specific ("wat is het Expertisepunt LOB?"), a payment in a sentence that names it ("investeringen in
        bijscholing" is money for something else)."""
        if not self.fact_in("payer", discussed):
            return False
        if any(self._specific(w) for w in question.focus):
            return True  # the follow-up names what it asks about itself
        about = self._rarest([w for w in focus_words(question.thread or question.previous) if self._specific(w)])
        if not about:
            return True
        a = self.searcher.analyzer
        sentences = [s for text in discussed for s in re.split(r"(?<=[.!?:])\s+", text)]
        return any(
            has_payment(s) and any(self._named_in(w, set(a.terms(s)), fold(s)) for w in about) for s in sentences
        )

    def _found_elsewhere(self, kind: str, question: Question) -> tuple[str, ...] | None:
        """What the follow-up is about (the specific words of it and the question before it) when a sentence of the
        corpus names the asked-for fact (a payment, a sum) with it, else (); None when there is nothing specific to
        look for."""
        a = self.searcher.analyzer
        sents = self.searcher.sentences
        # (the rarest of them names the thing: "het Expertisepunt LOB", not "LOB")
        words = self._rarest(
            [w for w in content_words(f"{question.thread or question.previous} {question.text}") if self._specific(w)]
        )
        about = {t for w in words for t in a.terms(w)[:1]}
        if not about:
            return None
        has = HAS_FACT[kind]
        found = any(has(sent.text) and about & sents.terms[sid] for sid, sent in enumerate(sents.sentences))
        return tuple(words) if found else ()

    def _as_answered(self, key: Sequence[str], hits: Sequence[Hit]) -> list[str]:
        """The key words as the passage's answer may name them: a compound its committee question names by the
        head ("personeelstekorten" asked, "een tekort van ... aan behandelaren" answered)."""
        a = self.searcher.analyzer
        asked = " ".join(
            self.searcher.chunks[i].text
            for i in self._passage_chunks(hits)
            if self.searcher.chunks[i].kind == "question"
        )
        if not asked:
            return list(key)
        terms, folded = set(a.terms(asked)), fold(asked)
        out = []
        for w in key:
            parts = a.split_compound(fold(w))
            out.append(parts[-1] if parts and self._named_in(w, terms, folded) else w)
        return out

    def _frequency_about(self, question: Question, hits: Sequence[Hit]) -> bool:
        """Whether a sentence of the passage says how often and names a word of the question (its situation too, not
        a time unit or a word in every passage)."""
        units = re.compile(rf"^(?:{_TIME_UNIT}|keer|maal)\w*$")
        words = [
            w
            for w in content_words(question.text)
            if not units.match(w) and zipf(w) < PARTNER_ZIPF and self.known(w) and not self._everywhere(w)
        ]
        return bool(words) and self.figure_about("frequency", words, self._passage_sentences(hits), least=1)

    def _hit_sentences(self, hits: Sequence[Hit]) -> list[list[str]]:
        """The sentences of every passage the search found, per passage."""
        return self._sentences_per_chunk(i for h in hits if (i := self.searcher.by_id.get(h.chunk.id)) is not None)

    def _passage_sentences(self, hits: Sequence[Hit]) -> list[list[str]]:
        """The passage's sentences per chunk, from the sentence index (split once, at load)."""
        return self._sentences_per_chunk(self._passage_chunks(hits))

    def _sentences_per_chunk(self, chunks: Iterable[int]) -> list[list[str]]:
        sents = self.searcher.sentences
        return [[sents.sentences[sid].text for sid in sents.of_chunk[i]] for i in chunks]

    def key_words(self, question: Question) -> list[str]:
        """The specific words of the clause that asks for the figure ("hoeveel ..." up to the next clause), that
        the corpus has: what a figure must be about."""
        m = _AMOUNT_CLAUSE.search(question.text)
        clause = set(focus_words(m.group(0))) if m else set(question.focus)
        return [w for w in question.focus if w in clause and zipf(w) < SPECIFIC_ZIPF and self._telling(w)]

    def loose_words(self, question: Question) -> list[str]:
        """When the clause asking for a figure names nothing specific ("welk percentage heeft binnen een jaar een
        baan?"): its other nouns (after an article or possessive) the corpus has, not everywhere and not of the most
        common, of which a figure must name one."""
        m = _AMOUNT_CLAUSE.search(question.text)
        # (not the question word's own adjective: "hoe groot is de kans ...")
        clause = _HOW_ADJECTIVE.sub(" ", m.group(0)) if m else question.text
        nouns = {n.lower() for n in _DETERMINED.findall(clause)}  # ("zitten zonder stage": no noun of "zonder")
        return [
            w
            for w in question.focus
            if w in nouns
            and zipf(w) < EVERYDAY_ZIPF
            and not _ANY_NUMBER.search(w)
            and w not in _HOW_MEANT  # "hoeveel wachten er in totaal?": how the count is meant, not what of
            and self._telling(w)
        ]

    def _telling(self, word: str) -> bool:
        """A word that can tell the corpus's figures apart: no number, a term of the corpus, not in every passage."""
        return not _ANY_NUMBER.search(word) and self._known_term(word) and not self._everywhere(word)

    def _as_term(self, word: str, terms: Sequence[str]) -> bool:
        """The word's stem (``terms[0]``) or its derivation's root is a term of the corpus."""
        vocab = self.searcher._idf
        return terms[0] in vocab or bool((family := self.searcher.analyzer.family(fold(word))) and family in vocab)

    def _known_term(self, word: str) -> bool:
        """The corpus has this word as a term (its stem, a derivation's root or its compound parts), not merely as
        the start of a longer word: a typo ("hebbe") is no key word."""
        a = self.searcher.analyzer
        vocab = self.searcher._idf
        base = _CLITIC.sub("", word)
        terms = a.terms(base if len(base) >= 2 else word)
        if not terms:
            return False
        if self._as_term(word, terms):
            return True
        parts = a.split_compound(fold(word))
        return bool(parts) and all(a.terms(p) and a.terms(p)[0] in vocab for p in parts)

    def _everywhere(self, word: str) -> bool:
        """A word in so many passages of the corpus (its subject, e.g. "mbo") that it cannot tell figures apart, or
        the name of who wrote it ("wat zegt Letschert over ...?")."""
        if fold(word) in self._authors:
            return True
        terms = self.searcher.analyzer.terms(_CLITIC.sub("", word) or word)
        return bool(terms) and terms[0] in self.searcher._idf and self.searcher.idf(terms[0]) < EVERYWHERE_IDF

    def figure_about(
        self,
        kind: str,
        key: Sequence[str],
        passages: Sequence[Sequence[str]],
        least: int | None = None,
        *,
        strict: bool = False,
    ) -> bool:
        """Whether one sentence of the passages (with the one before it, for "Dat is ...") gives the figure and
        names the key words (all of two, half of more; or ``least`` of them); ``strict``: in a form of the word
        itself, not as part of a longer one."""
        check = HAS_FACT[kind]
        a = self.searcher.analyzer
        needed = least or (len(key) if len(key) < 3 else (len(key) + 1) // 2)
        for sentences in passages:
            for i, sentence in enumerate(sentences):
                if not check(sentence) or (strict and is_item(sentence)):
                    continue  # (strict: a list item's figure is the measure its lead names, "top 4 ...: - X (85%)")
                window = sentence
                if is_item(sentence):
                    window = _item_context(sentences, i) + " " + window  # what the list's figures are of
                elif i and _leans_on_previous(sentence):
                    # (back through a chain: "- Een wachtlijstcoördinator in ... Deze coördinator zoekt ... Hiervoor
                    # is 14,7 miljoen euro gereserveerd.")
                    j = i - 1
                    while j > 0 and i - j < LEAN_CHAIN and _leans_on_previous(sentences[j].lstrip("-• ")):
                        j -= 1
                    window = " ".join(sentences[j:i]) + " " + window
                if i + 1 < len(sentences) and _REFERS_BACK.match(sentences[i + 1]):
                    window += " " + sentences[i + 1]  # "Het gaat vooral om gz-psychologen ..."
                window = _SHARE_OF_TOTAL.sub(r"\1", window)  # "hoeveel zijn er in totaal?" is not answered by "1% van"
                terms, folded = set(a.terms(window)), fold(window)
                named = self._as_form_in if strict else self._named_in
                found = sum(1 for w in key if named(w, terms, folded))
                if found >= needed:
                    return True
        return False

    def _as_form_in(self, word: str, terms: set[str], folded: str) -> bool:
        """The word or another form of it ("banen" for "baan", "vinden" for "vindt") is one of ``terms``."""
        a = self.searcher.analyzer
        forms = [word, word[:-1]] if len(word) > 3 and word.endswith("t") else [word]  # a verb's "-t": "vindt"
        return any(
            bool((t := a.terms(w)) and t[0] in terms) or bool((f := a.family(fold(w))) and f in terms) for w in forms
        )

    def _named_in(self, word: str, terms: set[str], folded: str) -> bool:
        """The word, another form of it, or its compound parts ("loopbaanbegeleiding" in "loopbaanoriëntatie en
        -begeleiding") occur in a text."""
        a = self.searcher.analyzer
        base = _CLITIC.sub("", word)  # "mbo'ers": named wherever "mbo" is ("mbo-studenten")
        if base != word and len(base) >= 2:
            return self._named_in(base, terms, folded)
        if (t := a.terms(word)) and t[0] in terms:
            return True
        if (family := a.family(fold(word))) and family in terms:
            return True
        if any(t in terms for t in self._long_forms(word)):
            return True  # "LOB" named by "loopbaanbegeleiding"
        if self._occurs(fold(word)[: max(5, len(word) - 3)], folded):
            return True
        parts = tuple(word.split("-")) if "-" in word else a.split_compound(word)

        def part_named(p: str) -> bool:  # "lob" in "LOB-geld" is named by "loopbaanbegeleiding" too
            long_form = a.abbreviations.get(fold(p), [])
            return self._occurs(fold(p)[: max(4, len(p) - 2)], folded) or any(t in terms for t in long_form)

        return bool(parts) and all(part_named(p) for p in parts if len(p) > 2)

    def _long_forms(self, word: str) -> list[str]:
        """The distinctive terms of an abbreviation's written-out forms ("lob": "loopbaanorientatie",
        "loopbaanbegeleid"), not their common parts ("begeleid")."""
        long = self.searcher.analyzer.abbreviations.get(fold(word), [])
        return [t for t in long if len(t) >= LONG_FORM_CHARS and not any(t != o and t in o for o in long)]

    @staticmethod
    def _occurs(stem: str, folded: str) -> bool:
        """Whether ``stem`` occurs in ``folded`` as a word or the part of a compound ("tekort" in
        "personeelstekorten"), not behind a prefix too short to be a word ("middel" in "gemiddeld")."""
        for m in re.finditer(re.escape(stem), folded):
            before = re.search(r"[^\W\d_]{0,3}$", folded[: m.start()])
            if before is None or len(before.group()) in (0, 3):
                return True
        return False

    def _unlisted(self, question: Question) -> str:
        """What a question asks to have listed by its number ("wat zijn de vier doelstellingen?") when the corpus
        names it with that number but no sentence lists it (a list after it, or a colon); "" otherwise."""
        m = _ASKS_THE_N.search(question.text)
        if m is None or question.english:
            return ""
        number, noun = fold(m.group(1)), m.group(2)
        # ("welke 4 doelstellingen?" and "de vier doelstellingen": a digit and its word are the same number)
        number = f"(?:{re.escape(number)}|{_DIGIT_WORDS[number]})" if number in _DIGIT_WORDS else re.escape(number)
        named = re.compile(rf"\b{number}\s+(?:\w+\s+)?\w*{re.escape(fold(noun)[: max(4, len(noun) - 3)])}")
        sents = self.searcher.sentences
        found = False
        for ci in range(len(self.searcher.chunks)):
            ids = sents.of_chunk[ci]
            for pos, sid in enumerate(ids):
                text = sents.sentences[sid].text
                if not named.search(fold(text)):
                    continue
                found = True
                after = [sents.sentences[x].text for x in ids[pos + 1 : pos + 3]]
                if ":" in text or any(is_item(t) for t in after):
                    return ""  # listed
        return f"{m.group(1)} {noun}" if found else ""

    def _counted_in_words(self, question: Question, texts: Sequence[str]) -> bool:
        """ "Hoeveel doelstellingen ...?" answered by a number in words before what is counted ("de vier
        doelstellingen")."""
        return question.answer_type == "amount" and self._counted_words_in(question.text, texts)

    @staticmethod
    def _counted_words_in(asked: str, texts: Sequence[str]) -> bool:
        """Whether a word ``asked`` counts comes in ``texts`` after a number in words ("de vier doelstellingen")."""
        for word in focus_words(asked):
            stem = fold(word)[: max(4, len(word) - 3)]
            pattern = rf"\b{_NUMBER_WORD.pattern}\s+{re.escape(stem)}"
            if any(re.search(pattern, fold(t)) for t in texts):
                return True
        return False

    def fact_in(self, kind: str, texts: Sequence[str]) -> bool:
        """Whether any of ``texts`` gives the asked-for kind of fact."""
        check = HAS_FACT.get(kind)
        return check is None or any(check(t) for t in texts)
