"""The parser: the letter's structure, other letters and plain documents, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.parse import CorpusError, load_corpus, parse_file, parse_text

from .conftest import FIXTURES, LETTER


@pytest.fixture(scope="module")
def letter():
    return parse_file(LETTER, LETTER.parent)


def test_letter_metadata(letter):
    m = letter.metadata
    assert m.dossiers == (
        ("31524", "Beroepsonderwijs en Volwassenen Educatie"),
        ("29544", "Arbeidsmarktbeleid"),
    )
    assert m.number == 707
    assert m.kind == "Brief van de minister van Onderwijs, Cultuur en Wetenschap"
    assert m.sender == "de minister van Onderwijs, Cultuur en Wetenschap"
    assert m.place == "Den Haag"
    assert (m.date, m.date_text) == ("2026-06-25", "25 juni 2026")
    assert m.addressee == "de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert m.signatory == "R.M. Letschert"
    assert m.signatory_role == "De minister van Onderwijs, Cultuur en Wetenschap"
    assert (m.answers_letter_date, m.answers_letter_date_text) == ("2026-06-04", "4 juni 2026")
    assert m.citation == "Kamerstuk 31524, nr. 707, 25 juni 2026"


def test_letter_has_intro_ten_questions_and_signature(letter):
    kinds = [s.kind for s in letter.sections]
    assert kinds[0] == "metadata" and kinds[1] == "intro"
    assert [s.number for s in letter.questions] == list(range(1, 11))
    assert "signature" in kinds
    intro = next(s for s in letter.sections if s.kind == "intro")
    assert intro.paragraphs[0].text.startswith("Hierbij stuur ik u de antwoorden")
    q6 = letter.question(6)
    assert q6.question.text.startswith("Uit de JOB Monitor 2026 blijkt dat 31%")
    assert q6.question.text.endswith("op korte termijn terug te dringen?")
    assert q6.paragraphs[0].text.startswith("De cijfers over de moeite")
    # every question has an answer, and no question text leaks into an answer
    for q in letter.questions:
        assert q.paragraphs, q.number
        assert all(not p.text.startswith(f"{q.number}. ") for p in q.paragraphs)


def test_page_breaks_are_repaired(letter):
    text = letter.text
    assert "door bijvoorbeeld de studenttevredenheid te meten." in text
    assert "een wetsvoorstel om het geven van een stagevergoeding aan studenten verplicht te stellen." in text
    assert "intrekken van de erkenning als leerbedrijf, waardoor het bedrijf geen mbo-studenten" in text
    assert letter.question(5).question.text.endswith(
        "En op welke manier wordt voorkomen dat regionale verschillen hierbij uit beeld raken?"
    )
    assert "ongeveer 1% van het totale aantal mbo-studenten. Dat betekent dat 99%" in text


def test_no_artefacts_in_body_text(letter):
    for section in letter.sections:
        if section.kind == "footnotes":
            continue
        for p in section.paragraphs + ((section.question,) if section.question else ()):
            assert "---" not in p.text
            assert "<sup>" not in p.text and "](#)" not in p.text
            assert "midterm review van de werkagenda mbo Goed op weg" not in p.text  # footnote 1's text
            assert "rijksoverheid.nl/themas" not in p.text  # footnote 2/5 URLs


def test_offsets_point_into_the_text(letter):
    for section in letter.sections:
        for p in section.paragraphs:
            assert letter.text[p.start : p.end] == p.text
    for f in letter.footnotes:
        assert letter.text[f.start : f.end] == f.text


def test_bullet_list_stays_with_its_lead_sentence(letter):
    first = letter.question(1).paragraphs[0]
    assert first.text.startswith("Elk jaar gaat er extra geld naar loopbaanbegeleiding")
    assert "Dit is de top 4 waar scholen dat geld aan uitgeven:\n- Voorlichting aan studenten" in first.text
    assert first.text.endswith("(70%)")
    lead = letter.question(2).paragraphs[1]
    assert lead.text.startswith("We kiezen ervoor") and "o.l.v. VELON." in lead.text


def test_footnotes(letter):
    notes = {f.number: f for f in letter.footnotes}
    assert sorted(notes) == [1, 2, 3, 4, 5]
    assert notes[1].url is None
    assert notes[1].title == "Goed op weg met de werkagenda en het stagepact? | Rijksoverheid.nl"
    assert notes[2].url == "https://www.rijksoverheid.nl/themas/onderwijs/middelbaar-beroepsopleiding/basisvaardigheden"
    assert notes[3].url is None and notes[3].title == "handreiking Passend onderwijs"
    assert notes[4].title == "Wet van school naar duurzaam werk | Overheid.nl | Wetgevingskalender"
    assert notes[5].url.endswith("/stagepact-mbo")
    assert {n: f.question for n, f in notes.items()} == {1: 1, 2: 4, 3: 5, 4: 5, 5: 6}
    # attached to the paragraph that cites them
    assert letter.question(4).paragraphs[0].footnotes == (2,)
    assert letter.question(6).paragraphs[1].footnotes == (5,)
    assert letter.question(5).paragraphs[0].footnotes == (3,)
    assert "handreiking Passend onderwijs in het mbo ontwikkeld" in letter.question(5).paragraphs[0].text


def test_references(letter):
    assert [(r.dossier, r.number) for r in letter.references] == [("31524", 687)]
    ref = letter.references[0]
    assert letter.text[ref.start : ref.end] == "Kamerstuk 31 524, nr. 687"
    assert letter.question(10).paragraphs[0].references == (ref,)


def test_another_kamerbrief_in_the_same_style():
    doc = parse_file(FIXTURES / "kamerbrief-kort.md", FIXTURES)
    m = doc.metadata
    assert m.dossiers[0][0] == "36200" and m.number == 41
    assert m.kind == "Brief van de staatssecretaris van Sociale Zaken en Werkgelegenheid"
    assert m.date == "2025-03-03" and m.answers_letter_date == "2025-02-12"
    assert m.signatory == "J.A. Vermeulen"
    assert [q.number for q in doc.questions] == [1, 2]
    assert doc.question(2).question.text.endswith("voor gemeenten die de uitvoering verzorgen?")
    answer2 = doc.question(2).paragraphs
    assert (
        answer2[1].text
        == "Gemeenten krijgen daarvoor:\n- extra middelen voor de uitvoering;\n- ondersteuning door de VNG."
    )
    assert [(r.dossier, r.number) for r in doc.references] == [("36200", 12)]
    assert doc.footnotes[0].url == "https://www.example.org/cijfers/kinderopvangtoeslag-2024"
    assert doc.footnotes[0].question == 1


def test_vraag_antwoord_headings():
    doc = parse_file(FIXTURES / "vraag-antwoord.md", FIXTURES)
    assert doc.title == "Antwoorden op Kamervragen over de studiefinanciering"
    assert doc.metadata.date == "2025-11-14"
    assert [q.number for q in doc.questions] == [1, 2]
    assert doc.question(1).question.text == "Hoeveel studenten ontvangen een basisbeurs?"
    assert doc.question(1).paragraphs[0].text.startswith("In het studiejaar 2024-2025 ontvingen 410.000")
    assert doc.question(2).question.text == "Wordt de aanvullende beurs verhoogd?"
    assert [p.text[:10] for p in doc.question(2).paragraphs] == ["Ja. De aan", "Dat is ger"]
    assert [(r.dossier, r.number) for r in doc.references] == [("36300", 5)]


def test_plain_document_falls_back_to_headings():
    doc = parse_file(FIXTURES / "plain-headings.md", FIXTURES)
    assert doc.title == "Handreiking stagevergoeding"
    assert not doc.questions
    titles = [s.title for s in doc.sections if s.kind == "body"]
    assert titles == ["Hoe hoog is de vergoeding?", "Waar vind ik meer informatie?"]
    assert doc.sections[0].paragraphs[0].text.startswith("Een stagevergoeding is een bedrag")
    assert not doc.warnings


def test_document_without_structure_is_paragraphs_with_a_warning():
    doc = parse_file(FIXTURES / "plain-notes.txt", FIXTURES)
    assert [p.text[:7] for s in doc.sections for p in s.paragraphs] == ["Dit is ", "Nog een"]
    assert doc.warnings and "no numbered questions" in doc.warnings[0]


def test_numbered_list_without_questions_is_not_a_question():
    doc = parse_text("Stappen:\n\n1. Meld het bij school.\n\n2. School belt het leerbedrijf.\n", "x.md")
    assert not doc.questions


def test_html_main_text(tmp_path: Path):
    html = (
        "<html><head><title>Stagepact mbo | Rijksoverheid.nl</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/themas'>Alle thema's</a></nav>"
        "<main><article><h1>Stagepact mbo</h1>"
        "<p>In het Stagepact mbo hebben onderwijs, bedrijfsleven en overheid afspraken gemaakt over stages.</p>"
        "<p>Iedere student moet een goede stageplek kunnen vinden, zonder discriminatie.</p>"
        "</article></main><footer>Contact | Privacy | Cookies | Toegankelijkheid</footer></body></html>"
    )
    (tmp_path / "pagina.html").write_text(html, "utf-8")
    doc = parse_file(tmp_path / "pagina.html", tmp_path)
    assert "afspraken gemaakt over stages" in doc.text
    assert "Privacy" not in doc.text and "Alle thema's" not in doc.text
    assert doc.source_id == "pagina.html"
    assert "Stagepact" in doc.title


def test_pdf(tmp_path: Path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Handreiking Passend onderwijs\n\nScholen kunnen studenten extra ondersteuning bieden.")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Op de tweede pagina staat de uitleg voor studenten.")
    pdf.output(str(tmp_path / "handreiking.pdf"))
    doc = parse_file(tmp_path / "handreiking.pdf", tmp_path)
    assert "Scholen kunnen studenten extra ondersteuning bieden." in doc.text
    assert "Op de tweede pagina staat de uitleg voor studenten." in doc.text
    assert "---" not in doc.text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("leeg.md", b"", "is empty"),
        ("binair.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("latin1.md", "Cliënt en coördinatie".encode("latin-1"), "not valid UTF-8"),
        ("nep.pdf", b"dit is geen pdf", "not a PDF"),
        ("alleen-spaties.txt", b"   \n\n  \n", "no readable text"),
    ],
)
def test_bad_files_get_a_message_naming_file_and_problem(tmp_path: Path, name: str, content: bytes, problem: str):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(CorpusError) as info:
        parse_file(tmp_path / name, tmp_path)
    assert name in str(info.value) and problem in str(info.value)


def test_huge_file_is_refused_by_size(tmp_path: Path):
    big = tmp_path / "groot.md"
    with open(big, "wb") as fh:
        fh.write(b"a" * 1024)
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(CorpusError, match=r"groot\.md: is 50\.0 MB, over the 10\.0 MB limit"):
        parse_file(big, tmp_path, max_bytes=10 * 1024 * 1024)


def test_load_corpus_skips_bad_files_and_keeps_the_rest(tmp_path: Path):
    (tmp_path / "brief.md").write_text(LETTER.read_text("utf-8"), "utf-8")
    (tmp_path / "leeg.md").write_bytes(b"")
    (tmp_path / "kapot.md").write_bytes(b"\x00\x01\x02")
    (tmp_path / "notitie.txt").write_text("Een gewone notitie over stages.", "utf-8")
    (tmp_path / ".verborgen.md").write_text("niet indexeren", "utf-8")
    loaded = load_corpus(tmp_path)
    assert sorted(d.source_id for d in loaded.documents) == ["brief.md", "notitie.txt"]
    assert sorted(Path(p.path).name for p in loaded.problems) == ["kapot.md", "leeg.md"]
    assert set(loaded.files) == {"brief.md", "kapot.md", "leeg.md", "notitie.txt"}
