"""A text as a QR code's modules: reportlab's own encoder, with its mask choice scored fast.

A QR encoder tries the eight mask patterns and keeps the one of the lowest penalty
(runs, blocks, finder-like patterns, dark balance). reportlab scores each with lists of
booleans, 0.7 ms a mask: six of the seven milliseconds a code takes, paid for every
printed page. `penalty` scores the same matrix, rule for rule as reportlab's
`QRUtil.getLostPoint` does (its quirks included, so the same mask wins and the code is
module for module reportlab's: tests/printing/test_qr.py), on rows as bit strings and
integers, a tenth of the time.
"""

from __future__ import annotations

import re

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


def penalty(modules: list[list[bool]]) -> int:
    """reportlab's lost points (QRUtil.getLostPoint) of a module matrix."""
    n = len(modules)
    rows = ["".join("1" if m else "0" for m in row) for row in modules]
    cols = ["".join(col) for col in zip(*rows)]
    score = _run_score(rows) + _run_score(cols)
    # Rule 2: each 2×2 block of one colour, 3
    bits = [int(row[::-1], 2) for row in rows]  # bit c is column c
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


def qr_modules(text: str) -> list[list[bool]]:
    """`text` as a QR code of error correction level M (15 % of it may be lost: a fold, a
    stamp's edge), the version it needs, the mask of the lowest penalty: its rows of
    modules, True dark, without the quiet zone."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.version = qr.calculate_version()
    scores = []
    for mask in range(8):
        qr.makeImpl(True, mask)  # the test matrix reportlab scores: format bits left light
        scores.append(penalty(qr.modules))
    qr.makeImpl(False, scores.index(min(scores)))  # the first of the lowest, as reportlab
    return [[bool(m) for m in row] for row in qr.modules]
