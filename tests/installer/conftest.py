"""The installer tests. Those marked `dist` build the frozen bundle and need PyInstaller (the `dist`
extra): without it they are skipped, saying why; `make dist` installs it and runs them. The layout
tests beside them need nothing and always run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
if str(INSTALLER) not in sys.path:
    sys.path.insert(0, str(INSTALLER))  # bundle_layout, build, deb


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    skip = pytest.mark.skip(reason="PyInstaller is not installed: pip install -e '.[dist]' (make dist does)")
    for item in items:
        if item.get_closest_marker("dist") is not None:
            item.add_marker(skip)
