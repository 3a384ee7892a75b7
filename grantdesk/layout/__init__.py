"""What the printed form says, block by block, for every output format (pure).

The PDF (grantdesk.printing) and the Word file (grantdesk.wordio) both walk a
definition's `print:` list; each asks this package for a block's texts (the contract
line, numbered labels with their values, the amount in words, row labels, table cells,
the closing captions) and only decides how they look. So a text is worked out once, and
the two formats cannot drift apart. Imports no renderer.
"""

from .chrome import Chrome, chrome
from .columns import Bound, bounds, weights
from .content import (
    ClosingText, FieldText, NarrativeLine, NumberedItem, TableText, closing, contract_lines, field, fixed_table,
    grid, instruction, label_values, money_words, narrative, numbered_items, title, without_number_sign,
)
from .derived import SummaryLine, activity_summary, fixed_sentence
from .tree import NUMBER_COLUMN, Leaf, TaskPart, leaf_text, task_parts, tree_bounds, tree_columns, tree_lines
from .words import Wording, fill

__all__ = [
    "NUMBER_COLUMN", "Bound", "bounds", "weights", "tree_bounds", "TaskPart", "task_parts", "Chrome", "ClosingText", "FieldText", "Leaf", "NarrativeLine", "NumberedItem", "TableText", "Wording",
    "chrome", "closing", "contract_lines", "field", "fill", "fixed_table", "grid",
    "label_values", "leaf_text", "money_words", "narrative", "numbered_items", "tree_columns", "tree_lines",
    "SummaryLine", "activity_summary", "fixed_sentence", "instruction", "title", "without_number_sign",
]
