"""A model Run's text → reportlab paragraph markup that prints it literally.

The text is printable and prepared for its line already (grantdesk.layout.text); here
`& < >` are escaped so `<b>hi</b>` prints as typed, links in typed text are made
clickable, the model's break marks become what reportlab breaks a line at, and line
breaks become <br/>.
"""

from __future__ import annotations

import re

from ..layout.model import BREAK, JOIN, SOFT

# reportlab splits words at Python whitespace (or at paragraph._wsc when the text has a
# no-break space) and a zero-width space is neither; a hair space is both.
SEPARATOR = "\u200a"

# A link starts with a scheme or www. and runs to whitespace or a character that cannot be
# part of a typed URL here (angle brackets and guillemets wrap links in the seeds).
# A list of links typed without spaces is many links: one ends where the next one starts.
_URL = re.compile(r"(?:https?://|www\.)(?:(?!https?://|(?<!/)www\.)[^\s<>\"«»\[\]{}|\\^`])+", re.IGNORECASE)
_TRAILING = ".,;:!?'"


def escape(text: str) -> str:
    """Text → markup printing it literally; the model's break marks become line-break spaces."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace(SOFT, "-" + SEPARATOR).replace(BREAK, SEPARATOR).replace(JOIN, "\u00a0"))


def _split_url(url: str) -> tuple[str, str]:
    """Trailing punctuation and an unbalanced closing bracket belong to the sentence."""
    tail = ""
    while url:
        if url[-1] in _TRAILING:
            url, tail = url[:-1], url[-1] + tail
        elif url[-1] == ")" and url.count("(") < url.count(")"):
            url, tail = url[:-1], ")" + tail
        else:
            break
    return url, tail


def _link(url: str) -> str:
    href = url.replace(BREAK, "").replace(SOFT, "")  # where a long link may end a line is not part of it
    href = href if "://" in href else "http://" + href
    href = escape(href).replace('"', "&quot;")
    return f'<a href="{href}" color="#1f4e9c">{escape(url)}</a>'


def to_markup(text: str | None, links: bool = True) -> str:
    """Paragraph markup showing `text` literally, with links clickable (`links`) and line
    breaks kept."""
    if not text:
        return ""
    out: list[str] = []
    pos = 0
    if links and ("://" in text or "www" in text.lower() or BREAK in text or SOFT in text):
        # links are found in the text without the break marks, which may fall inside one
        where = [i for i, ch in enumerate(text) if ch != BREAK and ch != SOFT]
        bare = "".join(text[i] for i in where)
        where.append(len(text))
        for m in _URL.finditer(bare):
            url, _ = _split_url(m.group(0))
            if "." not in url.split("://", 1)[-1]:  # "http://" alone is not a link
                continue
            start, end = where[m.start()], where[m.start() + len(url) - 1] + 1
            out.append(escape(text[pos:start]))
            out.append(_link(text[start:end]))
            pos = end
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")
