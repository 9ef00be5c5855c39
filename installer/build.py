"""Build the installers: `python installer/build.py [stage|bundle|smoke|deb|all]` (default all; `make dist`).

stage   the wheel of this checkout installed into build/installer/stage (code, migrations, resources,
        whatever .qm catalogues resources/i18n holds now), built from a copy so the checkout stays clean
bundle  PyInstaller one-folder bundle dist/trainmgr/ from installer/trainmgr.spec
smoke   dist/trainmgr/trainmgr --self-test on a new database, offscreen, with an empty HOME
deb     dist/trainmgr_<version>_<arch>.deb from the bundle (Linux, dpkg-deb)
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_layout as layout

PACKAGING_FILES = ("pyproject.toml", "setup.py", "README.md")
PACKAGED_FOLDERS = ("src", "migrations", "resources")
# Variables that would make the bundle find things outside itself (or use the developer's data).
LEAKY_ENV = ("PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "LD_LIBRARY_PATH",
             "TRAINMGR_DB", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
             "VIRTUAL_ENV", "APPDATA", "LOCALAPPDATA")


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(cmd: list[str], **kwargs: object) -> None:
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def stage(python: str = sys.executable) -> Path:
    """Install the wheel of the working tree into build/installer/stage (no dependencies: they come
    from the environment PyInstaller runs in)."""
    step(f"staging the wheel into {layout.STAGE}")
    with tempfile.TemporaryDirectory(prefix="trainmgr-stage-") as tmp:
        source, wheels = Path(tmp) / "source", Path(tmp) / "wheels"
        source.mkdir()
        for name in PACKAGING_FILES:
            shutil.copy2(layout.ROOT / name, source / name)
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.db")
        for name in PACKAGED_FOLDERS:
            shutil.copytree(layout.ROOT / name, source / name, ignore=ignore)
        run([python, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)])
        [wheel] = wheels.glob("trainmgr-*.whl")
        shutil.rmtree(layout.STAGE, ignore_errors=True)
        run([python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--no-compile",
             "--target", str(layout.STAGE), str(wheel)])
    return layout.STAGE


def bundle(python: str = sys.executable) -> Path:
    """dist/trainmgr/ from the staged package."""
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        raise SystemExit("PyInstaller needs objdump: apt-get install binutils")
    step("building the one-folder bundle with PyInstaller")
    env = {**os.environ, "TRAINMGR_STAGE": str(layout.STAGE)}
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(layout.DIST), "--workpath", str(layout.BUILD / "pyinstaller"),
         str(layout.ROOT / "installer" / "trainmgr.spec")], env=env)
    return layout.BUNDLE


def executable(bundle_dir: Path = layout.BUNDLE) -> Path:
    """The program to run for the smoke test (on Windows the console twin, which prints)."""
    return bundle_dir / (f"{layout.APP}-cli.exe" if os.name == "nt" else layout.APP)


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a first start: an empty HOME, nothing pointing back at the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in LEAKY_ENV}
    env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen")
    if os.name == "nt":
        env.update(APPDATA=str(home / "AppData" / "Roaming"), LOCALAPPDATA=str(home / "AppData" / "Local"))
    return env


@dataclass(frozen=True)
class SmokeResult:
    seconds: float
    output: str
    revision: str | None


def smoke(program: Path, workdir: Path, *extra: str) -> SmokeResult:
    """`program --self-test` on a new database in `workdir`; raises with the output when it fails."""
    home = workdir / "home"
    home.mkdir(parents=True, exist_ok=True)
    db = workdir / "smoke.db"
    start = time.perf_counter()
    result = subprocess.run([str(program), "--self-test", "--db", str(db), *extra], cwd=workdir,
                            env=clean_env(home), capture_output=True, text=True, timeout=300, check=False)
    seconds = time.perf_counter() - start
    output = result.stdout + result.stderr
    if result.returncode != 0 or "self-test ok" not in result.stdout:
        raise RuntimeError(f"{program} --self-test exited {result.returncode}:\n{output[-4000:]}")
    if not db.is_file():
        raise RuntimeError(f"{program} --self-test reported ok but created no database at {db}")
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return SmokeResult(seconds, output, row[0] if row else None)


def staged_head() -> str:
    """The head revision of the staged migrations (what a new database must be migrated to)."""
    sys.path.insert(0, str(layout.STAGE))
    try:
        from trainmgr.db.migrate import head_revision
    finally:
        sys.path.remove(str(layout.STAGE))
    return head_revision()


def smoke_bundle() -> SmokeResult:
    step(f"smoke test: {executable()} --self-test (offscreen, empty HOME, new database)")
    with tempfile.TemporaryDirectory(prefix="trainmgr-smoke-") as tmp:
        result = smoke(executable(), Path(tmp))
    expected = staged_head()
    if result.revision != expected:
        raise SystemExit(f"the new database is at revision {result.revision}, not the head {expected}")
    print(f"    ok in {result.seconds:.2f} s, database at revision {result.revision}")
    return result


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="?", default="all", choices=("stage", "bundle", "smoke", "deb", "all"))
    what = parser.parse_args(argv).what
    if what in ("stage", "bundle", "all"):
        stage()
    if what in ("bundle", "all"):
        bundle()
        print(f"    {layout.BUNDLE}: {folder_size(layout.BUNDLE) / 2**20:.0f} MiB")
    if what in ("smoke", "all"):
        smoke_bundle()
    if what in ("deb", "all") and sys.platform.startswith("linux"):
        from deb import build_deb

        package = build_deb(layout.BUNDLE)
        print(f"    {package}: {package.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
