"""Select: the sentences that answer, completed and ordered, lead first.

Every sentence of the candidate passages is scored against the question (meaning, shared terms, the
passage's rank) with a bonus when it carries what the question expects (a date for "wanneer", a figure
for "hoeveel", a rule for yes/no, a step for "wat kan ik doen", a place for "waar meld ik") and a penalty
when the previous answer already showed it.  The best becomes the lead; a sentence that leans on the one
before it ("Dat is ...", "Zodat ...") brings that one along, a list's lead brings its items.  Then the best
of the rest are added in reading order within about ``TARGET_WORDS``.  The committee's question text is
used only when asked for, or when the asked-for figure is only there.

``Selection.full`` is the whole of the cited answers, for "meer" (no second search).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from math import fsum
from typing import TYPE_CHECKING

import numpy as np

from . import texts
from .analyze import CONJUNCTIONS
from .documents import Chunk, Document, Hit
from .scope import HAS_FACT, Scope, answers_fact, fold, has_date, has_time, is_item
from .understand import (
    MODAL_VERBS,
    SPECIFIC_ZIPF,
    Question,
    answer_type,
    asked_facts,
    asking,
    asking_sentences,
    asks_a_case,
    asks_same_for,
    asks_sequel,
    asks_trend,
    asks_usual,
    content_words,
    definite_back,
    names_money,
    points_back,
    quoted_phrases,
    says_trend,
    without_this_letter,
    zipf,
)

if TYPE_CHECKING:
    from .retrieve import Searcher

TARGET_WORDS = 90  # about this many words of quoted text; a list that leads may run over
LEXICAL_WEIGHT = 0.12  # sentence score = cosine + this * idf-weighted term overlap ...
RANK_PENALTY = 0.01  # ... - this * the passage's retrieval rank
SUPPORT_BONUS = 0.1  # ... + this * the share of the search that found the sentence's question (see _support)
QUOTE_BONUS = 0.2  # a sentence with the words the question quotes: the question is about that sentence
TYPE_BONUS = 0.03  # a sentence that carries what the question expects
TREND_BONUS = 0.1  # a sentence that says which way the asked-about thing goes, for "neemt X af?" (as SUPPORT_BONUS)
PHRASE_BONUS = 0.03  # a sentence with two words the question has side by side (see _pairs)
PHRASE_GAP = 2  # ... at most this many content words apart in the sentence
PHRASE_FLOOR = 0.8  # ... neither in half the passages or more ("student")
PHRASE_SENTENCES = 2  # ... a pair in at most this many sentences of the corpus
PHRASE_IDF = 1.5  # ... one of the two at least this specific
FACT_BONUS = 0.01  # a sentence with a date or figure (the facts people quote)
NUMBER_BONUS = 0.05  # a sentence with the very number the question quotes
FACT_LEAD_MARGIN = 0.05  # a sentence with the asked-for figure or date leads when it scores this close to the best
READ_BACK = 3  # a bare "waarom?" asks about what the previous answer opened with: its first sentences
JUDGED_MARGIN = 0.06  # "is dat normaal?": another answer's judgement of what the asker tells leads this close
TYPED_MARGIN = 0.03  # of the typed sentences of one paragraph (see _GENERAL_FIRST) scoring this close, the first leads
REPEAT_PENALTY = 0.06  # a sentence the previous answer already showed
LIST_PENALTY = 0.03  # list items and their lead, for questions that do not ask for an enumeration
CONTEXT_BONUS = 0.04  # follow-ups: times the share of a sentence's terms that the conversation mentioned
ADD_MARGIN = 0.05  # further sentences of the lead's answer join when they score this close to the lead
OTHER_MARGIN = 0.02  # a sentence of another question joins only when it scores this close ...
COUNTED_IDF = 1.5  # a word of the question this rare in the corpus names what a figure counts (see _counts_asked)
COVER_BONUS = 0.05  # ... + this for the one answer with most of the question's rare words side by side (_cover)
COVER_ZIPF = 5.5  # ... words not among the most common Dutch ones ("stoppen" 5.1, "goed" 6.2)
OTHER_SUPPORT = 0.7  # ... and the search found its question at least this well (a share of the best, _support)
LIST_ALLOWANCE = 60  # a list that completes the lead's paragraph may run this many words over
PART_ALLOWANCE = 40  # a second part of the question may add this many words over the target
COMPARED_READ_ON = 3  # "het verschil tussen X en Y": the answer reads on at most this many sentences for the other side
PART_OWN_ZIPF = 4.0  # a later part with no word rarer than this (Zipf) names no subject of its own
# What a "not in the letter" note says is missing covers a later part asking only for these kinds of fact.
_SAID_MISSING = {
    "amount": frozenset({"amount", "money"}),
    "money": frozenset({"amount", "money"}),
    "date": frozenset({"date", "start"}),
    "start": frozenset({"date", "start"}),
}
PART_SIMILARITY = 0.83  # an untyped part ("is er al effect?") only gets a sentence scoring this high ...
PART_MARGIN = 0.02  # ... and this much higher than any other
# "uit de JOB Monitor 2026", "volgens de Stagebarometer": a source named with capitals after uit or volgens
_NAMED_SOURCE = re.compile(
    # "uit de JOB Monitor 2026", "volgens de peiling van Jeugdzorg Nederland"
    r"\b(?:uit|volgens|from|according to)\s+(?:de|het|the)\s+"
    r"((?:[A-Z][\w-]*\s*)+|[a-z]\w+\s+(?:van|of)\s+(?:[A-Z][\w-]*\s*)+)"
)
EXPLAINS_SHARE = 0.5  # a reason anywhere in the corpus is about the question when it has this idf share of its terms
SOURCE_SHARE = 0.5  # a committee figure names the asked-for source when it has this idf share of its name
RARE_SENTENCES = 2  # a term of the question in at most this many sentences of the corpus is what it asks about
SUBJECT_SHARE = 0.1  # a term in at most this share of the corpus's sentences names a subject ("stagediscriminatie")
RARE_ZIPF = 5.0  # ... unless it is among the most common Dutch words (verbs such as "geeft", "krijgt": Zipf 5.4+)
READ_ON = 0.65  # the lead's paragraph reads on until this share of TARGET_WORDS

_LEANS_BACK = re.compile(
    r"^(?:dat|dit|die|deze|zo|zodat|want|maar|toch|ook|en|daar(?:in|mee|voor|over|na|op)|"
    r"(?:als|wanneer|omdat|nu) (?:ze|zij|hij|dit|dat|die|deze)\b)\b|\b(?:daarom|daardoor|daarbij|hierdoor|"
    r"hiervan|hierin|hiermee|dus|deze cijfers|dit verschil|dat betekent)\b|"
    # a split pronominal adverb: "Binnenkort informeer ik hier de Kamer over."
    r"\b(?:hier|daar)\b[^.?!]{0,40}\b(?:over|mee|voor|van|aan|op|naar|uit|om|in|bij|tegen|door|toe)[.!?]?$",
    re.I,
)
# Pointing back so strongly that the sentence needs the one before it even at the end of a chain ("Dat is ...").
_LEANS_START = re.compile(
    r"^(?:dat|dit|die|deze|zo|zodat|want|er (?:is|zijn) ook|(?:bijvoorbeeld|zoals)(?![^:]*:\s*$)|"
    r"daar(?:in|mee|voor|over|na|op|door)|"
    r"hier(?:in|mee|voor|over|door|van)|"
    r"(?:als|wanneer|omdat|nu) (?:ze|zij|hij|dit|dat|die|deze|het)\b)\b",
    re.I,
)
_DEMONSTRATIVE_NOUN = re.compile(
    r"(?<!^)\b(dat|dit|deze)\s+(?!(?:de|het|een|is|er|ze|we|ik|je|hij|zij)\b)([a-z][\w-]+)"
)
_ALSO_ONE = re.compile(r"er (?:is|zijn) ook\b", re.I)  # "Er is ook een versie voor studenten": of what came before
# A pointer of its own to another answer: "Zie ook antwoord op vraag 7."
_SEE_ALSO = re.compile(r"^zie (?:ook )?(?:mijn |het )?antwoord op vraag (\d+)", re.I)
# "En we investeren in de docenten die deze lessen ...": goes on from the one before
# a contrast with a subject of its own, not a pronoun ("Maar de cijfers laten ook zien dat ...", not "Maar dat ...")
_OWN_CONTRAST = re.compile(
    r"^(?:maar|toch)\s+(?:de|veel|steeds)\s+(?!(?:dat|dit|die|deze|het|zo|ze|zij|hij|daar\w*|hier\w*)\b)\w+",
    re.I,
)
# two things compared: "het verschil tussen bol en bbl", "bol of bbl, wat is beter?", "bol vs bbl"
_COMPARED = re.compile(
    # ("ik twijfel tussen bol en bbl, wat is het verschil?")
    r"\b(?:verschil\w*|twijfel\w*|kiezen|keuze)\s+(?:\w+\s+){0,2}?tussen\s+(?:de\s+|het\s+)?([^\W\d_][\w'-]*)\s+en\s+"
    r"(?:de\s+|het\s+)?([^\W\d_][\w'-]*)|"
    r"^\W*(?:\w+\s+){0,6}?(?:de\s+|het\s+)?([^\W\d_][\w'-]*)\s+(?:of|vs\.?|versus)\s+(?:de\s+|het\s+)?([^\W\d_][\w'-]*)"
    r"[^?]*\b(?:beter|verschil\w*|anders)\b",
    re.I,
)
_FIGURE_KINDS = frozenset({"amount", "money", "date", "duration"})  # answer types a figure or date answers
_CONTINUES = re.compile(r"^en\b", re.I)
# a sentence that is a clause of the one before ("Zodat we samen met nieuwe oplossingen komen.")
_SUBORDINATE_START = re.compile(r"(?:zodat|omdat|doordat|waardoor|want|terwijl|hoewel|en|maar|of)\b", re.I)
# "wat staat er in de brief over X?", "wat zegt de minister over X?": what the letter says about a topic
_ASKS_WHAT_ABOUT = re.compile(r"\bwat (?:staat|zegt|schrijft)\b[^?]*\bover\b", re.I)
_WANT = re.compile(r"want\b", re.I)
# a purpose: "Om te beslissen ... kijken we naar ...", "..., zodat ..." (not "het lukt niet om ... te boeken")
_PURPOSE = re.compile(r"^om\b[^.;]*\bte\b|\bzodat\b|\bopdat\b", re.I)
# ... or a justification ("Dit past bij het karakter van LOB")
_JUSTIFIES = re.compile(r"\b(?:past|passen|paste|sluit|sluiten) (?:\w+ )?(?:bij|aan bij)\b", re.I)
_ONLY_BACK = re.compile(r"^(?:dat|dit) (?:is|zijn|was|waren|betekent)\b", re.I)  # "Dat is ongeveer 1% van ..."
_CONCLUDES = re.compile(r"^\S+(?:\s+\S+){0,3}\s+dus\b", re.I)
# "..., de tekortsectoren. Dat gaat bijvoorbeeld om werk in ...": the next sentence names what this one stands for
_SPELLS_OUT = re.compile(
    r"^(?:(?:dat|dit|het)\s+gaat\s+(?:\w+\s+){0,2}om|denk\s+(?:hierbij\s+|daarbij\s+)?aan|(?:bijvoorbeeld|zoals))\b"
    r"(?![^:]*:\s*$)",
    re.I,
)  # "Het geld wordt dus ...": sums up what came before
# What frames the sentences after it as a guess: "Maar een mogelijke verklaring is hoe beide studies zijn ingericht."
_HEDGE = re.compile(
    r"\b(?:(?:een |de )?mogelijke verklaring(?:en)?|vermoedelijk|waarschijnlijk|(?:we|ik) vermoeden|vermoed ik|"
    r"(?:a |one )?possible explanation)\b",
    re.I,
)
ITEM_ALONE_TERMS = 2  # rare terms of the question one item of a list has (one of them no other): it answers alone
HEDGE_REACH = 3  # sentences before one that such a frame still covers
# A decision with its time: "Daarover neem ik in de loop van 2027 een besluit."
_DECIDED_WHEN = re.compile(
    r"^(?=.*\b(?:besluit\w*|beslis\w*|besloten|decision|decide\w*)\b).*\b(?:(?:19|20)\d\d|binnenkort|zomer|najaar|"
    r"voorjaar|soon|summer|autumn|spring)\b",
    re.I | re.S,
)
# Why something is not done yet ("waarom verlengen ze het niet nu al?", "waarom is het nog niet verplicht?"): asked
# about when it is decided.
_WHY_NOT_YET = re.compile(
    r"\bwaarom\b[^?]*(?:\bniet\b[^?]*\b(?:nu al|nu|meteen|direct|gelijk|eerder|sneller)\b|\bnog\s+niet\b)|"
    r"\bwhy\b[^?]*\b(?:not|n't)\b[^?]*\b(?:now|yet|already|sooner|right away)\b",
    re.I,
)
# "Bijvoorbeeld door:": a list of what the sentence before stands for
_EXAMPLES_LIST = re.compile(
    r"^(?:bijvoorbeeld|zoals|onder andere|waaronder|denk (?:hierbij |daarbij )?aan|for example|such as)\b[^:]*:\s*$",
    re.I,
)
_POINTER = re.compile(r"^\(?(?:zie|see)\b", re.I)  # "Zie ook antwoord op vraag 7.": a cross-reference, no answer
_POINTS_TO = re.compile(r"^\(?zie (?:ook )?(?:mijn |het )?antwoord(?:en)? op vraag (\d+)\)?\.?$", re.I)
_RULE = re.compile(
    r"\b(?:verplicht\w*|mag|mogen|moet|moeten|recht op|recht hebben|recht heeft|toegestaan|bepalen zelf|zelf welke|"
    r"geen \w+ ?\w*eisen|"
    r"wettelijk\w*|wetsvoorstel|regel\w*|geldt|gelden|"
    # a judgment answers "mag dat?" too: "volstrekt onacceptabel"
    r"onacceptabel|ontoelaatbaar|verboden|strafbaar|niet toegestaan)\b",
    re.I,
)
# A yes/no question about a rule or permission ("heb ik recht op ...", "mag dat?"), answered by a _RULE sentence.
ASKS_RULE = re.compile(
    # "mag dat (gewoon)?" after the asker's situation asks whether it is allowed
    r"\b(?:recht op|verplicht\w*|moet(?:en)?\b[^?]*\b(?:betalen|geven|hebben)|"
    r"mag (?:ik|een|mijn|dat|dit|het|hij|zij|ze)|"
    r"krijg ik|(?:is|mag) (?:dat|dit|het) (?:wel |gewoon |zomaar )?(?:toegestaan|legaal|wettelijk)|"
    r"entitled|required|must|have to)\b",
    re.I,
)
FIRM_RULE = re.compile(
    r"\b(?:verplicht\w*|recht op|recht hebben|recht heeft|toegestaan|wettelijk\w*|onacceptabel|ontoelaatbaar|"
    r"verboden|strafbaar|"
    r"niet toegestaan|bepalen zelf)\b",
    re.I,
)
# a committee's request or question ("Kunt u uitleggen ...", "Wat is ...?"), as opposed to what it states first
_REQUEST = re.compile(
    r"^(?:(?:kunt|kan|wilt|wil|zou|zal)\s+u|hoe|wat|welke|welk|waarom|wanneer|waar|wie)\b|\?\s*$", re.I
)
# a rule, or an agreement ("In het Stagepact is afgesproken dat alle scholen ...")
_AGREED = re.compile(FIRM_RULE.pattern + r"|\b(?:is|zijn|werd|werden) (?:\w+ )?afgesproken\b", re.I)
_STEP = re.compile(
    r"\b(?:melden|melding|meldpunt\w*|kun je|kunnen studenten|kan de student|bespreekt|neem\w* contact|"
    r"terecht|ga naar|vraag om|aanvragen|hulp krijgen|begeleider|coach|vervolgstap\w*)\b",
    re.I,
)
# A step the asker can take themselves (stricter than _STEP, which also finds "kunnen studenten kennismaken").
_ASKER_STEP = re.compile(
    r"\b(?:melden|melding (?:te )?doen|meldpunt\w*|kun je|kan je|neem\w* contact|terecht|ga naar|vraag om|aanvragen|"
    r"vervolgstap\w*|bespreekt|(?:kunnen|kan) (?:studenten|de student|een student|jongeren|ouders)\b[^.]*\b"
    r"(?:vragen|krijgen|kiezen|contact|bellen|mailen|chatten|zien|opzoeken|nakijken|bekijken|lezen))\b",
    re.I,
)
# Where to go or look: a desk, a site, or a document written for the reader ("een handreiking", "een versie voor
# studenten").
# a place named as such (not any "bij de ..."): what leads for "waar kan ik dat melden / vinden?"
_PLACE_NAMED = re.compile(
    r"\b(?:meldpunt\w*|loket|website|webpagina|adres|handreiking\w*|brochure|folder|factsheet|filmpjes?|versie voor|"
    r"terecht bij)\b",
    re.I,
)
# "waar kan ik terecht?" asks where to go, not where to read: a desk or a place where help is given
_PLACE_TO_GO = re.compile(
    r"\b(?:terecht bij|meldpunt\w*|loket|(?:op|rond|bij) (?:of (?:op|rond|bij) )?(?:de |je |hun )?school)\b", re.I
)
_GOES = re.compile(r"\b(?:terecht|naartoe|heen|aankloppen|go to|turn to)\b", re.I)
_PLACE = re.compile(
    r"\b(?:meldpunt\w*|loket|bij (?:een|de|het|je|jouw|hun) \w+|website|webpagina|adres|handreiking\w*|brochure|"
    r"folder|factsheet|filmpjes?|versie voor)\b",
    re.I,
)
# Kamerbrief commitments: what the sender or the government will do.
_PLAN = re.compile(
    r"\b(?:ik ga|ga ik|gaan we|we gaan|gaat (?:dit|het) kabinet|ik zal|zal ik|zullen we|we zullen|ik wil|wil ik|"
    r"werk(?:t|en)? \w+ aan|ik werk|neem ik|ik neem|binnenkort|maatregel\w*|aanvullende acties|afgesproken|"
    r"ga ik in gesprek|informeer ik|stuur ik|ik zal)\b",
    re.I,
)
_REFERENCE = re.compile(
    r"\bKamerstuk(?:ken)?\s+\d[\d\s]*(?:-[A-Z]+)?,?\s*nrs?\.?\s*\d+|\bbrief van \d{1,2} \w+ \d{4}", re.I
)
# Who does it, with whom: organisations (often acronyms) and partners named in the sentence.
_WHO = re.compile(
    r"\b(?:samen met|in gesprek met|met (?:de )?(?:partners|werkgevers|scholen|gemeenten|instellingen)|partners|"
    r"organisaties|besluit|beslis\w*|bepaalt|bepalen)\b|\b[A-Z]{2,}[a-z]*\b"
)
# Where a figure comes from.
_SOURCE = re.compile(
    r"\b(?:uit (?:de|het) \w+|blijkt|volgens|laat \w+ zien|laten \w+ zien|monitor|barometer|onderzoek|peiling|meting|"
    r"enquête|cbs|rapport)\b",
    re.I,
)
# How the sender judges something (Kamerbrief genre: "Dat baart mij zorgen", "volstrekt onacceptabel").
_STANCE = re.compile(
    r"\b(?:ik vind|vind ik|baart (?:mij|me)|maak ik me|zorgen|zorgelijk\w*|onacceptabel|ontoelaatbaar|positief|"
    r"belangrijk|serieus|teleurstellend|verheugd|trots|waardevol|ernstig|onwenselijk|helaas|gelukkig|terecht|"
    r"zorg(?:en)? om|moet(?:en)? beter)\b",
    re.I,
)
# What follows: a sanction, a next step after a report.
_CONSEQUENCE = re.compile(
    r"\b(?:leiden tot|leidt tot|intrekken|ingetrokken|sanctie\w*|boete\w*|in het uiterste geval|gevolg\w*|"
    r"waardoor|onderzoekt|vervolgstap\w*|moeten verbeteren|maatregel\w*)\b",
    re.I,
)
# A sentence that says whether something works: its results or their absence.
_EFFECT = re.compile(
    # not what is being measured ("We onderzoeken of de kwaliteit verbeterd is")
    r"^(?!.*\b(?:onderzoek\w*|meten|meet|kijken|kijkt|bekijken|evalueren) of\b)"
    r".*?\b(?:effect\w*|resultat\w*|lukt|gelukt|(?:on)?voldoende|zichtbaar|gedaald|gestegen|verbeterd|"
    r"positieve? ontwikkeling|werkt|helpt|succes\w*)\b",
    re.I,
)
# A sentence that states an explanation (not a conclusion: "Daarom is ... ontwikkeld").
_EXPLAINS = re.compile(r"\b(?:verklaring\w*|oorza\w+|komt doordat|omdat|doordat|ligt aan)\b", re.I)
# ... and, for "waarom?" about what the asker has just read, the sentence that goes on with why ("Want het kost tijd
# ..."; on its own, a "want" may give the reason of something else the answer says)
_EXPLAINS_ON = re.compile(rf"{_EXPLAINS.pattern}|^want\b", re.I)
# "... in de zorg", "... bij de bbl": the field a case is narrowed to
_FIELD = re.compile(r"\b(?:in|bij|voor|op|within|for)\s+(?:de\s+|het\s+|een\s+|the\s+)?([^\W\d_][\w'’-]*)", re.I)
# a sentence that says what something follows from ("Als ze dit niet doen, kan dit … leiden tot …")
_CAUSE = re.compile(r"\b(?:leiden tot|leidt tot|waardoor|als gevolg|het gevolg)\b|^(?:als|wanneer|indien)\b", re.I)
# a later part of a question that asks why what the first part asks about holds ("en waarom is dat dan?")
_WHY_THAT = re.compile(r"(?:(?:en|maar)\s+)?(?:waarom|hoe komt)\b[^?]*\b(?:dat|dit|het)\b", re.I)
_REASON = re.compile(
    r"\b(?:omdat|doordat|want|verklaring|oorzaak|oorzaken|daardoor|daarom|komt doordat|"
    r"past bij|passen bij|sluit aan bij)\b",  # (a justification: "Dit past bij het karakter van ...")
    re.I,
)
# "een (letterlijk) citaat van de minister over ...": the request before what the quote is to be about
_QUOTE_OF = re.compile(
    r"^.*?\b(?:citaat|citaten|quotes?)\b(?:\s+(?:van|from|by)\s+(?:de\s+|het\s+|the\s+)?\w+)?\s+(?:over|about|on)\s+",
    re.I,
)
# A sentence that says for whom something is: "Deze ondersteuning is bedoeld voor studenten die ..."
_AUDIENCE = re.compile(
    r"\b(?:bedoeld voor|(?:geldt|gelden|is|zijn) (?:\w+ )?(?:alleen |ook |speciaal )?voor|intended for|"
    r"for (?:all )?\w+ who)\b",
    re.I,
)
_EXPECTS = {
    "amount": HAS_FACT["amount"],
    "money": HAS_FACT["money"],
    "frequency": HAS_FACT["frequency"],
    "duration": HAS_FACT["duration"],
    "date": has_time,  # "binnenkort" answers "wanneer" when the letter has no date
    "yesno": lambda t: bool(_RULE.search(t)),
    "action": lambda t: bool(_STEP.search(t)),
    "place": lambda t: bool(_PLACE.search(t)),
    "reason": lambda t: bool(_REASON.search(t)),
    "plan": lambda t: bool(_PLAN.search(t)),
    "reference": lambda t: bool(_REFERENCE.search(t)),
    "who": lambda t: bool(_WHO.search(t)),
    "source": lambda t: bool(_SOURCE.search(t)),
    "stance": lambda t: bool(_STANCE.search(t)),
    "consequence": lambda t: bool(_CONSEQUENCE.search(t)),
    "effect": lambda t: bool(_EFFECT.search(t)),
    "audience": lambda t: bool(_AUDIENCE.search(t)),
}
# A yes/no question about what will happen ("Wordt het Stagepact verlengd?", "Is it going to be extended?") ...
_ASKS_FUTURE = re.compile(
    r"^\s*(?:wordt|worden|gaat|gaan|komt|komen|zal|zullen|will|is \w+(?: \w+)? going to|are \w+ going to)\b", re.I
)
# Whether the sender commits to it ("Zegt de minister toe dat het Stagepact wordt verlengd?") is asked the same way.
# (also as a sentence of its own after another: "Wat zegt ze over het vervolg? Belooft ze een verlenging?")
# (and whether the letter says it will be: "Zegt de brief dat het na 2027 wordt verlengd?")
_ASKS_COMMITMENT = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:belooft|beloven|garandeert|garanderen)\b|zegt\b[^?.!]*\btoe\b|"
    r"(?:zegt|staat|schrijft|meldt)\b[^?.!]*\bdat\b[^?.!]*\b(?:wordt|worden|\w*gaat|\w*gaan|komt|komen|zal|zullen)\b|"
    # (or something about a doing later on, said as a noun: "Zegt ze iets over het verlengen van het pact na 2027?")
    r"(?:zegt|staat|schrijft|meldt)\b[^?.!]*\biets over het \w{4,}en\b[^?.!]*"
    r"\b(?:na (?:19|20)\d\d|in de toekomst|straks|volgend jaar|hierna|daarna)\b)",
    re.I,
)
# ... is answered by whether and when it is decided.
_DECISION = re.compile(r"\b(?:besluit\w*|beslis\w*|besloten|decision|decide\w*)\b", re.I)
# What follows for someone else, not the asker's next step: a sanction ("krijgt het bedrijf dan straf?"), what happens
# to someone ("wat gebeurt er dan met dat bedrijf?"), what someone does ("wat doet SBB dan?")
_ASKS_OTHERS_PART = re.compile(
    r"\b(?:straf\w*|gestraft|boete\w*|sanctie\w*|consequentie\w*|gevolg\w*)\b|"
    r"\bgebeurt\b[^?]*\bmet\s+(?:dat|het|die|de|deze|dit)\b|\bwat\s+(?:doet|doen)\s+(?!ik\b|je\b|jij\b|we\b)\w+",
    re.I,
)
# what happens to the other party in it, not what happens next ("wat gebeurt er dan met dat bedrijf?")
_HAPPENS_TO_OTHER = re.compile(r"\bgebeurt\b[^?]*\bmet\s+(?:dat|het|die|de|deze|dit|ze|hen|hun)\b", re.I)
# what a report or review found, said as such ("In de mid-term review zien we ...", "Uit de monitor blijkt ...")
_FINDING = re.compile(
    r"(?:In|Uit|Volgens)\s+(?:de|het|een|onze)\b[^.]{0,80}?\b(?:zien we|zagen we|blijkt|bleek|lezen we)\b", re.I
)
_GENERAL_FIRST = frozenset({"plan"})  # answer types whose first sentence of a paragraph is the general one
_LATER_STEP = re.compile(r"(?:na (?:een|de|het) (\w+)|nadat|daarna|vervolgens)\b", re.I)
# "krijg ik hulp van iemand of moet ik het zelf uitzoeken?", "is er iemand die me helpt?": whether there is help
_ASKS_HELP = re.compile(
    r"\b(?:krijg|krijgen|krijgt|is er|zijn er|kan|kun|kunnen)\b[^?.]*\b(?:hulp|help|ondersteuning)\b|"
    r"\biemand\b[^?.]*\bhelp\w*|\bhelpt\b[^?.]*\biemand\b|\bis er iemand\b|\bwie\b[^?.]*\bhelp\w*|"
    r"\b(?:get|is there)\b[^?.]*\b(?:help|support)\b",
    re.I,
)
# ... answered by who helps, works with whom on it, or what support there is
_HELPS = re.compile(
    r"\b(?:help\w*|hulp|ondersteun\w*|begeleid\w*|werk\w* \w+ (?:\w+ )?samen met|oplossingen|coach\w*)\b",
    re.I,
)
# Whether the sender says a claim ("Erkent de minister dat ...?", "Geeft ze toe dat ...?", "Bevestigt de brief dat
# ...?"): the sentence that says it answers, quoted
_ASKS_ADMITS = re.compile(
    r"^\s*(?:erkent|erkennen|bevestigt|bevestigen|geeft|geven|zegt|stelt|schrijft|does|do|is)\b[^?.!]*\b"
    r"(?:toe\b[^?.!]*\bdat|dat|that)\b",
    re.I,
)
# Looking something up: "checken", "nakijken", "nagaan", "opzoeken", "zien" (asked, or the step a sentence names)
_LOOK_UP = re.compile(
    r"\b(?:check\w*|nakijken|nagaan|opzoeken|zoek\w* \w+ op|kijk\w* \w+ na|zien|kijken|bekijken|lezen|"
    r"(?<=hoe )weet|erachter)\b",
    re.I,
)
_WHO_MAY = re.compile(r"\bwie (?:mag|mogen|moet|moeten)\b", re.I)
_TYPED_LEAD = {
    "stance": _STANCE,
    "quote": _STANCE,  # (only a judgement that names what is asked: see _choose)
    "reason": _EXPLAINS,
    "consequence": _CONSEQUENCE,
    "effect": _EFFECT,
    "plan": _PLAN,
    "place": _PLACE_NAMED,
    "action": _ASKER_STEP,
}
_ENUMERATE = re.compile(
    r"\b(?:welke|waaraan|waarvoor|wat (?:zijn|doen|gaan)|noem|opsomming|lijst|top|which|what are|list)\b", re.I
)
# "welke organisatie ontwikkelt ...?" asks for one thing, "welke (nieuwe) maatregelen ...?" for a list: the noun after
# "welke" (and an adjective) in the plural ends in -en or -s
_WHICH_ONE = re.compile(r"\b(?:welke|which)\s+(?:[^\W\d_]+e\s+)?([^\W\d_]+)", re.I)


def _one_asked(m: re.Match[str]) -> str:
    """The "welke ..." of a question left out when it asks for one thing (see _WHICH_ONE)."""
    return m.group(0) if m.group(1).lower().endswith(("en", "s")) else " "


_WHICH = re.compile(r"\b(?:welke?|which)\s+((?:[^\W\d_]+\s+)?[^\W\d_]+)", re.I)  # what "welke" asks for, a word or two
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
_STATISTIC = re.compile(r"\d+(?:[.,]\d+)+%?|\d+%|\d{3,}")
_URL_ONLY = re.compile(r"^\s*https?://\S+\s*$")
_MARKS = re.compile(r"\[(?:vraag \d+|brief)\]")


# Something not (yet) so: "... is nog niet zichtbaar", "... nog geen cijfers", "... is nog niet besloten".
_NOT_YET = re.compile(r"\bnog (?:niet|geen)\b", re.I)
_RIGHT = re.compile(r"\brecht (?:op|hebben|heeft|hebt)\b", re.I)
_DUTY = re.compile(r"\bverplicht\w*", re.I)
# "op welke hulp heb ik recht?", "waar heb je recht op?": which rights, answered where the letter says what they are
_ASKS_RIGHTS = re.compile(
    r"\b(?:welke\s+(?:\w+\s+){0,2}|waar\s+)(?:heb|hebt|heeft|hebben)\s+(?:ik|je|jij|u|we|wij|ze|zij|hij)\s+recht\b",
    re.I,
)


def _gives_reason(text: str) -> bool:
    """Whether a sentence gives a reason, purpose or justification of its own ("Want ...", "..., zodat ...", "Dit past
    bij ..."); not "Daarom ...", which says what follows from the sentence before."""
    return bool(_EXPLAINS_ON.search(text) or _PURPOSE.search(text) or _JUSTIFIES.search(text))


def _in_another_form(term: str, terms: set[str]) -> bool:
    """Whether ``terms`` has ``term`` in another form: one starts with the other, six letters at least (the
    stemmer leaves "verschill" for "verschillen" and "verschil" for "verschilt").

    >>> _in_another_form("verschill", {"verschil", "regio"}), _in_another_form("meldpunt", {"meld"})
    (True, False)
    """
    return any(min(len(term), len(t)) >= 6 and (term.startswith(t) or t.startswith(term)) for t in terms)


def _words_of(text: str) -> int:
    return len(text.split())


def _asked_rule(text: str) -> re.Pattern[str] | None:
    """What states the rule a yes/no question asks about: a right ("heb ik recht op ...?"), a duty ("is het
    verplicht?"), or a permission ("mag dat?", answered by a rule or a judgment such as "onacceptabel")."""
    if _RIGHT.search(text):
        return _RIGHT
    if _DUTY.search(text):
        return _DUTY
    if ASKS_RULE.search(text):
        return FIRM_RULE
    return None


_MODAL_FAMILIES = (
    r"mag|mogen|mocht|mochten",
    r"moet|moeten|moest|moesten",
    r"kan|kun|kunt|kunnen|kon|konden",
)


def _asked_modal(text: str) -> re.Pattern[str] | None:
    """The forms of the modal verb a yes/no question asks with ("mag ...?": mag, mogen, ...), or None."""
    for family in _MODAL_FAMILIES:
        if re.match(rf"\s*(?:{family})\b", text, re.I) or re.search(rf"[,.]\s*(?:{family}) dat\b", text, re.I):
            return re.compile(rf"\b(?:{family})\b", re.I)
    return None


def expected(question: Question) -> Callable[[str], bool] | None:
    """The test for a sentence that carries what the question asks: an asked-for source, reference or sum of money
    first, else the answer type's (a date for "wanneer", a rule for yes/no, ...)."""
    kind = next(
        (k for k in ("source", "reference", "money", "frequency", "duration", "audience") if k in question.asked_facts),
        question.answer_type,
    )
    return _EXPECTS.get(kind or "")


def enumerates(question: Question) -> bool:
    """The question asks for a list ("welke ...", "waaraan ..."), not a yes/no ("mag ik zelf kiezen welke ...")."""
    return question.answer_type != "yesno" and bool(_ENUMERATE.search(question.text))


def quoted_figures(text: str) -> set[str]:
    """The statistics a question quotes ("31%", "4.695", "33,8"), not an age, a level ("18", "niveau 2") or a year."""
    return {n for n in _NUMBER.findall(text) if not _YEAR_ONLY.fullmatch(n) and _STATISTIC.fullmatch(n)}


def _holds(term: str, words: set[str]) -> bool:
    """Whether a sentence's terms have the term, or a compound with it ("discrimin" in "stagediscrimin")."""
    return any(term == w or (len(term) >= 5 and term in w) for w in words)


def _norm(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Candidate:
    """A sentence of the corpus that may be shown, with where it comes from."""

    text: str
    chunk: Chunk
    start: int
    score: float = 0.0


@dataclass(frozen=True)
class Selection:
    """The sentences to show (lead first), and the whole cited answers for "meer"."""

    sentences: tuple[Candidate, ...]
    full: tuple[Candidate, ...] = ()
    committee_only: bool = False  # the asked-for fact is only in the committee's question text
    case_not_discussed: bool = False  # "en als dat niet lukt?": nothing in the letter says what follows then
    no_step: bool = False  # "wat moet ik doen?": no chosen sentence gives a step the asker can take
    no_reason: bool = False  # "waarom ...?" after an answer: only what was shown, and the cited answers explain nothing


def unfigured_ask(question: Question, scope: Scope) -> bool:
    """The gate found no figure about what is asked for a question that names nothing specific (``Scope.loose``)."""
    return (
        scope.decision == "partial"
        and scope.missing_fact in ("money", "amount")
        and bool(scope.loose)
        and bool({"money", "amount"} & set(question.asked_facts))
    )


class Selector:
    """Picks sentences from the candidate passages of one corpus."""

    def __init__(self, searcher: Searcher, documents: Mapping[str, Document]) -> None:
        self.searcher = searcher
        self.documents = documents
        self._answers_of: dict[tuple[str, int], list[int]] = {}
        self._citing: dict[tuple[str, int], list[int]] = {}
        self._questions_of: dict[tuple[str, int], list[int]] = {}
        self._footnote: dict[tuple[str, int], int] = {}  # (source, number) -> the footnote's chunk
        for i, c in enumerate(searcher.chunks):
            if c.kind == "answer" and c.question is not None:
                self._answers_of.setdefault((c.source_id, c.question), []).append(i)
            if c.kind == "question" and c.question is not None:
                self._questions_of.setdefault((c.source_id, c.question), []).append(i)
            if c.kind != "footnote":
                for n in c.footnotes:
                    self._citing.setdefault((c.source_id, n), []).append(i)
            elif c.footnotes:
                self._footnote.setdefault((c.source_id, c.footnotes[0]), i)
        self._chunk_terms = [searcher.analyzer.term_set(c.text) for c in searcher.chunks]
        self._sentence_words: dict[int, list[set[str]]] = {}
        # (what joins clauses names nothing: "voordat ik dat doe" is not about "Want het kost tijd voordat ...")
        self._conjunctions = set(searcher.analyzer.terms(" ".join(CONJUNCTIONS)))
        self._compounds_with: dict[str, int] = {}  # _count_with, remembered
        # how many sentences of the corpus have a term
        self._sentence_ids: dict[str, set[int]] = {}  # term -> the sentences that have it
        for sid, terms in enumerate(searcher.sentences.terms):
            for t in terms:
                self._sentence_ids.setdefault(t, set()).add(sid)
        self._sentences_with = Counter({t: len(ids) for t, ids in self._sentence_ids.items()})

    # ------------------------------------------------------------------ the public seam

    def candidates(self, question: Question, hits: Sequence[Hit], scope: Scope | None = None) -> list[int]:
        """Chunk ids to take sentences from: the top passages; a question's text brings its answer."""
        out: list[int] = []
        s = self.searcher
        for h in hits[:4]:
            i = s.by_id.get(h.chunk.id)
            if i is None:
                continue
            c = h.chunk
            if c.kind == "question" and c.question is not None:
                out.extend(self._answers_of.get((c.source_id, c.question), []))
                out.append(i)
            elif c.kind == "footnote":
                # A footnote speaks through the paragraph that cites it; its own text only when asked for sources.
                out.extend(self._citing.get((c.source_id, c.footnotes[0] if c.footnotes else -1), []))
                if question.intent == "links" and len(c.text.split()) >= 6 and not _URL_ONLY.match(c.text):
                    out.append(i)
            else:
                out.append(i)
        # The rest of the best answer: its key sentence may sit in a paragraph retrieval ranked lower; and, when a
        # figure is asked, the committee's question (the figure may be only there: shown labelled as theirs).
        for rank, h in enumerate(hits[:4]):
            c = h.chunk
            if c.kind == "answer" and c.question is not None:
                if rank == 0 or question.answer_type in _TYPED_LEAD:
                    # (a typed question's lead may sit in another paragraph of a found answer: "wordt daar iets aan
                    # gedaan?" and its "aanvullende acties")
                    out.extend(self._answers_of.get((c.source_id, c.question), []))
                if {"money", "amount", "source"} & set(question.asked_facts):
                    out.extend(self._questions_of.get((c.source_id, c.question), []))
        if question.parts and not question.followup and question.question is None:
            # a question that asks two things ("1) welke organisaties ..., 2) het citaat over X"): the passage each
            # part finds on its own, so that each part has its answer to choose from
            for part in question.parts:
                if points_back(part) or not content_words(part):
                    continue
                found = s.search(replace(question, text=part, search_text=part, parts=()), 1)
                c = found[0].chunk if found else None
                if c is None or (i := s.by_id.get(c.id)) is None or i in out:
                    continue
                if c.kind == "question" and c.question is not None:
                    out.extend(self._answers_of.get((c.source_id, c.question), []))
                elif c.kind == "answer":  # (not the letter's covering intro)
                    out.append(i)
        if asks_trend(question.text, question.answer_type) and not question.followup:
            # "neemt stagediscriminatie af?": where the letter says which way it goes, whichever answer says it
            # (only when the answers found do not say it: "in welke branche groeit het tekort?" is answered there)
            subject = self._subject_terms(question)
            trends = [
                sid
                for sid, sent in enumerate(s.sentences.sentences)
                if s.chunks[sent.chunk].kind == "answer" and subject & s.sentences.terms[sid] and says_trend(sent.text)
            ]
            if not any(s.sentences.sentences[sid].chunk in out for sid in trends):
                out = list(dict.fromkeys([*out, *(s.sentences.sentences[sid].chunk for sid in trends)]))
        if question.question is not None:
            out = [i for i in out if s.chunks[i].question == question.question] or out
        elif kept := self._same_for_kept(question, hits):
            out = kept
        elif question.anchored and question.context_questions:
            # A follow-up without a subject of its own is about what was being discussed, not a near word
            # elsewhere, unless what was discussed cannot give the asked-for fact ("en hoeveel geld ...?").
            context = [i for i in out if s.chunks[i].question in question.context_questions]
            if context:  # the whole discussed answer: what comes next in it may not share a word with the question
                c = s.chunks[context[0]]
                context += [i for i in self._answers_of.get((c.source_id, c.question), []) if i not in context]
                if {"money", "amount"} & set(question.asked_facts):  # a figure may be only in their question
                    for q in question.context_questions:
                        context += [i for i in self._questions_of.get((c.source_id, q), []) if i not in context]
            # the most specific kind asked: "hoeveel euro" asks money, which a count ("113") does not give
            kind = next((k for k in ("money", "date", "amount") if k in question.asked_facts), None)
            check = answers_fact(kind)  # "binnenkort" answers "wanneer"
            # ("hoeveel geld gaat daarnaar?" points back: what was discussed, which then does not say)
            about_it = points_back(question.text)
            # "wie betaalt dat?", "hoeveel geld is het?": a payment or sum the letter names for it elsewhere (the gate
            # checked) when what was discussed names none
            wanted = next((k for k in ("payer", "money", "amount") if k in question.asked_facts), None)
            found_elsewhere = wanted is not None and scope is not None and bool(scope.elsewhere)
            if found_elsewhere:
                assert scope is not None and wanted is not None
                about = {t for w in scope.elsewhere for t in s.analyzer.terms(w)[:1]}
                paying = [i for i, c in enumerate(s.chunks) if HAS_FACT[wanted](c.text)]
                found = [i for i in paying if about & self._chunk_terms[i]]
                if wanted != "payer":  # a sum in a committee question: with its answer (which then does not give it)
                    found += [
                        a
                        for i in found
                        if s.chunks[i].kind == "question"
                        for a in self._answers_of.get((s.chunks[i].source_id, s.chunks[i].question), [])
                    ]
                out = list(dict.fromkeys(found)) or out
            if (
                context
                and not found_elsewhere
                and (check is None or about_it or any(check(s.chunks[i].text) for i in context))
            ):
                out = context
        return list(dict.fromkeys(out))

    def _same_for_kept(self, question: Question, hits: Sequence[Hit]) -> list[int]:
        """For "en voor bbl?" after "komt er een verplichte stagevergoeding?": the discussed answer, when it never
        names the new group and no passage names the group with what was discussed (another answer about the group,
        "bbl-studenten zijn vaak al in dienst ...", does not answer the same question for it); [] otherwise."""
        if not (question.followup and question.context_questions and asks_same_for(question.text)):
            return []
        s = self.searcher

        def specific(text: str) -> set[str]:
            return {t for w in content_words(text) if zipf(w) < SPECIFIC_ZIPF for t in s.analyzer.terms(w)[:1]}

        thread = specific(question.thread)
        new = specific(question.text) - thread
        if not new or not thread:
            return []
        sources = dict.fromkeys(h.chunk.source_id for h in hits)
        context = [
            i
            for src in sources
            for n in question.context_questions
            for i in (*self._questions_of.get((src, n), []), *self._answers_of.get((src, n), []))
        ]
        terms = self._chunk_terms
        if not context or any(new & terms[i] for i in context):
            return []
        if any(new & t and thread & t for t in terms):
            return []  # "en voor bbl?" after the bol students' satisfaction with their guidance: said of both
        return [i for i in context if s.chunks[i].kind == "answer"]

    def select(self, question: Question, scope: Scope, hits: Sequence[Hit], query_vector: np.ndarray) -> Selection:
        chunk_ids = self.candidates(question, hits, scope)
        if not chunk_ids:
            return Selection(())
        support = {} if question.followup else self._support(hits)  # (a follow-up's search mixes in the conversation)
        if question.position is not None and (placed := self._placed(question, scope, chunk_ids, query_vector)):
            cands = [self._candidate(sid) for sid in placed]
            return Selection(tuple(cands), self._full(cands))
        if question.intent in ("whole", "question_text") and question.question is not None:
            chosen = self._whole(question, chunk_ids)
            return Selection(tuple(chosen), self._full(chosen))
        scores = self._score(question, scope, chunk_ids, query_vector, support)
        chosen, committee_only = self._choose(question, scope, scores, support)
        if not committee_only:
            chosen += self._follow_pointer(question, scope, chosen, query_vector)
        if "source" in question.asked_facts and chosen:
            chosen += [sid for sid in self._footnotes_of(chosen) if sid not in chosen]
        cands = [self._candidate(sid, scores.get(sid, 0.0)) for sid in chosen]
        # "En als dat niet lukt?" answered by a sentence the asker has read already that does not say what follows:
        # the letter does not discuss that case (one that says what follows, even if shown before, answers it)
        shown = _norm(question.shown or question.previous_answer) if question.followup else ""
        case_not_discussed = (
            bool(shown and cands)
            and asks_a_case(question.text)
            and _norm(cands[0].text) in shown
            and not _CONSEQUENCE.search(cands[0].text)
            # ("en als dat niet werkt in de zorg?": a sentence about the field the case names speaks of that case)
            and not any(self._names_field(question, c.text) for c in cands)
        )
        full = self._full(cands)
        # said only when the whole cited answers give no step either (a claim about the letter, checked there)
        no_step = question.answer_type == "action" and not any(_ASKER_STEP.search(c.text) for c in (*cands, *full))
        # "waarom verliezen ze niet meteen hun erkenning?" answered only by what the asker has read, and nothing in the
        # cited answers explains (a claim about the letter, checked there)
        asked = self._query_terms(question.text)[0]
        bare_why = bool(shown) and not content_words(asking_sentences(question.text))
        no_reason = (
            bool(cands)
            and question.answer_type == "reason"
            and (
                # "waarom ...?" after an answer: only what the asker has read (or, besides it, what does not name what
                # is asked), and it explains nothing
                # (or a bare "waarom?" where the only reason near is one for something else)
                (
                    (
                        all(
                            _norm(c.text) in shown or (asked and not self._names_before(sid, asked))
                            for c, sid in zip(cands, chosen, strict=True)
                        )
                        or bool(self._reasons_elsewhere(question, list(scores)))
                    )
                    and not any(_EXPLAINS.search(c.text) or _REASON.search(c.text) for c in cands)
                )
                # a bare "waarom (niet)?" about what was shown: no sentence gives a reason or purpose of its own
                # ("Daarom gaan we stappen maken" says what follows from it, not why it is so)
                or (bare_why and not any(_gives_reason(c.text) for c in cands))
                if question.followup
                # "klopt dat? en waarom is dat dan": why the state the first part asks about holds
                else any(_WHY_THAT.match(p) for p in question.parts[1:]) and not self._explains_any(question, chosen)
            )
            # (nor a sentence of the cited answers that explains and names what is asked)
            and not any(
                (_EXPLAINS.search(c.text) or _REASON.search(c.text))
                and asked & set(self.searcher.analyzer.terms(c.text))
                for c in full
            )
        )
        return Selection(tuple(cands), full, committee_only, case_not_discussed, no_step, no_reason)

    def _placed(self, question: Question, scope: Scope, chunk_ids: list[int], query_vector: np.ndarray) -> list[int]:
        """ "de eerste zin van haar antwoord over X": the first (or last) sentence of the answer the question is
        about (the one it names, else the one of its best sentence), with its list when it is a list's lead."""
        s = self.searcher
        kind = "question" if question.intent == "question_text" else "answer"
        by = self._questions_of if kind == "question" else self._answers_of
        number = question.question
        source = s.chunks[chunk_ids[0]].source_id
        if number is None:
            scores = self._score(question, scope, chunk_ids, query_vector)
            best = [
                sid
                for sid in sorted(scores, key=lambda sid: -scores[sid])
                if (c := s.chunks[s.sentences.sentences[sid].chunk]).kind == "answer" and c.question is not None
            ]
            if not best:
                return []
            chunk = s.chunks[s.sentences.sentences[best[0]].chunk]
            source, number = chunk.source_id, chunk.question
        assert number is not None
        ids = sorted(by.get((source, number), []), key=lambda i: s.chunks[i].start)
        sentences = [sid for ci in ids for sid in s.sentences.of_chunk[ci]]
        if not sentences:
            return []
        if question.position == "first":
            first = sentences[0]
            if s.sentences.sentences[first].text.rstrip().endswith(":"):  # a list's lead comes with its items
                return [first, *(sid for sid in sentences[1:] if is_item(s.sentences.sentences[sid].text))]
            return [first]
        return [sentences[-1]]

    def _names_field(self, question: Question, text: str) -> bool:
        """Whether ``text`` names the field a case is narrowed to ("en als dat niet werkt in de zorg?": "zorg"), a
        word after a preposition that the conversation's earlier question did not have."""
        a = self.searcher.analyzer
        before = set(a.terms(question.previous))
        fields = {
            t
            for w in _FIELD.findall(question.text)
            if w.lower() in content_words(question.text)
            for t in a.terms(w)[:1]
            if t not in before
        }
        return bool(fields & set(a.terms(text)))

    def define(self, term: str, query_vector: np.ndarray, k: int = 2) -> tuple[Selection, str] | None:
        """ "Wie is VELON?": what the letter says ``term`` is. Returns the sentences and how they answer:
        "explained" (a sentence spells the abbreviation out or says what it is, then the ``k`` sentences naming it
        nearest to the question) or "only_here" (every sentence naming it, at most ``k`` + 1: all the letter has on
        it). None when the letter never names it, or names it more often without saying what it is."""
        s = self.searcher
        sents = s.sentences

        def pattern(name: str) -> re.Pattern[str]:
            return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)

        name = pattern(term)
        names = [name]
        long_form = s.analyzer.abbreviations.get(fold(term))  # "SBB": the letter spells it out somewhere
        ids = [
            sid
            for ci, chunk in enumerate(s.chunks)
            if chunk.kind in ("answer", "question", "intro", "footnote")
            for sid in sents.of_chunk[ci]
        ]
        for sid in ids:  # "het Expertisepunt LOB (EPLOB)": the short form names it too
            if m := re.search(rf"{name.pattern}\s*\(([^\W\d_]{{2,}})\)", sents.sentences[sid].text, re.I):
                names.append(pattern(m.group(1)))
        # ("Stagepact mbo": the letter may name it by "Stagepact" alone)
        words = [pattern(w) for w in term.split() if len(term.split()) > 1 and w[:1].isupper()]
        # (also in a compound: "bbl-studenten" names bbl, so the letter says more of it than one passing mention)
        compound = [re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.I)]
        ids = [sid for sid in ids if any(n.search(sents.sentences[sid].text) for n in (*names, *words, *compound))]
        if not ids:
            return None

        def explains(text: str) -> bool:
            m = name.search(text)
            if m is None:
                return False
            after = text[m.end() :]
            # "... Bedrijfsleven (SBB)", "SBB is een ...", "SBB, de organisatie die ..."
            spelled = long_form is not None and text[max(0, m.start() - 1) : m.start()] == "(" and after[:1] == ")"
            return spelled or bool(
                re.match(
                    r"\s*(?:\([^)]*\)\s*)?,?\s+(?:is|zijn|betekent|staat voor)\s+(?:een|de|het)\b"
                    r"|,\s+(?:een|de|het)\s+\w+\s+(?:die|dat|van|voor)\b",
                    after,
                )
            )

        sims = sents.vectors(ids) @ np.asarray(query_vector, dtype=np.float32)
        order = [ids[i] for i in np.argsort(-sims)]
        order.sort(key=self._is_committee)  # the sender's own words before the committee's
        lead = [sid for sid in order if explains(sents.sentences[sid].text)][:1]
        if lead:
            status, chosen = "explained", [*lead, *(sid for sid in order if sid not in lead)][: k + 1]
        elif len(order) <= k + 1:
            status, chosen = "only_here", sorted(order, key=lambda sid: (self._is_committee(sid), sid))
        else:
            return None  # named often and never spelled out: what the letter says of it is found as for any question
        cands = [self._candidate(sid) for sid in chosen]
        return Selection(tuple(cands), self._full(cands)), status

    def _explains_any(self, question: Question, chosen: Sequence[int]) -> bool:
        """Whether the letter may give the reason a "waarom ...?" asks for: a chosen sentence that gives a reason
        about what is asked (named there or in the two sentences before, which "Want het kost tijd …" leans on),
        or a sentence anywhere in the corpus that gives a reason and names most of what the question names that the
        corpus has (by idf: "student" and "stage" alone are not the subject)."""
        sents = self.searcher.sentences
        terms = self._query_terms(question.text)[0]
        known = {t for t in terms if self.searcher.has_term(t)}

        def gives(i: int) -> bool:
            t = sents.sentences[i].text
            return bool(_EXPLAINS.search(t) or _REASON.search(t) or _CAUSE.search(t))

        if any(gives(sid) and self._names_before(sid, terms) for sid in chosen):
            return True
        every = (sid for ci in range(len(self.searcher.chunks)) for sid in sents.of_chunk[ci])
        return any(gives(i) and self._share(sents.terms[i], known) >= EXPLAINS_SHARE for i in every)

    def _about(self, sid: int) -> set[str]:
        """The terms sentence ``sid`` is about: its own, and those of the sentence before when it points back to it
        ("Binnenkort informeer ik hier de Kamer over." is about what the sentence before names)."""
        sents = self.searcher.sentences
        prev = self._previous_in_answer(sid)
        if prev is None or not _LEANS_BACK.search(sents.sentences[sid].text):
            return sents.terms[sid]
        return sents.terms[sid] | sents.terms[prev]

    def _names_before(self, sid: int, terms: set[str]) -> bool:
        """Whether sentence ``sid`` or one of the two before it in its passage names one of ``terms`` (what a "Want
        …" or "Daarom …" is about is often named just before it)."""
        sents = self.searcher.sentences
        ci = sents.sentences[sid].chunk
        return any(terms & sents.terms[j] for j in range(max(0, sid - 2), sid + 1) if sents.sentences[j].chunk == ci)

    def _follow_pointer(
        self, question: Question, scope: Scope, chosen: list[int], query_vector: np.ndarray
    ) -> list[int]:
        """A short answer that ends in "Zie ook antwoord op vraag 7." goes on with the best of that answer."""
        sents = self.searcher.sentences
        words = sum(len(sents.sentences[x].text.split()) for x in chosen)
        if not chosen or words >= TARGET_WORDS * READ_ON:
            return []
        groups = {self._group(x) for x in chosen}
        # (a pointer in the paragraph of what was chosen too, the asker may have read it in the previous answer; for
        # "wat wordt eraan gedaan?" anywhere in the answer)
        chunks = dict.fromkeys(sents.sentences[x].chunk for x in chosen)
        if question.answer_type in ("plan", "action"):
            chunks = dict.fromkeys(i for x in chosen for i in self._answers_of.get(self._group(x), []))
        near = [x for c in chunks for x in sents.of_chunk[c]]
        for sid in dict.fromkeys([*chosen, *near]):
            m = _POINTS_TO.search(sents.sentences[sid].text)
            if not m:
                continue
            source = self._group(sid)[0]
            target = (source, int(m.group(1)))
            ids = self._answers_of.get(target, [])
            if not ids or target in groups:
                continue
            sub, _ = self._choose(question, scope, self._score(question, scope, ids, query_vector))
            out: list[int] = []
            for x in sub:
                n = len(sents.sentences[x].text.split())
                if words + n > TARGET_WORDS + PART_ALLOWANCE:
                    break
                out.append(x)
                words += n
            return out
        return []

    # ------------------------------------------------------------------ scoring

    def _footnotes_of(self, chosen: list[int]) -> list[int]:
        """For "waar komen die cijfers vandaan?": the first sentence of each footnote that the cited answers cite,
        when it is a statement ("Dit meten we onder andere met de midterm review ..."), not a bare link or title."""
        s = self.searcher
        out: list[int] = []
        groups = [g for g in dict.fromkeys(self._group(sid) for sid in chosen) if g[1] is not None]
        for ci in dict.fromkeys(ci for g in groups for ci in self._answers_of.get(g, [])):  # type: ignore[arg-type]
            c = s.chunks[ci]
            for n in c.footnotes:
                if (fi := self._footnote.get((c.source_id, n))) is None:
                    continue
                first = s.sentences.of_chunk[fi][:1]
                text = s.sentences.sentences[first[0]].text if first else ""
                if len(text.split()) >= 6 and not _URL_ONLY.match(text):
                    out += first
        return out

    def _candidate(self, sid: int, score: float = 0.0) -> Candidate:
        sent = self.searcher.sentences.sentences[sid]
        return Candidate(sent.text, self.searcher.chunks[sent.chunk], sent.start, score)

    @staticmethod
    def _support(hits: Sequence[Hit]) -> dict[tuple[str, int | None], float]:
        """How much of the search found each question of the letter (its text and its answer), as a share of the
        best: whole passages voting, steadier than one sentence that shares a word."""
        found: dict[tuple[str, int | None], list[float]] = {}
        for h in hits:
            if h.chunk.question is not None and h.chunk.kind in ("question", "answer"):  # a footnote is no answer
                found.setdefault((h.chunk.source_id, h.chunk.question), []).append(h.score)
        # each further passage counts half the one before: a long answer split in many passages, or a question found
        # by its committee text and its answer, does not outvote a short answer the search ranks above them
        support = {k: sum(x * 0.5**n for n, x in enumerate(sorted(v, reverse=True))) for k, v in found.items()}
        best = max(support.values(), default=0.0)
        return {k: v / best for k, v in support.items()} if best else {}

    def _score(
        self,
        question: Question,
        scope: Scope,
        chunk_ids: list[int],
        qvec: np.ndarray,
        support: Mapping[tuple[str, int | None], float] | None = None,
    ) -> dict[int, float]:
        s = self.searcher
        support = support or {}
        sents = [sid for ci in chunk_ids for sid in s.sentences.of_chunk[ci]]
        if not sents:
            return {}
        if question.followup:  # passages were found with the conversation; sentences answer the question itself
            qvec = s.embed_query(question.text)
        sims = s.sentences.vectors(sents) @ np.asarray(qvec, dtype=np.float32)
        terms, total = self._query_terms(question.text)
        if question.english and (cognates := set(s.cognates(question.text)) - terms):
            terms |= cognates  # "consultation": the sentence with "internetconsultatie"
            total += fsum(s.idf(t) for t in cognates)
        context: set[str] = set()
        if question.followup:
            context = set(s.analyzer.terms(question.previous + " " + _MARKS.sub(" ", question.previous_answer)))
        # "wat zijn de opties?" asks about what the previous answer said: repeating it is the answer
        shown = "" if question.followup and definite_back(question.text) else _norm(question.previous_answer)
        rank_of = {ci: r for r, ci in enumerate(chunk_ids)}
        enumerate_ = enumerates(question)
        which = self._which_terms(question) if enumerate_ else set()
        pairs = self._pairs(question.text)
        expects = expected(question)
        numbers = quoted_figures(question.text)
        phrases = quoted_phrases(question.text)
        # (the answer of the passage the search ranked first, for _cover)
        first = self._group_of_chunk(chunk_ids[0]) if chunk_ids else None
        cover = self._cover(question, chunk_ids, support, first) if support else {}
        # the gate found no figure naming what is asked when nothing specific is ("welk percentage heeft een
        # baan?"): a figure is no better a sentence for it, and another answer's figure is none (see _choose)
        unfigured = unfigured_ask(question, scope)
        # "neemt X af?": "X is nog niet gedaald" answers it
        trend = self._subject_terms(question) if asks_trend(question.text, question.answer_type) else set()
        judged = self._judged_terms(question)
        # "mag dat?": a rule carries what is asked only when it is about it (see _rule_about_asked)
        told = self._told_terms(question) if question.answer_type == "yesno" else set()
        scores: dict[int, float] = {}
        for sid, sim in zip(sents, sims.tolist(), strict=True):
            sent = s.sentences.sentences[sid]
            sterms = s.sentences.terms[sid]
            overlap = fsum(s.idf(t) for t in terms & sterms) / total
            score = sim + LEXICAL_WEIGHT * overlap - RANK_PENALTY * rank_of[sent.chunk]
            chunk = s.chunks[sent.chunk]
            score += SUPPORT_BONUS * support.get((chunk.source_id, chunk.question), 0.0)
            score += COVER_BONUS * cover.get((chunk.source_id, chunk.question), 0.0)
            if (
                expects is not None
                and expects(sent.text)
                and not unfigured
                and (judged is None or judged & sterms)
                and (question.answer_type != "yesno" or self._rule_about_asked(question, told, sid))
            ):
                score += TYPE_BONUS
            if trend & sterms and says_trend(sent.text):
                score += TREND_BONUS
            if HAS_FACT["date"](sent.text) or HAS_FACT["amount"](sent.text):
                score += FACT_BONUS
            if numbers and numbers & set(_NUMBER.findall(sent.text)):
                score += NUMBER_BONUS  # the figure the question quotes ("van wie is het cijfer van 31%?")
            if phrases and any(p in " ".join(sent.text.split()).lower() for p in phrases):
                score += QUOTE_BONUS  # the words the question quotes ("waar staat 'Dat baart mij zorgen'?")
            if context:
                score += CONTEXT_BONUS * self._share(context, sterms)
            if which and which & sterms and self._spelled_out(sid):
                score += TYPE_BONUS  # "welke sectoren?": "... de tekortsectoren. Dat gaat bijvoorbeeld om ..."
            if not enumerate_ and (is_item(sent.text) or sent.text.rstrip().endswith(":")):
                score -= LIST_PENALTY  # a list answers "welke ..." questions; it rarely states a rule or reason
            if shown and _norm(sent.text) in shown:
                score -= REPEAT_PENALTY
            if pairs and self._has_pair(pairs, sid):
                score += PHRASE_BONUS  # "stagebegeleider van school": "de stagebegeleiding van de school"
            scores[sid] = score
        return scores

    def _cover(
        self,
        question: Question,
        chunk_ids: list[int],
        support: Mapping[tuple[str, int | None], float] | None = None,
        first: tuple[str, int | None] | None = None,
    ) -> dict[tuple[str, int | None], float]:
        """The answers of the letter that hold two or more of the question's rarest words in two sentences side by
        side: "stoppen met mn opleiding ... een coach?" is the answer with "voortijdig stoppen met hun opleiding. ...
        een vaste begeleider of coach", not the one that says "opleiding" most often."""
        s = self.searcher
        rare = self._rare_terms(question, COVER_ZIPF, whole=True)  # what the asker tells counts too
        specific = self._rare_terms(question, SPECIFIC_ZIPF, whole=True)
        # no word that rare, but one that names a subject: "mijn stagebegeleider reageert nooit, gaat daar iets aan
        # gebeuren?" is about the answers with "stagebegeleiding", not the one the search found most often
        named = set() if specific or question.english else self._named_subjects(question.text)
        if len(specific) == 1 or len(named) == 1:
            # one word of the question is specific ("slecht in rekenen en nederlands"): the one answer that has it
            # ("... de lessen taal, rekenen en burgerschap"), however often another answer was found
            (term,) = specific or named
            found = [ci for ci in chunk_ids if s.chunks[ci].kind == "answer" and s.chunks[ci].question is not None]
            answers = {self._group_of_chunk(ci) for ci in found}
            holding = {
                self._group_of_chunk(ci)
                for ci in found
                if any(_holds(term, s.sentences.terms[sid]) for sid in s.sentences.of_chunk[ci])
            }
            if specific and len(holding) == 1:
                return dict.fromkeys(holding, 1.0)
            # (a subject named: the answers that name it, when the passage the search ranked first is of one of them
            # and another answer, found in more passages, does not name it)
            support = support or {}
            best = max(support, key=lambda k: support[k], default=None)
            if named and first in holding and best in answers - holding:
                return dict.fromkeys(holding, 1.0)
        if len(rare) < 2:
            return {}
        best: dict[tuple[str, int | None], int] = {}
        for ci in chunk_ids:
            c = s.chunks[ci]
            if c.kind != "answer" or c.question is None:
                continue
            ids = s.sentences.of_chunk[ci]
            for a, b in zip(ids, [*ids[1:], None], strict=True):
                window = s.sentences.terms[a] | (s.sentences.terms[b] if b is not None else set())
                held = sum(1 for t in rare if _holds(t, window))
                key = (c.source_id, c.question)
                best[key] = max(best.get(key, 0), held)
        top = max(best.values(), default=0)
        if top < 2 or sum(1 for v in best.values() if v == top) > 1:
            return {}
        return {k: 1.0 for k, v in best.items() if v == top}

    @staticmethod
    def _later_step(question: Question, text: str) -> bool:
        """A step after another ("Na een melding ..."), for "wat kan ik doen?" from an asker who has not taken the
        one before (see _next_step): the first step is theirs to take."""
        return (
            question.answer_type == "action"
            and bool(_LATER_STEP.match(text))
            and not Selector._next_step(question, text)
        )

    @staticmethod
    def _next_step(question: Question, text: str) -> bool:
        """The step after the one the asker says they took ("ik heb het gemeld, wat nu?": "Na een melding ..."), as
        done: a participle ("gemeld") or "... gedaan"."""
        m = _LATER_STEP.match(text)
        stem = fold(m.group(1) or "")[:4] if m else ""
        done = rf"\bge{stem}\w*|\b{stem}\w*\s+(?:\w+\s+)?(?:gedaan|gemaakt|gehad|gevoerd)\b"
        if (
            question.answer_type == "consequence"
            and not question.followup
            and not _ASKS_OTHERS_PART.search(question.text)
        ):
            # "wat gebeurt er als ik het meld?": what follows the asker's own step ("Na een melding ...")
            done += rf"|\bals\s+(?:ik|je|jij|u|we|wij|een student|studenten)\b[^?,]*\b{stem}\w*"
        kinds = ("action", "consequence")
        if (
            question.answer_type in kinds
            and Selector._follows_named_step(question.text, text)
            # (not what happens to another party: "als ik een bedrijf meld, wat gebeurt er met dat bedrijf?")
            and not (question.answer_type == "consequence" and _HAPPENS_TO_OTHER.search(question.text))
        ):
            return True
        return question.answer_type in kinds and bool(stem) and bool(re.search(done, fold(question.text)))

    @staticmethod
    def _follows_named_step(asked: str, text: str) -> bool:
        """A sentence that says what follows a step ("Na een melding ...") for a question that asks what follows
        that step, named in any form ("wat gebeurt er na een melding?", "waar meld ik het en wat gebeurt er dan?")."""
        m = _LATER_STEP.match(text)
        stem = fold(m.group(1) or "")[:4] if m else ""
        return bool(stem) and asks_sequel(asked) and bool(re.search(rf"\b(?:ge)?{stem}\w*", fold(asked)))

    def _item_alone(self, question: Question, sid: int, items: Sequence[int]) -> list[int] | None:
        """The list item ``sid`` (with the sentences that continue it) when it alone names what is asked: two rare
        terms of the question, one that no other item of its list has; the question asks for no enumeration, and the
        list gives no figures."""
        sents = self.searcher.sentences
        if _ENUMERATE.search(_WHICH_ONE.sub(_one_asked, question.text)):
            return None
        if any(_STATISTIC.search(sents.sentences[x].text) for x in items):
            return None  # a list of figures ("top 4 ...: - X (85%)") is read whole, in its order
        rare = self._rare_terms(question)  # (rare in the corpus, and not among the most common words: "landelijke")
        starts = [i for i, x in enumerate(items) if is_item(sents.sentences[x].text)]
        own = next((i for i in reversed(starts) if items[i] <= sid), None)
        if own is None or sid not in items:
            return None
        end = next((i for i in starts if i > own), len(items))
        mine = items[own:end]
        others = set().union(*(sents.terms[x] for x in items if x not in mine))
        named = rare & set().union(*(sents.terms[x] for x in mine))
        # (a follow-up is inside the list's subject already: "en wat heeft VELON er mee te maken?")
        needed = 1 if question.followup else ITEM_ALONE_TERMS
        return mine if len(named) >= needed and named - others else None

    def _subject_terms(self, question: Question) -> set[str]:
        """The terms of the question's focus that name a subject: in at most SUBJECT_SHARE of the sentences."""
        return {t for w in question.focus for t in self._subject_term(w)}

    def _subject_term(self, word: str) -> set[str]:
        """The word's term when it names a subject: in at most SUBJECT_SHARE of the sentences (not "stag")."""
        most = SUBJECT_SHARE * len(self.searcher.sentences.sentences)
        return {t for t in self.searcher.analyzer.terms(word)[:1] if 0 < self._count_with(t) <= most}

    def _rare_terms(self, question: Question, max_zipf: float = RARE_ZIPF, *, whole: bool = False) -> set[str]:
        """Terms of the asking sentences (or of the whole question) that at most RARE_SENTENCES sentences of the
        corpus have."""
        s = self.searcher
        text = question.text if whole else asking(question.text)
        words = [w for w in content_words(text) if zipf(w) < max_zipf]  # not "geeft", "doen"
        terms = set(s.analyzer.terms(" ".join(words))) - s._question_terms
        return {t for t in terms if t in self._sentences_with and self._count_with(t) <= RARE_SENTENCES}

    def _own_rare(self, text: str) -> set[str]:
        """The corpus terms of the specific words of ``text`` that at most RARE_SENTENCES sentences have."""
        words = [w for w in content_words(text) if zipf(w) < SPECIFIC_ZIPF]
        terms = set(self.searcher.analyzer.terms(" ".join(words))) if words else set()
        return {t for t in terms if 0 < self._count_with(t) <= RARE_SENTENCES}

    def _named_subjects(self, text: str) -> set[str]:
        """The corpus terms of the specific words of ``text`` (a question or a part) that name a subject (in at most
        SUBJECT_SHARE of the sentences): "stagebegeleider" gives "stagebegeleid"; "stage" is in too many sentences to
        name one."""
        s, a = self.searcher, self.searcher.analyzer
        most = SUBJECT_SHARE * len(s.sentences.sentences)
        return {
            t
            for w in content_words(text)
            if zipf(w) < SPECIFIC_ZIPF
            # the word itself, not a part of it ("supermarkt" does not name the letter's "arbeidsmarkt"), by a stem
            # that starts it ("vaakst" is no "vak")
            for t in set(a.terms(w)) - set(a.terms(" ".join(a.split_compound(w))))
            if w.lower().startswith(t)
            and t in self._sentences_with
            and self._count_with(t) <= most
            and t not in s._question_terms
        }

    def _judged_terms(self, question: Question) -> set[str] | None:
        """For "... is dat normaal?": the terms naming what the asker tells (a judgement of another thing does not
        answer it); None for other questions."""
        if question.answer_type != "stance" or not asks_usual(question.text):
            return None
        return self._told_terms(question)

    def _told_terms(self, question: Question) -> set[str]:
        """The terms of the question's specific words, a compound by its head too ("stagebegeleider": "begeleid")."""
        return {t for w in content_words(question.text) if zipf(w) < SPECIFIC_ZIPF for t in self._heads(w)}

    def _rule_about_asked(self, question: Question, told: set[str], sid: int) -> bool:
        """Whether a rule sentence names what a yes/no question asks about: one of its specific words (``told``, see
        _told_terms), or money for a question about money ("krijgt 0 euro, mag dat?" and a stagevergoeding)."""
        sents = self.searcher.sentences
        if names_money(question.text):
            # ("mijn stagebedrijf geeft me geen cent, mag dat?" asks about the money, not about the company: "...
            # waardoor het bedrijf geen mbo-studenten meer mag opleiden" is no rule about it)
            return names_money(sents.sentences[sid].text)
        return bool(told & sents.terms[sid])

    def _heads(self, word: str) -> set[str]:
        """The word's term when it names a subject (see _subject_term), and its head's when it is a compound
        ("stagebegeleider": also "begeleid")."""
        a = self.searcher.analyzer
        terms = self._subject_term(word)
        words = a.words(word)
        if words and (parts := a.split_compound(words[0])):
            terms |= set(a.terms(parts[-1]))
        return terms

    def _count_with(self, term: str) -> int:
        """Sentences with the term, counting the compounds it is part of ("discrimin" in "stagediscrimin")."""
        if (n := self._compounds_with.get(term)) is None:
            n = sum(n for t, n in self._sentences_with.items() if t == term or (len(term) >= 5 and term in t))
            self._compounds_with[term] = n  # a handful of rare terms per question; the vocabulary is fixed
        return n

    def _query_terms(self, text: str) -> tuple[set[str], float]:
        """The terms of a question that can match a sentence (not its question words), and their idf total."""
        s = self.searcher
        terms = set(s.analyzer.terms(without_this_letter(text))) - s._question_terms - self._conjunctions
        return terms, fsum(s.idf(t) for t in terms) or 1.0

    def _share(self, context: set[str], sterms: set[str]) -> float:
        s = self.searcher
        total = fsum(s.idf(t) for t in sterms)
        return fsum(s.idf(t) for t in sterms & context) / total if total else 0.0

    # ------------------------------------------------------------------ choosing

    def _is_committee(self, sid: int) -> bool:
        s = self.searcher
        return s.chunks[s.sentences.sentences[sid].chunk].kind == "question"

    def _choose(
        self,
        question: Question,
        scope: Scope,
        scores: dict[int, float],
        support: Mapping[tuple[str, int | None], float] | None = None,
    ) -> tuple[list[int], bool]:
        s = self.searcher
        sents = s.sentences
        ranked = sorted(scores, key=lambda sid: -scores[sid])
        # the committee's text competes when asked for, or when a figure's source is asked (often only there)
        asked = question.intent == "question_text" or "source" in question.asked_facts
        committee_only = False
        first_theirs = -1
        if not asked:
            answer_ranked = [sid for sid in ranked if not self._is_committee(sid)]
            kind = scope.missing_fact or next((k for k in ("money", "amount") if k in question.asked_facts), None)
            # (not when the asker quotes the figure and asks the minister to judge, explain or act on it: "wat vindt
            # de minister van de 31% uit de JOB Monitor?" is answered by her answer; the bot says whose figure it is)
            judged = question.answer_type in _TYPED_LEAD and bool(quoted_figures(question.text))
            if kind in ("money", "amount") and scope.decision != "partial" and not judged:
                has = HAS_FACT[kind]
                theirs = [sid for sid in ranked if self._is_committee(sid) and has(sents.sentences[sid].text)]
                ours = [sid for sid in answer_ranked if has(sents.sentences[sid].text)]
                # the committee's figure when its question's answer gives none, or when it is from the source the
                # question names
                best = self._group(answer_ranked[0]) if answer_ranked else None
                theirs = [
                    sid
                    for sid in theirs
                    if (self._group(sid) == best and not any(self._group(x) == best for x in ours))
                    or (ours and self._names_source(question, sid, ours))
                    # (not for a list asked for: "wat zijn de vier top-bestedingen, met percentages?")
                    or (
                        self._group(sid) == best
                        and not enumerates(question)
                        and self._counts_asked(question, sid, ours)
                    )
                ]
                if theirs:
                    committee_only = True  # the figure is only in the committee's text: show it, labelled
                    first_theirs = theirs[0]
            if not committee_only:
                ranked = answer_ranked or ranked
        if not ranked:
            return [], False

        def bonus(sid: int) -> float:
            """What the search's vote added to a sentence's score (see _score)."""
            return SUPPORT_BONUS * (support or {}).get(self._group(sid), 0.0)

        expects = expected(question)
        # What the previous answer showed: the lead may repeat it when it still answers clearly best (at half the
        # penalty), nothing else does.
        shown_text = _norm(question.shown or question.previous_answer)  # every answer of the conversation
        shown = {sid for sid in ranked if shown_text and _norm(sents.sentences[sid].text) in shown_text}
        if question.followup and definite_back(question.text):
            shown = set()  # "wat zijn de opties dan?" asks for what the answer said: repeating it is the answer
        if elsewhere := self._reasons_elsewhere(question, ranked):
            ranked = [sid for sid in ranked if sid not in elsewhere]
        leads = self._leads(question, ranked)
        fact = next((k for k in ("money", "amount", "date", "payer") if k in question.asked_facts), None)
        undated = False  # a date was asked about something the letter gives no date for
        # the best passage has no such figure: one found elsewhere leads only when it names what is asked
        # (a date too: "wanneer wordt de Kamer over de Talentstrategie geïnformeerd?" is not answered by the date of
        # another report)
        unfigured = unfigured_ask(question, scope)  # (another answer's figure is no answer: see below)
        elsewhere = scope.decision == "partial" and (
            (fact in ("money", "amount") and scope.missing_fact in ("money", "amount"))
            # (not in English, whose sentence scores barely tell passages apart: the dated sentence is what helps)
            or (fact == "date" and scope.missing_fact == "date" and not question.followup and not question.english)
        )
        typed_lead = _TYPED_LEAD.get(question.answer_type or "")
        if (
            question.answer_type == "quote"
            and (admits := _ASKS_ADMITS.search(question.text))
            and not _STANCE.search(question.text[admits.end() :])
        ):
            # "Erkent de minister dat X? Graag met citaat": the sentence that says X, not a judgement (unless X is one:
            # "Zegt ze dat stagediscriminatie onacceptabel is?")
            typed_lead = None
        if "audience" in question.asked_facts:
            typed_lead = _AUDIENCE  # "voor wie geldt dat?": the sentence that says for whom it is leads
        elif "reference" in question.asked_facts and fact is None:
            # "welk kamerstuknummer noemt ze voor de motie?": the sentence with it leads (an asked figure or date
            # leads before it: "hoeveel geld, en in welk Kamerstuk?")
            typed_lead = _REFERENCE
        elif question.answer_type == "date" and _DECISION.search((question.parts or (question.text,))[0]):
            typed_lead = _DECIDED_WHEN  # "wanneer beslist de minister?": when the decision is taken, not another date
        elif question.answer_type in ("yesno", None, "action", "who") and _ASKS_HELP.search(
            asking_sentences(question.text)
        ):
            typed_lead = _HELPS  # "krijg ik hulp van iemand?": who helps, or works with whom on it, leads
        elif question.answer_type == "yesno":
            typed_lead = _asked_rule(question.text)  # "heb ik recht op ...?": the sentence about that right leads
        decided = (question.answer_type == "yesno" and _ASKS_FUTURE.search(question.text)) or (
            question.answer_type in ("yesno", None) and _ASKS_COMMITMENT.search(question.text)
        )
        if decided and typed_lead is None:
            typed_lead = _DECIDED_WHEN  # "Zegt de minister toe dat het wordt verlengd?" (see below)
        elif question.answer_type is None and _ASKS_RIGHTS.search(question.text):
            typed_lead = _RIGHT  # "op welke hulp heb ik recht?": the sentence about what the rights are leads
        elif question.answer_type == "place" and _GOES.search(question.text):
            typed_lead = _PLACE_TO_GO
        if typed_lead is not None:
            # "Hoe duidt de minister ...?", "Waarom ...?", "Krijgt het bedrijf straf?": in the best answer, the
            # sentence that judges, explains or says what follows leads ("Dat baart mij zorgen", "Een mogelijke
            # verklaring is ...", "... kan leiden tot het intrekken van de erkenning")
            pattern = _EXPLAINS_ON if typed_lead is _EXPLAINS and question.followup else typed_lead
            group = self._group(max(leads, key=lambda sid: scores[sid]))
            if decided or (question.answer_type == "reason" and _WHY_NOT_YET.search(question.text)):
                # "waarom verlengen ze het niet nu al?", "wordt het verlengd?", "zegt ze dat toe?": when it is
                # decided, where the best answer says so
                in_group = [sents.sentences[sid].text for sid in leads if self._group(sid) == group]
                pattern = _DECIDED_WHEN if any(_DECIDED_WHEN.search(t) for t in in_group) else pattern

            def typed_here(sid: int) -> bool:
                """Of the best answer and the asked-for type ("wat kan ik doen?": no step after one not taken)."""
                text = sents.sentences[sid].text
                if self._group(sid) != group:
                    return False
                if self._next_step(question, text):
                    return True
                return bool(pattern.search(text)) and not self._later_step(question, text)

            typed = [sid for sid in leads if typed_here(sid)]
            typed = [sid for sid in typed if self._next_step(question, sents.sentences[sid].text)] or typed
            if typed_lead is FIRM_RULE and question.answer_type == "yesno":
                # "mijn stagebegeleider komt nooit langs, mag dat?": a rule about another thing ("... een wetsvoorstel
                # om het geven van een stagevergoeding verplicht te stellen") does not say whether that may; the best
                # answer's own sentences lead
                asked_terms = self._told_terms(question)
                typed = [sid for sid in typed if self._rule_about_asked(question, asked_terms, sid)]
                if not typed and names_money(asking_sentences(question.text)):
                    # "ik zit in niveau 2 zorg en krijg niks betaald, mag dat?": the best answer is about what the
                    # asker tells (the places in the zorg) and states no rule; another answer's rule about the money
                    # asked leads when it scores close ("Zodat het verplicht wordt voor bedrijven om een
                    # stagevergoeding te betalen")
                    top_score = max(scores[sid] for sid in leads)
                    typed = [
                        sid
                        for sid in leads
                        if pattern.search(sents.sentences[sid].text)
                        and self._rule_about_asked(question, asked_terms, sid)
                        and scores[sid] >= top_score - JUDGED_MARGIN
                    ][:1]
            if question.answer_type == "action" and _LOOK_UP.search(question.text):
                # "hoe kan ik zelf nakijken waar ik recht op heb?": the step of looking it up ("Zo kunnen studenten
                # zelf ook zien ..."), not another one the answer names ("... kunnen extra hulp krijgen")
                typed = [sid for sid in typed if _LOOK_UP.search(sents.sentences[sid].text)] or typed
            if not typed and question.answer_type == "action":
                # "wat moet ik doen?" and the best answer gives the asker no step: who helps or works on it leads
                # ("En als er een tekort is, werkt SBB vervolgens samen met de mbo-scholen en bedrijven, ...")
                typed = [sid for sid in leads if self._group(sid) == group and _HELPS.search(sents.sentences[sid].text)]
            if question.answer_type == "quote":
                # "letterlijk over stagediscriminatie": its judgement ("Iedere vorm van stagediscriminatie is
                # volstrekt onacceptabel") when that names it; else the sentences about it ("over de stagetekorten in
                # de zorg": not "De cijfers ... zijn zorgelijk")
                # (what it is about may be told before the asking sentence: "Ik wil de minister letterlijk citeren
                # over stagediscriminatie. Wat is de exacte zin?")
                words = question.focus or tuple(content_words(question.text))
                named = {t for w in words if zipf(w) < SPECIFIC_ZIPF for t in s.analyzer.terms(w)[:1]}
                typed = [sid for sid in typed if named & sents.terms[sid]]
            if question.followup and asks_same_for(question.text) and (new := self._rare_terms(question)):
                # "en voor entree-studenten?" after "wat doet de minister aan het tekort in de zorg?": what the answer
                # says of the new thing leads, not the plan for the one before ("... in gesprek met ... de zorg")
                typed = [sid for sid in typed if new & sents.terms[sid]]
            if (judged := self._judged_terms(question)) is not None:
                # "mijn stagebegeleider komt nooit langs, is dat normaal?": the best answer's judgement of what the
                # asker tells ("De bpv-begeleiding vanuit school moet beter"), not one of another thing (a compound
                # by its head too: a "stagebegeleider" is a "begeleider"), naming two things told, as "stagebegeleider
                # van school" (one shared word is of something else: "Het is belangrijk studenten hier goed in te
                # begeleiden")
                told = [self._heads(w) | set(s.analyzer.terms(w)[:1]) for w in content_words(question.text)]

                def judges_told(sid: int) -> bool:
                    return bool(judged & sents.terms[sid]) and sum(bool(h & sents.terms[sid]) for h in told) >= 2

                typed = [sid for sid in typed if judges_told(sid)]
                if not typed:
                    # ... or another answer's, when the best answer judges nothing the asker tells and that one
                    # scores close
                    top_score = max(scores[sid] for sid in leads)
                    typed = [
                        sid
                        for sid in leads
                        if pattern.search(sents.sentences[sid].text)
                        and judges_told(sid)
                        and scores[sid] >= top_score - JUDGED_MARGIN
                    ][:1]
            if question.answer_type == "yesno" and (modal := _asked_modal(question.text)):
                # "mag een bedrijf dat discrimineert doorgaan?": the sentence of the best answer that says what that one
                # may do ("..., waardoor het bedrijf geen mbo-studenten meer mag opleiden"), before a judgement
                focus = {t for w in question.focus for t in s.analyzer.terms(w)[:1]}
                typed = [
                    sid
                    for sid in leads
                    if self._group(sid) == group
                    and modal.search(sents.sentences[sid].text)
                    and focus & sents.terms[sid]
                ] or typed
            top = max(scores[sid] for sid in leads)
            if typed:
                best = max(typed, key=lambda sid: scores[sid])
                if question.answer_type == "place" and _LEANS_BACK.search(sents.sentences[best].text):
                    # "waar kan ze dit melden?": a sentence that names the place on its own ("... kunnen melden bij
                    # een meldpunt") before one that leans on another ("Daarom werkt mijn ministerie samen met ...
                    # om de meldpunten ..."), when it scores as well
                    standing = [
                        sid
                        for sid in typed
                        if not _LEANS_BACK.search(sents.sentences[sid].text)
                        and scores[sid] >= scores[best] - TYPED_MARGIN / 3
                    ]
                    if standing:
                        best = max(standing, key=lambda sid: scores[sid])
                        typed = [best]
                if question.answer_type in _GENERAL_FIRST and not question.followup:
                    # "wordt daar iets aan gedaan?": of the plans of one paragraph that score close, the first (the
                    # general one, "Voor alle stagetekorten is afgesproken ...", before one for a single sector; a
                    # follow-up has narrowed the subject already)
                    # (not when the best one names more of what is asked: "geen stageplekken in de zorg" is the
                    # sector's)
                    siblings = sents.of_chunk[sents.sentences[best].chunk]
                    terms, _ = self._query_terms(question.text)

                    def named(sid: int) -> float:
                        return fsum(s.idf(t) for t in terms & sents.terms[sid])

                    close = [
                        x
                        for x in siblings
                        if x in typed and scores[x] >= scores[best] - TYPED_MARGIN and named(x) >= named(best)
                    ]
                    best = close[0] if close else best
                    typed = [best]
                elif question.answer_type == "action" and not question.followup:
                    # "wat kan ik doen?": of the steps of the best answer that score close, the first one the letter
                    # names ("... kunnen melden bij een meldpunt" before "Wanneer een student ervoor kiest om een
                    # formele melding te doen, ...")
                    group = self._group(best)
                    close = [
                        x
                        for x in typed
                        if self._group(x) == group
                        and scores[x] >= scores[best] - TYPED_MARGIN
                        and _ASKER_STEP.search(sents.sentences[x].text)
                    ]
                    if close:
                        best = min(close)
                        typed = [best]
                if _LEANS_START.search(text := sents.sentences[best].text) or _ALSO_ONE.match(text):
                    # "Er is ook een versie voor studenten" leans on the typed sentence it goes on from ("Daarom is de
                    # handreiking ... ontwikkeld"): that one leads, and the paragraph reads on to it
                    siblings = sents.of_chunk[sents.sentences[best].chunk]
                    pos = siblings.index(best)
                    earlier = [sid for sid in siblings[max(0, pos - 4) : pos] if sid in typed]
                    typed = earlier[-1:] or typed
            leads = typed or leads
        elif fact is not None:
            # for "hoeveel" the figure leads, for "wanneer" the date: a sentence with it, if one scores close
            top = max(scores[sid] for sid in leads)
            has = answers_fact(fact)
            assert has is not None
            with_fact = [
                sid
                for sid in leads
                if has(sents.sentences[sid].text)
                and scores[sid] >= top - FACT_LEAD_MARGIN
                and (not elsewhere or any(self._names(w, self._paragraph(sid)) for w in scope.unknown))
                and (not scope.about or any(self._names(w, self._lead_in(sid)) for w in scope.about))
            ]
            if elsewhere and not with_fact and scope.unknown and not scope.about:
                # "hoeveel extra geld krijgen scholen voor passend onderwijs?" and no sum for it: what the letter says
                # about that leads (not a sum for something else: "Elk jaar gaat er extra geld naar ...")
                # (as the question names it, with the word after it, when a sentence has that: "passend onderwijs",
                # not "passende stagevergoeding", nor "stagediscriminatie ervaart" for "stagediscriminatie er")
                phrases = [
                    " ".join(m.group(0).lower().split())
                    for w in scope.unknown
                    for m in re.finditer(rf"\b{re.escape(w)}\s+\w+", question.text, re.I)
                ]
                # (all it names before some of it: "meldingen van stagediscriminatie" is "Alle meldingen ...", not
                # "Het aantal studenten dat stagediscriminatie ervaart")
                named = (
                    [
                        sid
                        for sid in ranked
                        if any(
                            re.search(rf"\b{re.escape(p)}\b", _norm(sents.sentences[sid].text).lower()) for p in phrases
                        )
                    ]
                    or [sid for sid in ranked if all(self._names(w, sents.sentences[sid].text) for w in scope.unknown)]
                    or [sid for sid in ranked if any(self._names(w, sents.sentences[sid].text) for w in scope.unknown)]
                )
                leads = [sid for sid in leads if sid in named] or named[:1] or leads
            if scope.about and not with_fact:
                # "wanneer is die klaar?" and no date near what "die" points at: the sentence that names it leads,
                # no date about something else comes along (the gate then says the letter gives no date for it)
                named = [sid for sid in ranked if any(self._names(w, sents.sentences[sid].text) for w in scope.about)]
                leads = [sid for sid in leads if sid in named] or named[:1] or leads
                undated = True
            if not with_fact and fact == "date" and scope.missing_fact in ("date", "start"):
                # no date in the letter: its "binnenkort" in the best answer is the answer there is
                best = max(leads, key=lambda sid: scores[sid])
                group = self._group(best)
                with_fact = [sid for sid in leads if has(sents.sentences[sid].text) and self._group(sid) == group]
            leads = with_fact or leads
            top = max(top, *(scores[sid] for sid in leads))
        else:
            top = max(scores[sid] for sid in leads)
            if enumerates(question) and (asked := self._which_terms(question)):
                # "welke sectoren?": the sentence of the best answer that names them with what they are ("... de
                # tekortsectoren. Dat gaat bijvoorbeeld om ...") leads when it scores close to the best
                group = self._group(max(leads, key=lambda sid: scores[sid]))
                named = [
                    sid
                    for sid in leads
                    if self._spelled_out(sid)
                    and self._group(sid) == group
                    and asked & sents.terms[sid]
                    and scores[sid] >= top - FACT_LEAD_MARGIN
                ]
                leads = named or leads
            elif question.followup and asks_same_for(question.text) and (new := self._rare_terms(question)):
                # "en voor entree en niveau 2?": what the answer says of the new thing leads ("Maar de cijfers laten
                # ook zien dat het voor studenten in entree-opleidingen en niveau 2 moeilijker wordt ..."), as for a
                # typed question (see above)
                group = self._group(max(leads, key=lambda sid: scores[sid]))
                leads = [sid for sid in leads if self._group(sid) == group and new & sents.terms[sid]] or leads
        lead = max(leads, key=lambda sid: scores[sid] + (REPEAT_PENALTY / 2 if sid in shown else 0.0))
        if question.answer_type == "yesno" and not question.followup:
            # "kan ik anoniem melden?": the one sentence of the lead's answer with the question's rare word is the
            # one that says yes or no ("Meldingen en (anonieme) signalen worden besproken ...")
            rare = self._rare_terms(question, SPECIFIC_ZIPF) - sents.terms[lead]  # "anoniem", not "loop"
            group = self._group(lead)
            with_rare = [
                sid
                for sid in ranked
                if rare & sents.terms[sid] and self._group(sid) == group and not self._is_committee(sid)
            ]
            if with_rare and not is_item(sents.sentences[with_rare[0]].text):
                lead = with_rare[0]
        if (
            question.answer_type is None
            and not question.parts
            and not question.followup
            and _ASKS_WHAT_ABOUT.search(question.text)
            and (named := {t for w in question.focus for t in s.analyzer.terms(w)[:1]})
        ):
            # "wat staat er in de brief over het stagepact?": what the best answer says of it first, in reading order
            # (its opening judgement, not the sentence that happens to score best)
            group = self._group(lead)
            first = next(
                (
                    sid
                    for sid in sorted(ranked)
                    if self._group(sid) == group and not self._is_committee(sid) and named & sents.terms[sid]
                ),
                None,
            )
            if first is not None and not is_item(sents.sentences[first].text):
                lead = first
        if committee_only:
            lead = first_theirs
        elif (given := self._reason_shown(question, ranked)) is not None:
            # a bare "waarom (niet)?" right after an answer that gave the reason ("moet hij een diploma hebben?" and
            # "... Dit past bij het karakter van LOB, ..."): that reason is the answer, said again
            lead = given
            shown.discard(given)
        # "waarom?" after an answer, and the reason is in it: the chain of sentences the reason leans on, which the
        # asker has just read, is not repeated (see _read_up_to)
        why_again = question.followup and question.answer_type == "reason"
        same_again = question.followup and asks_same_for(question.text)
        chosen: list[int] = []
        # a note said first on a part of the committee question the answer skips takes its room from the quotes (with
        # the note on a fact the letter does not give, said before it)
        words = 0
        if scope.missing_fact == "unanswered" or scope.also_skipped:
            words = _words_of(texts.NOT_IN_LETTER["unanswered"]) + _words_of(
                texts.NOT_IN_LETTER.get(scope.missing_fact or "", "") if scope.also_skipped else ""
            )
        links: set[int] = set()  # sentences a chain was read through and left out (see leaning): not shown later
        for_examples: set[int] = set()  # lists of examples chosen for themselves: they come with what they exemplify

        def size(sid: int) -> int:
            return len(sents.sentences[sid].text.split())

        def unit(sid: int, concluded: bool = False) -> list[int]:
            """The sentence with what it needs: the sentence it leans on, a list's lead and items."""
            siblings = sents.of_chunk[sents.sentences[sid].chunk]
            pos = siblings.index(sid)
            text = sents.sentences[sid].text
            if is_item(text) or self._item_of(sid) is not None:
                lead_pos = pos
                while lead_pos > 0 and (
                    is_item(sents.sentences[siblings[lead_pos]].text) or self._item_of(siblings[lead_pos]) is not None
                ):
                    lead_pos -= 1
                items = self._list_after(siblings, lead_pos)
                if is_item(sents.sentences[siblings[lead_pos]].text):
                    return items
                if (alone := self._item_alone(question, sid, items)) is not None:
                    # "wie ontwikkelt het onderwijsaanbod voor de lerarenopleiding?": the one item that names what
                    # is asked, with its lead, not the whole list before it
                    return [*exemplified(lead_pos, siblings), *leaning(siblings[lead_pos], siblings, lead_pos), *alone]
                return [*exemplified(lead_pos, siblings), *leaning(siblings[lead_pos], siblings, lead_pos), *items]
            if text.rstrip().endswith(":"):
                items = self._list_after(siblings, pos)
                # a lead with nothing after it is a fragment; "Dit is de top 4:" also brings what it leans on
                return [*exemplified(pos, siblings), *leaning(sid, siblings, pos), *items] if items else []
            out = leaning(sid, siblings, pos)
            if (hedge := self._hedged_by(sid, siblings, pos)) is not None and siblings[hedge] not in out:
                # "Bbl-studenten zijn vaak ..." after "Maar een mogelijke verklaring is ...": what the sender offers as
                # a possible explanation is not shown as a fact
                out = [*leaning(siblings[hedge], siblings, hedge), *out]
            if self._spelled_out(sid):
                out.append(siblings[pos + 1])  # "... de tekortsectoren." with "Dat gaat bijvoorbeeld om ..."
            elif (after := self._when_then(sid)) is not None:
                out.append(after)  # "... nog niet zichtbaar." with "De volgende meting wordt eind 2026 ..."
            elif (
                pos + 1 < len(siblings)
                and _EXAMPLES_LIST.search(sents.sentences[siblings[pos + 1]].text)
                and (items := self._list_after(siblings, pos + 1))
            ):
                # "... via andere manieren." with "Bijvoorbeeld door:" and its list: what the sentence stands for
                out += [siblings[pos + 1], *items]
            if (
                concluded
                and pos == 0
                and _CONCLUDES.search(text)
                and (prev := self._previous_in_answer(sid)) is not None
            ):
                # "Het geld wordt dus ingezet voor ...", opening a paragraph, concludes the one before (often a
                # list): it comes with it
                return [*(unit(prev) if prev not in out else []), *out]
            return out

        def exemplified(pos: int, siblings: list[int]) -> list[int]:
            """What a list of examples ("Bijvoorbeeld door:") gives examples of: the sentence before it."""
            if pos == 0 or not _EXAMPLES_LIST.search(sents.sentences[siblings[pos]].text):
                return []
            for_examples.add(siblings[pos])
            return leaning(siblings[pos - 1], siblings, pos - 1)

        def leaning(sid: int, siblings: list[int], pos: int) -> list[int]:
            """The sentence with the ones it leans on ("Dat is ...", "Daarom ...")."""
            out = [sid]
            if sid == lead and _OWN_CONTRAST.search(sents.sentences[sid].text):
                # "Maar de cijfers laten ook zien dat het voor ... moeilijker wordt": a contrast that names its own
                # subject states its point; it answers first, what it contrasts with may follow
                return out
            back = pos
            while back > 0 and back > pos - 2 and _LEANS_BACK.search(sents.sentences[siblings[back]].text):
                if why_again and self._read_up_to(out, siblings[back - 1], shown):
                    break  # (see below)
                if (
                    same_again
                    and sid == lead
                    and siblings[back - 1] in shown
                    and not _LEANS_START.search(sents.sentences[out[0]].text)
                ):
                    # "en voor entree en niveau 2?": "Maar de cijfers laten ook zien dat het voor studenten in
                    # entree-opleidingen ..." goes on from what the previous answer showed; the asker has read it
                    break
                back -= 1
                out.insert(0, siblings[back])
            continued = False
            pulled: list[int] = []
            for step in range(3):
                # (a third step only for a sentence that cannot stand at all, "Dat is ongeveer 1% van ...", or one
                # that an "En ..." went on from)
                first = sents.sentences[out[0]].text
                lean = _LEANS_START if step == 0 else _CONTINUES if step == 1 else _ONLY_BACK
                linked = step == 2 and continued and not lean.search(first) and bool(_LEANS_START.search(first))
                # "We onderzoeken waar scholen dat geld aan besteden": "dat geld" is the one the sentence before names
                # (for the lead only: an answer's opening must stand; a further group is read as far as it is shown)
                pointed = step == 0 and sid == lead and back > 0 and self._points_at(out[0], siblings[back - 1])
                if not lean.search(first) and not linked and not pointed:
                    if step == 1 and _ONLY_BACK.search(first):
                        continue
                    break
                continued = step == 1
                # a chain of "Dat ..." sentences still leans on the one before: bring it (also when it ended the
                # previous passage, split off within the paragraph), and the one that one leans on ("En ...")
                prev = siblings[back - 1] if back > 0 else self._before(out[0])
                if prev is None or prev in out or (why_again and self._read_up_to(out, prev, shown)):
                    break
                back -= 1
                out.insert(0, prev)
                pulled.append(prev)
                if linked:
                    # "Er is ook een versie voor studenten" after "Zo zorgen we dat ... En dat ze weten ...": the
                    # sentence that names what it is a version of ("Daarom is de handreiking ... ontwikkeld") comes
                    # along, the links between are left out (…)
                    out = [x for x in out if x not in pulled[:2]]
                    links.update(pulled[:2])
            return out

        def add(group: list[int], budget: int) -> bool:
            nonlocal words
            # a unit's list of examples ("Bijvoorbeeld door:" and its items, see unit) comes after its own sentence
            cut = next((i for i, g in enumerate(group) if i and _EXAMPLES_LIST.search(sents.sentences[g].text)), None)
            own = group[:cut] if cut is not None else group
            # (the unit's own sentence: not the one after it that says what it stands for, see unit)
            main = own[-2] if len(own) > 1 and self._spelled_out(own[-2]) else own[-1] if own else -1
            if chosen and group and main in shown and not (expects and expects(sents.sentences[main].text)):
                return True  # already shown in the previous answer and not what is asked now: skip it, read on
            if main in links:
                return True  # left out of a chain already shown (…)
            new = [g for g in group if g not in chosen and g not in links]
            n = sum(size(g) for g in new)
            if chosen and words + n > budget:
                # without its examples when they do not fit: the sentence still says what is done (not when the
                # examples were what was chosen: "... via andere manieren." alone says nothing)
                return cut is not None and group[cut] not in for_examples and add(own, budget)
            chosen.extend(new)
            words += n
            return True

        lead_unit = unit(lead, concluded=True) or [lead]  # the lead also brings what its "dus" sums up
        item = self._item_of(lead) or (lead if is_item(sents.sentences[lead].text) else None)
        if question.followup and lead in shown and item is not None:
            # "wat heeft het ontwikkeld?" after a list the asker has just read: the sentence that answers with its
            # own item, not the whole list again
            lead_unit = [
                sid for sid in lead_unit if sid not in shown or sid in (lead, item) or self._item_of(sid) == item
            ]
        if committee_only and enumerates(question):
            # "welke cijfers uit de JOB Monitor?": the other committee figures that name the asked-for source (the
            # words of the question the lead has and no sentence of the answers has)
            has = HAS_FACT[kind]  # type: ignore[index]
            said = set().union(*(sents.terms[sid] for sid in ranked if not self._is_committee(sid)))
            source = self._source_terms(question) & sents.terms[lead] - said
            lead_unit += [
                sid
                for sid in ranked
                if source
                and sid not in lead_unit
                and self._is_committee(sid)
                and has(sents.sentences[sid].text)
                and fsum(s.idf(t) for t in source & sents.terms[sid]) >= fsum(s.idf(t) for t in source) / 2
            ][:2]
        if question.answer_type == "reason" and not any(_REASON.search(sents.sentences[x].text) for x in lead_unit):
            # "Waarom ...?": the sentence just before that frames the reason ("Er is geen onderzoek gedaan naar
            # de oorzaken. Maar een mogelijke verklaring is ...") comes with it, so a guess does not read as fact
            siblings = sents.of_chunk[sents.sentences[lead_unit[0]].chunk]
            pos = siblings.index(lead_unit[0])
            framing = [x for x in siblings[max(0, pos - 2) : pos] if _REASON.search(sents.sentences[x].text)]
            if framing:
                first = unit(framing[0]) or [framing[0]]
                lead_unit = list(dict.fromkeys([*first, *siblings[siblings.index(first[-1]) + 1 : pos], *lead_unit]))
        if decided and any(_DECIDED_WHEN.search(sents.sentences[x].text) for x in lead_unit):
            # "wordt het verlengd?" led by "Daarover neem ik in de loop van 2027 een besluit.": what the decision is
            # based on, said just before it ("Om te beslissen ... kijken we naar ... de eindevaluatie."), comes along
            siblings = sents.of_chunk[sents.sentences[lead_unit[0]].chunk]
            pos = siblings.index(lead_unit[0])
            basis = [x for x in siblings[max(0, pos - 2) : pos] if _DECISION.search(sents.sentences[x].text)]
            if basis:
                lead_unit = list(dict.fromkeys([*siblings[siblings.index(basis[0]) : pos], *lead_unit]))
        add(lead_unit, TARGET_WORDS)
        pointed = self._pointed_to(lead_unit) if question.answer_type in ("plan", "action", None) else []
        if pointed:
            # "... aanvullende acties opgesteld, ook voor stagebegeleiding. Zie ook antwoord op vraag 7.": what
            # the other answer says of it (its sentence that shares most of what points there, read on), not what
            # the lead's paragraph goes on to after the pointer
            add(pointed, TARGET_WORDS + PART_ALLOWANCE)
        lead_chunk = s.chunks[sents.sentences[lead].chunk]
        # What completes the lead: the sentences after it in its paragraph (the next step, the figure, the
        # consequence): the key fact often sits one sentence after the best match.
        siblings = sents.of_chunk[sents.sentences[lead].chunk]
        # an explanation asked for ("waarom ...?") is read to its conclusion, like a list (not when other parts of
        # the question need the room, unless the explanation is what it asks first: "Hoe verklaart de minister X?
        # En is er onderzoek naar gedaan?"; the parts have room of their own)
        explains = (
            question.answer_type == "reason"
            and (not question.parts or answer_type(question.parts[0]) == "reason")
            and any(_EXPLAINS.search(sents.sentences[x].text) for x in lead_unit)
        )
        for sid in siblings[siblings.index(max(x for x in chosen if x in siblings)) + 1 :]:
            if pointed or committee_only:
                break
            if words >= (TARGET_WORDS + LIST_ALLOWANCE if explains else TARGET_WORDS * READ_ON):
                break
            group = unit(sid) or [sid]
            if question.answer_type == "action" and _FINDING.match(sents.sentences[group[0]].text):
                break  # "wat kan ik doen?": what a review found ("In de mid-term review zien we ...") is no step
            listing = sents.sentences[group[0]].text.rstrip().endswith(":") and len(group) > 1
            if not add(group, TARGET_WORDS + LIST_ALLOWANCE if listing or explains else TARGET_WORDS):
                break
        if not undated and not any(HAS_FACT["date"](sents.sentences[x].text) for x in chosen):
            # A plan is not complete without its timing: the lead's paragraph's dated sentence comes along.
            dated = [
                x for x in sents.of_chunk[sents.sentences[lead].chunk] if HAS_FACT["date"](sents.sentences[x].text)
            ]
            if dated:
                best = max(dated, key=lambda x: scores.get(x, 0.0))
                if scores.get(best, 0.0) >= scores[lead] - 2 * ADD_MARGIN:
                    add(unit(best) or [best], TARGET_WORDS + 15)
        # the best-scoring sentence too, when the lead was chosen over it for its type or figure, from the same answer
        order = [x for n, x in enumerate(ranked) if n or self._group(x) == self._group(lead)]
        if question.answer_type == "action":
            # "wat kan ik doen?": of what scores close enough, a step the lead's answer gives the asker before what
            # others do there
            order.sort(
                key=lambda x: not (self._group(x) == self._group(lead) and _ASKER_STEP.search(sents.sentences[x].text))
            )
        for sid in order:
            if words >= TARGET_WORDS or sid in chosen or (committee_only and self._is_committee(sid)):
                continue
            if undated and has_time(sents.sentences[sid].text):
                continue  # a date about something else than what "die" points at
            c = s.chunks[sents.sentences[sid].chunk]
            same = (c.source_id, c.question) == (lead_chunk.source_id, lead_chunk.question)
            if unfigured and not same and expects and expects(sents.sentences[sid].text):
                continue  # the letter has no figure for what is asked: another answer's figure is no answer
            if (
                not same
                and scope.decision == "partial"
                and scope.missing_fact in ("money", "amount")
                and quoted_figures(sents.sentences[sid].text)
                and (subjects := self._named_subjects(question.text))
                and not subjects & sents.terms[sid]
            ):
                continue  # ... nor one that names nothing the question names ("1% van het totale aantal")
            margin = ADD_MARGIN if same else OTHER_MARGIN
            # another question's sentence joins on its own merit: the search's vote lifts the lead's question only
            if not same and scores[sid] - bonus(sid) < max(scores[lead], top) - bonus(lead) - margin:
                continue
            if same and scores[sid] < scores[lead] - margin:
                continue
            groups = {
                (s.chunks[sents.sentences[x].chunk].source_id, s.chunks[sents.sentences[x].chunk].question)
                for x in chosen
            }
            if (c.source_id, c.question) not in groups and (
                len(groups) >= 2
                or c.question is None
                or (support and support.get((c.source_id, c.question), 0.0) < OTHER_SUPPORT)
            ):
                # at most two questions of the letter in one answer, no intro beside them, and a second one only
                # when the search found it too (one sentence sharing a word is not a second subject)
                continue
            group = unit(sid)
            if group and add(group, TARGET_WORDS + 15) and same:
                # a sentence of the lead's answer brings the one after it (where its detail usually is)
                sib = sents.of_chunk[sents.sentences[sid].chunk]
                nxt = sib.index(group[-1]) + 1
                if nxt < len(sib) and not sents.sentences[sib[nxt]].text.rstrip().endswith(":"):
                    add(unit(sib[nxt]) or [sib[nxt]], TARGET_WORDS + 15)
        if question.answer_type == "reason" and committee_only:
            # "wat zijn de cijfers, en hoe verklaart de minister het verschil?": the figure is the committee's one
            # sentence; the answer's explanation is read to its conclusion, as when asked alone
            explaining = [x for x in chosen if not self._is_committee(x) and _EXPLAINS.search(sents.sentences[x].text)]
            if explaining:
                sib = sents.of_chunk[sents.sentences[explaining[-1]].chunk]
                for sid in sib[sib.index(max(x for x in chosen if x in sib)) + 1 :]:
                    if not add(unit(sid) or [sid], TARGET_WORDS + LIST_ALLOWANCE):
                        break
        # A reference or a source that is asked for ("welke motie?", "uit welke bron?") is always shown.
        for kind in ("reference", "source"):
            if kind in question.asked_facts and not any(_EXPECTS[kind](sents.sentences[x].text) for x in chosen):
                best = next((sid for sid in ranked if _EXPECTS[kind](sents.sentences[sid].text)), None)
                if best is not None:
                    add(unit(best) or [best], TARGET_WORDS + PART_ALLOWANCE)
        # "Wanneer?" answered without a date ("Binnenkort ga ik in gesprek ..."): that sentence is what there is.
        if (
            not undated
            and "date" in question.asked_facts
            and not any(has_time(sents.sentences[x].text) for x in chosen)
        ):
            group = self._group(lead)
            best = next(
                (sid for sid in ranked if has_time(sents.sentences[sid].text) and self._group(sid) == group), None
            )
            if best is not None:
                add(unit(best) or [best], TARGET_WORDS + PART_ALLOWANCE)
        # "Moet mijn bedrijf betalen?" answered by a plan: when the plan is due completes it ("Begin 2027 ...").
        if (
            (question.answer_type == "yesno" or any(answer_type(p) == "yesno" for p in question.parts))
            and ASKS_RULE.search(question.text)
            and any(_PLAN.search(sents.sentences[x].text) for x in chosen)
        ):
            group = self._group(lead)
            best = next(
                (
                    sid
                    for sid in ranked
                    if self._group(sid) == group
                    and has_date(text := sents.sentences[sid].text)
                    and _PLAN.search(text)
                    and sid not in chosen
                ),
                None,
            )
            if best is not None:
                add(unit(best) or [best], TARGET_WORDS + PART_ALLOWANCE)
        # "Wordt het verlengd?": whether it is decided, and when, is the answer to a question about the future.
        if (question.answer_type == "yesno" and _ASKS_FUTURE.search(question.text)) or (
            question.answer_type in ("yesno", None) and _ASKS_COMMITMENT.search(question.text)
        ):
            group = self._group(lead)
            best = next(
                (sid for sid in ranked if _DECISION.search(sents.sentences[sid].text) and self._group(sid) == group),
                None,
            )
            if best is not None:
                add(unit(best) or [best], TARGET_WORDS + PART_ALLOWANCE)
        # A rare word the question asks with ("kan ik het ook anoniem melden?") that no chosen sentence has: the
        # sentence of the lead's answer that has it comes along (it is often the one that answers).
        have = set().union(*(sents.terms[x] for x in chosen))
        answer = [sid for sid in ranked if self._group(sid) == self._group(lead) and not self._is_committee(sid)]
        # (a term a chosen sentence has in another form is had: "verschillen" and "De aanpak verschilt per regio")
        for term in (t for t in self._rare_terms(question) - have if not _in_another_form(t, have)):
            best = next((sid for sid in answer if term in sents.terms[sid]), None)
            if best is None and support and not question.followup:
                # the lead's answer lacks it ("slecht in rekenen, krijg ik extra hulp?"): the answer of the letter
                # that has it, when the search found that one about as well (one more question at most)
                groups = {self._group(x) for x in chosen}
                best = next(
                    (
                        sid
                        for sid in ranked
                        if term in sents.terms[sid]
                        and not self._is_committee(sid)
                        and len(groups | {self._group(sid)}) <= 2
                        and support.get(self._group(sid), 0.0) >= OTHER_SUPPORT
                    ),
                    None,
                )
            if best is not None and not is_item(sents.sentences[best].text) and self._item_of(best) is None:
                add(unit(best) or [best], TARGET_WORDS + PART_ALLOWANCE)
        # "wat is het verschil tussen bol en bbl?": when the lead's answer says something of one side alone and the
        # sentences shown only of the other, it reads on to the first that is of the missing side alone ("Bij
        # bol-studenten is dat anders. Bol-studenten wisselen vaker van stage, ...")
        for side in self._compared_sides(question):
            alone = [
                sid
                for sid in sorted(scores)
                if self._group(sid) == self._group(lead) and not self._is_committee(sid) and side(sid)
            ]
            if not alone or any(x in alone for x in chosen):
                continue
            last = max((x for x in chosen if self._group(x) == self._group(lead)), default=lead)
            siblings = sents.of_chunk[sents.sentences[last].chunk]
            # (not far on, and all that is between: a sentence there may lean on the one before)
            near = siblings[siblings.index(last) + 1 : siblings.index(last) + 1 + COMPARED_READ_ON]
            # (one that says something of it: "Bij bol-studenten is dat anders." only announces the next one)
            target = max((x for x in alone if x in near and size(x) >= 8), key=lambda x: scores[x], default=None)
            if target is not None:
                add(near[: near.index(target) + 1], TARGET_WORDS + PART_ALLOWANCE)
            else:  # (the side said before what is shown: its best sentence, with what it leans on)
                best_side = max(alone, key=lambda x: scores[x])
                add(unit(best_side) or [best_side], TARGET_WORDS + PART_ALLOWANCE)
        # A question that asks two things ("..., en is daar een datum voor?") gets the best sentence for each.
        for i, part in enumerate(question.parts):  # the lead may answer a later part ("..., en wanneer?")
            # a part that points back ("... and what is the minister doing about it?") is about the first part's
            # subject: read with it, and answered from the same answer of the letter
            # (what the asker tells after it is not what the part asks: "wanneer dan? ik moet volgend jaar stage lopen")
            asked = asking_sentences(part)
            back = i > 0 and (points_back(asked) or not content_words(asked))  # "..., wat moet ik doen?"
            text = f"{question.parts[0]} {part}" if back else part
            # (a later part with no question type that asks a figure, "... en waar gaat dat geld naartoe? Graag met de
            # percentages.", expects one)
            kind = answer_type(part) or (
                next((k for k in asked_facts(part, None) if k in ("amount", "date")), None) if i > 0 else None
            )
            if kind == "amount" and "duration" in asked_facts(part, kind):
                kind = "duration"  # "hoe lang duurt dat?": how long, not any figure
            elif (
                kind == "amount"
                and "money" in asked_facts(part, kind)
                and answer_type(part) == "amount"
                and scope.missing_fact in ("amount", "money")
            ):
                continue  # "hoeveel euro ...?" and the letter gives none (said first): no count about something else
            said = _SAID_MISSING.get(scope.missing_fact or "", frozenset())
            if i > 0 and said >= set(asked_facts(part, kind)) > set():
                continue  # "..., is er al een bedrag per maand bekend?" and the letter gives none: said first
            if kind == "quote":  # "een citaat over wat er met X kan gebeuren": the kind of what it is to be about
                kind = answer_type(_QUOTE_OF.sub("", part, count=1))
                kind = None if kind == "quote" else kind
            # (unless it names a rare word of its own that the lead's answer never has: "... kiezen wie ze leuker
            # vinden? voelt niet eerlijk, kan dat niet objectiever" is answered where the letter says "objectief")
            part_rare = frozenset(self._own_rare(asked)) if i > 0 else frozenset()
            lead_terms = set().union(*(sents.terms[x] for x in ranked if self._group(x) == self._group(lead)))
            within = self._group(lead) if back and not (part_rare and not part_rare & lead_terms) else None
            best = self._best_for_part(text, ranked, chosen, kind, within, asks_sequel(part), part_rare)
            if (
                i > 0
                and not back
                and best is not None
                and self._group(best) != self._group(lead)
                and not any(zipf(w) < PART_OWN_ZIPF for w in content_words(part))
            ):
                # "..., en welke doelen worden niet gehaald?" names nothing of its own: the goals of what the first
                # part asks about, answered from the lead's answer; another answer's "Het doel hiervan ..." shares
                # only a word (a sentence of another answer with the asked-for kind of fact still answers)
                own = self._best_for_part(f"{question.parts[0]} {part}", ranked, chosen, kind, self._group(lead))
                best = own if own is not None or _EXPECTS.get(kind or "") is None else best
            if (
                i > 0
                and not back
                and best is not None
                and self._group(best) != self._group(lead)
                # (not for the rare word the part names, which only that sentence has: see _best_for_part)
                and not part_rare & sents.terms[best]
            ):
                # "krijg ik extra lessen? en wat doet de overheid aan taal en rekenen?": when what the lead's answer
                # already shows answers this part at least as well (of the kind it expects), another answer's
                # sentence that only fits the kind ("... gaat dit kabinet maatregelen nemen") is not added
                # or names more of what the part is about ("taal en rekenen") than that sentence does
                # (names of their own: "shown" and "expects" are the whole answer's, which add() reads)
                fits = _EXPECTS.get(kind or "") if kind not in ("yesno", None) else None
                leads_own = [x for x in chosen if self._group(x) == self._group(lead) and not self._is_committee(x)]
                of_kind = [x for x in leads_own if fits is None or fits(sents.sentences[x].text)]
                ours = self._part_scores(text, of_kind, typed=fits is not None)
                if (ours and max(ours) >= self._part_scores(text, [best], typed=fits is not None)[0]) or (
                    fits is not None
                    and leads_own
                    and max(self._part_lexical(text, x) for x in leads_own) > self._part_lexical(text, best)
                ):
                    best = None
            if (
                best is not None
                and scope.decision == "partial"
                and kind in _FIGURE_KINDS
                and self._group(best) != self._group(lead)
                and (subjects := self._named_subjects(part))
                and not subjects & set().union(*(sents.terms[x] for x in unit(best) or [best]))
            ):
                # "hoeveel leerbedrijven zijn hun erkenning kwijtgeraakt?" when the letter gives no such count (said
                # first): another answer's figure that names nothing the part is about ("4.695 mbo-studenten") is none
                best = None
            if best is not None:
                group = unit(best) or [best]
                part_expects = _EXPECTS.get(kind or "")
                if part_expects is not None and (after := self._goes_on(group[-1], part_expects)) is not None:
                    # "krijgt dat bedrijf straf?": "... moeten verbeteren." and what follows if they do not ("Als
                    # ze dit niet doen, kan dit ... leiden tot het intrekken van de erkenning")
                    group.append(after)
                siblings = sents.of_chunk[sents.sentences[group[-1]].chunk]
                nxt = siblings.index(group[-1]) + 1
                if (
                    _ENUMERATE.search(part)
                    and nxt < len(siblings)
                    and sents.sentences[siblings[nxt]].text.rstrip().endswith(":")
                ):
                    # "aan welke zaken besteden scholen het?": the sentence that names it, then the list it opens
                    group += [x for x in unit(siblings[nxt]) if x not in group]
                add(group, TARGET_WORDS + PART_ALLOWANCE + LIST_ALLOWANCE)
        if (
            question.answer_type == "yesno"
            and not committee_only
            and ASKS_RULE.search(asking_sentences(question.text))
            and not any(self._group(x) == self._group(lead) and _AGREED.search(sents.sentences[x].text) for x in chosen)
            and (subjects := self._named_subjects(question.text))
        ):
            # "we hebben geen meldpunt, is dat niet verplicht?": when the answer states no rule or agreement, the one
            # the committee's question of that answer cites ("In het Stagepact mbo is afgesproken dat alle scholen een
            # meldpunt hebben") says what was agreed, labelled as the committee's words
            agreed = next(
                (
                    sid
                    for sid in sorted(scores, key=lambda x: -scores[x])
                    if self._is_committee(sid)
                    and self._group(sid) == self._group(lead)
                    and _AGREED.search(sents.sentences[sid].text)
                    # a statement, not the request itself ("Kunt u uitleggen hoe ... waar zij recht op hebben.")
                    and not _REQUEST.search(sents.sentences[sid].text)
                    and subjects & sents.terms[sid]
                ),
                None,
            )
            if agreed is not None and agreed not in chosen:
                return [*self._order(chosen, lead, lead_unit), agreed], committee_only  # after the answer
        return self._order(chosen, lead, lead_unit), committee_only

    def _compared_sides(self, question: Question) -> list[Callable[[int], bool]]:
        """For a question that compares two things ("het verschil tussen bol en bbl", "bol of bbl?"), per side a test
        whether a sentence names that side and not the other."""
        m = _COMPARED.search(question.text)
        if (
            m is None
            or question.followup
            or question.intent != "content"
            or any(answer_type(p) in _FIGURE_KINDS or asked_facts(p, None) for p in question.parts)
        ):
            return []  # (not when figures or the committee's question are asked as well)
        a = self.searcher.analyzer
        one, two = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        terms = [set(a.terms(one)[:1]), set(a.terms(two)[:1])]
        if not all(t and t <= self._sentences_with.keys() for t in terms) or terms[0] == terms[1]:
            return []
        sents = self.searcher.sentences

        def of(one: set[str], other: set[str]) -> Callable[[int], bool]:
            return lambda sid: bool(one & sents.terms[sid]) and not other & sents.terms[sid]

        return [of(terms[0], terms[1]), of(terms[1], terms[0])]

    def _source_terms(self, question: Question) -> set[str]:
        """The terms of the source the question names ("uit de JOB Monitor 2026"), if any."""
        s = self.searcher
        names = " ".join(m.group(1) for m in _NAMED_SOURCE.finditer(question.text))
        return set(s.analyzer.terms(names)) - s._question_terms

    def _source_share(self, question: Question, sid: int, among: set[str] | None = None) -> float:
        """The idf share of the source the question names (``among`` its terms, when given) that sentence ``sid``
        names; 0 when the question names none."""
        s = self.searcher
        terms = self._source_terms(question)
        total = fsum(s.idf(t) for t in terms) or 1.0
        named = (terms if among is None else terms & among) & s.sentences.terms[sid]
        return fsum(s.idf(t) for t in named) / total

    def _names_source(self, question: Question, theirs: int, ours: list[int]) -> bool:
        """Whether the question names where its figures come from ("cijfers uit de JOB Monitor 2026") and only the
        committee's figure sentence names it, not any figure sentence of the answer."""
        share = self._source_share(question, theirs)
        if share < SOURCE_SHARE:
            return False

        def figures(sid: int) -> set[str]:  # statistics, not years ("2026")
            return quoted_figures(self.searcher.sentences.sentences[sid].text)

        if any(figures(theirs) & figures(sid) for sid in ours):
            return False  # the answer gives the same figure: it is not the committee's alone
        named = self.searcher.sentences.terms[theirs]
        return all(self._source_share(question, sid, named) < share / 2 for sid in ours)

    def _counts_asked(self, question: Question, theirs: int, ours: list[int]) -> bool:
        """Whether the committee's figure counts what the question asks and the answer's figures do not: a rare
        word of the question ("welk percentage heeft moeite met ...?") that the committee's figure sentence has and
        none of the answer's figure sentences has, with a figure the answer does not give."""
        sents = self.searcher.sentences
        mine = [sid for sid in ours if self._group(sid) == self._group(theirs)]
        said = set().union(*(sents.terms[sid] for sid in mine))
        idf = self.searcher.idf
        a = self.searcher.analyzer
        # (each word as itself: "LOB" is not also every word of its long form)
        # (a compound also as its parts: "bedrijfsbezoeken" is counted by "Bezoeken aan bedrijven (77%)")
        words = content_words(asking(question.text))
        parts = [p for w in words if len(a.terms(w)) > 1 for p in a.split_compound(fold(w))]
        asked = {t for w in (*words, *parts) for t in a.terms(w)[:1] if idf(t) >= COUNTED_IDF}
        if not asked & sents.terms[theirs] - said:
            return False

        def share(sid: int) -> float:
            return fsum(idf(t) for t in asked & sents.terms[sid])

        if any(share(sid) >= share(theirs) for sid in mine):
            return False  # an answer's figure says as much of what is asked
        figures = quoted_figures(sents.sentences[theirs].text)
        return bool(figures) and not any(figures & quoted_figures(sents.sentences[sid].text) for sid in mine)

    def _names(self, word: str, text: str) -> bool:
        """A word, or each part of a hyphenated one, starts a word of the text; an abbreviation the corpus defines
        also by its long form ("LOB-geld" in "extra geld naar loopbaanbegeleiding")."""
        a = self.searcher.analyzer
        folded, terms = fold(text), None
        for p in [p for p in fold(word).split("-") if len(p) > 2] or [fold(word)]:
            if re.search(rf"\b{re.escape(p[: max(3, min(5, len(p) - 1))])}", folded):
                continue
            terms = terms if terms is not None else set(a.terms(text))
            if not set(a.abbreviations.get(p, ())) & terms:
                return False
        return True

    def _lead_in(self, sid: int) -> str:
        """The sentence with the two before it in its passage: what a date in it is about ("Ik zal een brief sturen
        over een wetsvoorstel voor X. (...) Begin 2027 wil ik ... publiceren")."""
        sents = self.searcher.sentences
        siblings = sents.of_chunk[sents.sentences[sid].chunk]
        pos = siblings.index(sid)
        return " ".join(sents.sentences[x].text for x in siblings[max(0, pos - 2) : pos + 1])

    def lead_in(self, candidate: Candidate) -> str:
        """:meth:`_lead_in` of a shown sentence."""
        sents = self.searcher.sentences
        ci = self.searcher.by_id[candidate.chunk.id]
        sid = next((x for x in sents.of_chunk[ci] if sents.sentences[x].start == candidate.start), None)
        return candidate.text if sid is None else self._lead_in(sid)

    def _paragraph(self, sid: int) -> str:
        """The text of the passage a sentence is in."""
        return self.searcher.chunks[self.searcher.sentences.sentences[sid].chunk].text

    def _pointed_to(self, unit: Sequence[int]) -> list[int]:
        """The sentences another answer of the letter has on what a pointer in ``unit`` or just after it ("Zie ook
        antwoord op vraag 7.") is about: of that answer, the sentence sharing the rarest terms of the pointer and the
        sentence before it, read on while its paragraph stays on them; [] without a pointer."""
        s = self.searcher
        sents = s.sentences
        if not unit:
            return []
        paragraph = sents.of_chunk[sents.sentences[unit[-1]].chunk]
        end = paragraph.index(unit[-1]) + 1
        for sid in [*unit, *paragraph[end : end + 1]]:  # (or just after: "... Zie ook antwoord op vraag 7.")
            m = _SEE_ALSO.search(sents.sentences[sid].text)
            if m is None:
                continue
            source, _ = self._group(sid)
            number = int(m.group(1))
            about = set(sents.terms[sid])
            if (prev := self._previous_in_answer(sid)) is not None:
                about |= sents.terms[prev]
            candidates = [
                x
                for x, sent in enumerate(sents.sentences)
                if self._group(x) == (source, number) and s.chunks[sent.chunk].kind == "answer"
            ]
            if not candidates:
                return []
            best = max(candidates, key=lambda x: fsum(s.idf(t) for t in about & sents.terms[x]))
            if not about & sents.terms[best]:
                return []
            siblings = sents.of_chunk[sents.sentences[best].chunk]
            # read on while a sentence leans on it or names the rarer half of what points there (not "stage" of a
            # compound)
            idfs = sorted(s.idf(t) for t in about)
            rare = {t for t in about if s.idf(t) >= idfs[len(idfs) // 2]}
            out = [best]
            for x in siblings[siblings.index(best) + 1 :]:
                if not (rare & sents.terms[x] or _LEANS_START.search(sents.sentences[x].text)):
                    break
                out.append(x)
            return out
        return []

    def _reasons_elsewhere(self, question: Question, sids: Sequence[int]) -> set[int]:
        """For a bare "waarom?" after an answer: the sentences of ``sids`` that give the reason for something the asker
        has not read. A "Want ..." gives the reason for what its own sentences say ("Want we hebben zorgmedewerkers
        keihard nodig" explains talks the asker has not read, not why entree students find no place)."""
        if not (question.followup and question.answer_type == "reason"):
            return set()
        if content_words(asking_sentences(question.text)):
            return set()
        sents = self.searcher.sentences
        shown_text = _norm(question.shown or question.previous_answer)
        shown = {sid for sid in sids if shown_text and _norm(sents.sentences[sid].text) in shown_text}
        return {sid for sid in sids if _WANT.match(sents.sentences[sid].text) and not self._reason_of(sid, shown)}

    def _reason_of(self, sid: int, shown: set[int]) -> bool:
        """Whether the reason ``sid`` ("Want ...") goes on from a sentence in ``shown``: directly, or through the
        sentences between that lean on it ("Binnenkort ga ik in gesprek ... Zodat ... Want ...")."""
        sents = self.searcher.sentences
        siblings = sents.of_chunk[sents.sentences[sid].chunk]
        pos = siblings.index(sid)
        for back in range(pos - 1, max(-1, pos - 4), -1):
            if siblings[back] in shown:
                return True
            text = sents.sentences[siblings[back]].text
            if not (_LEANS_START.search(text) or _SUBORDINATE_START.match(text)):
                return False
        return pos == 0 and (before := self._before(sid)) is not None and before in shown

    def _reason_shown(self, question: Question, ranked: list[int]) -> int | None:
        """For a bare "waarom (niet)?" after an answer: the sentence of that answer's first group that gives a reason
        of its own (see _gives_reason), if any."""
        if not question.followup or question.answer_type != "reason" or content_words(asking_sentences(question.text)):
            return None
        sents = self.searcher.sentences
        last = _norm(question.previous_answer)
        shown = sorted(
            (sid for sid in ranked if _norm(sents.sentences[sid].text) in last),
            key=lambda sid: last.index(_norm(sents.sentences[sid].text)),
        )
        # (among the opening sentences of that answer, what they are about: a reason further down is of something
        # else; a purpose, "Om te beslissen ... kijken we naar ...", is of an action, not why a state holds)
        return next(
            (
                sid
                for sid in shown[:READ_BACK]
                if self._group(sid) == self._group(shown[0])
                and (_EXPLAINS_ON.search(t := sents.sentences[sid].text) or _JUSTIFIES.search(t))
            ),
            None,
        )

    def _read_up_to(self, chain: list[int], before: int, shown: set[int]) -> bool:
        """A chain that leans on ``before`` may start without it: its reason (the last sentence) explains, the asker
        has read ``before``, and the chain has the sentence the reason leans on, which does not start mid-sentence
        ("De effecten hiervan zijn nog niet overal zichtbaar. Want het kost tijd ...", not "Zodat ... Want ...")."""
        sentences = self.searcher.sentences.sentences
        return (
            len(chain) > 1
            and before in shown
            and bool(_EXPLAINS_ON.search(sentences[chain[-1]].text))
            and not _SUBORDINATE_START.match(sentences[chain[0]].text)
        )

    def _group_of_chunk(self, ci: int) -> tuple[str, int | None]:
        """The (source, question number) of a passage: the answer it belongs to."""
        c = self.searcher.chunks[ci]
        return (c.source_id, c.question)

    def _group(self, sid: int) -> tuple[str, int | None]:
        """The document and question a sentence belongs to."""
        return self._group_of_chunk(self.searcher.sentences.sentences[sid].chunk)

    def _word_terms(self, text: str, *, modals: bool = True) -> list[set[str]]:
        """Per content word (without ``modals``, not "mag", "kan", ...), the terms that are the word itself in any
        form (not its compound parts)."""
        a = self.searcher.analyzer
        out = []
        for w in a.words(text):
            if not modals and w in MODAL_VERBS:
                continue
            terms = a.terms(w)
            own = {t for t in terms if len(t) >= len(terms[0]) - 3} if terms else set()
            out.append(own - self.searcher._question_terms)
        return out

    def _pairs(self, text: str) -> list[tuple[set[str], set[str]]]:
        """Two words the corpus knows that the question has next to each other (its stopwords aside), one of them
        specific."""
        vocab = self.searcher._idf
        idf = self.searcher.idf
        pairs = []
        for sentence in re.split(r"(?<=[.!?])\s+", text):  # (not across the question's sentences)
            # a word the corpus does not know ("mn") is skipped like a stopword; a word in half its passages or more
            # ("student") makes no phrase
            words = [t for t in self._word_terms(sentence, modals=False) if t & vocab.keys()]
            pairs += [
                (x, y)
                for x, y in pairwise(words)
                if min(idf(t) for t in (x | y) & vocab.keys()) >= PHRASE_FLOOR
                and max(idf(t) for t in x | y) >= PHRASE_IDF
            ]
        # a phrase the letter uses often ("verplichte stagevergoeding") tells no sentence apart
        return [p for p in pairs if self._pair_count(p) <= PHRASE_SENTENCES]

    def _pair_count(self, pair: tuple[set[str], set[str]]) -> int:
        """How many sentences of the corpus have the pair (only those with both words are read)."""
        first, second = (set().union(*(self._sentence_ids.get(t, set()) for t in half)) for half in pair)
        return sum(1 for sid in first & second if self._pair_in(pair, self._words_of(sid)))

    def _words_of(self, sid: int) -> list[set[str]]:
        words = self._sentence_words.get(sid)
        if words is None:
            words = self._sentence_words[sid] = self._word_terms(self.searcher.sentences.sentences[sid].text)
        return words

    def _has_pair(self, pairs: list[tuple[set[str], set[str]]], sid: int) -> bool:
        """The sentence has one of the pairs, in that order, at most PHRASE_GAP content words apart."""
        words = self._words_of(sid)
        return any(self._pair_in(pair, words) for pair in pairs)

    @staticmethod
    def _pair_in(pair: tuple[set[str], set[str]], words: list[set[str]]) -> bool:
        first, second = pair
        return any(
            w & first and any(v & second for v in words[i + 1 : i + 1 + PHRASE_GAP]) for i, w in enumerate(words)
        )

    def _which_terms(self, question: Question) -> set[str]:
        """The terms of what "welke ..." asks for ("welke sectoren" -> sector), or none."""
        m = _WHICH.search(question.text)
        s = self.searcher
        return set(s.analyzer.terms(m.group(1))) - s._question_terms if m else set()

    def _points_at(self, sid: int, before: int) -> bool:
        """The sentence names a thing by a demonstrative ("dat geld", "deze middelen") that the sentence ``before``
        names: it leans on that one. ("dat" with a plural is the conjunction: "blijkt dat studenten ...")"""
        sents = self.searcher.sentences
        a = self.searcher.analyzer
        for m in _DEMONSTRATIVE_NOUN.finditer(sents.sentences[sid].text):
            word = m.group(2)
            if m.group(1).lower() == "dat" and word.lower().endswith(("en", "s")):
                continue
            if (terms := a.terms(word)[:1]) and terms[0] in sents.terms[before] and content_words(word):
                return True
        return False

    def _spelled_out(self, sid: int) -> bool:
        """The next sentence of the passage names what this one stands for ("Dat gaat bijvoorbeeld om ...")."""
        sents = self.searcher.sentences
        siblings = sents.of_chunk[sents.sentences[sid].chunk]
        pos = siblings.index(sid)
        return pos + 1 < len(siblings) and bool(_SPELLS_OUT.search(sents.sentences[siblings[pos + 1]].text))

    def _when_then(self, sid: int) -> int | None:
        """The next sentence of the passage, when this one says something is not (yet) so and that one says when it
        will be ("nog niet zichtbaar." and "De volgende meting wordt eind 2026 ..."): it completes the answer."""
        sents = self.searcher.sentences
        siblings = sents.of_chunk[sents.sentences[sid].chunk]
        pos = siblings.index(sid)
        text = sents.sentences[sid].text
        if pos + 1 >= len(siblings) or not _NOT_YET.search(text) or has_date(text):
            return None
        after = sents.sentences[siblings[pos + 1]].text
        return siblings[pos + 1] if has_date(after) and not is_item(after) else None

    def _item_of(self, sid: int) -> int | None:
        """For a sentence that continues a list item on the same line ("- Een coördinator. Hiervoor is ..."),
        the item's first sentence."""
        s = self.searcher
        sents = s.sentences
        sent = sents.sentences[sid]
        doc = self.documents.get(s.chunks[sent.chunk].source_id)
        if doc is None:
            return None
        line_start = doc.text.rfind("\n", 0, sent.start) + 1
        if line_start == sent.start or not doc.text[line_start:].lstrip().startswith(("- ", "• ", "* ")):
            return None
        for other in reversed(sents.of_chunk[sent.chunk]):
            if sents.sentences[other].start == line_start or (
                sents.sentences[other].start < sent.start and is_item(sents.sentences[other].text)
            ):
                return other
        return None

    def _list_after(self, siblings: list[int], pos: int) -> list[int]:
        """The items (with their continuation sentences) that follow position ``pos``."""
        sents = self.searcher.sentences
        items: list[int] = []
        for i in range(pos + 1, len(siblings)):
            sid = siblings[i]
            if not is_item(sents.sentences[sid].text) and self._item_of(sid) is None:
                break
            items.append(sid)
        return items

    def _best_for_part(
        self,
        part: str,
        ranked: list[int],
        chosen: list[int],
        kind: str | None,
        group: tuple[str, int | None] | None = None,
        sequel: bool = False,
        rare: frozenset[str] = frozenset(),
    ) -> int | None:
        """The sentence that answers one part of a question: of the kind it expects (a date for "wanneer"), or
        else clearly close in meaning; from ``group`` (a document's question) when given."""
        s = self.searcher
        expects = _EXPECTS.get(kind or "") if kind not in ("yesno", None) else None
        if kind == "yesno" and ASKS_RULE.search(part):
            # "..., mag dat?": the sentence that states the rule or judges it; a modal verb ("moeten ... kunnen
            # melden") only when none does
            group = group or (self._group(ranked[0]) if ranked else None)  # the answer that leads
            firm = any(self._group(x) == group and FIRM_RULE.search(s.sentences.sentences[x].text) for x in ranked)
            expects = FIRM_RULE.search if firm else _EXPECTS["yesno"]
        pool = [sid for sid in ranked if not self._is_committee(sid)] or ranked
        if group is not None:
            pool = [sid for sid in pool if self._group(sid) == group]
        if kind == "who":
            named = {w.lower() for w in re.findall(r"\w+", part)}

            def other_party(text: str) -> bool:
                """ "welke organisaties helpen bij LOB?": one other than what the part itself names ("LOB")."""
                return any(m.group(0).lower() not in named for m in _WHO.finditer(text))

            expects = other_party
        if kind == "consequence" and sequel:
            # "..., en wat gebeurt er dan?": the sentence that says what follows the step named ("Na een melding ...")
            steps = [sid for sid in pool if self._follows_named_step(part, s.sentences.sentences[sid].text)]
            if steps and steps[0] not in chosen:
                return steps[0]
            # (shown already: what follows further, "wat gebeurt er dan met dat bedrijf?", is the part's own answer)
        if expects is not None:
            pool = [sid for sid in pool if expects(s.sentences.sentences[sid].text)]
        # a word of a later part that only a sentence or two of the corpus has (``rare``) names what it asks about
        # ("kan dat niet objectiever?": "... om objectief te werven en selecteren")
        if named := [sid for sid in pool if rare & s.sentences.terms[sid]]:
            pool = named
        if kind == "reason":
            # a reason about something else of the same answer ("Want we hebben zorgmedewerkers keihard nodig") does
            # not answer "en waarom is dat?"
            about = self._query_terms(part)[0]
            pool = [sid for sid in pool if self._names_before(sid, about)]
        if not pool:
            return None
        scores = self._part_scores(part, pool, typed=expects is not None)
        order = np.argsort(scores)[::-1]
        i = int(order[0])
        runner_up = scores[int(order[1])] if len(order) > 1 else 0.0
        if expects is None and not named and (scores[i] < PART_SIMILARITY or scores[i] - runner_up < PART_MARGIN):
            return None  # no sentence clearly answers this part
        if pool[i] in chosen and expects is not None:
            # shown already: what goes on from it, of the same kind ("... moeten verbeteren." shown for another part,
            # "Als ze dit niet doen, kan dit ... leiden tot het intrekken van de erkenning" answers "krijgt het straf?")
            after = self._goes_on(pool[i], expects)
            return after if after in pool and after not in chosen else None
        return None if pool[i] in chosen else pool[i]

    def _goes_on(self, sid: int, fits: Callable[[str], object]) -> int | None:
        """The sentence after ``sid`` in its passage when it goes on from it ("Als ze dit niet doen, ...") and is of
        the kind ``fits`` expects."""
        sents = self.searcher.sentences
        siblings = sents.of_chunk[sents.sentences[sid].chunk]
        nxt = siblings.index(sid) + 1
        if nxt < len(siblings) and _LEANS_START.search(text := sents.sentences[siblings[nxt]].text) and fits(text):
            return siblings[nxt]
        return None

    def _part_scores(self, part: str, pool: Sequence[int], *, typed: bool) -> list[float]:
        """How well each sentence of ``pool`` answers one part of a question: closeness in meaning plus the part's
        terms it names (with ``typed``, also in the sentence it points back to: "Binnenkort informeer ik hier de
        Kamer over." answers "wanneer hoort de Kamer over X?" when X is named just before)."""
        if not pool:
            return []
        s = self.searcher
        sims = s.sentences.vectors(list(pool)) @ np.asarray(s.embed_query(part), dtype=np.float32)
        terms, total = self._query_terms(part)
        named = self._about if typed else (lambda sid: s.sentences.terms[sid])
        return [
            float(sim) + LEXICAL_WEIGHT * fsum(s.idf(t) for t in terms & named(sid)) / total
            for sid, sim in zip(pool, sims.tolist(), strict=True)
        ]

    def _part_lexical(self, part: str, sid: int) -> float:
        """The idf share of a part's terms that sentence ``sid`` names (or the sentence it points back to)."""
        terms, total = self._query_terms(part)
        return fsum(self.searcher.idf(t) for t in terms & self._about(sid)) / total

    def _leads(self, question: Question, ranked: list[int]) -> list[int]:
        """Sentences that may open an answer: a statement of the letter's answers, not the covering intro;
        not a list's fragment when the question asks for a rule, a reason, a step or a plan."""
        s = self.searcher
        sents = s.sentences

        def chunk(sid: int) -> Chunk:
            return s.chunks[sents.sentences[sid].chunk]

        def covering(c: Chunk) -> bool:
            """The letter's header, covering intro and signature (a linked page's text is all "intro": it leads)."""
            doc = self.documents.get(c.source_id)
            return c.kind in ("metadata", "signature") or (
                c.kind == "intro" and doc is not None and bool(doc.questions)
            )

        out = ranked
        if question.intent != "metadata":
            out = [sid for sid in out if not covering(chunk(sid))] or out
        out = [sid for sid in out if not _POINTER.match(sents.sentences[sid].text)] or out
        rule = question.answer_type in ("yesno", "reason", "action", "plan", "place") or bool(
            _WHO_MAY.search(question.text)  # "wie mag loopbaanbegeleiding geven?" asks a rule, as yes/no does
        )
        if not enumerates(question) and rule:
            out = [
                sid
                for sid in out
                if not is_item(sents.sentences[sid].text)
                and not sents.sentences[sid].text.rstrip().endswith(":")
                and self._item_of(sid) is None
            ] or out
        return out

    def _previous_in_answer(self, sid: int) -> int | None:
        """The sentence before ``sid`` in the same answer of the same letter (also in the paragraph before)."""
        s = self.searcher
        sents = s.sentences
        if sid == 0:
            return None
        here, there = s.chunks[sents.sentences[sid].chunk], s.chunks[sents.sentences[sid - 1].chunk]
        same = (here.source_id, here.question, here.kind) == (there.source_id, there.question, there.kind)
        return sid - 1 if same and sents.sentences[sid - 1].start < sents.sentences[sid].start else None

    def _hedged_by(self, sid: int, siblings: Sequence[int], pos: int) -> int | None:
        """The position of a sentence shortly before ``sid`` in its paragraph that frames what follows as a possible
        explanation ("Maar een mogelijke verklaring is ..."), if any."""
        s = self.searcher
        this = s.sentences.sentences[sid]
        doc = self.documents.get(s.chunks[this.chunk].source_id)
        for k in range(pos - 1, max(-1, pos - 1 - HEDGE_REACH), -1):
            before = s.sentences.sentences[siblings[k]]
            if doc is not None and "\n\n" in doc.text[before.start + len(before.text) : this.start]:
                return None  # (another paragraph)
            if _HEDGE.search(before.text):
                return k
        return None

    def _before(self, sid: int) -> int | None:
        """The sentence just before ``sid`` when it ends the previous passage of the same answer."""
        prev = self._previous_in_answer(sid)
        if prev is None:
            return None
        s = self.searcher
        before, this = s.sentences.sentences[prev], s.sentences.sentences[sid]
        doc = self.documents.get(s.chunks[this.chunk].source_id)
        gap = doc.text[before.start + len(before.text) : this.start] if doc is not None else "\n\n"
        return sid - 1 if "\n\n" not in gap else None  # the same paragraph, split between passages

    def _order(self, chosen: list[int], lead: int, lead_unit: Sequence[int] = ()) -> list[int]:
        """The lead (with what it leans on) first, then the rest of its question in reading order, then others."""
        s = self.searcher
        sents = s.sentences

        def key_of(sid: int) -> tuple[str, int | None]:
            c = s.chunks[sents.sentences[sid].chunk]
            return (c.source_id, c.question)

        groups: list[tuple[str, int | None]] = []
        for sid in [lead, *chosen]:
            if key_of(sid) not in groups:
                groups.append(key_of(sid))
        # The lead, what it leans on and the sentences that follow it directly ("Zodat ...", "Want ...").
        first = set(lead_unit)
        if lead_unit:
            siblings = sents.of_chunk[sents.sentences[lead_unit[-1]].chunk]
            for sid in siblings[siblings.index(lead_unit[-1]) + 1 :]:
                if sid not in chosen:
                    break
                first.add(sid)
        return sorted(
            dict.fromkeys(chosen),
            key=lambda sid: (groups.index(key_of(sid)), sid not in first, sents.sentences[sid].start),
        )

    def _whole(self, question: Question, chunk_ids: list[int]) -> list[Candidate]:
        """ "Wat staat er in vraag N?": an overview of its answer; "Wat was vraag N?": the committee's question."""
        s = self.searcher
        kind = "question" if question.intent == "question_text" else "answer"
        sources = {s.chunks[c].source_id for c in chunk_ids}
        ids = [
            i
            for i, c in enumerate(s.chunks)
            if c.question == question.question and c.kind == kind and c.source_id in sources
        ]
        paragraphs = [s.sentences.of_chunk[ci] for ci in sorted(ids, key=lambda i: s.chunks[i].start)]
        if kind == "question":
            return [self._candidate(sid) for p in paragraphs for sid in p]
        # The first sentence of every paragraph, then the second of every paragraph, ... within the budget,
        # shown in reading order (a list stays whole with its lead sentence).
        chosen: list[int] = []
        words = 0
        for depth in range(max((len(p) for p in paragraphs), default=0)):
            for p in paragraphs:
                if depth >= len(p) or p[depth] in chosen:
                    continue
                group = [p[depth]]
                if s.sentences.sentences[p[depth]].text.rstrip().endswith(":"):
                    group += [sid for sid in p[depth + 1 :] if is_item(s.sentences.sentences[sid].text)]
                n = sum(len(s.sentences.sentences[sid].text.split()) for sid in group)
                if chosen and words + n > TARGET_WORDS + 60:
                    continue
                chosen += [sid for sid in group if sid not in chosen]
                words += n
        chosen.sort(key=lambda sid: s.sentences.sentences[sid].start)
        return [self._candidate(sid) for sid in chosen]

    def _full(self, shown: Sequence[Candidate]) -> tuple[Candidate, ...]:
        """Every sentence of the answers the shown sentences come from, in reading order."""
        s = self.searcher
        keys = list(dict.fromkeys((c.chunk.source_id, c.chunk.question, c.chunk.kind) for c in shown))
        out: list[Candidate] = []
        for source, number, kind in keys:
            if number is None:
                ids = sorted(
                    {
                        s.by_id[c.chunk.id]
                        for c in shown
                        if (c.chunk.source_id, c.chunk.question) == (source, None) and c.chunk.id in s.by_id
                    }
                )
            elif kind == "question":
                ids = [
                    i
                    for i, c in enumerate(s.chunks)
                    if c.source_id == source and c.question == number and c.kind == "question"
                ]
            else:
                ids = self._answers_of.get((source, number), [])
            for ci in sorted(ids, key=lambda i: s.chunks[i].start):
                out.extend(self._candidate(sid) for sid in s.sentences.of_chunk[ci])
        return tuple(dict.fromkeys(out))
