"""`python -m services.storage.probe URL`: exit 0 when the database answers, 1 when it does not."""

import sys

from sqlalchemy import text

from services.storage.db import make_engine


def main(url: str) -> int:
    try:
        with make_engine(url, connect_args={"connect_timeout": 3}).connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
