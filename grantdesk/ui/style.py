"""The app's one style rule set: a focus mark that is plainly visible on every control.

The native focus rectangle is a faint dotted line on Windows' classic themes and nearly
invisible on old laptop screens; people who work with the keyboard must see where they are.
Editors restate the focus border in their own style sheets (editors.py), since a widget's
sheet overrides the application's.
"""

from __future__ import annotations

FOCUS_COLOR = "#1565c0"

FOCUS_STYLE = f"""
QPushButton {{ padding: 4px 12px; border: 1px solid #8a8a8a; border-radius: 3px; background: #f4f4f4; }}
QPushButton:hover {{ background: #e6eefb; }}
QPushButton:pressed {{ background: #cfdcf3; }}
QPushButton:default {{ border: 1px solid #3a6fb0; }}
QPushButton:disabled {{ color: #9a9a9a; border-color: #c4c4c4; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOR}; padding: 3px 11px; background: #e6eefb; }}
QPushButton:flat {{ border: none; background: transparent; }}
QPushButton:flat:focus {{ border: 2px solid {FOCUS_COLOR}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {FOCUS_COLOR}; }}
QListWidget:focus, QTreeWidget:focus, QTableWidget:focus, QTableView:focus, QScrollArea:focus {{
    border: 2px solid {FOCUS_COLOR}; }}
QListWidget::item:selected:focus, QTreeWidget::item:selected:focus {{ background: {FOCUS_COLOR}; color: white; }}
QTableWidget::item:focus {{ border: 2px solid {FOCUS_COLOR}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 1px dashed {FOCUS_COLOR}; }}
"""


def apply_focus_style(app) -> None:
    app.setStyleSheet(FOCUS_STYLE)
