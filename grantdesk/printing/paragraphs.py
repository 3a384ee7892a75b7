"""A paragraph that breaks its lines once, however many pages it runs over.

When reportlab splits a paragraph at a page's end it makes a new paragraph of the rest
and breaks that into lines again, and a table splitting a row re-wraps it more than
once: a text running over k pages was broken into lines about k times, so one
100 000-character value took time growing with the square of its length. Here the lines
broken for a width are kept, and both parts of a split keep the lines they already have.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class Para(Paragraph):
    """reportlab's Paragraph, each width's line breaking done once."""

    _broken: tuple[tuple[float, ...], object] | None = None  # (widths, lines broken for them)

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
