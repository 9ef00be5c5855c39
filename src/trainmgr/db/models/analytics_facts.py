"""Derived tables behind the Progress figures: local, never synced, rebuilt from the data.

At 100 000 trainees the figures cannot be computed from the raw rows after every filter change (a
million scores and attendance marks, in wide synced rows). These narrow tables hold, per cohort, what
the figures aggregate — one row per enrolment, per trainee × competency score, per session, per
session × sex and per session × (sex, unit, rank), per cohort × sex for the funnel — with the
person's sex, unit and rank copied in so that every filter is a condition on one table; and, per
programme, what a whole programme adds up (scores by sex and bins, each person's first completion).
Each figure reads the coarsest table its filter allows.

They are kept exact by the `an_dirty` list: triggers (migration 0004) add the cohort of every row
inserted, changed or deleted in the tables the figures read, and services/analytics/facts.py rebuilds
the rows of those cohorts (and then of their programmes) before any figure is read. Nothing here is
ever the only copy of anything.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base


class _Tally:
    """The attendance of the people expected at held sessions (services/attendance.tally_sums)."""

    attended: Mapped[int] = mapped_column(Integer)  # present or late
    absent: Mapped[int] = mapped_column(Integer)
    unmarked: Mapped[int] = mapped_column(Integer)  # expected, no mark: not an absence


class FactsDirty(Base):
    """A cohort whose derived rows must be rebuilt before the next figure is read."""

    __tablename__ = "an_dirty"

    cohort_id: Mapped[str] = mapped_column(ID, primary_key=True)


class EnrolmentFact(Base):
    """A live enrolment of a live person: its status, first-completion day and attendance tallies."""

    __tablename__ = "an_enrolment"
    __table_args__ = (  # covering indexes in the order the figures group by: read in order, never sorted
        Index("ix_an_enrolment_funnel", "cohort_id", "sex", "status", "attended", "counted", "followed", "unit_id",
              "rank_id"),
        Index("ix_an_enrolment_trained", "status", "person_id", "done_day", "cohort_id", "sex", "unit_id",
              "rank_id"),
    )

    enrolment_id: Mapped[str] = mapped_column(ID, primary_key=True)
    cohort_id: Mapped[str] = mapped_column(ID)
    person_id: Mapped[str] = mapped_column(ID)
    sex: Mapped[str] = mapped_column(String(14))
    unit_id: Mapped[str | None] = mapped_column(ID)
    rank_id: Mapped[str | None] = mapped_column(ID)
    status: Mapped[str] = mapped_column(String(12))
    done_day: Mapped[date | None] = mapped_column(Date)  # completed: the status date, else the cohort's end
    attended: Mapped[int] = mapped_column(Integer)  # marked present or late at held sessions, expected there
    counted: Mapped[int] = mapped_column(Integer)  # marked present, late or absent at those sessions
    followed: Mapped[int] = mapped_column(Integer)  # 1: a done follow-up for this cohort


class ScoreFact(Base):
    """A trainee's pre (mean of pre-tests) and post (best post-test) percentage in one cohort, per
    competency (NULL: the overall score)."""

    __tablename__ = "an_score"
    __table_args__ = (
        Index("ix_an_score_cohort", "cohort_id"),
        # covering, in the order the score figure groups by: everyone, or those of one rank or unit
        Index("ix_an_score_bins", "competency_id", "pre_bin", "post_bin", "programme_id", "cohort_id", "sex", "unit_id",
              "rank_id", "pre", "post"),
        Index("ix_an_score_rank", "rank_id", "competency_id", "pre_bin", "post_bin", "cohort_id", "sex", "unit_id",
              "pre", "post"),
        Index("ix_an_score_unit", "unit_id", "competency_id", "pre_bin", "post_bin", "cohort_id", "sex", "rank_id",
              "pre", "post"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    cohort_id: Mapped[str] = mapped_column(ID)  # a live cohort (a deleted one has no rows)
    programme_id: Mapped[str] = mapped_column(ID)  # the cohort's
    person_id: Mapped[str] = mapped_column(ID)
    competency_id: Mapped[str | None] = mapped_column(ID)
    sex: Mapped[str] = mapped_column(String(14))
    unit_id: Mapped[str | None] = mapped_column(ID)
    rank_id: Mapped[str | None] = mapped_column(ID)
    pre: Mapped[float | None] = mapped_column(Float)
    post: Mapped[float | None] = mapped_column(Float)
    pre_bin: Mapped[int | None] = mapped_column(Integer)  # 0..9: the 10 %-wide bin (100 % in the last)
    post_bin: Mapped[int | None] = mapped_column(Integer)


class SessionFact(_Tally, Base):
    """A live session with the attendance of everyone expected there (held sessions only count)."""

    __tablename__ = "an_session"
    __table_args__ = (
        Index("ix_an_session_cohort", "cohort_id"),
        Index("ix_an_session_status", "status", "cohort_id", "session_date", "attended", "absent", "unmarked",
              "session_id"),  # covering: the held sessions of the cohorts in scope
    )

    session_id: Mapped[str] = mapped_column(ID, primary_key=True)
    cohort_id: Mapped[str] = mapped_column(ID)
    session_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)


class SessionGroupFact(_Tally, Base):
    """The attendance at a held session of the people expected there of one sex, unit and rank."""

    __tablename__ = "an_session_group"
    __table_args__ = (
        Index("ix_an_session_group_cohort", "cohort_id"),
        # covering: the groups of one rank or of one unit, by session
        Index("ix_an_session_group_rank", "rank_id", "session_id", "sex", "unit_id", "attended", "absent", "unmarked"),
        Index("ix_an_session_group_unit", "unit_id", "session_id", "sex", "rank_id", "attended", "absent", "unmarked"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ID)
    cohort_id: Mapped[str] = mapped_column(ID)
    sex: Mapped[str] = mapped_column(String(14))
    unit_id: Mapped[str | None] = mapped_column(ID)
    rank_id: Mapped[str | None] = mapped_column(ID)


class SessionSexFact(_Tally, Base):
    """The attendance at a held session of the people of one sex expected there."""

    __tablename__ = "an_session_sex"
    __table_args__ = (
        Index("ix_an_session_sex_cohort", "cohort_id"),
        Index("ix_an_session_sex_session", "session_id", "sex", "attended", "absent", "unmarked"),  # covering
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ID)
    cohort_id: Mapped[str] = mapped_column(ID)
    session_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(14))


class CohortFunnelFact(Base):
    """How many enrolments of a cohort, of one sex, reach each stage of the completion funnel."""

    __tablename__ = "an_cohort_funnel"

    cohort_id: Mapped[str] = mapped_column(ID, primary_key=True)
    sex: Mapped[str] = mapped_column(String(14), primary_key=True)
    nominated: Mapped[int] = mapped_column(Integer)
    enrolled: Mapped[int] = mapped_column(Integer)
    attended: Mapped[int] = mapped_column(Integer)
    passed: Mapped[int] = mapped_column(Integer)
    followed: Mapped[int] = mapped_column(Integer)


class ProgrammeScoreFact(Base):
    """Programme-wide pre/post score groups (all its live cohorts), by sex, competency and bins: what
    the score figure adds up when neither cohort, period, unit nor rank narrows it."""

    __tablename__ = "an_programme_score"
    __table_args__ = (Index("ix_an_programme_score", "programme_id", "sex"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    programme_id: Mapped[str] = mapped_column(ID)
    sex: Mapped[str] = mapped_column(String(14))
    competency_id: Mapped[str | None] = mapped_column(ID)
    pre_bin: Mapped[int | None] = mapped_column(Integer)
    post_bin: Mapped[int | None] = mapped_column(Integer)
    n: Mapped[int] = mapped_column(Integer)
    sum_pre: Mapped[float | None] = mapped_column(Float)
    sum_post: Mapped[float | None] = mapped_column(Float)
    min_pre: Mapped[float | None] = mapped_column(Float)
    max_pre: Mapped[float | None] = mapped_column(Float)
    min_post: Mapped[float | None] = mapped_column(Float)
    max_post: Mapped[float | None] = mapped_column(Float)


class ProgrammeTrainedFact(Base):
    """A person's first completion among the live cohorts of a programme, with their sex, unit, rank."""

    __tablename__ = "an_programme_trained"
    __table_args__ = (  # covering, in the order the figure groups by: read in order, never sorted
        Index("ix_an_programme_trained", "programme_id", "sex", "unit_id", "rank_id", "month", "day"),
    )

    programme_id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    month: Mapped[str] = mapped_column(String(7))  # 'YYYY-MM' of the day
    sex: Mapped[str] = mapped_column(String(14))
    unit_id: Mapped[str | None] = mapped_column(ID)
    rank_id: Mapped[str | None] = mapped_column(ID)
