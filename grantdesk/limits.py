"""How much GrantDesk accepts of what comes from outside, checked before the work starts.

One home for the numbers (docs/reliability.md, "Hostile input", lists them with why): each
is far above anything real (the shipped definitions, the seeds, a report ten times seed
001) and low enough that a refusal comes within seconds and a few hundred MB, never after
an unbounded parse.
"""

from __future__ import annotations

# Form definitions (YAML): the biggest shipped one is 26 KB, 10 levels deep, 1 alias.
DEFINITION_BYTES = 1_000_000
YAML_ALIASES = 100  # an alias bomb (a 540-byte file) expands aliases of aliases
YAML_DEPTH = 40
YAML_NODES = 200_000  # values with every alias expanded (fr23.yaml: about 3 000)
# What a definition may hold (the biggest shipped: 23 fields, 10 tables, 12 columns), so that
# anything accepted opens in the app in well under 2 s.
DEFINITION_FIELDS = 400
DEFINITION_TABLES = 60
DEFINITION_COLUMNS = 40  # per table

# A JSON export: a seed is about 30 KB and 9 levels deep; a report whose every text is hostile, 81 MB.
JSON_BYTES = 128_000_000  # issue 20's hostile reports (every text 100 000 characters) are 81 MB
JSON_DEPTH = 64

# A Word file (.docx, a zip): the parts' uncompressed sizes, as the zip's directory states
# them, and how many parts; a real plan is a few MB.
DOCX_PARTS_BYTES = 100_000_000
DOCX_PARTS = 5_000

# Printing: the page limit is layout/limits.py's (PAGE_LIMIT), estimated from the typed text.
