"""action tracking: evidence, last update, reminders

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('action_rows', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evidence_document_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('updated_by', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('reminded_for', sa.Date(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_action_rows_evidence_document_id_documents'), 'documents', ['evidence_document_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_action_rows_updated_by_people'), 'people', ['updated_by'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('action_rows', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_action_rows_updated_by_people'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_action_rows_evidence_document_id_documents'), type_='foreignkey')
        batch_op.drop_column('reminded_for')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('evidence_document_id')

