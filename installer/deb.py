"""The Debian package, made with dpkg-deb from the one-folder bundle:

/opt/trainmgr/                      the bundle
/usr/bin/trainmgr                   symlink to /opt/trainmgr/trainmgr
/usr/share/applications/trainmgr.desktop
/usr/share/icons/hicolor/<n>x<n>/apps/trainmgr.png, scalable/apps/trainmgr.svg

Depends: the libraries Qt's xcb platform needs on a desktop, plus the package of every system library
a binary of the bundle links to (found with readelf, ldconfig and dpkg -S on the build machine).
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import stat
import subprocess
import tempfile
from pathlib import Path

import bundle_layout as layout

PACKAGE = layout.APP
MAINTAINER = os.environ.get("DEB_MAINTAINER", "trainmgr developers <trainmgr@example.org>")
# zstd: a minute where xz takes a quarter of an hour on a busy 2-core machine, ~15% larger; dpkg reads it
# since 1.21.18 (Debian 12, Ubuntu 21.10), older than anything that has the glibc the bundle needs.
COMPRESSION = os.environ.get("DEB_COMPRESSION", "zstd")
DESKTOP_FILE = layout.ROOT / "installer" / "linux" / "trainmgr.desktop"
# What Qt's xcb platform loads on a desktop (the Makefile's QT_DEBS); fonts so that text shows.
BASE_DEPENDS = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-randr0",
                "libxcb-render-util0", "libxcb-xinerama0", "libxkbcommon-x11-0", "libegl1", "libgl1",
                "libfontconfig1", "libdbus-1-3", "fonts-dejavu-core")
DESCRIPTION = """\
Offline-first management of training programmes
 trainmgr plans, delivers and evaluates training programmes for host-nation
 security forces: frameworks of competencies, curricula, cohorts, attendance,
 assessments and certificates, on a laptop without a network, with Excel
 exchange and signed synchronisation packages between laptops."""


def version(stage: Path = layout.STAGE) -> str:
    source = (stage / layout.APP / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", source, re.MULTILINE)
    if not found:
        raise SystemExit(f"no __version__ in {stage / layout.APP / '__init__.py'}")
    return found.group(1)


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def needed_sonames(bundle: Path) -> set[str]:
    """The libraries the bundle's binaries link to that the bundle does not carry."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    carried = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    for path in files:
        if not _is_elf(path):
            continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
        needed.update(line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line)
    return needed - carried


def _library_paths() -> dict[str, list[str]]:
    """soname → paths, from the dynamic linker's cache."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, list[str]] = {}
    for line in out.splitlines()[1:]:
        if "=>" in line:
            name, path = line.strip().split(" ", 1)[0], line.rsplit("=>", 1)[1].strip()
            paths.setdefault(name, []).append(path)
    return paths


def _owner(path: str) -> str | None:
    """The Debian package that installed `path` (trying the /usr-merged twin too)."""
    candidates = {path, os.path.realpath(path)}
    candidates |= {c.removeprefix("/usr") if c.startswith("/usr/") else "/usr" + c for c in list(candidates)}
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def system_depends(bundle: Path) -> list[str]:
    """Packages providing the system libraries the bundle links to; refuses to guess when one is
    not installed on the build machine (the package would then install without it)."""
    paths = _library_paths()
    owners, missing = set(), []
    for soname in sorted(needed_sonames(bundle)):
        found = next((o for p in paths.get(soname, []) if (o := _owner(p))), None)
        if found is None:
            missing.append(soname)
        else:
            owners.add(found)
    if missing:
        raise SystemExit(f"cannot tell which Debian package provides {', '.join(missing)}: install it and retry")
    return sorted(owners)


def depends(bundle: Path) -> str:
    packages = sorted(set(BASE_DEPENDS) | set(system_depends(bundle)) - {"libc6"})
    glibc = platform.libc_ver()[1]  # the bundle was linked on this glibc: older ones cannot run it
    return ", ".join([f"libc6 (>= {glibc})" if glibc else "libc6", *packages])


def _normalise_modes(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def _install_icons(root: Path) -> None:
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in layout.ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(layout.icon_file(size), folder / f"{PACKAGE}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(layout.SOURCE_ICONS / "trainmgr.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")


def control(bundle: Path, installed_kib: int) -> str:
    return (f"Package: {PACKAGE}\nVersion: {version()}\nSection: misc\nPriority: optional\n"
            f"Architecture: {architecture()}\nMaintainer: {MAINTAINER}\nInstalled-Size: {installed_kib}\n"
            f"Depends: {depends(bundle)}\nDescription: {DESCRIPTION}\n")


def build_deb(bundle: Path = layout.BUNDLE, out_dir: Path = layout.DIST) -> Path:
    print(f"==> building the .deb from {bundle}", flush=True)
    if not (bundle / layout.APP).is_file():
        raise SystemExit(f"no bundle at {bundle}: run installer/build.py bundle first")
    with tempfile.TemporaryDirectory(prefix="trainmgr-deb-") as tmp:
        root = Path(tmp) / "root"
        shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{layout.APP}")
        (root / "usr" / "share" / "applications").mkdir(parents=True)
        shutil.copy2(DESKTOP_FILE, root / "usr" / "share" / "applications" / f"{PACKAGE}.desktop")
        _install_icons(root)
        doc = root / "usr" / "share" / "doc" / PACKAGE
        doc.mkdir(parents=True)
        (doc / "copyright").write_text("trainmgr\nLicense: proprietary. Bundles Python, Qt (LGPLv3) and PySide6 "
                                       "(LGPLv3); see /opt/trainmgr/_internal for their files.\n", encoding="utf-8")
        _normalise_modes(root)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
        (root / "DEBIAN").mkdir(mode=0o755)
        (root / "DEBIAN" / "control").write_text(control(bundle, (size + 1023) // 1024), encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{PACKAGE}_{version()}_{architecture()}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{COMPRESSION}", "--build", str(root), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target
