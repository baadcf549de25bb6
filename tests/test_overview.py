"""The letter at a glance: commitments, figures, sub-questions and references, against hand labels.

The labels (``tests/fixtures/overview/*.overview.json``) were made by hand by helpers who had not seen the code:
one for this letter and the second Kamerbrief (a staatssecretaris, another topic), and one who also wrote a third
letter. ``python benchmarks/bench_overview.py`` prints the same figures for every labelled letter.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant import texts
from assistant.evaluate import score_overview
from assistant.overview import build_overview, time_phrases
from assistant.parse import parse_file, parse_text

ROOT = Path(__file__).resolve().parent.parent
LABELS = Path(__file__).resolve().parent / "fixtures" / "overview"
LETTERS = {
    "kst-31524-707": ROOT / "corpus" / "kst-31524-707.md",
    "kst-36999-12": ROOT / "eval" / "letters" / "kst-36999-12.md",
    "kst-36412-8": LABELS / "kst-36412-8.md",
    "kst-35960-21": LABELS / "kst-35960-21.md",
}


def overview_of(name: str, **kwargs):  # type: ignore[no-untyped-def]
    path = LETTERS[name]
    return build_overview(parse_file(path, path.parent), **kwargs)


def labels_of(name: str) -> dict:
    return json.loads((LABELS / f"{name}.overview.json").read_text("utf-8"))


@pytest.mark.parametrize("name", ["kst-31524-707", "kst-36999-12"])
def test_commitments_and_figures_match_the_hand_labels(name: str) -> None:
    score = score_overview(overview_of(name), labels_of(name))
    c, f = score.commitments, score.figures
    assert c["precision_when"] >= 0.9 and c["recall_when"] >= 0.9, (score.line(), score.misses)
    assert f["precision_owner"] >= 0.9 and f["recall_owner"] >= 0.9, (score.line(), score.misses)


@pytest.mark.parametrize("name", ["kst-31524-707", "kst-36999-12", "kst-36412-8"])
def test_each_committee_question_is_split_into_its_sub_questions_as_labelled(name: str) -> None:
    score = score_overview(overview_of(name), labels_of(name))
    assert score.subquestions["split"] == 1.0, score.misses


def test_a_sub_question_the_answer_skips_is_shown_without_evidence_and_the_others_with_it() -> None:
    ov = overview_of("kst-31524-707")
    skipped = [s for s in ov.subquestions if not s.answered]
    assert any(s.question == 9 and "middelen" in s.text for s in skipped)
    assert len(skipped) <= 3  # evidence, not a verdict: most asks have sentences that address them
    when = next(s for s in ov.subquestions if s.question == 10 and s.text.startswith("Kunt u aangeven wanneer"))
    assert any("Begin 2027" in e.sentence.text or "voor de zomer" in e.sentence.text for e in when.evidence)
    for s in ov.subquestions:
        for e in s.evidence:
            assert e.sentence.question == s.question and e.sentence.owner == "sender"


def test_every_item_is_a_verbatim_sentence_of_the_letter_with_its_offsets() -> None:
    path = LETTERS["kst-31524-707"]
    doc = parse_file(path, path.parent)
    ov = build_overview(doc)
    sentences = [c.sentence for c in ov.commitments] + [f.sentence for f in ov.figures]
    sentences += [e.sentence for s in ov.subquestions for e in s.evidence]
    assert sentences
    for s in sentences:
        assert doc.text[s.start : s.end] == s.text
    for f in ov.figures:
        assert doc.text[f.start : f.end] == f.value
    for s in ov.subquestions:
        assert doc.text[s.start : s.end] == s.text


def test_whose_figure_it_is_the_committees_or_the_senders() -> None:
    ov = overview_of("kst-31524-707")
    owners = {f.value: f.owner for f in ov.figures}
    assert owners["33,8 mln. euro"] == "committee"  # only in the committee's question
    assert owners["85%"] == "sender"
    both = [f.owner for f in ov.figures if f.value == "4.695"]
    assert sorted(both) == ["committee", "sender"]
    kinds = {f.value: f.kind for f in ov.figures}
    assert kinds["33,8 mln. euro"] == "amount" and kinds["31%"] == "percentage"


def test_not_figures_question_numbers_names_and_references() -> None:
    values = [(f.value, f.sentence.text) for f in overview_of("kst-31524-707").figures]
    assert not any(v in ("7", "1") and "vraag" in s for v, s in values)  # "zie ook antwoord op vraag 7"
    assert not any(v == "687" or v == "524" for v, _ in values)  # Kamerstuk 31 524, nr. 687
    assert not any("JOB Monitor 2026" in s and v == "2026" for v, s in values)  # part of a name


def test_commitments_name_who_and_when_and_leave_out_what_others_do() -> None:
    ov = overview_of("kst-31524-707")
    by_text = {c.sentence.text: c for c in ov.commitments}
    letter = next(c for t, c in by_text.items() if t.startswith("Ik zal uw Kamer voor de zomer"))
    assert (letter.when, letter.period.label if letter.period else None, letter.who) == (
        "voor de zomer",
        "2026-Q2",
        "de minister",
    )
    assert any(t.startswith("Daarom gaat dit kabinet") and c.who == "het kabinet" for t, c in by_text.items())
    soon = [c for c in ov.commitments if c.when and c.when.lower() == "binnenkort"]
    assert soon and all(c.period is None for c in soon)  # listed, but not placed on the calendar
    assert not any("MBO Raad een tool" in t for t in by_text)  # what another organisation does
    assert not any(t.startswith(("Hierbij stuur ik", "Graag wil ik")) for t in by_text)  # covering line, thanks
    second = overview_of("kst-36999-12")
    assert {c.who for c in second.commitments} <= {"de staatssecretaris", "het kabinet", "het ministerie"} | {
        "de staatssecretaris (met anderen)"
    }
    assert not any("NJi komt" in c.sentence.text for c in second.commitments)


@pytest.mark.parametrize(
    ("sentence", "letter", "expected"),
    [
        ("Ik stuur voor de zomer een brief.", date(2026, 6, 25), [("voor de zomer", "2026-Q2")]),
        ("Ik stuur voor de zomer een brief.", date(2026, 9, 17), [("voor de zomer", "2027-Q2")]),
        ("De meting komt eind 2026.", date(2026, 6, 25), [("eind 2026", "2026-Q4")]),
        ("Begin 2027 publiceer ik het.", date(2026, 6, 25), [("Begin 2027", "2027-Q1")]),
        ("Ik besluit in de loop van 2027.", date(2026, 6, 25), [("in de loop van 2027", "2027")]),
        (
            "In het derde kwartaal van 2027 evalueren we.",
            date(2026, 9, 1),
            [("In het derde kwartaal van 2027", "2027-Q3")],
        ),
        ("Per 1 januari 2027 geldt de regel.", date(2026, 9, 1), [("Per 1 januari 2027", "2027-01-01")]),
        ("Het is binnen zes maanden klaar.", date(2026, 9, 17), [("binnen zes maanden", "2027-03")]),
        (
            "Daarover beslist het kabinet bij de Voorjaarsnota 2027.",
            date(2026, 9, 1),
            [("bij de Voorjaarsnota 2027", "2027-Q2")],
        ),
        ("Binnenkort informeer ik u.", date(2026, 6, 25), [("Binnenkort", None)]),
    ],
)
def test_time_phrases_are_read_as_written_and_placed_relative_to_the_letters_date(
    sentence: str, letter: date, expected: list[tuple[str, str | None]]
) -> None:
    found = [(t.text, t.period.label if t.period else None) for t in time_phrases(sentence, letter)]
    assert found == expected


def test_references_link_to_the_official_publication_and_say_what_became_of_each_footnote_link() -> None:
    path = LETTERS["kst-31524-707"]
    doc = parse_file(path, path.parent)
    manifest = [
        {"source": doc.source_id, "footnote": 2, "status": "ok", "file": "linked/basis.md"},
        {"source": doc.source_id, "footnote": 5, "status": "network_error", "detail": "no route to host"},
    ]
    refs = build_overview(doc, links=manifest, indexed={"linked/basis.md"}).references
    kamerstuk = [r for r in refs if r.kind == "kamerstuk"]
    assert [(r.text, r.url, r.question) for r in kamerstuk] == [
        ("Kamerstuk 31 524, nr. 687", "https://zoek.officielebekendmakingen.nl/kst-31524-687.html", 10)
    ]
    status = {r.footnote: (r.status, r.detail) for r in refs if r.kind == "footnote"}
    assert status[1] == ("no_link", "")  # the link target was lost in the conversion ("#")
    assert status[2] == ("indexed", "")
    assert status[5] == ("failed", "no route to host")
    assert build_overview(doc).references[-1].status == "not_fetched"


def test_a_letter_without_questions_or_date_gives_an_empty_overview_not_an_error() -> None:
    ov = build_overview(parse_text("Dit is een korte tekst zonder vragen.\n", "x.md"))
    assert (ov.commitments, ov.subquestions, ov.references) == ((), (), ())


# ------------------------------------------------------------------------------------------- in the chat


@pytest.mark.slow
def test_what_does_the_minister_promise_lists_the_commitments_by_date_each_a_checked_quote(letter_bot) -> None:
    answer = letter_bot.ask("Wat belooft de minister?")
    assert not answer.refused
    text = answer.text
    for when in ("voor de zomer", "eind 2026", "begin 2027", "in de loop van 2027", "binnenkort"):
        assert when in text.lower(), text
    assert text.index("voor de zomer") < text.index("eind 2026") < text.lower().index("begin 2027")
    assert "MBO Raad een tool" not in text  # what another organisation does is no commitment
    for c in answer.citations:
        assert letter_bot.verifier.check(c) and c.quote in text
    assert {c.question for c in answer.citations} >= {1, 3, 6, 7, 10}


@pytest.mark.slow
def test_which_figures_labels_the_committees_own(letter_bot) -> None:
    text = letter_bot.ask("Welke cijfers noemt de brief?").text
    committee, sender = text.split("Cijfers in de antwoorden van de minister:")
    assert "33,8 mln. euro" in committee and "33,8 mln. euro" not in sender
    assert "99%" in sender and "4.695" in sender


@pytest.mark.slow
def test_which_questions_are_not_fully_answered_gives_the_skipped_parts_as_evidence(letter_bot) -> None:
    answer = letter_bot.ask("Welke onderdelen van de commissievragen beantwoordt de minister niet?")
    assert "voldoende middelen" in answer.text and "[vraag 9]" in answer.text
    assert "geen oordeel" in answer.text  # a pointer from the text, not a verdict on the minister
    assert all(letter_bot.verifier.check(c) for c in answer.citations)


@pytest.mark.slow
def test_on_another_letter_the_sender_is_the_staatssecretaris_and_a_topic_question_is_no_overview(
    second_bot,
) -> None:
    text = second_bot.ask("Welke toezeggingen doet de staatssecretaris?").text
    assert text.startswith("Toezeggingen van de staatssecretaris") and "minister" not in text.split("\n")[0]
    assert "voor de zomer van 2027" in text and "in het derde kwartaal van 2027" in text
    english = second_bot.ask("What does the state secretary promise?").text
    assert english.startswith("Commitments by the state secretary")
    topic = second_bot.ask("Wat belooft de staatssecretaris over eetstoornissen?")
    assert "expertisecentra" in topic.text and not topic.text.startswith("Toezeggingen")


@pytest.mark.slow
def test_which_documents_does_the_letter_refer_to_lists_every_reference_with_its_link(letter_bot) -> None:
    answer = letter_bot.ask("Naar welke documenten en Kamerstukken wordt in de brief verwezen?")
    text = answer.text
    assert "Kamerstuk 31 524, nr. 687" in text and "https://zoek.officielebekendmakingen.nl/kst-31524-687.html" in text
    assert "handreiking Passend onderwijs" in text and "geen link in de brief" in text
    assert text.count("voetnoot ") == 5  # every footnote of the letter
    assert all(letter_bot.verifier.check(c) for c in answer.citations) and len(answer.citations) == 6


@pytest.mark.slow
def test_asked_whose_a_figure_is_the_answer_says_first_that_it_is_the_committees(letter_bot) -> None:
    answer = letter_bot.ask(
        "Dat 31 procent van de studenten moeite heeft met een stage, is dat een cijfer van de minister?"
    )
    first = answer.text.split("\n")[0]
    assert "31%" in first and "commissie" in first and "vraag 6" in first, answer.text
    assert answer.citations[0].quote.startswith("Uit de JOB Monitor 2026 blijkt dat 31%")
    assert all(letter_bot.verifier.check(c) for c in answer.citations)
    ours = letter_bot.ask("Is 4.695 een cijfer van de minister?").text  # in the answer too: not only theirs
    assert "komt niet van de minister" not in ours


def test_a_sentence_around_the_question_does_not_hide_an_overview_question() -> None:
    from assistant.understand import overview_kind

    assert (
        overview_kind("Welke toezeggingen doet de minister? Ik schrijf er een achtergrondstuk over.") == "commitments"
    )
    assert overview_kind("Welke toezeggingen doet de minister over stagevergoeding? Ik schrijf erover.") is None
    # the words of a request for a list ("maak een lijstje ... met per toezegging het vraagnummer") name no subject
    assert (
        overview_kind(
            "Maak een lijstje van alle toezeggingen met een termijn in deze brief, met per toezegging het vraagnummer "
            "waar het bij hoort."
        )
        == "commitments"
    )


@pytest.mark.slow
def test_asked_whether_a_figure_only_comes_from_the_committee(letter_bot) -> None:
    text = letter_bot.ask("Komt het bedrag van 33,8 mln alleen uit de vraag van de commissie?").text
    assert text.startswith("Het cijfer 33,8 mln. euro komt niet van de minister"), text


@pytest.mark.slow
def test_commitments_with_a_date_is_an_overview_question_not_the_letters_date(letter_bot) -> None:
    text = letter_bot.ask("Welke toezeggingen met een datum staan in deze brief?").text
    assert text.startswith("Toezeggingen van de minister") and "eind 2026" in text, text


@pytest.mark.slow
def test_a_question_about_a_part_the_answer_skips_says_so_first(letter_bot) -> None:
    answer = letter_bot.ask("Hebben de scholen volgens de minister voldoende middelen tegen stagediscriminatie?")
    assert answer.partial and answer.text.startswith("De commissie vroeg in vraag 9 naar"), answer.text
    assert "middelen" in answer.text.split("\n")[0]
    assert not letter_bot.ask("Waar kan ik stagediscriminatie melden?").partial


@pytest.mark.slow
def test_a_part_the_answer_skips_asked_in_plain_words_or_as_a_follow_up_says_so_first(letter_bot) -> None:
    # "genoeg geld" is how an asker says the committee's "voldoende middelen"; "aan te pakken" is what for
    answer = letter_bot.ask("hebben scholen wel genoeg geld om stagediscriminatie aan te pakken?")
    first = answer.text.split("\n")[0]
    assert answer.partial and first.startswith("De commissie vroeg in vraag 9 naar “voldoende middelen”"), first
    history = [{"role": "user", "content": "wat gebeurt er met een melding van stagediscriminatie?"}]
    history.append({"role": "assistant", "content": letter_bot.ask(history[0]["content"]).text})
    follow = letter_bot.ask("hebben scholen daar eigenlijk wel genoeg geld voor?", history)
    assert follow.text.startswith("De commissie vroeg in vraag 9 naar “voldoende middelen”"), follow.text
    # a follow-up about money for another question's subject is not taken for that part
    history = [{"role": "user", "content": "komt er een verplichte stagevergoeding?"}]
    history.append({"role": "assistant", "content": letter_bot.ask(history[0]["content"]).text})
    assert "vraag 9" not in letter_bot.ask("is daar genoeg geld voor?", history).text


@pytest.mark.slow
def test_how_a_part_is_guaranteed_is_not_answered_by_a_commitment_about_the_subject_alone(letter_bot) -> None:
    # "hoe waarborgt u dat de stagevergoeding gelijkwaardig is aan die van hbo": the commitment to a stagevergoeding
    # for all students shares only the question's own subject ("stagevergoeding"), not "gelijkwaardig"
    subs = {s.text: s for ov in letter_bot.overviews.values() for s in ov.subquestions}
    part = next(t for t in subs if "gelijkwaardig" in t)
    assert not subs[part].answered
    assert subs[next(t for t in subs if "wanneer deze verplichting" in t)].answered
    # the asker's "evenveel" asks about that part: after the sum the letter does not give, the part it skips
    answer = letter_bot.ask("krijgen mbo-stagiairs straks evenveel stagevergoeding als hbo-stagiairs?")
    first = answer.text.split("\n")[0]
    assert first.startswith(texts.NOT_IN_LETTER["money"]) and "vraag 10 naar “gelijkwaardig”" in first, first
    # a question about money that the search does not clearly place at a skipped part gets no such note
    assert "“middelen”" not in letter_bot.ask("mijn stage betaalt niks, heb ik eigenlijk geen recht op geld?").text


@pytest.mark.slow
def test_asked_whether_the_minister_uses_a_figure_herself(letter_bot) -> None:
    text = letter_bot.ask("Noemt de minister zelf het bedrag van 33,8 mln?").text
    assert text.startswith("Het cijfer 33,8 mln. euro komt niet van de minister"), text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Wat belooft de minister?", "commitments"),
        ("Welke toezeggingen staan erin?", "commitments"),
        ("Welke cijfers noemt de brief?", "figures"),
        ("Welke vragen worden niet (volledig) beantwoord?", "unanswered"),
        ("Welke onderdelen van de commissievragen beantwoordt de minister niet?", "unanswered"),
        ("Naar welke Kamerstukken verwijst de brief?", "references"),
        ("Op welke vragen gaat de staatssecretaris niet in?", "unanswered"),
        ("Waar geeft de minister geen inhoudelijk antwoord op? Noem de nummers.", "unanswered"),
        ("What does the minister promise?", "commitments"),
        ("Wat belooft de minister over stagevergoeding?", None),
        ("Welke cijfers noemt de brief over stageplekken?", None),
        ("Heb ik recht op stagegeld?", None),
    ],
)
def test_questions_about_the_letter_as_a_whole_are_read_as_overview_questions(question: str, kind: str | None) -> None:
    from assistant.understand import understand

    q = understand(question)
    assert (q.intent == "overview", q.overview) == (kind is not None, kind)


@pytest.mark.slow
def test_overview_answers_name_no_part_of_the_user_interface(letter_bot) -> None:
    # the API and the widget have no "Overzicht" tab: an answer never sends people to one
    for question in ("Wat belooft de minister?", "Welke cijfers noemt de brief?", "Welke vragen worden ontweken?"):
        assert "tabblad" not in letter_bot.ask(question).text.lower()
