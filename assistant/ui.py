"""The Gradio chat UI (full page at ``/``, compact view for the widget at ``/embed``).

Built from the package; ``app.py`` only exposes it.  The conversation lives in the browser (Gradio
sends the history with every question), so the server keeps no state per visitor.

API name for ``gradio_client`` / ``@gradio/client``: ``/ask`` (arguments: ``message``; returns the
answer's Markdown and its sources).
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import gradio as gr

from . import overview_ui, texts
from .bot import MAX_QUESTION_CHARS
from .documents import Answer, Citation
from .inputs import as_shown_text, from_shown_text
from .service import NotReady, RateLimited, Service, client_address, passage_html

log = logging.getLogger(__name__)

CSS = (
    overview_ui.CSS
    + """
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
           clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.kb-source mark { background: #ffe066; color: #111; padding: 0 2px; border-radius: 2px; }
.kb-source blockquote { border-left: 3px solid #888; margin: 0.5em 0; padding-left: 0.75em; }
.kb-disclaimer { font-size: 0.9em; opacity: 0.85; }
footer { display: none !important; }
@media (max-width: 640px) {
  .kb-side { min-width: 100% !important; }
  #kb-chatbot { height: 52vh !important; min-height: 220px; }
  h1 { font-size: 1.4em !important; }
}
"""
)

# Screen readers: the chat log streams, so it is silenced; the finished answer is announced once by #kb-live.
HEAD = """
<meta name="referrer" content="no-referrer">
<script>
(function () {
  document.documentElement.lang = 'nl';
  function quiet() {
    document.querySelectorAll('#kb-chatbot [aria-live]').forEach(function (el) {
      el.setAttribute('aria-live', 'off');
    });
    // The finished answer is written into #kb-live; its (persistent) container is the polite live region.
    var live = document.querySelector('#kb-live .html-container');
    if (live && live.getAttribute('role') !== 'status') {
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      live.setAttribute('aria-atomic', 'true');
    }
  }
  // In the widget's iframe, Escape asks the page to close the panel.
  if (window.parent !== window) {
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { window.parent.postMessage({type: 'kamerbrief:close'}, '*'); }
    });
  }
  new MutationObserver(quiet).observe(document.documentElement, {subtree: true, childList: true});
})();
</script>
"""


def _history(messages: Any) -> list[dict[str, str]]:
    """Gradio's messages (content may be a string or a list of parts) as plain role/content dicts."""
    out = []
    for m in messages or []:
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            continue
        content = m.get("content")
        if isinstance(content, list):
            content = " ".join(p.get("text", "") for p in content if isinstance(p, dict))
        if isinstance(content, str):
            out.append({"role": m["role"], "content": content})
    return out


def _chip_choices(answer: Answer, service: Service) -> list[tuple[str, str]]:
    """One chip per cited passage ("vraag 6"); its value carries every quote from that passage."""
    groups: dict[tuple[str, int | None, int], list[Citation]] = {}
    for c in answer.citations:
        passage = service.passage(c)
        groups.setdefault((c.source, c.question, passage.start if passage else -1), []).append(c)
    choices: list[tuple[str, str]] = []
    for (_, question, _), cites in groups.items():
        label = f"vraag {question}" if question is not None else "brief"
        n = sum(1 for lbl, _ in choices if lbl.split(" (")[0] == label)
        value = json.dumps(
            [{"q": c.question, "quote": c.quote, "source": c.source, "url": c.url} for c in cites], ensure_ascii=False
        )
        choices.append((label if n == 0 else f"{label} ({n + 1})", value))
    return choices


def _status(service: Service) -> str:
    """A visible notice while the index is being built (empty once the assistant is ready)."""
    if service.status == "loading":
        return f"⏳ {texts.UI_LOADING}"
    if service.status == "error":
        return f"⚠️ {texts.INTERNAL}"
    return ""


def _plain(markdown: str) -> str:
    return re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown)


