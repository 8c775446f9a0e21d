"""access records

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('access_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('entra_object_id', sa.String(length=36), nullable=True),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('object_kind', sa.String(length=32), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.String(length=16), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_access_records_person_id_people')),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_access_records_review_id_reviews')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_records'))
    )
    with op.batch_alter_table('access_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_records_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_records_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_records_review_id'), ['review_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('access_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_records_review_id'))
        batch_op.drop_index(batch_op.f('ix_access_records_person_id'))
        batch_op.drop_index(batch_op.f('ix_access_records_at'))

    op.drop_table('access_records')
