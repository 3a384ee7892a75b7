"""The print chrome of resources/print.yaml: words around the form that no form owns,
the same for every output format (PDF, Word)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Mapping

from ..forms.files import read_yaml
from ..resources import resource_path


@dataclass(frozen=True)
class Chrome:
    """The chrome in one language."""

    contract_date: str
    months: tuple[str, ...]
    draft: str
    draft_note: str
    page_number: str
    money_words: str  # "{amount} ({words}) теңге"
    blank: str
    number_column: str

    def format_contract_date(self, day: date) -> str:
        return self.contract_date.format(
            year=f"{day.year:04d}", day=f"{day.day:02d}", month=self.months[day.month - 1]
        )

    def format_page_number(self, page: int, pages: int) -> str:
        return self.page_number.format(page=page, pages=pages)


@lru_cache(maxsize=1)
def _raw() -> Mapping[str, Any]:
    # Read once: the file ships with the app and never changes while it runs.
    return read_yaml(resource_path("print.yaml"))


def chrome(lang: str) -> Chrome:
    raw = _raw()
    months = tuple(raw["months"][lang])
    if len(months) != 12:
        raise ValueError(f"print.yaml: months.{lang} must list 12 months")
    return Chrome(
        contract_date=raw["contract_date"][lang],
        months=months,
        draft=raw["draft"][lang],
        draft_note=raw["draft_note"][lang],
        page_number=raw["page_number"][lang],
        money_words=raw["money_words"][lang],
        blank=raw["blank"],
        number_column=raw["number_column"],
    )
