"""--stateful: create, read, list, update, delete; per credential; seeded; reset."""

from __future__ import annotations

from tests.mocks.conftest import SHOP

ORDER = {
    "customer": {"kind": "company", "name": "Acme", "vatId": "DE123456789"},
    "items": [{"sku": "SKU-9", "quantity": 3}],
    "currency": "CHF",
}
ALICE = {"Authorization": "Bearer alice"}
BOB = {"Authorization": "Bearer bob"}


def test_crud_lifecycle_over_http(mock_process) -> None:
    mock = mock_process(SHOP, "--stateful")
    client = mock.client
    created = client.post("/shop/v1/orders", json=ORDER, headers=ALICE)
    assert created.status_code == 201
    order = created.json()
    assert order["currency"] == "CHF" and order["items"] == ORDER["items"]
    assert order["id"].startswith("ord_") and order["createdAt"]
    assert created.headers["location"].endswith(f"/shop/v1/orders/{order['id']}")

    read = client.get(f"/shop/v1/orders/{order['id']}", headers=ALICE)
    assert read.json() == order
    listed = client.get("/shop/v1/orders", headers=ALICE).json()["data"]
    assert order in listed

    patched = client.patch(
        f"/shop/v1/orders/{order['id']}", json={"status": "shipped"}, headers=ALICE
    )
    assert patched.status_code == 200 and patched.json()["status"] == "shipped"
    assert client.get(f"/shop/v1/orders/{order['id']}", headers=ALICE).json()["status"] == "shipped"

    assert client.delete(f"/shop/v1/orders/{order['id']}", headers=ALICE).status_code == 204
    gone = client.get(f"/shop/v1/orders/{order['id']}", headers=ALICE)
    assert gone.status_code == 404
    assert order["id"] in gone.json()["error"]["message"]


def test_data_is_isolated_per_credential_and_reset(mock_process) -> None:
    mock = mock_process(SHOP, "--stateful")
    client = mock.client
    order = client.post("/shop/v1/orders", json=ORDER, headers=ALICE).json()
    assert client.get(f"/shop/v1/orders/{order['id']}", headers=BOB).status_code == 404
    assert client.get(f"/shop/v1/orders/{order['id']}", headers=ALICE).status_code == 200
    assert client.post("/__sandbox/reset", headers=ALICE).status_code == 200
    assert client.get(f"/shop/v1/orders/{order['id']}", headers=ALICE).status_code == 404


def test_collections_are_seeded_from_examples(client_for) -> None:
    client = client_for(SHOP, stateful=True)
    seeded = client.get("/shop/v1/orders/ord_def456", headers=ALICE)
    assert seeded.status_code == 200 and seeded.json()["customer"]["name"] == "Acme"
    ids = {o["id"] for o in client.get("/shop/v1/orders", headers=ALICE).json()["data"]}
    assert {"ord_abc123", "ord_def456"} <= ids
