"""Handlers of ``/users``: profiles, roles, speaker profiles, preferences, privacy requests."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from server.apis.context import header
from server.apis.event_platform.caller import BASE_PATH, caller, database, here, paging
from server.apis.event_platform.representations import (
    JSON,
    NO_STORE,
    deleted_reply,
    list_reply,
    read_reply,
    text_reply,
    write_reply,
)
from server.services.event_platform.privacy import PrivacyService
from server.services.event_platform.users import UserService


def _service() -> UserService:
    return UserService(database())


def list_users(
    token_info: dict[str, Any],
    q: str | None = None,
    role: str | None = None,
    status: str | None = None,
    email: str | None = None,
    sort: str | None = None,
    **_paging: Any,
) -> Response:
    """GET /users"""
    request = paging()
    page = _service().list(caller(token_info), q, role, status, email, sort, request.window)
    return list_reply(page, request)


def create_user(body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /users"""
    created = _service().create(caller(token_info), body)
    return write_reply(
        created.body, 201, created.etag, {"Location": f"{here()}/{created.body['id']}"}
    )


def get_user(user_id: str, token_info: dict[str, Any]) -> Response:
    """GET /users/{userId}"""
    found = _service().get(caller(token_info), user_id)
    return read_reply(found.body, found.etag)


def update_user(user_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """PATCH /users/{userId}"""
    updated = _service().update(caller(token_info), user_id, body, header("If-Match"))
    return write_reply(updated.body, 200, updated.etag)


def delete_user(user_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /users/{userId}"""
    _service().delete(caller(token_info), user_id)
    return deleted_reply()


def get_user_roles(user_id: str, token_info: dict[str, Any]) -> Response:
    """GET /users/{userId}/roles"""
    found = _service().get_roles(caller(token_info), user_id)
    return read_reply(found.body, found.etag)


def set_user_roles(user_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """PUT /users/{userId}/roles"""
    updated = _service().set_roles(caller(token_info), user_id, body["roles"], header("If-Match"))
    return write_reply(updated.body, 200, updated.etag)


def get_speaker_profile(user_id: str, token_info: dict[str, Any]) -> Response:
    """GET /users/{userId}/speaker-profile"""
    found = _service().get_profile(caller(token_info), user_id)
    return read_reply(found.body, found.etag)


def put_speaker_profile(user_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """PUT /users/{userId}/speaker-profile: 201 when created, 200 when replaced."""
    saved, created = _service().put_profile(caller(token_info), user_id, body, header("If-Match"))
    if created:
        return write_reply(saved.body, 201, saved.etag, {"Location": here()})
    return write_reply(saved.body, 200, saved.etag)


def delete_speaker_profile(user_id: str, token_info: dict[str, Any]) -> Response:
    """DELETE /users/{userId}/speaker-profile"""
    _service().delete_profile(caller(token_info), user_id)
    return deleted_reply()


def get_preferences(user_id: str, token_info: dict[str, Any]) -> Response:
    """GET /users/{userId}/preferences"""
    found = _service().get_preferences(caller(token_info), user_id)
    return read_reply(found.body, found.etag)


def update_preferences(user_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """PATCH /users/{userId}/preferences"""
    updated = _service().update_preferences(caller(token_info), user_id, body, header("If-Match"))
    return write_reply(updated.body, 200, updated.etag)


def export_personal_data(user_id: str, token_info: dict[str, Any]) -> Response:
    """GET /users/{userId}/personal-data (never cached)."""
    body = PrivacyService(database(), BASE_PATH).export(caller(token_info), user_id)
    disposition = f'attachment; filename="personal-data-{user_id}.json"'
    return text_reply(body, JSON, headers={"Content-Disposition": disposition}, cache=NO_STORE)


def erase_personal_data(user_id: str, body: dict[str, Any], token_info: dict[str, Any]) -> Response:
    """POST /users/{userId}/erasure"""
    receipt = PrivacyService(database(), BASE_PATH).erase(
        caller(token_info), user_id, body["regulation"], body.get("reason")
    )
    return write_reply(receipt)
