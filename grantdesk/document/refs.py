"""Addresses of values in a document, shared by storage, checks, printing and the UI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """Where one value lives.

    kind "field": `table` is the field id.
    kind "fixed": a cell of a fixed-row table (`socio`, row `direct`, column `fact`).
    kind "cell":  a cell of a row, by the row's stable id, in table `table` (dotted path).
    kind "row":   a whole row (for problems about a row, e.g. a missing partner).
    kind "table": a whole table (row_id empty) or one parent's rows of it.
    """

    kind: str
    table: str
    row: str = ""
    column: str = ""

    @staticmethod
    def field(field_id: str) -> "Ref":
        return Ref("field", field_id)

    @staticmethod
    def fixed(table: str, row_key: str, column: str) -> "Ref":
        return Ref("fixed", table, row_key, column)

    @staticmethod
    def cell(table: str, row_id: str, column: str) -> "Ref":
        return Ref("cell", table, row_id, column)

    @staticmethod
    def of_row(table: str, row_id: str) -> "Ref":
        return Ref("row", table, row_id)

    @staticmethod
    def of_table(table: str) -> "Ref":
        return Ref("table", table)

    @property
    def root(self) -> str:
        """The field or root table id: what decides the wizard section."""
        return self.table.split(".")[0]

    def target(self) -> str:
        """How the store names a value's place: a field or fixed cell by its value key, a
        row's cell as `row id.column`."""
        return self.value_key() if self.kind in ("field", "fixed") else f"{self.row}.{self.column}"

    def value_key(self) -> str:
        """The key a scalar value is stored under (fields and fixed cells)."""
        if self.kind == "field":
            return self.table
        if self.kind == "fixed":
            return f"{self.table}.{self.row}.{self.column}"
        raise ValueError(f"{self.kind} refs are stored as row cells, not values")
