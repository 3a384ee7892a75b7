"""The print model's font widths (layout/metrics.py) are read from the font once and kept in
the cache folder; read back, they measure as the font does; a damaged cache only costs
the reading."""

from __future__ import annotations

from grantdesk.layout import metrics
from grantdesk.resources import fonts_dir


def test_the_cached_widths_are_the_fonts_own(tmp_path, monkeypatch):
    monkeypatch.setenv("GRANTDESK_CACHE_DIR", str(tmp_path))
    path = fonts_dir() / metrics.FILES[metrics.BOLD]
    parsed = metrics.parse_face(path.read_bytes())
    first = metrics._cached_face(path)  # reads the font, writes the cache
    cached = list((tmp_path / "metrics").glob("*.marshal"))
    assert len(cached) == 1
    again = metrics._cached_face(path)  # from the cache
    assert again == first == parsed and again.by_char is not parsed.by_char
    text = "Әлеуметтік жобаның қорытынды есебі 2024"
    assert again.width(text, 9) == parsed.width(text, 9) > 0
    cached[0].write_bytes(b"\x00not marshal")
    assert metrics._cached_face(path) == parsed
