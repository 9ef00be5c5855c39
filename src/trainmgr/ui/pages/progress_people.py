"""Service figures about people → what their charts and tables show (pure: no widget): attendance,
trainees trained over time, the completion funnel (one trainee's own progress: trainee_progress.py)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from trainmgr.domain.analytics_records import (
    BY_SEX,
    FUNNEL_STAGES,
    STAGE_ATTENDED,
    STAGE_ENROLLED,
    STAGE_FOLLOWED_UP,
    STAGE_NOMINATED,
    STAGE_PASSED,
    AttendanceFigure,
    AttendanceTally,
    FunnelFigure,
    TrainedFigure,
)
from trainmgr.domain.enums import Sex
from trainmgr.ui.charts import palette
from trainmgr.ui.charts.series import Bars, Figure, Line, Table, date_x
from trainmgr.ui.labels import enum_label
from trainmgr.ui.pages import progress_format as f
from trainmgr.ui.pages.progress_format import translate

MAX_GROUPS = 7  # lines of a "trained" chart; smaller groups are summed as "Other"
OTHER = "__other__"
FUNNEL_TOTAL = "#4D4D4D"


def stage_label(stage: str) -> str:
    labels = {STAGE_NOMINATED: translate("Progress", "Nominated"),
              STAGE_ENROLLED: translate("Progress", "Enrolled"),
              STAGE_ATTENDED: translate("Progress", "Attended enough"),
              STAGE_PASSED: translate("Progress", "Passed"),
              STAGE_FOLLOWED_UP: translate("Progress", "Followed up")}
    return labels.get(stage, stage)


def tally_text(t: AttendanceTally) -> str:
    return translate("Progress", "{rate} ({attended} of {counted})").format(
        rate=f.pct(t.rate), attended=f.count(t.attended), counted=f.count(t.counted))


def attendance(fig: AttendanceFigure) -> Figure:
    """Each held session's attendance rate, and the rate of each month over all its sessions."""
    sessions = [s for s in fig.sessions if s.tally.rate is not None]
    months = [m for m in fig.months if m.tally.rate is not None]

    def session_text(index: int) -> str:  # written when hovered: there may be thousands of sessions
        s = sessions[index]
        return translate("Progress", "{cohort}, {title}: {value}").format(
            cohort=s.cohort_name, title=s.title, value=tally_text(s.tally))

    series = [
        Line("sessions", translate("Progress", "Sessions"), palette.SKY_BLUE,
             [date_x(s.session_date) for s in sessions], [float(s.tally.rate or 0) for s in sessions], session_text,
             connect=False, symbol_size=6),
        Line("months", translate("Progress", "Monthly rate"), palette.BLUE, [date_x(m.month) for m in months],
             [float(m.tally.rate or 0) for m in months], [tally_text(m.tally) for m in months]),
    ]
    headers = (translate("Progress", "Cohort"), translate("Progress", "Start"), translate("Progress", "Held"),
               translate("Progress", "Cancelled"), translate("Progress", "Attended"), translate("Progress", "Absent"),
               translate("Progress", "Not marked"), translate("Progress", "Rate"))
    rows = [(f.text(c.cohort_name), f.day(c.start_date),
             f.n(c.held_sessions), f.n(c.cancelled_sessions),
             f.n(c.tally.attended), f.n(c.tally.absent),
             f.n(c.tally.unmarked), f.num(f.pct(c.tally.rate), c.tally.rate))
            for c in fig.cohorts]
    note = translate("Progress", "Overall: {value}. Cancelled sessions are left out; excused and not-expected "
                                 "trainees do not count against the rate.").format(value=tally_text(fig.total))
    if fig.sessions_not_listed:
        note += " " + translate("Progress", "The {count} sessions are too many to plot one by one: choose a cohort or "
                                            "a shorter period to see each session.").format(
            count=f.count(fig.sessions_not_listed))
    return Figure(series, Table(headers, rows, numeric=(2, 3, 4, 5, 6, 7)), note=note,
                  y_label=translate("Progress", "Attendance rate (%)"), y_range=(0, 100))


def _group_label(dimension: str, key: str | None, label: str) -> str:
    if dimension == BY_SEX:
        return enum_label(Sex, key or Sex.NOT_RECORDED.value)
    return label or translate("Progress", "Not recorded")


