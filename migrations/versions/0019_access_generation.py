"""access generation: a token that changes whenever anything a Principal is built from changes
(people, CSP roles, review memberships, IMR authors and senior managers), so each app process
may keep the principals it has built until it does (services/workflows/directory/principal.py).

Database triggers change it, so no writer can forget to: the ORM, bulk statements, a restore.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

TABLES = ("people", "csp_roles", "review_members", "imrs")
SQLITE_TOKEN = "lower(hex(randomblob(16)))"
POSTGRES_TOKEN = "md5(random()::text || clock_timestamp()::text)"


def upgrade() -> None:
    op.create_table(
        "access_generation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO access_generation (id, token) VALUES (1, 'initial')")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION dhr_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"UPDATE access_generation SET token = {POSTGRES_TOKEN} WHERE id = 1; "
            "RETURN NULL; END $$"
        )
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_access_changed AFTER INSERT OR UPDATE OR DELETE OR "
                f"TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION dhr_access_changed()"
            )
        return
    for table in TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_access_changed AFTER {event} ON {table} "
                f"BEGIN UPDATE access_generation SET token = {SQLITE_TOKEN} WHERE id = 1; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER {table}_access_changed ON {table}")
        op.execute("DROP FUNCTION dhr_access_changed()")
    else:
        for table in TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER {table}_{event}_access_changed")
    op.drop_table("access_generation")
