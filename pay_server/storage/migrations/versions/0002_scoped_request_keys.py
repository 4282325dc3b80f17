"""request ids scoped per caller

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from chainbridge_common.runtime.migrations import scope_request_log_per_caller, unscope_request_log

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scope_request_log_per_caller(op)


def downgrade() -> None:
    unscope_request_log(op)