def build_overview_tab(service: Service, tab: Any, demo: gr.Blocks) -> None:
    """The "Overzicht" tab: timeline, figures, sub-questions, references; every item opens its paragraph."""
    letters = gr.Dropdown(choices=[], label="Brief", visible=False, elem_id="kb-ov-letter")
    intro = gr.Markdown("", elem_id="kb-ov-intro")
    downloads = gr.HTML("", elem_id="kb-ov-downloads")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            timeline = gr.HTML("", elem_id="kb-ov-timeline", js_on_load=overview_ui.JS_ITEMS)
        with gr.Column(scale=2, min_width=300, elem_classes=["kb-side"]):
            passage = gr.HTML("", elem_classes=["kb-source"], elem_id="kb-ov-passage", label=texts.UI_PASSAGE)
            cite = gr.Textbox(
                label=texts.UI_CITATION, buttons=["copy"], interactive=False, lines=2, elem_id="kb-ov-cite"
            )
    figures = gr.Dataframe(
        headers=overview_ui.FIGURE_HEADERS,
        label=texts.UI_FIGURES,
        interactive=False,
        wrap=True,
        buttons=["copy", "fullscreen"],
        show_search="search",
        column_widths=["70px", "130px", "100px", "120px", "480px"],  # a phone scrolls the table, not the page
        elem_id="kb-ov-figures",
    )
    subquestions = gr.HTML("", elem_id="kb-ov-subquestions", js_on_load=overview_ui.JS_ITEMS)
    references = gr.HTML("", elem_id="kb-ov-references", js_on_load=overview_ui.JS_ITEMS)

    def current(source: str | None) -> Any:
        try:
            found = service.overviews()
        except NotReady:
            return None
        return next((ov for ov in found if ov.source == source), found[0] if found else None)

    def fill(source: str | None) -> tuple[Any, ...]:
        ov = current(source)
        if ov is None:
            notice = f"⏳ {texts.UI_LOADING}" if service.bot is None else ""
            return gr.update(), notice, "", "", None, "", ""
        choices = [(o.citation, o.source) for o in service.overviews()]
        return (
            gr.update(choices=choices, value=ov.source, visible=len(choices) > 1),
            texts.UI_OVERVIEW_INTRO.format(sender=ov.sender or texts.SENDER_DEFAULT),
            overview_ui.downloads_html(ov.source),
            overview_ui.timeline_html(ov),
            {"headers": overview_ui.FIGURE_HEADERS, "data": overview_ui.figure_rows(ov)},
            overview_ui.subquestions_html(ov),
            overview_ui.references_html(ov),
        )

    def show(citation: Citation | None) -> tuple[str, str]:
        if citation is None or not service.bot or not service.bot.verifier.check(citation):
            return "", ""
        found = service.passage(citation)
        return (passage_html(found) if found else html.escape(citation.quote)), service.citation_text(citation)

    def open_item(source: str | None, evt: gr.EventData) -> tuple[str, str]:
        key = getattr(evt, "item", None)
        if not isinstance(key, str) or service.bot is None:
            return "", ""
        return show(overview_ui.citation_of(key, service.bot.overviews))

    def open_figure(source: str | None, evt: gr.SelectData) -> tuple[str, str]:
        ov = current(source)
        row = evt.row_value if isinstance(evt.row_value, list) else None
        return show(overview_ui.figure_citation(row or [], ov)) if ov is not None else ("", "")

    outputs = [letters, intro, downloads, timeline, figures, subquestions, references]
    tab.select(fill, inputs=letters, outputs=outputs, api_visibility="private")
    demo.load(fill, inputs=letters, outputs=outputs, api_visibility="private")
    letters.change(fill, inputs=letters, outputs=outputs, api_visibility="private")
    timeline.click(open_item, inputs=letters, outputs=[passage, cite], api_visibility="private")
    subquestions.click(open_item, inputs=letters, outputs=[passage, cite], api_visibility="private")
    references.click(open_item, inputs=letters, outputs=[passage, cite], api_visibility="private")
    figures.select(open_figure, inputs=letters, outputs=[passage, cite], api_visibility="private")


