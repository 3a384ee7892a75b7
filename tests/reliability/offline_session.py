"""A whole GrantDesk session in one process, with every socket the process tries recorded.

    python tests/reliability/offline_session.py WORKDIR [--control]

Before anything else is imported, a sys.addaudithook records every `socket.*` audit event
(socket.__new__, socket.connect, socket.bind, socket.getaddrinfo, socket.gethostbyname,
…): any socket Python code creates and any name it looks up. After each step the
process's open file descriptors are scanned too, which also sees sockets opened from C
(Qt, libcups) that are still open. Then, as the app does it: the real MainWindow on the
offscreen platform with the app's translators, a new project, typing into fields and a
table cell, checks, the print preview, "Save PDF", printing to a (PDF) printer, closing;
then the CLI's import, check and print in the same process.

The last stdout line is JSON: {"steps": [...], "socket_events": [...], "socket_fds": [...]}.
With --control the process only opens a socket and looks up a name itself, to show the
recording works. Each step also stats a marker path `/.grantdesk-step-N`, so a syscall trace
(strace) of the process can be cut into steps.
"""

from __future__ import annotations

import json
import os
import sys

EVENTS: list[list[str]] = []


def _hook(event: str, args) -> None:
    if event.startswith("socket."):
        EVENTS.append([event, repr(args)[:200]])


sys.addaudithook(_hook)

from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def socket_fds() -> list[str]:
    """Open descriptors that are sockets, as `fd:socket:[inode]`."""
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            out.append(f"{fd}:{target}")
    return out


def main(argv: list[str]) -> int:
    work = Path(argv[0])
    control = "--control" in argv
    steps: list[str] = []
    seen_fds: set[str] = set()
    held = []

    def step(name: str) -> None:
        steps.append(name)
        os.path.exists(f"/.grantdesk-step-{len(steps)}")  # a marker in a syscall trace
        seen_fds.update(socket_fds())

    if control:
        import socket

        held.append(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
        try:
            socket.getaddrinfo("localhost", 80)
        except OSError:
            pass
        step("control socket")
        sys.stdout.write("\n" + json.dumps({"steps": steps, "socket_events": EVENTS, "socket_fds": sorted(seen_fds)}) + "\n")
        sys.stdout.flush()
        return 0

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from grantdesk.forms import default_registry
    from grantdesk.settings import Settings
    from grantdesk.ui.context import AppContext
    from grantdesk.ui.i18n import Translators
    from grantdesk.ui.main_window import MainWindow

    # the session must run unattended: dialogs answer themselves
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    QMessageBox.information = staticmethod(lambda *a, **k: None)
    pdf_path = work / "Есеп.pdf"
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(pdf_path), ""))

    def type_text(widget, text: str) -> None:  # as tests/ui/conftest.py: one key event per character
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    def settle(window, seconds: float = 3.0) -> None:
        import time

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if window.session is None or window.session.writer.pending == 0:
                return
            time.sleep(0.02)

    # ---- start, as grantdesk.app.main does it (minus the event loop) ----
    app = QApplication(["grantdesk"])
    app.setApplicationName("GrantDesk")
    settings = Settings.load()
    translators = Translators(app)
    translators.switch(settings.ui_lang)
    ctx = AppContext(registry=default_registry(), settings=settings, ui_lang=settings.ui_lang, translators=translators)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    step("start")

    # ---- fill ----
    project = work / "Documents" / "Жоба.grantdesk"
    from PySide6.QtCore import QTimer  # the new project asks its report language: answer as a user would

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().buttons["kk"].click())
    assert window.create_project(project, role="final")
    general = window.wizard.show_section("general")
    type_text(general.fields["org_name"].editor, "«Рухтан» қоғамдық қоры")
    type_text(general.fields["grant_total"].editor, "10 125 000 тг")
    goal = window.wizard.show_section("goal")
    type_text(goal.fields["goal"].editor, "Жастардың белсенділігін арттыру https://example.kz")
    doc = window.session.doc
    from grantdesk.document import Ref

    window.session.set(Ref.fixed("socio", "direct", "plan"), "500")
    settle(window)
    assert window.session.writer.pending == 0
    step("fill")

    # ---- check ----
    window.session.recheck()
    assert window.session.problems  # an unfinished report has problems to list
    step("check")

    # ---- print: preview, Save PDF, print to a printer ----
    preview = window.print_preview()
    preview.finish_rendering()
    assert preview.save_pdf() == pdf_path and pdf_path.read_bytes().startswith(b"%PDF")
    step("preview and save PDF")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(work / "printed.pdf"))
    preview.print_to(printer)
    preview.done(0)
    step("print to a printer")

    # ---- close ----
    expected = dict(doc.values)
    assert window.close_project()
    window.close()
    app.processEvents()
    step("close")

    # ---- the CLI, in the same process ----
    from grantdesk.cli.main import main as cli

    from grantdesk.document import to_json

    with __import__("grantdesk.store", fromlist=["ProjectFile"]).ProjectFile.open(project, read_only=True) as pf:
        saved = pf.load_document(pf.list_documents()[0].id, default_registry())
    assert saved.values == expected
    report = work / "report.json"
    report.write_text(json.dumps(to_json(saved), ensure_ascii=False), encoding="utf-8")
    assert cli(["import", str(report), "-o", str(work / "cli.grantdesk")]) == 0
    assert cli(["check", str(work / "cli.grantdesk"), "--json"]) in (0, 1)
    assert cli(["print", str(work / "cli.grantdesk"), "-o", str(work / "cli.pdf")]) == 0
    step("cli")

    sys.stdout.write("\n" + json.dumps({"steps": steps, "socket_events": EVENTS, "socket_fds": sorted(seen_fds)}) + "\n")
    sys.stdout.flush()
    # Leave without Python's finalization: PySide6 can abort while collecting Qt wrappers
    # at exit ("bool_dealloc"), after everything here is done and reported.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
