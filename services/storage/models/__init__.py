"""SQLAlchemy models: the database holds review state; Alembic migrations create the schema.

One module per part of the process; every model is importable from here.
"""

from services.storage.models.base import *  # noqa: F403
from services.storage.models.delivery import *  # noqa: F403
from services.storage.models.directory import *  # noqa: F403
from services.storage.models.imrs import *  # noqa: F403
from services.storage.models.library import *  # noqa: F403
from services.storage.models.reviews import *  # noqa: F403
from services.storage.models.stages import *  # noqa: F403
