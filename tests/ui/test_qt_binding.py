"""The Qt binding must not leak references on void calls: PySide6 6.12.0 dropped a
reference to None on every call returning nothing, and Python 3.11 aborted the app after
some tens of thousands of them (a long day of typing). pyproject pins a version without it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20000):
        label.setText("Әр")
        label.setVisible(False)
    # a leaking binding would have dropped None's count by 40 000 (and aborted before that)
    assert sys.getrefcount(None) - before > -1000
