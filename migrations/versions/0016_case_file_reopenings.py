"""case file: recommendation numbers as written, reopenings of concluded reviews

Revision ID: 0016
Revises: 0014 (0015 at merge: the lead fixes the chain)
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('imr_recommendations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('written_number', sa.String(length=16), nullable=True))
    with op.batch_alter_table('conclusions', schema=None) as batch_op:
        batch_op.drop_constraint('uq_conclusions_review_id', type_='unique')
        batch_op.create_index(batch_op.f('ix_conclusions_review_id'), ['review_id'], unique=False)
    op.create_table(
        'reopenings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('review_id', sa.Integer(), nullable=False),
        sa.Column('conclusion_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('reopened_to', sa.String(length=32), nullable=False),
        sa.Column('reopened_by', sa.Integer(), nullable=False),
        sa.Column('reopened_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['conclusion_id'], ['conclusions.id'], name=op.f('fk_reopenings_conclusion_id_conclusions')),
        sa.ForeignKeyConstraint(['reopened_by'], ['people.id'], name=op.f('fk_reopenings_reopened_by_people')),
        sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], name=op.f('fk_reopenings_review_id_reviews')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reopenings')),
    )
    with op.batch_alter_table('reopenings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reopenings_review_id'), ['review_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reopenings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reopenings_review_id'))
    op.drop_table('reopenings')
    with op.batch_alter_table('conclusions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conclusions_review_id'))
        batch_op.create_unique_constraint('uq_conclusions_review_id', ['review_id'])
    with op.batch_alter_table('imr_recommendations', schema=None) as batch_op:
        batch_op.drop_column('written_number')
