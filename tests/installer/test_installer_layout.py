"""The installer inputs agree with each other and with the checkout: what the PyInstaller spec bundles,
the Qt files it keeps, the desktop entry, the Inno Setup script and the icons. Fast; no build."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
from pathlib import Path

import bundle_layout as layout

import trainmgr

ROOT = layout.ROOT
ISS = ROOT / "installer" / "windows" / "trainmgr.iss"
DESKTOP = ROOT / "installer" / "linux" / "trainmgr.desktop"


def fake_stage(tmp_path: Path) -> Path:
    """The checkout's folders laid out as the wheel maps them (setup.py: migrations/ and resources/
    become trainmgr._migrations and trainmgr._resources)."""
    package = tmp_path / "trainmgr"
    shutil.copytree(ROOT / "migrations", package / "_migrations")
    shutil.copytree(ROOT / "resources", package / "_resources")
    (package / "_migrations" / "__pycache__").mkdir(exist_ok=True)
    (package / "_migrations" / "__pycache__" / "env.cpython-311.pyc").write_bytes(b"stale")
    return package


def test_bundle_data_hold_the_migrations_as_source_and_every_resource(tmp_path: Path) -> None:
    datas = {Path(src).relative_to(tmp_path).as_posix(): dest for src, dest in
             layout.package_datas(fake_stage(tmp_path))}
    versions = [p.name for p in (ROOT / "migrations" / "versions").glob("[0-9]*.py")]
    assert versions
    for name in ("env.py", "script.py.mako", *(f"versions/{v}" for v in versions)):
        folder = Path("trainmgr/_migrations", name).parent.as_posix()
        assert datas.get(f"trainmgr/_migrations/{name}") == folder, name
    catalogues = [p.name for p in (ROOT / "resources" / "i18n").glob("*.qm")]
    for name in ("frameworks/starter_framework.json", "icons/trainmgr.svg", "icons/trainmgr-16.png",
                 *(f"i18n/{c}" for c in catalogues)):
        assert datas.get(f"trainmgr/_resources/{name}") == Path("trainmgr/_resources", name).parent.as_posix()
    assert not [s for s in datas if "__pycache__" in s], "compiled leftovers must not ship"
    assert not [s for s in datas if s.startswith("trainmgr/_resources") and s.endswith(".py")]
    for src in layout.package_datas(fake_stage(tmp_path / "again")):
        assert Path(src[0]).is_file()


def test_every_trainmgr_module_is_frozen_but_the_migration_scripts(tmp_path: Path) -> None:
    stage = tmp_path / "stage"
    shutil.copytree(ROOT / "src" / "trainmgr", stage / "trainmgr", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "migrations", stage / "trainmgr" / "_migrations")
    modules = layout.package_modules(stage)
    assert {"trainmgr", "trainmgr.app", "trainmgr.__main__", "trainmgr.services.demo", "trainmgr.ui"} <= set(modules)
    assert not [m for m in modules if "_migrations" in m]  # Alembic loads those from the files


def test_the_spec_keeps_the_qt_files_the_app_needs_and_drops_the_rest() -> None:
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    for plugin in layout.QT_REQUIRED_PLUGINS:
        assert (plugins / plugin).is_file(), f"PySide6 has no {plugin}"
        assert layout.keep_qt_file(f"PySide6/Qt/plugins/{plugin}")
    assert layout.keep_qt_file("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    assert layout.keep_qt_file("PySide6/plugins/platforms/qwindows.dll")  # the Windows layout
    assert not layout.keep_qt_file("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert not layout.keep_qt_file("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not layout.keep_qt_file("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so")
    assert layout.keep_qt_file("PySide6/Qt/translations/qtbase_fr.qm")
    assert layout.keep_qt_file("PySide6/Qt/translations/qtbase_ar.qm")
    assert not layout.keep_qt_file("PySide6/Qt/translations/qtbase_de.qm")
    assert layout.keep_qt_file("trainmgr/_resources/i18n/trainmgr_fr.qm")
    assert not set(layout.QT_DYNAMIC_IMPORTS) & set(layout.EXCLUDES)  # pyqtgraph's plots import them
    found = {Path(src).name for src, _ in layout.qt_translation_datas(plugins.parent / "translations")}
    assert {"qtbase_fr.qm", "qtbase_ar.qm"} <= found


def test_only_libraries_a_kept_binary_needs_stay() -> None:
    entries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),  # only the pruned GTK theme needed it
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/s/_cffi.so", "EXTENSION"),
        ("libssl.so.3", "/s/libssl.so.3", "BINARY"),
    ]
    needed = {"/s/libqxcb.so": ["libQt6XcbQpa.so.6", "libc.so.6"], "/s/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
              "/s/_cffi.so": ["libssl.so.3"]}
    assert layout.reachable_libraries(entries, needed) == {
        "PySide6/Qt/lib/libQt6XcbQpa.so.6", "libxcb-cursor.so.0", "libssl.so.3"}
    assert not layout.is_shared_library("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "EXTENSION")
    assert not layout.is_shared_library("PySide6/Qt/plugins/platforms/libqxcb.so", "BINARY")
    assert not layout.is_shared_library("libpython3.11.so.1.0", "BINARY")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_installed_command_with_its_icon() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == layout.APP == entry["TryExec"]  # /usr/bin/trainmgr in the .deb
    assert entry["Icon"] == layout.APP  # hicolor/<n>x<n>/apps/trainmgr.png in the .deb
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert {"Name", "Comment", "Comment[fr]", "Comment[ar]"} <= set(entry)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_every_icon_size_desktops_want_is_rendered_from_the_svg() -> None:
    assert (layout.SOURCE_ICONS / "trainmgr.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in layout.ICON_SIZES:
        assert png_size(layout.icon_file(size)) == (size, size)
    ico = (layout.SOURCE_ICONS / "trainmgr.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def iss_value(key: str) -> str:
    found = re.search(rf"^{key}=(.*)$", iss_text(), re.MULTILINE)
    assert found, f"{key} missing from {ISS.name}"
    return found.group(1).strip()


def test_the_inno_setup_script_installs_per_user_and_keeps_the_data() -> None:
    text = iss_text()
    assert iss_value("PrivilegesRequired") == "lowest"
    assert iss_value("DefaultDirName") == r"{localappdata}\Programs\{#AppName}"
    assert re.search(r'#define AppVersion "([^"]+)"', text).group(1) == trainmgr.__version__  # type: ignore[union-attr]
    assert "[UninstallDelete]" not in text.replace("; No [UninstallDelete]", "")
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in text
    assert r'Filename: "{app}\trainmgr.exe"' in text  # the spec's windowed EXE, named layout.APP
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"', text, re.MULTILINE)  # Start-menu entry
    assert "{uninstallexe}" in text


def from_iss(windows_path: str) -> Path:
    """A path written in the script (relative to the script's folder, with backslashes)."""
    return (ISS.parent / windows_path.replace("\\", "/")).resolve()


def test_the_inno_setup_script_names_files_that_exist() -> None:
    assert from_iss(iss_value("SetupIconFile")) == (layout.SOURCE_ICONS / "trainmgr.ico").resolve()
    bundle = re.search(r'#define BundleDir "([^"]+)"', iss_text()).group(1)  # type: ignore[union-attr]
    assert from_iss(bundle) == layout.BUNDLE.resolve()
    assert from_iss(iss_value("OutputDir")) == layout.DIST.resolve()
    for source in re.findall(r'^Source: "([^"]+)"', iss_text(), re.MULTILINE):
        assert source.startswith("{#BundleDir}\\"), f"{source}: the installer packs the bundle only"


def test_make_dist_can_install_pyinstaller_from_the_dist_extra() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(m.startswith("dist:") for m in config["tool"]["pytest"]["ini_options"]["markers"])
    assert any(d.lower().startswith("pyinstaller") for d in config["project"]["optional-dependencies"]["dist"])
