"""The verification gate (assistant/verify.py) on small documents made with parse_text."""

from __future__ import annotations

import pytest

from assistant.documents import Citation
from assistant.parse import parse_text
from assistant.verify import Verifier, normalise, numbers_supported

LETTER = """\
Den Haag, 3 maart 2026

Hierbij stuur ik u de antwoorden op de vragen van de commissie.

1. Hoeveel studenten zoeken een stage?

Op dit moment zoeken 1.234 studenten een stageplek. Dat is minder dan vorig jaar.

Daarom blijven we het aantal studenten volgen.

2. Wanneer komt de nieuwe regeling?

De regeling gaat in op 1 januari 2027. Scholen krijgen daarvoor 12,5 miljoen euro.

De minister van Onderwijs, Cultuur en Wetenschap,
A.B. Voorbeeld
"""

SOURCE = "brief.md"


@pytest.fixture(scope="module")
def doc():
    return parse_text(LETTER, SOURCE)


@pytest.fixture
def verifier(doc):
    return Verifier({SOURCE: doc})


def cite(quote: str, question: int | None, source: str = SOURCE) -> Citation:
    return Citation(question=question, quote=quote, source=source)


def test_the_test_document_parses_into_two_questions(doc):
    assert [s.number for s in doc.questions] == [1, 2]


@pytest.mark.parametrize(
    ("quote", "question"),
    [
        ("Op dit moment zoeken 1.234 studenten een stageplek.", 1),
        ("Dat is minder dan vorig jaar.", 1),
        ("Daarom blijven we het aantal studenten volgen.", 1),
        ("De regeling gaat in op 1 januari 2027.", 2),
        ("Hoeveel studenten zoeken een stage?", 1),  # the committee's question text counts for its question
        ("Hierbij stuur ik u de antwoorden op de vragen van de commissie.", None),  # intro: the letter itself
        ("Den Haag, 3 maart 2026", None),
    ],
)
def test_a_verbatim_quote_holds(verifier, doc, quote, question):
    assert verifier.check(cite(quote, question))
    span = verifier.locate(cite(quote, question))
    assert span is not None
    assert normalise(doc.text[span[0] : span[1]]) == normalise(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Op  dit moment zoeken\n1.234 studenten   een stageplek.",
        "  Op dit moment zoeken 1.234 studenten een stageplek.\t",
        "Op dit\u00a0moment zoeken 1.234 studenten een stageplek.",
    ],
)
def test_whitespace_differences_are_ignored(verifier, quote):
    assert verifier.check(cite(quote, 1))


@pytest.mark.parametrize(
    "quote",
    [
        "Op dit moment zoeken 1.243 studenten een stageplek.",  # a changed number
        "Op dit moment zoeken 1.234 leerlingen een stageplek.",  # a changed word
        "Op dit moment zoeken 1.234 studenten geen stageplek.",  # a negation slipped in
        "Dat is meer dan vorig jaar.",
        "De regeling gaat in op 1 januari 2028.",
    ],
)
def test_a_changed_quote_fails(verifier, quote):
    question = 2 if "regeling" in quote else 1
    assert not verifier.check(cite(quote, question))
    assert verifier.locate(cite(quote, question)) is None


@pytest.mark.parametrize(
    ("quote", "wrong"),
    [
        ("Op dit moment zoeken 1.234 studenten een stageplek.", 2),
        ("De regeling gaat in op 1 januari 2027.", 1),
        ("De regeling gaat in op 1 januari 2027.", None),
        ("Hierbij stuur ik u de antwoorden op de vragen van de commissie.", 1),
        ("Wanneer komt de nieuwe regeling?", 1),
    ],
)
def test_right_text_but_wrong_question_fails(verifier, quote, wrong):
    assert not verifier.check(cite(quote, wrong))


def test_a_quote_spanning_two_paragraphs_fails(verifier, doc):
    across = "Dat is minder dan vorig jaar. Daarom blijven we het aantal studenten volgen."
    assert normalise(across) in normalise(doc.text)  # the words are there, one after the other ...
    assert not verifier.check(cite(across, 1))  # ... but not inside one paragraph
    across_questions = "Daarom blijven we het aantal studenten volgen. 2. Wanneer komt de nieuwe regeling?"
    assert not verifier.check(cite(across_questions, 1))
    assert not verifier.check(cite(across_questions, 2))


def test_unknown_source_and_too_short_quotes_fail(verifier):
    assert not verifier.check(cite("Dat is minder dan vorig jaar.", 1, source="andere-brief.md"))
    assert not verifier.check(cite("", 1))
    assert not verifier.check(cite("  ", 1))


def test_a_quote_that_occurs_twice_holds_where_the_citation_says(doc):
    text = "1. Komt er geld?\n\nJa, dat klopt.\n\n2. Komt er een wet?\n\nJa, dat klopt.\n"
    d = parse_text(text, "twee.md")
    v = Verifier({"twee.md": d})
    assert v.check(cite("Ja, dat klopt.", 1, "twee.md"))
    assert v.check(cite("Ja, dat klopt.", 2, "twee.md"))
    first, second = v.locate(cite("Ja, dat klopt.", 1, "twee.md")), v.locate(cite("Ja, dat klopt.", 2, "twee.md"))
    assert first is not None and second is not None and first[0] < second[0]


def test_failed_check_is_logged(verifier, caplog):
    with caplog.at_level("WARNING", logger="assistant.verify"):
        verifier.check(cite("Dit staat nergens in de brief.", 1))
    assert any("verification" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("sentence", "quote", "ok"),
    [
        ("Er zoeken 1.234 studenten een stage.", "Op dit moment zoeken 1.234 studenten een stageplek.", True),
        ("Er zoeken 1.243 studenten een stage.", "Op dit moment zoeken 1.234 studenten een stageplek.", False),
        ("Scholen krijgen 12,5 miljoen euro.", "Scholen krijgen daarvoor 12,5 miljoen euro.", True),
        ("Scholen krijgen 13 miljoen euro.", "Scholen krijgen daarvoor 12,5 miljoen euro.", False),
        ("Het gaat in per 1 januari 2027.", "De regeling gaat in op 1 januari 2027.", True),
        ("Het gaat in per 1 januari 2028.", "De regeling gaat in op 1 januari 2027.", False),
        ("Dat is minder dan vorig jaar.", "Dat is minder dan vorig jaar.", True),  # no numbers: nothing to support
        # Numbers match as numbers, not as runs of digits inside other numbers.
        (
            "Er zoeken 469 studenten een stage.",
            "Op dit moment kunnen 4.695 mbo-studenten geen stageplek vinden.",
            False,
        ),
        (
            "Er zoeken 4695 studenten een stage.",
            "Op dit moment kunnen 4.695 mbo-studenten geen stageplek vinden.",
            True,
        ),
        ("Het gaat om 95 studenten.", "Op dit moment kunnen 4.695 mbo-studenten geen stageplek vinden.", False),
        ("Het is 3,8 mln.", "Er wordt jaarlijks 33,8 mln. euro geïnvesteerd.", False),
    ],
)
def test_numbers_supported(sentence, quote, ok):
    assert numbers_supported(sentence, quote) is ok
