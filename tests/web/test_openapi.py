"""The OpenAPI contract, checked by schemathesis: every GET operation, with generated
parameters (a bounded number of examples), must answer as its schema says — no server
error, documented status codes, responses that match their schemas.  The POST operations
run the pipeline and are tested by hand in test_api.py."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings


@pytest.fixture(scope="session")
def web_schema(web_db):
    from eventwire.web.app import create_app
    app = create_app(web_db, token=None, pipeline_factory=_no_pipeline)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def _no_pipeline():
    raise AssertionError("the contract test must not run the pipeline")


GET_PATHS = ["/api/info", "/api/events", "/api/events/{event_id}", "/api/timeline", "/api/network",
             "/api/map", "/api/negotiation", "/api/articles", "/api/articles/{article_id}",
             "/api/search", "/api/quotes", "/api/claims", "/api/actors", "/api/places"]


@pytest.mark.parametrize("path", GET_PATHS)
def test_get_operations_follow_the_contract(web_schema, path):
    operation = web_schema[path]["GET"]

    @settings(max_examples=20, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case):
        case.call_and_validate()
    check()


def test_every_get_operation_is_checked(web_schema):
    gets = {path for path, ops in web_schema.raw_schema["paths"].items() if "get" in ops}
    assert gets == set(GET_PATHS)


def test_the_document_lists_every_operation(web_schema):
    raw = web_schema.raw_schema
    assert {"/api/events", "/api/timeline", "/api/network", "/api/map", "/api/negotiation",
            "/api/articles", "/api/articles/{article_id}", "/api/search", "/api/quotes",
            "/api/claims", "/api/actors", "/api/places", "/api/extract"} <= set(raw["paths"])
    assert "post" in raw["paths"]["/api/articles"] and "post" in raw["paths"]["/api/extract"]
    assert raw["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
