"""Settings: the interface language (saved in QSettings; the next start uses it)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from trainmgr.ui import i18n


class SettingsDialog(QDialog):
    """Choose the interface language: the system's, or one trainmgr ships (each named in itself).

    Rebuilding every open page in another language would lose unsaved edits, so the choice takes effect
    at the next start; the dialog says so, and `restart_needed` tells the caller after OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._initial = i18n.saved_language()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        system = QLocale.system()
        self.language.addItem(self.tr("System default ({language})").format(
            language=system.nativeLanguageName() or system.name()), "")
        for code, name in i18n.SHIPPED:
            self.language.addItem(name, code)
        index = self.language.findData(self._initial)
        self.language.setCurrentIndex(max(index, 0))
        label = QLabel(self.tr("Interface &language:"))
        label.setBuddy(self.language)
        self.note = QLabel(self.tr("The new language is used the next time trainmgr starts."))
        self.note.setObjectName("restartNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.language.currentIndexChanged.connect(self._update_note)
        form = QFormLayout()
        form.addRow(label, self.language)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def chosen_language(self) -> str:
        """The language code chosen, "" for the system's."""
        return str(self.language.currentData() or "")

    @property
    def restart_needed(self) -> bool:
        return self.chosen_language() != self._initial

    def _update_note(self) -> None:
        self.note.setVisible(self.restart_needed)

    def accept(self) -> None:
        i18n.save_language(self.chosen_language())
        super().accept()
