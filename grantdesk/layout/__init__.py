"""The print model of a document, for every output format (pure).

`print_tree(form, doc, lang, draft)` walks a definition's `print:` list (build.BLOCKS, the
one registry of block kinds) and returns one format-neutral tree (model.py: Para, Table,
Spacer, KeepTogether, with the footer's page number and page-code slot and the draft
mark). The PDF writer (grantdesk.printing) and the Word writer (grantdesk.wordio.export)
only draw it, so wording, widths, merges and breaks are decided once and the two
formats cannot drift apart. Imports no renderer.
"""

from .build import BLOCKS, print_tree
from .chrome import Chrome, chrome
from .columns import Bound, bounds
from .content import (
    ClosingText, FieldText, NarrativeLine, NumberedItem, TableText, author, closing, contract_lines, field,
    fixed_table, grid, instruction, label_values, money_words, narrative, numbered_items, print_language, printed_blocks, title,
    without_number_sign,
)
from .derived import SummaryLine, activity_summary, fixed_sentence
from .spans import Span, Spans, fill_spans, plain, typed
from .tree import (
    NUMBER_COLUMN, Leaf, TaskPart, leaf_span, task_parts, tree_bounds, tree_columns, tree_header, tree_lines,
)
from .words import Wording, fill

__all__ = [
    "BLOCKS", "print_tree", "NUMBER_COLUMN", "Bound", "Chrome", "ClosingText", "FieldText", "Leaf", "NarrativeLine", "NumberedItem",
    "Span", "Spans", "SummaryLine", "TableText", "TaskPart", "Wording",
    "activity_summary", "author", "bounds", "chrome", "closing", "contract_lines", "field", "fill", "fill_spans",
    "fixed_sentence", "fixed_table", "grid", "instruction", "label_values", "leaf_span", "money_words",
    "narrative", "numbered_items", "plain", "print_language", "printed_blocks", "task_parts", "title", "tree_bounds", "tree_columns", "tree_header",
    "tree_lines", "typed", "without_number_sign",
]
