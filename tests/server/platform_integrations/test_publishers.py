"""Publisher-bound tokens act on their publisher only; the check comes before any lookup."""

from __future__ import annotations

import pytest

from tests.server.conftest import Api
from tests.server.platform_integrations.conftest import (
    BASE,
    SCOPES,
    assert_error,
    connect,
)


@pytest.fixture
def bound(api: Api, publisher: str) -> dict[str, str]:
    return api.bearer(SCOPES, publisher_id=publisher)


def test_bound_token_acts_on_its_own_publisher(
    api: Api, bound: dict[str, str], publisher: str
) -> None:
    assert connect(api, bound, "iterable", publisher).status_code == 201
    assert api.request("GET", f"{BASE}/{publisher}/iterable", headers=bound).status_code == 200
    assert (
        api.request("POST", f"{BASE}/{publisher}/iterable/sync", headers=bound).status_code == 202
    )


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/{other}"),
        ("GET", "/{other}/iterable"),
        ("DELETE", "/{other}/iterable"),
        ("POST", "/{other}/iterable/sync"),
        ("GET", "/{other}/iterable/sync/sync_abc"),
        ("GET", "/iterable/{other}/campaigns"),
        ("GET", "/keap/{other}/contacts"),
    ],
)
def test_bound_token_is_403_on_another_publisher_whether_or_not_it_exists(
    api: Api,
    operator: dict[str, str],
    bound: dict[str, str],
    publisher: str,
    method: str,
    path: str,
) -> None:
    other = "pub_" + publisher.removeprefix("pub_")[::-1] + "x"
    url = BASE + path.format(other=other)
    message = assert_error(api.request(method, url, headers=bound), 403, "PERMISSION_DENIED")
    assert message == f"This token is bound to publisher {publisher} and cannot act on {other}."
    connect(api, operator, "iterable", other)
    assert_error(api.request(method, url, headers=bound), 403, "PERMISSION_DENIED")


def test_bound_token_cannot_connect_another_publisher(
    api: Api, bound: dict[str, str], publisher: str
) -> None:
    # Even with credentials the platform would refuse: the binding is checked first.
    response = connect(api, bound, "iterable", "pub_someoneelse", apiKey="0" * 32)
    assert_error(response, 403, "PERMISSION_DENIED")
    assert api.request("GET", f"{BASE}/{publisher}", headers=bound).json()["data"] == []
