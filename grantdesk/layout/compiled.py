"""The words around a compiled Annex 4's entries (resources/print.yaml, `annex4`), in one
print language: the same for the PDF and the Word file."""

from __future__ import annotations

from typing import Any, Mapping

from .chrome import _raw


def annex4_words(lang: str) -> Mapping[str, Any]:
    """`projects`, `period`, `columns`, `skipped`, `skipped_columns`, `none` in `lang`."""
    return {key: value[lang] for key, value in _raw()["annex4"].items()}
