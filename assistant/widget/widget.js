/*
 * Kamerbrief-assistent widget: one line on any page.
 *   <script src="https://HOST/widget.js" defer></script>
 * Optional data attributes on that script tag:
 *   data-title="Vraag het de Kamerbrief"   data-color="#154273"   data-position="right|left"   data-open="true"
 * It adds a launcher button; the conversation runs in an iframe of HOST/embed (styles stay apart from the page).
 * No cookies, no storage: the conversation lives in the iframe's memory only.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var base = new URL(script.src, document.baseURI);
  var origin = base.origin + base.pathname.replace(/\/widget\.js$/, "");
  var title = script.getAttribute("data-title") || "Vraag het de Kamerbrief";
  var color = script.getAttribute("data-color") || "#154273";
  if (!/^#[0-9a-fA-F]{3,8}$|^[a-zA-Z]+$/.test(color)) { color = "#154273"; }
  var side = script.getAttribute("data-position") === "left" ? "left" : "right";
  var openOnLoad = script.getAttribute("data-open") === "true";

  var host = document.createElement("div");
  host.setAttribute("data-kamerbrief-widget", "");
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var style = document.createElement("style");
  style.textContent = [
    ":host{all:initial}",
    ".kb-launch{position:fixed;bottom:20px;" + side + ":20px;z-index:2147483000;background:" + color + ";",
    "color:#fff;border:0;border-radius:28px;padding:14px 20px;font:600 16px/1.2 system-ui,sans-serif;",
    "box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}",
    ".kb-launch:focus-visible,.kb-close:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}",
    ".kb-panel{position:fixed;bottom:84px;" + side + ":20px;z-index:2147483000;width:400px;height:620px;",
    "max-height:calc(100vh - 110px);background:#fff;border-radius:12px;overflow:hidden;",
    "box-shadow:0 8px 30px rgba(0,0,0,.3);display:none;flex-direction:column}",
    ".kb-panel.kb-open{display:flex}",
    ".kb-bar{display:flex;align-items:center;justify-content:space-between;background:" + color + ";color:#fff;",
    "padding:8px 12px;font:600 15px system-ui,sans-serif}",
    ".kb-close{background:transparent;border:0;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:4px 8px}",
    ".kb-frame{border:0;flex:1;width:100%}",
    "@media (max-width:600px){.kb-panel{inset:0;width:100%;height:100%;max-height:none;border-radius:0}}",
    "@media (prefers-color-scheme:dark){.kb-panel{background:#0b0f19}}"
  ].join("");
  root.appendChild(style);

  var button = document.createElement("button");
  button.className = "kb-launch";
  button.type = "button";
  button.textContent = title;
  button.setAttribute("aria-label", "Open de chat: " + title);
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "kb-panel");

  var panel = document.createElement("div");
  panel.className = "kb-panel";
  panel.id = "kb-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  var bar = document.createElement("div");
  bar.className = "kb-bar";
  var heading = document.createElement("span");
  heading.textContent = title;
  var close = document.createElement("button");
  close.className = "kb-close";
  close.type = "button";
  close.setAttribute("aria-label", "Sluit de chat");
  close.textContent = "\u00d7";
  bar.appendChild(heading);
  bar.appendChild(close);
  panel.appendChild(bar);
  var frame = null;

  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.className = "kb-frame";
      frame.title = title;
      frame.src = origin + "/embed/";
      frame.setAttribute("allow", "clipboard-write");
      frame.setAttribute("referrerpolicy", "no-referrer");
      panel.appendChild(frame);
    }
    panel.classList.add("kb-open");
    button.setAttribute("aria-expanded", "true");
    close.focus();
  }
  function shut() {
    panel.classList.remove("kb-open");
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
  button.addEventListener("click", function () {
    if (panel.classList.contains("kb-open")) { shut(); } else { open(); }
  });
  close.addEventListener("click", shut);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && panel.classList.contains("kb-open")) { shut(); }
  });
  panel.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { shut(); }
  });
  // Escape pressed inside the chat (the iframe) arrives as a message from the app's own origin.
  window.addEventListener("message", function (e) {
    if (e.origin === base.origin && e.data && e.data.type === "kamerbrief:close" &&
        panel.classList.contains("kb-open")) { shut(); }
  });

  root.appendChild(button);
  root.appendChild(panel);
  function attach() {
    document.body.appendChild(host);
    if (openOnLoad) { open(); }
  }
  if (document.body) { attach(); } else { document.addEventListener("DOMContentLoaded", attach); }
})();
