"""The whole host over the real specs: every API mounted where its spec says, docs served."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.settings import Settings
from tests.server.conftest import Api, database_url

SPECS = Settings().specs_dir
NAMES = ["cs-integration", "cs-cross-domain", "event-platform", "platform-integrations"]


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory):
    from server.app import create_app

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("data"), specs_dir=SPECS, database_url=database_url()
    )
    app = create_app(settings)
    yield Api(app, app.runtime)
    app.runtime.close()


def refs(node: object) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in refs(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in refs(item)]
    return []


@pytest.mark.parametrize("name", [*NAMES, "cs-cross-domain-v1"])
def test_each_bundled_spec_is_served_as_json(real: Api, name: str) -> None:
    if not (SPECS / f"{name.removesuffix('-v1')}.yaml").exists():
        pytest.skip(f"specs/{name}.yaml not in this checkout")
    response = real.request("GET", f"/openapi/{name}.json")
    assert response.status_code == 200
    spec = response.json()
    assert spec["openapi"].startswith("3.0")
    assert all(ref.startswith("#/") for ref in refs(spec))  # self-contained


@pytest.mark.parametrize("name", NAMES)
def test_each_api_has_a_swagger_ui(real: Api, name: str) -> None:
    page = real.request("GET", f"/docs/{name}")
    assert page.status_code == 200
    assert f"/openapi/{name}.json" in page.text
    assert real.request("GET", "/docs/static/swagger-ui-bundle.js").status_code == 200


def test_shared_base_path_is_split_by_first_segment(real: Api) -> None:
    cs = real.request("GET", "/api/v1/cs-integration/health")
    assert cs.status_code == 200
    assert cs.json()["status"] == "ok"
    events = real.request("GET", "/api/v1/events")
    assert events.status_code == 401
    assert events.json()["error"]["code"] == "UNAUTHORIZED"
    cs_unknown = real.request("GET", "/api/v1/cs-nothing/here")
    assert cs_unknown.headers["content-type"] == "application/problem+json"


def test_bases_of_the_other_two_apis(real: Api) -> None:
    cross = real.request("GET", "/v1/cs-integrations/nothing")
    assert cross.status_code == 404
    assert cross.headers["content-type"] == "application/problem+json"
    platform = real.request("GET", "/api/integrations/nothing/at/all/here")
    assert platform.status_code == 404
    assert platform.json()["success"] is False


def test_invalid_spec_is_refused_at_start_up(tmp_path: Path) -> None:
    from connexion.exceptions import InvalidSpecification

    from server.app import create_app

    (tmp_path / "cs-integration.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /x: {get: {responses: 5}}\n"
    )
    with pytest.raises(InvalidSpecification):
        create_app(Settings(data_dir=tmp_path / "d", specs_dir=tmp_path))
