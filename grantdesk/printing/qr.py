"""A text as a QR code's modules: reportlab's own encoder, with its mask choice scored fast.

A QR encoder tries the eight mask patterns and keeps the one of the lowest penalty
(runs, blocks, finder-like patterns, dark balance). reportlab scores each with lists of
booleans, 0.7 ms a mask: six of the seven milliseconds a code takes, paid for every
printed page. `penalty` scores the same matrix, rule for rule as reportlab's
`QRUtil.getLostPoint` does (its quirks included, so the same mask wins and the code is
module for module reportlab's: tests/printing/test_qr.py), on rows as bit strings and
integers, a tenth of the time; the eight masked matrices are mask 0's with the data
modules flipped where two masks differ (bits known per version), not eight layouts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..submodules import import_alone

# the encoder alone: the barcode package's __init__ loads twenty barcode widgets (10-20 ms)
qrencoder = import_alone("reportlab.graphics.barcode", "qrencoder")

_RUN = re.compile(r"0{5,}|1{5,}")
# reportlab looks for the finder-like pattern in one direction, along the rows only
# (its column pass compares tuples with a list, never equal), and never at a row's last
# possible start: `endpos` below keeps both.
_FINDER_LIKE = re.compile("10111010000")


def _run_score(lines: list[str]) -> int:
    """Rule 1: a run of five or more modules of one colour costs its length less two."""
    return sum(len(m) - 2 for line in lines for m in _RUN.findall(line))


def _row_bits(modules) -> list[int]:
    """Each row as an integer, bit c the module in column c."""
    return [int("".join("1" if m else "0" for m in reversed(row)), 2) for row in modules]


def _penalty_bits(bits: list[int], n: int) -> int:
    rows = [format(b, f"0{n}b")[::-1] for b in bits]
    cols = ["".join(col) for col in zip(*rows)]
    score = _run_score(rows) + _run_score(cols)
    # Rule 2: each 2×2 block of one colour, 3
    inner = (1 << (n - 1)) - 1
    for a, b in zip(bits, bits[1:]):
        same = ~(a ^ b) & ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & inner
        score += 3 * same.bit_count()
    # Rule 3: 40 for each finder-like pattern, the patterns not overlapping
    score += 40 * sum(len(_FINDER_LIKE.findall(row, 0, n - 1)) for row in rows)
    # Rule 4: 10 for every 5 % the dark modules are away from half
    dark = sum(b.bit_count() for b in bits)
    score += 10 * (abs(100 * dark // (n * n) - 50) // 5)
    return score


def penalty(modules: list[list[bool]]) -> int:
    """reportlab's lost points (QRUtil.getLostPoint) of a module matrix."""
    return _penalty_bits(_row_bits(modules), len(modules))


@lru_cache(maxsize=8)
def _layout(version: int) -> tuple[list, list[list[int]]]:
    """A version's data module positions (reportlab's order) and, for each mask, the rows
    of the data modules it darkens, as bits: the same for every code of the version."""
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    probe.moduleCount = version * 4 + 17
    positions = list(probe._dataPosIterator())
    masks = []
    for mask in range(8):
        darkens = qrencoder.QRUtil.getMask(mask)
        rows = [0] * probe.moduleCount
        for col, row in positions:
            if darkens(row, col):
                rows[row] |= 1 << col
        masks.append(rows)
    return positions, masks


def qr_modules(text: str) -> list[list[bool]]:
    """`text` as a QR code of error correction level M (15 % of it may be lost: a fold, a
    stamp's edge), the version it needs, the mask of the lowest penalty: its rows of
    modules, True dark, without the quiet zone."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.version = qr.calculate_version()
    positions, masks = _layout(qr.version)
    qr._dataPosList = positions  # reportlab's own cache of them, filled from ours
    qr.makeImpl(True, 0)  # the test matrix reportlab scores (format bits left light), under mask 0
    n = qr.moduleCount
    base = _row_bits(qr.modules)
    # under mask m the data modules are mask 0's flipped where masks 0 and m differ
    scores = [_penalty_bits([b ^ m0 ^ mm for b, m0, mm in zip(base, masks[0], masks[mask])], n)
              for mask in range(8)]
    qr.makeImpl(False, scores.index(min(scores)))  # the first of the lowest, as reportlab
    return [[bool(m) for m in row] for row in qr.modules]
