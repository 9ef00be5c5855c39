"""The migrations and the starter framework ship inside the wheel, not only in the checkout: an
installed trainmgr, run far from the source tree, creates a database at head."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from trainmgr.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
PACKAGING_FILES = ("pyproject.toml", "setup.py", "setup.cfg", "MANIFEST.in", "README.md")
PACKAGED_FOLDERS = ("src", "migrations", "resources")

PROBE = """
import json, os, sys
from pathlib import Path
import trainmgr, trainmgr._migrations, trainmgr._resources
from trainmgr.db.migrate import current_revision, head_revision, migrations_dir, open_database
from trainmgr.services.session_open import open_services

db = open_database(Path(sys.argv[1]), "wheel-test")
revision = current_revision(db.engine)
db.close()
services = open_services(Path(sys.argv[1]))
frameworks = services.frameworks.list()
services.db.close()
print(json.dumps({
    "trainmgr": trainmgr.__file__,
    "migrations": str(migrations_dir()),
    "resources": list(trainmgr._resources.__path__)[0],
    "revision": revision,
    "head": head_revision(),
    "versions": sorted(n for n in os.listdir(migrations_dir() / "versions") if n[0].isdigit()),
    "competencies": frameworks[0].competencies if frameworks else 0,
}))
"""


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, f"{' '.join(cmd)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def copy_packaging_inputs(dest: Path) -> None:
    """Build from a copy, so that the shared checkout gets no build/ or egg-info from the test."""
    dest.mkdir()
    for name in PACKAGING_FILES:
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.db")
    for name in PACKAGED_FOLDERS:
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)


@pytest.mark.slow
def test_installed_wheel_creates_a_database_at_head(tmp_path: Path) -> None:
    source, dist, venv, elsewhere = (tmp_path / n for n in ("source", "dist", "venv", "elsewhere"))
    copy_packaging_inputs(source)
    run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", str(dist)], cwd=source)
    [wheel] = dist.glob("trainmgr-*.whl")

    expected_versions = sorted(p.name for p in (ROOT / "migrations" / "versions").glob("[0-9]*.py"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {f"trainmgr/_migrations/versions/{v}" for v in expected_versions} <= names
    assert {"trainmgr/_migrations/env.py", "trainmgr/_migrations/script.py.mako",
            "trainmgr/_resources/frameworks/starter_framework.json"} <= names

    # A fresh venv with only the wheel installed; the dependencies (SQLAlchemy, Alembic...) come from
    # the development venv through a .pth path line, which adds its folder after the venv's own
    # site-packages without running the development venv's editable-install hook for trainmgr.
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-index", "--no-deps",
         str(wheel)], cwd=tmp_path)
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=tmp_path).strip())
    (site / "zz_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONNOUSERSITE"] = "1"
    out = run([str(python), "-c", PROBE, str(elsewhere / "new.db")], cwd=elsewhere, env=env)
    report = json.loads(out.strip().splitlines()[-1])

    for key in ("trainmgr", "migrations", "resources"):
        location = Path(report[key]).resolve()
        assert location.is_relative_to(site.resolve()), f"{key} loaded from {location}, not the venv"
        assert not location.is_relative_to(ROOT), f"{key} loaded from the checkout"
    assert report["versions"] == expected_versions
    assert report["revision"] == report["head"] == head_revision()
    assert report["competencies"] > 0
