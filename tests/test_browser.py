"""The web app in a real browser (Debian chromium through playwright): the chat UI at /, the widget on a
"third-party" page, accessibility, feedback and XSS.

Screenshots go to artifacts/screenshots/ in the repository root.
"""

from __future__ import annotations

import contextlib
import json
import re
import time
from pathlib import Path

import httpx
import pytest

from tests.webserver import ROOT, StaticSite, widget_page

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = ROOT / "artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LETTER_CITATION = "Kamerstuk 31524, nr. 707"
NO_INTERNSHIP = "Hoeveel studenten kunnen geen stageplek vinden?"

# The answer is complete when a new bot message is there, the stop button is gone and the submit
# button is back (Gradio shows a stop button while the answer streams) and the input is enabled again.
ANSWER_DONE = """n => {
    const bots = document.querySelectorAll('#kb-chatbot [data-testid=bot]');
    const input = document.querySelector('#kb-input');
    if (!input || bots.length <= n) return false;
    const box = input.querySelector('textarea');
    return !input.querySelector('[data-testid=stop-button]')
        && !!input.querySelector('[data-testid=submit-button]') && box && !box.disabled;
}"""


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Watch:
    """What a page did that it should not: dialogs (alert), console errors, requests."""

    def __init__(self, page) -> None:
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("request", lambda r: self.requests.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def open_page(browser):
    """open_page(url, viewport=DESKTOP, **context options) -> (page, watch); contexts are closed afterwards."""
    contexts = []

    def make(url: str, viewport: dict | None = None, **options):
        ctx = browser.new_context(viewport=viewport or DESKTOP, locale="nl-NL", **options)
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(30_000)
        watch = Watch(page)
        page.goto(url, wait_until="domcontentloaded")
        return page, watch

    yield make
    for ctx in contexts:
        ctx.close()


def ask_ui(frame, question: str, *, submit: bool = True):
    """Type a question in #kb-input, press Enter, wait until the answer is complete; the bot message."""
    bots = frame.locator("#kb-chatbot [data-testid=bot]")
    before = bots.count()
    box = frame.locator("#kb-input textarea")
    box.fill(question)
    if submit:
        box.press("Enter")
    frame.wait_for_function(ANSWER_DONE, arg=before, timeout=30_000)
    return bots.last


def letter_text() -> str:
    """The letter as the assistant reads it (page breaks repaired, footnotes moved to the end)."""
    from assistant.parse import parse_file

    letter = ROOT / "corpus" / "kst-31524-707.md"
    return norm(parse_file(letter, letter.parent).text)


def committee_question(app_url: str, number: int) -> str:
    docs = httpx.get(f"{app_url}/api/documents", timeout=30).json()["documents"]
    letter = next(d for d in docs if d["source"] == "kst-31524-707.md")
    return next(q["question"] for q in letter["questions"] if q["number"] == number)


# ------------------------------------------------------------------------------------------ the "Overzicht" tab


def open_overview(page):
    page.get_by_role("tab", name="Overzicht").click()
    page.locator("#kb-timeline li.kb-tl-item").first.wait_for()


def test_overview_tab_timeline_figures_subquestions_and_csv(app_server, open_page, tmp_path):
    page, watch = open_page(app_server.url + "/")
    open_overview(page)
    overview = httpx.get(f"{app_server.url}/api/overview", timeout=30).json()["letters"][0]
    dated = [c for c in overview["commitments"] if c["period"]]
    timeline = norm(page.locator("#kb-timeline").inner_text())
    assert page.locator("#kb-timeline li.kb-tl-item").count() == len(dated) >= 5
    for c in dated:
        assert norm(c["sentence"]) in timeline
    # time runs down the page: the points are in the order of their periods
    tops = [page.locator("#kb-timeline li.kb-tl-item").nth(i).bounding_box()["y"] for i in range(len(dated))]
    assert tops == sorted(tops)
    assert norm(page.locator("#kb-undated").inner_text())  # "binnenkort" and undated ones, listed apart
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)

    # a commitment opens its paragraph, with the sentence marked, and a citation to paste
    first = page.locator("#kb-timeline button.kb-item").first
    first.click()
    page.wait_for_function("document.querySelector('#kb-ov-passage mark') !== null")
    marked = norm(page.locator("#kb-ov-passage mark").first.inner_text())
    assert marked in norm(letter_text()) and marked in timeline
    assert LETTER_CITATION in page.locator("#kb-ov-cite textarea").input_value()

    # a figure's row opens its paragraph: the committee's 33,8 mln. opens question 1
    cell = page.locator("#kb-ov-figures").get_by_text("33,8 mln. euro", exact=True).filter(visible=True).first
    cell.click()
    page.wait_for_function(
        "document.querySelector('#kb-ov-passage mark') && "
        "document.querySelector('#kb-ov-passage mark').innerText.includes('33,8 mln.')"
    )
    assert "Vraag 1 van de commissie" in page.locator("#kb-ov-passage").inner_text()
    assert "commissie" in norm(page.locator("#kb-ov-figures").inner_text())

    # the table sorts (the header's menu), and a row of the sorted table still opens its own paragraph
    unsorted = page.evaluate(
        "() => [...document.querySelectorAll('#kb-ov-figures span.text')].filter(e => e.offsetParent)"
        ".slice(5, 10).map(e => e.innerText.trim()).join('|')"
    )
    header = page.locator("#kb-ov-figures thead th").nth(1)
    header.hover()
    header.locator("button.cell-menu-button").click()
    page.locator("#kb-ov-figures [role=menu] [role=menuitem]").first.click()  # "Oplopend sorteren" (nl-NL)
    cells = page.locator("#kb-ov-figures span.text").filter(visible=True)  # the header's 5, then the rows
    first_row = (
        "() => [...document.querySelectorAll('#kb-ov-figures span.text')].filter(e => e.offsetParent)"
        ".slice(5, 10).map(e => e.innerText.trim()).join('|')"
    )
    page.wait_for_function(f"() => ({first_row})() !== {json.dumps(unsorted)}")
    first_value = cells.nth(6).inner_text().strip()  # the figure of the first row, sorted
    cells.nth(6).click()
    page.wait_for_function(
        "v => document.querySelector('#kb-ov-passage mark') && "
        "document.querySelector('#kb-ov-passage mark').innerText.includes(v)",
        arg=first_value,
    )

    # sub-questions with their evidence, and the one without
    subq = norm(page.locator("#kb-subquestions").inner_text())
    assert "geen direct antwoord gevonden" in subq and "voldoende middelen" in subq

    # CSV downloads
    with page.expect_download() as info:
        page.locator("#kb-csv-figures").click()
    path = tmp_path / "figures.csv"
    info.value.save_as(path)
    assert "33,8 mln. euro" in path.read_text("utf-8-sig")
    assert not watch.dialogs and not watch.console_errors, (watch.dialogs, watch.console_errors)


