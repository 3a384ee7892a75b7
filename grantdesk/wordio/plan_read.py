"""An Annex 3 document's text (docx_read) → what it says, block by block (pure).

Recognition follows the content, not the position: a Block I label is a Block I label
wherever it stands (a paragraph, a two-column table, "label: value" on one line or the
value in the paragraphs below); a table is a team table or a monitoring table by its
header row, and keeps that meaning across a page break or a split into two tables until
another header says otherwise; repeated and empty header rows are skipped. Whatever finds
no place is kept, in order, in `unplaced`; every pairing of indicators with planned values
that is not certain is listed in `to_confirm`. Nothing is guessed silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..layout import chrome
from .docx_read import Grid, Item, Para
from .pairing import pair
from .plan_words import PlanWords, TeamWords, norm, similar

_BLOCK = re.compile(r"^\s*(?:(I{1,3}|IV)\s*[-.]?\s*блок|блок\s*(I{1,3}|IV)\b)", re.IGNORECASE)


@dataclass
class ActivityText:
    cells: dict[str, str]  # activity column id -> text ("name", "place", "deadline")
    indicators: list[dict[str, str]]  # indicator column id -> text, in order
    # the cells as read, paired once the activity is complete: [(indicator cell, plan cell)]
    raw: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class TaskText:
    title: str
    kind: str | None  # a standard block's key, else None
    activities: list[ActivityText] = field(default_factory=list)


@dataclass
class PlanText:
    """What an Annex 3 file says, in the plan definition's terms (ids of its fields,
    tables and columns)."""

    lang: str
    fields: dict[str, str] = field(default_factory=dict)
    teams: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    tasks: list[TaskText] = field(default_factory=list)
    effect: dict[str, str] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)
    to_confirm: list[str] = field(default_factory=list)

    @property
    def recognised(self) -> int:
        """How many pieces found their place: 0 means this is not a plan."""
        return (len(self.fields) + sum(len(r) for r in self.teams.values()) + len(self.tasks)
                + len(self.effect))


def clean(value: str) -> str:
    """A value as the plan keeps it: spacing at line ends and around the whole is Word's."""
    return "\n".join(line.rstrip() for line in (value or "").strip().split("\n"))


def _best(text: str, options: dict[str, dict[str, list[str]]], cutoff: float = 0.82) -> tuple[str, str] | None:
    """(key, lang) of the option `text` reads as best, if any reads well enough."""
    found = None
    score = 0.0
    for key, by_lang in options.items():
        for lang, words in by_lang.items():
            for w in words:
                s = similar(text, w, cutoff)
                if s > score:
                    found, score = (key, lang), s
    return found


def _contract(text: str) -> tuple[str, str] | None:
    """(number, dd.mm.yyyy or the date as written) from `2024 жылғы «14» наурыздағы №17`
    or `от «14» марта 2024 года № 17`."""
    number = re.search(r"№\s*([^\s,;]+)", text)
    day = re.search(r"«\s*(\d{1,2})\s*»", text)
    year = re.search(r"\b(\d{4})\b", text)
    if not (number and day and year):
        return None
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower())]
    best, month = 0, None
    for lang in ("kk", "ru"):
        for m, name in enumerate(chrome(lang).months, start=1):
            for w in words:
                common = 0
                while common < min(len(w), len(name)) and w[common] == name[common]:
                    common += 1
                if common >= 3 and common > best:
                    best, month = common, m
    date = f"{int(day.group(1)):02d}.{month:02d}.{year.group(1)}" if month else text.strip()
    return number.group(1), date


def _task_pattern(template: str) -> re.Pattern[str]:
    """`{n} міндет` → matches `1 міндет.`, `1-міндет`, `1 - міндет:` and captures the rest."""
    head, _, tail = template.partition("{n}")
    def loose(part: str) -> str:
        return r"\s*[-‐–]?\s*".join(re.escape(w) for w in part.split()) if part.strip() else ""
    body = ""
    if head.strip():
        body += loose(head) + r"\s*[-‐–]?\s*"
    body += r"(\d+)"
    if tail.strip():
        body += r"\s*[-‐–]?\s*" + loose(tail)
    return re.compile(r"^\s*" + body + r"\s*[.:)]?\s*(.*)$", re.IGNORECASE | re.DOTALL)


