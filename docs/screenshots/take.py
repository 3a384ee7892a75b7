"""Screenshots of the real app at 1366×768 for the README.

Run under a virtual screen:
    Xvfb :99 -screen 0 1366x768x24 & DISPLAY=:99 python docs/screenshots/take.py [--ui-lang kk]
It imports seed 001, then grabs the start screen, the wizard's sections (general information,
tasks, socio-economic effect, the wide §4 table), the keyboard list, the print preview, and a
new, empty project (its documents' language question answered as proposed). Every screen in
ru, kk and en: `for l in kk ru en; do python docs/screenshots/take.py --ui-lang $l; done`
(the kk shots have no suffix), and take_project.py for the documents screen and the plan.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TABLE_HEADING = "Индикаторлар"  # the activity table's group heading (kk)
sys.path.insert(0, str(ROOT))


def _first_page_with(pdf: bytes, text: str) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return next(n for n in range(len(document)) if text in document[n].get_textpage().get_text_range())
    finally:
        document.close()


def start_app(ui_lang: str):
    """A private user folder, the Qt application in `ui_lang`, and the form editions:
    what every screenshot script starts from."""
    work = Path(tempfile.mkdtemp())
    os.environ["GRANTDESK_CONFIG_DIR"] = str(work / "config")
    os.environ["GRANTDESK_DOCUMENTS_DIR"] = str(work)

    from PySide6.QtWidgets import QApplication

    from grantdesk.forms import default_registry
    from grantdesk.ui.i18n import Translators

    app = QApplication(sys.argv)
    Translators(app).switch(ui_lang)
    return work, app, default_registry()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ui-lang", default="kk", choices=("kk", "ru", "en"))
    parser.add_argument("--only", help="only the wizard section screenshot (for per-language shots)")
    args = parser.parse_args()
    work, app, registry = start_app(args.ui_lang)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from grantdesk.document import from_json
    from grantdesk.settings import Settings
    from grantdesk.store import ProjectFile
    from grantdesk.ui.context import AppContext
    from grantdesk.ui.main_window import MainWindow

    project = work / "Мыңқыстау пікірсайыс.grantdesk"
    doc = from_json(json.loads((ROOT / "tests/fixtures/seed_001.json").read_text(encoding="utf-8")), registry)
    with ProjectFile.create(project) as pf:
        pf.create_document(doc)
    settings = Settings(ui_lang=args.ui_lang, recent=[str(project), str(work / "Ауыл мектебі.grantdesk")])
    window = MainWindow(AppContext(registry, settings, args.ui_lang))
    window.setGeometry(0, 0, 1366, 738)
    window.show()
    out = ROOT / "docs" / "screenshots"
    suffix = "" if args.ui_lang == "kk" else f"-{args.ui_lang}"

    def shot(name: str) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(150)  # layouts settle (a table's columns follow its width a moment later)
        app.primaryScreen().grabWindow(0).save(str(out / f"{name}{suffix}.png"))

    def run() -> None:
        if not args.only:
            shot("start")
        window.open_project(project)
        if window.session is None:
            window.open_document(window.project_session.project.reports()[-1].doc_id)
        if not args.only:
            window.wizard.show_section("general")
            shot("wizard-general")
        window.wizard.show_section("tasks")
        tree = window.wizard.pages["tasks"].tables["tasks"]
        tree.tree.setCurrentItem(tree.tree.topLevelItem(1).child(1))
        shot("wizard-tasks")
        if not args.only:
            window.wizard.show_section("socio")
            shot("wizard-socio")
            stats = window.wizard.show_section("s4")
            status = stats.tables["stats_status"]
            status.grid.setCurrentCell(0, 6)
            status.grid.setFocus()
            status.grid.horizontalScrollBar().setValue(status.grid.horizontalScrollBar().maximum())
            shot("wizard-stats-wide")
            keys = window.show_keyboard_help()
            keys.move(300, 80)
            shot("keyboard")
            keys.close()
            preview = window.print_preview()
            preview.setGeometry(60, 20, 1240, 720)
            preview.finish_rendering()
            # the activity table, where the column widths and word breaks show
            first = _first_page_with(preview.pdf, TABLE_HEADING)
            app.processEvents()
            preview.scroll.verticalScrollBar().setValue(preview.page_labels[first].y())
            preview.finish_rendering()
            shot("print-preview")
            preview.close()
        window.close_project()
        if not args.only:
            # A new project: the report-language question, answered with the proposed language.
            QTimer.singleShot(200, lambda: (shot("new-project-language"),
                                            QApplication.activeModalWidget().buttons[
                                                args.ui_lang if args.ui_lang in ("kk", "ru") else "kk"].click()))
            window.create_project(work / "Жаңа жоба.grantdesk", role="final")  # a report: its grant total
            general = window.wizard.show_section("general")
            from PySide6.QtWidgets import QScrollArea

            general.findChild(QScrollArea).ensureWidgetVisible(general.fields["contract_date"])
            general.fields["grant_total"].editor.setFocus()
            general.fields["grant_total"].editor.setText("7 млн")
            general.fields["grant_total"].editor.edited.emit("7 млн")
            window.session.recheck()
            shot("new-project")
            window.close_project()
        app.quit()

    QTimer.singleShot(300, run)
    app.exec()


if __name__ == "__main__":
    main()
