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
