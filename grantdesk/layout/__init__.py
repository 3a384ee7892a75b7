"""What the printed form says, block by block, for every output format (pure).

The PDF (grantdesk.printing) and the Word file (grantdesk.wordio) both walk a
definition's `print:` list; each asks this package for a block's texts (the contract
line, numbered labels with their values, the amount in words, row labels, table cells,
the closing captions) and only decides how they look. So a text is worked out once, and
the two formats cannot drift apart. A text mixing the form's wording with typed values
comes in parts (spans.py), for the PDF prints typed text its own way. Imports no renderer.
"""

from .chrome import Chrome, chrome
from .columns import Bound, bounds, weights
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
    "NUMBER_COLUMN", "Bound", "Chrome", "ClosingText", "FieldText", "Leaf", "NarrativeLine", "NumberedItem",
    "Span", "Spans", "SummaryLine", "TableText", "TaskPart", "Wording",
    "activity_summary", "author", "bounds", "chrome", "closing", "contract_lines", "field", "fill", "fill_spans",
    "fixed_sentence", "fixed_table", "grid", "instruction", "label_values", "leaf_span", "money_words",
    "narrative", "numbered_items", "plain", "print_language", "printed_blocks", "task_parts", "title", "tree_bounds", "tree_columns", "tree_header",
    "tree_lines", "typed", "weights", "without_number_sign",
]
