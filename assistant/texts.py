"""Every text the assistant shows a user, in one place (Dutch first; English where a question is English).

Keep the wording plain (B1): students read these too.
"""

from __future__ import annotations

EMPTY_QUESTION = "Stel een vraag over de brief, bijvoorbeeld: “{example}”"
NO_WORDS = "Ik zie geen woorden in je bericht. Stel je vraag over de brief in woorden, bijvoorbeeld: “{example}”"
TOO_LONG = "Je vraag is te lang ({length} tekens). Houd het bij maximaal {limit} tekens."

# Declining. {topics}: the letter's topics in one line (from its questions); {hint}: Settings.refusal_hint.
DECLINE = "De brief gaat hier niet over."
DECLINE_EN = "The letter does not cover this."
DECLINE_WORDS = "De brief gaat niet over {words}."
DECLINE_WORDS_EN = "The letter does not mention {words}."
TOPICS = "De brief gaat wel over: {topics}."
TOPICS_EN = "The letter is about: {topics}."
REFUSAL_HINT = "Met een vraag over iets anders kun je het best terecht bij de organisatie die erover gaat."
REFUSAL_HINT_EN = "For other questions, please ask the organisation responsible."
OPINION = (
    "Ik geef geen mening over personen of partijen. Ik kan wel vertellen wat er in de brief staat, "
    "bijvoorbeeld over {topics}."
)
OPINION_EN = "I do not give opinions about people or parties; I can tell you what the letter says."
INJECTION = "Ik beantwoord alleen vragen over de inhoud van de brief ({letter}). Instructies in een vraag volg ik niet."
INJECTION_EN = (
    "I only answer questions about the content of the letter ({letter}). I do not follow instructions given in a "
    "question."
)

# Framing a group of quotes. {sender}: "de minister", "de staatssecretaris" (from the letter's metadata).
FRAME_ANSWER = "In het antwoord op vraag {question} ({topic}) schrijft {sender}:"
FRAME_ANSWER_EN = "In the answer to question {question} ({topic}), {sender} writes:"
FRAME_QUESTION = "De commissie vraagt in vraag {question} ({topic}):"
FRAME_QUESTION_EN = "The committee asks in question {question} ({topic}):"
FRAME_COMMITTEE_FIGURE = (
    "Dit cijfer staat alleen in de vraag van de commissie (vraag {question}), niet in het antwoord:"
)
WHOSE_COMMITTEE = (
    "Het cijfer {value} komt niet van {sender}: het staat alleen in de vraag van de commissie (vraag {question}): "
    "“{quote}” [vraag {question}]"
)
WHOSE_COMMITTEE_EN = (
    "The figure {value} is not {sender}'s: it is only in the committee's question (question {question}): “{quote}” "
    "[vraag {question}]"
)
WHOSE_COMMITTEE_SHORT = (
    "Het cijfer {value} komt niet van {sender}: het staat alleen in de vraag van de commissie (vraag {question})."
)
WHOSE_COMMITTEE_SHORT_EN = "The figure {value} is not {sender}'s: it is only in the committee's question ({question})."
FRAME_COMMITTEE_FIGURE_EN = "This figure is only in the committee's question ({question}), not in the answer:"
FRAME_LETTER = "In de brief staat:"
FRAME_LETTER_EN = "The letter says:"
FRAME_FOOTNOTE = "In voetnoot {footnote} bij vraag {question} staat:"
FRAME_FOOTNOTE_EN = "Footnote {footnote} to question {question} says:"
FRAME_LINKED = "In {title} (gelinkt in voetnoot {footnote} bij vraag {question}) staat:"
FRAME_LINKED_EN = "{title} (linked in footnote {footnote} to question {question}) says:"
FRAME_SOURCE = "In {title} staat:"
FRAME_SOURCE_EN = "{title} says:"
ENGLISH_NOTE = "Note: the letter is in Dutch; the quotes above are its own words."
# An English reader's key to when things happen in the Dutch quotes (Kamerbrief phrasing; the year as written).
TIME_PHRASES_EN = (
    (r"\bbegin (\d{4})\b", "early {0}"),
    (r"\beind (\d{4})\b", "the end of {0}"),
    (r"\bmedio (\d{4})\b", "mid-{0}"),
    (r"\bin de loop van (\d{4})\b", "in the course of {0}"),
    (r"\btot en met (\d{4})\b", "up to and including {0}"),
    (r"\bvoor de zomer\b", "before the summer"),
    (r"\bna de zomer\b", "after the summer"),
    (r"\bbinnenkort\b", "soon (no date)"),
    (r"\bde komende periode\b", "in the coming period"),
)
TIME_KEY_EN = "When, in these quotes: {items}."
TIME_ITEM_EN = "“{dutch}” = {english}"
SENDER = {"minister": "de minister", "staatssecretaris": "de staatssecretaris"}
SENDER_EN = {"minister": "the minister", "staatssecretaris": "the state secretary"}
SENDER_DEFAULT = "de afzender"
SENDER_DEFAULT_EN = "the sender"

