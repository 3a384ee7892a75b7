"""reportlab's parse of a TrueType file, done once and kept in the user's cache folder.

Parsing the four faces took 0.1 s of every `grantdesk print`. The parsed face (its
tables, widths and glyph positions: everything reportlab needs to measure and to embed
a subset) is pickled, keyed by the font file's hash and reportlab's version, and read
back next time, with the file's bytes (reportlab subsets from them). A cache that cannot
be read or written only costs the parse.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from array import array
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

_FORMAT = 3
# The file's bytes (read with the file); a lambda of unitsPerEm; and the glyph-to-characters
# map, which reportlab builds to read the widths table and never uses again (0.6 MB a face).
# The per-glyph lists are kept as arrays (_compact).
_NOT_KEPT = ("_ttf_data", "_pdfScale", "glyphToChar")


def _cache_dir() -> Path:
    from ..forms.files import cache_dir

    return cache_dir() / "fonts"


def _scale(units: int):
    if units == 1000:
        return lambda x: x
    k = 1000 / units
    return lambda x: x * k


class Hmetrics:
    """A face's (advance, left side bearing) per glyph, as reportlab's subsetting reads
    them (`aw, lsb = face.hmetrics[glyph]`), in two arrays: its list of 3 500 tuples took
    0.3 MB a face and most of the cache file's reading."""

    __slots__ = ("advances", "bearings")

    def __init__(self, pairs):
        self.advances = array("i", (aw for aw, _ in pairs))
        self.bearings = array("i", (lsb for _, lsb in pairs))

    def __getitem__(self, glyph: int) -> tuple[int, int]:
        return self.advances[glyph], self.bearings[glyph]

    def __len__(self) -> int:
        return len(self.advances)

    def __getstate__(self):
        return self.advances, self.bearings

    def __setstate__(self, state) -> None:
        self.advances, self.bearings = state


def _compact(face: TTFontFace) -> None:
    """The parse's per-glyph lists as arrays (reportlab only indexes them), and the map it
    uses only while parsing gone."""
    face.__dict__.pop("glyphToChar", None)
    if not isinstance(face.hmetrics, Hmetrics):
        face.hmetrics = Hmetrics(face.hmetrics)
    if not isinstance(face.glyphPos, array):
        face.glyphPos = array("L", face.glyphPos)


def _from_state(name: str, data: bytes, state: dict) -> TTFont:
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state)
    if not isinstance(face.hmetrics, Hmetrics) or not isinstance(face.glyphPos, array):
        raise ValueError("a cache of another layout")
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    # what TTFont.__init__ sets around its face
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = True  # as TTFont sets it (the setter keeps it off without a shaping engine)
    return font


def load_ttfont(name: str, path: Path) -> TTFont:
    """A TTFont of the file at `path` named `name`, its face parsed at most once per font."""
    data = path.read_bytes()
    cached = _cache_dir() / f"{hashlib.sha256(data).hexdigest()[:32]}-rl{reportlab.Version}-{_FORMAT}.pickle"
    try:
        return _from_state(name, data, pickle.loads(cached.read_bytes()))
    except Exception:  # noqa: BLE001: no cache yet, or an unreadable one: parse the file
        pass
    font = TTFont(name, str(path))
    _compact(font.face)  # as a face read from the cache
    try:
        state = {k: v for k, v in font.face.__dict__.items() if k not in _NOT_KEPT}
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, cached)
    except Exception:  # noqa: BLE001: a read-only cache: the parse is done again next time
        pass
    return font
