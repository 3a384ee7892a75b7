"""Screenshots of a project's documents at 1366×768 for the README: the documents screen,
the plan's Block III, and a final report made from that plan.

Run under a virtual screen:
    Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 python docs/screenshots/take_project.py [--ui-lang kk]
It imports seed 002 (the plan) and makes a final report from it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ui-lang", default="kk", choices=("kk", "ru", "en"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    os.environ["GRANTDESK_CONFIG_DIR"] = str(work / "config")
    os.environ["GRANTDESK_DOCUMENTS_DIR"] = str(work)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from grantdesk.document import project_from_json
    from grantdesk.forms import default_registry
    from grantdesk.settings import Settings
    from grantdesk.store import ProjectFile
    from grantdesk.ui.context import AppContext
    from grantdesk.ui.i18n import Translators
    from grantdesk.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    Translators(app).switch(args.ui_lang)
    registry = default_registry()
    path = work / "Арқа кеңесі.grantdesk"
    project = project_from_json(json.loads((ROOT / "tests/fixtures/seed_002.json").read_text(encoding="utf-8")), registry)
    project.new_document(registry.get("fr24"), "final", "kk")
    with ProjectFile.create(path) as pf:
        pf.create_project(project)
    window = MainWindow(AppContext(registry, Settings(ui_lang=args.ui_lang), args.ui_lang))
    window.setGeometry(0, 0, 1366, 738)
    window.show()
    out = ROOT / "docs" / "screenshots"
    suffix = "" if args.ui_lang == "kk" else f"-{args.ui_lang}"

    def shot(name: str) -> None:
        app.processEvents()
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}{suffix}.png"))

    def tasks_of(role: str):
        doc_id = next(d.doc_id for d in window.project_session.project.documents if d.role == role)
        window.open_document(doc_id)
        tree = window.wizard.show_section("tasks").tables["tasks"]
        tree.tree.setCurrentItem(tree.tree.topLevelItem(0).child(0))

    def run() -> None:
        window.open_project(path)
        shot("documents")
        tasks_of("plan")
        shot("plan-tasks")
        window.show_documents()
        tasks_of("final")
        shot("report-from-plan")
        app.quit()

    QTimer.singleShot(300, run)
    app.exec()


if __name__ == "__main__":
    main()