def build_ui(service: Service, *, compact: bool = False) -> gr.Blocks:
    """The chat: answers stream in, citations become chips, a chip opens its passage."""
    letter = service.letter_texts()

    def user_turn(message: str, history: list[Any]) -> tuple[str, list[Any], str]:
        """Show the question at once, as text: it is escaped, so HTML in it is never rendered."""
        if not message.strip():
            return "", history, ""
        shown = as_shown_text(message.strip())
        return "", [*(history or []), {"role": "user", "content": shown}], message

    def bot_turn(message: str, history: list[Any], request: gr.Request) -> Iterator[tuple[Any, ...]]:
        if not message.strip():
            yield history, gr.update(), gr.update(), gr.update(), gr.update(), ""
            return
        earlier = _history(history)[:-1]  # the question itself is the last message
        for m in earlier:
            if m["role"] == "user":
                m["content"] = from_shown_text(m["content"])
        try:
            events = service.ask_stream(message, earlier, client=client_address(request))
            shown, answer = "", None
            for event in events:
                if event.kind == "delta":
                    shown += event.text
                elif event.kind == "reset":
                    shown = ""
                elif event.kind == "answer":
                    answer = event.answer
                    continue
                yield [*history, {"role": "assistant", "content": shown}], *([gr.update()] * 4), ""
        except (NotReady, RateLimited, ValueError) as exc:  # ValueError: QuestionError (too long), bad input
            yield (
                [*history, {"role": "assistant", "content": str(exc)}],
                gr.update(choices=[], value=None),
                "",
                "",
                html.escape(str(exc)),
                "",
            )
            return
        except Exception:
            log.exception("answering failed")
            yield (
                [*history, {"role": "assistant", "content": texts.UI_ERROR}],
                gr.update(choices=[], value=None),
                "",
                "",
                html.escape(texts.UI_ERROR),
                "",
            )
            return
        assert answer is not None
        choices = _chip_choices(answer, service)
        first = choices[0][1] if choices else None
        panel_html, cite_text = _source(first) if first else ("", "")
        yield (
            [*history, {"role": "assistant", "content": answer.text}],
            gr.update(choices=choices, value=first),
            panel_html,
            cite_text,
            html.escape(_plain(answer.text)),
            answer.more,
        )

    def show_more(more: str, history: list[Any]) -> tuple[list[Any], str]:
        """ "Meer": the whole of the cited answers, from the last answer (no second search)."""
        if not more:
            return history, ""
        service.issue(more)  # an answer this server gave, so it may get feedback
        return [*history, {"role": "assistant", "content": more}], ""

    def ask_api(message: str, history: list[dict[str, str]] | None = None, request: gr.Request = None) -> str:
        """The chat as an API (gradio_client / @gradio/client): the answer's Markdown with citations."""
        try:
            return service.ask(message, history or [], client=client_address(request)).text
        except (NotReady, RateLimited, ValueError) as exc:
            return str(exc)

    def _source(value: str | None) -> tuple[str, str]:
        if not value:
            return "", ""
        cites = [
            Citation(question=d["q"], quote=d["quote"], source=d["source"], url=d.get("url")) for d in json.loads(value)
        ]
        passage = service.passage(*cites)
        panel = passage_html(passage) if passage else html.escape(cites[0].quote)
        return panel, "\n".join(service.citation_text(c) for c in cites)

    def show_question(choice: str | None) -> str:
        if not choice or service.bot is None:
            return ""
        number = int(choice.split(":")[0].split()[-1])
        for doc in service.bot.documents.values():
            section = doc.question(number)
            if section:
                e = html.escape
                paras = "".join(f"<p>{e(p.text).replace(chr(10), '<br>')}</p>" for p in section.paragraphs)
                q = section.question.text if section.question else ""
                return (
                    f"<h3>{e(texts.PANEL_QUESTION.format(question=number))}</h3><blockquote>{e(q)}</blockquote>"
                    f"<h4>{e(texts.PANEL_ANSWER)}</h4>{paras}"
                )
        return ""

    def question_choices() -> Any:
        if service.bot is None:
            return gr.update(choices=[], info=texts.UI_LOADING)
        items = [f"Vraag {q['number']}: {q['title']}" for d in service.documents() for q in d["questions"]]
        return gr.update(choices=items, info=None)

    def on_like(data: gr.LikeData, history: list[Any], request: gr.Request) -> None:
        msgs = _history(history)
        index = data.index if isinstance(data.index, int) else (data.index[0] if data.index else -1)
        if not (0 <= index < len(msgs)) or msgs[index]["role"] != "assistant":
            return
        question = from_shown_text(next((m["content"] for m in reversed(msgs[:index]) if m["role"] == "user"), ""))
        cited = [int(n) for n in re.findall(r"\[vraag (\d+)\]", msgs[index]["content"])]
        service.feedback(
            question=question,
            answer=msgs[index]["content"],
            citations=sorted(set(cited)),
            liked=bool(data.liked),
            client=client_address(request),
        )

    def on_comment(comment: str, history: list[Any], request: gr.Request) -> tuple[str, str]:
        msgs = _history(history)
        if not comment.strip() or not msgs:
            return comment, ""
        answer = next((m["content"] for m in reversed(msgs) if m["role"] == "assistant"), "")
        question = from_shown_text(next((m["content"] for m in reversed(msgs) if m["role"] == "user"), ""))
        service.feedback(
            question=question,
            answer=answer,
            citations=[],
            liked=None,
            comment=comment.strip(),
            client=client_address(request),
        )
        return "", texts.UI_FEEDBACK_THANKS

    with gr.Blocks(
        title=texts.EMBED_TITLE if compact else texts.UI_TITLE,
        fill_height=compact,
        analytics_enabled=False,
        delete_cache=(3600, 3600),  # uploads are closed (404); should Gradio keep a file anyway, it goes within hours
    ) as demo:
        if not compact:
            gr.Markdown(f"# {texts.UI_TITLE}\n{letter['subtitle']}")
        gr.Markdown(texts.UI_DISCLAIMER, elem_classes=["kb-disclaimer"])
        status = gr.Markdown("", elem_id="kb-status")
        timer = gr.Timer(2.0, active=False)

        def refresh() -> tuple[str, Any]:
            return _status(service), gr.Timer(active=service.bot is None)

        timer.tick(refresh, outputs=[status, timer], api_visibility="private")
        demo.load(refresh, outputs=[status, timer], api_visibility="private")
        # The full page has two tabs (the chat and the letter at a glance); the widget's compact view only the chat.
        tabs = gr.Tabs(elem_id="kb-tabs") if not compact else contextlib.nullcontext()

        def chat_tab() -> Any:
            return (
                gr.Tab(texts.UI_TAB_CHAT, id="chat", elem_id="kb-tab-chat") if not compact else contextlib.nullcontext()
            )

        with tabs:
            with chat_tab():
                live = gr.HTML("", elem_id="kb-live", elem_classes=["sr-only"], render=False)
                chips = gr.Radio(
                    choices=[],
                    label=texts.UI_SOURCES,
                    info=texts.UI_SOURCE_HINT,
                    render=False,
                    elem_id="kb-chips",
                    interactive=True,
                )
                panel = gr.HTML("", elem_classes=["kb-source"], elem_id="kb-source", render=False)
                cite = gr.Textbox(
                    label=texts.UI_CITATION,
                    buttons=["copy"],
                    interactive=False,
                    lines=2,
                    elem_id="kb-citation",
                    render=False,
                )
                chatbot = gr.Chatbot(
                    elem_id="kb-chatbot",
                    height=380 if compact else 460,
                    show_label=False,
                    feedback_options=None if compact else ("Like", "Dislike"),
                    buttons=["copy"],
                    placeholder=letter["subtitle"] if compact else None,
                    sanitize_html=True,
                )
                textbox = gr.Textbox(
                    placeholder=letter["placeholder"],
                    show_label=False,
                    max_length=4
                    * MAX_QUESTION_CHARS,  # the browser counts code units; the server counts what was typed
                    submit_btn=True,
                    stop_btn=False,
                    elem_id="kb-input",
                )
                pending = gr.State("")
                more = gr.State("")
                more_button = gr.Button(texts.UI_MORE, size="sm", elem_id="kb-more", variant="secondary")
                if not compact:
                    gr.Examples(letter["students"], inputs=textbox, label="Voorbeelden voor studenten")
                    gr.Examples(letter["journalists"], inputs=textbox, label="Voorbeelden voor journalisten")
                # While an answer streams the submit button turns into a stop button, and back when it is done.
                busy = {"submit_btn": False, "stop_btn": True}
                idle = {"submit_btn": True, "stop_btn": False}
                turn = textbox.submit(
                    user_turn, [textbox, chatbot], [textbox, chatbot, pending], queue=False, api_visibility="private"
                )
                turn = turn.then(lambda: gr.Textbox(**busy), outputs=textbox, queue=False, api_visibility="private")
                answering = turn.then(
                    bot_turn, [pending, chatbot], [chatbot, chips, panel, cite, live, more], api_visibility="private"
                )
                more_button.click(show_more, [more, chatbot], [chatbot, more], queue=False, api_visibility="private")
                answering.then(lambda: gr.Textbox(**idle), outputs=textbox, queue=False, api_visibility="private")
                textbox.stop(
                    lambda: gr.Textbox(**idle),
                    outputs=textbox,
                    cancels=[answering],
                    queue=False,
                    api_visibility="private",
                )
                if not compact:
                    gr.api(
                        ask_api,
                        api_name="ask",
                        api_description=(
                            "Ask a question about the letter (with optional earlier messages); returns the cited "
                            "answer as Markdown with [vraag N] citations."
                        ),
                    )
                live.render()
                with gr.Accordion(texts.UI_SOURCES, open=not compact, elem_classes=["kb-side"]):
                    chips.render()
                    panel.render()
                    cite.render()
                chips.change(_source, inputs=chips, outputs=[panel, cite], api_visibility="private")
                if not compact:
                    with gr.Accordion(texts.UI_QUESTIONS, open=False):
                        picker = gr.Dropdown(choices=[], label=texts.UI_QUESTION_PICK, elem_id="kb-questions")
                        shown = gr.HTML("", elem_classes=["kb-source"])
                        picker.change(show_question, inputs=picker, outputs=shown, api_visibility="private")
                        picker.focus(question_choices, outputs=picker, api_visibility="private")  # after a slow start
                    with gr.Row():
                        comment = gr.Textbox(label=texts.UI_FEEDBACK_COMMENT, scale=4, max_length=2000)
                        send = gr.Button(texts.UI_FEEDBACK_SEND, scale=1)
                    thanks = gr.Markdown("")
                    send.click(
                        on_comment, inputs=[comment, chatbot], outputs=[comment, thanks], api_visibility="private"
                    )
                    chatbot.like(on_like, inputs=[chatbot], outputs=None, api_visibility="private")
                    demo.load(question_choices, outputs=picker, api_visibility="private")
            if not compact:
                with gr.Tab(texts.UI_TAB_OVERVIEW, id="overview", elem_id="kb-tab-overview") as overview_tab:
                    build_overview_tab(service, overview_tab, demo)
    # Several visitors are answered at once (one slow answer does not hold up the others); the line is bounded.
    demo.queue(default_concurrency_limit=service.settings.ui_concurrency, max_size=service.settings.queue_size)
    return demo
