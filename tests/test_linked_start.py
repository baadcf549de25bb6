"""The first start fetches what the letter links to, in the background, and indexes it; offline it says so once.

A real HTTP server on 127.0.0.1 plays the linked site; the assistant (real embedder, embedded Chroma) is started
through the web app's :class:`Service`, as ``python app.py`` starts it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.service import Service
from tests.webserver import free_port, html_server

pytestmark = pytest.mark.slow

PAGE = """<!doctype html><html lang="nl"><head><title>Regeling kinderopvang Flevoland</title></head><body>
<main><article><h1>Regeling kinderopvang Flevoland</h1>
<p>De proefregeling geldt vanaf 1 september 2025 voor 1.234 kinderopvanglocaties in de provincie Flevoland.</p>
<p>Ouders hoeven voor deze proef niets aan te vragen: de gemeente regelt de aanmelding zelf.</p>
</article></main></body></html>"""


def letter(url: str) -> str:
    br = "  "  # a line break in the Markdown converted from the PDF
    return f"""

36200                    Kinderopvang{br}
Nr. 41                    Brief van de staatssecretaris van Sociale Zaken en{br}
Werkgelegenheid

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2025

Hierbij beantwoord ik de vragen van de vaste commissie over mijn brief van 12 februari 2025 inzake de kinderopvang.

1. Loopt er een proef met gratis kinderopvang?

Ja, er loopt een proef in één provincie<sup>1</sup>. Ik stuur uw Kamer eind 2025 de eerste resultaten.

---

<sup>1</sup> <{url}>

De staatssecretaris van Sociale Zaken en Werkgelegenheid,{br}
J.A. Vermeulen
"""


def settings_for(tmp_path: Path, url: str, **overrides: object) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kst-36200-41.md").write_text(letter(url), "utf-8")
    values: dict[str, object] = {
        "corpus_dir": corpus,
        "index_dir": tmp_path / "index",
        "feedback_file": tmp_path / "feedback.jsonl",
        "pause_file": tmp_path / "paused",
        "link_timeout": 3.0,
        "load_retry": 0,
    }
    values.update(overrides)
    return Settings.load(**values)


def wait_for(condition, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def footnote_status(service: Service) -> tuple[str, str]:
    ov = service.overviews()[0]
    ref = next(r for r in ov.references if r.footnote == 1)
    return ref.status, ref.detail


def test_the_first_start_fetches_the_linked_page_and_answers_from_it(tmp_path: Path) -> None:
    with html_server({"/regeling.html": PAGE}) as base:
        service = Service(settings_for(tmp_path, f"{base}/regeling.html"))
        service.start()
        assert service.wait(300)
        # Serving starts with the letter alone; the linked page is fetched and indexed in the background.
        wait_for(lambda: any(d.cited_by for d in service.bot.documents.values()))
        assert footnote_status(service) == ("indexed", "")
        answer = service.ask("Voor hoeveel kinderopvanglocaties geldt de proefregeling?")
        assert "1.234" in answer.text, answer.text
        assert any(c.source.startswith("linked/") for c in answer.citations), answer.citations
        assert (tmp_path / "corpus" / "links.json").is_file()


def test_offline_the_letter_is_served_alone_and_the_log_says_so_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()  # a port nobody listens on: the site cannot be reached
    caplog.set_level(logging.INFO, logger="assistant")
    service = Service(settings_for(tmp_path, f"http://127.0.0.1:{port}/regeling.html"))
    service.start()
    assert service.wait(300)
    wait_for(lambda: footnote_status(service)[0] == "failed", timeout=60)
    offline = [r for r in caplog.records if "could be fetched" in r.getMessage()]
    assert len(offline) == 1, [r.getMessage() for r in caplog.records]
    assert "serving the letter alone" in offline[0].getMessage()
    assert not (tmp_path / "corpus" / "links.json").exists()  # the corpus, and so the index, stays as it was
    assert "eind 2025" in service.ask("Wanneer komen de eerste resultaten van de proef?").text


def test_the_setting_turns_fetching_off(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with html_server({"/regeling.html": PAGE}) as base:
        service = Service(settings_for(tmp_path, f"{base}/regeling.html", fetch_links=False))
        service.start()
        assert service.wait(300)
        time.sleep(2)
        assert footnote_status(service) == ("not_fetched", "")
        assert not (tmp_path / "corpus" / "linked").exists()
