"""Events over HTTP: lifecycle, rules, conditional requests, pagination, iCalendar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.server.conftest import Api
from tests.server.event_platform.conftest import BASE, event_body, instant

EVENTS = f"{BASE}/events"


def test_create_is_a_draft_with_links_and_location(api: Api, headers: dict[str, str]) -> None:
    response = api.request("POST", EVENTS, json=event_body(), headers=headers)
    assert response.status_code == 201, response.text
    event = response.json()
    assert event["status"] == "draft"
    assert response.headers["location"] == f"{EVENTS}/{event['id']}"
    assert event["links"]["statistics"] == f"{EVENTS}/{event['id']}/statistics"
    assert response.headers["etag"].startswith('"')


def test_read_back_and_if_none_match_is_304(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event()
    url = f"{EVENTS}/{event['id']}"
    read = api.request("GET", url, headers=headers)
    assert read.status_code == 200
    assert read.json() == event
    assert read.headers["cache-control"] == "private, max-age=60"
    again = api.request("GET", url, headers={**headers, "If-None-Match": read.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_update_with_stale_if_match_is_412(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event()
    url = f"{EVENTS}/{event['id']}"
    etag = api.request("GET", url, headers=headers).headers["etag"]
    changed = api.request(
        "PATCH", url, json={"title": "Renamed"}, headers={**headers, "If-Match": etag}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["title"] == "Renamed"
    assert changed.headers["etag"] != etag
    stale = api.request(
        "PATCH", url, json={"title": "Again"}, headers={**headers, "If-Match": etag}
    )
    assert stale.status_code == 412
    assert stale.json()["error"]["code"] == "PRECONDITION_FAILED"
    assert stale.headers["etag"] == changed.headers["etag"]


def test_unknown_event_is_404_in_the_envelope(api: Api, headers: dict[str, str]) -> None:
    missing = "8fa85f64-5717-4562-b3fc-2c963f66afa6"
    response = api.request("GET", f"{EVENTS}/{missing}", headers=headers)
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "RESOURCE_NOT_FOUND"
    assert error["status"] == 404
    assert error["correlationId"]


def test_end_before_start_is_422(api: Api, headers: dict[str, str]) -> None:
    body = event_body(startTime=instant(30), endTime=instant(29))
    response = api.request("POST", EVENTS, json=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "BUSINESS_RULE_VIOLATION"
    assert response.json()["error"]["target"] == "endTime"


def test_format_needs_venue_or_online_url(api: Api, headers: dict[str, str]) -> None:
    virtual = event_body(format="virtual")
    assert api.request("POST", EVENTS, json=virtual, headers=headers).status_code == 422
    virtual["onlineUrl"] = "https://stream.example.com/x"
    assert api.request("POST", EVENTS, json=virtual, headers=headers).status_code == 201
    hybrid = event_body(format="hybrid")
    assert (
        api.request("POST", EVENTS, json=hybrid, headers=headers).json()["error"]["target"]
        == "onlineUrl"
    )


def test_unknown_timezone_series_and_organizer_are_422(api: Api, headers: dict[str, str]) -> None:
    unknown = "2c1b9a7e-4d3f-4e8a-9b6c-1f2e3d4c5b6a"
    for change, target in (
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"seriesId": unknown}, "seriesId"),
        ({"organizerId": unknown}, "organizerId"),
        ({"parentEventId": unknown}, "parentEventId"),
    ):
        response = api.request("POST", EVENTS, json=event_body(**change), headers=headers)
        assert response.status_code == 422, change
        assert response.json()["error"]["target"] == target


def test_schema_violation_is_400(api: Api, headers: dict[str, str]) -> None:
    response = api.request("POST", EVENTS, json={**event_body(), "colour": "red"}, headers=headers)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "VALIDATION_ERROR"


def test_publish_then_publish_again_is_409(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event()
    url = f"{EVENTS}/{event['id']}/publish"
    published = api.request("POST", url, headers=headers)
    assert published.status_code == 200
    assert published.json()["status"] == "published"
    assert "publishedAt" in published.json()
    assert api.request("POST", url, headers=headers).status_code == 409


def test_publishing_a_past_event_is_422(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event(startTime=instant(-3), endTime=instant(-2))
    response = api.request("POST", f"{EVENTS}/{event['id']}/publish", headers=headers)
    assert response.status_code == 422
    assert response.json()["error"]["target"] == "startTime"


def test_published_event_whose_end_passed_is_completed(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    from datetime import UTC, datetime, timedelta

    from server.storage.models.event_platform import Event

    event = new_event(publish=True)
    with api.runtime.database.session() as session:
        stored = session.get(Event, event["id"])
        assert stored is not None
        stored.start_time = datetime.now(UTC) - timedelta(days=2)
        stored.end_time = datetime.now(UTC) - timedelta(days=1)
    read = api.request("GET", f"{EVENTS}/{event['id']}", headers=headers)
    assert read.json()["status"] == "completed"
    update = api.request("PATCH", f"{EVENTS}/{event['id']}", json={"title": "x"}, headers=headers)
    assert update.status_code == 422
    cancel = api.request(
        "POST", f"{EVENTS}/{event['id']}/cancel", json={"reason": "late"}, headers=headers
    )
    assert cancel.status_code == 422


def test_sub_event_must_lie_within_its_parent_and_is_one_level(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    parent = new_event(startTime=instant(30), endTime=instant(33))
    inside = new_event(parentEventId=parent["id"], startTime=instant(31), endTime=instant(32))
    assert inside["parentEventId"] == parent["id"]
    outside = event_body(parentEventId=parent["id"], startTime=instant(29), endTime=instant(32))
    assert api.request("POST", EVENTS, json=outside, headers=headers).status_code == 422
    nested = event_body(parentEventId=inside["id"], startTime=instant(31), endTime=instant(32))
    response = api.request("POST", EVENTS, json=nested, headers=headers)
    assert response.status_code == 422
    listed = api.request("GET", f"{EVENTS}/{parent['id']}/sub-events", headers=headers)
    assert [e["id"] for e in listed.json()["data"]] == [inside["id"]]


def test_sub_event_publishes_only_after_its_parent(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    parent = new_event(startTime=instant(30), endTime=instant(33))
    child = new_event(parentEventId=parent["id"], startTime=instant(31), endTime=instant(32))
    publish_child = f"{EVENTS}/{child['id']}/publish"
    assert api.request("POST", publish_child, headers=headers).status_code == 422
    assert (
        api.request("POST", f"{EVENTS}/{parent['id']}/publish", headers=headers).status_code == 200
    )
    assert api.request("POST", publish_child, headers=headers).status_code == 200


def test_cancel_cascades_to_sub_events_sessions_and_registrations(
    api: Api,
    headers: dict[str, str],
    new_event: Callable[..., dict[str, Any]],
    add_registration: Callable[..., Any],
) -> None:
    parent = new_event(publish=True, startTime=instant(30), endTime=instant(33))
    child = new_event(parentEventId=parent["id"], startTime=instant(31), endTime=instant(32))
    session = api.request(
        "POST",
        f"{EVENTS}/{parent['id']}/sessions",
        json={
            "title": "Keynote",
            "type": "keynote",
            "startTime": instant(30, 1),
            "endTime": instant(30, 2),
        },
        headers=headers,
    ).json()
    pending = add_registration(parent["id"], "pending")
    checked_in = add_registration(parent["id"], "checked_in")
    url = f"{EVENTS}/{parent['id']}/cancel"
    cancelled = api.request("POST", url, json={"reason": "Venue flooded"}, headers=headers)
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancellationReason"] == "Venue flooded"
    child_now = api.request("GET", f"{EVENTS}/{child['id']}", headers=headers).json()
    assert child_now["status"] == "cancelled"
    session_now = api.request(
        "GET", f"{EVENTS}/{parent['id']}/sessions/{session['id']}", headers=headers
    ).json()
    assert session_now["status"] == "cancelled"
    from server.storage.models.event_registrations import Registration

    with api.runtime.database.session() as db:
        pending_row = db.get(Registration, pending.id)
        checked_row = db.get(Registration, checked_in.id)
        assert pending_row is not None and checked_row is not None
        assert pending_row.status == "cancelled"
        assert pending_row.cancellation_reason == "Venue flooded"
        assert checked_row.status == "checked_in"
    assert api.request("POST", url, json={"reason": "again"}, headers=headers).status_code == 409
    from sqlalchemy import select

    from server.storage.models.outbox import OutboxEvent

    with api.runtime.database.session() as db:
        rows = db.scalars(select(OutboxEvent).where(OutboxEvent.api == "event-platform")).all()
        # Other tests' events share the table (a reused PostgreSQL database); some have no id.
        sent = {(row.event_type, row.payload.get("id")): row.payload for row in rows}
    # Webhook data are the full representations (the Session and Registration schemas).
    assert sent[("session.cancelled", session["id"])]["status"] == "cancelled"
    assert sent[("registration.cancelled", pending.id)]["attendee"]["lastName"]
    assert sent[("event.cancelled", child["id"])]["cancellationReason"] == "Venue flooded"


def test_state_changes_are_written_to_the_outbox(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    from sqlalchemy import select

    from server.storage.models.outbox import OutboxEvent

    event = new_event()
    api.request("PATCH", f"{EVENTS}/{event['id']}", json={"title": "Renamed"}, headers=headers)
    api.request("POST", f"{EVENTS}/{event['id']}/publish", headers=headers)
    api.request("POST", f"{EVENTS}/{event['id']}/cancel", json={"reason": "r"}, headers=headers)
    with api.runtime.database.session() as db:
        rows = db.scalars(select(OutboxEvent).order_by(OutboxEvent.id)).all()
        mine = [row.event_type for row in rows if row.payload.get("id") == event["id"]]
    assert mine == ["event.created", "event.updated", "event.published", "event.cancelled"]


def test_delete_draft_then_gone_and_published_is_422(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    draft = new_event()
    url = f"{EVENTS}/{draft['id']}"
    deleted = api.request("DELETE", url, headers=headers)
    assert deleted.status_code == 204
    assert api.request("GET", url, headers=headers).status_code == 404
    published = new_event(publish=True)
    response = api.request("DELETE", f"{EVENTS}/{published['id']}", headers=headers)
    assert response.status_code == 422


def test_drafts_are_hidden_without_events_write(
    api: Api, new_event: Callable[..., dict[str, Any]]
) -> None:
    draft = new_event()
    reader = api.bearer(["events.read"])
    assert api.request("GET", f"{EVENTS}/{draft['id']}", headers=reader).status_code == 404


def test_missing_scope_is_403(api: Api) -> None:
    reader = api.bearer(["events.read"])
    response = api.request("POST", EVENTS, json=event_body(), headers=reader)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "FORBIDDEN"


def test_no_credentials_is_401(api: Api) -> None:
    response = api.request("GET", EVENTS)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "UNAUTHORIZED"


def test_list_filters_sorts_and_paginates_with_links(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    import uuid

    tag = "t" + uuid.uuid4().hex[:10]
    made = [
        new_event(
            tags=[tag], title=f"Event {n}", startTime=instant(30 + n), endTime=instant(31 + n)
        )
        for n in (3, 1, 2)
    ]
    page = api.request("GET", f"{EVENTS}?tag={tag}&pageSize=2", headers=headers)
    assert page.status_code == 200
    body = page.json()
    assert [e["title"] for e in body["data"]] == ["Event 1", "Event 2"]
    assert body["pagination"] == {
        "mode": "page",
        "page": 1,
        "pageSize": 2,
        "totalPages": 2,
        "totalItems": 3,
        "hasMore": True,
        "nextCursor": body["pagination"]["nextCursor"],
    }
    link = page.headers["link"]
    assert f'<{EVENTS}?tag={tag}&page=2&pageSize=2>; rel="next"' in link
    assert 'rel="last"' in link and 'rel="first"' in link
    following = api.request(
        "GET", f"{EVENTS}?tag={tag}&cursor={body['pagination']['nextCursor']}", headers=headers
    ).json()
    assert [e["title"] for e in following["data"]] == ["Event 3"]
    assert following["pagination"]["mode"] == "cursor"
    assert following["pagination"]["hasMore"] is False
    offset = api.request("GET", f"{EVENTS}?tag={tag}&sort=-title&limit=1&offset=1", headers=headers)
    assert [e["title"] for e in offset.json()["data"]] == ["Event 2"]
    assert offset.json()["pagination"]["mode"] == "offset"
    assert len(made) == 3
    virtual = api.request("GET", f"{EVENTS}?tag={tag}&format=virtual", headers=headers).json()
    assert virtual["data"] == []
    in_person = api.request("GET", f"{EVENTS}?tag={tag}&format=in_person", headers=headers)
    assert in_person.json()["pagination"]["totalItems"] == 3


def test_malformed_cursor_is_400(api: Api, headers: dict[str, str]) -> None:
    garbage = api.request("GET", f"{EVENTS}?cursor=not-a-cursor", headers=headers)
    assert garbage.status_code == 400
    assert garbage.json()["error"]["code"] == "VALIDATION_ERROR"


def test_event_as_icalendar(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event(title="Summit; with, specials", description="Line one\nLine two")
    response = api.request(
        "GET", f"{EVENTS}/{event['id']}", headers={**headers, "Accept": "text/calendar"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    text = response.text
    assert text.endswith("\r\n")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR"
    assert "BEGIN:VEVENT" in lines and "END:VCALENDAR" in lines
    start = event["startTime"].replace("-", "").replace(":", "")
    assert f"DTSTART:{start}" in lines
    assert "SUMMARY:Summit\\; with\\, specials" in lines
    assert "DESCRIPTION:Line one\\nLine two" in lines
    assert all(len(line.encode()) <= 75 for line in lines)
    assert (
        response.headers["etag"]
        != api.request("GET", f"{EVENTS}/{event['id']}", headers=headers).headers["etag"]
    )


def test_unacceptable_media_type_is_406(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    event = new_event()
    response = api.request(
        "GET", f"{EVENTS}/{event['id']}", headers={**headers, "Accept": "application/pdf"}
    )
    assert response.status_code == 406
    assert response.json()["error"]["code"] == "NOT_ACCEPTABLE"


def test_series_counts_its_events_and_cannot_be_deleted_while_used(
    api: Api, headers: dict[str, str], new_event: Callable[..., dict[str, Any]]
) -> None:
    created = api.request(
        "POST",
        f"{BASE}/event-series",
        json={"title": "Monthly meetup", "recurrenceRule": "FREQ=MONTHLY;BYDAY=1TU"},
        headers=headers,
    )
    assert created.status_code == 201
    series = created.json()
    assert series["eventCount"] == 0
    url = f"{BASE}/event-series/{series['id']}"
    assert created.headers["location"] == url
    event = new_event(seriesId=series["id"])
    assert api.request("GET", url, headers=headers).json()["eventCount"] == 1
    assert api.request("DELETE", url, headers=headers).status_code == 422
    assert api.request("DELETE", f"{EVENTS}/{event['id']}", headers=headers).status_code == 204
    assert api.request("DELETE", url, headers=headers).status_code == 204
    assert api.request("GET", url, headers=headers).status_code == 404
