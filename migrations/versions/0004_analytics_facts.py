"""derived tables for the Progress figures (local, never synced) and the triggers that keep them exact

The an_* tables (db/models/analytics_facts.py) hold per-cohort rows the figures aggregate. Triggers
on every table those rows are computed from list the cohort of each row inserted, changed or deleted
in `an_dirty`; services/analytics/facts.py rebuilds the listed cohorts before a figure is read. Every
existing cohort is listed here, so the first figure read after the upgrade builds them all (with
progress, off the GUI thread). A later migration that rebuilds one of these tables (batch mode
"recreate") drops its triggers and must create them again (tests/db/test_analytics_facts.py checks
that each works).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# table -> the cohort a row belongs to, as SQL over the trigger's row ({r}: NEW or OLD)
_COHORT_OF = {
    "cohort": "{r}.id",
    "enrolment": "{r}.cohort_id",
    "training_session": "{r}.cohort_id",
    "attendance": "(SELECT cohort_id FROM training_session WHERE id = {r}.session_id)",
    "instrument": "{r}.cohort_id",
    "instrument_competency": "(SELECT cohort_id FROM instrument WHERE id = {r}.instrument_id)",
    "result": "(SELECT cohort_id FROM instrument WHERE id = {r}.instrument_id)",
    "follow_up": "{r}.cohort_id",
}
# a person's sex, unit, rank and tombstone are copied into the derived rows of all their cohorts
_PERSON_COLUMNS = "sex, unit_id, rank_id, deleted"


def _mark(expression: str) -> str:
    return ("INSERT INTO an_dirty (cohort_id) SELECT c FROM (SELECT " + expression + " AS c) "
            "WHERE c IS NOT NULL AND NOT EXISTS (SELECT 1 FROM an_dirty WHERE cohort_id = c);")


def _mark_person(row: str) -> str:
    return ("INSERT INTO an_dirty (cohort_id) SELECT DISTINCT e.cohort_id FROM enrolment e "
            f"WHERE e.person_id = {row}.id AND NOT EXISTS (SELECT 1 FROM an_dirty d WHERE d.cohort_id = e.cohort_id);")


def triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of every trigger of this revision."""
    out = []
    for table, cohort in _COHORT_OF.items():
        new, old = _mark(cohort.format(r="NEW")), _mark(cohort.format(r="OLD"))
        out += [
            (f"an_dirty_{table}_insert", f"AFTER INSERT ON {table} BEGIN {new} END"),
            (f"an_dirty_{table}_update", f"AFTER UPDATE ON {table} BEGIN {old} {new} END"),
            (f"an_dirty_{table}_delete", f"AFTER DELETE ON {table} BEGIN {old} END"),
        ]
    out += [
        ("an_dirty_person_update", f"AFTER UPDATE OF {_PERSON_COLUMNS} ON person BEGIN {_mark_person('NEW')} END"),
        ("an_dirty_person_delete", f"AFTER DELETE ON person BEGIN {_mark_person('OLD')} END"),
    ]
    return [(name, f"CREATE TRIGGER {name} {body}") for name, body in out]