def trained(fig: TrainedFigure, dimension: str) -> Figure:
    """Running totals of trainees trained, one line per group of the dimension (sex, unit or rank)."""
    months = list(fig.months) or sorted({p.month for p in fig.points})
    running: dict[str | None, dict[date, int]] = defaultdict(dict)
    labels: dict[str | None, str] = {}
    for p in fig.points:
        if p.dimension == dimension:
            running[p.key][p.month] = p.cumulative
            labels[p.key] = _group_label(dimension, p.key, p.label)
    curves = {key: _carry(by_month, months) for key, by_month in running.items()}
    order = sorted(curves, key=lambda k: (-(curves[k][-1] if curves[k] else 0), labels[k].casefold()))
    if dimension == BY_SEX:
        order = [s.value for s in Sex if s.value in curves]
    shown, rest = order[:MAX_GROUPS], order[MAX_GROUPS:]
    if rest:
        curves[OTHER] = [sum(curves[k][i] for k in rest) for i in range(len(months))]
        labels[OTHER] = translate("Progress", "Other ({n} groups)").format(n=len(rest))
        shown.append(OTHER)
    xs = [date_x(m) for m in months]
    series = [Line(f"{dimension}:{key}", labels[key], _colour(dimension, key, i), xs, [float(v) for v in curves[key]],
                   [translate("Progress", "{n} trained").format(n=f.count(v)) for v in curves[key]], step=True,
                   symbol_size=5)
              for i, key in enumerate(shown)]
    total = fig.total or 1
    headers = (translate("Progress", "Group"), translate("Progress", "Trained"), translate("Progress", "Share"))
    rows = [(f.text(labels[key]), f.num(f.count(curves[key][-1]), curves[key][-1]),
             f.num(f.pct(100.0 * curves[key][-1] / total), curves[key][-1])) for key in order if curves[key]]
    note = translate("Progress", "{n} trainee(s) trained in all (a trainee is counted once, when first completing "
                                 "a cohort).").format(n=f.count(fig.total))
    return Figure(series, Table(headers, rows, numeric=(1, 2)), note=note,
                  y_label=translate("Progress", "Trainees trained"))


def _carry(by_month: dict[date, int], months: list[date]) -> list[int]:
    """The running total at every month of the axis (a month without news keeps the last total)."""
    out, last = [], 0
    for month in months:
        last = by_month.get(month, last)
        out.append(last)
    return out


def _colour(dimension: str, key: str | None, index: int) -> str:
    if dimension == BY_SEX:
        return palette.sex_colour(key or "")
    return palette.GREY if key == OTHER else palette.series_colour(index)


def funnel(fig: FunnelFigure) -> Figure:
    """Enrolments reaching each stage, in all and by sex."""
    stages = sorted(fig.stages, key=lambda s: FUNNEL_STAGES.index(s.stage) if s.stage in FUNNEL_STAGES else 99)
    labels = [stage_label(s.stage) for s in stages]
    first = stages[0].count if stages else 0
    by_sex = {Sex.FEMALE: [s.female for s in stages], Sex.MALE: [s.male for s in stages],
              Sex.NOT_RECORDED: [s.not_recorded for s in stages]}
    groups = [("total", translate("Progress", "All"), FUNNEL_TOTAL, [s.count for s in stages]),
              *((sex.value, enum_label(Sex, sex), palette.sex_colour(sex), values) for sex, values in by_sex.items())]
    series = [Bars(key, name, colour, [float(v) for v in values], [f.count(v) for v in values])
              for key, name, colour, values in groups] if first else []
    headers = (translate("Progress", "Stage"), translate("Progress", "All"), *(enum_label(Sex, sex) for sex in by_sex),
               translate("Progress", "% of nominated"), translate("Progress", "% of previous stage"))
    rows = []
    for i, s in enumerate(stages):
        previous = stages[i - 1].count if i else None
        of_first = 100.0 * s.count / first if first else None
        of_previous = 100.0 * s.count / previous if previous else None
        rows.append((f.num(labels[i], i), f.n(s.count), f.n(s.female),
                     f.n(s.male), f.n(s.not_recorded),
                     f.num(f.pct(of_first), of_first), f.num(f.pct(of_previous), of_previous)))
    return Figure(series, Table(headers, rows if first else [], numeric=(1, 2, 3, 4, 5, 6)), labels,
                  y_label=translate("Progress", "Enrolments"))
