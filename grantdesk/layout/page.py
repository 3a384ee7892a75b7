"""The printed page: A4 portrait, in millimetres, the same for the PDF and the Word file."""

PAGE_WIDTH_MM = 210
PAGE_HEIGHT_MM = 297
# A wider left margin leaves room for binding, as official papers do.
MARGIN_LEFT_MM = 22
MARGIN_RIGHT_MM = 12
MARGIN_TOP_MM = 15
MARGIN_BOTTOM_MM = 18
CONTRACT_WIDTH_MM = 78  # the contract line's block, top right
