"""The largest edition the limits accept (limits.DEFINITION_FIELDS fields) opens in the
window in under 2 s (issue 19): added, a project made with a document of it, opened
offscreen; prints the time and the peak memory.

    QT_QPA_PLATFORM=offscreen python bench/wide_edition_open.py
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="grantdesk-wide-"))
    for name in ("EDITIONS", "BACKUP", "CONFIG", "CACHE"):
        os.environ[f"GRANTDESK_{name}_DIR"] = str(tmp / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.make_hostile_inputs import wide_yaml
    from grantdesk import limits, operations
    from grantdesk.document import Project
    from grantdesk.forms import default_registry

    base = len(default_registry().get("fr24").fields)
    source = tmp / "wide.yaml"
    source.write_bytes(wide_yaml(limits.DEFINITION_FIELDS - base))
    added = operations.add_edition(source)
    registry = default_registry(reload=True)
    if added.id not in registry.ids():
        raise SystemExit(f"refused: {registry.refused}")
    form = registry.get(added.id)
    project = tmp / "wide.grantdesk"
    operations.create_project(project, [Project().new_document(form, "final", "kk")])

    from PySide6.QtWidgets import QApplication

    from grantdesk.settings import Settings
    from grantdesk.ui.context import AppContext
    from grantdesk.ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(AppContext(default_registry(), Settings(ui_lang="kk"), "kk"))
    window.show()
    start = time.perf_counter()
    window.open_project(project)
    app.processEvents()
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{len(form.fields)} fields: opened at the document in {took:.2f} s, peak {peak} MB")
    window.close_project()


if __name__ == "__main__":
    main()
