"""Password-protected sync packages: the signed package, encrypted as a whole workbook (ECMA-376
agile encryption, as for reports), so a package carrying names and service numbers can travel on a
USB stick that may be lost. Excel and LibreOffice open it after asking for the password; trainmgr's
import asks for it too. The signature and digests inside are unchanged: decryption gives back the
very package that was signed.

The plain package exists only in a private temporary folder while it is being written or read.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from trainmgr.exchange.excel.reports.encryption import decrypt_workbook, encrypt_workbook
from trainmgr.exchange.sync.errors import PackageError
from trainmgr.exchange.sync.package import Package, open_package
from trainmgr.fileio import atomic_path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Office file is an OLE compound file


class PasswordRequired(PackageError):
    """The package is encrypted and no password was given."""


class WrongPassword(PackageError):
    """The password does not open the package (or the encrypted file is damaged)."""


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(OLE_MAGIC)) == OLE_MAGIC
    except OSError:
        return False


@contextlib.contextmanager
def sealed_output(path: Path, password: str) -> Iterator[Path]:
    """A plain path to write the package to; when the block ends it is encrypted into `path`
    (atomically) and the plain copy removed, whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="trainmgr-seal-"))
    try:
        plain = folder / path.name
        yield plain
        data = plain.read_bytes()
        try:
            with atomic_path(path) as tmp, open(tmp, "wb") as out:
                encrypt_workbook(data, password, out)
        except OSError as exc:
            raise PackageError(f"{path.name}: cannot be written ({exc.strerror or exc}).") from exc
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def opened_package(path: Path, password: str | None = None) -> Iterator[Package]:
    """`open_package(path)`, decrypting first when the package is password-protected."""
    if not is_sealed(path):
        with open_package(path) as package:
            yield package
        return
    if not password:
        raise PasswordRequired(f"{path.name} is protected by a password: give the password to import it. "
                               "Nothing was changed.")
    folder = Path(tempfile.mkdtemp(prefix="trainmgr-unseal-"))
    try:
        plain = folder / path.name
        try:
            with open(path, "rb") as f:
                data = decrypt_workbook(f, password)
        except OSError as exc:
            raise PackageError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
        except Exception as exc:  # msoffcrypto's errors for a wrong key or a damaged container
            raise WrongPassword(f"{path.name}: the password is wrong, or the file is damaged. "
                                "Nothing was changed.") from exc
        plain.write_bytes(data)
        with open_package(plain) as package:
            yield package
    finally:
        shutil.rmtree(folder, ignore_errors=True)
