"""Logging to a rotating file in the per-user log folder (shared by the GUI and the CLI)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from trainmgr.paths import log_dir

LOG_NAME = "trainmgr.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to `<log dir>/trainmgr.log` (1 MB × 5). Returns the file, or None when the folder is not
    writable (the app still runs; it just cannot keep a log)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return Path(handler.baseFilename)
