"""Keeping the derived tables of db/models/analytics_facts.py exact.

Triggers list in `an_dirty` the cohort of every row written in the tables the figures read (cohort,
enrolment, session, attendance, instrument and its competencies, result, follow-up, and a person's
sex, unit, rank or tombstone). Before any figure is read, `bring_up_to_date` rebuilds the derived rows
of those cohorts — delete, then one INSERT … SELECT per table applying the rules below — and takes
them off the list, in the same transaction, a few hundred cohorts at a time (progress, cancel).
Rebuilding a cohort also recomputes, in the same transaction, the programme-wide rows it feeds: the
score groups (sex × competency × bins) its old and new score rows fall in, and the first completion
of its old and new trainees, each from the rows of all the programme's cohorts. After an ordinary
edit that is one cohort (a fraction of a second at 100 000 trainees); after a sync import or the
upgrade that created the tables, every cohort touched (about the cost of computing the figures once
from the raw rows: under a minute for 4 000 cohorts and 100 000 trainees).

The rules are those of the figures (and of the services they cite):
- enrolments: live ones of live people; attended / counted = marks present or late / present, late
  or absent at the live HELD sessions of the cohort where `sessions.on_roster` expects the trainee;
  done_day: for a completed enrolment its status date, else the cohort's end date; followed: a live
  DONE follow-up of that person for that cohort;
- scores: per live cohort × person × competency over live results with a score on live pre- and
  post-tests, a score as a percentage of the competency's maximum on that instrument (of the
  instrument's maximum for an overall score; NULL when the instrument no longer measures the
  competency): pre = the mean of the pre-test percentages, post = the best post-test one;
- sessions: every live session; at a held one, the live people `on_roster` expects there: attended
  (present, late), absent, unmarked (no live mark); excused and not-expected marks count nowhere —
  in total, by sex, and by sex × unit × rank;
- funnel: per cohort and sex, the stages of analytics/funnel.py over the enrolment rows;
- programme-wide: over the live cohorts of the programme, the score rows summed by sex, competency,
  pre bin and post bin; each person's first completion (its day and month) with sex, unit and rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, and_, case, cast, column, delete, exists, func, insert, literal, select, table, text
from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import (
    AppMeta,
    Attendance,
    Cohort,
    Enrolment,
    FollowUp,
    Instrument,
    InstrumentCompetency,
    Person,
    Result,
    TrainingSession,
)
from trainmgr.db.models.analytics_facts import (
    CohortFunnelFact,
    EnrolmentFact,
    FactsDirty,
    ProgrammeScoreFact,
    ProgrammeTrainedFact,
    ScoreFact,
    SessionFact,
    SessionGroupFact,
    SessionSexFact,
)
from trainmgr.domain.enums import EnrolmentStatus, FollowUpStatus, InstrumentKind, SessionStatus
from trainmgr.services.analytics.funnel import stage_counts
from trainmgr.services.attendance import tally_sums
from trainmgr.services.sessions import on_roster
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress

PREPARING = "Preparing figures"  # the progress message while cohorts are rebuilt
PROGRAMMES_STALE = "analytics_programmes_stale"  # app_meta key: the programme-wide rows wait for a rebuild
BINS = 10  # score bins of 10 %
CHUNK = 250  # cohorts rebuilt per transaction (about 6 000 enrolments at 25 per cohort)
HELD = SessionStatus.HELD.value
PRE, POST = InstrumentKind.PRE_TEST.value, InstrumentKind.POST_TEST.value
COHORT_TABLES = (EnrolmentFact, ScoreFact, SessionFact, SessionGroupFact, SessionSexFact, CohortFunnelFact)


def score_bin(percent: Any) -> Any:
    """SQL: the 0-based bin of a percentage, BINS bins of equal width (100 % falls in the last)."""
    return func.min(cast(percent / (100.0 / BINS), Integer), BINS - 1)


def _enrolments(ids: Sequence[str]) -> Any:
    attended, absent, _unmarked = tally_sums()
    tallies = (select(Enrolment.id.label("enrolment_id"), attended.label("attended"),
                      (attended + absent).label("counted"))
               .select_from(Enrolment)
               .join(TrainingSession, and_(TrainingSession.cohort_id == Enrolment.cohort_id,
                                           TrainingSession.deleted.is_(False), TrainingSession.status == HELD,
                                           on_roster(TrainingSession.session_date)))
               .join(Attendance, and_(Attendance.session_id == TrainingSession.id,
                                      Attendance.person_id == Enrolment.person_id, Attendance.deleted.is_(False)))
               .where(Enrolment.cohort_id.in_(ids))
               .group_by(Enrolment.id).subquery("tallies"))
    completed = Enrolment.status == EnrolmentStatus.COMPLETED.value
    followed = exists().where(FollowUp.person_id == Enrolment.person_id, FollowUp.cohort_id == Enrolment.cohort_id,
                              FollowUp.deleted.is_(False), FollowUp.status == FollowUpStatus.DONE.value)
    rows = (select(Enrolment.id, Enrolment.cohort_id, Enrolment.person_id, Person.sex, Person.unit_id,
                   Person.rank_id, Enrolment.status,
                   case((completed, func.coalesce(Enrolment.status_date, Cohort.end_date))),
                   func.coalesce(tallies.c.attended, 0), func.coalesce(tallies.c.counted, 0),
                   case((followed, 1), else_=0))
            .select_from(Enrolment)
            .join(Person, and_(Person.id == Enrolment.person_id, Person.deleted.is_(False)))
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .outerjoin(tallies, tallies.c.enrolment_id == Enrolment.id)
            .where(Enrolment.cohort_id.in_(ids), Enrolment.deleted.is_(False)))
    columns = ("enrolment_id", "cohort_id", "person_id", "sex", "unit_id", "rank_id", "status", "done_day",
               "attended", "counted", "followed")
    return insert(EnrolmentFact).from_select(columns, rows)


def _scores(ids: Sequence[str]) -> Any:
    top = case((Result.competency_id.is_(None), Instrument.max_score), else_=InstrumentCompetency.max_score)
    percent = literal(100.0) * Result.score / top
    pre, post = func.avg(case((Instrument.kind == PRE, percent))), func.max(case((Instrument.kind == POST, percent)))
    rows = (select(Instrument.cohort_id, func.max(Cohort.programme_id), Result.person_id, Result.competency_id,
                   func.max(Person.sex), func.max(Person.unit_id), func.max(Person.rank_id), pre, post,
                   score_bin(pre), score_bin(post))
            .select_from(Instrument)
            .join(Cohort, and_(Cohort.id == Instrument.cohort_id, Cohort.deleted.is_(False)))
            .join(Result, Result.instrument_id == Instrument.id)
            .join(Person, and_(Person.id == Result.person_id, Person.deleted.is_(False)))
            .outerjoin(InstrumentCompetency, and_(InstrumentCompetency.instrument_id == Result.instrument_id,
                                                  InstrumentCompetency.competency_id == Result.competency_id,
                                                  InstrumentCompetency.deleted.is_(False)))
            .where(Instrument.cohort_id.in_(ids), Instrument.deleted.is_(False), Instrument.kind.in_((PRE, POST)),
                   Result.deleted.is_(False), Result.score.is_not(None))
            .group_by(Instrument.cohort_id, Result.person_id, Result.competency_id))
    columns = ("cohort_id", "programme_id", "person_id", "competency_id", "sex", "unit_id", "rank_id", "pre", "post",
               "pre_bin", "post_bin")
    return insert(ScoreFact).from_select(columns, rows)


def _session_groups(ids: Sequence[str]) -> Any:
    rows = (select(TrainingSession.id, TrainingSession.cohort_id, Person.sex, Person.unit_id, Person.rank_id,
                   *tally_sums())
            .select_from(TrainingSession)
            .join(Enrolment, and_(Enrolment.cohort_id == TrainingSession.cohort_id,
                                  on_roster(TrainingSession.session_date)))
            .join(Person, and_(Person.id == Enrolment.person_id, Person.deleted.is_(False)))
            .outerjoin(Attendance, and_(Attendance.session_id == TrainingSession.id,
                                        Attendance.person_id == Enrolment.person_id, Attendance.deleted.is_(False)))
            .where(TrainingSession.cohort_id.in_(ids), TrainingSession.deleted.is_(False),
                   TrainingSession.status == HELD)
            .group_by(TrainingSession.id, Person.sex, Person.unit_id, Person.rank_id))
    columns = ("session_id", "cohort_id", "sex", "unit_id", "rank_id", "attended", "absent", "unmarked")
    return insert(SessionGroupFact).from_select(columns, rows)


def _sessions(ids: Sequence[str]) -> Any:
    """From the session groups just written: a held session with nobody expected keeps its zeros."""
    g = SessionGroupFact
    sums = (select(g.session_id, func.sum(g.attended).label("attended"), func.sum(g.absent).label("absent"),
                   func.sum(g.unmarked).label("unmarked"))
            .where(g.cohort_id.in_(ids)).group_by(g.session_id).subquery("sums"))
    rows = (select(TrainingSession.id, TrainingSession.cohort_id, TrainingSession.session_date,
                   TrainingSession.status, TrainingSession.title, func.coalesce(sums.c.attended, 0),
                   func.coalesce(sums.c.absent, 0), func.coalesce(sums.c.unmarked, 0))
            .outerjoin(sums, sums.c.session_id == TrainingSession.id)
            .where(TrainingSession.cohort_id.in_(ids), TrainingSession.deleted.is_(False)))
    columns = ("session_id", "cohort_id", "session_date", "status", "title", "attended", "absent", "unmarked")
    return insert(SessionFact).from_select(columns, rows)


def _session_sexes(ids: Sequence[str]) -> Any:
    g = SessionGroupFact
    rows = (select(g.session_id, g.cohort_id, func.max(SessionFact.session_date), g.sex, func.sum(g.attended),
                   func.sum(g.absent), func.sum(g.unmarked))
            .join(SessionFact, SessionFact.session_id == g.session_id)
            .where(g.cohort_id.in_(ids)).group_by(g.session_id, g.sex))
    columns = ("session_id", "cohort_id", "session_date", "sex", "attended", "absent", "unmarked")
    return insert(SessionSexFact).from_select(columns, rows)


def _cohort_funnel(ids: Sequence[str]) -> Any:
    e = EnrolmentFact
    rows = (select(e.cohort_id, e.sex, *stage_counts(e)).join(Cohort, Cohort.id == e.cohort_id)
            .where(e.cohort_id.in_(ids)).group_by(e.cohort_id, e.sex))
    columns = ("cohort_id", "sex", "nominated", "enrolled", "attended", "passed", "followed")
    return insert(CohortFunnelFact).from_select(columns, rows)


def rebuild(s: Session, ids: Sequence[str], programmes: bool = True) -> None:
    """Rebuild the derived rows of cohorts `ids` inside the caller's write transaction, and (unless
    `programmes` is False: `rebuild_programmes` follows) the programme-wide rows they feed."""
    if not ids:
        return
    people, keys = _touched(s, ids) if programmes else (set(), set())  # what the old rows fed
    for derived in COHORT_TABLES:
        s.execute(delete(derived).where(derived.cohort_id.in_(ids)))
    for statement in (_enrolments(ids), _scores(ids), _session_groups(ids), _sessions(ids), _session_sexes(ids),
                      _cohort_funnel(ids)):
        s.execute(statement)
    if programmes:
        new_people, new_keys = _touched(s, ids)  # and what the new rows feed
        _programme_scores(s, ids, keys | new_keys)
        _programme_trained(s, people | new_people)
    s.execute(delete(FactsDirty).where(FactsDirty.cohort_id.in_(ids)))


def rebuild_programmes(s: Session) -> None:
    """Rebuild every programme-wide row from the derived rows of all live cohorts (after many cohorts
    were rebuilt at once: cheaper than recomputing the groups each chunk touched, chunk by chunk)."""
    for derived in (ProgrammeScoreFact, ProgrammeTrainedFact):
        s.execute(delete(derived))
    f, e = ScoreFact, EnrolmentFact
    s.execute(insert(ProgrammeScoreFact).from_select(
        ["programme_id", "sex", "competency_id", "pre_bin", "post_bin", "n", "sum_pre", "sum_post", "min_pre",
         "max_pre", "min_post", "max_post"],
        select(f.programme_id, f.sex, f.competency_id, f.pre_bin, f.post_bin, func.count(), func.sum(f.pre),
               func.sum(f.post), func.min(f.pre), func.max(f.pre), func.min(f.post), func.max(f.post))
        .group_by(f.programme_id, f.sex, f.competency_id, f.pre_bin, f.post_bin)))
    day = func.min(e.done_day)
    s.execute(insert(ProgrammeTrainedFact).from_select(
        ["programme_id", "person_id", "day", "month", "sex", "unit_id", "rank_id"],
        select(Cohort.programme_id, e.person_id, day, func.strftime("%Y-%m", day), func.max(e.sex),
               func.max(e.unit_id), func.max(e.rank_id))
        .join(Cohort, and_(Cohort.id == e.cohort_id, Cohort.deleted.is_(False)))
        .where(e.status == EnrolmentStatus.COMPLETED.value)
        .group_by(Cohort.programme_id, e.person_id).having(day.is_not(None))))
    s.execute(delete(AppMeta).where(AppMeta.key == PROGRAMMES_STALE))


def _touched(s: Session, ids: Sequence[str]) -> tuple[set[str], set[tuple[Any, ...]]]:
    """The people of the cohorts' enrolment rows, and the score groups (sex, competency, bins) of
    their score rows: what the programme-wide rows they feed are made of."""
    people = set(s.scalars(select(EnrolmentFact.person_id).where(EnrolmentFact.cohort_id.in_(ids))))
    f = ScoreFact
    keys = {tuple(row) for row in s.execute(select(f.sex, f.competency_id, f.pre_bin, f.post_bin).distinct()
                                            .where(f.cohort_id.in_(ids))).all()}
    return people, keys


def _temp(s: Session, name: str, columns: str, rows: list[dict[str, Any]]) -> None:
    """A per-connection scratch table holding `rows` (emptied first)."""
    s.execute(text(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns})"))
    s.execute(text(f"DELETE FROM {name}"))
    if rows:
        names = ", ".join(rows[0])
        s.execute(text(f"INSERT INTO {name} ({names}) VALUES ({', '.join(':' + n for n in rows[0])})"), rows)


_KEYS = table("an_keys", column("sex"), column("competency_id"), column("pre_bin"), column("post_bin"))
_PEOPLE = table("an_people", column("person_id"))


def _same_group(fact: Any) -> Any:
    k = _KEYS.c
    return and_(k.sex == fact.sex, k.competency_id.is_not_distinct_from(fact.competency_id),
                k.pre_bin.is_not_distinct_from(fact.pre_bin), k.post_bin.is_not_distinct_from(fact.post_bin))


def _programme_scores(s: Session, ids: Sequence[str], keys: set[tuple[Any, ...]]) -> None:
    """Recompute the programme-wide score groups `keys` of the cohorts' programmes from the score rows
    of all their live cohorts (the index on the groups makes that a few hundred rows a group)."""
    programmes = list(s.scalars(select(Cohort.programme_id).distinct().where(Cohort.id.in_(ids))))
    if not keys or not programmes:
        return
    _temp(s, "an_keys", "sex TEXT, competency_id TEXT, pre_bin INTEGER, post_bin INTEGER",
          [dict(sex=k[0], competency_id=k[1], pre_bin=k[2], post_bin=k[3]) for k in keys])
    p, f = ProgrammeScoreFact, ScoreFact
    s.execute(delete(p).where(p.programme_id.in_(programmes), select(_KEYS).where(_same_group(p)).exists()))
    rows = (select(f.programme_id, f.sex, f.competency_id, f.pre_bin, f.post_bin, func.count(), func.sum(f.pre),
                   func.sum(f.post), func.min(f.pre), func.max(f.pre), func.min(f.post), func.max(f.post))
            .select_from(_KEYS)
            .join(f, and_(_same_group(f), f.programme_id.in_(programmes)))  # by the group index
            .group_by(f.programme_id, f.sex, f.competency_id, f.pre_bin, f.post_bin))
    s.execute(insert(p).from_select(["programme_id", "sex", "competency_id", "pre_bin", "post_bin", "n", "sum_pre",
                                     "sum_post", "min_pre", "max_pre", "min_post", "max_post"], rows))


def _programme_trained(s: Session, people: set[str]) -> None:
    """Recompute the first completion, in each programme, of `people`."""
    if not people:
        return
    _temp(s, "an_people", "person_id TEXT PRIMARY KEY", [dict(person_id=p) for p in people])
    t, e = ProgrammeTrainedFact, EnrolmentFact
    s.execute(delete(t).where(t.person_id.in_(select(_PEOPLE.c.person_id))))
    day = func.min(e.done_day)
    rows = (select(Cohort.programme_id, e.person_id, day, func.strftime("%Y-%m", day), func.max(e.sex),
                   func.max(e.unit_id), func.max(e.rank_id))
            .join(Cohort, and_(Cohort.id == e.cohort_id, Cohort.deleted.is_(False)))
            .where(e.status == EnrolmentStatus.COMPLETED.value, e.person_id.in_(select(_PEOPLE.c.person_id)))
            .group_by(Cohort.programme_id, e.person_id).having(day.is_not(None)))
    s.execute(insert(t).from_select(["programme_id", "person_id", "day", "month", "sex", "unit_id", "rank_id"], rows))


def pending(db: Database) -> int:
    """How many cohorts wait for their derived rows to be rebuilt."""
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(FactsDirty)) or 0


def bring_up_to_date(db: Database, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> int:
    """Rebuild the derived rows of every cohort listed as changed; returns how many steps that took
    (cohorts, and one for the programme-wide rows after many). Each chunk of cohorts is one
    transaction, so a cancel (raising Cancelled) keeps what was rebuilt and the rest stays listed;
    after more than one chunk the programme-wide rows are rebuilt whole at the end, and until they
    are, a mark in app_meta says so (a cancel in between leaves the mark for next time)."""
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(FactsDirty)) or 0
        stale = s.get(AppMeta, PROGRAMMES_STALE) is not None
    if not total and not stale:
        return 0
    many = stale or total > CHUNK
    steps = total + (1 if many else 0)
    done = 0
    while True:
        progress(done, max(steps, done), PREPARING)
        cancel.check()
        with db.write() as s:
            ids = list(s.scalars(select(FactsDirty.cohort_id).order_by(FactsDirty.cohort_id).limit(CHUNK)))
            if not ids:
                break
            if many:
                s.execute(insert(AppMeta).prefix_with("OR IGNORE").values(key=PROGRAMMES_STALE, value="1"))
            rebuild(s, ids, programmes=not many)
        done += len(ids)
    if many:
        with db.write() as s:
            rebuild_programmes(s)
        done += 1
        progress(done, max(steps, done), PREPARING)
    return done
