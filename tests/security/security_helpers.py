"""Constants and helpers of the security tests."""

from __future__ import annotations

from pathlib import Path

from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.trainees import TraineeInput

PASSPHRASE = "correct horse battery"
# Names no database holds unless a test writes them: found in raw bytes only if stored unencrypted.
KNOWN_NAMES = ("Ouedraogo-Zanzibarre", "Kaboreminata", "Sawadogoulimbe")


def add_known_people(services: Services) -> None:
    programme = services.programmes.create(ProgrammeInput(code="SEC", name="Programme Zanzibarre"))
    for family in KNOWN_NAMES:
        services.trainees.create(TraineeInput(programme.id, family, "Test", service_number=f"SN-{family[:4]}"))


def files_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (recursively) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def known_names_in(data: bytes) -> list[str]:
    return [name for name in KNOWN_NAMES if name.encode("utf-8") in data or name.encode("utf-16-le") in data]