def test_overview_tab_on_phone(app_server, open_page):
    page, _ = open_page(app_server.url + "/", viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    open_overview(page)
    item = page.locator("#kb-timeline button.kb-item").first
    box = item.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 1, box
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "horizontal scrolling"
    item.tap()
    page.wait_for_function("document.querySelector('#kb-ov-passage mark') !== null")
    page.screenshot(path=str(SHOTS / "overview-phone.png"))


def test_overview_items_work_with_the_keyboard(app_server, open_page):
    page, _ = open_page(app_server.url + "/")
    open_overview(page)
    page.locator("#kb-timeline button.kb-item").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#kb-ov-passage mark') !== null")


# -------------------------------------------------------------------------------------------------- the UI at /


def test_ui_answer_chips_source_panel_and_citation(app_server, open_page):
    page, watch = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    bot = ask_ui(page, NO_INTERNSHIP)
    assert "[vraag 6]" in bot.inner_text()

    chips = page.locator("#kb-chips label")
    labels = [norm(t) for t in chips.all_inner_texts()]
    assert "vraag 6" in labels, labels

    letter = letter_text()
    question6 = norm(committee_question(app_server.url, 6))
    for i in range(min(chips.count(), 3)):
        chip = chips.nth(i)
        quotes = [norm(c["quote"]) for c in json.loads(chip.locator("input").get_attribute("value"))]
        chip.click()
        # the panel shows this chip's passage: its first quote is marked
        page.wait_for_function(
            """q => [...document.querySelectorAll('#kb-source mark')]
                   .some(m => m.textContent.replace(/\\s+/g, ' ').trim() === q)""",
            arg=quotes[0],
            timeout=10_000,
        )
        marks = [norm(t) for t in page.locator("#kb-source mark").all_inner_texts()]
        assert marks and all(m in letter for m in marks), marks
        panel = norm(page.locator("#kb-source").inner_text())
        assert question6 in panel, panel[:400]
        citation = page.locator("#kb-citation textarea").input_value()
        assert LETTER_CITATION in citation, citation
        assert quotes[0] in norm(citation), citation
    page.screenshot(path=str(SHOTS / "ui-desktop.png"), full_page=True)
    assert not watch.dialogs


def test_ui_on_phone(app_server, open_page):
    page, _ = open_page(app_server.url + "/", viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    box = page.locator("#kb-input textarea")
    box.wait_for()
    assert box.is_visible()
    rect = box.bounding_box()
    assert rect["x"] >= 0 and rect["x"] + rect["width"] <= PHONE["width"] and rect["width"] >= 200, rect
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "horizontal scrolling"
    page.screenshot(path=str(SHOTS / "ui-phone.png"))
    box.scroll_into_view_if_needed()
    box.tap()
    bot = ask_ui(page, NO_INTERNSHIP)
    assert "[vraag 6]" in bot.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), "horizontal scrolling"
    page.locator("#kb-input textarea").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "ui-phone-answer.png"))


