"""What goes into the frozen bundle besides the Python code: shared by trainmgr.spec, build.py and
the tests (tests/installer/), so that all three agree on one list.

The package's own files come from a staged install of the wheel (build.py `stage`), so the bundle
holds exactly what the wheel ships (setup.py maps migrations/ and resources/ into the package).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "trainmgr"
BUILD = ROOT / "build" / "installer"
STAGE = BUILD / "stage"  # `pip install --target` of the wheel
DIST = ROOT / "dist"
BUNDLE = DIST / APP  # the one-folder bundle

# Packages located by importlib.resources (names in strings: the import graph cannot see them).
RESOURCE_PACKAGES = ("trainmgr._migrations", "trainmgr._migrations.versions", "trainmgr._resources")
# Alembic loads env.py and versions/*.py as source files: what they import must be frozen too.
MIGRATION_IMPORTS = ("alembic", "alembic.op", "alembic.context", "alembic.runtime.migration",
                     "alembic.operations.toimpl", "alembic.ddl.sqlite", "sqlalchemy.dialects.sqlite",
                     "trainmgr.db.models", "trainmgr.db.base", "trainmgr.db.engine")

# pyqtgraph's curves import these through importlib.import_module(f"{QT_LIB}.QtOpenGL"): invisible to PyInstaller.
QT_DYNAMIC_IMPORTS = ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg")

# Qt's own catalogues (standard buttons, dialogs) for the languages the interface ships.
QT_LANGUAGES = ("en", "fr", "ar", "pt", "pt_BR")
# Qt plugin folders the interface needs: platforms (xcb for desktops, offscreen for the smoke test,
# windows), images (PNG is built in; SVG, ICO and JPEG are plugins), SVG icons, input methods, themes.
# Wayland sessions run it through XWayland (xcb): no wayland plugins, so no libwayland dependencies.
# No GTK platform theme either (it would bring the whole GTK stack): Qt's Fusion style is used.
QT_PLUGIN_DIRS = ("platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
                  "xcbglintegrations", "styles")
QT_EXCLUDED_PLUGINS = ("qgtk3",)
# Of the platforms folder, only these (file names without lib prefix and extension).
QT_PLATFORMS = ("qxcb", "qoffscreen", "qminimal", "qwindows")
QT_REQUIRED_PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqsvg.so",
                       "iconengines/libqsvgicon.so")

# Large things the app never imports (keeps the bundle smaller; QtWebEngine is not installed anyway).
EXCLUDES = (
    "tkinter", "_tkinter", "unittest", "pydoc_data", "lib2to3", "test",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtPdf", "PySide6.QtMultimedia",
    "PySide6.Qt3DCore", "PySide6.QtNetwork",
    "PySide6.QtDBus", "PySide6.QtConcurrent", "PySide6.QtXml",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "OpenGL",
    "matplotlib", "scipy", "pandas", "IPython", "PIL", "cupy", "numba", "h5py", "colorcet", "pytest",
    "hypothesis", "_pytest", "setuptools", "pkg_resources", "pip",
)

# Icons installed for Linux desktops: /usr/share/icons/hicolor/<n>x<n>/apps/trainmgr.png
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SOURCE_ICONS = ROOT / "resources" / "icons"


def package_modules(stage: Path) -> list[str]:
    """Every trainmgr module in the staged package (the GUI and CLI import some of them lazily),
    except the migration scripts, which Alembic loads from source files."""
    modules = []
    for path in sorted((stage / APP).rglob("*.py")):
        parts = path.relative_to(stage).with_suffix("").parts
        if "_migrations" in parts:
            continue
        modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def package_datas(package_dir: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for the files of the mapped packages under `package_dir`
    (the staged `trainmgr` folder): every migration file as source (Alembic reads them from disk) and
    every non-Python resource (frameworks, icons, .qm catalogues)."""
    datas: list[tuple[str, str]] = []
    for sub, keep_python in (("_migrations", True), ("_resources", False)):
        folder = package_dir / sub
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            if path.suffix == ".py" and not keep_python:
                continue
            dest = Path(APP) / path.parent.relative_to(package_dir)
            datas.append((str(path), dest.as_posix()))
    return datas


def qt_translation_datas(translations_dir: Path) -> list[tuple[str, str]]:
    """Qt's own catalogues for the shipped languages, where Qt looks for them in the bundle."""
    found = []
    for lang in QT_LANGUAGES:
        for name in (f"qtbase_{lang}.qm", f"qt_{lang}.qm"):
            if (translations_dir / name).is_file():
                found.append((str(translations_dir / name), "PySide6/Qt/translations"))
    return found


def icon_file(size: int) -> Path:
    return SOURCE_ICONS / f"trainmgr-{size}.png"


def _qt_part(dest: str) -> tuple[str, ...] | None:
    """('plugins', 'platforms', 'libqxcb.so') or ('translations', 'qtbase_fr.qm') for Qt's files, else None."""
    parts = Path(dest).parts
    for i, part in enumerate(parts):
        if part in ("plugins", "translations") and i > 0 and parts[i - 1] in ("Qt", "PySide6"):
            return parts[i:]
    return None


def keep_qt_file(dest: str) -> bool:
    """Whether a file PyInstaller's Qt hooks collected (at `dest` in the bundle) is worth shipping:
    the plugins above and Qt's catalogues of the shipped languages; everything not Qt's is kept."""
    qt = _qt_part(dest)
    if qt is None:
        return True
    if qt[0] == "plugins":
        plugin = Path(qt[-1]).stem.removeprefix("lib")
        if len(qt) < 3 or qt[1] not in QT_PLUGIN_DIRS or plugin in QT_EXCLUDED_PLUGINS:
            return False
        return qt[1] != "platforms" or plugin in QT_PLATFORMS
    return any(qt[-1] in (f"qtbase_{lang}.qm", f"qt_{lang}.qm") for lang in QT_LANGUAGES)


def is_shared_library(dest: str, kind: str) -> bool:
    """A library collected only because something needs it (as opposed to an extension module,
    a Qt plugin or the Python library, which are loaded by name)."""
    path = Path(dest)
    if kind != "BINARY" or ".so" not in path.name or path.name.startswith("libpython"):
        return False
    return len(path.parts) == 1 or path.parent.as_posix() in ("PySide6/Qt/lib", "numpy.libs")


def reachable_libraries(entries: list[tuple[str, str, str]], needed: dict[str, list[str]]) -> set[str]:
    """Of (dest, source, kind) binaries, the dests of the shared libraries that something kept still
    needs, through `needed` (source → NEEDED sonames); the others came only for pruned plugins."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for dest, source, _kind in entries:
        by_name.setdefault(Path(dest).name, []).append((dest, source))
    todo = [(dest, source) for dest, source, kind in entries if not is_shared_library(dest, kind)]
    seen: set[str] = set()
    while todo:
        _dest, source = todo.pop()
        for soname in needed.get(source, []):
            for lib_dest, lib_source in by_name.get(soname, []):
                if lib_dest not in seen:
                    seen.add(lib_dest)
                    todo.append((lib_dest, lib_source))
    return seen