class _Reader:
    def __init__(self, words: PlanWords):
        self.w = words
        self.langs: Counter[str] = Counter()
        self.out = PlanText(lang="kk")
        self.pending_field: str | None = None  # a Block I label seen, its value below it
        self.pending_team: TeamWords | None = None
        self.teams_seen: list[str] = []
        self.mode: str | None = None  # "tasks", "team", "effect": what table rows are
        self.colmap: dict[int, str] = {}
        self.team: TeamWords | None = None
        self.activity: ActivityText | None = None
        self.deep_cols: list[str] = []  # the indicator columns of the monitoring table, in order
        self.task_patterns = [(lang, _task_pattern(t)) for lang, ts in (words.tasks.label if words.tasks else {}).items()
                              for t in ts]

    # ---- texts (paragraphs, and rows holding one text) ---------------------------------

    def text(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if self._known_wording(text):
            self.pending_field = None
            return
        contract = _contract(text) if "№" in text else None
        if contract and "contract_number" not in self.out.fields:
            self.out.fields["contract_number"], self.out.fields["contract_date"] = contract
            return
        if self._task_heading(text):
            return
        team = self._team_caption(text)
        if team is not None:
            self.pending_team = team
            self.pending_field = None
            return
        if self._general(text):
            return
        if self.pending_field is not None:
            old = self.out.fields.get(self.pending_field, "")
            self.out.fields[self.pending_field] = f"{old}\n{text}" if old else text
            return
        self.out.unplaced.append(text)

    def _known_wording(self, text: str) -> bool:
        """The title, a block heading or a contract line's fixed wording: nothing to keep."""
        if _BLOCK.match(text):
            self.mode = None
            return True
        fixed = {k: {lang: [*ws] for lang, ws in v.items()} for k, v in
                 (("title", self.w.title), ("heading", self.w.headings))}
        fixed["contract"] = {lang: [ln for ln in lines if "{" not in ln] for lang, lines in self.w.contract.items()}
        hit = _best(text, fixed, 0.9)
        if hit:
            self.langs[hit[1]] += 1
            return True
        return False

    def _task_heading(self, text: str) -> bool:
        tw = self.w.tasks
        if tw is None:
            return False
        for lang, pattern in self.task_patterns:
            m = pattern.match(text)
            if m:
                self.langs[lang] += 1
                self._new_task(m.group(2).strip(), None)
                return True
        hit = _best(text, tw.standard, 0.85)
        if hit:
            self.langs[hit[1]] += 1
            self._new_task("", hit[0])
            return True
        return False

    def _heading_like(self, text: str) -> bool:
        """A block, task or team heading, wherever in a row it stands."""
        tw = self.w.tasks
        return bool(_BLOCK.match(text) or any(p.match(text) for _, p in self.task_patterns)
                    or (tw is not None and _best(text, tw.standard, 0.85))
                    or any(_best(text, {t.table: t.caption}, 0.85) for t in self.w.teams))

    def _new_task(self, title: str, kind: str | None) -> None:
        self._close_activity()
        self.out.tasks.append(TaskText(title, kind))
        self.pending_field = None

    def _team_caption(self, text: str) -> TeamWords | None:
        for team in self.w.teams:
            hit = _best(text, {team.table: team.caption}, 0.85)
            if hit:
                self.langs[hit[1]] += 1
                return team
        return None

    def _general(self, text: str) -> bool:
        """`Label: value`, or a label alone (its value in the paragraphs below)."""
        head, colon, rest = text.partition(":")
        for candidate, value in ((head, rest.strip()) if colon else (text, ""), (text, "")):
            hit = _best(candidate, self.w.general, 0.85)
            if hit:
                self.langs[hit[1]] += 1
                # A label alone takes the paragraphs under it as its value; a value on the
                # label's own line is the whole value (what follows may be anything).
                self.pending_field = None if value else hit[0]
                if value:
                    self.out.fields[hit[0]] = value
                return True
        return False

    # ---- tables ------------------------------------------------------------------------

    def grid(self, grid: Grid) -> None:
        width = max((len(r) for r in grid.rows), default=0)
        self.above: dict[int, str] = {}  # column -> the text of the last cell that began there
        for raw in grid.rows:
            row = list(raw) + [None] * (width - len(raw))
            # A None inside the row's own cells is a cell merged down from above (docx_read);
            # the padding after a short row is not.
            self.merged_down = {i for i, t in enumerate(raw) if t is None and i in self.above}
            self.row(row)
            for i, t in enumerate(raw):
                if t is not None:
                    self.above[i] = t
        self.pending_field = None

    def row(self, row: list[str | None]) -> None:
        texts = [(i, t.strip()) for i, t in enumerate(row) if t is not None and t.strip()]
        if not texts:
            return  # an empty row, or one merged into the row above
        if self._header(row):
            return
        # One text across the row (a merged heading row, a caption): read it as a paragraph.
        if len(texts) == 1 and ((None not in row and texts[0][0] <= 1) or self._heading_like(texts[0][1])):
            self.text(texts[0][1])
            return
        label = texts[0][1]
        if len(texts) >= 2 and self.mode != "tasks" and self._general_pair(label, [t for _, t in texts[1:]]):
            return
        if self.mode != "tasks" and self._effect_row(row, texts):
            return
        if self.mode == "tasks":
            self._task_row(row)
        elif self.mode == "team" and self.team is not None:
            self._team_row(row)
        else:
            self.out.unplaced.append(" | ".join(t for _, t in texts))

    def _general_pair(self, label: str, values: list[str]) -> bool:
        hit = _best(label.rstrip(":"), self.w.general, 0.85)
        if not hit:
            return False
        self.langs[hit[1]] += 1
        self.out.fields[hit[0]] = "\n".join(values)
        self.pending_field = None
        return True

    def _match_columns(self, row: list[str | None], options: dict[str, dict[str, list[str]]],
                       cutoff: float = 0.75) -> tuple[dict[int, str], Counter[str]]:
        found: dict[int, str] = {}
        langs: Counter[str] = Counter()
        for i, text in enumerate(row):
            if not text or not text.strip():
                continue
            hit = _best(text, options, cutoff)
            if hit and hit[0] not in found.values():
                found[i] = hit[0]
                langs[hit[1]] += 1
        return found, langs

    def _header(self, row: list[str | None]) -> bool:
        """A header row of a monitoring, team or effect table: sets what the rows below are."""
        tw = self.w.tasks
        if tw is not None:
            options = dict(tw.columns)
            options["#"] = tw.number
            found, langs = self._match_columns(row, options)
            if sum(1 for k in found.values() if k != "#") >= 3:
                self._close_activity()
                self.mode, self.colmap = "tasks", found
                self.langs.update(langs)
                return True
        for team in self.w.teams:
            found, langs = self._match_columns(row, team.columns)
            if len(found) >= 3:
                self.mode, self.colmap = "team", found
                if self.pending_team is not None and self.pending_team.table not in self.teams_seen:
                    self.team = self.pending_team
                else:
                    unused = [t for t in self.w.teams if t.table not in self.teams_seen]
                    self.team = unused[0] if unused else team
                self.teams_seen.append(self.team.table)
                self.out.teams.setdefault(self.team.table, [])
                self.pending_team = None
                self.langs.update(langs)
                return True
        ew = self.w.effect
        if ew is not None:
            # a bare "№" heads the number column of any table
            cells = [(i, t) for i, t in enumerate(row) if t and t.strip() and t.strip() not in ("№", "#")]
            planned = [i for i, t in cells if _best(t, {"p": ew.planned}, 0.85)]
            others = [i for i, t in cells if _best(t, {"h": ew.header}, 0.85)]
            if planned and len(planned) + len(others) == len(cells) and len(cells) >= 2:
                self._close_activity()
                self.mode, self.colmap = "effect", {planned[0]: ew.column}
                return True
        return False

    def _effect_row(self, row: list[str | None], texts: list[tuple[int, str]]) -> bool:
        """A social-effect row: its label, then (unit and) the planned level."""
        ew = self.w.effect
        if ew is None:
            return False
        for i, text in texts:
            hit = _best(text, ew.rows, 0.85)
            if not hit:
                continue
            self.langs[hit[1]] += 1
            if self.mode != "effect":  # a Block IV table without its header row
                self._close_activity()
                self.mode, self.colmap = "effect", {}
            column = next((j for j, c in self.colmap.items() if j > i and c == ew.column), None)
            after = [t for j, t in texts if j > i]
            value = (row[column] or "") if column is not None else (after[-1] if after else "")
            self.out.effect[hit[0]] = value.strip()
            return True
        return False

    def _team_row(self, row: list[str | None]) -> None:
        cells = {col: (row[i] or "").strip() for i, col in self.colmap.items() if i < len(row)}
        self.out.teams[self.team.table].append(cells)  # "-" in every column ("nobody") is kept as written

    def _task_row(self, row: list[str | None]) -> None:
        tw = self.w.tasks
        by_col = {path: row[i] for i, path in self.colmap.items() if i < len(row)}
        activity_cols = {p: t for p, t in by_col.items() if p.count(".") == 1}
        deep = {p: t for p, t in by_col.items() if p.count(".") >= 2}
        number = (by_col.get("#") or "").strip()
        name_path = next((p for p in tw.columns if p.count(".") == 1), None)
        name = by_col.get(name_path)
        starts = bool(number) or (name is not None and name.strip() and (
            self.activity is None or name.strip() != self.activity.cells.get(name_path.split(".")[-1], "")))
        if starts or self.activity is None:
            self._close_activity()
            if not self.out.tasks:
                self.out.tasks.append(TaskText("", None))
                self.out.to_confirm.append("activities before any task heading")
            self.activity = ActivityText({}, [])
            self.out.tasks[-1].activities.append(self.activity)
            # A place or a deadline merged down over several activities belongs to each of them.
            for i, path in self.colmap.items():
                if path.count(".") == 1 and path != name_path and i in self.merged_down and self.above.get(i, "").strip():
                    self.activity.cells[path.split(".")[-1]] = self.above[i].strip()
        for path, text in activity_cols.items():
            if text is None or not text.strip():
                continue
            col = path.split(".")[-1]
            old = self.activity.cells.get(col, "")
            if old and text.strip() == old:
                continue
            self.activity.cells[col] = f"{old}\n{text.strip()}" if old else text.strip()
        if deep:
            paths = sorted(deep, key=list(tw.columns).index)
            self.deep_cols = [p.split(".")[-1] for p in paths]
            values = tuple(deep[p] or "" for p in paths)
            if any(v.strip() for v in values):
                self.activity.raw.append(values)

    def _close_activity(self) -> None:
        a = self.activity
        self.activity = None
        if a is None:
            return
        cols = self.deep_cols
        for values in a.raw:
            if len(cols) == 2:
                paired = pair(values[0], values[1])
                a.indicators.extend({cols[0]: i, cols[1]: p} for i, p in paired.pairs)
                if not paired.certain:
                    where = a.cells.get("name", "").split("\n")[0][:60]
                    self.out.to_confirm.append(
                        f"{where}: " + "; ".join(f"{i} — {p}" for i, p in paired.pairs))
            else:
                a.indicators.append(dict(zip(cols, values)))

    # ---- the whole -----------------------------------------------------------------------

    def read(self, items: list[Item]) -> PlanText:
        for item in items:
            if isinstance(item, Para):
                self.text(item.text)
            else:
                self.grid(item)
        self._close_activity()
        out = self.out
        out.fields = {k: clean(v) for k, v in out.fields.items()}
        out.teams = {t: [{c: clean(v) for c, v in r.items()} for r in rows] for t, rows in out.teams.items()}
        for task in out.tasks:
            task.title = clean(task.title)
            for a in task.activities:
                a.cells = {c: clean(v) for c, v in a.cells.items()}
                a.indicators = [{c: clean(v) for c, v in i.items()} for i in a.indicators]
        if self.langs:
            self.out.lang = max(("kk", "ru"), key=lambda lang: self.langs[lang])
        return self.out


def read_plan(items: list[Item], words: PlanWords) -> PlanText:
    """What the document says, in the terms of the plan definition `words` came from."""
    return _Reader(words).read(items)


__all__ = ["ActivityText", "PlanText", "TaskText", "norm", "read_plan"]
