"""Excel reports for host ministries: a catalogue of workbooks, each in the language chosen for the
export, at the personal-data level chosen for it, optionally encrypted with a password.

Every figure comes from the service that shows it on screen (assessments and gaps, curricula,
attendance, evaluations and completion, analytics): a report lays numbers out, it never computes
them its own way, so a screen and a report cannot disagree. Builders live in `report_*` modules,
one per kind; this module resolves the scope, writes the About sheet (always first: what the report
is, its scope, language, time, and personal-data level) and saves the file atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trainmgr import __version__
from trainmgr.db.engine import Database
from trainmgr.domain.delivery_records import CohortRow
from trainmgr.domain.records import ProgrammeRow, UnitRow
from trainmgr.errors import ValidationError
from trainmgr.exchange.excel.reports.encryption import check_password
from trainmgr.exchange.excel.reports.language import report_language
from trainmgr.services.assessments import AssessmentService
from trainmgr.services.audit import AuditService
from trainmgr.services.cohorts import CohortService
from trainmgr.services.permissions import require_export
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.report_context import (
    SMALL_CELL,
    PersonalData,
    ReportContext,
    ReportKind,
    ReportRequest,
    ReportResult,
)
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress
from trainmgr.services.units import UnitService

__all__ = ["PersonalData", "ReportKind", "ReportRequest", "ReportResult", "ReportService", "ScopeChoices"]


@dataclass(frozen=True)
class ScopeChoice:
    id: str
    label: str


@dataclass(frozen=True)
class ScopeChoices:
    """What a report can be about within one programme (for the export dialog)."""

    units: tuple[ScopeChoice, ...]
    assessments: tuple[ScopeChoice, ...]
    cohorts: tuple[ScopeChoice, ...]


Builder = Callable[[ReportContext, Database], None]


def _builders() -> dict[ReportKind, Builder]:
    # imported here: each builder pulls in the services it reads, the dialog only needs the kinds
    from trainmgr.services.report_assessment import build_assessment
    from trainmgr.services.report_attendance import build_attendance
    from trainmgr.services.report_curriculum import build_curriculum
    from trainmgr.services.report_results import build_results
    from trainmgr.services.report_summary import build_statistics, build_summary

    return {ReportKind.SUMMARY: build_summary, ReportKind.ASSESSMENT: build_assessment,
            ReportKind.CURRICULUM: build_curriculum, ReportKind.ATTENDANCE: build_attendance,
            ReportKind.RESULTS: build_results, ReportKind.STATISTICS: build_statistics}


# Which scope each report needs: a cohort-level report cannot run on a whole programme.
_NEEDS_COHORT = (ReportKind.ATTENDANCE,)
_NEEDS_UNIT = (ReportKind.ASSESSMENT,)


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._programmes = ProgrammeService(db)
        self._units = UnitService(db)
        self._cohorts = CohortService(db)
        self._assessments = AssessmentService(db)

    # --- choices for a dialog ----------------------------------------------------------------------
    def programmes(self) -> list[ProgrammeRow]:
        return self._programmes.list()

    def scope_choices(self, programme_id: str) -> ScopeChoices:
        units = sorted(self._units.list(programme_id), key=lambda u: u.name.casefold())
        assessments = self._assessments.list_for_programme(programme_id)
        cohorts = self._cohorts.list(programme_id)
        return ScopeChoices(
            tuple(ScopeChoice(u.id, u.name) for u in units),
            tuple(ScopeChoice(a.id, f"{a.unit_name} · {a.kind} {a.assessed_on.isoformat()} (v{a.version})")
                  for a in assessments),
            tuple(ScopeChoice(c.id, c.name) for c in cohorts))

    def available_kinds(self) -> tuple[ReportKind, ...]:
        return tuple(k for k in ReportKind if k in _builders())

    # --- the export ---------------------------------------------------------------------------------
    def export(self, request: ReportRequest, path: Path, progress: ProgressFn = no_progress,
               cancel: CancelToken = NEVER) -> ReportResult:
        """Write the report `request` asks for to `path` (see the module docstring). Nothing is left at
        `path` when it fails or is cancelled; an existing file there is replaced only on success."""
        require_export(self._db, request.personal_data.value)  # a viewer exports aggregates only
        lang = report_language(request.language)
        if request.password is not None:
            check_password(request.password)
        builder = _builders().get(request.kind)
        if builder is None:
            raise ValidationError(f"The {request.kind.value} report is not available in this build.")
        programme, scope_text = self._scope(request, lang)
        title = lang.t(f"report.{request.kind.value}")
        ctx = ReportContext(request, lang, programme.id, scope_text, f"{title} – {programme.name}", progress, cancel)
        try:
            progress(0, 0, "Preparing the report")
            self._about(ctx, programme, title)
            builder(ctx, self._db)
            cancel.check()
            progress(0, 0, "Saving the workbook")
            ctx.book.save(Path(path), request.password)
        finally:
            ctx.book.discard()
        AuditService(self._db).record_export(  # the personal-data level of every export is on the record
            f"report.{request.kind.value}", path, request.personal_data.value, rows=ctx.rows,
            details={"language": lang.code, "encrypted": bool(request.password)})
        return ReportResult(str(path), request.kind.value, lang.code, request.personal_data.value,
                            tuple(ctx.book.wb.sheetnames), ctx.rows, bool(request.password))

    def _scope(self, request: ReportRequest, lang: object) -> tuple[ProgrammeRow, str]:
        t = lang.t  # type: ignore[attr-defined]
        cohort: CohortRow | None = self._cohorts.get(request.cohort_id) if request.cohort_id else None
        unit: UnitRow | None = None
        assessment = self._assessments.get(request.assessment_id) if request.assessment_id else None
        programme_id = request.programme_id or (cohort.programme_id if cohort else None) or (
            assessment.programme_id if assessment else None)
        if request.unit_id:
            unit = next((u for u in self._all_units(programme_id) if u.id == request.unit_id), None)
            if unit is None:
                raise ValidationError("The unit asked for does not exist (or is in another programme).")
            programme_id = programme_id or unit.programme_id
        if programme_id is None:
            programmes = self._programmes.list()
            if len(programmes) != 1:
                raise ValidationError("Name the programme of the report (there are "
                                      f"{len(programmes)} programmes in this database).")
            programme_id = programmes[0].id
        programme = self._programmes.get(programme_id)
        for other in (cohort and cohort.programme_id, assessment and assessment.programme_id,
                      unit and unit.programme_id):
            if other and other != programme.id:
                raise ValidationError("The cohort, unit or assessment asked for belongs to another programme.")
        if request.kind in _NEEDS_COHORT and cohort is None:
            raise ValidationError(f"The {request.kind.value} report is about one cohort: name it.")
        if request.kind in _NEEDS_UNIT and unit is None and assessment is None:
            raise ValidationError("The assessment matrix is about one unit or one assessment: name it.")
        if assessment is not None:
            label = f"{assessment.unit_name} · {lang.value('akind', assessment.kind)} " \
                    f"{lang.date_text(assessment.assessed_on)}"  # type: ignore[attr-defined]
            return programme, t("scope.assessment", name=label)
        if cohort is not None:
            return programme, t("scope.cohort", name=cohort.name)
        if unit is not None:
            return programme, t("scope.unit", name=unit.name)
        return programme, t("scope.programme", name=programme.name)

    def _all_units(self, programme_id: str | None) -> list[UnitRow]:
        if programme_id:
            return self._units.list(programme_id)
        return [u for p in self._programmes.list() for u in self._units.list(p.id)]

    @staticmethod
    def _about(ctx: ReportContext, programme: ProgrammeRow, title: str) -> None:
        t, lang, request = ctx.t, ctx.lang, ctx.request
        pairs: list[tuple[str, object]] = [
            (t("about.report"), title),
            (t("about.programme"), f"{programme.name} ({programme.code})" if programme.code else programme.name),
            (t("about.scope"), ctx.scope_text),
            (t("about.language"), t(f"language.{lang.code}")),
            (t("about.generated"), lang.datetime_text(ctx.generated)),
            (t("about.personal_data"), t(f"personal.{request.personal_data.value}")),
        ]
        if request.kind in (ReportKind.STATISTICS, ReportKind.SUMMARY):
            pairs.append((t("about.small_cells"),
                          t("about.suppressed", n=SMALL_CELL - 1) if request.suppress_small
                          else t("about.not_suppressed")))
        if request.personal_data is PersonalData.PSEUDONYMISED:
            pairs.append((t("about.codes"), t("about.codes.text")))
        pairs.append((t("about.encryption"), t("about.encrypted") if request.password else t("about.not_encrypted")))
        pairs.append((t("about.software"), f"trainmgr {__version__}"))
        ctx.book.key_values(t("about.sheet"), t("about.heading"), pairs, widths=(26, 80))
