"""the embedded library's binding and the nodes serving it (a second node on a library
directory it cannot share is refused at start)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'library_binding',
        sa.Column('key', sa.String(length=20), nullable=False),
        sa.Column('library_id', sa.String(length=64), nullable=False),
        sa.Column('bound_by', sa.String(length=300), nullable=False),
        sa.Column('bound_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )
    op.create_table(
        'library_nodes',
        sa.Column('node_id', sa.String(length=300), nullable=False),
        sa.Column('host', sa.String(length=255), nullable=False),
        sa.Column('directory', sa.Text(), nullable=False),
        sa.Column('library_id', sa.String(length=64), nullable=False),
        sa.Column('beat_seconds', sa.Float(), nullable=False),
        sa.Column('started_at', sa.Float(), nullable=False),
        sa.Column('seen_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('node_id'),
    )


def downgrade() -> None:
    op.drop_table('library_nodes')
    op.drop_table('library_binding')