LINK = "Meer informatie: [{title}]({url})"
LINK_EN = "More information: [{title}]({url})"
LINK_MISSING = "De brief verwijst naar “{title}”, maar geeft daar geen link bij."
LINK_MISSING_EN = "The letter refers to “{title}” but gives no link for it."

# /api/health while the vector store (a Chroma server) cannot be reached: answers still come, from memory.
DEGRADED = "The index server cannot be reached; answering from the passages held in memory."

# Before a quote from earlier in the same answer than the quote shown before it (the answering sentence leads).
EARLIER = "Eerder in hetzelfde antwoord:"
EARLIER_EN = "Earlier in the same answer:"
LATER = "Verderop in hetzelfde antwoord:"
LATER_EN = "Later in the same answer:"
EARLIER_QUESTION = "Eerder in dezelfde vraag van de commissie:"
EARLIER_QUESTION_EN = "Earlier in the same committee question:"

# Partly covered: said first, then what the letter does say.
NOT_IN_LETTER = {
    "amount": "De brief noemt hiervoor geen bedrag of aantal.",
    "percentage": "De brief noemt hiervoor geen percentage.",
    "count": "De brief noemt hiervoor geen aantal {words}.",
    "count_vague": "De brief noemt hiervoor geen precies aantal {words}.",
    "count_total": "De brief noemt geen totaal aantal {words}.",
    "total": "De brief noemt hiervoor geen totaal.",
    "money": "De brief noemt hiervoor geen bedrag.",
    "date": "De brief noemt hiervoor geen datum.",
    "start": "De brief noemt geen datum waarop dit ingaat.",
    "years": "De brief noemt geen cijfers over {years}.",
    "payer": "De brief zegt niet wie dit betaalt.",
    "doer": "De brief zegt niet wie dit {verb}.",
    "frequency": "De brief zegt niet hoe vaak.",
    "duration": "De brief zegt niet hoe lang dit duurt.",
    "definition": "De brief noemt {words} alleen hier; meer zegt de brief er niet over:",
    "unlisted": "De brief noemt de {words}, maar somt ze niet op.",
    "words": "Het woord {words} komt in de brief niet voor.",
    "names": "De brief noemt {words} niet.",
    "unanswered": (
        "De commissie vroeg in vraag {question} naar {words}; in het antwoord van {sender} komt dat niet voor."
    ),
}
NOT_IN_LETTER_EN = {
    "amount": "The letter gives no amount or number for this.",
    "percentage": "The letter gives no percentage for this.",
    "count": "The letter gives no number of {words} for this.",
    "count_vague": "The letter gives no exact number of {words} for this.",
    "count_total": "The letter gives no total number of {words}.",
    "total": "The letter gives no total for this.",
    "money": "The letter gives no amount of money for this.",
    "date": "The letter gives no date for this.",
    "start": "The letter does not say when this takes effect.",
    "years": "The letter gives no figures for {years}.",
    "payer": "The letter does not say who pays for this.",
    "doer": "The letter does not say who does this.",
    "frequency": "The letter does not say how often.",
    "duration": "The letter does not say how long this takes.",
    "definition": "The letter mentions {words} only here, and says no more about it:",
    "unlisted": "The letter mentions the {words}, but does not list them.",
    "words": "The word {words} does not occur in the letter.",
    "names": "The letter does not mention {words}.",
    "unanswered": "The committee asked about {words} in question {question}; {sender}'s answer does not mention it.",
}
# What another part of a question of several asks for ("..., en hoe hoog wordt het?") and the letter does not give.
ALSO_NOT_IN_LETTER = {
    "amount": "Een bedrag of aantal noemt de brief hiervoor niet.",
    "count": "Het aantal {words} noemt de brief hiervoor niet.",
    "count_vague": "Een precies aantal {words} noemt de brief hiervoor niet.",
    "count_total": "Een totaal aantal {words} noemt de brief niet.",
    "money": "Een bedrag noemt de brief hiervoor niet.",
    "date": "Een datum noemt de brief hiervoor niet.",
    "duration": "Hoe lang dit duurt, zegt de brief niet.",
    "start": "Wanneer dit ingaat, zegt de brief niet.",
    "words": "Het woord {words} komt in de brief niet voor.",
}
ALSO_NOT_IN_LETTER_EN = {
    "amount": "The letter gives no amount or number for this.",
    "count": "The letter gives no number of {words}.",
    "count_vague": "The letter gives no exact number of {words}.",
    "count_total": "The letter gives no total number of {words}.",
    "money": "The letter gives no amount of money for this.",
    "date": "The letter gives no date for this.",
    "duration": "The letter does not say how long this takes.",
    "start": "The letter does not say when this takes effect.",
    "words": "The word {words} does not occur in the letter.",
}
# A yes/no question about a right or duty, answered by a plan of the sender (and nothing saying it applies now).
PLAN_NOT_RULE = "Volgens de brief is dit een plan; er staat niet in dat het nu al geldt."
PLAN_NOT_RULE_EN = "The letter describes this as a plan; it does not say that it applies now."
# "Wat moet ik doen?" when none of the quoted sentences gives a step the asker can take.
NOT_APART = "Het antwoord in de brief noemt {group} niet apart."
NOT_APART_EN = "The letter's answer does not mention {group} separately."
NO_PENALTY_FOR = "De brief noemt geen {what} voor {party}. Wel staat erin:"
NO_PENALTY_FOR_EN = "The letter names no {what} for {party}. What it does say:"
NO_RIGHT = "De brief zegt niet dat je recht hebt op {what}."
NO_RIGHT_EN = "The letter does not say that you are entitled to {what}."
# "mijn begeleider komt nooit langs, mag dat?" when none of the quoted sentences says what may or must.
NO_PERMISSION = "De brief zegt niet of dat mag."
NO_PERMISSION_EN = "The letter does not say whether that is allowed."
NO_STEP = "De brief zegt niet wat je zelf kunt doen. Wel staat erin:"
NO_STEP_EN = "The letter does not say what you can do yourself. What it does say:"
# A follow-up about a case ("en als dat niet lukt?") that the letter answers only with what was shown already.
NO_REASON = "De brief geeft hiervoor geen reden. Wel staat erin:"
NO_REASON_EN = "The letter gives no reason for this. What it does say:"
NOTHING_NEW_IF = "De brief zegt niet wat er in dat geval gebeurt. Wel staat erin:"
NOTHING_NEW_IF_EN = "The letter does not say what happens in that case. What it does say:"
PARTIAL_BRIDGE = "Wel staat erin:"
PARTIAL_BRIDGE_EN = "What it does say:"

