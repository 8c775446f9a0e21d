"""Request schemas (marshmallow): unknown fields, wrong types and missing fields are refused.

One module per stage; every schema is importable from here (`from services.api import schemas`).
"""

from services.api.schemas.fields import *  # noqa: F403
from services.api.schemas.imrs import *  # noqa: F403
from services.api.schemas.library import *  # noqa: F403
from services.api.schemas.reviews import *  # noqa: F403
from services.api.schemas.stages import *  # noqa: F403
