"""A paragraph that breaks its lines once, however many pages it runs over.

When reportlab splits a paragraph at a page's end it makes a new paragraph of the rest
and breaks that into lines again, and a table splitting a row re-wraps it more than
once: a text running over k pages was broken into lines about k times, so one
100 000-character value took time growing with the square of its length. Here the lines
broken for a width are kept, and both parts of a split keep the lines they already have.

Most paragraphs of a report are plain text (a cell's value, a sentence): no tag, no
entity. reportlab runs its HTML parser for each (a third of a paragraph's making); the
fragment it makes is the style's first fragment with the text, so a plain text is given
that fragment directly (`_plain_frags`), the same attributes to the last: a report prints
byte for byte as parsed (tests/printing/test_plain_paragraphs.py).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

# per style, the fragment reportlab's parser makes of a plain text in it (its text aside)
_TEMPLATES: WeakKeyDictionary = WeakKeyDictionary()
PLAIN = True  # off: every paragraph through the parser (the tests compare the two)


def _plain_frags(text: str, style) -> list | None:
    """The fragments of `text` (cleaned as reportlab cleans it) if it is plain, else None."""
    if "<" in text or "&" in text or not text:
        return None
    template = _TEMPLATES.get(style)
    if template is None:
        same, parsed, bullets = ParaParser().parse("x", style)
        if same is not style or not parsed or len(parsed) != 1 or bullets:
            return None
        template = _TEMPLATES[style] = parsed[0]
    # the parser's fragments share one link and one underline list per paragraph
    return [template.clone(text=text, link=[], us_lines=[])]


class Para(Paragraph):
    """reportlab's Paragraph, each width's line breaking done once, plain text unparsed."""

    _broken: tuple[tuple[float, ...], object] | None = None  # (widths, lines broken for them)

    def _setup(self, text, style, bulletText, frags, cleaner):
        if PLAIN and frags is None and not bulletText and isinstance(text, str) and cleaner is cleanBlockQuotedText:
            clean = cleaner(text)
            frags = _plain_frags(clean, style)
            if frags is not None:
                textTransformFrags(frags, style)  # as _setup does after parsing
                return super()._setup(clean, style, bulletText, frags, cleaner)
        return super()._setup(text, style, bulletText, frags, cleaner)

    def breakLines(self, width):
        key = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        if self._broken is not None and self._broken[0] == key:
            return self._broken[1]
        lines = super().breakLines(width)
        self._broken = (key, lines)
        return lines

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._broken is not None:
            first, rest = parts
            widths, lines = self._broken
            done = len(first.blPara.lines)
            # Both parts keep exactly the lines this split counted: broken afresh, a part
            # can come out a line longer (a word moves up or down) and no longer fit. The
            # rest starts a fresh paragraph, so every line of it is as wide as a later line.
            first._broken = (widths, lines.clone(lines=lines.lines[:done]))
            later = widths[-1]
            rest._broken = ((later, later), lines.clone(lines=lines.lines[done:]))
            # Lines of mixed fonts name their first fragment by its index in this
            # paragraph's fragments: both parts keep all of them, so the indices hold
            # (the lines, not the fragments, are what is drawn).
            first.frags = rest.frags = self.frags
        return parts
