"""Password encryption of a finished workbook (ECMA-376 agile encryption, AES-256), with
msoffcrypto-tool: Excel and LibreOffice open the result after asking for the password.

Its authors call encryption experimental, so tests decrypt every encrypted report and compare it
with the plain one, and check that the encrypted file is not a readable zip.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from trainmgr.errors import TrainmgrError, ValidationError

MIN_PASSWORD = 8


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"The password must have at least {MIN_PASSWORD} characters.")


def encrypt_workbook(plain: bytes, password: str, out: BinaryIO) -> None:
    """Write `plain` (an .xlsx file's bytes) encrypted with `password` to `out`."""
    check_password(password)
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError as exc:  # a broken installation, not a user error; still said plainly
        raise TrainmgrError("Encryption is not available: the msoffcrypto-tool package is missing.") from exc
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)


def decrypt_workbook(encrypted: BinaryIO, password: str) -> bytes:
    """The plain workbook bytes (tests, and anyone checking an export)."""
    from msoffcrypto import OfficeFile

    office = OfficeFile(encrypted)
    office.load_key(password=password, verify_password=True)
    out = io.BytesIO()
    office.decrypt(out)
    return out.getvalue()
