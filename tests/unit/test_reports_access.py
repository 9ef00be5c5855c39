"""Reports under accounts: a viewer may export aggregate figures only, and every export's
personal-data level is written into the audit trail."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.security.account_helpers import act_as, add_account

from trainmgr.db.engine import Database, make_engine
from trainmgr.db.models import AuditEvent
from trainmgr.domain.roles import Role
from trainmgr.services.container import Services
from trainmgr.services.permissions import PermissionDenied
from trainmgr.services.report_context import PersonalData, ReportKind, ReportRequest


@pytest.fixture
def services(demo_db: Path, tmp_path: Path):
    path = tmp_path / "copy.db"
    shutil.copy(demo_db, path)  # accounts would change the shared demo for every other test
    services = Services.build(Database(path, make_engine(path), "tester"))
    yield services
    services.db.close()


def exports(services: Services) -> list[tuple[str, str, dict]]:
    with services.db.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action.like("export.%"))
                         .order_by(AuditEvent.at)).all()
        return [(e.actor, e.action, e.after or {}) for e in rows]


def test_a_viewer_exports_aggregates_only_and_each_export_is_recorded(services: Services, tmp_path: Path) -> None:
    add_account(services, "admin", Role.ADMINISTRATOR)
    add_account(services, "vera", Role.VIEWER)
    add_account(services, "paul", Role.PROGRAMME_MANAGER)
    programme = services.programmes.list()[0].id
    act_as(services, "vera", Role.VIEWER)
    for level in (PersonalData.PSEUDONYMISED, PersonalData.FULL):
        target = tmp_path / f"vera-{level.value}.xlsx"
        with pytest.raises(PermissionDenied, match="vera"):
            services.reports.export(ReportRequest(ReportKind.RESULTS, programme_id=programme,
                                                  personal_data=level), target)
        assert not target.exists()
    services.reports.export(ReportRequest(ReportKind.STATISTICS, programme_id=programme,
                                          personal_data=PersonalData.NONE), tmp_path / "vera.xlsx")
    act_as(services, "paul", Role.PROGRAMME_MANAGER)
    services.reports.export(ReportRequest(ReportKind.RESULTS, programme_id=programme,
                                          personal_data=PersonalData.FULL), tmp_path / "paul.xlsx")
    recorded = exports(services)
    assert [(actor, action) for actor, action, _after in recorded] == [
        ("vera", "export.report.statistics"), ("paul", "export.report.results")]
    assert "none" in str(recorded[0][2]) and "full" in str(recorded[1][2])