def test_ui_keyboard_only(app_server, open_page):
    page, _ = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && !!document.activeElement.closest('#kb-input')"):
            break
    assert page.evaluate("document.activeElement.matches('#kb-input textarea')"), page.evaluate(
        "document.activeElement.outerHTML.slice(0, 200)"
    )
    before = page.locator("#kb-chatbot [data-testid=bot]").count()
    page.keyboard.type("Waar kan ik stagediscriminatie melden?")
    page.keyboard.press("Enter")
    page.wait_for_function(ANSWER_DONE, arg=before, timeout=30_000)
    assert "[vraag 9]" in page.locator("#kb-chatbot [data-testid=bot]").last.inner_text()


def test_no_loading_notice_when_ready(app_server, open_page):
    """The server is ready, so a fresh page must not tell the visitor that the assistant is still starting."""
    from assistant import texts

    assert httpx.get(f"{app_server.url}/api/health").status_code == 200
    page, _ = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    status = page.locator("#kb-status")
    notice = status.inner_text() if status.count() else ""
    assert texts.UI_LOADING not in notice, notice


# --------------------------------------------------------------------------------------------- screen readers


def test_screen_reader_announcement(app_server, open_page):
    page, _ = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    bot = ask_ui(page, NO_INTERNSHIP)
    live = page.locator("#kb-live [role=status][aria-live=polite]")
    assert live.count() == 1, page.locator("#kb-live").inner_html()[:500]
    announced = norm(live.text_content())
    assert announced == norm(bot.inner_text()), (announced[:200], bot.inner_text()[:200])
    assert "[vraag 6]" in announced
    # the streaming chat log itself is silenced
    live_in_chat = page.locator("#kb-chatbot [aria-live]")
    assert live_in_chat.count() >= 1
    values = live_in_chat.evaluate_all("els => els.map(e => e.getAttribute('aria-live'))")
    assert set(values) == {"off"}, values


def test_live_region_is_present_before_the_answer(app_server, open_page):
    """Screen readers only announce changes to a live region that is already in the page; a region inserted
    together with its text (or replaced by a new one for every answer) is often not read at all."""
    page, _ = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    regions = page.locator("#kb-live [aria-live], #kb-live[aria-live]")
    with contextlib.suppress(Exception):  # rendered with the page, before any answer; reported below if not
        regions.first.wait_for(state="attached", timeout=5_000)
    assert regions.count() >= 1, "no live region before the first answer: " + page.locator("#kb-live").inner_html()
    regions.first.evaluate("el => { el.dataset.kbTestMarker = 'before'; }")
    ask_ui(page, NO_INTERNSHIP)
    ask_ui(page, "Waar kan ik stagediscriminatie melden?")
    persisted = page.locator("#kb-live [data-kb-test-marker=before], #kb-live[data-kb-test-marker=before]")
    assert persisted.count() == 1, "the live region was replaced instead of updated"
    assert "[vraag 9]" in persisted.text_content()


