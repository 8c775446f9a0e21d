"""publication by reconstruction: the service's own dates per rendered version, and what a
publication pack left out

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('service_dates', sa.JSON(), nullable=True))
    with op.batch_alter_table('publications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dropped', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('publications', schema=None) as batch_op:
        batch_op.drop_column('dropped')
    with op.batch_alter_table('document_versions', schema=None) as batch_op:
        batch_op.drop_column('service_dates')
