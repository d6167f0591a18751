"""Export jobs: queued at once, run after the answer, owned by their client, CSV downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE

EXPORTS = f"{BASE}/exports"


def test_export_runs_and_downloads_as_csv(
    api: Api,
    headers: dict[str, str],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    event = new_event()
    add_registration(event["id"], "confirmed", last_name="Hopper")
    add_registration(event["id"], "pending", last_name="Pending")
    body = {"type": "registrations", "filters": {"eventId": event["id"], "status": "confirmed"}}
    created = api.request("POST", EXPORTS, json=body, headers=headers)
    assert created.status_code == 202, created.text
    job = created.json()
    assert job["status"] == "queued" and job["progress"] == 0 and job["format"] == "csv"
    url = f"{EXPORTS}/{job['id']}"
    assert created.headers["location"] == url
    done = api.request("GET", url, headers=headers)
    assert done.json()["status"] == "completed"
    assert done.json()["rowCount"] == 1 and done.json()["progress"] == 100
    assert done.json()["downloadUrl"] == f"{url}/download"
    assert (
        api.request(
            "GET", url, headers={**headers, "If-None-Match": done.headers["etag"]}
        ).status_code
        == 304
    )
    download = api.request("GET", f"{url}/download", headers=headers)
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    assert "attachment" in download.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert [r["attendee.lastName"] for r in rows] == ["Hopper"]
    assert rows[0]["eventId"] == event["id"]
    assert rows[0]["links.event"] == f"{BASE}/events/{event['id']}"


def test_events_export_joins_arrays_with_pipes(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event(tags=["alpha", "beta"])
    body = {"type": "events", "filters": {"eventId": event["id"]}}
    job = api.request("POST", EXPORTS, json=body, headers=headers).json()
    text = api.request("GET", f"{EXPORTS}/{job['id']}/download", headers=headers).text
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert header[:3] == ["id", "title", "description"]
    assert "venue.address.city" in header
    [row] = rows
    assert row[header.index("tags")] == "alpha|beta"
    assert row[header.index("venue.address.city")] == "San Francisco"


def test_another_clients_job_is_404(api: Api, headers: dict[str, str]) -> None:
    job = api.request("POST", EXPORTS, json={"type": "users"}, headers=headers).json()
    other = api.bearer(["exports.read", "exports.write", "users.read"])
    assert api.request("GET", f"{EXPORTS}/{job['id']}", headers=other).status_code == 404
    assert api.request("DELETE", f"{EXPORTS}/{job['id']}", headers=other).status_code == 404


def test_export_needs_the_types_read_scope(api: Api) -> None:
    only_exports = api.bearer(["exports.read", "exports.write"])
    response = api.request("POST", EXPORTS, json={"type": "attendees"}, headers=only_exports)
    assert response.status_code == 403


def test_filters_that_do_not_apply_are_422(api: Api, headers: dict[str, str]) -> None:
    by_event = {"type": "users", "filters": {"eventId": "8fa85f64-5717-4562-b3fc-2c963f66afa6"}}
    assert api.request("POST", EXPORTS, json=by_event, headers=headers).status_code == 422
    wrong_status = {"type": "sessions", "filters": {"status": "checked_in"}}
    assert api.request("POST", EXPORTS, json=wrong_status, headers=headers).status_code == 422


def test_download_while_queued_is_409_and_after_expiry_422(
    api: Api, headers: dict[str, str]
) -> None:
    from datetime import timedelta

    from server.storage.models.base import utcnow
    from server.storage.models.event_platform import ExportJob

    job = api.request("POST", EXPORTS, json={"type": "users"}, headers=headers).json()
    url = f"{EXPORTS}/{job['id']}"
    with api.runtime.database.session() as db:
        row = db.get(ExportJob, job["id"])
        assert row is not None
        row.status = "queued"
    assert api.request("GET", f"{url}/download", headers=headers).status_code == 409
    with api.runtime.database.session() as db:
        row = db.get(ExportJob, job["id"])
        assert row is not None
        row.status = "completed"
        row.expires_at = utcnow() - timedelta(seconds=1)
    assert api.request("GET", url, headers=headers).json()["status"] == "expired"
    assert api.request("GET", f"{url}/download", headers=headers).status_code == 422


def test_delete_then_gone(api: Api, headers: dict[str, str]) -> None:
    job = api.request("POST", EXPORTS, json={"type": "users"}, headers=headers).json()
    url = f"{EXPORTS}/{job['id']}"
    assert api.request("DELETE", url, headers=headers).status_code == 204
    assert api.request("GET", url, headers=headers).status_code == 404
