"""Everything the GUI can do, a script or a test can do without a screen: the core never loads Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

CORE = ("trainmgr.domain", "trainmgr.db", "trainmgr.services", "trainmgr.cli")
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "trainmgr.ui")

PROBE = textwrap.dedent(
    """
    import importlib, importlib.util, json, pkgutil, sys

    core, forbidden = json.loads(sys.argv[1])
    imported, absent = [], []
    for name in core:
        if importlib.util.find_spec(name) is None:
            absent.append(name)  # a package not written yet
            continue
        package = importlib.import_module(name)
        imported.append(name)
        # Every module of the package, not only its __init__ (which may import nothing).
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), prefix=name + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in forbidden or m.startswith("trainmgr.ui"))
    print(json.dumps({"imported": imported, "absent": absent, "qt": loaded}))
    """
)


def test_core_packages_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps([CORE, FORBIDDEN])],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(report["absent"]) <= {"trainmgr.cli"}, "only the CLI may be missing (not written yet)"
    assert {"trainmgr.domain", "trainmgr.db", "trainmgr.services"} <= set(report["imported"])
    assert "trainmgr.services.container" in report["imported"]
    assert report["qt"] == [], f"the core loaded Qt: {report['qt']}"
