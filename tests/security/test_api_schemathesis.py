"""Schemathesis against the integrations API, in-process through the WSGI application.

The schema is read from `/api/v1/openapi.json` (with a token, as an integration would), and
every operation is called with data generated from it — data the schema allows and data it
forbids — carrying a valid token. Every answer must be no server error; have a status code,
content type and body the schema documents; and refuse what the schema forbids.

Each operation is one pytest test per kind of data (Schemathesis' own pytest loader does not
run under this pytest), so a failure names the operation and prints the case to reproduce.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from careers.api import api, prepare_token
from careers.demo import load_kpi_metrics
from careers.models import IntegrationToken

pytestmark = pytest.mark.django_db

PREFIX = "/api/v1"
SCHEMA_URL = f"{PREFIX}/openapi.json"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
FUZZ = settings(
    max_examples=50,
    deadline=None,
    database=None,  # nothing written into the checkout; a failure prints its case
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Every operation the API declares, read from the API object so the tests can be collected
# without a database; the tests themselves fuzz the schema the application serves.
OPERATIONS = [
    (method.upper(), path)
    for path, methods in api.get_openapi_schema(path_prefix=PREFIX)["paths"].items()
    for method in methods
]


@pytest.fixture
def api_token(demo_people):
    """A valid integration token, with the demo people and KPI metrics to push values for."""
    load_kpi_metrics()
    integration = IntegrationToken(name="Schemathesis")
    token = prepare_token(integration)
    integration.save()
    return token


@pytest.fixture
def application():
    """The WSGI application, called in the test's database transaction: like Django's test
    client, it must not close the connection at the end of each request."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield WSGIHandler()
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def served_schema(application, api_token):
    """The OpenAPI schema as the running application serves it to an integration."""
    return schemathesis.openapi.from_wsgi(
        SCHEMA_URL, application, headers={"Authorization": f"Bearer {api_token}"}
    )


def test_every_operation_of_the_served_schema_is_fuzzed(served_schema):
    served = {
        (result.ok().method.upper(), result.ok().path)
        for result in served_schema.get_all_operations()
    }
    assert served == set(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("method, path", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_operation_answers_as_documented(served_schema, api_token, method, path, mode):
    operation = served_schema[path][method]
    headers = {"Authorization": f"Bearer {api_token}"}

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    check()
