"""How wide printed text is, read from the bundled fonts themselves (pure: no renderer).

Column widths and line fitting are decided once, in the print model (layout/), and both
writers use them: the PDF draws in these fonts, the Word file gets the same widths in
twips (its Times New Roman is narrower, so what fits here fits there). The widths are the
fonts' own advance widths (`hmtx` through `cmap`), in 1/1000 of the font size, as
reportlab measures them (it applies no kerning), so a line measured here is the line
reportlab sets.

Reading a face's two tables takes 3-4 ms, 15 ms for the family, paid by every `grantdesk
print`: the widths read are kept in the user's cache folder (marshal: a dict and a float),
keyed by the font file's size and time, and read back in a fraction of that; a cache that
cannot be read or written only costs the reading.
"""

from __future__ import annotations

import marshal
import os
import struct
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from ..resources import fonts_dir

REGULAR = "DejaVuSerifCondensed"
BOLD = "DejaVuSerifCondensed-Bold"
ITALIC = "DejaVuSerifCondensed-Italic"
BOLD_ITALIC = "DejaVuSerifCondensed-BoldItalic"
FILES = {REGULAR: "DejaVuSerifCondensed.ttf", BOLD: "DejaVuSerifCondensed-Bold.ttf",
         ITALIC: "DejaVuSerifCondensed-Italic.ttf", BOLD_ITALIC: "DejaVuSerifCondensed-BoldItalic.ttf"}


_JOIN = 0xE000


def face_name(bold: bool = False, italic: bool = False) -> str:
    return (BOLD_ITALIC if italic else BOLD) if bold else (ITALIC if italic else REGULAR)


@dataclass(frozen=True)
class Face:
    """A font face's advance widths, by character."""

    by_char: dict[str, float]  # character -> advance in 1/1000 em (one map: four faces' are 1.4 MB)
    default: float  # the missing glyph's advance

    @property
    def codepoints(self) -> frozenset[int]:
        return frozenset(map(ord, self.by_char))

    def width(self, text: str, size: float) -> float:
        # one C-level pass: the widths of long texts are measured often (column widths)
        return sum(map(self.by_char.get, text, repeat(self.default))) * size / 1000.0


def _tables(data: bytes) -> dict[str, tuple[int, int]]:
    count = struct.unpack_from(">H", data, 4)[0]
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
        out[tag.decode("latin-1")] = (offset, length)
    return out


def _cmap(data: bytes, start: int) -> dict[int, int]:
    """Code point -> glyph, from the Unicode subtable (format 12 preferred, else 4)."""
    count = struct.unpack_from(">H", data, start + 2)[0]
    subs = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", data, start + 4 + 8 * i)
        subs[(platform, encoding)] = start + offset
    out: dict[int, int] = {}
    for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
        at = subs.get(key)
        if at is None:
            continue
        fmt = struct.unpack_from(">H", data, at)[0]
        if fmt == 12:
            groups = struct.unpack_from(">L", data, at + 12)[0]
            for g in range(groups):
                first, last, glyph = struct.unpack_from(">LLL", data, at + 16 + 12 * g)
                for cp in range(first, last + 1):
                    out[cp] = glyph + cp - first
            return out
        if fmt == 4:
            segs = struct.unpack_from(">H", data, at + 6)[0] // 2
            ends = struct.unpack_from(f">{segs}H", data, at + 14)
            starts = struct.unpack_from(f">{segs}H", data, at + 16 + 2 * segs)
            deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 4 * segs)
            range_at = at + 16 + 6 * segs
            offsets = struct.unpack_from(f">{segs}H", data, range_at)
            for s in range(segs):
                for cp in range(starts[s], ends[s] + 1):
                    if cp == 0xFFFF:
                        continue
                    if offsets[s] == 0:
                        glyph = (cp + deltas[s]) & 0xFFFF
                    else:
                        where = range_at + 2 * s + offsets[s] + 2 * (cp - starts[s])
                        glyph = struct.unpack_from(">H", data, where)[0]
                        glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
                    if glyph:
                        out[cp] = glyph
            return out
    raise ValueError("no Unicode cmap")


def parse_face(data: bytes) -> Face:
    tables = _tables(data)
    units = struct.unpack_from(">H", data, tables["head"][0] + 18)[0]
    metrics = struct.unpack_from(">H", data, tables["hhea"][0] + 34)[0]
    hmtx = tables["hmtx"][0]
    advances = struct.unpack_from(f">{2 * metrics}H", data, hmtx)[0::2]
    scale = 1000.0 / units
    last = advances[-1]
    widths = {}
    for cp, glyph in _cmap(data, tables["cmap"][0]).items():
        widths[chr(cp)] = (advances[glyph] if glyph < metrics else last) * scale
    # reportlab gives the no-break space the space's width (and the other way round)
    if " " in widths:
        widths["\u00a0"] = widths[" "]
        widths[chr(_JOIN)] = widths[" "]  # the model's own no-break space (breaking.JOIN)
    return Face(widths, advances[0] * scale)


_CACHE_FORMAT = 1  # bump when what parse_face reads changes


def _cached_face(path: Path) -> Face:
    try:
        stat = path.stat()
        from ..forms.files import cache_dir

        cached = cache_dir() / "metrics" / f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-{_CACHE_FORMAT}.marshal"
        by_char, default = marshal.loads(cached.read_bytes())
        if isinstance(by_char, dict) and isinstance(default, float):
            return Face(by_char, default)
    except Exception:  # noqa: BLE001: no cache yet, or an unreadable one: read the font
        pass
    read = parse_face(path.read_bytes())
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((read.by_char, read.default)))
        os.replace(tmp, cached)
    except Exception:  # noqa: BLE001: a read-only cache: the font is read again next time
        pass
    return read


@lru_cache(maxsize=None)
def face(name: str) -> Face:
    """The face's widths, read once per process (and kept in the cache folder)."""
    return _cached_face(fonts_dir() / FILES[name])


def text_width(text: str, font: str, size: float) -> float:
    """The width in points of `text` set on one line in `font` at `size`."""
    return face(font).width(text, size)


@lru_cache(maxsize=1)
def drawable_codepoints() -> frozenset[int]:
    """Characters every face of the family has a glyph for; anything else cannot print."""
    common = set(face(REGULAR).codepoints)
    for name in (BOLD, ITALIC, BOLD_ITALIC):
        common &= face(name).codepoints
    common.discard(_JOIN)  # a mark of the model's, never a typed character
    return frozenset(common)
