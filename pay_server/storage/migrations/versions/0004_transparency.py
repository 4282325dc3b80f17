"""transparency log: Merkle leaves, nodes and state; backfill of the audit rows so far

Revision ID: 0004_transparency
Revises: 0003_notifications
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from chainbridge_common.runtime.migrations import create_append_only_guards
from chainbridge_common.transparency.merkle import EMPTY_ROOT

TRANSPARENCY_APPEND_ONLY_TABLES = ("merkle_leaves", "merkle_nodes")

revision = "0004_transparency"
down_revision = "0003_notifications"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merkle_leaves",
        sa.Column("leaf_index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("audit_sequence", sa.BigInteger(), nullable=False),
        sa.Column("journal_ids", sa.Text(), nullable=False),
        sa.Column("leaf_hash", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("leaf_index >= 0", name=op.f("ck_merkle_leaves_leaf_index_not_negative")),
        sa.PrimaryKeyConstraint("leaf_index", name=op.f("pk_merkle_leaves")),
        sa.UniqueConstraint("audit_sequence", name=op.f("uq_merkle_leaves_audit_sequence")),
    )
    op.create_table(
        "merkle_nodes",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("node_index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 63 AND node_index >= 0", name=op.f("ck_merkle_nodes_coordinate_range")),
        sa.PrimaryKeyConstraint("level", "node_index", name=op.f("pk_merkle_nodes")),
    )
    state = op.create_table(
        "merkle_log_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("last_audit_sequence", sa.BigInteger(), nullable=False),
        sa.Column("root_hash", sa.LargeBinary(), nullable=False),
        sa.Column("frontier", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_merkle_log_state_one_row")),
        sa.CheckConstraint("tree_size >= 0", name=op.f("ck_merkle_log_state_tree_size_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merkle_log_state")),
    )
    op.bulk_insert(state, [{"id": 1, "tree_size": 0, "last_audit_sequence": 0, "root_hash": EMPTY_ROOT, "frontier": b""}])
    create_append_only_guards(op, TRANSPARENCY_APPEND_ONLY_TABLES)

    # Every audit row written so far becomes a leaf, in sequence order, so an existing
    # database gets a complete log. The leaf encoding is versioned (version 1 here), so
    # what this writes does not change when later code adds a version.
    from pay_server.storage.transparency_backfill import catch_up

    catch_up(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    for table in TRANSPARENCY_APPEND_ONLY_TABLES:
        # Only this revision's triggers: the shared trigger function still guards audit_log and the ledger.
        if bind.dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        elif bind.dialect.name == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    op.drop_table("merkle_log_state")
    op.drop_table("merkle_nodes")
    op.drop_table("merkle_leaves")
