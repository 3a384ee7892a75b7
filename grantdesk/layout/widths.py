"""Column widths of a printed table from the report being printed, within the
definition's bounds.

A block's `widths` list (docs/form-definitions.md, read by layout/columns.py) gives each
column a weight, and may bound it: `{weight: 7, min: 5, max: 20}` (min and max in percent
of the table's width).
Each column first gets the room its heading's longest word needs (headings never break
inside a word, in one font size), then, if it holds anything, the room its longest word
needs (within its bounds); a column empty in this report keeps only its heading's room.
What is left of the page goes to the columns whose text does not fit on one line yet, in
proportion to their weights, none wider than its max or than its longest line. The
widths are computed once per table, from all its rows, so every page of it is the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from .columns import Bound
from ..values.blank import is_unanswered
from .breaking import breaks_anyway, text_width, words
from .styles import CELL_PAD

# Room a cell's text cannot use: its padding, and a hair against rounding.
CELL_SPARE = 2 * CELL_PAD + 0.5


@dataclass(frozen=True)
class Column:
    """What one column holds, measured: widths in points of text (padding excluded)."""

    head_word: float  # the heading's longest word (a heading may wrap after a slash too)
    word: float  # the longest word of its cells, links and codes aside (0: the column is empty)
    line: float  # its longest cell set on one line
    mean: float = 0.0  # its cells' average, set on one line (0: empty)


def head_word(head: str, font: str, size: float) -> float:
    """The width of a heading's longest word."""
    parts = [part for w in words(head) for part in _after_slashes(w)]
    return max((text_width(w, font, size) for w in parts), default=0.0)


def measure(head: str, head_font: str, cells: Iterable[str], font: str, size: float) -> Column:
    """Measure a column: its heading (plain wording) and its cells (plain typed text)."""
    head = head_word(head, head_font, size)
    word = line = total = 0.0
    count = 0
    for text in cells:
        if is_unanswered(text):
            continue  # a dash typed for "nothing" does not make a column full
        lines = [text_width(para, font, size) for para in text.splitlines()]
        line = max(line, *lines)
        total += sum(lines)
        count += 1
        word = max(word, max((text_width(w, font, size) for w in words(text) if not breaks_anyway(w)), default=0.0))
    return Column(head, word, line, total / count if count else 0.0)


def _after_slashes(word: str) -> list[str]:
    """`нәтижелері/әсері` → `нәтижелері/`, `әсері`: a heading may wrap after a slash."""
    parts = word.split("/")
    return [p + "/" for p in parts[:-1]] + parts[-1:]


@dataclass(frozen=True)
class Layout:
    """A table's column widths and its header's size."""

    widths: list[float]
    head_scale: float  # the one header size of this table, relative to the measured one


# Header sizes tried, relative to the table's text size: one size for every heading of a
# table, the largest that leaves the columns' longest words their room.
HEAD_SCALES = (1.0, 13 / 14, 12 / 14, 11 / 14)
# A column whose cells run on average to more lines than this holds running text: when
# not every longest word fits, its words break first (plan, fact, dates keep theirs).
TEXT_LINES = 2
# Without a max in the definition, one word claims at most this share of the table.
DEFAULT_MAX = 40.0


def fit_columns(columns: Sequence[Column], limits: Sequence[Bound], total: float,
                groups: Sequence[tuple[int, int, float]] = ()) -> Layout:
    """Point widths summing to `total`, and the header size: see the module's docstring.
    `groups` are headings over columns first..last, each with its longest word's width."""
    lo = [total * b.min / 100 if b.min is not None else 0.0 for b in limits]
    hi = [total * b.max / 100 if b.max is not None else total for b in limits]
    word_cap = [total * (b.max if b.max is not None else DEFAULT_MAX) / 100 for b in limits]
    for scale in HEAD_SCALES:
        floor = [c.head_word * scale + CELL_SPARE for c in columns]
        for first, last, word in groups:  # a group's heading spans its columns
            short = word * scale + CELL_SPARE - sum(floor[first:last + 1])
            for i in range(first, last + 1):
                floor[i] += max(0.0, short) / (last - first + 1)
        need = [f if c.word <= 0 else max(f, lo[i], min(c.word + CELL_SPARE, word_cap[i]))
                for i, (c, f) in enumerate(zip(columns, floor))]
        if sum(need) <= total:
            return Layout(_spread(columns, limits, need, hi, total), scale)
    # Not every longest word fits, even under the smallest headings: running text gives
    # up room first, down to its heading's; then every column alike.
    text = [c.mean > TEXT_LINES * w for c, w in zip(columns, need)]
    for shrinking in (text, [True] * len(columns)):
        fixed = sum(w if not s else f for w, f, s in zip(need, floor, shrinking))
        above = sum(w - f for w, f, s in zip(need, floor, shrinking) if s)
        if fixed <= total and above > 0:
            k = (total - fixed) / above
            return Layout([f + (w - f) * k if s else w for w, f, s in zip(need, floor, shrinking)], scale)
        if fixed <= total:
            break
    return Layout([total * w / sum(need) for w in need], scale)


def _spread(columns: Sequence[Column], limits: Sequence[Bound], need: list[float], hi: list[float],
            total: float) -> list[float]:
    """Every column at its need; the rest of `total` shared out by weight."""
    n = len(columns)
    width = list(need)
    spare = total - sum(need)
    weights = [max(b.weight, 1e-3) for b in limits]
    full = [c.line + CELL_SPARE for c in columns]
    filled = [c.word > 0 for c in columns]
    # First to columns whose longest line does not fit yet (no wider than that line, or
    # than their max), then to any column with text up to its max, then past it; an
    # empty column grows only when nothing else can.
    for eligible, cap in (
        (filled, [min(h, f) for h, f in zip(hi, full)]),
        (filled, hi),
        (filled, [total] * n),
        ([True] * n, [total] * n),
    ):
        spare = _fill(width, spare, eligible, cap, weights)
    return width


def _fill(width: list[float], spare: float, eligible: Sequence[bool], cap: Sequence[float],
          weights: Sequence[float]) -> float:
    """Share `spare` among eligible columns by weight, none past its cap; what is left."""
    while spare > 1e-6:
        open_ = [i for i in range(len(width)) if eligible[i] and width[i] < cap[i] - 1e-6]
        if not open_:
            break
        weight = sum(weights[i] for i in open_)
        given = 0.0
        for i in open_:
            add = min(spare * weights[i] / weight, cap[i] - width[i])
            width[i] += add
            given += add
        spare -= given
    return spare
