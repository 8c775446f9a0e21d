"""The security regression tests share the integration fixtures: the demo, signed-in callers."""

import pytest

from services.seed.demo import seed_once
from tests.integration.conftest import (  # noqa: F401  (shared fixtures)
    Api,
    admin,
    api,
    coordinator,
    csp_chair,
    m365,
    other_csp,
)
from tests.integration.test_entra_sign_in import entra_app  # noqa: F401  (a shared fixture)


@pytest.fixture
def full_api(app):
    """The demo with its two IMRs (letters included) and its draft action plan."""
    seed_once(app.extensions["dhr"], imrs=True)
    return Api(app.test_client())