MARKER_LETTER = "brief"  # the citation marker for the header, intro and signature: [brief]


# The web app.
UI_TITLE = "Vraag het de Kamerbrief"
UI_SUBTITLE = "Stel een vraag over de brief van {sender} ({letter}) over {topics}."
UI_DISCLAIMER = (
    "Antwoorden komen alleen uit de brief en de bronnen waar die naar verwijst, met citaten die je kunt "
    "controleren. Dit is geen juridisch advies: check de bron bij twijfel."
)
UI_PLACEHOLDER = "Typ je vraag, bijvoorbeeld: {example}"
# Example questions, filled with the topics of the letter's questions and its sender.
UI_EXAMPLES_STUDENTS = ["Wat zegt de brief over {topic}?", "Wat kan ik doen als het gaat om {topic}?"]
UI_EXAMPLES_JOURNALISTS = [
    "Welke cijfers noemt {sender} over {topic}?",
    "Wat belooft {sender} over {topic}?",
    "Wat staat er in vraag {number}?",
]
UI_SOURCES = "Bronnen in dit antwoord"
UI_SOURCE_HINT = "Kies een bron om de passage uit de brief te zien."
UI_CITATION = "Bronvermelding (kopieer)"
UI_QUESTIONS = "De vragen uit de brief"
UI_QUESTION_PICK = "Kies een vraag"
UI_FEEDBACK_COMMENT = "Opmerking bij het laatste antwoord (optioneel)"
UI_FEEDBACK_SEND = "Stuur opmerking"
UI_FEEDBACK_THANKS = "Bedankt voor je feedback."
UI_LOADING = "De assistent wordt gestart en de brief wordt ingelezen. Probeer het over een paar seconden opnieuw."
UI_ERROR = "Er ging iets mis bij het beantwoorden. Probeer het opnieuw."
RATE_LIMITED = "Je stelt veel vragen achter elkaar. Wacht even en probeer het over een minuut opnieuw."
TOO_LARGE = "Het verzoek is te groot."
BAD_REQUEST = "Het verzoek klopt niet: {detail}"
UNAVAILABLE = "De assistent is tijdelijk niet beschikbaar. Probeer het later opnieuw."
NOT_READY = "De assistent is nog niet klaar met opstarten. Probeer het zo opnieuw."
INTERNAL = "Er ging iets mis aan onze kant. Probeer het later opnieuw."
PAUSED = "De assistent beantwoordt tijdelijk geen vragen. Probeer het later opnieuw."
TOO_SLOW = "Het verzoek kwam te langzaam binnen. Probeer het opnieuw."
NOT_FOUND = "Deze pagina of functie bestaat niet."
EMBED_TITLE = "Vraag het de Kamerbrief"
WIDGET_OPEN = "Open de chat over de Kamerbrief"
WIDGET_CLOSE = "Sluit de chat"
PANEL_QUESTION = "Vraag {question} van de commissie"
PANEL_ANSWER = "Antwoord van de minister"
PANEL_LINKS = "Links in de voetnoten"
PANEL_NO_LINK = "(geen link in de brief)"
CITATION_FORMAT = "{letter}, antwoord op vraag {question}: “{quote}”"
CITATION_FORMAT_LETTER = "{letter}: “{quote}”"

