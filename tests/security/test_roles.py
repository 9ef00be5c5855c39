"""Each role is refused each action it may not do, in the services themselves (not only by hidden
buttons), with a message naming who may and who is signed in; an allowed role gets past the check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.security.account_helpers import act_as, add_account
from tests.unit.delivery_world import TODAY, make_world

from trainmgr.domain.roles import Permission, PersonalData, Role, allows
from trainmgr.services.accounts import AccountService
from trainmgr.services.audit import AuditService
from trainmgr.services.container import Services
from trainmgr.services.permissions import PermissionDenied, SignInRequired, require, require_export
from trainmgr.services.trainees import TraineeInput

Action = Callable[[Services, Path], Any]

# action name -> (what the service call is, the permission it needs). Ids that do not exist are
# enough: the check comes first, so a refused role never reaches the lookup.
ACTIONS: dict[str, tuple[Action, Permission]] = {
    "sign an assessment": (lambda s, _t: s.assessments.set_status("x", "signed", "Col. Diallo"),
                           Permission.SIGN_ASSESSMENT),
    "validate an assessment": (lambda s, _t: s.assessments.set_status("x", "validated"),
                               Permission.VALIDATE_ASSESSMENT),
    "approve a curriculum": (lambda s, _t: s.curricula.approve("x"), Permission.APPROVE_CURRICULUM),
    "resolve sync conflicts": (lambda s, _t: s.conflicts.resolve(["x"], "a"), Permission.RESOLVE_CONFLICTS),
    "import a sync package": (lambda s, t: s.sync.import_package(t / "none.xlsx"), Permission.IMPORT_SYNC),
    "import a framework": (lambda s, t: s.framework_io.apply(t / "none.xlsx"), Permission.IMPORT_FRAMEWORK),
    "create a trainee": (lambda s, _t: s.trainees.create(TraineeInput("x", "Kone")), Permission.EDIT_TRAINEES),
    "edit a trainee": (lambda s, _t: s.trainees.update("x", TraineeInput("x", "Kone")), Permission.EDIT_TRAINEES),
    "delete a trainee": (lambda s, _t: s.trainees.delete("x"), Permission.EDIT_TRAINEES),
    "record vetting": (lambda s, _t: s.vetting.set("x", "cleared", date(2025, 1, 1)), Permission.EDIT_TRAINEES),
    "enrol a trainee": (lambda s, _t: s.cohorts.enrol("x", "y"), Permission.EDIT_TRAINEES),
    "merge two people": (lambda s, _t: s.people_merge.merge("x", "y", "same man"), Permission.EDIT_TRAINEES),
    "cancel a session": (lambda s, _t: s.sessions.cancel("x", "weather"), Permission.EDIT_TRAINEES),
    "take attendance": (lambda s, _t: s.attendance.mark("x", "y", "present"), Permission.RECORD_ATTENDANCE),
    "enter a score": (lambda s, _t: s.evaluations.set_score("x", "y", None, 50.0), Permission.ENTER_SCORES),
    "decide completion": (lambda s, _t: s.completion.apply("x", TODAY), Permission.DECIDE_COMPLETION),
    "export a sync package": (lambda s, t: s.sync.export(t / "out.xlsx", full=True), Permission.EXPORT_PERSONAL),
    "export the roster": (lambda s, t: s.roster_io.export("x", t / "roster.xlsx"), Permission.EXPORT_PERSONAL),
    "read the audit trail": (lambda s, _t: AuditService(s.db).search(), Permission.VIEW_AUDIT),
    "manage accounts": (lambda s, _t: AccountService(s.db).add("newbie", "", "viewer", "long-enough-1"),
                        Permission.MANAGE_ACCOUNTS),
}
CASES = [(name, role) for name in ACTIONS for role in Role]


@pytest.fixture
def managed(services: Services) -> Services:
    """A database that has accounts (the administrator's), so roles apply."""
    add_account(services, "admin", Role.ADMINISTRATOR)
    return services


@pytest.mark.parametrize(("name", "role"), CASES, ids=[f"{r.value}-{n.replace(' ', '_')}" for n, r in CASES])
def test_each_role_is_refused_exactly_what_it_may_not_do(managed: Services, tmp_path: Path, name: str,
                                                          role: Role) -> None:
    action, permission = ACTIONS[name]
    act_as(managed, "ali", role)
    if allows(role, permission):
        try:
            action(managed, tmp_path)
        except PermissionDenied as exc:  # pragma: no cover - the failure message shows which
            pytest.fail(f"{role} was refused '{name}': {exc}")
        except Exception:
            pass  # past the check: the made-up ids are then refused for what they are
    else:
        with pytest.raises(PermissionDenied, match=r"^Only .+; you are signed in as 'ali' \(") as refused:
            action(managed, tmp_path)
        assert "'ali'" in str(refused.value)


# The rules the issue states, written out (so that a slip in the role table is caught here).
EXPECTED = {
    Permission.SIGN_ASSESSMENT: {Role.PROGRAMME_MANAGER},
    Permission.VALIDATE_ASSESSMENT: {Role.PROGRAMME_MANAGER},
    Permission.APPROVE_CURRICULUM: {Role.PROGRAMME_MANAGER},
    Permission.RESOLVE_CONFLICTS: {Role.PROGRAMME_MANAGER},
    Permission.OVERRIDE_VETTING: {Role.PROGRAMME_MANAGER},
    Permission.IMPORT_SYNC: {Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR},
    Permission.IMPORT_FRAMEWORK: {Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR},
    Permission.MANAGE_ACCOUNTS: {Role.ADMINISTRATOR},
    Permission.EDIT_TRAINEES: {Role.TRAINER, Role.EVALUATOR, Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR},
    Permission.RECORD_ATTENDANCE: {Role.TRAINER, Role.EVALUATOR, Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR},
    Permission.ENTER_SCORES: {Role.EVALUATOR, Role.PROGRAMME_MANAGER},
    Permission.DECIDE_COMPLETION: {Role.EVALUATOR, Role.PROGRAMME_MANAGER},
    Permission.EXPORT_PERSONAL: {Role.TRAINER, Role.EVALUATOR, Role.PROGRAMME_MANAGER, Role.ADMINISTRATOR},
    Permission.EXPORT_AGGREGATE: set(Role),
}


@pytest.mark.parametrize("permission", list(EXPECTED))
def test_the_role_table_says_what_the_issue_says(permission: Permission) -> None:
    assert {r for r in Role if allows(r, permission)} == EXPECTED[permission]


def test_the_refusal_names_who_may_and_who_is_signed_in(managed: Services) -> None:
    act_as(managed, "ali", Role.TRAINER)
    with pytest.raises(PermissionDenied) as refused:
        managed.assessments.set_status("x", "signed", "Col. Diallo")
    assert str(refused.value) == ("Only a programme manager can sign an assessment; "
                                  "you are signed in as 'ali' (trainer).")


@pytest.mark.parametrize("role", list(Role))
def test_a_viewer_exports_aggregate_figures_only(managed: Services, role: Role) -> None:
    act_as(managed, "ali", role)
    require_export(managed.db, PersonalData.AGGREGATE)
    require_export(managed.db, PersonalData.NONE)
    require_export(managed.db, "none")  # the reports' levels: none, pseudonymised, full
    if role is Role.VIEWER:
        for level in (PersonalData.PERSONAL, "pseudonymised", "full"):
            with pytest.raises(PermissionDenied, match="export personal data; you are signed in as 'ali' \\(viewer\\)"):
                require_export(managed.db, level)
    else:
        for level in (PersonalData.PERSONAL, "pseudonymised", "full"):
            require_export(managed.db, level)


def test_a_pending_vetting_override_needs_a_programme_manager_and_changes_nothing(services: Services) -> None:
    world = make_world(services)  # built in the "no accounts yet" mode, before the first account
    cohort = world.cohort()
    pid = world.trainee("Cissé", vetting="pending")
    managed = services
    add_account(managed, "admin", Role.ADMINISTRATOR)
    act_as(managed, "ali", Role.TRAINER)
    with pytest.raises(PermissionDenied, match="Only a programme manager can override a pending vetting"):
        world.cohorts.enrol(cohort, pid, override_reason="ministry letter 12", today=TODAY)
    assert world.cohorts.roster(cohort) == []
    act_as(managed, "maria", Role.PROGRAMME_MANAGER)
    assert world.cohorts.enrol(cohort, pid, override_reason="ministry letter 12", today=TODAY).status == "enrolled"


def test_a_refused_action_changes_nothing(services: Services) -> None:
    world = make_world(services)
    pid = world.trainee("Kone", "Aminata")
    managed = services
    add_account(managed, "admin", Role.ADMINISTRATOR)
    act_as(managed, "vic", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        world.trainees.delete(pid)
    assert world.trainees.get(pid).family_name == "Kone"


def test_without_accounts_everything_is_allowed_as_before(services: Services) -> None:
    for permission in Permission:
        require(services.db, permission)  # "no accounts yet": the single-user mode of every new database


def test_once_accounts_exist_nobody_signed_in_is_refused_everything(managed: Services) -> None:
    with pytest.raises(SignInRequired, match="Sign in first"):
        require(managed.db, Permission.EXPORT_AGGREGATE)
    with pytest.raises(SignInRequired):
        managed.trainees.create(TraineeInput("x", "Kone"))


def test_can_tells_the_gui_what_to_offer(services: Services) -> None:
    from trainmgr.services.permissions import can

    assert can(services.db, Permission.SIGN_ASSESSMENT)  # no accounts yet: everything
    add_account(services, "admin", Role.ADMINISTRATOR)
    assert not can(services.db, Permission.VIEW)  # accounts, nobody signed in: nothing
    act_as(services, "ali", Role.EVALUATOR)
    assert can(services.db, Permission.ENTER_SCORES) and not can(services.db, Permission.SIGN_ASSESSMENT)
