"""File → Prepare for submission… and Report → Check a printed copy…, for the document
on screen: the submission package (grantdesk/operator/package.py) and a scan or photo of
a printed page read back against the project (grantdesk/operator/verify.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..operator import verify as verifying
from ..operator.package import PackageRefused, package_document
from ..operator.texts import operator_text, size_text
from ..store import StoreError
from ..texts import store_error_text


class Handover(QObject):
    """The two hand-over actions of a window (`window.session` is the open document)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def _lang(self) -> str:
        return self.window.ctx.ui_lang

    def prepare_dialog(self) -> Path | None:
        session = self.window.session
        if session is None:
            return None
        suggested = session.project.path.with_name(session.project.path.stem + ".zip")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Prepare for submission"), str(suggested),
                                              self.tr("Zip archives (*.zip)"))
        return self.prepare(Path(path)) if path else None

    def prepare(self, path: Path) -> Path | None:
        """The package of the open document into `path`; while errors remain, asks whether
        to make a draft package instead. Says its size; None when not made."""
        session = self.window.session
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        session.flush()
        session.recheck()
        try:
            try:
                done = package_document(session.project, session.doc, path)
            except PackageRefused as exc:
                answer = QMessageBox.question(
                    self.window, "GrantDesk",
                    self.tr("This document is still a draft: %1 errors, %2 owed places empty. "
                            "Make a draft package (every page says draft)?")
                    .replace("%1", str(exc.errors)).replace("%2", str(exc.owed)))
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                done = package_document(session.project, session.doc, path, draft=True)
        except StoreError as exc:
            QMessageBox.warning(self.window, "GrantDesk", store_error_text(exc.code, exc.path, self._lang()))
            return None
        except OSError as exc:
            QMessageBox.warning(self.window, "GrantDesk", self.tr("Could not write the package: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return None
        self.window.statusBar().showMessage(operator_text(
            "package_done", self._lang(), path=done.path, size=size_text(done.size, self._lang()), pages=done.pages,
            names=", ".join(done.names), draft=operator_text("package_draft", self._lang()) if done.draft else ""),
            15000)
        return done.path

    def check_dialog(self) -> list | None:
        if self.window.project_session is None:
            return None
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Check a printed copy"), "",
                                                self.tr("Scans and photos (*.png *.jpg *.jpeg *.pdf)"))
        return self.check([Path(p) for p in paths]) if paths else None

    def check(self, scans: list[Path]) -> list:
        """Read each scan's codes against the open project and say what was found."""
        ps = self.window.project_session
        ps.flush()
        verdicts = verifying.verify(ps.file, scans, self.window.ctx.registry)
        lang = self._lang()
        lines = []
        for v in verdicts:
            if v.outcome == verifying.MATCH:
                lines.append(operator_text("verify_match", lang, scan=v.scan, n=v.code.document,
                                           page=f"{v.code.page}/{v.code.pages}" if v.code.page else "Word", printed=""))
            elif v.outcome == verifying.OTHER:
                lines.append(operator_text("verify_other", lang, scan=v.scan, project=v.code.project,
                                           n=v.code.document, edition=v.code.edition))
            elif v.outcome == verifying.CHANGED and v.recorded:
                lines.append(operator_text("verify_changed", lang, scan=v.scan, printed="", count=len(v.changes)))
                lines += [operator_text("verify_change", lang, what=k, then=" ".join(a.split())[:80],
                                        now=" ".join(b.split())[:80]) for k, a, b in v.changes[:20]]
            elif v.outcome == verifying.CHANGED:
                lines.append(operator_text("verify_unrecorded", lang, scan=v.scan))
            else:
                lines.append(operator_text("verify_unreadable", lang, scan=v.scan))
        box = QMessageBox.information if verifying.exit_code(verdicts) == 0 else QMessageBox.warning
        box(self.window, self.tr("Check a printed copy"), "\n".join(lines))
        return verdicts
