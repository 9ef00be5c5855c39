"""Start-up: from process launch to the main window shown, beside a bare PySide6 window.

Both run as fresh processes on the offscreen platform. Ours is `trainmgr --self-test` on an
existing database (opened, checked, migrations verified, main window built and shown, then exit);
the baseline is a process that imports PySide6, shows an empty QMainWindow and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Figure, median_time

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""


def _run(args: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def figures(quick: bool) -> list[Figure]:
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "launch.db"
        command = [sys.executable, "-m", "trainmgr", "--self-test", "--db", str(db)]
        _run(command)  # first start creates and migrates the database: not what is measured
        ours = median_time(lambda: _run(command), runs=runs)
        bare = median_time(lambda: _run([sys.executable, "-c", BARE_WINDOW]), runs=runs)
    return [Figure("launch to main window (existing database)", ours, bare, runs,
                   note="baseline: bare PySide6 QMainWindow process")]
