"""The app's own language (kk, ru, en) through Qt Linguist files in i18n/.

Source strings are English. A frozen build ships compiled .qm files; from a source
checkout the .ts files are compiled with the lrelease that comes with PySide6, once,
into the user's cache folder (a source checkout may be read-only).
"""

from __future__ import annotations

import locale
import shutil
import hashlib
import subprocess
import sys
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from . import pseudo
from ..resources import i18n_dir
from ..settings import UI_LANGUAGES


def system_language() -> str:
    """kk or ru from the system locale; Kazakh when it cannot tell (our users' default)."""
    names = [QLocale.system().name()]
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for name in names:
        low = (name or "").lower()
        if low.startswith("ru"):
            return "ru"
        if low.startswith("en"):
            return "en"
        if low.startswith("kk") or low.startswith("kz"):
            return "kk"
    return "kk"


def _lrelease() -> list[str] | None:
    exe = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if exe:
        return [exe]
    here = Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    return [str(here)] if here.exists() else None


def qm_path(lang: str) -> Path | None:
    """The compiled translation for `lang`, compiling the .ts source if needed."""
    folder = i18n_dir()
    shipped = folder / f"grantdesk_{lang}.qm"
    source = folder / f"grantdesk_{lang}.ts"
    # A frozen build ships only compiled files (and has no lrelease): use them as they are.
    frozen = getattr(sys, "frozen", False)
    if shipped.exists() and (frozen or not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.exists():
        return shipped if shipped.exists() else None
    # Named by the source's content, not its time: two checkouts (or an older install) never
    # hand each other a stale translation.
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = Path(user_cache_dir("GrantDesk", appauthor=False)) / f"grantdesk_{lang}-{digest}.qm"
    if cached.exists():
        return cached
    tool = _lrelease()
    if tool is None:
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(tool + [str(source), "-qm", str(cached)], capture_output=True)
    return cached if done.returncode == 0 and cached.exists() else None


class Translators:
    """Installs the app's and Qt's own translations; switching replaces both at once."""

    def __init__(self, app: QApplication):
        self.app = app
        self.installed: list[QTranslator] = []
        self.lang = "en"

    def switch(self, lang: str) -> bool:
        if lang not in UI_LANGUAGES:
            lang = "kk"
        for t in self.installed:
            self.app.removeTranslator(t)
        self.installed.clear()
        self.lang = lang
        if pseudo.enabled():  # every string stretched and bracketed, whatever the language
            fake = pseudo.PseudoTranslator(self.app)
            self.app.installTranslator(fake)
            self.installed.append(fake)
            return True
        if lang == "en":
            return True
        ok = True
        qm = qm_path(lang)
        app_tr = QTranslator(self.app)
        if qm is not None and app_tr.load(str(qm)):
            self.app.installTranslator(app_tr)
            self.installed.append(app_tr)
        else:
            ok = False
        qt_tr = QTranslator(self.app)  # Qt's own dialogs: file chooser, print dialog buttons
        if qt_tr.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(qt_tr)
            self.installed.append(qt_tr)
        return ok