# ---------------------------------------------------------------------------------------------------- feedback


def test_thumbs_up_is_stored_without_personal_data(app_server, open_page):
    feedback: Path = app_server.feedback_file
    lines_before = feedback.read_text("utf-8").splitlines() if feedback.exists() else []
    question = "Waar kan ik stagediscriminatie melden?"
    page, _ = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    bot = ask_ui(page, question)
    bot.hover()
    # the label is translated by the browser's language (nl: "Vind ik leuk")
    page.locator("#kb-chatbot").locator("button[aria-label='Like'], button[aria-label='Vind ik leuk']").last.click()

    deadline = time.monotonic() + 10
    new: list[str] = []
    while time.monotonic() < deadline:
        lines = feedback.read_text("utf-8").splitlines() if feedback.exists() else []
        new = lines[len(lines_before) :]
        if new:
            break
        time.sleep(0.2)
    time.sleep(0.5)  # a second (duplicate) record would show up now
    new = (feedback.read_text("utf-8").splitlines())[len(lines_before) :]
    assert len(new) == 1, new
    record = json.loads(new[0])
    expected = httpx.post(f"{app_server.url}/api/ask", json={"question": question}, timeout=30).json()["text"]
    assert record["liked"] is True
    assert record["question"] == question
    assert record["answer"] == expected
    assert 9 in record.get("citations", [])
    personal = {"ip", "ip_address", "client", "host", "cookie", "cookies", "session", "session_hash", "user_agent"}
    assert not personal & {k.lower() for k in record}, record.keys()
    assert "127.0.0.1" not in new[0]


# --------------------------------------------------------------------------------------------------------- XSS

XSS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]


def assert_no_xss(frame, watch: Watch, app_url: str) -> None:
    assert not watch.dialogs, watch.dialogs
    injected = frame.locator("#kb-chatbot img[src=x]")
    assert injected.count() == 0, (
        "the question was rendered as HTML: "
        + str(frame.locator("#kb-chatbot [data-testid=user]").evaluate_all("els => els.map(e => e.innerHTML)"))
        + f"; console errors: {watch.console_errors}"
    )
    assert not [u for u in watch.requests if u.rstrip("/").endswith("/x")], watch.requests


def test_xss_in_the_chat(app_server, open_page):
    page, watch = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    for payload in XSS:
        ask_ui(page, payload)
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / "ui-xss.png"))
    assert_no_xss(page, watch, app_server.url)


def test_markdown_in_the_visitors_own_message_is_shown_as_text(app_server, open_page):
    page, watch = open_page(app_server.url + "/")
    page.locator("#kb-input textarea").wait_for()
    typed = "![kijk](http://127.0.0.1:9/mdimg.png) **vet** wanneer komt de stagevergoeding?"
    ask_ui(page, typed)
    page.wait_for_timeout(300)
    bubble = page.locator("#kb-chatbot [data-testid=user]").last
    assert bubble.locator("img").count() == 0 and bubble.locator("strong").count() == 0, bubble.inner_html()
    assert "![kijk](http://127.0.0.1:9/mdimg.png) **vet**" in bubble.inner_text(), bubble.inner_text()
    assert not [u for u in watch.requests if "mdimg" in u], watch.requests


# ------------------------------------------------------------------------------------------------------ widget