def upgrade() -> None:
    op.create_table('an_dirty',
    sa.Column('cohort_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('cohort_id', name=op.f('pk_an_dirty'))
    )
    op.create_table('an_enrolment',
    sa.Column('enrolment_id', sa.String(length=36), nullable=False),
    sa.Column('cohort_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('sex', sa.String(length=14), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('rank_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('done_day', sa.Date(), nullable=True),
    sa.Column('attended', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=False),
    sa.Column('followed', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('enrolment_id', name=op.f('pk_an_enrolment'))
    )
    op.create_index('ix_an_enrolment_funnel', 'an_enrolment', ['cohort_id', 'sex', 'status', 'attended', 'counted',
                                                               'followed', 'unit_id', 'rank_id'], unique=False)
    op.create_index('ix_an_enrolment_trained', 'an_enrolment', ['status', 'person_id', 'done_day', 'cohort_id', 'sex',
                                                                'unit_id', 'rank_id'], unique=False)
    op.create_table('an_score',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('cohort_id', sa.String(length=36), nullable=False),
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('competency_id', sa.String(length=36), nullable=True),
    sa.Column('sex', sa.String(length=14), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('rank_id', sa.String(length=36), nullable=True),
    sa.Column('pre', sa.Float(), nullable=True),
    sa.Column('post', sa.Float(), nullable=True),
    sa.Column('pre_bin', sa.Integer(), nullable=True),
    sa.Column('post_bin', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_an_score'))
    )
    op.create_index('ix_an_score_cohort', 'an_score', ['cohort_id'], unique=False)
    op.create_index('ix_an_score_bins', 'an_score', ['competency_id', 'pre_bin', 'post_bin', 'programme_id',
                                                     'cohort_id', 'sex', 'unit_id', 'rank_id', 'pre', 'post'],
                    unique=False)
    op.create_index('ix_an_score_rank', 'an_score', ['rank_id', 'competency_id', 'pre_bin', 'post_bin', 'cohort_id',
                                                     'sex', 'unit_id', 'pre', 'post'], unique=False)
    op.create_index('ix_an_score_unit', 'an_score', ['unit_id', 'competency_id', 'pre_bin', 'post_bin', 'cohort_id',
                                                     'sex', 'rank_id', 'pre', 'post'], unique=False)
    op.create_table('an_session',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('cohort_id', sa.String(length=36), nullable=False),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('attended', sa.Integer(), nullable=False),
    sa.Column('absent', sa.Integer(), nullable=False),
    sa.Column('unmarked', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('session_id', name=op.f('pk_an_session'))
    )
    op.create_index('ix_an_session_cohort', 'an_session', ['cohort_id'], unique=False)
    op.create_index('ix_an_session_status', 'an_session', ['status', 'cohort_id', 'session_date', 'attended', 'absent',
                                                           'unmarked', 'session_id'], unique=False)
    op.create_table('an_session_group',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('cohort_id', sa.String(length=36), nullable=False),
    sa.Column('sex', sa.String(length=14), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('rank_id', sa.String(length=36), nullable=True),
    sa.Column('attended', sa.Integer(), nullable=False),
    sa.Column('absent', sa.Integer(), nullable=False),
    sa.Column('unmarked', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_an_session_group'))
    )
    op.create_index('ix_an_session_group_cohort', 'an_session_group', ['cohort_id'], unique=False)
    op.create_index('ix_an_session_group_rank', 'an_session_group', ['rank_id', 'session_id', 'sex', 'unit_id',
                                                                     'attended', 'absent', 'unmarked'], unique=False)
    op.create_index('ix_an_session_group_unit', 'an_session_group', ['unit_id', 'session_id', 'sex', 'rank_id',
                                                                     'attended', 'absent', 'unmarked'], unique=False)
    op.create_table('an_session_sex',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('cohort_id', sa.String(length=36), nullable=False),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.String(length=14), nullable=False),
    sa.Column('attended', sa.Integer(), nullable=False),
    sa.Column('absent', sa.Integer(), nullable=False),
    sa.Column('unmarked', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_an_session_sex'))
    )
    op.create_index('ix_an_session_sex_cohort', 'an_session_sex', ['cohort_id'], unique=False)
    op.create_index('ix_an_session_sex_session', 'an_session_sex', ['session_id', 'sex', 'attended', 'absent',
                                                                    'unmarked'], unique=False)
    op.create_table('an_cohort_funnel',
    sa.Column('cohort_id', sa.String(length=36), nullable=False),
    sa.Column('sex', sa.String(length=14), nullable=False),
    sa.Column('nominated', sa.Integer(), nullable=False),
    sa.Column('enrolled', sa.Integer(), nullable=False),
    sa.Column('attended', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Integer(), nullable=False),
    sa.Column('followed', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('cohort_id', 'sex', name=op.f('pk_an_cohort_funnel'))
    )
    op.create_table('an_programme_score',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('sex', sa.String(length=14), nullable=False),
    sa.Column('competency_id', sa.String(length=36), nullable=True),
    sa.Column('pre_bin', sa.Integer(), nullable=True),
    sa.Column('post_bin', sa.Integer(), nullable=True),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('sum_pre', sa.Float(), nullable=True),
    sa.Column('sum_post', sa.Float(), nullable=True),
    sa.Column('min_pre', sa.Float(), nullable=True),
    sa.Column('max_pre', sa.Float(), nullable=True),
    sa.Column('min_post', sa.Float(), nullable=True),
    sa.Column('max_post', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_an_programme_score'))
    )
    op.create_index('ix_an_programme_score', 'an_programme_score', ['programme_id', 'sex'], unique=False)
    op.create_table('an_programme_trained',
    sa.Column('programme_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('sex', sa.String(length=14), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('rank_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('programme_id', 'person_id', name=op.f('pk_an_programme_trained'))
    )
    op.create_index('ix_an_programme_trained', 'an_programme_trained', ['programme_id', 'sex', 'unit_id', 'rank_id',
                                                                        'month', 'day'], unique=False)
    for _name, statement in triggers():
        op.execute(statement)
    op.execute("INSERT INTO an_dirty (cohort_id) SELECT id FROM cohort")


def downgrade() -> None:
    for name, _statement in triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ('an_programme_trained', 'an_programme_score', 'an_cohort_funnel',
                  'an_session_sex', 'an_session_group', 'an_session', 'an_score', 'an_enrolment', 'an_dirty'):
        op.drop_table(table)
