"""entra sign in

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entra_tenant_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('entra_object_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_people_entra_object_id'), ['entra_object_id'])



def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_people_entra_object_id'), type_='unique')
        batch_op.drop_column('removed_at')
        batch_op.drop_column('entra_object_id')
        batch_op.drop_column('entra_tenant_id')

