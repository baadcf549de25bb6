"""Understand a question: a pure function from (question, conversation) to a :class:`Question`.

Nothing is searched here.  The question is read for what it asks (``intent``), which question of the
letter it names, what kind of answer it expects (a date, an amount, a place, yes/no, a step to take,
a reason), what it is about (``focus``: the content words of its main clause, not of an "als ..." or
"omdat ..." clause that describes the asker's situation), its language, and whether it leans on the
conversation (a follow-up).  Only Kamerbrief genre knowledge lives here, never a letter's topic.

>>> q = understand("Wanneer komt de wet?")
>>> (q.answer_type, q.language, q.followup)
('date', 'nl', False)
>>> understand("En wanneer?", [{"role": "user", "content": "Komt er een wet?"}]).followup
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from . import texts

Intent = Literal["content", "metadata", "overview", "links", "question_text", "whole", "opinion", "injection", "empty"]
OverviewKind = Literal["commitments", "figures", "unanswered", "references"]
AnswerType = Literal[
    "amount", "date", "place", "yesno", "action", "plan", "reason", "who", "stance", "quote", "consequence", "effect"
]

MAX_CONTEXT_CHARS = 300  # of the previous user turn, added to a follow-up's search text (bounded work)
MAX_ANSWER_CONTEXT_CHARS = 4000  # of the previous answer, read for novelty and context terms
ENGLISH_CONFIDENCE = 0.8  # lingua's confidence that a question is English; below it: Dutch, the letter's language

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_QNUM = re.compile(
    r"\b(?:vraag|vragen|antwoord(?:en)?(?:\s+op\s+vraag)?|question|answer(?:\s+to\s+question)?)"
    r"\s*(?:nr\.?|nummer|number|no\.?)?\s*(\d{1,2})\b",
    re.I,
)
# Questions about the letter itself. Strong phrases say so on their own; weak ones ("aan wie", "verstuurd") only
# when the question also names the letter ("Aan wie moet ik een melding doen?" is not about the letter).
_META = re.compile(
    r"\b(?:afzender|geadresseerde|ondertekend|ondertekening|ondertekende|kamerstuknummers?|dossiernummers?|"
    r"welke brief|over welke brief|welke eerdere brief|welke vorige brief|op welke (?:eerdere |vorige )?brief|"
    r"wat voor (?:brief|document)|datum van de brief|nummer van (?:deze|de) brief|number of (?:this|the) letter|"
    r"wie (?:heeft|schreef|stuurde|verstuurde|ondertekende)[^?]*\b(?:brief|antwoorden)|"
    r"wie (?:heeft|hebben|stelde|stelden) (?:de|deze|die) vragen\b|who asked (?:the|these) questions|"
    r"which letter|who (?:signed|wrote|sent) (?:the|this) letter|date of (?:the|this) letter|signatory)\b",
    re.I,
)
_META_WEAK = re.compile(
    r"\b(?:aan wie|gericht aan|gericht|verzonden|verstuurd|gedateerd|kamerstuk|kamerstukken|dossier|addressed to|"
    r"sender|who (?:signed|wrote|sent))\b",
    re.I,
)
# A question naming another document ("het Kamerstuknummer van de motie") is not about this letter.
_OTHER_DOCUMENT = re.compile(
    r"\b(?:motie|moties|wet|wetsvoorstel|rapport|monitor|onderzoek|review|evaluatie|akkoord|"
    r"handreiking|barometer|motion|bill|report|survey)\b|"
    # a letter still to come ("welke brief stuurt de minister voor de zomer?")
    r"\bbrief\b[^?]*\b(?:stuurt|sturen|komt|volgt|verschijnt)\b|\b(?:volgende|nieuwe|komende) brief\b|"
    r"\b(?:stuurt|sturen|zendt)\b[^?]*\bbrief\b|"  # ("op welke datum stuurt ze de brief over X naar de Kamer?")
    # ("wanneer krijgt de Kamer de brief met de hoofdlijnen?")
    r"\b(?:krijgt|krijgen|ontvangt|ontvangen)\b[^?]*\bbrief\b|\bbrief met de\b",
    re.I,
)
_META_LETTER = re.compile(
    r"\b(?:deze brief|de brief|het document|this letter|the letter|kamerstuk|deze antwoorden)\b", re.I
)
# what asks about the letter as a whole ("staan erin", "in de brief", "alle toezeggingen", "een overzicht")
_WHOLE_LETTER = re.compile(
    r"\b(?:erin|in (?:de|deze|het|die) (?:brief|document|antwoorden)|alle|allemaal|overzicht|lijst\w*|in totaal|"
    r"in the letter|all|overview|list)\b",
    re.I,
)
_META_WHEN = re.compile(r"\b(?:wanneer|datum|when|date)\b", re.I)
_LINKS = re.compile(
    r"\b(?:link|links|linkje|website|webpagina|webpage|url|bron|bronnen|voetnoot|voetnoten|welke wet(?:ten)?|"
    r"welke wetgeving|waar (?:kan|vind) ik (?:\w+ )*?(?:lezen|vinden|informatie|info)|meer (?:informatie|info|lezen)|"
    r"source|sources|footnote|which law|where can i (?:read|find))\b",
    re.I,
)
_ASKS_QUESTION_TEXT = re.compile(
    r"\bwat (?:was|is|luidt) (?:de )?vraag\b|\bwat vroeg\b|\bwelke vraag\b|\bvroeg de commissie\b|"
    r"\bwat (?:vraagt|vroeg|wil) de (?:commissie|kamer)\b|\bwhat did the committee ask\b|"
    r"\bwhat (?:was|is) question\b|\bprecies gevraagd\b|\bvraag \d+ (?:zelf|precies)\b",
    re.I,
)
_OPINION = re.compile(
    r"\bwat (?:vind|denk) (?:jij|je|u)\b|\bwhat do you think\b|\bjouw mening\b|\byour opinion\b|"
    # (the person judged, "is de minister wel een goede ...?", not her judgement asked: "is de minister het ermee
    # eens dat dat slecht is?")
    r"\bis (?:de|deze) (?:minister|staatssecretaris|premier)(?:\s+(?!dat\b|het\b|eens\b)\w+){0,3}?\s+(?:goed|"
    r"goede|slecht|slechte|dom|domme|slim|slimme|incompetent|capabel|betrouwbaar)\b|\bop welke partij\b|\bwelke partij (?:moet|zou|is (?:de )?beste|heeft gelijk)\b|\bmoet ik (?:op \w+ )?stemmen\b|\bwie (?:moet|zou) ik stemmen\b|"  # noqa: E501
    r"\bwho should i vote\b|\bis (?:the )?(?:minister|secretary)(?:\s+(?!that\b|it\b)\w+){0,3}?\s+(?:good|bad|"
    r"incompetent|stupid)\b|"
    r"\b(?:deugt|deugen)\b",
    re.I,
)
# Instructions aimed at the assistant itself. Each pattern addresses the assistant ("je", "your", "jij") or names a
# known jailbreak, so that ordinary Dutch ("dan", "vanaf nu moet ik", "ik vergeet de regels") is not caught.
_INJECTION = re.compile(
    r"\b(?:negeer|vergeet|ignore|forget|disregard|overrule|omzeil)\s+(?:al\s+|all\s+)?"
    r"(?:je|jouw|alle|eerdere|vorige|bovenstaande|your|all|previous|prior|above|the previous)\s+"
    r"(?:\w+\s+)?(?:instructie|instructies|regels|opdracht|opdrachten|prompt|instructions|rules|guidelines)"
    r"|\bsysteem ?prompt|\bsystem ?prompt|\b(?:je|jouw) (?:prompt|instructies)\b|\byour (?:prompt|instructions)\b"
    r"|\b(?:je|jij) bent (?:nu|vanaf nu)\b|\byou are now\b|\bdoe alsof (?:je|jij)\b|\bpretend (?:to be|you)\b"
    r"|\bspeel (?:de rol|een rol)|\brole ?play|\brollenspel|\bact as\b|\bgedraag je als\b|\bjailbreak"
    r"|\bdeveloper mode\b|\bDAN[ -]?(?:mode|modus)\b|\bdo anything now\b"
    r"|\bfrom now on,? (?:you|answer|reply|respond|speak|say)\b"
    r"|\bvanaf nu (?:ben je|moet je|zeg je|praat je|antwoord je)\b"
    r"|\b(?:ignore|negeer|vergeet|forget) (?:de|the) (?:brief|letter)\b"
    r"|\btell me a (?:joke|story|poem)|\bvertel (?:me )?een (?:grap|mop|verhaal)|\bwrite (?:me )?a (?:poem|story|song)"
    r"|\bschrijf (?:me )?een (?:gedicht|verhaal|liedje)",
    re.I,
)
_WHOLE = re.compile(
    r"\b(?:wat staat er in|wat zegt (?:de minister|de staatssecretaris|het antwoord|de brief)? ?(?:in|bij|over)|"
    r"wat is het antwoord op|samenvatting van|\bvat\b.*\bsamen|what does (?:the )?(?:answer to )?question|"
    r"summar\w+)\b",
    re.I,
)

# "de eerste zin van haar antwoord", "de slotzin van het antwoord op vraag 7": a sentence by its place in an answer
_FIRST_SENTENCE = re.compile(
    r"\b(?:(?:aller)?eerste\s+zin|openingszin|beginzin|eerste\s+woorden|(?:first|opening)\s+(?:sentence|line))\b", re.I
)
_OF_AN_ANSWER = re.compile(r"\b(?:antwoord\w*|vraag|reactie|answers?|questions?|reply)\b", re.I)
_LAST_SENTENCE = re.compile(r"\b(?:laatste\s+zin|slotzin|eindzin|(?:last|closing|final)\s+(?:sentence|line))\b", re.I)


def position_asked(text: str) -> Literal["first", "last"] | None:
    """The place in an answer of the sentence asked for, if the question asks for one by its place.

    >>> position_asked("wat is de openingszin van haar antwoord?"), position_asked("de laatste zin van vraag 7")
    ('first', 'last')
    """
    if not _OF_AN_ANSWER.search(text):
        return None  # ("de eerste zin van de brief": not of an answer)
    if _FIRST_SENTENCE.search(text):
        return "first"
    return "last" if _LAST_SENTENCE.search(text) else None


# What kind of answer the question expects.  Order matters: the first match wins.
# "is dat normaal?", "moet dat anders?": whether what the asker tells is as it should be
# who sends a Kamerbrief, as a question names them (or by a pronoun)
_SENDERS = r"de minister|de staatssecretaris|het kabinet|de regering|de overheid|hij|zij|ze"
_USUAL = r"\bis (?:dat|dit|het|zoiets) (?:\w+ ){0,2}normaal\b|\bmoet (?:dat|dit|het) (?:niet )?(?:anders|beter)\b"

_TYPES: tuple[tuple[AnswerType, re.Pattern[str]], ...] = (
    (
        "date",
        re.compile(
            # "wanneer"/"when" as a conjunction ("wat gebeurt er wanneer ...", "what happens when a company ...")
            # asks what follows, not when
            r"\b(?:(?<!gebeurt er )(?<!gebeurt )wanneer|wnnr|wnneer|wanneeer|wanner|per wanneer|vanaf wanneer|"
            r"tot wanneer|op welke datum|"
            r"welke datum|hoe lang nog|welk jaar|in welk jaar|"
            # ("noemt de minister een concrete datum?", "welke tijdpaden?")
            r"(?:een|de|welke|geen) (?:\w+e )?\w*(?:datum|termijn|deadline)|tijdpad\w*|tijdlijn\w*|"
            r"(?<!happens )(?<!happen )when(?! (?:a|an|the|someone|somebody|you|i|they|he|she|my|your)\b)|"
            r"what date|by when|which year|a date|a deadline|timeline)\b",
            re.I,
        ),
    ),
    (
        "amount",
        re.compile(
            r"\b(?:hoeveel|hoe hoog|hoe groot|hoe veel|welk bedrag|welke bedragen|"
            r"welke? (?:percentage|aandeel|deel|aantal)|"
            r"wat is het (?:percentage|aandeel|aantal)|wat (?:is|zijn|was|waren) (?:het|de) gemiddelde|"
            r"wat kost|wat (?:gaat|gaan|zal|zullen|zou|zouden)\b[^?.]{0,60}"
            r"\bkosten|hoeveel geld|welke boete|"
            r"hoe hoog is de boete|hoe lang (?:is|zijn|duurt|duren|wacht|moet)|hoe vaak|how much|how many|how often|"
            r"what amount|what (?:is|are|was|were) the average|"
            r"what(?= ?%)|what (?:percent|percentage|share|proportion)|"
            r"which amount|how long (?:is|are|does|do))\b",
            re.I,
        ),
    ),
    (
        # what follows for someone: a sanction, a consequence
        "consequence",
        re.compile(
            r"\b(?:straf|straffen|gestraft|bestraft|sanctie\w*|consequentie\w*|gevolg(?:en)?|penalt\w*|"
            # what happens to someone who does something: "wat gebeurt er met een bedrijf dat ...?"
            r"sanction\w*|consequences?|what happens (?:to|with) (?:the |a |an )?\w+ (?:that|who|which|if|when)|"
            r"what happens (?:if|when)|wat gebeurt er (?:als|wanneer)|"
            # what follows a step ("ik heb het gemeld, wat gebeurt er nu?", "waar meld ik het en wat gebeurt er dan?")
            r"wat gebeurt er (?:dan|nu|daarna|vervolgens|daarmee|na)|hoe gaat (?:het|dat) (?:dan |daarna )?verder|"
            r"wat gebeurt er met (?:de |het |een |dat |dit |die |deze |zo'n |zon )?\w+ (?:die|dat|als|wanneer)|"
            # what may happen in the end: "wat kan er met een bedrijf gebeuren?", "wat er uiteindelijk kan gebeuren"
            r"wat (?:kan|zou|zal) er\b[^?.]{0,40}\bgebeuren|wat er\b[^?.]{0,40}\b(?:kan|zou|zal) gebeuren)\b",
            re.I,
        ),
    ),
    (
        # whether something works: "werkt het Stagepact?", "heeft het effect?", "is it working?"
        "effect",
        re.compile(
            # ("hoe werkt dat melden?" asks how it goes, not whether it works)
            r"\b(?:(?<!\bhoe )werkt (?:het|dat|dit|die|deze|de|het)\b|hoe (?:gaat|staat) het(?: \w+)? (?:met|ervoor)|"
            r"(?:gaat|loopt) er\b[^?.]{0,30}\b(?:niet goed|mis|fout)|wat (?:lukt|werkt) (?:er )?niet|"
            # "wat zijn de problemen met het X?": what does not work
            r"(?:wat zijn|welke) (?:de |nog )?(?:problemen|knelpunten|pijnpunten|zwakke punten)|"
            r"werken (?:die|deze|de)\b|helpt (?:het|dat|dit)\b|"
            r"heeft (?:het|dat|dit) (?:\w+ )?(?:effect|zin|geholpen|gewerkt)|effect(?:ief|en)?|resultaat|resultaten|"
            # "en wat was de uitkomst?", "wat kwam eruit?"
            r"uitkomst\w*|wat (?:kwam|komt) (?:er )?uit|outcomes?|results?|"
            # "heeft het al iets opgeleverd?", "wat heeft X opgeleverd?" (not "als het niet genoeg oplevert, ...")
            r"heeft (?:het|dat|dit)\b[^?.,]{0,20}\bopgeleverd|wat heeft\b[^?.,]{0,40}\bopgeleverd|"
            r"levert (?:het|dat|dit)\b[^?.,]{0,20}\bop\b|"
            r"(?:is|was) (?:het|dat|dit) (?:een )?succes|does (?:it|this|that) work|is (?:it|this|that) working|"
            r"effective\w*|results?|(?:is|are)\b[^?.]{0,40}\bworking(?=\s*\?))",
            re.I,
        ),
    ),
    (
        # how the sender judges something: "hoe duidt de minister ...", "wat vindt de minister van ..."
        "stance",
        re.compile(
            r"\b(?:hoe (?:duidt|beoordeelt|ziet|kijkt|waardeert|weegt) (?:de|het|hij|zij|ze)|"
            # the same in a clause: "een citaat over hoe ze X beoordeelt"
            r"hoe (?:de \w+|het \w+|hij|zij|ze) (?:\w+ ){1,4}(?:beoordeelt|beoordelen|duidt|duiden|waardeert)\b|"
            r"wat vindt (?:de|het|hij|zij|ze)|vindt (?:de|het) (?:minister|staatssecretaris|kabinet)|standpunt|"
            # whether the sender knows of it: "weet de minister hiervan?", "is ze daarvan op de hoogte?" (her judgement
            # of it shows she does)
            rf"(?:weet|beseft|kent) (?:{_SENDERS}) (?:dit|dat|hiervan|daarvan|ervan|van|het probleem)|"
            rf"(?:is|zijn) (?:{_SENDERS}) (?:zich )?(?:hier|daar|er)?(?:van )?(?:wel )?(?:op de hoogte|bewust)|"
            # whether what the asker tells is as it should be: "is dat normaal of moet dat beter?" (the judgement)
            rf"{_USUAL}|"
            # "wat zegt de minister over X?" asks what the letter says about X, not a judgement
            r"wat zegt (?:de|het|hij|zij|ze) (?:minister|staatssecretaris|kabinet)?\s*"
            r"(?:van|precies)|hoe reageert|how does the (?:minister|secretary) (?:see|view|assess|judge)|"
            r"what does the (?:minister|secretary) (?:think|say))\b",
            re.I,
        ),
    ),
    (
        # the letter's own words about something: "een letterlijk citaat over ...", "de exacte zinnen" (the sentences
        # about it, whether or not they judge; "letterlijk" as a journalist asks it, not "ze zeiden letterlijk dat")
        "quote",
        re.compile(
            r"\b(?:citaat|citeren|letterlijke? (?:citaat|tekst|quote|zin|zinnen|woorden|formulering)|"
            r"letterlijk (?:citeren|overnemen|staat|zegt|schrijft)|wat (?:staat|zegt|schrijft)\b[^?]*\bletterlijk|"
            r"exacte? (?:zin|zinnen|woorden|tekst|formulering)|quote)\b",
            re.I,
        ),
    ),
    (
        "action",
        re.compile(
            # (a parent for a child: "wat kunnen wij als ouders doen")
            r"\bwat (?:kan|moet|kun|kunnen|moeten) (?:ik|je|jij|een student|we|wij|ouders)\b[^?]*\bdoen\b|"
            r"\bwat nu\b|\bhoe (?:meld|kan|moet) ik\b|"
            r"\bwat (?:kan|moet) ik\b|\bwhat (?:can|should) i do\b|\bhow (?:do|can) i\b|"
            # how the asker finds out: "hoe weet ik waar hij recht op heeft?" (not whether: "hoe weet ik of ik straks
            # werk vind?"; "hoe kom ik erachter ...?" asks where to look: a place)
            r"\bhoe (?:weet|zie|check) ik (?!of\b)",
            re.I,
        ),
    ),
    (
        "place",
        re.compile(
            r"\bwaar (?:kan|moet|kun|vind|meld|ga)\b|\bbij wie\b|\bterecht\b|\bwhere (?:can|do|should)\b|"
            # where to read it: "hoe kom ik erachter welke ...?", "is er ergens info voor ...?"
            r"\bhoe kom (?:ik|je|jij) (?:erachter|te weten)\b|"
            r"\bergens (?:een |wat )?(?:info|informatie|uitleg|website|site|filmpjes?|overzicht|folder|brochure)\b|"
            r"\bhow (?:do|can) i find out\b",
            re.I,
        ),
    ),
    (
        "reason",
        re.compile(
            r"\b(?:waarom|hoe komt het|hoe verklaart|hoe verklaar je|why|how come|"
            # "wat is de verklaring dat ...?", "welke reden geeft de minister?"
            r"(?:wat is|wat zijn|welke|noemt (?:de|het|hij|zij) (?:minister|staatssecretaris|kabinet)? ?(?:een|de)?) ?"
            r"(?:de |een )?(?:verklaring|verklaringen|reden|redenen|oorzaak|oorzaken)|what explains|"
            r"what (?:is|are) the (?:reason|cause|explanation)s?)\b",
            re.I,
        ),
    ),
    (
        "who",
        re.compile(
            r"\b(?:met wie|wie (?:gaat|doet|zijn|is|betaalt|beslist|bepaalt|meet|controleert|regelt|maakt|zorgt|"
            r"mag|mogen|organiseert|onderzoekt|ontwikkelt|praten|praat|zitten|zit|doen mee|doet mee|spreekt|spreken)|"
            r"met welke (?:partijen|"
            r"organisaties|partners)|welke (?:partijen|organisaties|partners)|with whom|who (?:will|is|are|does))\b",
            re.I,
        ),
    ),
    (
        # what the sender or the government will do: a commitment, a measure, a next step
        "plan",
        re.compile(
            r"\bwat (?:gaat|gaan|doet|doen|wil|wilt|zal)\b[^?]*\b(?:doen|aanpakken|ondernemen|veranderen)\b|"
            r"\bwat (?:doet|doen|gaat|gaan) (?:de|het|hij|zij|ze)\b[^?]*\b(?:daar|er|hier)?(?:tegen|aan)\b|"
            r"\bwelke (?:maatregelen|stappen|acties|plannen)\b|"
            r"\bgaat (?:daar|er) (?:nog )?iets (?:aan )?(?:veranderen|gebeuren|verbeteren)\b|"
            # "en wat gaat er dan aan gedaan worden?", "wordt daar iets aan gedaan?"
            r"\b(?:gaat|wordt|zal) (?:er|daar) (?:\w+ )?(?:\w+ )?aan gedaan\b|\b(?:er|daar)aan gedaan\b|"
            r"\b(?:gaat|gaan|doet|doen) (?:ze|zij|hij|iemand|men|de \w+|het \w+) (?:daar |er )?(?:nog )?"
            r"(?:iets|wat) aan(?: doen)?\b|"
            r"\b(?:doet|gaat|wil) (?:de|het|hij|zij) [^?]*\biets aan\b|"
            # "gaat daar iets aan gedaan worden?", "wordt er iets aan gedaan?"
            r"\b(?:wordt|worden|gaat|gaan)\b[^?]{0,30}\b(?:iets|wat|meer) aan gedaan\b|"
            # "is daar iets aan te doen of plannen ze daar iets mee?"
            r"\b(?:is|valt) (?:daar|er) (?:nog )?(?:iets|wat) aan te doen\b|"
            r"\bplannen (?:ze|zij|jullie|de \w+) (?:daar |er )?(?:iets|wat)\b|"
            r"\b(?:wordt|worden) (?:daar|er) (?:nog )?(?:iets|wat) mee gedaan\b|"
            r"\bwhat (?:will|is|does|do|are)\b[^?]*\b(?:do|doing|plan|planning)\b|\bwhich (?:measures|steps)\b",
            re.I,
        ),
    ),
)
_YESNO = re.compile(
    r"^(?:mag|mogen|moet|moeten|kan|kun|kunnen|krijg|krijgen|krijgt|heb|hebben|heeft|is|zijn|wordt|worden|gaat|"
    r"gaan|komt|komen|zal|zullen|wil|wilt|willen|klopt|bestaat|staat|geldt|ben|"
    r"does|do|is|are|can|will|would|should|must|may|has|have)\b|[,.!?]\s*(?:mag|kan|klopt|is|moet) dat\b|\bof niet\b",
    re.I,
)
# Where a question asks a second thing: "..., en wanneer?", "... ? En bevestigt de minister dat?"
_SECOND_PART = re.compile(
    # "...? krijgt dat bedrijf straf?": a yes/no question of its own after a question mark
    # (", en krijgen scholen ...?": after a comma and "en" too)
    r"(?:\?\s+(?:(?:en|and)\s+)?|,\s*(?:en|and)\s+)"
    r"(?=(?:krijgt|krijgen|mag|mogen|moet|moeten|kan|kunnen|wordt|worden|gaat|gaan|heeft|"
    r"hebben|doet|doen|zal|zullen)\s+[^\W\d_])|"
    # "een citaat over X, en een citaat over Y?": a second quote asked for is a second thing asked
    r"(?:,\s*|\s+)(?:en|and)\s+(?=(?:ook\s+|nog\s+)?(?:een|a|another)\s+(?:\w+\s+)?(?:citaat|quote)\b)|"
    # "..., en aan welke zaken ...?": a preposition may come first
    # ("...? also how much will it be?": a word that adds may come first too)
    r"(?:\?\s+(?:(?:en|and)\s+)?(?:(?:ook|verder|daarnaast|also)[,\s]\s*)?|,\s*(?:(?:en|and)\s+)?|\s+(?:en|and)\s+)"
    r"(?=(?:(?:aan|voor|naar|van|met|bij|op|over|uit|in|to|for|on|with|at)\s+(?=wie|wat|welke|welk|whom?|what|which))?"
    r"(?:wanneer|hoe|waarom|wat|welke|welk|wie|waar(?:aan|voor|op|mee|door|naar|in|over)?|hoeveel|"
    r"is (?:er|daar|dat)|zijn (?:er|daar)|komt er|bevestigt|klopt|noemt|staat|geeft|zegt|when|how|why|what|which|"
    # "... en heeft dat al effect gehad?": a yes/no about what the first part names
    r"(?:heeft|werkt|helpt) (?:dat|dit|het)|"
    r"who|where|is there|does)\b)",
    re.I,
)
# "1) ..., 2) ...", "a) ... b) ...": the things a question numbers
_NUMBERED = re.compile(r"(?:^|(?<=[\s:,;]))(?:\d|[a-c])\)\s+")
# Kinds of fact a question can ask for (the asked-for attribute, not the subject).
_ASKED_FACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money",
        re.compile(
            r"\b(?:\w*(?:bedrag|boete|kosten|geld(?!t)|vergoeding|budget|salaris|subsidie)\w*|kost|euro|cent|centen|"
            r"onbetaald\w*|"
            # "krijg ik evenveel als een hbo'er?" (not "zoveel blijer", a degree, nor "zoveel bedrijven", a count)
            r"investeer\w*|investering\w*|ge[iï]nvesteerd|betaal\w*|betal(?:en|ing\w*|de|d)\b|"
            r"(?:zoveel|evenveel|net zo ?veel)(?=\s+(?:als|as)\b|\s*[?.!,]|\s*$)|"
            r"money|funding|invest\w*|pay|wages?|salary|allowance)\b",
            re.I,
        ),
    ),
    # for whom something is: "voor wie geldt dat?", "who is it for?"
    # (asking, at the start of a question: not "eisen voor wie LOB geeft", whoever that is)
    (
        "audience",
        re.compile(
            r"(?:^|[,.;:?!]\s*|\b(?:en|and|maar|but)\s+)(?:voor wie|for whom)\b|"
            r"\bwho (?:is|are) (?:it|this|that|they) (?:meant )?for\b",
            re.I,
        ),
    ),
    # (a number to call: not "het nummer van deze brief", a reference)
    ("phone", re.compile(r"\b(?:telefoonnummer\w*|phone number|nummer\b[^?.]{0,25}\bbellen|number to call)\b", re.I)),
    ("email", re.compile(r"\b(?:e-?mailadres\w*|mailadres\w*|email address)\b", re.I)),
    ("opening hours", re.compile(r"\b(?:openingstijden|opening hours)\b", re.I)),
    # where a figure comes from: a monitor, a survey, a measurement
    (
        "source",
        re.compile(
            r"\b(?:welke bron|uit welke|van wie (?:is|zijn|komt|komen)|waar komt|waar komen|volgens wie|wiens|"
            r"bron van|which source|whose (?:figure|number|data)|where does .* come from|"
            # "welk onderzoek zegt dat?", "volgens welk rapport?", "waar is dat op gebaseerd?"
            r"(?:welk|welke|volgens welk|volgens welke|uit welk|uit welke) (?:onderzoek|rapport|peiling|enqu[eê]te|"
            r"monitor|meting)\b(?! (?:gaat|gaan|wil|wilt|doet|doen|komt|komen|start|starten)\b)|"
            r"waar (?:is|zijn) (?:dat|dit|die|deze)(?: \w+)? op gebaseerd|op basis waarvan|"
            r"which (?:study|survey|report)|"
            # "is dat een cijfer van het ministerie of van SBB?"
            r"(?:cijfers?|getal(?:len)?|percentages?|aantal|data) van (?:het |de )?[\w-]+ of (?:van )?)\b",
            re.I,
        ),
    ),
    # a parliamentary paper the letter refers to: a motion, a Kamerstuk, an earlier letter
    (
        "reference",
        re.compile(
            r"\b(?:kamerstuk\w*|motie\w*|naar welke brief|welke eerdere brief|motion|parliamentary paper)\b", re.I
        ),
    ),
)
_PAYS = re.compile(r"\b(?:betaal\w*|betalen|financier\w*|bekostig\w*|pays?|paid|paying|funds?|funded|funding)\b", re.I)
_ASKED_FACTS_SOURCE = next(p for name, p in _ASKED_FACTS if name == "source")  # "uit welke bron komt dat getal"
# Questions about the letter as a whole, answered from its overview (commitments, figures, sub-questions).
_OVERVIEW: tuple[tuple[OverviewKind, re.Pattern[str]], ...] = (
    (
        "unanswered",
        re.compile(
            r"\b(?:niet|onvolledig|half|deels|gedeeltelijk|nauwelijks)\b[^?]*\bbeantwoord\w*|\bbeantwoord\w*\b[^?]*\b"
            r"(?:niet|onvolledig|half|deels)\b|\bontw(?:ijkt|eek|eken|ijken)\b|\bblijft\b[^?]*\bonbeantwoord\b|"
            r"\bonbeantwoord\w*|\bnot\s+(?:fully\s+)?answer\w*|\bunanswered\b|\bdodge\w*|\bevade\w*|"
            r"\bgeen\s+(?:\w+\s+)?antwoord\b|\bgaat\b[^?]*\bniet\b[^?]*\bin\b\s*(?:op\b|\?|$)|\bno\s+(?:real\s+)?answer\b",
            re.I,
        ),
    ),
    (
        "commitments",
        re.compile(
            r"\btoezegging\w*|\bbelo(?:o)?f\w*|\bbelofte\w*|\bzegt\b[^?]*\btoe\b|\bwat\s+(?:gaat|wil)\s+(?:de\s+)?"
            r"(?:minister|staatssecretaris|het\s+kabinet|de\s+regering)\s+(?:allemaal\s+)?doen\b|"
            r"\bwelke\s+(?:plannen|acties|stappen|maatregelen)\s+(?:kondigt|noemt|belooft)\b|\bcommitments?\b|"
            r"\bpromis\w*|\bpledge\w*",
            re.I,
        ),
    ),
    (
        "references",
        re.compile(
            r"\b(?:naar\s+)?(?:welke|wat\s+voor|alle)\s+(?:andere\s+)?(?:documenten|stukken|kamerstukken|rapporten|"
            r"bronnen|wetten|brieven|onderzoeken|publicaties|verwijzingen|links)\b|\bwaar(?:naar)?\s+verwijst\b|"
            r"\bverwijzingen\b|\b(?:which|what)\s+(?:documents|sources|reports|references)\b",
            re.I,
        ),
    ),
    (
        "figures",
        re.compile(
            r"\b(?:welke|alle|wat\s+zijn\s+de|overzicht\s+van\s+de)\s+(?:cijfers|getallen|bedragen|percentages|aantallen)\b|"
            r"\b(?:which|what|all)\s+(?:the\s+)?(?:figures|numbers|statistics)\b",
            re.I,
        ),
    ),
)
# Words that say "the letter as a whole" and no subject of their own.
_OVERVIEW_GENERIC = frozenset(
    [
        "brief",
        "letter",
        "minister",
        "staatssecretaris",
        "kabinet",
        "regering",
        "sender",
        "commissie",
        "committee",
        "kamer",
        "noemt",
        "noem",
        "staan",
        "staat",
        "erin",
        "allemaal",
        "alle",
        "welke",
        "wat",
        "zijn",
        "worden",
        "wordt",
        "vragen",
        "vraag",
        "onderdelen",
        "delen",
        "beantwoord",
        "beantwoordt",
        "onbeantwoord",
        "toezeggingen",
        "toezegging",
        "belooft",
        "beloven",
        "beloofd",
        "beloftes",
        "belofte",
        "doet",
        "doen",
        "gaat",
        "cijfers",
        "getallen",
        "bedragen",
        "percentages",
        "aantallen",
        "niet",
        "volledig",
        "onvolledig",
        "half",
        "deels",
        "gedeeltelijk",
        "which",
        "what",
        "figures",
        "numbers",
        "commitments",
        "promises",
        "promise",
        "does",
        "do",
        "the",
        "letter",
        "not",
        "fully",
        "answered",
        "unanswered",
        "made",
        "makes",
        "plannen",
        "acties",
        "questions",
        "question",
        "commissievragen",
        "commissievraag",
        "onderdelen",
        "ontwijkt",
        "inhoudelijk",
        "inhoudelijke",
        "echt",
        "direct",
        "concreet",
        "antwoord",
        "antwoorden",
        "geeft",
        "geven",
        "noem",
        "vraagnummers",
        "nummers",
        "gaat",
        "waar",
        "aan",
        "bij",
        "met",
        "termijn",
        "termijnen",
        "datum",
        "data",
        "hangt",
        "hangen",
        "gekoppeld",
        "tijdpad",
        "deadline",
        "deadlines",
        "dated",
        "date",
        "dates",
        "documenten",
        "stukken",
        "kamerstukken",
        "rapporten",
        "bronnen",
        "wetten",
        "brieven",
        "onderzoeken",
        "publicaties",
        "verwijzingen",
        "links",
        "verwezen",
        "verwijst",
        "andere",
        "naar",
        "waarnaar",
        "documents",
        "sources",
        "reports",
        "references",
        "refer",
        "refers",
        "deelvragen",
        "deelvraag",
        "nauwelijks",
        "amper",
        "state",
        "secretary",
        "government",
        "cabinet",
        "make",
        "ontwijken",
        "ontweek",
        "ontweken",
        "overzicht",
        "parts",
        "stappen",
        "maatregelen",
        "kondigt",
        "zegt",
        "toe",
        "overzicht",
        "lijst",
        "lijstje",
        "maak",
        "per",
        "vraagnummer",
        "vraagnummers",
        "nummer",
        "hoort",
        "horen",
        "geef",
        "give",
        "list",
        "me",
        "mij",
        "tell",
        "all",
        "statistics",
        "there",
        "in",
        "it",
        "are",
        "is",
        "of",
    ]
)


_IF_CASE = re.compile(r"\b(?:als|indien|if)\b", re.I)


def overview_kind(text: str) -> OverviewKind | None:
    """Which part of the letter's overview a question asks for ("Wat belooft de minister?": commitments), or None
    when it asks about a subject of its own ("Wat belooft de minister over stagevergoeding?").

    >>> overview_kind("Welke toezeggingen staan erin?"), overview_kind("Welke cijfers noemt de brief over stages?")
    ('commitments', None)
    """
    sentences = [s for s in split_sentences(text) if s]
    for kind, pattern in _OVERVIEW:
        for sentence in sentences:  # the asking sentence; "Ik wil een lijstje voor mijn stuk." around it is no topic
            if pattern.search(sentence) and not _IF_CASE.search(sentence):  # ("... doen als dat niet zo is?": a case)
                own = [
                    w
                    for w in _WORD.findall(sentence.lower())
                    if w not in _OVERVIEW_GENERIC and w not in _STOP_NL and w not in _FILLER_WORDS
                ]
                # another question in the same message with its own subject ("Baseert de minister X op onderzoek?
                # En welke cijfers gaat het om?"): the figures are about that subject, not the whole letter
                others = [
                    w
                    for o in sentences
                    if o != sentence and o.rstrip().endswith("?")
                    for w in _WORD.findall(o.lower())
                    if w not in _OVERVIEW_GENERIC
                    and w not in _STOP_NL
                    and w not in _FILLER_WORDS
                    and w not in QUESTION_WORDS
                ]
                return kind if not own and not others else None
    return None


# ("het aantal meldingen": a count; "een aantal" is "some")
_FIGURES = re.compile(
    # (also the head of a compound: "tevredenheidscijfers", "uitvalpercentages")
    r"(?:cijfers?|aantallen|percentages?|statistie\w*|\bhet aantal|\bfigures|\bstatistics|\bthe number of)\b",
    re.I,
)
_TREND = re.compile(
    r"\b(?:stijg\w*|steeg|stegen|gestegen|daal\w*|daalde\w*|gedaald|daling|groei\w*|gegroeid|"
    r"(?:toe|af)(?:nemen|neemt|genomen|name)|"
    # "is het minder geworden?", "wordt het beter?"
    r"(?:meer|minder|beter|slechter|erger|hoger|lager|groter|kleiner) (?:geworden|worden|wordt)|"
    r"neemt\b[^?.]*\b(?:toe|af)|nemen\b[^?.]*\b(?:toe|af)|omhoog|omlaag|go(?:es|ing)? (?:up|down)|ris(?:e|es|ing)|"
    r"increas\w*|decreas\w*)\b",
    re.I,
)
_TREND_FIGURE = re.compile(r"\b(?:hoeveel|met hoeveel|hoe ?veel|welk percentage|how much|how many|by how)\b", re.I)
# "Welke van de twee ...?", "zijn bbl-studenten tevredener dan ...?": a comparison is settled by figures.
_COMPARER = r"(?:hoger|lager|groter|kleiner|vaker|beter|slechter|\w{4,}ener)"
_COMPARES = re.compile(
    "|".join(
        [
            r"\bwelke? van (?:de|deze|die|beide) (?:twee|drie|groepen)\b",
            # "bij welke zijn studenten meer tevreden?": which group has more of something
            r"\b(?:bij|in|onder|voor) welke?\b[^?.]*\b(?:meer|minder)\b",
            # "zijn bbl'ers nou tevredener (of maakt dat niet uit)?": whether one group has more of it than another
            rf"\b(?:zijn|is)\s+(?!(?:het|dat|dit|er|ze|zij|hij|je|jij|u|ik|we|wij)\b)(?:de\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
            rf"\s+(?:(?:nou|nu|echt|eigenlijk|wel|gemiddeld)\s+)?(?:meer\s+\w+|minder\s+\w+|{_COMPARER})\b",
            rf"\b(?:wie|welke?)\b[^?.]*\b{_COMPARER}\b",
            rf"\b(?:meer|minder|{_COMPARER})\b[^?.]{{0,40}}\bdan (?!(?:dit|dat|nu|eerst|gepland|verwacht)\b)",
            r"\bwhich of the\b",
            r"\b(?:which|who)\b[^?.]*\b(?:higher|lower|better|worse)\b",
            r"\b(?:more|less|higher|lower)\b[^?.]{0,40}\bthan\b",
        ]
    ),
    re.I,
)
# Words that name the asked-for attribute or the letter itself: never the focus of a question.
_ATTRIBUTE_WORDS = frozenset(
    [
        "bedrag",
        "zoveel",
        "evenveel",
        "bedragen",
        "boete",
        "boetes",
        "kosten",
        "euro",
        "datum",
        "termijn",
        "deadline",
        *("tijdlijn", "tijdpad", "planning", "budget", "budgetten", "timeline"),
        # how a journalist frames a request: not its topic
        *("citaat", "citaten", "letterlijk", "letterlijke", "quote", "quotes", "artikel", "zegt", "duidt", "duiding"),
        *("formulering", "formuleringen", "bewoording", "bewoordingen", "wording", "bron", "bronnen", "source"),
        *("noem", "geef", "citeer", "vermeld", "vermeldt", "vermelde", "staan", "genoemde", "haalt", "aangehaald"),
        "aantal",
        "aantallen",
        "percentage",
        "percentages",
        "aandeel",
        "procent",
        "datums",
        "getal",
        "getallen",
        "cijfer",
        "cijfers",
        "hoogte",
        "jaar",
        "jaren",
        "maand",
        "maanden",
        "brief",
        "kamerbrief",
        "document",
        "minister",
        "staatssecretaris",
        "kabinet",
        "commissie",
        "kamer",
        "antwoord",
        "antwoorden",
        "vraag",
        "vragen",
        "kamerstuk",
        "kamerstuknummer",
        "verwijst",
        "noemt",
        "noemen",
        "genoemd",
        "schrijft",
        "staat",
        "amount",
        "date",
        "number",
        "figure",
        "figures",
        "letter",
        # Kamerbrief genre words: what the sender says, not what it is about
        "toezegging",
        "toezeggingen",
        "belofte",
        "beloftes",
        "beloften",
        "standpunt",
        "reactie",
        "visie",
        "commitment",
        "commitments",
        "promise",
        "promises",
    ]
)
# How specific a word is: Dutch words with a wordfreq Zipf frequency below this are topic words ("vakantiedagen"
# 2.9, "verzekerd" 4.0); more common ones ("gewoon", "krijgen", "betalen") say little about what is asked.
SPECIFIC_ZIPF = 4.5
ABBREVIATION_ZIPF = 4.5  # a two-letter word this rare is an abbreviation ("ov"), not a function word ("je", "nu")


@lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    """How common a Dutch word is (wordfreq's Zipf scale: 0 unknown, 7 the most common words)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "nl"))


ENGLISH_WORD_ZIPF = 3.5  # an English question's word this common in English is English ("planning"), not the letter's


@lru_cache(maxsize=4096)
def zipf_en(word: str) -> float:
    """How common an English word is (wordfreq's Zipf scale)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def lexical_text(text: str, english: bool) -> str:
    """The words of a question that can match the letter's own words: for an English question only the names and
    Dutch words it quotes ("SBB", "JOB Monitor", "stagevergoeding"), not English words that look like the letter's
    ("planning", "minister").

    >>> lexical_text("What does SBB do about the stagevergoeding planning?", True)
    'SBB stagevergoeding'
    """
    if not english:
        return text
    return " ".join(
        w for w in _WORD.findall(text) if (w.isupper() and len(w) > 1) or zipf_en(w.lower()) < ENGLISH_WORD_ZIPF
    )


# Question words: they say what kind of answer is wanted, never what it is about (also used by retrieval).
# Dutch modal verbs in all their forms: they ask whether something may, must or can happen.
MODAL_VERBS = frozenset(
    """mag mogen mocht mochten moet moeten moest moesten kan kun kunt kunnen kon konden wil wilt willen wilde
    wilden zal zult zullen zou zouden hoef hoeft hoeven hoefde may must can should""".split()  # noqa: SIM905
)

QUESTION_WORDS = frozenset(
    [
        "wanneer",
        "waarom",
        "hoeveel",
        "hoe",
        "welke",
        "welk",
        "wie",
        "waar",
        "wat",
        "wnnr",
        "wnneer",
        "wanner",
        "wanneeer",
        "when",
        "why",
        "how",
        "who",
        "where",
        "what",
        "which",
        "alle",
        *("waarop", "waarover", "waarmee", "waarvoor", "waarin", "waaraan", "waardoor", "waarbij", "waarna"),
    ]
)
# Fillers of typed questions: not the topic of a question ("nou", "gewoon"), though they may matter in a sentence.
_FILLER_WORDS = frozenset(
    [
        *("precies", "eigenlijk", "nou", "nu", "straks", "echt", "gewoon", "zomaar", "ooit", "ook", "nog", "al"),
        *("ofzo", "enzo", "lol", "haha", "btw", "trouwens", "hoor", "toch", "eens", "please", "pls", "aub"),
        *("concreet", "daadwerkelijk", "werkelijk", "specifiek", "dan"),
        *("juist", "uitgerekend"),  # focusing particles ("waarom juist de zorg?"): stress, not a topic
        # superlatives compare what is asked about ("in welke regio is het het hoogst?"): no topic of their own
        *("hoogst", "hoogste", "laagst", "laagste", "grootst", "grootste", "kleinst", "kleinste", "meest", "minst"),
        # chat spelling and slang ("gwn" = gewoon, "ff" = even, "sws" = sowieso)
        *("gwn", "ff", "idd", "sws", "sowieso", "wss", "random", "tbh", "idk", "omg", "xd"),
        *("mn", "zn", "dr", "wl", "nt", "gw", "ok", "ah", "nl"),  # mijn, zijn, daar/er, wel, niet, gewoon
        # the frame of a request for the letter's own words ("de exacte zinnen over ...", "een letterlijk citaat")
        *("exacte", "exact", "precieze", "letterlijk", "letterlijke", "citaat", "citaten", "quote", "quotes"),
        *("formulering", "zin", "zinnen", "bewoording"),
        # parts of the text asked for ("de openingszin van haar antwoord"): where in it, not what about
        *("openingszin", "beginzin", "slotzin", "eindzin", "kernzin", "kernzinnen", "alinea", "alinea's"),
        *("scherpste", "sterkste", "hardste"),  # "haar scherpste zin": how strongly put, not a topic
        # ways of asking where to find something: the frame of a question, not its topic
        *("opzoeken", "nakijken", "checken", "terugvinden", "opvragen", "informatie", "info", "nalezen", "naslaan"),
        *("klopt", "kloppen"),  # "klopt dat?": whether a claim is true
        # written abbreviations that introduce or qualify ("bijv in spanje"): never the topic themselves
        *("bijv", "bijvoorbeeld", "bv", "evt", "eventueel", "ivm", "mbt", "oa", "etc", "enz", "ca", "dwz", "zgn"),
    ]
)
# "ik heb dyslexie en weet niet welke hulp ik kan krijgen": what follows "weet niet" is the question itself.
_EMBEDDED_QUESTION = re.compile(
    r"^[^?]*?\b(?:weet|snap|begrijp) (?:ik )?(?:niet|nog niet|eigenlijk niet)\s+(?=(?:welke|welk|wat|hoe|waar|of|"
    r"wanneer|wie|waarom|hoeveel)\b)|^[^?]*?\b(?:vraag (?:ik )?me af|wil (?:graag )?weten)\s+(?=(?:welke|welk|wat|hoe|"
    r"waar|of|wanneer|wie|waarom|hoeveel)\b)",
    re.I,
)
# A clause that describes the asker's situation rather than what is asked ("als ik dyslexie heb").
_CONDITION = re.compile(
    r"[,;]?\s+\b(?:als|indien|omdat|want|terwijl|doordat|nadat|sinds|aangezien|if|because|since|while)\s+"
    r"(?=(?:ik|je|jij|u|we|wij|ze|zij|hij|het|er|mijn|m'n|mn|jouw|i|my|we|they|it)\b|"
    # "als een bedrijf me afwijst": a condition with its own subject and verb (not "evenveel als een hbo-student")
    r"(?:een|de|het|mijn|m'n|mn) \w+ (?:me|mij|ons|je|jou|ik|niet|nooit|gewoon)\b)",
    re.I,
)
# "wat gebeurt er (met X) als ...": asks for the consequence of the condition, which is then the topic
_ASKS_CONSEQUENCE = re.compile(
    r"\b(?:wat (?:gebeurt|gebeurd|gebeurde|volgt) er|wat (?:zijn|is) (?:de|het) (?:gevolgen?|consequenties?)|"
    r"what (?:happens|will happen|are the consequences))\b",
    re.I,
)
# "ik heb autisme en ...", "ik heb last van faalangst, ...": the asker's condition, never the topic
_HAVE_CONDITION = re.compile(
    r"\b(?:ik heb|i have)\s+(?:een\s+|last van\s+|a\s+|an\s+)?[^\W\d_][\w'’-]*"
    r"(?:\s+(?:en|and|of|or)\s+[^\W\d_][\w'’-]*)*"  # "ik heb dyslexie en adhd en ..."
    r"(?=\s*(?:,|\.|\ben\b|\bmaar\b|\band\b))",
    re.I,
)
_LEADING_CONDITION = re.compile(
    r"^\s*(?:(?:als|indien|omdat|wanneer|if|because|when)\b[^,?]*,\s*|"
    # (without its comma, up to the verb, subject and "dan" that start the question: "als ik voor X kies heb ik dan
    # snel werk?")
    # (not before a modal: "als ik iets meld moet ik dan ...?" asks what to do then)
    r"(?:als|indien|wanneer)\b[^,?]*?\s(?=(?:heb|hebt|heeft|krijg|krijgt|ben|is|word|wordt|zit|verdien|vind)\s+"
    r"(?:ik|je|jij|we|wij|ze|zij|hij|het|dat|die|u)\s+dan\b)|"
    # the asker's situation told first: "ik heb dyslexie en moeite met plannen, waar kan ik ..."
    # (also without "ik", as typed: "heb adhd en dyslexie, waar ...", not "heb ik recht op ..., wat ...")
    r"(?:ik|mijn|m'n|mn|wij|we|i|my|(?:heb|ben|zit|doe|loop|zoek|volg)\s+(?!ik\b|je\b|jij\b|u\b|we\b|wij\b)|"
    # (or what someone does to the asker: "school geeft me geen extra tijd, hoe kan ik ...")
    r"(?!(?:wat|waar|hoe|wie|wanneer|waarom|welke?|mag|mogen|kan|kun|kunnen|moet|moeten|heb|krijg|is|zijn|wordt|"
    r"klopt|gaat|komt|zal|wil)\b)[^,?.!]*?\b(?:me|mij)\b)\b"
    r"[^,?.!]*[,.!]\s*(?=(?:wat|waar|hoe|wie|wanneer|waarom|welke|mag|mogen|kan|kun|kunnen|moet|moeten|"
    r"heb|heeft|hebt|hebben|krijg|krijgt|krijgen|is|zijn|wordt|worden|klopt|what|where|how|who|when|why|which|can|do|is|are)\b))",
    re.I,
)
# "mijn moeder zegt dat ...", "ik heb gelezen dat ...": who said a claim is not what the claim is about
_REPORTED = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){1,4}?(?:zegt|zei|zeggen|zeiden|vertelde|vertelt|las|lees|hoorde|hoor|heb gehoord|"
    r"heb gelezen|says|said|told me|read|heard)\s+(?:me\s+|mij\s+)?(?:dat|that)\s+(?:er\s+)?",
    re.I,
)
_WHY_NOT = re.compile(r"\s*(?:(?:maar|en|but|and)\s+)?(?:waarom|why)\s+(?:dan\s+|then\s+)?(?:niet|geen|not|no)\b", re.I)
_CONNECTIVE = re.compile(r"^\s*(?:en|maar|ook|of|dus|and|but|also|so|what about|hoe zit het)\b", re.I)
# A follow-up that asks the previous question again for another thing, with no verb of its own ("en voor bbl?",
# "en bij de bouw dan?", "and for hbo?")
_SAME_FOR = re.compile(
    r"(?:en|maar|ook|and|what about|hoe zit het)\s+(?:(?:met|voor|bij|in|op|van|for|with|in|at)\s+)?"
    # (two of them: "en voor entree en niveau 2?")
    r"(?:de|het|een|die|the|a)?\s*[\w'’-]+(?:\s+[\w'’-]+)?(?:\s+(?:en|of|and|or)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"(?:\s+(?:dan|then|nou|eigenlijk))?\s*\?*",
    re.I,
)
_ANAPHOR = re.compile(
    r"\b(?:dat|die|dit|deze|daar\w*|hier\w*|er\w{0,4}|zo'n|zulke|hij|zij|ze|hem|haar|hun|het|daarna|dan|"
    r"that|this|these|those|it|they|them|there)\b",
    re.I,
)
_NEW_TOPIC = re.compile(
    r"\b(?:iets anders|ander onderwerp|andere vraag|nieuwe vraag|los daarvan|something else|another question|"
    r"different question|new question)\b",
    re.I,
)
_CITED = re.compile(r"\[vraag (\d{1,2})\]")
_STOP_NL = frozenset(
    [
        # the rest of the Snowball Dutch stopword list, but not its negations ("niets", "zonder")
        *("af", "alles", "altijd", "andere", "daar", "der", "doch", "door", "dus", "eens", "ge", "geweest", "haar"),
        *("had", "hem", "hier", "hun", "iemand", "iets", "ja", "kon", "meer", "men", "na", "nu", "omdat", "onder"),
        *("ons", "over", "reeds", "tegen", "toen", "uit", "uw", "veel", "want", "werd", "wezen", "zei", "zelf"),
        *("zich", "zo", "zou"),
        # reflexive and emphatic pronouns ("komen die cijfers van haarzelf?"): no thing asked about
        *("mezelf", "mijzelf", "jezelf", "jouzelf", "uzelf", "zichzelf", "hemzelf", "haarzelf", "onszelf", "henzelf"),
        *("hunzelf", "zelve"),
        "de",
        "het",
        "een",
        "en",
        "of",
        "ik",
        "je",
        "jij",
        "u",
        "we",
        "wij",
        "ze",
        "zij",
        "hij",
        "mijn",
        "jouw",
        "m'n",
        "me",
        "mij",
        "is",
        "zijn",
        "ben",
        "was",
        "waren",
        "wordt",
        "worden",
        "op",
        "in",
        "aan",
        "van",
        "voor",
        "met",
        "bij",
        "naar",
        "om",
        "te",
        "tot",
        "dat",
        "die",
        "dit",
        "deze",
        "er",
        "dan",
        "als",
        "ook",
        "nog",
        "al",
        "wel",
        "niet",
        "geen",
        "maar",
        "toch",
        "heb",
        "hebt",
        "heeft",
        "hebben",
        "kan",
        "kun",
        "kunnen",
        "mag",
        "mogen",
        "moet",
        "moeten",
        "wil",
        "wilt",
        "willen",
        "zal",
        "zullen",
        "gaat",
        "gaan",
        "komt",
        "komen",
        "krijg",
        "krijgt",
        "krijgen",
        "doe",
        "doet",
        "doen",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "and",
        "or",
        "i",
        "my",
        "is",
        "are",
        "be",
        "do",
        "does",
        "can",
        "will",
        "at",
        "by",
        "it",
    ]
)


@dataclass(frozen=True)
class Question:
    """A question, understood: what it asks, about what, in which language, in what context."""

    text: str
    search_text: str
    intent: Intent = "content"
    question: int | None = None  # an explicit "vraag N" of the letter
    answer_type: AnswerType | None = None
    focus: tuple[str, ...] = ()  # content words of the main clause, as written (lowercased)
    asked_facts: tuple[str, ...] = ()  # kinds of fact asked for: amount, phone, email, opening hours
    language: Literal["nl", "en"] = "nl"
    followup: bool = False
    context_questions: tuple[int, ...] = ()  # cited in the previous answer (follow-ups only)
    previous: str = ""  # the previous user question (bounded), for follow-ups
    thread: str = ""  # the user questions back to one that names something specific ("wat is X? wanneer daar meer?")
    previous_answer: str = ""  # the previous answer's text (bounded), for novelty and follow-ups
    shown: str = ""  # the conversation's last few answers (bounded): what the asker has read already
    anchored: bool = False  # a follow-up without a subject of its own: every content word was in the conversation
    parts: tuple[str, ...] = ()  # the things a question asks, when it asks more than one ("..., en wanneer?")
    subject: str = ""  # the thing whose amount, size or meaning is asked ("hoeveel studiefinanciering ...")
    overview: OverviewKind | None = None  # for intent "overview": which part of the letter's overview
    position: Literal["first", "last"] | None = None  # "de eerste zin van haar antwoord": which sentence of it

    @property
    def english(self) -> bool:
        return self.language == "en"


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError as exc:  # pragma: no cover - a dependency of the default install
        raise ImportError("language detection needs lingua-language-detector: pip install -r requirements.txt") from exc
    return LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.ENGLISH).build(), Language.ENGLISH


def detect_language(text: str) -> Literal["nl", "en"]:
    """ "en" when lingua is confident the text is English, else "nl" (the letter's language).

    >>> detect_language("Why are BOL students less satisfied?"), detect_language("Wat is LOB?")
    ('en', 'nl')
    >>> detect_language("who is SBB?"), detect_language("wie is SBB?"), detect_language("what does bpv mean?")
    ('en', 'nl', 'en')
    """
    words = _WORD.findall(text)
    if not words:
        return "nl"
    detector, english = _detector()
    # a name is in no language: "who is SBB?" is read as "who is?"
    plain = _NAME.sub(" ", text)
    if detector.compute_language_confidence(plain if _WORD.search(plain) else text, english) >= ENGLISH_CONFIDENCE:
        return "en"
    # too short for lingua to be sure: function words only one of the two languages has ("what does bpv mean?")
    lower = {w.lower() for w in _WORD.findall(plain)}
    return "en" if lower & _ENGLISH_ONLY and not lower & _DUTCH_ONLY else "nl"


_NAME = re.compile(r"\b[A-Z]{2,}[\w-]*")
_ENGLISH_ONLY = frozenset(
    """what who where when why how which does do did the are can will would should about with this that there they
    you it and mean means stand""".split()  # noqa: SIM905
)
_DUTCH_ONLY = frozenset(
    """wat wie waar wanneer waarom hoe welke welk de het een van en zijn kan kun wordt worden mag moet ik je jij
    die dat dit er niet ook voor met over betekent staat""".split()  # noqa: SIM905
)


_WHY = re.compile(r"\s*(?:(?:en|maar|and|but)\s+)?(?:waarom|why|how come|hoe komt het)\b", re.I)


def question_sentences(text: str) -> list[str]:
    """The sentences of a text that end in a question mark, and a last one that asks without it.

    >>> question_sentences("heb ik recht op hulp? en hoe kom ik erachter waar ik recht op heb")
    ['heb ik recht op hulp?', 'en hoe kom ik erachter waar ik recht op heb']
    """
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    out = [s for s in sentences if s.endswith("?")]
    last = sentences[-1]
    if out and not last.endswith((".", "!", "?")):
        if _ASKS_UNMARKED.match(last):
            out.append(last)  # "..., heb ik recht op hulp? en hoe kom ik erachter": chat drops the last "?"
        elif clause := _asking_clause(last):
            out.append(clause)  # "...? ik vind dat niet eerlijk, kan ik ergens zien waar ik recht op heb"
    return out


def _asking_clause(sentence: str) -> str | None:
    """The clause after a comma that asks without a question mark, in a sentence that does not end as told ("ik
    vind dat niet eerlijk, kan ik ergens zien waar ik recht op heb"), or None.

    >>> _asking_clause("ik vind dat niet eerlijk, kan ik ergens zien waar ik recht op heb")
    'kan ik ergens zien waar ik recht op heb'
    """
    if sentence.rstrip().endswith((".", "!")):
        return None
    for m in re.finditer(r",\s*", sentence):
        if _ASKS_UNMARKED.match(sentence, m.end()):
            return sentence[m.end() :].strip()
    return None


# "school zegt dat ze niks extra voor hem kunnen doen. klopt dat wel?": a bare check of a claim the asker reports
_CHECKED_CLAIM = re.compile(
    r"\b(?:zegt|zeggen|zei|zeiden|beweert|beweren|vertelt|vertellen|vertelde|schrijft|schreef)\b(?:\s+\w+){0,3}?"
    r"\s+dat\s+([^.?!,]+)[.,!]?\s*(?:en\s+|maar\s+)?(?:klopt|mag|kan|is)\s+(?:dat|dit|het)"
    r"(?:\s+(?:wel|echt|zo|nou|eigenlijk|gewoon))*\s*[?!.]*\s*$",
    re.I,
)


def checked_claim(text: str) -> str | None:
    """The claim a bare check asks about, when the asker reports it just before ("klopt dat?"), else None.

    >>> checked_claim("mijn zoon heeft adhd en school zegt dat ze niks kunnen doen. klopt dat wel?")
    'ze niks kunnen doen'
    >>> checked_claim("klopt dat?") is None
    True
    """
    m = _CHECKED_CLAIM.search(text)
    return m.group(1).strip() if m else None


def asks_same_for(text: str) -> bool:
    """Whether a follow-up asks the question before it again for another thing, with no verb of its own.

    >>> asks_same_for("en voor bbl?"), asks_same_for("en wanneer?"), asks_same_for("waarom duurt dat zo lang?")
    (True, False, False)
    """
    return bool(_SAME_FOR.fullmatch(text.strip()) and content_words(text) and not points_back(text))


def asks_usual(text: str) -> bool:
    """Whether a question asks if what the asker tells is as it should be ("is dat normaal of moet dat beter?").

    >>> asks_usual("mijn begeleider komt nooit langs. is dat normaal?"), asks_usual("is dat verplicht?")
    (True, False)
    """
    return bool(re.search(_USUAL, text, re.I))


# A sentence that asks without a question mark: a question word, or a verb and its subject ("kan het anoniem"), not
# what the asker tells ("ben bang dat ...")
_ASKS_UNMARKED = re.compile(
    r"(?:(?:en|maar|of|and|but)\s+)?(?:(?:wanneer|waarom|hoeveel|hoe|welke|welk|wie|waar\w*|wat|when|why|how|who|"
    r"where|what|which)\b|(?:mag|mogen|moet|moeten|kan|kun|kunnen|krijg|krijgen|krijgt|heb|hebben|heeft|is|zijn|"
    r"wordt|worden|gaat|gaan|komt|komen|zal|zullen|wil|wilt|willen|klopt|geldt|ben|bent|weet|weten|does|do|are|can|"
    r"will|would|should|must|may|has|have)\s+(?:ik|je|jij|u|het|dat|dit|die|ze|zij|hij|we|wij|er|i|it|they|you)\b)",
    re.I,
)


def asking(text: str) -> str:
    """The sentences that ask (end in "?"), or the whole text when none does.

    >>> asking("Met welke partijen praat de minister? Graag een citaat.")
    'Met welke partijen praat de minister?'
    """
    return " ".join(question_sentences(text)) or text


_REASON_ASKED = next(p for kind, p in _TYPES if kind == "reason")


def asks_trend(text: str, kind: AnswerType | None) -> bool:
    """Whether a question asks which way something goes, not by how much ("neemt stagediscriminatie af?")."""
    return kind in (None, "yesno") and bool(_TREND.search(text)) and not _TREND_FIGURE.search(text)


def says_trend(text: str) -> bool:
    """Whether a sentence says which way something goes ("is nog niet gedaald", "de tekorten nemen toe")."""
    return bool(_TREND.search(text))


_PLAN_TYPE = dict(_TYPES)["plan"]


def answer_type(text: str) -> AnswerType | None:
    """What the question expects: a date, an amount, a step to take, a place, a reason, yes/no, or None.

    The sentences that ask come first: "Met welke partijen ...? Graag een citaat." asks who, not for a quote.
    """
    for part in dict.fromkeys((asking(text), text)):
        for kind, pattern in _TYPES:
            if pattern.search(part):
                if kind in ("effect", "stance") and (_WHY.match(part) or _REASON_ASKED.search(part)):
                    # "waarom zie je nog weinig effect?", "waarom vindt de minister dat zo erg?": why
                    return "reason"
                if kind == "stance" and re.search(_USUAL, part, re.I) and _PLAN_TYPE.search(part):
                    # "is dat normaal, wordt daar iets aan gedaan": what is done about it leads (the judgement of
                    # what the asker tells comes with it from the same answer)
                    return "plan"
                return kind
    # "ik studeer in 2027 af, moet mijn bedrijf me dan betalen?": the yes/no question after the situation
    # "mijn school heeft geen meldpunt. moeten ze dat hebben?": the question after what the asker tells
    questions = question_sentences(text)
    return (
        "yesno"
        if _YESNO.search(text.strip()) or _YESNO.search(without_situation(text)) or any(map(_YESNO.search, questions))
        else None
    )


# "moet mijn bedrijf betalen? ik krijg nu niks voor 32 uur per week": the situation told after the question
_TRAILING_SITUATION = re.compile(
    r"(?<=\?)\s+(?:(?:want|omdat|maar|en)\s+)?(?:ik|mijn|mn|m'n|we|wij|ons|onze)\b"
    # (not when it goes on to ask without a question mark: "... ik las dat X verplicht wordt, vanaf wanneer is dat")
    r"(?![^?]*(?:,\s*|\s(?:en|maar)\s)(?:vanaf |tot |sinds |per )?(?:wanneer|hoeveel|waarom|welke|welk|wie)\b)"
    # (nor with a verb and its subject after a comma: "... ik vind dat niet eerlijk, kan ik ergens zien ...")
    r"(?![^?]*,\s*(?:mag|mogen|moet|moeten|kan|kun|kunnen|krijg|heb|ben|word)\s+(?:ik|je|jij|we|wij)\b[^.!?]*$)"
    r"[^?]*$",
    re.I,
)


# "is er ergens hulp, ik woon in een klein dorp": what the asker tells after a comma, when no question mark follows
_TRAILING_TOLD = re.compile(
    r"(?<=\w),\s*(?:(?:want|omdat|maar|en)\s+)?(?:ik|mijn|mn|m'n|we|wij|ons|onze)\s+"
    # (a statement: not "..., kan ik ...", nor one that goes on to ask: "..., ik wil weten hoeveel ...")
    r"(?!(?:mag|mogen|moet|moeten|kan|kun|kunnen|krijg|heb|ben|word)\s+(?:ik|je|jij|we|wij)\b)"
    r"(?![^,?]*\b(?:hoe|wat|wanneer|hoeveel|waarom|welke?|wie|waar|of|weten|vraag)\b)[^,?]*$",
    re.I,
)


def without_situation(text: str) -> str:
    """The question without the situation the asker tells first ("ik loop 32 uur stage, heb ik recht op ...?") or
    after it ("... betalen? ik krijg niks voor 32 uur per week", "is er ergens hulp, ik woon in een klein dorp")."""
    text = _TRAILING_SITUATION.sub("", text)
    if "?" not in text and (m := _TRAILING_TOLD.search(text)) and asks(text[: m.start()].split(". ")[-1]):
        text = text[: m.start()]
    return _LEADING_CONDITION.sub("", _EMBEDDED_QUESTION.sub("", text, count=1)).strip()


_MODAL_START = re.compile(r"(?:mag|mogen|kan|kunnen|moet|moeten|zal|zullen|wil|willen)\b", re.I)
_DETERMINERS = frozenset({"de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "jullie", "onze", "ons", "uw"})
_AUXILIARY_END = frozenset({"worden", "wordt", "zijn", "hebben", "laten", "gaan", "blijven", "krijgen"})


_SEQUEL = re.compile(
    r"\b(?:wat gebeurt er (?:dan|nu|daarna|vervolgens|daarmee|na)|hoe gaat (?:het|dat) (?:dan |daarna )?verder)\b", re.I
)


def asks_sequel(text: str) -> bool:
    """Whether a question asks what follows a step it names ("wat gebeurt er na een melding?", "ik heb het gemeld,
    wat gebeurt er nu?").

    >>> asks_sequel("waar kan ik dat melden en wat gebeurt er dan"), asks_sequel("wat gebeurt er als ik niks doe?")
    (True, False)
    """
    return bool(_SEQUEL.search(text))


def asked_predicate(text: str) -> tuple[str, str] | None:
    """Who and the doing a yes/no question with a modal asks about ("mag mijn werkgever mij ontslaan als ...?":
    may the employer dismiss), or None; the verb ends the main clause.

    >>> asked_predicate("mag mijn werkgever mij ontslaan als ik ziek ben?")
    ('werkgever', 'ontslaan')
    >>> asked_predicate("Kan ik ontslagen worden?")
    ('ik', 'ontslagen')
    >>> asked_predicate("Waar kan ik dat melden?") is None
    True
    """
    sentence = split_sentences(without_situation(text))[0]
    sentence = _CONDITION.split(sentence)[0]
    if not _MODAL_START.match(sentence.strip()):
        return None
    words = _WORD.findall(sentence.lower())
    while len(words) > 2 and words[-1] in _AUXILIARY_END:
        words.pop()
    last = words[-1] if len(words) > 2 else ""
    if last in content_words(sentence) and (last.endswith("n") or last.startswith("ge")):
        who = next((w for w in words[1:-1] if w not in _DETERMINERS), "")
        return who, last
    return None


# When the asker says they will do something ("ik wil na de zomer ...", "ik moet volgend jaar op stage"): their own
# time, not a date of the letter's
_ASKERS_TIME = re.compile(
    r"\b(?:(?:na|voor|vanaf|in|over|tot)\s+(?:de|het|deze|dit|volgend|volgende|komend|komende)?\s*|"
    r"(?:volgend|volgende|komend|komende)\s+)"
    r"(?:zomer|zomervakantie|kerst|kerstvakantie|vakantie|winter|herfst|voorjaar|najaar|schooljaar|jaar|maand|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:ik|we|wij|mijn|mn|m'n)\b", re.I)


def without_askers_time(text: str) -> str:
    """The question without the time of what the asker tells of their own plans, in a clause before the one that
    asks: a "voor de zomer" of the letter is no answer to it.

    >>> without_askers_time("ik wil na de zomer zorg gaan doen, is het moeilijk om daar stage te vinden?")
    'ik wil zorg gaan doen, is het moeilijk om daar stage te vinden?'
    >>> without_askers_time("komt er na de zomer een brief over?")
    'komt er na de zomer een brief over?'
    """
    cut = max(text.rfind(",", 0, len(text) - 1), text.rfind(". ", 0, len(text) - 1))
    if cut <= 0 or not _FIRST_PERSON.search(text[:cut]):
        return text
    told = re.sub(r"\s{2,}", " ", _ASKERS_TIME.sub("", text[:cut])).strip()
    return told + text[cut:]


def asked_part(text: str) -> str:
    """What to search for: the question without the situation the asker tells after it, when the question asks
    something of its own ("hoe snel vind ik werk? ik doe zorg niveau 2"); the whole text otherwise (a situation
    told first often names the subject: "ik ben slecht in rekenen, krijg ik daar les voor?").

    >>> asked_part("hoe snel vind ik werk na mijn opleiding? ik doe zorg niveau 2")
    'hoe snel vind ik werk na mijn opleiding?'
    >>> asked_part("wanneer komt die stagevergoeding nou? ik moet in 2027 op stage")
    'wanneer komt die stagevergoeding nou?'
    >>> asked_part("ik doe entree en vind geen stage, wat moet ik doen?")
    'ik doe entree en vind geen stage, wat moet ik doen?'
    """
    asked = _TRAILING_SITUATION.sub("", text).strip()
    own = content_words(asked)
    # ("wanneer gaat die stagevergoeding in?? ik moet ..." points back, but names what it is about)
    named = any(zipf(w) < SPECIFIC_ZIPF for w in own)
    if asked == text.strip() or (not named and (points_back(asked) or len(own) < 2)):
        return text
    return asked


_ATTRIBUTE_HEADS = (
    *("bedrag", "bedragen", "datum", "data", "termijn", "aantal", "aantallen", "cijfer", "cijfers"),
    *("percentage", "percentages"),
)


def names_attribute(word: str) -> bool:
    """A word that names the asked-for attribute, also as the head of a compound ("jaarbedrag", "einddatum")."""
    return word in _ATTRIBUTE_WORDS or any(word.endswith(h) and len(word) > len(h) + 2 for h in _ATTRIBUTE_HEADS)


def main_clause(text: str) -> str:
    """The question without the clauses that describe the asker's situation ("..., als ik dyslexie heb").

    A situation told first stays when what is asked only points back at it ("mijn begeleider is iemand van de
    administratie, mag dat?"): then the situation is the topic.

    >>> main_clause("ik heb dyslexie, wat kan ik doen op school?")
    'wat kan ik doen op school?'
    >>> main_clause("mijn begeleider is iemand van de administratie, mag dat wel?")
    'mijn begeleider is iemand van de administratie, mag dat wel?'
    >>> main_clause("ik heb dyslexie en weet niet welke hulp ik kan krijgen, waar vind ik dat?")
    'welke hulp ik kan krijgen, waar vind ik dat?'
    >>> main_clause("mag de school me laten zakken als ik ziek ben? hoe zit dat met de herkansing?")
    'mag de school me laten zakken hoe zit dat met de herkansing?'
    >>> main_clause("ik denk erover te stoppen want het gaat niet. op welke hulp heb ik recht?")
    'op welke hulp heb ik recht?'

    Told sentences, then a question that only points back ("klopt dat?"): it asks about the claim just before
    it, not about the situation told first.

    >>> main_clause("ik ben 17. mijn zus zegt dat de school een coach heeft. klopt dat?")
    'de school een coach heeft. klopt dat?'
    """
    sentences = split_sentences(text)
    if len(sentences) > 1 and asks(sentences[-1]) and points_back(sentences[-1]) and not any(map(asks, sentences[:-1])):
        text = f"{_REPORTED.sub('', sentences[-2])} {sentences[-1]}"
    text = _EMBEDDED_QUESTION.sub("", text, count=1)
    rest = _LEADING_CONDITION.sub("", text)
    if rest != text and (
        (_ANAPHOR.search(rest) and len(content_words(rest)) <= 1)
        # "ik ben slecht in rekenen, krijg ik daar extra hulp voor?": "daar ... voor" is the situation told
        or _POINTS_AT_TOLD.search(rest)
    ):
        rest = text
    parts = _CONDITION.split(rest, maxsplit=1)
    if len(parts) > 1 and _ASKS_CONSEQUENCE.search(parts[0]) and not _ASKS_CONSEQUENCE.search(parts[-1]):
        parts = [rest]  # "wat gebeurt er met X als ze Y?": the condition is what is asked about
    main = _HAVE_CONDITION.sub(" ", parts[0])
    if len(parts) > 1:
        # a question after the condition's sentence is asked too ("mag X als ik Y? hoe zit dat met Z?")
        # (the condition's sentence ends there: "... want het gaat echt niet. op welke hulp heb ik recht?"); a main
        # clause that only tells, "ik denk erover te stoppen want ...", is the asker's situation
        later = [t for t in split_sentences(parts[-1])[1:] if asks(t)]
        told = not asks(parts[0]) and not re.search(r"[.?!]\s", parts[0])
        own = any(content_words(t) and not points_back(t) for t in later)  # not "wat nu?"
        main = " ".join([*(() if told and own else (main,)), *(main_clause(t) for t in later)])
    return main


# "daar ... voor", "daarvoor", "hiermee": what the question points at, after a situation told first, is that situation
_POINTS_AT_TOLD = re.compile(
    r"\b(?:daar|hier)(?:voor|mee|bij|aan|over|door|tegen|in|op)\b|"
    r"\b(?:daar|hier)\b[^?.,!]{1,40}?\s(?:voor|mee|bij|aan|over|door|tegen)\b(?=\s*(?:[?.!,]|$|\s(?:op|in|bij|van)\b))",
    re.I,
)
# "erachter", "daarmee", "waarover": pronominal adverbs (er/hier/daar/waar + a preposition) are function words,
# also as part of a phrasal verb ("hoe kom ik erachter ...": find out).
_PRONOMINAL_ADVERB = re.compile(
    r"(?:er|hier|daar|waar)(?:aan|achter|af|bij|binnen|buiten|door|in|langs|mee|na|naar|naast|om|onder|op|over|"
    r"tegen|toe|tussen|uit|van|vandaan|voor)"
)


# "wat staat er in die brief daarover?": the letter being asked about, named; not a word to find in it
_IN_THIS_LETTER = re.compile(
    r"\b(?:in|uit|volgens|according to|of|van) (?:de|deze|die|dit|this|the) (?:kamer)?(?:brief|letter)\b(?! met\b)",
    re.I,
)


def without_this_letter(text: str) -> str:
    """The question without the words that name the letter itself as where to look.

    >>> without_this_letter("wat staat er in die brief over coaches?")
    'wat staat er over coaches?'
    >>> without_this_letter("wat staat er in de brief met de hoofdlijnen?")
    'wat staat er in de brief met de hoofdlijnen?'
    """
    return re.sub(r"\s{2,}", " ", _IN_THIS_LETTER.sub("", text))


def without_fillers(text: str) -> str:
    """The text without the fillers and chat spellings of typed questions ("mn", "echt", "gwn"), which name no topic.

    >>> without_fillers("mn dochter is echt slecht in rekenen")
    'dochter is slecht in rekenen'
    """
    return " ".join(w for w in text.split() if _WORD_EDGE.sub("", w.lower()) not in _FILLER_WORDS)


_WORD_EDGE = re.compile(r"^\W+|\W+$")


def content_words(text: str) -> list[str]:
    """Words that can carry a topic: no function, question, filler or attribute words, no pronouns."""
    return [
        w
        for w in _WORD.findall(text.lower())
        if len(w) > 2
        and w not in _STOP_NL | QUESTION_WORDS | _FILLER_WORDS
        and not names_attribute(w)
        and not _ANAPHOR.fullmatch(w)
        and not _PRONOMINAL_ADVERB.fullmatch(w)
        and not w.isdigit()
    ]


def focus_words(text: str) -> tuple[str, ...]:
    """The content words of the main clause: no function words, question words or attribute words."""
    out = []
    for w in _WORD.findall(main_clause(text).lower()):
        w = w.replace("’", "'")
        content = (
            w not in _STOP_NL | QUESTION_WORDS | _FILLER_WORDS
            and not names_attribute(w)
            and not _PRONOMINAL_ADVERB.fullmatch(w)
        )
        if content and not w.isdigit() and (len(w) > 2 or (w.isalpha() and zipf(w) < ABBREVIATION_ZIPF)):
            out.append(w)  # (a two-letter word only as an abbreviation: "ov", "hr")
    return tuple(dict.fromkeys(out))


# "hoeveel X", "hoe hoog is de X", "recht op X", "wat is een X": X is what the answer must be about.
_SUBJECT = re.compile(
    # ("hoeveel is de studiefinanciering?": the noun after the verb)
    r"\b(?:(?:hoeveel|hoe ?veel|hoe hoog) (?:is|zijn|was|waren|wordt|worden|bedraagt|bedragen) (?:de|het|mijn|een)|"
    r"hoeveel|hoe ?veel|recht op(?: een| de| het)?|"
    r"wat (?:is|zijn|betekent|betekenen) (?:de|het|een)|how much|how many|entitled to(?: a| an| the)?|"
    r"what is (?:the|a|an)|"
    # "hoe zit het met het X?", "wat weet je over X?", "what about X?": X is the whole question
    r"hoe zit het(?: nou| eigenlijk| precies| nu)? met(?: de| het| een| mijn)?|"
    r"wat (?:weet je|zegt de brief|staat er in de brief|staat in de brief) over(?: de| het| een)?|"
    r"what about(?: the| a| an)?|"
    # a yes/no question about something changing or coming: "gaat de basisbeurs omhoog?", "komt er een ...?"
    r"^(?:en\s+)?(?:gaat|gaan|wordt|worden|komt|komen|blijft|blijven|stijgt|stijgen|daalt|dalen|verandert)\s+"
    r"(?:er\s+)?(?:de|het|een|mijn|onze|jullie))"
    r"\s+([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?",
    re.I,
)


# "hoeveel meldingen van stagediscriminatie ...", "how many reports ...": what is counted
_COUNTED = re.compile(
    r"\b(?:hoeveel|hoe ?veel|how many)\s+(?:(?:extra|nieuwe|meer|andere|other|new)\s+)?([^\W\d_][\w'’-]*)"
    r"((?:\s+(?:van|voor|over|bij|in|of|for|about)\s+(?:de\s+|het\s+|een\s+|the\s+)?[^\W\d_][\w'’-]*)?)",
    re.I,
)


_THERE_ARE = re.compile(r"\s+(?:zijn|waren|worden|werden|komen|kwamen|is|was|are|were)\s+(?:er|there)\b", re.I)


def counted(text: str) -> str:
    """What a "hoeveel X" question counts, with what it is of ("meldingen van stagediscriminatie"); "" for an amount
    of money, time or a share, when nothing is named, and for "X" that do something ("hoeveel studenten stoppen?").

    >>> counted("Hoeveel meldingen van stagediscriminatie zijn er gedaan?"), counted("hoeveel geld krijg ik?")
    ('meldingen van stagediscriminatie', '')
    >>> counted("hoeveel meldingen zijn er?"), counted("hoeveel studenten stoppen?")
    ('meldingen', '')
    """
    m = _COUNTED.search(text)
    if m is None:
        return ""
    noun = m.group(1).lower()
    if (
        noun in _STOP_NL
        or noun in QUESTION_WORDS
        or noun in _FILLER_WORDS
        or names_attribute(noun)
        or {"money", "duration"} & set(asked_facts(m.group(0), "amount"))
        or re.fullmatch(
            r"(?:procent|percent\w*|keer|uur|uren|dag\w*|we(?:e)?k\w*|maand\w*|jaar|jaren|tijd|"
            r"geld|euro\w*|money|times|hours?|days?|weeks?|months?|years?)",
            noun,
        )
    ):
        return ""
    # only what is counted as a whole: "meldingen van X", or "hoeveel meldingen zijn er?" ("hoeveel studenten vallen
    # uit?" counts students who do something; "students" alone would say too much)
    if not m.group(2) and not _THERE_ARE.match(text, m.end()):
        return ""
    return f"{noun}{m.group(2).lower()}"


_ABOUT = re.compile(r"\b(?:over|met|about)\s+(?:de\s+|het\s+|een\s+|mijn\s+|the\s+|a\s+|an\s+)?\S+", re.I)
_OF_THING = re.compile(r"\s+van\s+(?:de\s+|het\s+|een\s+)?([^\W\d_][\w'’-]*)", re.I)


def subject_of(text: str) -> str:
    """The noun a "how much / what is / entitled to" question asks about, lowercased ("" when none).

    >>> subject_of("hoeveel studiefinanciering krijg ik?"), subject_of("Heb ik recht op vakantiedagen?")
    ('studiefinanciering', 'vakantiedagen')
    """
    first = question_parts(text)[0] if question_parts(text) else text
    clause = main_clause(first)
    m = _SUBJECT.search(clause)
    if not m:
        return ""
    word = m.group(1).lower()
    after = (m.group(2) or "").lower()
    if word.endswith("e") and after and len(after) > 3 and after not in _STOP_NL and after not in QUESTION_WORDS:
        word = after  # "de precieze planning": the noun, not its adjective
    elif _ABOUT.search(m.group(0)) and zipf(word) >= SPECIFIC_ZIPF and (of := _OF_THING.match(clause, m.end(1))):
        word = of.group(1).lower()  # "wat staat er over het gebruik van AI?": what a common word is of
    return "" if word in _STOP_NL or word in QUESTION_WORDS or word in _FILLER_WORDS or names_attribute(word) else word


_CASE = re.compile(r"\s*(?:(?:en|maar|and|but)\s+)?(?:als|stel dat|wat als|wat nou als|if|what if)\b", re.I)


def asks_a_case(text: str) -> bool:
    """A question about a case of what was discussed ("en als dat niet lukt?", "what if they refuse?")."""
    return bool(_CASE.match(text))


# A past participle ("gemeten", "aangesproken", "betaald"): ge- (after a separable prefix), then -d, -t or -en ...
_PARTICIPLE = re.compile(r"^[a-z]{0,5}?ge[a-z]{2,}(?<!hei)(?:d|t|en)$")
# ... in a clause with the auxiliary it goes with ("waarmee wordt het gemeten?", "kan het bedrijf erop aangesproken
# worden?"): a verb, not a thing asked about.
_AUXILIARY = re.compile(r"\b(?:word|wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|heb|had|hadden)\b", re.I)


def participle(word: str, clause: str) -> bool:
    """Whether ``word`` is a past participle in ``clause``.

    >>> participle("gemeten", "waarmee wordt het gemeten?"), participle("gebied", "in welk gebied?")
    (True, False)
    """
    return bool(_PARTICIPLE.match(word.lower()) and _AUXILIARY.search(clause))


def points_back(text: str) -> bool:
    """A question (part) with no subject of its own that refers to what came before ("wat doet hij daaraan?",
    "what is the minister doing about it?")."""
    content = content_words(text)
    if len(content) > 2:
        return False
    lower = {w.lower() for w in content}
    for m in _ANAPHOR.finditer(text):
        after = re.match(r"\s+([^\W\d_][\w'’-]*)", text[m.end() :])
        if (
            m.group(0).lower() == "het"
            and after
            and (after.group(1).lower() in lower or after.group(1).endswith("e"))
            and not participle(after.group(1), text)  # "waarmee wordt het gemeten?": "it"
        ):
            continue  # "het letterlijke citaat over X": an article, not "it"
        return True
    return False


_WITHIN_DISCUSSED = re.compile(
    r"^(?:en\s+|maar\s+)?(?:om\s+)?(?:welke|wat voor|hoeveel)\s+[^\W\d_]+\s+(?:gaat|ging)\s+(?:het|dat|dit)\b"
    r"(?:\s+(?:dan|precies|eigenlijk|nou|nu|daar|hier))*(?:\s+om)?\s*[?!.]*$|"
    r"^(?:en\s+|maar\s+)?(?:welke|wat voor)\s+[^\W\d_]+\s+(?:zijn|is|waren|was)\s+(?:dat|dit|die|deze)\b"
    r"(?:\s+(?:dan|precies|eigenlijk|nou|nu))*\s*[?!.]*$",
    re.I,
)
_DEFINITE_BACK = re.compile(
    # ("wat is uiteindelijk de zwaarste sanctie?": a superlative of the thing discussed)
    r"(?:en\s+)?(?:wat|welke|wie|hoe)\s+(?:zijn|is|waren|was|heten)\s+(?:(?:dan|eigenlijk|precies|uiteindelijk)\s+)*"
    r"(?:de|het)\s+(?:[^\W\d_]+ste\s+)?[^\W\d_]+"
    r"(?:\s+(?:dan|eigenlijk|precies|nou|nu|daarvan|ervan))?\s*[?!.]*"
    # "welke opties zijn er dan?", "wat voor mogelijkheden zijn er?": which there are of what was discussed
    r"|(?:en\s+)?(?:welke|wat voor)\s+[^\W\d_]+\s+(?:zijn|is)\s+er(?:\s+(?:dan|eigenlijk|precies|nou|nu))?\s*[?!.]*",
    re.I,
)


# "heb ik gehoord op tiktok", "heb ik ergens gelezen": a perfect with the verb first, told (not "heb ik recht op ...")
_TOLD_PERFECT = re.compile(r"(?:heb|hebben|had|ben|is|was)\s+(?:ik|we|wij|je|ze|zij|hij)\b.*\bge[a-z]{3,}[dt]\b", re.I)


def asks(sentence: str) -> bool:
    """Whether a sentence is a question, with or without its question mark ("krijgen die een boete of zo").

    >>> asks("krijgen die een boete of zo"), asks("voelt niet zo bij mij in de klas")
    (True, False)
    """
    words = sentence.strip().lower().split()
    # (a verb first before a full stop tells: "ben bol student en ik heb hem 1 keer gezien."; so does a perfect with
    # its verb first and no question mark: "heb ik gehoord op tiktok")
    told = sentence.rstrip().endswith(".") or bool(_TOLD_PERFECT.match(sentence.strip()))
    return sentence.rstrip().endswith("?") or bool(
        words and (words[0] in QUESTION_WORDS or (_YESNO.match(words[0]) and not told) or _asking_clause(sentence))
    )


def split_sentences(text: str) -> list[str]:
    """The sentences of a question as typed, split after "?", "." and "!".

    >>> split_sentences("ik loop stage. is dat normaal? ")
    ['ik loop stage.', 'is dat normaal?']
    """
    return re.split(r"(?<=[?.!])\s+", text.strip())


def asking_sentences(text: str) -> str:
    """The sentences of ``text`` that ask, without those the asker only tells; the whole text when none asks.

    >>> asking_sentences("ik loop 10 weken stage. mijn begeleider belt nooit. is dat normaal?")
    'is dat normaal?'
    """
    return " ".join(t for t in split_sentences(text) if asks(t)) or text


def refers_back(text: str) -> bool:
    """A follow-up that names the thing asked only as known from what came before: a pronoun ("wat doet hij
    daaraan?") or a bare definite noun ("wat zijn de opties?": the options of what was discussed).

    >>> refers_back("wat zijn de opties?"), refers_back("wat zijn de regels voor huurtoeslag?")
    (True, False)
    """
    return points_back(text) or definite_back(text)


def definite_back(text: str) -> bool:
    """A question that names its thing only by a bare definite noun ("wat zijn de opties?"), or asks which of
    the discussed thing's kinds it is about ("welke vakken gaat het dan om?", "welke sectoren zijn dat?")."""
    return bool(_DEFINITE_BACK.fullmatch(text.strip()) or _WITHIN_DISCUSSED.search(text))


# "Noem de top 4 ...", "Geef het citaat ...": a request is asked as much as a question is
_REQUEST = re.compile(
    r"^\s*(?:noem|geef|citeer|vertel|beschrijf|leg\s+\w+(?:\s+\w+)?\s+uit|list|name|give|quote|describe|tell me)\b",
    re.I,
)


# a clause that asks of what was just said, its verb first ("kan dat niet anders", "mag dat wel")
_ASKS_OF_THAT = re.compile(r"(?:en\s+|maar\s+)?(?:kan|mag|moet|klopt|is|gaat)\s+(?:dat|dit)\b[^.!]*$", re.I)


def _asking_sentences(text: str) -> list[str]:
    """The text as one piece, or its sentences when two or more of them ask or request something ("Noem de top 4.
    Hoeveel is het per jaar?"); a sentence that only tells stays with the one that asks after it."""
    sentences = re.split(r"(?<=[.!?])\s+(?=\S)", text.strip())
    # (a verb first without a question mark is often a told sentence as typed: "heb al tien bedrijven gemaild."; a
    # last clause that asks of what was just said does ask: "voelt niet eerlijk, kan dat niet objectiever")
    asking = [
        bool(
            t.endswith("?")
            or _REQUEST.match(t)
            or t.split()[0].lower() in QUESTION_WORDS
            or _ASKS_OF_THAT.match(re.split(r",\s*", t)[-1])
        )
        for t in sentences
    ]
    if sum(asking) < 2:
        return [text]
    out: list[str] = []
    told = ""
    for t, a in zip(sentences, asking, strict=True):
        if a and out and not told and points_back(t) and not content_words(t):
            out[-1] = f"{out[-1]} {t}"  # "..., die heeft daar geen diploma voor. mag dat?": the same question
        elif a:
            out.append(f"{told} {t}".strip())
            told = ""
        else:
            told = f"{told} {t}".strip()
    if told:
        out[-1] = f"{out[-1]} {told}"
    return out


# "wie is VELON eigenlijk?", "wat betekent bpv?", "waar staat SBB voor?": what a name stands for
_FILLER_END = r"(?:\s+(?:eigenlijk|precies|nou|dan|nu|ook alweer|alweer|again|exactly))*\s*[?.!]*\s*$"
_DEFINITION = re.compile(
    r"^\s*(?:(?:en|maar|and|but)\s+)?(?:"
    r"(?:wat|wie)\s+(?:is|zijn|was|waren)(?:\s+(?:eigenlijk|precies|nou|dan|nu))*\s+(?:de\s+|het\s+|een\s+)?(?P<a>[^?.!,]+?)|"
    r"wat\s+(?:betekent|betekenen|houdt|houden)\s+(?:de\s+|het\s+)?(?P<b>[^?.!,]+?)(?:\s+in)?|"
    r"waar\s+staat\s+(?:de\s+|het\s+)?(?P<c>[^?.!,]+?)\s+voor|"
    r"(?:what|who)(?:'s|\s+(?:is|are))\s+(?:the\s+|a\s+|an\s+)?(?P<d>[^?.!,]+?)|"
    r"what\s+does\s+(?:the\s+)?(?P<e>[^?.!,]+?)\s+(?:mean|stand for)"
    rf"){_FILLER_END}",
    re.I,
)


def quoted_phrases(text: str) -> list[str]:
    """Three or more words the asker puts between quotation marks, lowercased, single-spaced.

    >>> quoted_phrases("In welk antwoord staat 'Dat baart mij  zorgen'?")
    ['dat baart mij zorgen']
    """
    found = re.findall(r"['‘’\"“”]([^'‘’\"“”]{8,200})['‘’\"“”]", text)
    return [" ".join(q.split()).lower() for q in found if len(q.split()) >= 3]


def defined_term(text: str) -> str:
    """The name a question asks to explain ("wie is VELON eigenlijk?" -> "VELON"): an abbreviation or a name
    written with a capital, of at most three words; "" for anything else ("wat is de planning?").

    >>> defined_term("wie is VELON eigenlijk?"), defined_term("wat betekent bpv?"), defined_term("wat is de planning?")
    ('VELON', 'bpv', '')
    """
    m = _DEFINITION.match(text.strip())
    if m is None:
        return ""
    term = next(g for g in m.groups() if g is not None).strip()
    words = term.split()
    if not 1 <= len(words) <= 3 or any(w.lower() in _STOP_NL | QUESTION_WORDS for w in words[:1]):
        return ""
    named = any(
        (w.isupper() and len(w) > 1)
        or (w[:1].isupper() and not w.isupper())
        or (w.isalpha() and len(w) <= 4 and zipf(w.lower()) < ABBREVIATION_ZIPF and w.lower() not in _STOP_NL)
        for w in words
    )
    return term if named else ""


_ADDING_START = re.compile(r"^(?:(?:en|and)\s+)?(?:ook|verder|daarnaast|also)[,\s]\s*(?=\w)", re.I)


def question_parts(text: str) -> tuple[str, ...]:
    """The things a question asks, when there are several ("Met wie praat de minister, en is daar een datum voor?").

    >>> question_parts("Met welke partijen gaat de minister praten, en is daar een datum voor?")
    ('Met welke partijen gaat de minister praten', 'is daar een datum voor?')
    >>> question_parts("Wanneer komt de wet?")
    ()
    >>> question_parts("Noem de drie cijfers. Hoeveel is het per jaar?")
    ('Noem de drie cijfers.', 'Hoeveel is het per jaar?')
    >>> question_parts("Hoeveel wordt er in LOB geïnvesteerd en heeft dat al effect gehad?")
    ('Hoeveel wordt er in LOB geïnvesteerd', 'heeft dat al effect gehad?')
    """
    numbered = list(_NUMBERED.finditer(text))
    if len(numbered) >= 2:
        # "Twee dingen: 1) welke organisaties ..., 2) geef het citaat over ...": each numbered one is a part
        ends = [m.start() for m in numbered[1:]] + [len(text)]
        return tuple(text[m.end() : end].strip(" ,;") for m, end in zip(numbered, ends, strict=True))
    pieces: list[str] = []
    for sentence in _asking_sentences(text):
        pos = 0
        for m in _SECOND_PART.finditer(sentence):
            pieces.append(sentence[pos : m.start()] + ("?" if m.group(0).startswith("?") else ""))
            pos = m.end()
        pieces.append(sentence[pos:])
    pieces = [
        p.strip() for p in pieces if len(_WORD.findall(p)) >= 2 or (pieces and QUESTION_WORDS & set(p.lower().split()))
    ]
    # (a sentence of its own after a question mark, as a part after one within a sentence: "... start? also how much?")
    pieces = pieces[:1] + [_ADDING_START.sub("", p, count=1) for p in pieces[1:]]
    return tuple(pieces) if len(pieces) > 1 else ()


def _names_nothing_itself(text: str) -> bool:
    """A question that points back and names nothing specific of its own ("wanneer hoort de Kamer daar meer
    over?"); not one that names a thing, with a demonstrative or not ("wie maakt die tool?", "in welke sectoren is
    het het ergst?").

    >>> _names_nothing_itself("wanneer hoort de Kamer daar meer over?"), _names_nothing_itself("wie maakt die tool?")
    (True, False)
    """
    return points_back(text) and all(zipf(w) >= SPECIFIC_ZIPF for w in content_words(text))


def _history_context(history: Sequence[dict[str, str]]) -> tuple[str, str, tuple[int, ...], str]:
    """The last user question, the last answer, the questions that answer cited, and the thread: the user questions
    back to the last one that names something specific."""
    prev_user, prev_answer, cited, thread = "", "", (), ""
    done = False
    for msg in reversed(history):
        if msg["role"] == "assistant" and not prev_answer and not prev_user:
            prev_answer = msg["content"][:MAX_ANSWER_CONTEXT_CHARS]
            cited = tuple(dict.fromkeys(int(n) for n in _CITED.findall(prev_answer)))
        if msg["role"] == "user":
            # a bare "waarom?" is about the question before it: that one names the subject
            if not done:
                prev_user = f"{msg['content']} {prev_user}".strip()[:MAX_CONTEXT_CHARS]
                done = bool(content_words(msg["content"]))
            # (one that points back and names nothing specific, "wanneer hoort de Kamer daar meer over?", too)
            thread = f"{msg['content']} {thread}".strip()[:MAX_CONTEXT_CHARS]
            if content_words(msg["content"]) and not _names_nothing_itself(msg["content"]):
                break
    return prev_user, prev_answer, cited, thread


_HOW_LONG = re.compile(
    r"\b(?:hoe lang (?:duurt|duren|moet|moeten|wacht|wachten|ben|is|zijn|gaat|kan|mag)|hoeveel tijd|"
    r"how long (?:does|do|is|are|will|must|should|until))\b",
    re.I,
)
_HOW_OFTEN = re.compile(r"\b(?:hoe vaak|hoe regelmatig|hoeveel keer|how often|how many times)\b", re.I)


def names_money(text: str) -> bool:
    """Whether a text names money, as a subject or as what is asked ("geld", "stagevergoeding", "betalen").

    >>> names_money("heb ik recht op geld?"), names_money("een verplichte stagevergoeding"), names_money("een meldpunt")
    (True, True, False)
    """
    return bool(dict(_ASKED_FACTS)["money"].search(text))


_HOW_HIGH = re.compile(r"\b(?:hoe hoog|(?:even|net zo|zo) hoog|evenveel|net zo ?veel|how (?:high|much))\b", re.I)


def asked_facts(text: str, kind: AnswerType | None) -> tuple[str, ...]:
    """The kinds of fact a question asks for ("money", "amount", "date", "payer", ...), given its answer type."""
    asked = tuple(name for name, pattern in _ASKED_FACTS if pattern.search(text))
    if (
        "money" in asked
        and (
            kind not in ("amount",)
            or re.search(r"\b(?:hoeveel|welke?|met hoeveel) (?:procent|percentage|aandeel|deel)\b", text, re.I)
        )
        and not re.search(
            # "noemt de minister een bedrag of minimumhoogte?": an amount asked for by name
            # "even hoog als voor hbo?": how much, compared
            r"\b(?:welke boete|hoe hoog|zoveel|evenveel|net zo veel|(?:even|net zo|zo) hoog|gelijkwaardig\w*|"
            r"(?:een|geen|welk) (?:\w*bedrag|\w*hoogte)|"
            # "zegt de minister iets over het budget?": whether there is one
            r"(?:iets|wat|niets) over (?:het|de|een) \w*(?:budget|bedrag|kosten)\w*|"
            # ("wat wordt het minimumbedrag per maand?": the sum asked for by name)
            r"(?:wat|welk) (?:is|zijn|was|waren|wordt|worden|zal|zou) (?:het|de) "
            r"\w*(?:bedrag|budget|kosten)\w*)\b",
            text,
            re.I,
        )
    ):
        asked = tuple(a for a in asked if a != "money")  # money is the subject, not the asked-for fact
    # ("stijgt het aantal inschrijvingen?": a direction, which a sentence says without a figure)
    trend = asks_trend(text, kind)
    figures = _FIGURES.search(text) and not trend
    if (figures or (_COMPARES.search(text) and kind in (None, "yesno", "who") and not trend)) and "amount" not in asked:
        asked = (*asked, "amount")
    if kind == "amount" and _HOW_LONG.search(text) and "money" not in asked:
        # "hoe lang duurt dat?": a duration, which a figure about something else does not give
        return ("duration", *(a for a in asked if a != "amount"))
    if kind == "amount" and _HOW_OFTEN.search(text) and "money" not in asked:
        # "hoe vaak moet die langskomen?": a frequency, which a figure about something else does not give
        return ("frequency", *(a for a in asked if a != "amount"))
    if kind == "amount" and "money" not in asked and "amount" not in asked:
        asked = ("amount", *asked)
    if kind == "date":
        asked = ("date", *asked)
    if kind == "who" and _PAYS.search(text):
        asked = (*asked, "payer")  # "wie betaalt dat?": answered only where the letter says who pays or funds it
    return asked


def understand(
    text: str,
    history: Sequence[dict[str, str]] = (),
    *,
    valid_questions: Sequence[int] = (),
    self_contained: float | None = None,
) -> Question:
    """Read a (clean) question in the context of the conversation.

    ``self_contained`` is how much of the question the corpus covers on its own (0-1), when the caller can
    tell: a short question with a pronoun that finds its own answer is not treated as a follow-up.
    """
    if not re.search(r"\w", text):
        return Question(text, text, "empty")
    prev_user, prev_answer, cited, thread = _history_context(history)
    language = detect_language(text)
    if len(_WORD.findall(text)) <= 3 and prev_user:
        language = detect_language(f"{prev_user} {text}")  # "and when?" is too short to tell on its own
    qnum = None
    if m := _QNUM.search(text):
        n = int(m.group(1))
        if not valid_questions or n in valid_questions:
            qnum = n
    about_letter = (
        _META.search(text)
        or (_META_WEAK.search(text) and _META_LETTER.search(text) and len(focus_words(text)) <= 4)
        # ("wanneer is de brief verstuurd?", not "wat zegt de brief over de Talentstrategie en wanneer ...?")
        or (
            _META_WHEN.search(text)
            and _META_LETTER.search(text)
            and len(words := focus_words(text)) <= 2
            and all(max(zipf(w), zipf_en(w)) >= SPECIFIC_ZIPF for w in words)
        )
        # "en aan wie is hij gericht?" right after an answer about the letter itself
        or (
            _META_WEAK.search(text)
            and f"[{texts.MARKER_LETTER}]" in prev_answer
            and not cited
            and len(focus_words(text)) <= 2
        )
    )
    intent: Intent
    if _INJECTION.search(text):
        intent = "injection"
    elif _OPINION.search(text):
        intent = "opinion"
    elif (
        qnum is None
        and overview_kind(text) is not None  # before metadata: "toezeggingen met een datum"
        # ("en wat gaat het kabinet doen?" right after an answer goes on about what it discussed; so does "wat gaat
        # de minister doen" unless it asks about the whole letter: "welke toezeggingen staan er in de brief?")
        and not (prev_user and (_CONNECTIVE.search(text) or not _WHOLE_LETTER.search(text)))
    ):
        intent = "overview"
    elif about_letter and not _OTHER_DOCUMENT.search(text):
        intent = "metadata"
    elif qnum is not None and _ASKS_QUESTION_TEXT.search(asking(text)):  # (not "In vraag 9 vroeg de commissie ...")
        intent = "question_text"
    elif qnum is not None and (_WHOLE.search(text) or len(focus_words(_QNUM.sub(" ", text))) <= 1):
        intent = "whole"
    elif _LINKS.search(text) and not _ASKED_FACTS_SOURCE.search(text):
        intent = "links"
    else:
        intent = "question_text" if _ASKS_QUESTION_TEXT.search(asking(text)) else "content"
    focus = focus_words(text)
    followup = False
    if prev_user and qnum is None and not _NEW_TOPIC.search(text) and intent not in ("metadata", "injection"):
        content = [
            w
            for w in _WORD.findall(text.lower())
            if w not in _STOP_NL and w not in QUESTION_WORDS and w not in _FILLER_WORDS
        ]
        if (
            _CONNECTIVE.search(text)
            or len(content) <= 1
            or (_ANAPHOR.search(text) and len(content) <= 3)
            or definite_back(text)  # "wat is uiteindelijk de zwaarste sanctie?": of what was discussed
            # "volgens welk onderzoek?": where what was just said comes from
            or (_ASKED_FACTS_SOURCE.search(text) and len(content) <= 3)
            # "waarom niet meteen een wet?": why not instead of what was just said
            or (_WHY_NOT.match(text) and len(content) <= 4)
        ):
            followup = True
        elif _ANAPHOR.search(text) and len(content) <= 6:
            followup = self_contained is None or self_contained < 0.6
    kind = answer_type(text)
    if kind is None and asks_a_case(text):
        kind = "consequence"  # "en als het niet werkt, wat dan?": what follows in that case
    if kind is None and followup and asks_same_for(text):
        # "en voor bbl?" after "hoeveel procent van de bol-studenten is tevreden?": the same question for another
        kind = answer_type(prev_user)
        asked = asked_facts(prev_user, kind)
    else:
        asked = asked_facts(text, kind)
    for part in question_parts(text):  # "Hoeveel wordt er geïnvesteerd, en welk percentage ...?": money is asked
        asked += tuple(a for a in asked_facts(part, answer_type(part)) if a == "money" and a not in asked)
    if followup and "money" not in asked and _HOW_HIGH.search(text) and names_money(prev_user):
        # "wordt die net zo hoog als voor hbo?" after a question about a payment: how much it is, which "die" names
        asked += ("money",)
    search = f"{prev_user} {text}" if followup else asked_part(text)
    if kind != "date" and "date" not in asked:
        search = without_askers_time(search)  # "ik wil na de zomer ...": not the letter's "voor de zomer"
    said = (prev_user + " " + prev_answer).lower()
    # Common words ("nodig", "betaalt") bring no subject of their own, unless they ask for a figure that may sit
    # elsewhere in the letter ("en hoeveel geld krijgt een gemeente?").
    # "hoe vaak is dat al gebeurd?" points back with "dat" and names nothing new: about the discussed case
    lenient = not {"money", "amount"} & set(asked) or points_back(text)
    # "En als dat gesprek niets oplevert?" is about what was being discussed, whatever its words
    anchored = followup and (
        asks_a_case(text)
        or definite_back(text)  # "wat zijn de opties?": of what was discussed
        # "en heeft het al wat opgeleverd?": what was discussed is its subject, and it names nothing else
        or (points_back(text) and len(content_words(text)) <= 1)
        or all(
            w in said
            or (len(w) <= 3 and zipf(w) >= ABBREVIATION_ZIPF)  # (an abbreviation is a subject: "en voor bbl?")
            or _ANAPHOR.fullmatch(w)
            or (lenient and zipf(w) >= SPECIFIC_ZIPF)
            for w in focus
        )
    )
    return Question(
        text=text,
        search_text=search,
        intent=intent,
        question=qnum,
        answer_type=kind,
        focus=focus,
        asked_facts=asked,
        language=language,
        followup=followup,
        context_questions=cited if followup else (),
        previous=prev_user if followup else "",
        thread=thread if followup else "",
        previous_answer=prev_answer,
        shown="\n".join(m["content"][:MAX_ANSWER_CONTEXT_CHARS] for m in history if m["role"] == "assistant")[
            -3 * MAX_ANSWER_CONTEXT_CHARS :
        ],
        anchored=anchored,
        position=position_asked(text),
        # "mag dat op zondag? hoeveel uur per week mag een stage zijn": the subject of a later question too
        subject=next((x for x in map(subject_of, [text, *re.split(r"(?<=[?!])\s+", text)]) if x), ""),
        parts=question_parts(text),
        overview=overview_kind(text) if intent == "overview" else None,
    )
