"""The first thing a new database shows: start a programme, or explore the demo one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainmgr.domain.changes import PROGRAMMES
from trainmgr.ui.pages.base import Page


class WelcomePage(Page):
    topics = (PROGRAMMES,)
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Welcome")

    def refresh(self) -> None:
        return None  # nothing loaded: the main window decides when this page is shown

    def _build(self) -> None:
        self.setObjectName("welcomePage")
        heading = QLabel(self.tr("Welcome to trainmgr"))
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(self.tr(
            "This database has no training programme yet.\n\n"
            "Create your programme to record host units, the needs assessment, the curriculum, "
            "the sessions and the evaluations. Or open the demo programme to explore trainmgr "
            "with realistic data first (it is added to this database; you can delete it later)."))
        text.setWordWrap(True)
        text.setFixedWidth(560)  # a fixed width lets the wrapped label report its real height
        text.setMinimumHeight(text.heightForWidth(560))
        self.new_button = QPushButton(self.tr("&New programme…"))
        self.demo_button = QPushButton(self.tr("Open the &demo programme"))
        for button in (self.new_button, self.demo_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(220)
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        column.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addStretch(2)

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: self.new_requested.emit())
        self.demo_button.clicked.connect(lambda: self.demo_requested.emit())

    def set_demo_available(self, available: bool) -> None:
        self.demo_button.setEnabled(available)
        self.demo_button.setToolTip("" if available else self.tr("The demo builder is not part of this build."))
