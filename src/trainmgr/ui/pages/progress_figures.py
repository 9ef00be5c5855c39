"""Service figures of the units and the scores → what their charts and tables show (pure: no widget).

Each function returns a charts.series.Figure: the series to draw, the same numbers as table rows
(cells are (shown, sort key)), and a warning when a group is too small to say anything."""

from __future__ import annotations

from trainmgr.domain.analytics_records import (
    MIN_GROUP_SIZE,
    PHASE_POST,
    PHASE_PRE,
    CapabilityFigure,
    GainRow,
    ScoreFigure,
)
from trainmgr.ui.charts import palette
from trainmgr.ui.charts.series import Bars, Figure, Line, Table
from trainmgr.ui.pages import progress_format as f
from trainmgr.ui.pages.progress_format import translate

MAX_LEVEL = 5
MAX_NAMED = 6  # a warning names at most this many small groups, then "and N more"


def areas(fig: CapabilityFigure) -> list[str]:
    """The capability areas of the figure's competencies, in the figure's order."""
    return list(dict.fromkeys(r.area_title for r in fig.rows))


def capability(fig: CapabilityFigure, area: str | None = None) -> Figure:
    """Per competency (of one capability area, or all): mean baseline and latest level of the units
    in scope, and the required level."""
    rows = [r for r in fig.rows if area is None or r.area_title == area]
    required = [(i, r.required_level) for i, r in enumerate(rows) if r.required_level is not None]
    series = [
        Bars("baseline", translate("Progress", "Baseline"), palette.BEFORE,
             [r.baseline_level or 0.0 for r in rows], [f.level(r.baseline_level) for r in rows]),
        Bars("latest", translate("Progress", "Latest"), palette.AFTER,
             [r.latest_level or 0.0 for r in rows], [f.level(r.latest_level) for r in rows]),
        Line("required", translate("Progress", "Required"), palette.REQUIRED, [float(i) for i, _v in required],
             [v for _i, v in required], [f.level(v) for _i, v in required], segment=0.9),
    ]
    headers = (translate("Progress", "Code"), translate("Progress", "Competency"), translate("Progress", "Area"),
               translate("Progress", "Units"), translate("Progress", "Baseline"), translate("Progress", "Latest"),
               translate("Progress", "Required"), translate("Progress", "Gap at baseline"),
               translate("Progress", "Gap now"), translate("Progress", "Gap closed"))
    table_rows = [
        (f.text(r.code), f.text(r.title), f.text(r.area_title), f.n(r.units),
         f.num(f.level(r.baseline_level), r.baseline_level), f.num(f.level(r.latest_level), r.latest_level),
         f.num(f.level(r.required_level), r.required_level), f.num(f.level(r.baseline_gap), r.baseline_gap),
         f.num(f.level(r.latest_gap), r.latest_gap),
         f.num(f.pct(None if r.gap_closure is None else 100 * r.gap_closure), r.gap_closure))
        for r in rows]
    note = translate("Progress", "{n} unit(s) assessed. Levels are means over the units assessed.").format(
        n=fig.units_assessed)
    return Figure(series, Table(headers, table_rows, numeric=(3, 4, 5, 6, 7, 8, 9)), [r.code for r in rows],
                  note=note, y_label=translate("Progress", "Proficiency level"), y_range=(0, MAX_LEVEL))


def gain_code(row: GainRow) -> str:
    return row.code or translate("Progress", "Overall")


def too_small_warning(rows: list[GainRow]) -> str:
    small = [gain_code(r) for r in rows if r.too_small]
    if not small:
        return ""
    named = ", ".join(small[:MAX_NAMED])
    if len(small) > MAX_NAMED:
        named = translate("Progress", "{names} and {n} more").format(names=named, n=len(small) - MAX_NAMED)
    return translate("Progress", "Group too small (n<{min}): {names}. Their gains say nothing reliable.").format(
        min=MIN_GROUP_SIZE, names=named)