LLM_FALLBACK = "(Het taalmodel gaf geen antwoord dat gecontroleerd kon worden; dit is wat de brief zelf zegt.)"
UI_MORE = "Meer uit de brief"

# The letter at a glance (chat answers from the overview, the "Overzicht" tab, /api/overview).
UNKNOWN_SOURCE = "Er is geen brief met de naam “{source}”."
OVERVIEW_COMMITMENTS = "Toezeggingen van {sender} in {letter}, op volgorde van datum:"
OVERVIEW_COMMITMENTS_EN = "Commitments by {sender} in {letter}, by date:"
OVERVIEW_UNDATED = "zonder datum"
OVERVIEW_UNDATED_EN = "no date"
OVERVIEW_NO_COMMITMENTS = "In {letter} staan geen zinnen waarin {sender} iets toezegt."
OVERVIEW_NO_COMMITMENTS_EN = "{letter} contains no sentence in which {sender} commits to something."
OVERVIEW_FIGURES_COMMITTEE = "Cijfers van de commissie (in haar vragen, niet van {sender}):"
OVERVIEW_FIGURES_COMMITTEE_EN = "Figures from the committee (in its questions, not from {sender}):"
OVERVIEW_FIGURES_SENDER = "Cijfers in de antwoorden van {sender}:"
OVERVIEW_FIGURES_SENDER_EN = "Figures in the answers of {sender}:"
OVERVIEW_FIGURES_DATES = "Data en jaartallen staan bij de toezeggingen (vraag: “Wat belooft de minister?”)."
OVERVIEW_FIGURES_DATES_EN = "Dates and years are listed with the commitments (ask: “What does the minister promise?”)."
OVERVIEW_NO_FIGURES = "In {letter} staan geen cijfers."
OVERVIEW_NO_FIGURES_EN = "{letter} contains no figures."
OVERVIEW_UNANSWERED = (
    "Deelvragen van de commissie waarop in het antwoord geen zin direct ingaat (een aanwijzing uit de tekst, "
    "geen oordeel over {sender}):"
)
OVERVIEW_UNANSWERED_EN = (
    "Parts of the committee's questions that no sentence of the answer addresses directly (a pointer from the "
    "text, not a verdict on {sender}):"
)
OVERVIEW_ALL_ANSWERED = (
    "Op elke deelvraag van de commissie gaat in {letter} minstens één zin van het antwoord in. Of dat antwoord "
    "volledig is, kun je per vraag nalezen in de brief."
)
OVERVIEW_ALL_ANSWERED_EN = (
    "Every part of the committee's questions in {letter} is addressed by at least one sentence of the answer. "
    "Whether that answer is complete, you can check per question in the letter."
)
OVERVIEW_REFERENCES = "De brief ({letter}) verwijst naar deze Kamerstukken en, in de voetnoten, deze bronnen:"
OVERVIEW_REFERENCES_EN = "The letter ({letter}) refers to these Kamerstukken and, in its footnotes, these sources:"
OVERVIEW_NO_REFERENCES = "{letter} verwijst niet naar andere Kamerstukken en heeft geen voetnoten met links."
OVERVIEW_NO_REFERENCES_EN = "{letter} refers to no other Kamerstuk and has no footnotes with links."
OVERVIEW_FOOTNOTE = "voetnoot {footnote}: "

