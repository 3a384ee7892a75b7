"""One cell of indicators beside one cell of planned values, paired line by line.

Plans often hold an activity's indicators in one cell, one per line (or per paragraph,
empty lines between), with the planned values in the next cell on matching lines. Lines do
not always match: an indicator continued on a second line, a bracketed explanation under
its indicator, a value split over two lines. A line joins the one above it when it plainly
continues it (it opens with a bracket or a lower-case letter, or the line above ends in a
comma, a dash or an open bracket); an empty line always separates. When both cells then
hold as many items, every pair is certain; otherwise the items are paired line for line
when that agrees, else in order, and the pairing is marked for the user to confirm.
Nothing is dropped either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

_OPENS_CONTINUATION = "("
_ENDS_UNFINISHED = (",", "-", "–", "—", "(", ":", "/", "+")


@dataclass(frozen=True)
class Paired:
    pairs: list[tuple[str, str]]
    certain: bool


def _continues(line: str, above: str) -> bool:
    first = line[0]
    return (first in _OPENS_CONTINUATION or first.islower()
            or above.endswith(_ENDS_UNFINISHED) or above.count("(") > above.count(")"))


def items(text: str, join: bool = True) -> list[str]:
    """A cell's items: blocks between empty lines, split into lines, continuation lines
    joined to the line above (`join`)."""
    out: list[str] = []
    fresh = True  # after an empty line (or at the start): a new item whatever the line says
    for raw in (text or "").split("\n"):
        line = raw.strip()
        if not line:
            fresh = True
            continue
        if join and not fresh and out and _continues(line, out[-1]):
            out[-1] = f"{out[-1]}\n{line}"  # kept on its own line, as written
        else:
            out.append(line)
        fresh = False
    return out


def pair(indicators: str, plans: str) -> Paired:
    """Indicator and planned-value items paired; see the module docstring."""
    left, right = items(indicators), items(plans)
    if len(left) == len(right):
        return Paired(list(zip(left, right)), True)
    # The joining may have been wrong on one side: line for line may agree instead; the
    # user still confirms it.
    for a, b in ((items(indicators, join=False), right), (left, items(plans, join=False)),
                 (items(indicators, join=False), items(plans, join=False))):
        if len(a) == len(b) and a:
            return Paired(list(zip(a, b)), False)
    return Paired([(i or "", p or "") for i, p in zip_longest(left, right)], False)
