"""The frozen bundle and the .deb, built for real (PyInstaller; minutes): the bundle starts on a machine
with no Python and a new user, migrates a new database and exits 0; the .deb carries it with its
desktop entry and icons, and once installed `trainmgr --self-test` works from PATH.

The bundle in dist/trainmgr is reused when it is newer than every file it is built from, or whenever
TRAINMGR_REUSE_BUNDLE=1 (`make dist` sets it: it has just built the bundle and the .deb)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import build
import bundle_layout as layout
import deb
import pytest

pytestmark = pytest.mark.dist
INPUTS = ("src", "migrations", "resources", "installer", "setup.py", "pyproject.toml")


def newest_input() -> float:
    newest = 0.0
    for name in INPUTS:
        path = layout.ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        files = [p for p in files if "__pycache__" not in p.parts]
        newest = max([newest, *(p.stat().st_mtime for p in files)])
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    program = build.executable()
    reuse = os.environ.get("TRAINMGR_REUSE_BUNDLE") == "1" and program.is_file() and layout.STAGE.is_dir()
    if not reuse and (not program.is_file() or program.stat().st_mtime < newest_input() or not layout.STAGE.is_dir()):
        build.stage()
        build.bundle()
    return layout.BUNDLE


def test_the_bundle_migrates_a_new_database_offscreen_with_no_python_around(bundle: Path, tmp_path: Path) -> None:
    result = build.smoke(build.executable(bundle), tmp_path)
    assert result.revision == build.staged_head()
    assert "self-test ok" in result.output
    assert not (tmp_path / "home").joinpath("trainmgr.db").exists()  # --db was used, not the default


def test_the_bundle_speaks_french_with_qt_own_strings_translated(bundle: Path, tmp_path: Path) -> None:
    build.smoke(build.executable(bundle), tmp_path, "--lang", "fr")
    [log] = (tmp_path / "home").rglob("trainmgr.log")
    found = re.search(r"interface language fr: (\d+) catalogue", log.read_text(encoding="utf-8"))
    assert found, log.read_text(encoding="utf-8")[-2000:]
    # Qt's qtbase_fr (dialog buttons) and trainmgr_fr, both read from inside the bundle
    assert int(found.group(1)) == 2


def test_the_bundle_carries_what_desktops_need(bundle: Path) -> None:
    internal = bundle / "_internal"
    for plugin in layout.QT_REQUIRED_PLUGINS:
        assert list(internal.rglob(Path(plugin).name)), plugin
    assert list(internal.rglob("qtbase_ar.qm"))
    assert not list(internal.rglob("libqgtk3.so")) and not list(internal.rglob("libgtk-3.so*"))
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"


@pytest.fixture(scope="module")
def package(bundle: Path) -> Path:
    built = sorted(layout.DIST.glob(f"trainmgr_{deb.version()}_*.deb"))
    if built and built[-1].stat().st_mtime > build.executable(bundle).stat().st_mtime:
        return built[-1]  # made from this bundle by `installer/build.py all`
    return deb.build_deb(bundle)


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True).stdout


def test_the_deb_installs_the_bundle_the_command_the_menu_entry_and_icons(package: Path) -> None:
    fields = dict(re.findall(r"^ (\w[\w-]*): (.*)$", dpkg_deb("--info", str(package)), re.MULTILINE))
    assert fields["Package"] == "trainmgr" and fields["Version"] == deb.version()
    assert fields["Architecture"] == deb.architecture()
    depends = {d.split()[0] for d in fields["Depends"].split(", ")}
    assert set(deb.BASE_DEPENDS) <= depends and "libc6" in depends
    contents = dpkg_deb("--contents", str(package))
    assert re.search(r"\./usr/bin/trainmgr -> /opt/trainmgr/trainmgr$", contents, re.MULTILINE)
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/trainmgr/trainmgr$", contents, re.MULTILINE)
    assert "./usr/share/applications/trainmgr.desktop" in contents
    for size in layout.ICON_SIZES:
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/trainmgr.png" in contents
    assert "./usr/share/icons/hicolor/scalable/apps/trainmgr.svg" in contents


@pytest.fixture
def installed(package: Path) -> Iterator[str]:
    if os.geteuid() != 0 or shutil.which("dpkg") is None:
        pytest.skip("installing the .deb needs root and dpkg")
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "trainmgr"], capture_output=True, text=True)
    if "installed" in status.stdout and "not-installed" not in status.stdout:
        pytest.skip("a trainmgr package is already installed here: not replacing it")
    result = subprocess.run(["dpkg", "-i", str(package)], capture_output=True, text=True, check=False)
    try:
        assert result.returncode == 0, f"dpkg -i {package.name} failed (make sysdeps installs Qt's libraries):\n" \
                                       f"{result.stdout}{result.stderr}"
        yield "/usr/bin/trainmgr"
    finally:
        subprocess.run(["dpkg", "-r", "trainmgr"], capture_output=True, text=True, check=True)


def test_the_installed_package_runs_from_path_and_uninstalls_cleanly(installed: str, tmp_path: Path) -> None:
    program = shutil.which("trainmgr", path="/usr/bin")
    assert program == installed
    result = build.smoke(Path(program), tmp_path)
    assert result.revision == build.staged_head()
    subprocess.run(["dpkg", "-r", "trainmgr"], capture_output=True, text=True, check=True)
    assert not Path("/opt/trainmgr").exists() and not Path(installed).exists()
