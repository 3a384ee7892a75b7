"""A heading kept with the start of what follows it, not with all of it.

reportlab keeps a `keepWithNext` paragraph (a heading, a table's caption) together with
the next flowable by moving both to the next page whenever the next one does not fit
whole: a long activity text or a long table then left most of a page empty. KeepWithStart
moves them only when the heading and the start of what follows do not fit: a paragraph's
first lines, a table's header and first row. Otherwise the heading stays and what
follows splits at the page's end as it would anywhere.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

START_LINES = 3  # lines of a paragraph that must follow its heading on the same page


def _start(flowable: Flowable, width: float, height: float) -> float:
    """The height of the part of `flowable` a heading must not be parted from."""
    _, full = flowable.wrap(width, height)
    if isinstance(flowable, Paragraph):
        return min(full, START_LINES * flowable.style.leading)
    if isinstance(flowable, Table):
        rows = getattr(flowable, "_rowHeights", None) or []
        head = getattr(flowable, "repeatRows", 0) or 0
        head = head if isinstance(head, int) else len(head)
        return min(full, sum(rows[:head + 1])) if rows else full
    return full


class KeepWithStart(KeepTogether):
    """What the document makes of `keepWithNext` (the doc's keepTogetherClass)."""

    def split(self, aW, aH):
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        *heads, last = self._content
        if not heads:
            return super().split(aW, aH)
        need = 0.0
        after = 0.0
        for f in heads:
            _, h = f.wrap(aW, aH)
            need += max(after, f.getSpaceBefore()) + h
            after = f.getSpaceAfter()
        need += max(after, last.getSpaceBefore()) + _start(last, aW, aH)
        if need <= aH:
            return list(self._content)  # the heading stays; what follows splits at the page's end
        return super().split(aW, aH)
