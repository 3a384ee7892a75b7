"""What a document tells its listeners (store, views) after each change."""

from __future__ import annotations

from dataclasses import dataclass

from .refs import Ref


@dataclass(frozen=True)
class ValueChanged:
    """A field or cell took a new value."""

    ref: Ref
    value: str
    scope: str  # "project" or "report" for fields; "report" for cells
    old: str = ""  # the value before: a report's proposal still equal to it follows the change


@dataclass(frozen=True)
class RowAdded:
    """A row was added to a table."""

    table: str
    parent_id: str | None
    row_id: str
    kind: str | None
    cells: tuple[tuple[str, str], ...]
    sibling_ids: tuple[str, ...]  # the new order of the row and its siblings
    plan_id: str | None = None  # the plan row it follows


@dataclass(frozen=True)
class RowRemoved:
    """A row and its descendants were removed."""

    table: str
    parent_id: str | None
    removed_ids: tuple[str, ...]  # the row and all its descendants
    sibling_ids: tuple[str, ...]


@dataclass(frozen=True)
class RowsReordered:
    """A table's rows under one parent were put in a new order."""

    table: str
    parent_id: str | None
    sibling_ids: tuple[str, ...]


@dataclass(frozen=True)
class LanguageChanged:
    """The document's language changed."""

    lang: str


@dataclass(frozen=True)
class RowUnlinked:
    """A report row's plan row left the plan: the row now holds the plan's former values
    as its own (`cells`), and stays, marked as no longer in the plan."""

    table: str
    row_id: str
    cells: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ValuesCarried:
    """Values taken from an interim report, marked as carried until each is edited."""

    targets: tuple[str, ...]  # Ref.target() of each


Change = ValueChanged | RowAdded | RowRemoved | RowsReordered | LanguageChanged | RowUnlinked | ValuesCarried
