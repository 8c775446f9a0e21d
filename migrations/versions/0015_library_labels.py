"""library labels and web URLs: the label SharePoint gives a version after publishing renumbered
it, and where SharePoint opens a document in Word for the web

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('library_label', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('sensitivity_label', sa.JSON(), nullable=True))
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('web_url', sa.String(length=1000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('web_url')
    with op.batch_alter_table('document_versions', schema=None) as batch_op:
        batch_op.drop_column('sensitivity_label')
    with op.batch_alter_table('document_versions', schema=None) as batch_op:
        batch_op.drop_column('library_label')
