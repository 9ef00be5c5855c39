"""Which package to make: everything (to seed a new laptop or HQ), or only what one known laptop
has not confirmed receiving yet. Choosing the file comes after, from the page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.records import PeerRow
from trainmgr.exchange.excel.reports.encryption import MIN_PASSWORD


class ExportDialog(QDialog):
    def __init__(self, peers: Sequence[PeerRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._peers = list(peers)
        self._build()
        self._connect()
        self._update()

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export a sync package"))
        self.setMinimumWidth(460)
        self.full = QRadioButton(self.tr("&Full package: everything in this database"))
        full_hint = QLabel(self.tr("To set up a new laptop or HQ, or when a laptop missed packages."))
        self.incremental = QRadioButton(self.tr("&Only what this laptop has not confirmed yet:"))
        self.peer = QComboBox()
        self.peer.setMinimumContentsLength(28)
        for row in self._peers:
            name = row.name or self.tr("(unnamed)")
            self.peer.addItem(self.tr("{name} ({id})").format(name=name, id=row.replica_id[:8]), row.replica_id)
        peer_hint = QLabel(self.tr("Smaller: only changes that laptop has not received. A laptop appears "
                                   "here once a package from it was imported."))
        for hint in (full_hint, peer_hint):
            hint.setWordWrap(True)
            hint.setIndent(22)
            hint.setEnabled(False)  # greyed: explanation, not a control
        self.group = QButtonGroup(self)
        self.group.addButton(self.full)
        self.group.addButton(self.incremental)
        if self._peers:
            self.incremental.setChecked(True)
        else:
            self.full.setChecked(True)
            self.incremental.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file and export…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.full)
        layout.addWidget(full_hint)
        layout.addSpacing(6)
        layout.addWidget(self.incremental)
        layout.addWidget(self.peer)
        layout.addWidget(peer_hint)
        layout.addSpacing(6)
        self.protect = QCheckBox(self.tr("&Protect the package with a password (it carries names and "
                                         "service numbers)"))
        self.password, self.confirm = QLineEdit(), QLineEdit()
        self.password.setPlaceholderText(self.tr("Password (at least 8 characters)"))
        self.confirm.setPlaceholderText(self.tr("The same password again"))
        self.mismatch = QLabel(self.tr("The two passwords differ."))
        self.mismatch.setStyleSheet("QLabel { color: #b00020; }")
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.protect)
        layout.addWidget(self.password)
        layout.addWidget(self.confirm)
        layout.addWidget(self.mismatch)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.protect.toggled.connect(lambda _on: self._update())
        self.password.textChanged.connect(lambda _t: self._update())
        self.confirm.textChanged.connect(lambda _t: self._update())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _update(self) -> None:
        self.peer.setEnabled(self.incremental.isChecked())
        protect = self.protect.isChecked()
        self.password.setEnabled(protect)
        self.confirm.setEnabled(protect)
        differ = protect and self.password.text() != self.confirm.text()
        self.mismatch.setVisible(differ and bool(self.confirm.text()))
        ok = not protect or (len(self.password.text()) >= MIN_PASSWORD and not differ)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def password_text(self) -> str | None:
        """The package password, or None for a plain package."""
        return self.password.text() if self.protect.isChecked() else None

    # --- the answer ----------------------------------------------------------------------------
    def is_full(self) -> bool:
        return self.full.isChecked()

    def peer_id(self) -> str | None:
        """The chosen laptop's replica id, or None for a full package."""
        if self.is_full():
            return None
        value = self.peer.currentData()
        return value if isinstance(value, str) else None

    def peer_name(self) -> str:
        peer_id = self.peer_id()
        return next((p.name or p.replica_id for p in self._peers if p.replica_id == peer_id), "")

    def choose_full(self) -> None:
        self.full.setChecked(True)

    def choose_peer(self, replica_id: str) -> bool:
        index = self.peer.findData(replica_id)
        if index < 0:
            return False
        self.incremental.setChecked(True)
        self.peer.setCurrentIndex(index)
        return True
