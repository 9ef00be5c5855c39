"""All services over one open database: built by the composition roots (app.py, the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from trainmgr.db.engine import Database
from trainmgr.services.admin import AdminService
from trainmgr.services.frameworks import FrameworkService
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.units import UnitService


@dataclass(frozen=True)
class Services:
    db: Database
    admin: AdminService
    programmes: ProgrammeService
    units: UnitService
    frameworks: FrameworkService

    @classmethod
    def build(cls, db: Database) -> Services:
        return cls(
            db=db,
            admin=AdminService(db),
            programmes=ProgrammeService(db),
            units=UnitService(db),
            frameworks=FrameworkService(db),
        )