# The "Overzicht" tab.
UI_TAB_CHAT = "Chat"
UI_TAB_OVERVIEW = "Overzicht"
UI_OVERVIEW_INTRO = (
    "De brief in één oogopslag: wat {sender} toezegt en wanneer, welke cijfers erin staan en van wie ze komen, "
    "welke deelvragen van de commissie een direct antwoord krijgen, en waarnaar de brief verwijst. Elk punt komt "
    "letterlijk uit de brief; kies een rij om de passage te zien."
)
UI_TIMELINE = "Tijdlijn van de toezeggingen"
UI_TIMELINE_SOON = "Binnenkort of zonder datum"
UI_TIMELINE_LETTER = "datum van de brief"
UI_COMMITMENTS = "Toezeggingen"
UI_FIGURES = "Cijfers"
UI_SUBQUESTIONS = "Deelvragen en antwoorden"
UI_REFERENCES = "Verwijzingen"
UI_PASSAGE = "De passage in de brief"
UI_DOWNLOAD_COMMITMENTS = "Download toezeggingen (CSV)"
UI_DOWNLOAD_FIGURES = "Download cijfers (CSV)"
UI_OWNER = {"committee": "commissie", "sender": "{sender}"}
UI_NO_EVIDENCE = "geen direct antwoord gevonden"
UI_INTRO = "inleiding"
UI_FIGURE_KIND = {
    "amount": "bedrag",
    "percentage": "percentage",
    "count": "aantal",
    "date": "datum",
    "duration": "duur",
    "ratio": "verhouding",
}
UI_REFERENCE_STATUS = {
    "kamerstuk": "officiële publicatie",
    "indexed": "opgehaald en doorzoekbaar",
    "failed": "ophalen mislukt",
    "not_fetched": "nog niet opgehaald",
    "no_link": "geen link in de brief",
}
