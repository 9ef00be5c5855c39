"""The audit trail: every change through the services is recorded with who, when, which laptop,
before and after; decisions carry their own action and reason; events are append-only and chained."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from trainmgr.db.audit_hook import AppendOnlyError
from trainmgr.db.models import AuditEvent, LocalReplica
from trainmgr.db.stamping import WriteContext
from trainmgr.domain.account_records import AuditFilter
from trainmgr.services.audit import AuditService
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput


def events(services: Services, **where: str) -> list[AuditEvent]:
    with services.db.read() as s:
        query = select(AuditEvent).order_by(AuditEvent.born)
        for key, value in where.items():
            query = query.where(getattr(AuditEvent, key) == value)
        return list(s.scalars(query))


def test_a_create_records_who_when_where_and_the_values(services: Services) -> None:
    services.db.context = WriteContext(user="ali", role=None)
    programme = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    [event] = events(services, entity="programme", entity_id=programme.id)
    with services.db.read() as s:
        replica = s.get(LocalReplica, 1).replica_id
    assert (event.action, event.actor, event.before) == ("create", "ali", None)
    assert event.after["code"] == "SAH" and event.after["name"] == "Sahel"
    assert event.at is not None and event.born.endswith(replica)
    assert len(event.hash) == 64


def test_an_update_records_each_changed_field_before_and_after(services: Services) -> None:
    programme = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    services.programmes.update(programme.id, ProgrammeInput(code="SAH", name="Sahel West"))
    update = events(services, entity="programme", action="update")[-1]
    assert (update.before, update.after) == ({"name": "Sahel"}, {"name": "Sahel West"})
    assert update.actor == "tester"


def test_a_tombstone_is_recorded_as_a_delete(services: Services) -> None:
    from tests.unit.delivery_world import make_world

    world = make_world(services)
    pid = world.trainee("Kone", "Aminata")
    world.trainees.delete(pid)
    [delete] = events(services, entity="person", entity_id=pid, action="delete")
    assert (delete.before, delete.after) == ({"deleted": False}, {"deleted": True})


def test_sign_off_and_conflict_resolution_have_their_own_action_and_reason(services: Services) -> None:
    from tests.unit.delivery_world import TODAY, make_world

    world = make_world(services)
    cohort = world.cohort()
    pid = world.trainee("Cissé", vetting="pending")
    world.cohorts.enrol(cohort, pid, override_reason="ministry letter 12", today=TODAY)
    [override] = events(services, action="vetting_override")
    assert override.reason == "ministry letter 12"
    sid = world.session(cohort, date(2025, 6, 2))
    world.sessions.cancel(sid, "weather", note="road flooded")
    cancel = events(services, entity="training_session", entity_id=sid, action="update")[-1]
    assert cancel.reason == "road flooded" and cancel.after["cancel_reason"] == "weather"


def test_audit_events_cannot_be_changed_or_deleted(services: Services) -> None:
    services.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    event_id = events(services, entity="programme")[0].id
    with pytest.raises(AppendOnlyError), services.db.write() as s:
        s.get(AuditEvent, event_id).reason = "nothing happened"
    with pytest.raises(AppendOnlyError), services.db.write() as s:
        s.delete(s.get(AuditEvent, event_id))
    # and in the database itself, for code that goes around the ORM
    with pytest.raises(IntegrityError, match="append-only"), services.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor = 'nobody' WHERE id = :i"), {"i": event_id})
    with pytest.raises(IntegrityError, match="append-only"), services.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": event_id})
    assert events(services, entity="programme")[0].actor == "tester"


def test_each_event_is_chained_to_the_previous_one_of_this_laptop(services: Services) -> None:
    for n in range(3):
        services.programmes.create(ProgrammeInput(code=f"P{n}", name=f"Programme {n}"))
    chain = [e for e in events(services) if e.born.endswith(events(services)[-1].born.rsplit(".", 1)[1])]
    assert [e.prev_hash for e in chain[1:]] == [e.hash for e in chain[:-1]]
    assert AuditService(services.db).verify().ok


def test_the_history_of_a_record_lists_its_changes_oldest_first(services: Services) -> None:
    programme = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    services.programmes.update(programme.id, ProgrammeInput(code="SAH", name="Sahel West"))
    history = AuditService(services.db).history("programme", programme.id)
    assert [h.action for h in history] == ["create", "update"]
    assert [(c.field, c.before, c.after) for c in history[1].changes] == [("name", "Sahel", "Sahel West")]


def test_the_audit_search_filters_by_who_action_and_record(services: Services) -> None:
    services.db.context = WriteContext(user="ali")
    a = services.programmes.create(ProgrammeInput(code="A", name="Alpha"))
    services.db.context = WriteContext(user="bea")
    services.programmes.create(ProgrammeInput(code="B", name="Beta"))
    audit = AuditService(services.db)
    page = audit.search(AuditFilter(actor="ali", entity="programme"))
    assert page.total == 1 and page.rows[0].entity_id == a.id
    assert audit.search(AuditFilter(entity_id=a.id)).total == 1
    assert {"ali", "bea"} <= set(audit.choices().actors)


def test_each_export_writes_its_personal_data_level_into_the_trail(services: Services, tmp_path: Path) -> None:
    services.db.context = WriteContext(user="maria")
    audit = AuditService(services.db)
    audit.record_export("report.progress", tmp_path / "progress.xlsx", "pseudonymised", rows=12,
                        details={"language": "fr"})
    [event] = events(services, action="export.report.progress")
    assert event.actor == "maria"
    assert event.after == {"file": "progress.xlsx", "personal_data": "pseudonymised", "rows": 12, "language": "fr"}
    package = tmp_path / "full.xlsx"
    services.sync.export(package, full=True)
    [sent] = events(services, action="sync.export")
    assert sent.after["personal_data"] == "personal" and sent.entity == "sync_exchange"
