"""upload quotas, template variables

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('upload_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_upload_sessions_expires_at'), ['expires_at'], unique=False)
    op.create_table(
        'upload_usage',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('bytes', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_upload_usage_person_id_people')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_upload_usage')),
        sa.UniqueConstraint('person_id', 'day', name=op.f('uq_upload_usage_person_id')),
    )
    with op.batch_alter_table('council_templates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('variables', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('council_templates', schema=None) as batch_op:
        batch_op.drop_column('variables')
    op.drop_table('upload_usage')
    with op.batch_alter_table('upload_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_upload_sessions_expires_at'))
        batch_op.drop_column('expires_at')
