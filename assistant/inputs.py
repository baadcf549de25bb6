"""What a visitor types, made safe in one place: the question and the conversation history.

* Lone surrogates (``"\\ud800"``, possible in JSON but not in UTF-8), control characters, zero-width and
  bidirectional-control characters are removed; the text is NFC-normalised (a letter with a combining accent
  becomes one character).
* Length is counted as the visitor typed it: user-perceived characters (grapheme clusters), so an emoji or a
  letter with an accent is one character, whatever its encoding.

>>> clean_text("  wanneer\\u200b komt de wet?\\ud800 ")
'wanneer komt de wet?'
>>> typed_length("e\\u0301e\\u0301"), typed_length("👍🏽👍🏽")
(2, 2)
"""

from __future__ import annotations

import html
import re
import unicodedata

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A terminal escape sequence pasted along ("\x1b[31m"): the whole sequence goes, not only its escape character.
_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")
# Control characters (not tab or newline), zero-width and bidirectional controls, BOM, soft hyphen.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def clean_text(text: str) -> str:
    """The text without what cannot be shown, stored or embedded; NFC-normalised and stripped."""
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", _ESCAPE.sub("", _SURROGATE.sub("", text)))).strip()


def typed_length(text: str) -> int:
    """How many characters the visitor typed (grapheme clusters: "👍🏽" and "é" count one each)."""
    try:
        import regex
    except ImportError:  # pragma: no cover - regex comes with the pinned requirements
        return sum(1 for ch in text if not unicodedata.combining(ch))
    return len(regex.findall(r"\X", text))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#!|~])")  # "[", "]" and "!" already break every link and image
_MD_ESCAPED = re.compile(r"\\([\\`*_\[\]#!|~])")


def as_shown_text(text: str) -> str:
    """The visitor's own message for a Markdown view, shown as the text it is: no image, link or HTML in it is
    rendered (an image would otherwise be loaded from any host).

    >>> as_shown_text("![x](https://example.org/a.png) <b>hoi</b>")
    '\\\\!\\\\[x\\\\](https://example.org/a.png) &lt;b&gt;hoi&lt;/b&gt;'
    """
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text))


def from_shown_text(text: str) -> str:
    """The message as typed, from :func:`as_shown_text`.

    >>> from_shown_text(as_shown_text("![x](y) <b>")) == "![x](y) <b>"
    True
    """
    return html.unescape(_MD_ESCAPED.sub(r"\1", text))
