"""A concrete path wins over a templated one when deciding 405 (OpenAPI path matching)."""

from __future__ import annotations

import pytest

from server.http.exceptions import AllowedMethods
from tests.server.conftest import Api

SPEC = {
    "paths": {
        "/registrations/{registrationId}": {"get": {}, "patch": {}},
        "/registrations/batch": {"post": {}},
        "/registrations": {"get": {}, "post": {}},
    }
}


@pytest.mark.parametrize(
    ("path", "methods"),
    [
        ("/api/v1/registrations/batch", ["POST"]),
        ("/api/v1/registrations/reg_1", ["GET", "PATCH", "HEAD"]),
        ("/api/v1/registrations", ["GET", "POST", "HEAD"]),
        ("/api/v1/unknown", []),
    ],
    ids=["literal-beats-template", "template", "collection", "unknown"],
)
def test_allowed_methods_follow_the_most_specific_path(path: str, methods: list[str]) -> None:
    assert AllowedMethods(SPEC, "/api/v1").for_path(path) == methods


def test_undeclared_method_on_a_literal_path_is_405_not_routed_to_the_template(
    real: Api,
) -> None:
    refused = real.request("PATCH", "/api/v1/registrations/batch", headers=real.bearer())
    assert refused.status_code == 405
    assert refused.headers["Allow"] == "POST"
    assert refused.json()["error"]["code"] == "METHOD_NOT_ALLOWED"
