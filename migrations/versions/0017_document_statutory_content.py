"""statutory content of the documents: subjects' age and ethnicity, the chair's and author's
background and training, the family's view of the draft, contact details for letters

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('subjects', schema=None) as batch_op:
        batch_op.add_column(sa.Column('age_at_death', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('ethnicity', sa.String(length=200), nullable=True))
    with op.batch_alter_table('review_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('background', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('training', sa.Text(), nullable=True))
    with op.batch_alter_table('family_contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('saw_draft', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('draft_comments', sa.Text(), nullable=True))
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone', sa.String(length=40), nullable=True))
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.drop_column('address')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('phone')
    with op.batch_alter_table('family_contacts', schema=None) as batch_op:
        batch_op.drop_column('draft_comments')
        batch_op.drop_column('saw_draft')
    with op.batch_alter_table('review_members', schema=None) as batch_op:
        batch_op.drop_column('training')
        batch_op.drop_column('background')
    with op.batch_alter_table('subjects', schema=None) as batch_op:
        batch_op.drop_column('ethnicity')
        batch_op.drop_column('age_at_death')
