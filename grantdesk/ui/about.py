"""Help → About: the app's version and the form editions it can fill and print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QVBoxLayout, QWidget

from .. import __version__

if TYPE_CHECKING:  # the menu is built before the window shows: the definitions load later
    from ..forms import FormRegistry
    from .context import AppContext


def edition_lines(registry: FormRegistry, ui_lang: str) -> list[str]:
    """One line per bundled form edition: its short title in the app's language and its id."""
    from .documents import edition_name

    return [f"{edition_name(form, ui_lang)} ({form.id})" for form in registry]


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About GrantDesk"))
        layout = QVBoxLayout(self)
        self.version_label = QLabel(self.tr("GrantDesk, version %1").replace("%1", __version__))
        font = self.version_label.font()
        font.setBold(True)
        self.version_label.setFont(font)
        layout.addWidget(self.version_label)
        blurb = QLabel(self.tr("Fills, checks and prints the reports of NGOs on state grants. "
                               "Works without the internet."))
        blurb.setWordWrap(True)
        layout.addWidget(blurb)
        layout.addWidget(QLabel(self.tr("Form editions it can fill and print:")))
        self.editions_label = QLabel("\n".join("• " + line for line in edition_lines(ctx.registry, ctx.ui_lang)))
        self.editions_label.setWordWrap(True)
        layout.addWidget(self.editions_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)


class HelpMenu(QMenu):
    """The menu bar's Help menu; the main window adds it last, on every (re)build."""

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("&Help"))
        self.act_about = self.addAction(self.tr("&About GrantDesk…"), self.show_about)

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.ctx, self.parentWidget())
        dialog.setModal(True)
        dialog.show()
        return dialog
