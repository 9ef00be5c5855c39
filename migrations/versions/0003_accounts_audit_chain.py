"""accounts (local) and an append-only audit trail

The `account` table holds this laptop's accounts (never synced). Two triggers make `audit_event`
append-only in the database itself: an event's content can be neither changed nor deleted (the
local bookkeeping columns `change_seq` and `arrived_from` may still move). A later migration that
rebuilds `audit_event` (batch mode "recreate") drops these triggers and must create them again
(tests/security/test_audit_trail.py checks they work). Events recorded before this revision keep
empty hashes: the chain starts after them (db/audit_chain.py counts them as not verifiable).

Revision ID: 0003
Revises: f724b6b74f98
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = 'f724b6b74f98'
branch_labels = None
depends_on = None

_CONTENT = ("id", "born", "at", "actor", "action", "entity", "entity_id", "before", "after", "reason", "deleted",
            "prev_hash", "hash")
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _CONTENT)


def upgrade() -> None:
    op.create_table(
        'account',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('username', sa.String(length=40), nullable=False),
        sa.Column('display_name', sa.String(length=120), nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.Column('password_hash', sa.Text(), nullable=False),
        sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=80), nullable=False),
        sa.Column('password_changed_at', sa.DateTime(), nullable=False),
        sa.Column('last_sign_in_at', sa.DateTime(), nullable=True),
        sa.Column('failed_sign_ins', sa.Integer(), server_default='0', nullable=False),
        sa.CheckConstraint(
            "role IN ('viewer', 'trainer', 'evaluator', 'programme_manager', 'administrator')",
            name=op.f('ck_account_role_valid')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
        sa.UniqueConstraint('username', name=op.f('uq_account_username')),
    )
    op.execute(
        "CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event "
        f"WHEN {_CHANGED} BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_event_append_only_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_event_append_only_update")
    op.drop_table('account')