@pytest.fixture(scope="module")
def site_dir(app_server, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    (folder / "index.html").write_text(widget_page(app_server.url), "utf-8")
    return folder


@pytest.fixture(scope="module")
def allowed_site(site_dir, web_ports):
    with StaticSite(site_dir, web_ports["allowed"]) as site:
        yield site


@pytest.fixture(scope="module")
def other_site(site_dir, web_ports):
    with StaticSite(site_dir, web_ports["other"]) as site:
        yield site


def open_widget(page):
    """Click the launcher (inside the widget's shadow root); return the launcher and the embed Frame."""
    launcher = page.locator("[data-kamerbrief-widget] button.kb-launch")
    launcher.wait_for()
    assert launcher.get_attribute("aria-expanded") == "false"
    launcher.click()
    iframe = page.locator("[data-kamerbrief-widget] iframe")
    iframe.wait_for()
    return launcher, iframe


def embed_frame(page, iframe):
    frame = iframe.element_handle().content_frame()
    assert frame is not None
    frame.locator("#kb-input textarea").wait_for(timeout=20_000)
    return frame


def test_widget_on_third_party_page(app_server, allowed_site, open_page):
    page, watch = open_page(allowed_site.url + "/")
    html = httpx.get(allowed_site.url + "/").text
    assert html.count("<script") == 1 and "/widget.js" in html  # only the one-line snippet
    launcher, iframe = open_widget(page)
    assert iframe.get_attribute("src") == app_server.url + "/embed/"
    assert launcher.get_attribute("aria-expanded") == "true"
    assert launcher.inner_text() == "Vraag het de brief"
    frame = embed_frame(page, iframe)
    bot = ask_ui(frame, "Heb ik recht op een stagevergoeding?")
    assert "[vraag" in bot.inner_text()
    page.screenshot(path=str(SHOTS / "widget-desktop.png"))

    panel = page.locator("[data-kamerbrief-widget] .kb-panel")
    page.locator("[data-kamerbrief-widget] button.kb-close").focus()
    page.keyboard.press("Escape")
    page.wait_for_function(
        "() => !document.querySelector('[data-kamerbrief-widget]').shadowRoot"
        ".querySelector('.kb-panel').classList.contains('kb-open')",
        timeout=5_000,
    )
    assert not panel.is_visible()
    assert launcher.get_attribute("aria-expanded") == "false"
    # focus returns to the launcher
    assert page.evaluate(
        "document.querySelector('[data-kamerbrief-widget]').shadowRoot.activeElement?.classList.contains('kb-launch')"
    )
    assert not watch.dialogs


def test_widget_escape_closes_while_typing_in_the_chat(app_server, allowed_site, open_page):
    """README: "Escape or the × button closes it" — also when the visitor is typing in the chat (the iframe)."""
    page, _ = open_page(allowed_site.url + "/")
    launcher, iframe = open_widget(page)
    frame = embed_frame(page, iframe)
    frame.locator("#kb-input textarea").click()
    page.keyboard.press("Escape")
    page.wait_for_timeout(500)
    still_open = page.locator("[data-kamerbrief-widget] .kb-panel").evaluate("p => p.classList.contains('kb-open')")
    assert not still_open, "Escape pressed in the chat input did not close the widget"
    assert launcher.get_attribute("aria-expanded") == "false"


def test_widget_full_screen_on_phone(app_server, allowed_site, open_page):
    page, _ = open_page(allowed_site.url + "/", viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    _, iframe = open_widget(page)
    frame = embed_frame(page, iframe)
    box = page.locator("[data-kamerbrief-widget] .kb-panel").bounding_box()
    assert box["width"] == pytest.approx(PHONE["width"], abs=1) and box["height"] == pytest.approx(
        PHONE["height"], abs=1
    ), box
    assert frame.locator("#kb-input textarea").is_visible()
    bot = ask_ui(frame, "Waar kan ik stagediscriminatie melden?")
    assert "[vraag 9]" in bot.inner_text()
    page.screenshot(path=str(SHOTS / "widget-phone.png"))


def test_xss_in_the_widget(app_server, allowed_site, open_page):
    page, watch = open_page(allowed_site.url + "/")
    _, iframe = open_widget(page)
    frame = embed_frame(page, iframe)
    for payload in XSS:
        ask_ui(frame, payload)
    page.wait_for_timeout(300)
    assert_no_xss(frame, watch, app_server.url)


def test_widget_blocked_on_a_site_that_is_not_allowed(app_server, other_site, open_page):
    page, watch = open_page(other_site.url + "/")
    _, iframe = open_widget(page)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not any("frame-ancestors" in e for e in watch.console_errors):
        page.wait_for_timeout(200)
    assert any("frame-ancestors" in e for e in watch.console_errors), watch.console_errors
    page.wait_for_timeout(500)
    frame = iframe.element_handle().content_frame()
    assert frame is None or frame.locator("#kb-input").count() == 0
    assert page.frame_locator("[data-kamerbrief-widget] iframe").locator("#kb-input").count() == 0
    page.screenshot(path=str(SHOTS / "widget-blocked-origin.png"))