def gains(fig: ScoreFigure) -> Figure:
    """Per competency: mean pre-test and post-test score (% of maximum) and the paired raw gain."""
    rows = list(fig.gains)
    pre = [translate("Progress", "{value} (n={n})").format(value=f.pct(r.pre_mean_pct), n=r.n_pre) for r in rows]
    post = [translate("Progress", "{value} (n={n})").format(value=f.pct(r.post_mean_pct), n=r.n_post) for r in rows]
    gain = [translate("Progress", "{value} (n={n} paired)").format(value=f.points(r.raw_gain_pct), n=r.n_paired)
            for r in rows]
    series = [
        Bars("pre", translate("Progress", "Pre-test mean"), palette.BEFORE, [r.pre_mean_pct or 0.0 for r in rows], pre),
        Bars("post", translate("Progress", "Post-test mean"), palette.AFTER, [r.post_mean_pct or 0.0 for r in rows],
             post),
        Bars("gain", translate("Progress", "Gain (paired)"), palette.GAIN, [r.raw_gain_pct or 0.0 for r in rows], gain),
    ]
    headers = (translate("Progress", "Code"), translate("Progress", "Competency"), translate("Progress", "Pre n"),
               translate("Progress", "Post n"), translate("Progress", "Paired n"), translate("Progress", "Pre mean"),
               translate("Progress", "Post mean"), translate("Progress", "Gain"),
               translate("Progress", "Normalised gain"), translate("Progress", "Note"))
    small = translate("Progress", "too small (n<{min})").format(min=MIN_GROUP_SIZE)
    table_rows = [
        (f.text(gain_code(r)), f.text(r.title), f.n(r.n_pre), f.n(r.n_post), f.n(r.n_paired),
         f.num(f.pct(r.pre_mean_pct), r.pre_mean_pct), f.num(f.pct(r.post_mean_pct), r.post_mean_pct),
         f.num(f.points(r.raw_gain_pct), r.raw_gain_pct), f.num(f.ratio(r.normalised_gain), r.normalised_gain),
         f.text(small if r.too_small else ""))
        for r in rows]
    return Figure(series, Table(headers, table_rows, numeric=(2, 3, 4, 5, 6, 7, 8)), [gain_code(r) for r in rows],
                  warning=too_small_warning(rows), y_label=translate("Progress", "% of maximum score"))


def distribution(fig: ScoreFigure, competency_id: str | None) -> Figure:
    """How many trainees scored in each 10 % band, pre-test against post-test, for one competency
    (None: the overall scores)."""
    bins = [b for b in fig.bins if b.competency_id == competency_id]
    bands = sorted({(b.lower_pct, b.upper_pct) for b in bins})
    counts = {(b.phase, b.lower_pct): b.count for b in bins}
    labels = [f"{f.count(round(lo))}–{f.count(round(hi))}" for lo, hi in bands]
    pre = [counts.get((PHASE_PRE, lo), 0) for lo, _hi in bands]
    post = [counts.get((PHASE_POST, lo), 0) for lo, _hi in bands]
    if not any(pre) and not any(post):
        pre, post = [], []
    row = next((r for r in fig.gains if r.competency_id == competency_id), None)
    series = [
        Bars("pre", translate("Progress", "Pre-test"), palette.BEFORE, pre,
             [translate("Progress", "{n} trainee(s)").format(n=n) for n in pre]),
        Bars("post", translate("Progress", "Post-test"), palette.AFTER, post,
             [translate("Progress", "{n} trainee(s)").format(n=n) for n in post]),
    ]
    headers = (translate("Progress", "Score band (%)"), translate("Progress", "Pre-test"),
               translate("Progress", "Post-test"))
    table_rows = [(f.num(label, lo), f.n(a), f.n(b))
                  for label, (lo, _hi), a, b in zip(labels, bands, pre, post, strict=False)]
    warning = ""
    if row is not None and pre and min(row.n_pre, row.n_post) < MIN_GROUP_SIZE:
        warning = translate("Progress", "Group too small (n<{min}): {pre} pre-test and {post} post-test score(s). "
                                        "This distribution says nothing reliable.").format(
            min=MIN_GROUP_SIZE, pre=row.n_pre, post=row.n_post)
    return Figure(series, Table(headers, table_rows, numeric=(1, 2)), labels, warning=warning,
                  y_label=translate("Progress", "Trainees"))
