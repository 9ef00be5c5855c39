"""Who may do what: the roles of the accounts on a laptop and the permissions each role holds.

Pure data, shared by the services (which enforce it) and the GUI (which only hides what a role
cannot do; the services refuse it anyway).

The administrator is not a super-user: it manages the accounts and the data that arrives from
outside (sync packages, framework workbooks) and reads the audit trail, and may do what a trainer
does, but it does not sign assessments, approve curricula or score trainees. Those decisions belong
to the people whose role it is (separation of duties); an administrator who is also the programme
manager has a second account.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VIEWER = "viewer"
    TRAINER = "trainer"
    EVALUATOR = "evaluator"
    PROGRAMME_MANAGER = "programme_manager"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    VIEW = "view"
    EXPORT_AGGREGATE = "export_aggregate"
    EXPORT_PERSONAL = "export_personal"
    EDIT_PROGRAMME = "edit_programme"  # programmes, units, frameworks, assessments (drafts), curricula (drafts)
    EDIT_TRAINEES = "edit_trainees"  # trainees, vetting records, enrolment, sessions
    RECORD_ATTENDANCE = "record_attendance"
    ENTER_SCORES = "enter_scores"  # instruments and scores
    DECIDE_COMPLETION = "decide_completion"
    VALIDATE_ASSESSMENT = "validate_assessment"
    SIGN_ASSESSMENT = "sign_assessment"
    APPROVE_CURRICULUM = "approve_curriculum"
    OVERRIDE_VETTING = "override_vetting"
    RESOLVE_CONFLICTS = "resolve_conflicts"
    IMPORT_SYNC = "import_sync"
    IMPORT_FRAMEWORK = "import_framework"
    VIEW_AUDIT = "view_audit"
    MANAGE_ACCOUNTS = "manage_accounts"


class PersonalData(StrEnum):
    """How much personal data an export carries (written into the audit trail with each export)."""

    NONE = "none"  # no data about people at all (a framework, a curriculum)
    AGGREGATE = "aggregate"  # counts and rates only; no row is one person
    PERSONAL = "personal"  # names, service numbers, vetting, scores of individuals


P = Permission
_VIEWER = frozenset({P.VIEW, P.EXPORT_AGGREGATE})
_TRAINER = _VIEWER | {P.EXPORT_PERSONAL, P.EDIT_PROGRAMME, P.EDIT_TRAINEES, P.RECORD_ATTENDANCE}
_EVALUATOR = _TRAINER | {P.ENTER_SCORES, P.DECIDE_COMPLETION}
_MANAGER = _EVALUATOR | {P.VALIDATE_ASSESSMENT, P.SIGN_ASSESSMENT, P.APPROVE_CURRICULUM, P.OVERRIDE_VETTING,
                         P.RESOLVE_CONFLICTS, P.IMPORT_SYNC, P.IMPORT_FRAMEWORK, P.VIEW_AUDIT}
_ADMIN = _TRAINER | {P.IMPORT_SYNC, P.IMPORT_FRAMEWORK, P.VIEW_AUDIT, P.MANAGE_ACCOUNTS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: _VIEWER,
    Role.TRAINER: _TRAINER,
    Role.EVALUATOR: _EVALUATOR,
    Role.PROGRAMME_MANAGER: _MANAGER,
    Role.ADMINISTRATOR: _ADMIN,
}

# English names used in the core's messages (the GUI has its own translated labels).
ROLE_NAMES: dict[Role, str] = {
    Role.VIEWER: "viewer", Role.TRAINER: "trainer", Role.EVALUATOR: "evaluator",
    Role.PROGRAMME_MANAGER: "programme manager", Role.ADMINISTRATOR: "administrator",
}

# "Only a programme manager can <this>."
PERMISSION_ACTIONS: dict[Permission, str] = {
    P.VIEW: "read this database",
    P.EXPORT_AGGREGATE: "export reports",
    P.EXPORT_PERSONAL: "export personal data",
    P.EDIT_PROGRAMME: "change programmes, units, frameworks, assessments or curricula",
    P.EDIT_TRAINEES: "change trainees, vetting records, enrolments or sessions",
    P.RECORD_ATTENDANCE: "record attendance",
    P.ENTER_SCORES: "enter scores",
    P.DECIDE_COMPLETION: "record completion decisions",
    P.VALIDATE_ASSESSMENT: "validate an assessment",
    P.SIGN_ASSESSMENT: "sign an assessment",
    P.APPROVE_CURRICULUM: "approve a curriculum",
    P.OVERRIDE_VETTING: "override a pending vetting",
    P.RESOLVE_CONFLICTS: "resolve sync conflicts",
    P.IMPORT_SYNC: "import a sync package",
    P.IMPORT_FRAMEWORK: "import a competency framework",
    P.VIEW_AUDIT: "read the audit trail",
    P.MANAGE_ACCOUNTS: "manage accounts",
}


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def roles_with(permission: Permission) -> list[Role]:
    return [role for role in Role if permission in ROLE_PERMISSIONS[role]]


def _article(name: str) -> str:
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def allowed_roles_text(permission: Permission) -> str:
    """'a programme manager or an administrator' (the roles holding `permission`, lowest first)."""
    names = [_article(ROLE_NAMES[r]) for r in roles_with(permission)]
    if len(names) > 2:
        return ", ".join(names[:-1]) + " or " + names[-1]
    return " or ".join(names)


# Levels that carry no row about one person. Anything else ("personal", and the reports' own
# "pseudonymised" and "full": a pseudonymised row is still one person's scores) is personal data.
NOT_PERSONAL = frozenset({PersonalData.NONE.value, PersonalData.AGGREGATE.value})


def export_permission(level: str) -> Permission:
    """The permission an export carrying `level` personal data needs (any level name: ours, or the
    reports' none / pseudonymised / full)."""
    return P.EXPORT_AGGREGATE if str(level) in NOT_PERSONAL else P.EXPORT_PERSONAL
