"""``/cs-integration/webhooks``: each client's endpoints, invisible to other clients."""

from __future__ import annotations

from tests.server.cs_integration.conftest import SCOPES, CsClient, assert_problem

WEBHOOKS = "/cs-integration/webhooks"


def endpoint(url: str = "https://hooks.example.com/cs/health", **extra: object) -> dict:
    return {"url": url, "events": ["customer.health_changed"], **extra}


def test_register_then_read_list_and_delete(cs: CsClient) -> None:
    response = cs.post(WEBHOOKS, endpoint(description="CS alerts", secret="s" * 20))
    created = cs.ok(response, 201)
    assert created["webhook_id"].startswith("wh_")
    assert created["active"] is True and created["description"] == "CS alerts"
    # The secret is shown in the registration answer only.
    assert created.pop("secret") == "s" * 20
    url = f"{WEBHOOKS}/{created['webhook_id']}"
    assert response.headers["location"] == f"/api/v1{url}"
    assert cs.ok(cs.get(url)) == created
    listed = cs.ok(cs.get(WEBHOOKS))
    assert listed["data"] == [created]
    assert listed["pagination"] == {"limit": 50, "offset": 0, "total": 1}
    assert cs.delete(url).status_code == 204
    assert_problem(cs.get(url), 404, "/not-found")
    assert cs.ok(cs.get(WEBHOOKS))["data"] == []


def test_description_is_absent_when_not_registered(cs: CsClient) -> None:
    created = cs.ok(cs.post(WEBHOOKS, endpoint()), 201)
    assert "description" not in created


def test_a_secret_is_generated_when_not_given_and_shown_once(cs: CsClient) -> None:
    first = cs.ok(cs.post(WEBHOOKS, endpoint("https://hooks.example.com/a")), 201)
    second = cs.ok(cs.post(WEBHOOKS, endpoint("https://hooks.example.com/b")), 201)
    assert first["secret"].startswith("whsec_") and len(first["secret"]) == 38
    assert first["secret"] != second["secret"]
    url = f"{WEBHOOKS}/{first['webhook_id']}"
    assert "secret" not in cs.ok(cs.get(url))
    assert all("secret" not in item for item in cs.ok(cs.get(WEBHOOKS))["data"])


def test_a_new_endpoint_has_an_empty_delivery_log(cs: CsClient) -> None:
    created = cs.ok(cs.post(WEBHOOKS, endpoint()), 201)
    log = cs.ok(cs.get(f"{WEBHOOKS}/{created['webhook_id']}/deliveries"))
    assert log == {"data": [], "pagination": {"limit": 50, "offset": 0, "total": 0}}
    assert_problem(cs.get(f"{WEBHOOKS}/wh_unknown0000000000/deliveries"), 404, "/not-found")


def test_same_url_twice_is_409_but_another_client_may(cs: CsClient, api) -> None:
    cs.ok(cs.post(WEBHOOKS, endpoint()), 201)
    assert_problem(cs.post(WEBHOOKS, endpoint()), 409, "/conflict")
    cs.ok(CsClient(api).post(WEBHOOKS, endpoint()), 201)


def test_other_clients_endpoints_are_404(cs: CsClient, api) -> None:
    created = cs.ok(cs.post(WEBHOOKS, endpoint()), 201)
    del created["secret"]
    other = CsClient(api, SCOPES)
    url = f"{WEBHOOKS}/{created['webhook_id']}"
    assert_problem(other.get(url), 404)
    assert_problem(other.delete(url), 404)
    assert_problem(other.get(f"{url}/deliveries"), 404)
    assert other.ok(other.get(WEBHOOKS))["data"] == []
    assert cs.ok(cs.get(url)) == created


def test_list_is_oldest_first_and_paginates(cs: CsClient) -> None:
    ids = [
        cs.ok(cs.post(WEBHOOKS, endpoint(f"https://hooks.example.com/{n}")), 201)["webhook_id"]
        for n in range(3)
    ]
    page = cs.get(WEBHOOKS, params={"limit": 1, "offset": 1})
    body = cs.ok(page)
    assert [item["webhook_id"] for item in body["data"]] == ids[1:2]
    assert body["pagination"] == {"limit": 1, "offset": 1, "total": 3}
    assert 'rel="next"' in page.headers["link"] and 'rel="prev"' in page.headers["link"]


def test_bad_registration_is_400(cs: CsClient) -> None:
    problem = assert_problem(
        cs.post(WEBHOOKS, {"url": "ftp://x", "events": ["nope"], "extra": 1}), 400
    )
    locations = {item["location"] for item in problem["errors"]}
    assert {"body/url", "body/events/0"} <= locations


def test_registering_needs_the_write_scope(client_with) -> None:
    reader = client_with(["cs-integration.read"])
    assert_problem(reader.post(WEBHOOKS, endpoint()), 403, "/forbidden")
    assert reader.get(WEBHOOKS).status_code == 200


def test_unknown_webhook_is_404(cs: CsClient) -> None:
    assert_problem(cs.delete(f"{WEBHOOKS}/wh_unknown"), 404)


def test_a_plain_http_url_is_422_unless_it_is_loopback(cs: CsClient) -> None:
    problem = assert_problem(cs.post(WEBHOOKS, endpoint("http://hooks.example.com/cs")), 422)
    assert "https" in problem["detail"]
    assert cs.ok(cs.get(WEBHOOKS))["data"] == []
    cs.ok(cs.post(WEBHOOKS, endpoint("http://127.0.0.1:9/cs")), 201)
