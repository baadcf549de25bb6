"""Every text the assistant shows a user, in one place (Dutch first; English where a question is English).

Keep the wording plain (B1): students read these too.
"""

from __future__ import annotations

EMPTY_QUESTION = "Stel een vraag over de brief, bijvoorbeeld: “Heb ik recht op een stagevergoeding?”"
TOO_LONG = "Je vraag is te lang ({length} tekens). Houd het bij maximaal {limit} tekens."

REFUSAL = "De brief zegt hierover niets."
REFUSAL_EN = "The letter does not say anything about this."
REFUSAL_SUGGEST = "De brief beantwoordt wel vragen over:"
REFUSAL_SUGGEST_EN = "The letter does answer questions about:"
INJECTION = (
    "Ik beantwoord alleen vragen over de inhoud van de brief (Kamerstuk 31524, nr. 707). "
    "Instructies in een vraag volg ik niet."
)
INJECTION_EN = (
    "I only answer questions about the content of the letter (Kamerstuk 31524, nr. 707). "
    "I do not follow instructions given in a question."
)

FRAME_ANSWER = "In het antwoord op vraag {question} schrijft de minister:"
FRAME_ANSWER_EN = "In the answer to question {question}, the minister writes (in Dutch):"
FRAME_QUESTION = "De commissie vraagt in vraag {question}:"
FRAME_QUESTION_EN = "The committee asks in question {question} (in Dutch):"
FRAME_LETTER = "In de brief staat:"
FRAME_LETTER_EN = "The letter says (in Dutch):"
FRAME_FOOTNOTE = "In voetnoot {footnote} bij vraag {question} staat:"
FRAME_FOOTNOTE_EN = "Footnote {footnote} to question {question} says (in Dutch):"
FRAME_LINKED = "In {title} (gelinkt in voetnoot {footnote} bij vraag {question}) staat:"
FRAME_LINKED_EN = "{title} (linked in footnote {footnote} to question {question}) says (in Dutch):"
FRAME_SOURCE = "In {title} staat:"
FRAME_SOURCE_EN = "{title} says (in Dutch):"

LINK = "Meer informatie: [{title}]({url})"
LINK_EN = "More information: [{title}]({url})"
LINK_MISSING = "De brief verwijst naar “{title}”, maar geeft daar geen link bij."
LINK_MISSING_EN = "The letter refers to “{title}” but gives no link for it."

NOT_IN_LETTER = {
    "amount": "Een bedrag of aantal hiervoor staat niet in de brief.",
    "date": "Een datum of termijn hiervoor staat niet in de brief.",
}
NOT_IN_LETTER_EN = {
    "amount": "The letter gives no amount or number for this.",
    "date": "The letter gives no date or deadline for this.",
}

MARKER_LETTER = "brief"  # the citation marker for the header, intro and signature: [brief]


# The web app.
UI_TITLE = "Vraag het de Kamerbrief"
UI_SUBTITLE = (
    "Stel een vraag over de brief van de minister van OCW over het mbo, stages, stagediscriminatie en "
    "stagevergoeding (Kamerstuk 31524, nr. 707, 25 juni 2026)."
)
UI_DISCLAIMER = (
    "Antwoorden komen alleen uit de brief en de bronnen waar die naar verwijst, met citaten die je kunt "
    "controleren. Dit is geen juridisch advies: check de bron bij twijfel."
)
UI_PLACEHOLDER = "Typ je vraag, bijvoorbeeld: Heb ik recht op een stagevergoeding?"
UI_EXAMPLES_STUDENTS = [
    "Heb ik recht op een stagevergoeding?",
    "Waar kan ik stagediscriminatie melden?",
    "Ik heb extra ondersteuning nodig op school, waar vind ik informatie?",
]
UI_EXAMPLES_JOURNALISTS = [
    "Hoeveel mbo-studenten kunnen geen stageplek vinden?",
    "Wanneer wil de minister het wetsvoorstel voor de stagevergoeding publiceren?",
    "Wat zegt de minister over de meldpunten voor stagediscriminatie?",
]
UI_SOURCES = "Bronnen in dit antwoord"
UI_SOURCE_HINT = "Kies een bron om de passage uit de brief te zien."
UI_CITATION = "Bronvermelding (kopieer)"
UI_QUESTIONS = "De tien vragen uit de brief"
UI_QUESTION_PICK = "Kies een vraag"
UI_FEEDBACK_COMMENT = "Opmerking bij het laatste antwoord (optioneel)"
UI_FEEDBACK_SEND = "Stuur opmerking"
UI_FEEDBACK_THANKS = "Bedankt voor je feedback."
UI_LOADING = "De assistent wordt gestart en de brief wordt ingelezen. Probeer het over een paar seconden opnieuw."
UI_ERROR = "Er ging iets mis bij het beantwoorden. Probeer het opnieuw."
RATE_LIMITED = "Je stelt veel vragen achter elkaar. Wacht even en probeer het over een minuut opnieuw."
TOO_LARGE = "Het verzoek is te groot."
BAD_REQUEST = "Het verzoek klopt niet: {detail}"
NOT_READY = "De assistent is nog niet klaar met opstarten. Probeer het zo opnieuw."
INTERNAL = "Er ging iets mis aan onze kant. Probeer het later opnieuw."
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
