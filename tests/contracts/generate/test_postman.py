"""``postman/``: Postman Collection v2.1, one request per operation, stable ids, token auth."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from contracts.generate.postman import SCHEMA_URL

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _collection(by_path: dict[str, bytes], api: str) -> dict[str, Any]:
    return json.loads(by_path[f"postman/{api}.postman_collection.json"])


def _requests(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for item in items:
        if "request" in item:
            found.append(item)
        else:
            found.extend(_requests(item["item"]))
    return found


def _operation_count(by_path: dict[str, bytes], api: str) -> int:
    bundle = json.loads(by_path[f"openapi/{api}.json"])
    return sum(1 for item in bundle["paths"].values() for method in item if method != "parameters")


@pytest.mark.parametrize("api", ["shop", "inventory"])
def test_collection_has_the_required_v2_1_structure(by_path: dict[str, bytes], api: str):
    collection = _collection(by_path, api)
    assert collection["info"]["schema"] == SCHEMA_URL
    assert collection["info"]["name"]
    assert UUID.match(collection["info"]["_postman_id"])
    assert isinstance(collection["item"], list)
    for folder in collection["item"]:
        assert set(folder) >= {"name", "item"}
    for item in _requests(collection["item"]):
        request = item["request"]
        assert request["method"] in {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
        assert request["url"]["raw"].startswith("{{baseUrl}}/")
        assert request["url"]["host"] == ["{{baseUrl}}"]
        assert isinstance(request["header"], list)
        assert UUID.match(item["id"])
        for response in item["response"]:
            assert set(response) >= {"name", "code", "body", "header"}


@pytest.mark.parametrize("api", ["shop", "inventory"])
def test_one_request_per_operation_with_unique_ids(by_path: dict[str, bytes], api: str):
    requests = _requests(_collection(by_path, api)["item"])
    assert len(requests) == _operation_count(by_path, api)
    assert len({item["id"] for item in requests}) == len(requests)


def test_folders_follow_tags(by_path: dict[str, bytes]):
    folders = {
        f["name"]: [i["name"] for i in f["item"]] for f in _collection(by_path, "shop")["item"]
    }
    assert folders == {
        "orders": ["List orders", "Place an order", "Read an order", "Cancel an order"],
        "health": ["Liveness"],
    }


def test_auth_goes_through_the_token_endpoint(by_path: dict[str, bytes]):
    collection = _collection(by_path, "shop")
    variables = {v["key"] for v in collection["variable"]}
    assert {"baseUrl", "clientId", "clientSecret", "accessToken"} <= variables
    assert collection["auth"]["type"] == "bearer"
    assert collection["auth"]["bearer"][0]["value"] == "{{accessToken}}"
    script = "\n".join(collection["event"][0]["script"]["exec"])
    assert "pm.collectionVariables.get('baseUrl') + '/auth/token'" in script
    assert "client_credentials" in script
    health = next(i for i in _requests(collection["item"]) if i["name"] == "Liveness")
    assert health["request"]["auth"] == {"type": "noauth"}


def test_requests_carry_example_bodies_and_path_variables(by_path: dict[str, bytes]):
    requests = {i["name"]: i["request"] for i in _requests(_collection(by_path, "shop")["item"])}
    create = requests["Place an order"]
    assert json.loads(create["body"]["raw"])["items"] == [{"sku": "SKU-1", "quantity": 1}]
    assert {"key": "Content-Type", "value": "application/json"} in create["header"]
    read = requests["Read an order"]
    assert read["url"]["path"] == ["api", "v1", "orders", ":order_id"]
    assert read["url"]["variable"][0]["value"] == "ord_1"


def test_collection_has_no_timestamps(by_path: dict[str, bytes]):
    text = by_path["postman/shop.postman_collection.json"].decode()
    assert not re.search(r'"(updatedAt|createdAt|timestamp|_exporter_id)"', text)
