"""Screenshots of a project's documents at 1366×768 for the README: the documents screen,
the New document dialog, the plan's team and Block III, a final report made from that plan,
and the summary of a plan imported from Word.

Run under a virtual screen:
    Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 python docs/screenshots/take_project.py [--ui-lang kk]
It imports seed 002 (the plan) and makes a final report from it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ui-lang", default="kk", choices=("kk", "ru", "en"))
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from take import start_app

    work, app, registry = start_app(args.ui_lang)

    from PySide6.QtCore import QTimer

    from grantdesk.document import project_from_json
    from grantdesk.settings import Settings
    from grantdesk.store import ProjectFile
    from grantdesk.ui.context import AppContext
    from grantdesk.ui.main_window import MainWindow

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
        from PySide6.QtTest import QTest

        QTest.qWait(150)  # layouts settle (a table's columns follow its width a moment later)
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}{suffix}.png"))

    def tasks_of(role: str):
        doc_id = next(d.doc_id for d in window.project_session.project.documents if d.role == role)
        window.open_document(doc_id)
        tree = window.wizard.show_section("tasks").tables["tasks"]
        tree.tree.setCurrentItem(tree.tree.topLevelItem(0).child(0))

    def dialog_shot(name: str, open_it) -> None:
        from PySide6.QtWidgets import QApplication

        def take() -> None:
            shot(name)
            QApplication.activeModalWidget().reject()
        QTimer.singleShot(300, take)
        open_it()

    def run() -> None:
        from PySide6.QtWidgets import QDialog

        from grantdesk.ui.documents import NewDocumentDialog
        from grantdesk.ui.plan_import_dialog import PlanImportDialog
        from grantdesk.wordio import export_docx, prepare_import

        window.open_project(path)
        shot("documents")
        real_exec = NewDocumentDialog.exec
        NewDocumentDialog.exec = lambda self: (dialog_shot("new-document", lambda: real_exec(self)),
                                               QDialog.DialogCode.Rejected)[1]
        window.new_document()
        NewDocumentDialog.exec = real_exec
        tasks_of("plan")
        shot("plan-tasks")
        window.wizard.show_section("team")
        shot("plan-team")
        source = work / "Жоспар.docx"
        source.write_bytes(export_docx(window.project_session.project.plan, lang="kk"))
        prepared = prepare_import(source, registry.get("pd"))
        dialog = PlanImportDialog(source.name, prepared.summary(args.ui_lang), window,
                                  verdict=prepared.verdict(args.ui_lang), into="")
        dialog_shot("plan-import", dialog.exec)
        window.show_documents()
        tasks_of("final")
        shot("report-from-plan")
        app.quit()

    QTimer.singleShot(300, run)
    app.exec()


if __name__ == "__main__":
    main()
