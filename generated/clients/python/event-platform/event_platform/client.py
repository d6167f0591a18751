"""Typed client of Event Management Platform API 1.0.0: one method per operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Literal, cast

from . import models
from ._core import NO_BODY, Paging, Request, expand
from ._transport import AsyncTransport, SyncTransport

SERVER_PATH = "/api/v1"


def _list_events_request(
    *,
    q: str | None = None,
    status: Literal["draft", "published", "cancelled", "completed"] | None = None,
    format: Literal["in_person", "virtual", "hybrid"] | None = None,
    tag: str | None = None,
    starts_after: str | None = None,
    starts_before: str | None = None,
    series_id: models.Uuid | None = None,
    parent_event_id: models.Uuid | None = None,
    top_level: bool | None = None,
    organizer_id: models.Uuid | None = None,
    updated_after: str | None = None,
    sort: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/events",
        query={
            "q": q,
            "status": status,
            "format": format,
            "tag": tag,
            "startsAfter": starts_after,
            "startsBefore": starts_before,
            "seriesId": series_id,
            "parentEventId": parent_event_id,
            "topLevel": top_level,
            "organizerId": organizer_id,
            "updatedAfter": updated_after,
            "sort": sort,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_event_request(
    *,
    body: models.EventCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/events",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_event_request(
    event_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}",
            {
                "eventId": event_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _update_event_request(
    event_id: str,
    *,
    body: models.EventUpdate,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PATCH",
        path=expand(
            SERVER_PATH + "/events/{eventId}",
            {
                "eventId": event_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _delete_event_request(
    event_id: str,
    *,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/events/{eventId}",
            {
                "eventId": event_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _publish_event_request(
    event_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/events/{eventId}/publish",
            {
                "eventId": event_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _cancel_event_request(
    event_id: str,
    *,
    body: models.EventCancel,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/events/{eventId}/cancel",
            {
                "eventId": event_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_sub_events_request(
    event_id: str,
    *,
    sort: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sub-events",
            {
                "eventId": event_id,
            },
        ),
        query={
            "sort": sort,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _get_event_statistics_request(
    event_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/statistics",
            {
                "eventId": event_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _list_attendees_request(
    event_id: str,
    *,
    q: str | None = None,
    status: Literal["confirmed", "checked_in"] | None = None,
    sort: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/attendees",
            {
                "eventId": event_id,
            },
        ),
        query={
            "q": q,
            "status": status,
            "sort": sort,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_series_request(
    *,
    body: models.EventSeriesCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/event-series",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_series_request(
    series_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/event-series/{seriesId}",
            {
                "seriesId": series_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _delete_series_request(
    series_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/event-series/{seriesId}",
            {
                "seriesId": series_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _list_registrations_request(
    *,
    event_id: models.Uuid | None = None,
    user_id: models.Uuid | None = None,
    status: Literal["pending", "confirmed", "cancelled", "checked_in"] | None = None,
    email: str | None = None,
    updated_after: str | None = None,
    sort: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/registrations",
        query={
            "eventId": event_id,
            "userId": user_id,
            "status": status,
            "email": email,
            "updatedAfter": updated_after,
            "sort": sort,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_registration_request(
    *,
    body: models.RegistrationCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/registrations",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _batch_create_registrations_request(
    *,
    body: models.BatchRegistrationRequest,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/registrations/batch",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _bulk_check_in_request(
    *,
    body: models.BulkCheckInRequest,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/registrations/bulk-check-in",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_registration_request(
    registration_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/registrations/{registrationId}",
            {
                "registrationId": registration_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _update_registration_request(
    registration_id: str,
    *,
    body: models.RegistrationUpdate,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PATCH",
        path=expand(
            SERVER_PATH + "/registrations/{registrationId}",
            {
                "registrationId": registration_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _cancel_registration_request(
    registration_id: str,
    *,
    body: models.RegistrationCancel,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/registrations/{registrationId}/cancel",
            {
                "registrationId": registration_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _check_in_registration_request(
    registration_id: str,
    *,
    body: models.CheckInRequest | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/registrations/{registrationId}/check-in",
            {
                "registrationId": registration_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=NO_BODY if body is None else body,
        content_type="application/json",
        auth=True,
    )


def _get_ticket_request(
    registration_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/registrations/{registrationId}/ticket",
            {
                "registrationId": registration_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _generate_ticket_request(
    registration_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/registrations/{registrationId}/ticket",
            {
                "registrationId": registration_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _validate_ticket_request(
    *,
    body: models.TicketValidationRequest,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/tickets/validate",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_users_request(
    *,
    q: str | None = None,
    role: models.Role | None = None,
    status: Literal["active", "suspended"] | None = None,
    email: str | None = None,
    sort: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/users",
        query={
            "q": q,
            "role": role,
            "status": status,
            "email": email,
            "sort": sort,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_user_request(
    *,
    body: models.UserCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/users",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_user_request(
    user_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/users/{userId}",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _update_user_request(
    user_id: str,
    *,
    body: models.UserUpdate,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PATCH",
        path=expand(
            SERVER_PATH + "/users/{userId}",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _delete_user_request(
    user_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/users/{userId}",
            {
                "userId": user_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _get_user_roles_request(
    user_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/users/{userId}/roles",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _set_user_roles_request(
    user_id: str,
    *,
    body: models.UserRolesUpdate,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PUT",
        path=expand(
            SERVER_PATH + "/users/{userId}/roles",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_speaker_profile_request(
    user_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/users/{userId}/speaker-profile",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _put_speaker_profile_request(
    user_id: str,
    *,
    body: models.SpeakerProfileInput,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PUT",
        path=expand(
            SERVER_PATH + "/users/{userId}/speaker-profile",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _delete_speaker_profile_request(
    user_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/users/{userId}/speaker-profile",
            {
                "userId": user_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _get_preferences_request(
    user_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/users/{userId}/preferences",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _update_preferences_request(
    user_id: str,
    *,
    body: models.PreferencesUpdate,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PATCH",
        path=expand(
            SERVER_PATH + "/users/{userId}/preferences",
            {
                "userId": user_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _export_personal_data_request(
    user_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/users/{userId}/personal-data",
            {
                "userId": user_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _erase_personal_data_request(
    user_id: str,
    *,
    body: models.ErasureRequest,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/users/{userId}/erasure",
            {
                "userId": user_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_sessions_request(
    event_id: str,
    *,
    q: str | None = None,
    status: Literal["scheduled", "cancelled", "completed"] | None = None,
    type: models.ListSessionsType | None = None,
    track: str | None = None,
    speaker_id: models.Uuid | None = None,
    sort: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions",
            {
                "eventId": event_id,
            },
        ),
        query={
            "q": q,
            "status": status,
            "type": type,
            "track": track,
            "speakerId": speaker_id,
            "sort": sort,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_session_request(
    event_id: str,
    *,
    body: models.SessionCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions",
            {
                "eventId": event_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_session_request(
    event_id: str,
    session_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _update_session_request(
    event_id: str,
    session_id: str,
    *,
    body: models.SessionUpdate,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PATCH",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _delete_session_request(
    event_id: str,
    session_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _cancel_session_request(
    event_id: str,
    session_id: str,
    *,
    body: models.SessionCancel,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/cancel",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _assign_speaker_request(
    event_id: str,
    session_id: str,
    user_id: str,
    *,
    body: models.SpeakerAssignment | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PUT",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/speakers/{userId}",
            {
                "eventId": event_id,
                "sessionId": session_id,
                "userId": user_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=NO_BODY if body is None else body,
        content_type="application/json",
        auth=True,
    )


def _remove_speaker_request(
    event_id: str,
    session_id: str,
    user_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/speakers/{userId}",
            {
                "eventId": event_id,
                "sessionId": session_id,
                "userId": user_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _get_schedule_request(
    event_id: str,
    *,
    date: str | None = None,
    track: str | None = None,
    include_cancelled: bool | None = None,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/schedule",
            {
                "eventId": event_id,
            },
        ),
        query={
            "date": date,
            "track": track,
            "includeCancelled": include_cancelled,
        },
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _list_attendance_request(
    event_id: str,
    session_id: str,
    *,
    source: Literal["badge_scan", "manual", "virtual"] | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/attendance",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        query={
            "source": source,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _record_attendance_request(
    event_id: str,
    session_id: str,
    *,
    body: models.SessionAttendanceCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/attendance",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_materials_request(
    event_id: str,
    session_id: str,
    *,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/materials",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        query={
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _add_material_request(
    event_id: str,
    session_id: str,
    *,
    body: models.SessionMaterialCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/materials",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_feedback_request(
    event_id: str,
    session_id: str,
    *,
    rating: int | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/feedback",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        query={
            "rating": rating,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _submit_feedback_request(
    event_id: str,
    session_id: str,
    *,
    body: models.SessionFeedbackCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/events/{eventId}/sessions/{sessionId}/feedback",
            {
                "eventId": event_id,
                "sessionId": session_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _list_payments_request(
    *,
    registration_id: models.Uuid | None = None,
    event_id: models.Uuid | None = None,
    user_id: models.Uuid | None = None,
    status: models.ListPaymentsStatus | None = None,
    created_after: str | None = None,
    created_before: str | None = None,
    sort: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/payments",
        query={
            "registrationId": registration_id,
            "eventId": event_id,
            "userId": user_id,
            "status": status,
            "createdAfter": created_after,
            "createdBefore": created_before,
            "sort": sort,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_payment_request(
    *,
    body: models.PaymentCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/payments",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_payment_request(
    payment_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/payments/{paymentId}",
            {
                "paymentId": payment_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_refund_request(
    payment_id: str,
    *,
    body: models.RefundCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/payments/{paymentId}/refunds",
            {
                "paymentId": payment_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_invoice_request(
    payment_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/payments/{paymentId}/invoice",
            {
                "paymentId": payment_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _get_financial_report_request(
    *,
    from_: str,
    to: str,
    currency: str,
    event_id: models.Uuid | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/reports/financial",
        query={
            "from": from_,
            "to": to,
            "currency": currency,
            "eventId": event_id,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _list_subscriptions_request(
    *,
    enabled: bool | None = None,
    event_type: models.WebhookEventType | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/webhooks",
        query={
            "enabled": enabled,
            "eventType": event_type,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _create_subscription_request(
    *,
    body: models.WebhookSubscriptionCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/webhooks",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_subscription_request(
    subscription_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/webhooks/{subscriptionId}",
            {
                "subscriptionId": subscription_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _update_subscription_request(
    subscription_id: str,
    *,
    body: models.WebhookSubscriptionUpdate,
    if_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="PATCH",
        path=expand(
            SERVER_PATH + "/webhooks/{subscriptionId}",
            {
                "subscriptionId": subscription_id,
            },
        ),
        headers={
            "If-Match": if_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _delete_subscription_request(
    subscription_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/webhooks/{subscriptionId}",
            {
                "subscriptionId": subscription_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _list_deliveries_request(
    subscription_id: str,
    *,
    status: Literal["pending", "retrying", "succeeded", "failed"] | None = None,
    event: models.WebhookEventType | None = None,
    since: str | None = None,
    page: int | None = None,
    page_size: int | None = None,
    cursor: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/webhooks/{subscriptionId}/deliveries",
            {
                "subscriptionId": subscription_id,
            },
        ),
        query={
            "status": status,
            "event": event,
            "since": since,
            "page": page,
            "pageSize": page_size,
            "cursor": cursor,
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _send_test_delivery_request(
    subscription_id: str,
    *,
    body: models.WebhookTestRequest,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/webhooks/{subscriptionId}/test",
            {
                "subscriptionId": subscription_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _create_export_request(
    *,
    body: models.ExportJobCreate,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/exports",
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_export_request(
    export_id: str,
    *,
    if_none_match: str | None = None,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/exports/{exportId}",
            {
                "exportId": export_id,
            },
        ),
        headers={
            "If-None-Match": if_none_match,
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _delete_export_request(
    export_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/exports/{exportId}",
            {
                "exportId": export_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


def _download_export_request(
    export_id: str,
    *,
    x_request_id: str | None = None,
    x_correlation_id: str | None = None,
    x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
    accept_language: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/exports/{exportId}/download",
            {
                "exportId": export_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "X-Correlation-ID": x_correlation_id,
            "X-API-Version": x_api_version,
            "Accept-Language": accept_language,
        },
        auth=True,
    )


class Client(SyncTransport):
    """Blocking client of Event Management Platform API.

    ``Client(base_url, client_id=..., client_secret=...)`` fetches tokens from
    ``/auth/token``; ``access_token=`` or ``api_key=`` pass credentials directly.
    Errors raise :mod:`.errors` exceptions; 429 answers are retried per ``retry=``.
    """

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    def list_events(
        self,
        *,
        q: str | None = None,
        status: Literal["draft", "published", "cancelled", "completed"] | None = None,
        format: Literal["in_person", "virtual", "hybrid"] | None = None,
        tag: str | None = None,
        starts_after: str | None = None,
        starts_before: str | None = None,
        series_id: models.Uuid | None = None,
        parent_event_id: models.Uuid | None = None,
        top_level: bool | None = None,
        organizer_id: models.Uuid | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventList:
        """List events

        ``events.list_events``: ``GET /api/v1/events``.
        Scopes: events.read.
        """
        request = _list_events_request(
            q=q,
            status=status,
            format=format,
            tag=tag,
            starts_after=starts_after,
            starts_before=starts_before,
            series_id=series_id,
            parent_event_id=parent_event_id,
            top_level=top_level,
            organizer_id=organizer_id,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventList", self._call(request))

    def iter_list_events_pages(
        self,
        *,
        q: str | None = None,
        status: Literal["draft", "published", "cancelled", "completed"] | None = None,
        format: Literal["in_person", "virtual", "hybrid"] | None = None,
        tag: str | None = None,
        starts_after: str | None = None,
        starts_before: str | None = None,
        series_id: models.Uuid | None = None,
        parent_event_id: models.Uuid | None = None,
        top_level: bool | None = None,
        organizer_id: models.Uuid | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.EventList]:
        """Every page of ``list_events``: List events

        ``events.list_events``: ``GET /api/v1/events``.
        Scopes: events.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_events_request(
            q=q,
            status=status,
            format=format,
            tag=tag,
            starts_after=starts_after,
            starts_before=starts_before,
            series_id=series_id,
            parent_event_id=parent_event_id,
            top_level=top_level,
            organizer_id=organizer_id,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.EventList", page)

    def create_event(
        self,
        *,
        body: models.EventCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Create an event

        ``events.create_event``: ``POST /api/v1/events``.
        Scopes: events.write.
        """
        request = _create_event_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", self._call(request))

    def get_event(
        self,
        event_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Get an event

        ``events.get_event``: ``GET /api/v1/events/{eventId}``.
        Scopes: events.read.
        """
        request = _get_event_request(
            event_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", self._call(request))

    def update_event(
        self,
        event_id: str,
        *,
        body: models.EventUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Update an event

        ``events.update_event``: ``PATCH /api/v1/events/{eventId}``.
        Scopes: events.write.
        """
        request = _update_event_request(
            event_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", self._call(request))

    def delete_event(
        self,
        event_id: str,
        *,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a draft event

        ``events.delete_event``: ``DELETE /api/v1/events/{eventId}``.
        Scopes: events.write.
        """
        request = _delete_event_request(
            event_id,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def publish_event(
        self,
        event_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Publish an event

        ``events.publish_event``: ``POST /api/v1/events/{eventId}/publish``.
        Scopes: events.write.
        """
        request = _publish_event_request(
            event_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", self._call(request))

    def cancel_event(
        self,
        event_id: str,
        *,
        body: models.EventCancel,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Cancel an event

        ``events.cancel_event``: ``POST /api/v1/events/{eventId}/cancel``.
        Scopes: events.write.
        """
        request = _cancel_event_request(
            event_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", self._call(request))

    def list_sub_events(
        self,
        event_id: str,
        *,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventList:
        """List the sub-events of an event

        ``events.list_sub_events``: ``GET /api/v1/events/{eventId}/sub-events``.
        Scopes: events.read.
        """
        request = _list_sub_events_request(
            event_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventList", self._call(request))

    def iter_list_sub_events_pages(
        self,
        event_id: str,
        *,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.EventList]:
        """Every page of ``list_sub_events``: List the sub-events of an event

        ``events.list_sub_events``: ``GET /api/v1/events/{eventId}/sub-events``.
        Scopes: events.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_sub_events_request(
            event_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.EventList", page)

    def get_event_statistics(
        self,
        event_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventStatistics:
        """Get event statistics

        ``events.get_event_statistics``: ``GET /api/v1/events/{eventId}/statistics``.
        Scopes: events.read.
        """
        request = _get_event_statistics_request(
            event_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventStatistics", self._call(request))

    def list_attendees(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["confirmed", "checked_in"] | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.AttendeeList:
        """List an event's attendees

        ``registrations.list_attendees``: ``GET /api/v1/events/{eventId}/attendees``.
        Scopes: registrations.read.
        """
        request = _list_attendees_request(
            event_id,
            q=q,
            status=status,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.AttendeeList", self._call(request))

    def iter_list_attendees_pages(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["confirmed", "checked_in"] | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.AttendeeList]:
        """Every page of ``list_attendees``: List an event's attendees

        ``registrations.list_attendees``: ``GET /api/v1/events/{eventId}/attendees``.
        Scopes: registrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_attendees_request(
            event_id,
            q=q,
            status=status,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.AttendeeList", page)

    def create_series(
        self,
        *,
        body: models.EventSeriesCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventSeries:
        """Create an event series

        ``events.create_series``: ``POST /api/v1/event-series``.
        Scopes: events.write.
        """
        request = _create_series_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventSeries", self._call(request))

    def get_series(
        self,
        series_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventSeries:
        """Get an event series

        ``events.get_series``: ``GET /api/v1/event-series/{seriesId}``.
        Scopes: events.read.
        """
        request = _get_series_request(
            series_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventSeries", self._call(request))

    def delete_series(
        self,
        series_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete an event series

        ``events.delete_series``: ``DELETE /api/v1/event-series/{seriesId}``.
        Scopes: events.write.
        """
        request = _delete_series_request(
            series_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def list_registrations(
        self,
        *,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: Literal["pending", "confirmed", "cancelled", "checked_in"] | None = None,
        email: str | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.RegistrationList:
        """List registrations

        ``registrations.list_registrations``: ``GET /api/v1/registrations``.
        Scopes: registrations.read.
        """
        request = _list_registrations_request(
            event_id=event_id,
            user_id=user_id,
            status=status,
            email=email,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.RegistrationList", self._call(request))

    def iter_list_registrations_pages(
        self,
        *,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: Literal["pending", "confirmed", "cancelled", "checked_in"] | None = None,
        email: str | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.RegistrationList]:
        """Every page of ``list_registrations``: List registrations

        ``registrations.list_registrations``: ``GET /api/v1/registrations``.
        Scopes: registrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_registrations_request(
            event_id=event_id,
            user_id=user_id,
            status=status,
            email=email,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.RegistrationList", page)

    def create_registration(
        self,
        *,
        body: models.RegistrationCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Create a registration

        ``registrations.create_registration``: ``POST /api/v1/registrations``.
        Scopes: registrations.write.
        """
        request = _create_registration_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", self._call(request))

    def batch_create_registrations(
        self,
        *,
        body: models.BatchRegistrationRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.BatchRegistrationResult:
        """Create registrations in batch

        ``registrations.batch_create_registrations``: ``POST /api/v1/registrations/batch``.
        Scopes: registrations.write.
        """
        request = _batch_create_registrations_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.BatchRegistrationResult", self._call(request))

    def bulk_check_in(
        self,
        *,
        body: models.BulkCheckInRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.BulkCheckInResult:
        """Check in many attendees

        ``registrations.bulk_check_in``: ``POST /api/v1/registrations/bulk-check-in``.
        Scopes: registrations.write.
        """
        request = _bulk_check_in_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.BulkCheckInResult", self._call(request))

    def get_registration(
        self,
        registration_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Get a registration

        ``registrations.get_registration``: ``GET /api/v1/registrations/{registrationId}``.
        Scopes: registrations.read.
        """
        request = _get_registration_request(
            registration_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", self._call(request))

    def update_registration(
        self,
        registration_id: str,
        *,
        body: models.RegistrationUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Update a registration

        ``registrations.update_registration``: ``PATCH
        /api/v1/registrations/{registrationId}``.
        Scopes: registrations.write.
        """
        request = _update_registration_request(
            registration_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", self._call(request))

    def cancel_registration(
        self,
        registration_id: str,
        *,
        body: models.RegistrationCancel,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Cancel a registration

        ``registrations.cancel_registration``: ``POST
        /api/v1/registrations/{registrationId}/cancel``.
        Scopes: registrations.write.
        """
        request = _cancel_registration_request(
            registration_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", self._call(request))

    def check_in_registration(
        self,
        registration_id: str,
        *,
        body: models.CheckInRequest | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.CheckIn:
        """Check an attendee in

        ``registrations.check_in_registration``: ``POST
        /api/v1/registrations/{registrationId}/check-in``.
        Scopes: registrations.write.
        """
        request = _check_in_registration_request(
            registration_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.CheckIn", self._call(request))

    def get_ticket(
        self,
        registration_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Ticket:
        """Get the current ticket

        ``registrations.get_ticket``: ``GET /api/v1/registrations/{registrationId}/ticket``.
        Scopes: registrations.read.
        """
        request = _get_ticket_request(
            registration_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Ticket", self._call(request))

    def generate_ticket(
        self,
        registration_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Ticket:
        """Issue a ticket

        ``registrations.generate_ticket``: ``POST
        /api/v1/registrations/{registrationId}/ticket``.
        Scopes: registrations.write.
        """
        request = _generate_ticket_request(
            registration_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Ticket", self._call(request))

    def validate_ticket(
        self,
        *,
        body: models.TicketValidationRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.TicketValidation:
        """Validate a ticket

        ``registrations.validate_ticket``: ``POST /api/v1/tickets/validate``.
        Scopes: registrations.read.
        """
        request = _validate_ticket_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.TicketValidation", self._call(request))

    def list_users(
        self,
        *,
        q: str | None = None,
        role: models.Role | None = None,
        status: Literal["active", "suspended"] | None = None,
        email: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.UserList:
        """List users

        ``users.list_users``: ``GET /api/v1/users``.
        Scopes: users.read.
        """
        request = _list_users_request(
            q=q,
            role=role,
            status=status,
            email=email,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.UserList", self._call(request))

    def iter_list_users_pages(
        self,
        *,
        q: str | None = None,
        role: models.Role | None = None,
        status: Literal["active", "suspended"] | None = None,
        email: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.UserList]:
        """Every page of ``list_users``: List users

        ``users.list_users``: ``GET /api/v1/users``.
        Scopes: users.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_users_request(
            q=q,
            role=role,
            status=status,
            email=email,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.UserList", page)

    def create_user(
        self,
        *,
        body: models.UserCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.User:
        """Create a user

        ``users.create_user``: ``POST /api/v1/users``.
        Scopes: users.write.
        """
        request = _create_user_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.User", self._call(request))

    def get_user(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.User:
        """Get a user

        ``users.get_user``: ``GET /api/v1/users/{userId}``.
        Scopes: users.read.
        """
        request = _get_user_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.User", self._call(request))

    def update_user(
        self,
        user_id: str,
        *,
        body: models.UserUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.User:
        """Update a user

        ``users.update_user``: ``PATCH /api/v1/users/{userId}``.
        Scopes: users.write.
        """
        request = _update_user_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.User", self._call(request))

    def delete_user(
        self,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a user

        ``users.delete_user``: ``DELETE /api/v1/users/{userId}``.
        Scopes: users.write.
        """
        request = _delete_user_request(
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def get_user_roles(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.UserRoles:
        """Get a user's roles and permissions

        ``users.get_user_roles``: ``GET /api/v1/users/{userId}/roles``.
        Scopes: users.read.
        """
        request = _get_user_roles_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.UserRoles", self._call(request))

    def set_user_roles(
        self,
        user_id: str,
        *,
        body: models.UserRolesUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.UserRoles:
        """Set a user's roles

        ``users.set_user_roles``: ``PUT /api/v1/users/{userId}/roles``.
        Scopes: users.write.
        """
        request = _set_user_roles_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.UserRoles", self._call(request))

    def get_speaker_profile(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SpeakerProfile:
        """Get a speaker profile

        ``users.get_speaker_profile``: ``GET /api/v1/users/{userId}/speaker-profile``.
        Scopes: users.read.
        """
        request = _get_speaker_profile_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SpeakerProfile", self._call(request))

    def put_speaker_profile(
        self,
        user_id: str,
        *,
        body: models.SpeakerProfileInput,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SpeakerProfile:
        """Create or replace a speaker profile

        ``users.put_speaker_profile``: ``PUT /api/v1/users/{userId}/speaker-profile``.
        Scopes: users.write.
        """
        request = _put_speaker_profile_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SpeakerProfile", self._call(request))

    def delete_speaker_profile(
        self,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a speaker profile

        ``users.delete_speaker_profile``: ``DELETE /api/v1/users/{userId}/speaker-profile``.
        Scopes: users.write.
        """
        request = _delete_speaker_profile_request(
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def get_preferences(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Preferences:
        """Get preferences

        ``users.get_preferences``: ``GET /api/v1/users/{userId}/preferences``.
        Scopes: users.read.
        """
        request = _get_preferences_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Preferences", self._call(request))

    def update_preferences(
        self,
        user_id: str,
        *,
        body: models.PreferencesUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Preferences:
        """Update preferences

        ``users.update_preferences``: ``PATCH /api/v1/users/{userId}/preferences``.
        Scopes: users.write.
        """
        request = _update_preferences_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Preferences", self._call(request))

    def export_personal_data(
        self,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.PersonalDataExport:
        """Export a user's personal data

        ``users.export_personal_data``: ``GET /api/v1/users/{userId}/personal-data``.
        Scopes: users.privacy.
        """
        request = _export_personal_data_request(
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.PersonalDataExport", self._call(request))

    def erase_personal_data(
        self,
        user_id: str,
        *,
        body: models.ErasureRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.ErasureReceipt:
        """Erase a user's personal data

        ``users.erase_personal_data``: ``POST /api/v1/users/{userId}/erasure``.
        Scopes: users.privacy.
        """
        request = _erase_personal_data_request(
            user_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.ErasureReceipt", self._call(request))

    def list_sessions(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["scheduled", "cancelled", "completed"] | None = None,
        type: models.ListSessionsType | None = None,
        track: str | None = None,
        speaker_id: models.Uuid | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionList:
        """List an event's sessions

        ``sessions.list_sessions``: ``GET /api/v1/events/{eventId}/sessions``.
        Scopes: sessions.read.
        """
        request = _list_sessions_request(
            event_id,
            q=q,
            status=status,
            type=type,
            track=track,
            speaker_id=speaker_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionList", self._call(request))

    def iter_list_sessions_pages(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["scheduled", "cancelled", "completed"] | None = None,
        type: models.ListSessionsType | None = None,
        track: str | None = None,
        speaker_id: models.Uuid | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.SessionList]:
        """Every page of ``list_sessions``: List an event's sessions

        ``sessions.list_sessions``: ``GET /api/v1/events/{eventId}/sessions``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_sessions_request(
            event_id,
            q=q,
            status=status,
            type=type,
            track=track,
            speaker_id=speaker_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionList", page)

    def create_session(
        self,
        event_id: str,
        *,
        body: models.SessionCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Create a session

        ``sessions.create_session``: ``POST /api/v1/events/{eventId}/sessions``.
        Scopes: sessions.write.
        """
        request = _create_session_request(
            event_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", self._call(request))

    def get_session(
        self,
        event_id: str,
        session_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Get a session

        ``sessions.get_session``: ``GET /api/v1/events/{eventId}/sessions/{sessionId}``.
        Scopes: sessions.read.
        """
        request = _get_session_request(
            event_id,
            session_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", self._call(request))

    def update_session(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Update or reschedule a session

        ``sessions.update_session``: ``PATCH
        /api/v1/events/{eventId}/sessions/{sessionId}``.
        Scopes: sessions.write.
        """
        request = _update_session_request(
            event_id,
            session_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", self._call(request))

    def delete_session(
        self,
        event_id: str,
        session_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a session

        ``sessions.delete_session``: ``DELETE
        /api/v1/events/{eventId}/sessions/{sessionId}``.
        Scopes: sessions.write.
        """
        request = _delete_session_request(
            event_id,
            session_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def cancel_session(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionCancel,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Cancel a session

        ``sessions.cancel_session``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/cancel``.
        Scopes: sessions.write.
        """
        request = _cancel_session_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", self._call(request))

    def assign_speaker(
        self,
        event_id: str,
        session_id: str,
        user_id: str,
        *,
        body: models.SpeakerAssignment | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Assign a speaker

        ``sessions.assign_speaker``: ``PUT
        /api/v1/events/{eventId}/sessions/{sessionId}/speakers/{userId}``.
        Scopes: sessions.write.
        """
        request = _assign_speaker_request(
            event_id,
            session_id,
            user_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", self._call(request))

    def remove_speaker(
        self,
        event_id: str,
        session_id: str,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Remove a speaker

        ``sessions.remove_speaker``: ``DELETE
        /api/v1/events/{eventId}/sessions/{sessionId}/speakers/{userId}``.
        Scopes: sessions.write.
        """
        request = _remove_speaker_request(
            event_id,
            session_id,
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def get_schedule(
        self,
        event_id: str,
        *,
        date: str | None = None,
        track: str | None = None,
        include_cancelled: bool | None = None,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Schedule:
        """Get an event's schedule

        ``sessions.get_schedule``: ``GET /api/v1/events/{eventId}/schedule``.
        Scopes: sessions.read.
        """
        request = _get_schedule_request(
            event_id,
            date=date,
            track=track,
            include_cancelled=include_cancelled,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Schedule", self._call(request))

    def list_attendance(
        self,
        event_id: str,
        session_id: str,
        *,
        source: Literal["badge_scan", "manual", "virtual"] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionAttendanceList:
        """List session attendance

        ``sessions.list_attendance``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/attendance``.
        Scopes: sessions.read.
        """
        request = _list_attendance_request(
            event_id,
            session_id,
            source=source,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionAttendanceList", self._call(request))

    def iter_list_attendance_pages(
        self,
        event_id: str,
        session_id: str,
        *,
        source: Literal["badge_scan", "manual", "virtual"] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.SessionAttendanceList]:
        """Every page of ``list_attendance``: List session attendance

        ``sessions.list_attendance``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/attendance``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_attendance_request(
            event_id,
            session_id,
            source=source,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionAttendanceList", page)

    def record_attendance(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionAttendanceCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionAttendance:
        """Record attendance

        ``sessions.record_attendance``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/attendance``.
        Scopes: sessions.write.
        """
        request = _record_attendance_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionAttendance", self._call(request))

    def list_materials(
        self,
        event_id: str,
        session_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionMaterialList:
        """List session materials

        ``sessions.list_materials``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/materials``.
        Scopes: sessions.read.
        """
        request = _list_materials_request(
            event_id,
            session_id,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionMaterialList", self._call(request))

    def iter_list_materials_pages(
        self,
        event_id: str,
        session_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.SessionMaterialList]:
        """Every page of ``list_materials``: List session materials

        ``sessions.list_materials``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/materials``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_materials_request(
            event_id,
            session_id,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionMaterialList", page)

    def add_material(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionMaterialCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionMaterial:
        """Add a session material

        ``sessions.add_material``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/materials``.
        Scopes: sessions.write.
        """
        request = _add_material_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionMaterial", self._call(request))

    def list_feedback(
        self,
        event_id: str,
        session_id: str,
        *,
        rating: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionFeedbackList:
        """List session feedback

        ``sessions.list_feedback``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/feedback``.
        Scopes: sessions.read.
        """
        request = _list_feedback_request(
            event_id,
            session_id,
            rating=rating,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionFeedbackList", self._call(request))

    def iter_list_feedback_pages(
        self,
        event_id: str,
        session_id: str,
        *,
        rating: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.SessionFeedbackList]:
        """Every page of ``list_feedback``: List session feedback

        ``sessions.list_feedback``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/feedback``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_feedback_request(
            event_id,
            session_id,
            rating=rating,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionFeedbackList", page)

    def submit_feedback(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionFeedbackCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionFeedback:
        """Submit session feedback

        ``sessions.submit_feedback``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/feedback``.
        Scopes: sessions.write.
        """
        request = _submit_feedback_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionFeedback", self._call(request))

    def list_payments(
        self,
        *,
        registration_id: models.Uuid | None = None,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: models.ListPaymentsStatus | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.PaymentList:
        """List payments (transaction history)

        ``payments.list_payments``: ``GET /api/v1/payments``.
        Scopes: payments.read.
        """
        request = _list_payments_request(
            registration_id=registration_id,
            event_id=event_id,
            user_id=user_id,
            status=status,
            created_after=created_after,
            created_before=created_before,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.PaymentList", self._call(request))

    def iter_list_payments_pages(
        self,
        *,
        registration_id: models.Uuid | None = None,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: models.ListPaymentsStatus | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.PaymentList]:
        """Every page of ``list_payments``: List payments (transaction history)

        ``payments.list_payments``: ``GET /api/v1/payments``.
        Scopes: payments.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_payments_request(
            registration_id=registration_id,
            event_id=event_id,
            user_id=user_id,
            status=status,
            created_after=created_after,
            created_before=created_before,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.PaymentList", page)

    def create_payment(
        self,
        *,
        body: models.PaymentCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Payment:
        """Pay a registration

        ``payments.create_payment``: ``POST /api/v1/payments``.
        Scopes: payments.write.
        """
        request = _create_payment_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Payment", self._call(request))

    def get_payment(
        self,
        payment_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Payment:
        """Get a payment

        ``payments.get_payment``: ``GET /api/v1/payments/{paymentId}``.
        Scopes: payments.read.
        """
        request = _get_payment_request(
            payment_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Payment", self._call(request))

    def create_refund(
        self,
        payment_id: str,
        *,
        body: models.RefundCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Refund:
        """Refund a payment

        ``payments.create_refund``: ``POST /api/v1/payments/{paymentId}/refunds``.
        Scopes: payments.write.
        """
        request = _create_refund_request(
            payment_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Refund", self._call(request))

    def get_invoice(
        self,
        payment_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Invoice:
        """Get a payment's invoice

        ``payments.get_invoice``: ``GET /api/v1/payments/{paymentId}/invoice``.
        Scopes: payments.read.
        """
        request = _get_invoice_request(
            payment_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Invoice", self._call(request))

    def get_financial_report(
        self,
        *,
        from_: str,
        to: str,
        currency: str,
        event_id: models.Uuid | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.FinancialReport:
        """Get a financial report

        ``payments.get_financial_report``: ``GET /api/v1/reports/financial``.
        Scopes: payments.read.
        """
        request = _get_financial_report_request(
            from_=from_,
            to=to,
            currency=currency,
            event_id=event_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.FinancialReport", self._call(request))

    def list_subscriptions(
        self,
        *,
        enabled: bool | None = None,
        event_type: models.WebhookEventType | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscriptionList:
        """List webhook subscriptions

        ``webhooks.list_subscriptions``: ``GET /api/v1/webhooks``.
        Scopes: webhooks.read.
        """
        request = _list_subscriptions_request(
            enabled=enabled,
            event_type=event_type,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscriptionList", self._call(request))

    def iter_list_subscriptions_pages(
        self,
        *,
        enabled: bool | None = None,
        event_type: models.WebhookEventType | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.WebhookSubscriptionList]:
        """Every page of ``list_subscriptions``: List webhook subscriptions

        ``webhooks.list_subscriptions``: ``GET /api/v1/webhooks``.
        Scopes: webhooks.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_subscriptions_request(
            enabled=enabled,
            event_type=event_type,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookSubscriptionList", page)

    def create_subscription(
        self,
        *,
        body: models.WebhookSubscriptionCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscriptionCreated:
        """Create a webhook subscription

        ``webhooks.create_subscription``: ``POST /api/v1/webhooks``.
        Scopes: webhooks.write.
        """
        request = _create_subscription_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscriptionCreated", self._call(request))

    def get_subscription(
        self,
        subscription_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscription:
        """Get a webhook subscription

        ``webhooks.get_subscription``: ``GET /api/v1/webhooks/{subscriptionId}``.
        Scopes: webhooks.read.
        """
        request = _get_subscription_request(
            subscription_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscription", self._call(request))

    def update_subscription(
        self,
        subscription_id: str,
        *,
        body: models.WebhookSubscriptionUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscription:
        """Update, enable or disable a webhook subscription

        ``webhooks.update_subscription``: ``PATCH /api/v1/webhooks/{subscriptionId}``.
        Scopes: webhooks.write.
        """
        request = _update_subscription_request(
            subscription_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscription", self._call(request))

    def delete_subscription(
        self,
        subscription_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a webhook subscription

        ``webhooks.delete_subscription``: ``DELETE /api/v1/webhooks/{subscriptionId}``.
        Scopes: webhooks.write.
        """
        request = _delete_subscription_request(
            subscription_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def list_deliveries(
        self,
        subscription_id: str,
        *,
        status: Literal["pending", "retrying", "succeeded", "failed"] | None = None,
        event: models.WebhookEventType | None = None,
        since: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookDeliveryList:
        """List deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET /api/v1/webhooks/{subscriptionId}/deliveries``.
        Scopes: webhooks.read.
        """
        request = _list_deliveries_request(
            subscription_id,
            status=status,
            event=event,
            since=since,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookDeliveryList", self._call(request))

    def iter_list_deliveries_pages(
        self,
        subscription_id: str,
        *,
        status: Literal["pending", "retrying", "succeeded", "failed"] | None = None,
        event: models.WebhookEventType | None = None,
        since: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> Iterator[models.WebhookDeliveryList]:
        """Every page of ``list_deliveries``: List deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET /api/v1/webhooks/{subscriptionId}/deliveries``.
        Scopes: webhooks.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_deliveries_request(
            subscription_id,
            status=status,
            event=event,
            since=since,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookDeliveryList", page)

    def send_test_delivery(
        self,
        subscription_id: str,
        *,
        body: models.WebhookTestRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookDelivery:
        """Send a test delivery

        ``webhooks.send_test_delivery``: ``POST /api/v1/webhooks/{subscriptionId}/test``.
        Scopes: webhooks.write.
        """
        request = _send_test_delivery_request(
            subscription_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookDelivery", self._call(request))

    def create_export(
        self,
        *,
        body: models.ExportJobCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.ExportJob:
        """Request a batch export

        ``exports.create_export``: ``POST /api/v1/exports``.
        Scopes: exports.write.
        """
        request = _create_export_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.ExportJob", self._call(request))

    def get_export(
        self,
        export_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.ExportJob:
        """Get an export job

        ``exports.get_export``: ``GET /api/v1/exports/{exportId}``.
        Scopes: exports.read.
        """
        request = _get_export_request(
            export_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.ExportJob", self._call(request))

    def delete_export(
        self,
        export_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete an export job

        ``exports.delete_export``: ``DELETE /api/v1/exports/{exportId}``.
        Scopes: exports.write.
        """
        request = _delete_export_request(
            export_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        self._call(request)

    def download_export(
        self,
        export_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> str:
        """Download an export's file

        ``exports.download_export``: ``GET /api/v1/exports/{exportId}/download``.
        Scopes: exports.read.
        """
        request = _download_export_request(
            export_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("str", self._call(request))


class AsyncClient(AsyncTransport):
    """Non-blocking client of Event Management Platform API; see :class:`Client`."""

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    async def list_events(
        self,
        *,
        q: str | None = None,
        status: Literal["draft", "published", "cancelled", "completed"] | None = None,
        format: Literal["in_person", "virtual", "hybrid"] | None = None,
        tag: str | None = None,
        starts_after: str | None = None,
        starts_before: str | None = None,
        series_id: models.Uuid | None = None,
        parent_event_id: models.Uuid | None = None,
        top_level: bool | None = None,
        organizer_id: models.Uuid | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventList:
        """List events

        ``events.list_events``: ``GET /api/v1/events``.
        Scopes: events.read.
        """
        request = _list_events_request(
            q=q,
            status=status,
            format=format,
            tag=tag,
            starts_after=starts_after,
            starts_before=starts_before,
            series_id=series_id,
            parent_event_id=parent_event_id,
            top_level=top_level,
            organizer_id=organizer_id,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventList", await self._call(request))

    async def iter_list_events_pages(
        self,
        *,
        q: str | None = None,
        status: Literal["draft", "published", "cancelled", "completed"] | None = None,
        format: Literal["in_person", "virtual", "hybrid"] | None = None,
        tag: str | None = None,
        starts_after: str | None = None,
        starts_before: str | None = None,
        series_id: models.Uuid | None = None,
        parent_event_id: models.Uuid | None = None,
        top_level: bool | None = None,
        organizer_id: models.Uuid | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.EventList]:
        """Every page of ``list_events``: List events

        ``events.list_events``: ``GET /api/v1/events``.
        Scopes: events.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_events_request(
            q=q,
            status=status,
            format=format,
            tag=tag,
            starts_after=starts_after,
            starts_before=starts_before,
            series_id=series_id,
            parent_event_id=parent_event_id,
            top_level=top_level,
            organizer_id=organizer_id,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.EventList", page)

    async def create_event(
        self,
        *,
        body: models.EventCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Create an event

        ``events.create_event``: ``POST /api/v1/events``.
        Scopes: events.write.
        """
        request = _create_event_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", await self._call(request))

    async def get_event(
        self,
        event_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Get an event

        ``events.get_event``: ``GET /api/v1/events/{eventId}``.
        Scopes: events.read.
        """
        request = _get_event_request(
            event_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", await self._call(request))

    async def update_event(
        self,
        event_id: str,
        *,
        body: models.EventUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Update an event

        ``events.update_event``: ``PATCH /api/v1/events/{eventId}``.
        Scopes: events.write.
        """
        request = _update_event_request(
            event_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", await self._call(request))

    async def delete_event(
        self,
        event_id: str,
        *,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a draft event

        ``events.delete_event``: ``DELETE /api/v1/events/{eventId}``.
        Scopes: events.write.
        """
        request = _delete_event_request(
            event_id,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def publish_event(
        self,
        event_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Publish an event

        ``events.publish_event``: ``POST /api/v1/events/{eventId}/publish``.
        Scopes: events.write.
        """
        request = _publish_event_request(
            event_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", await self._call(request))

    async def cancel_event(
        self,
        event_id: str,
        *,
        body: models.EventCancel,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Event:
        """Cancel an event

        ``events.cancel_event``: ``POST /api/v1/events/{eventId}/cancel``.
        Scopes: events.write.
        """
        request = _cancel_event_request(
            event_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Event", await self._call(request))

    async def list_sub_events(
        self,
        event_id: str,
        *,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventList:
        """List the sub-events of an event

        ``events.list_sub_events``: ``GET /api/v1/events/{eventId}/sub-events``.
        Scopes: events.read.
        """
        request = _list_sub_events_request(
            event_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventList", await self._call(request))

    async def iter_list_sub_events_pages(
        self,
        event_id: str,
        *,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.EventList]:
        """Every page of ``list_sub_events``: List the sub-events of an event

        ``events.list_sub_events``: ``GET /api/v1/events/{eventId}/sub-events``.
        Scopes: events.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_sub_events_request(
            event_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.EventList", page)

    async def get_event_statistics(
        self,
        event_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventStatistics:
        """Get event statistics

        ``events.get_event_statistics``: ``GET /api/v1/events/{eventId}/statistics``.
        Scopes: events.read.
        """
        request = _get_event_statistics_request(
            event_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventStatistics", await self._call(request))

    async def list_attendees(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["confirmed", "checked_in"] | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.AttendeeList:
        """List an event's attendees

        ``registrations.list_attendees``: ``GET /api/v1/events/{eventId}/attendees``.
        Scopes: registrations.read.
        """
        request = _list_attendees_request(
            event_id,
            q=q,
            status=status,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.AttendeeList", await self._call(request))

    async def iter_list_attendees_pages(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["confirmed", "checked_in"] | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.AttendeeList]:
        """Every page of ``list_attendees``: List an event's attendees

        ``registrations.list_attendees``: ``GET /api/v1/events/{eventId}/attendees``.
        Scopes: registrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_attendees_request(
            event_id,
            q=q,
            status=status,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.AttendeeList", page)

    async def create_series(
        self,
        *,
        body: models.EventSeriesCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventSeries:
        """Create an event series

        ``events.create_series``: ``POST /api/v1/event-series``.
        Scopes: events.write.
        """
        request = _create_series_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventSeries", await self._call(request))

    async def get_series(
        self,
        series_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.EventSeries:
        """Get an event series

        ``events.get_series``: ``GET /api/v1/event-series/{seriesId}``.
        Scopes: events.read.
        """
        request = _get_series_request(
            series_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.EventSeries", await self._call(request))

    async def delete_series(
        self,
        series_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete an event series

        ``events.delete_series``: ``DELETE /api/v1/event-series/{seriesId}``.
        Scopes: events.write.
        """
        request = _delete_series_request(
            series_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def list_registrations(
        self,
        *,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: Literal["pending", "confirmed", "cancelled", "checked_in"] | None = None,
        email: str | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.RegistrationList:
        """List registrations

        ``registrations.list_registrations``: ``GET /api/v1/registrations``.
        Scopes: registrations.read.
        """
        request = _list_registrations_request(
            event_id=event_id,
            user_id=user_id,
            status=status,
            email=email,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.RegistrationList", await self._call(request))

    async def iter_list_registrations_pages(
        self,
        *,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: Literal["pending", "confirmed", "cancelled", "checked_in"] | None = None,
        email: str | None = None,
        updated_after: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.RegistrationList]:
        """Every page of ``list_registrations``: List registrations

        ``registrations.list_registrations``: ``GET /api/v1/registrations``.
        Scopes: registrations.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_registrations_request(
            event_id=event_id,
            user_id=user_id,
            status=status,
            email=email,
            updated_after=updated_after,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.RegistrationList", page)

    async def create_registration(
        self,
        *,
        body: models.RegistrationCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Create a registration

        ``registrations.create_registration``: ``POST /api/v1/registrations``.
        Scopes: registrations.write.
        """
        request = _create_registration_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", await self._call(request))

    async def batch_create_registrations(
        self,
        *,
        body: models.BatchRegistrationRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.BatchRegistrationResult:
        """Create registrations in batch

        ``registrations.batch_create_registrations``: ``POST /api/v1/registrations/batch``.
        Scopes: registrations.write.
        """
        request = _batch_create_registrations_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.BatchRegistrationResult", await self._call(request))

    async def bulk_check_in(
        self,
        *,
        body: models.BulkCheckInRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.BulkCheckInResult:
        """Check in many attendees

        ``registrations.bulk_check_in``: ``POST /api/v1/registrations/bulk-check-in``.
        Scopes: registrations.write.
        """
        request = _bulk_check_in_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.BulkCheckInResult", await self._call(request))

    async def get_registration(
        self,
        registration_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Get a registration

        ``registrations.get_registration``: ``GET /api/v1/registrations/{registrationId}``.
        Scopes: registrations.read.
        """
        request = _get_registration_request(
            registration_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", await self._call(request))

    async def update_registration(
        self,
        registration_id: str,
        *,
        body: models.RegistrationUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Update a registration

        ``registrations.update_registration``: ``PATCH
        /api/v1/registrations/{registrationId}``.
        Scopes: registrations.write.
        """
        request = _update_registration_request(
            registration_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", await self._call(request))

    async def cancel_registration(
        self,
        registration_id: str,
        *,
        body: models.RegistrationCancel,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Registration:
        """Cancel a registration

        ``registrations.cancel_registration``: ``POST
        /api/v1/registrations/{registrationId}/cancel``.
        Scopes: registrations.write.
        """
        request = _cancel_registration_request(
            registration_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Registration", await self._call(request))

    async def check_in_registration(
        self,
        registration_id: str,
        *,
        body: models.CheckInRequest | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.CheckIn:
        """Check an attendee in

        ``registrations.check_in_registration``: ``POST
        /api/v1/registrations/{registrationId}/check-in``.
        Scopes: registrations.write.
        """
        request = _check_in_registration_request(
            registration_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.CheckIn", await self._call(request))

    async def get_ticket(
        self,
        registration_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Ticket:
        """Get the current ticket

        ``registrations.get_ticket``: ``GET /api/v1/registrations/{registrationId}/ticket``.
        Scopes: registrations.read.
        """
        request = _get_ticket_request(
            registration_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Ticket", await self._call(request))

    async def generate_ticket(
        self,
        registration_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Ticket:
        """Issue a ticket

        ``registrations.generate_ticket``: ``POST
        /api/v1/registrations/{registrationId}/ticket``.
        Scopes: registrations.write.
        """
        request = _generate_ticket_request(
            registration_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Ticket", await self._call(request))

    async def validate_ticket(
        self,
        *,
        body: models.TicketValidationRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.TicketValidation:
        """Validate a ticket

        ``registrations.validate_ticket``: ``POST /api/v1/tickets/validate``.
        Scopes: registrations.read.
        """
        request = _validate_ticket_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.TicketValidation", await self._call(request))

    async def list_users(
        self,
        *,
        q: str | None = None,
        role: models.Role | None = None,
        status: Literal["active", "suspended"] | None = None,
        email: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.UserList:
        """List users

        ``users.list_users``: ``GET /api/v1/users``.
        Scopes: users.read.
        """
        request = _list_users_request(
            q=q,
            role=role,
            status=status,
            email=email,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.UserList", await self._call(request))

    async def iter_list_users_pages(
        self,
        *,
        q: str | None = None,
        role: models.Role | None = None,
        status: Literal["active", "suspended"] | None = None,
        email: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.UserList]:
        """Every page of ``list_users``: List users

        ``users.list_users``: ``GET /api/v1/users``.
        Scopes: users.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_users_request(
            q=q,
            role=role,
            status=status,
            email=email,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.UserList", page)

    async def create_user(
        self,
        *,
        body: models.UserCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.User:
        """Create a user

        ``users.create_user``: ``POST /api/v1/users``.
        Scopes: users.write.
        """
        request = _create_user_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.User", await self._call(request))

    async def get_user(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.User:
        """Get a user

        ``users.get_user``: ``GET /api/v1/users/{userId}``.
        Scopes: users.read.
        """
        request = _get_user_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.User", await self._call(request))

    async def update_user(
        self,
        user_id: str,
        *,
        body: models.UserUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.User:
        """Update a user

        ``users.update_user``: ``PATCH /api/v1/users/{userId}``.
        Scopes: users.write.
        """
        request = _update_user_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.User", await self._call(request))

    async def delete_user(
        self,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a user

        ``users.delete_user``: ``DELETE /api/v1/users/{userId}``.
        Scopes: users.write.
        """
        request = _delete_user_request(
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def get_user_roles(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.UserRoles:
        """Get a user's roles and permissions

        ``users.get_user_roles``: ``GET /api/v1/users/{userId}/roles``.
        Scopes: users.read.
        """
        request = _get_user_roles_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.UserRoles", await self._call(request))

    async def set_user_roles(
        self,
        user_id: str,
        *,
        body: models.UserRolesUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.UserRoles:
        """Set a user's roles

        ``users.set_user_roles``: ``PUT /api/v1/users/{userId}/roles``.
        Scopes: users.write.
        """
        request = _set_user_roles_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.UserRoles", await self._call(request))

    async def get_speaker_profile(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SpeakerProfile:
        """Get a speaker profile

        ``users.get_speaker_profile``: ``GET /api/v1/users/{userId}/speaker-profile``.
        Scopes: users.read.
        """
        request = _get_speaker_profile_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SpeakerProfile", await self._call(request))

    async def put_speaker_profile(
        self,
        user_id: str,
        *,
        body: models.SpeakerProfileInput,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SpeakerProfile:
        """Create or replace a speaker profile

        ``users.put_speaker_profile``: ``PUT /api/v1/users/{userId}/speaker-profile``.
        Scopes: users.write.
        """
        request = _put_speaker_profile_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SpeakerProfile", await self._call(request))

    async def delete_speaker_profile(
        self,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a speaker profile

        ``users.delete_speaker_profile``: ``DELETE /api/v1/users/{userId}/speaker-profile``.
        Scopes: users.write.
        """
        request = _delete_speaker_profile_request(
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def get_preferences(
        self,
        user_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Preferences:
        """Get preferences

        ``users.get_preferences``: ``GET /api/v1/users/{userId}/preferences``.
        Scopes: users.read.
        """
        request = _get_preferences_request(
            user_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Preferences", await self._call(request))

    async def update_preferences(
        self,
        user_id: str,
        *,
        body: models.PreferencesUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Preferences:
        """Update preferences

        ``users.update_preferences``: ``PATCH /api/v1/users/{userId}/preferences``.
        Scopes: users.write.
        """
        request = _update_preferences_request(
            user_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Preferences", await self._call(request))

    async def export_personal_data(
        self,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.PersonalDataExport:
        """Export a user's personal data

        ``users.export_personal_data``: ``GET /api/v1/users/{userId}/personal-data``.
        Scopes: users.privacy.
        """
        request = _export_personal_data_request(
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.PersonalDataExport", await self._call(request))

    async def erase_personal_data(
        self,
        user_id: str,
        *,
        body: models.ErasureRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.ErasureReceipt:
        """Erase a user's personal data

        ``users.erase_personal_data``: ``POST /api/v1/users/{userId}/erasure``.
        Scopes: users.privacy.
        """
        request = _erase_personal_data_request(
            user_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.ErasureReceipt", await self._call(request))

    async def list_sessions(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["scheduled", "cancelled", "completed"] | None = None,
        type: models.ListSessionsType | None = None,
        track: str | None = None,
        speaker_id: models.Uuid | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionList:
        """List an event's sessions

        ``sessions.list_sessions``: ``GET /api/v1/events/{eventId}/sessions``.
        Scopes: sessions.read.
        """
        request = _list_sessions_request(
            event_id,
            q=q,
            status=status,
            type=type,
            track=track,
            speaker_id=speaker_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionList", await self._call(request))

    async def iter_list_sessions_pages(
        self,
        event_id: str,
        *,
        q: str | None = None,
        status: Literal["scheduled", "cancelled", "completed"] | None = None,
        type: models.ListSessionsType | None = None,
        track: str | None = None,
        speaker_id: models.Uuid | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.SessionList]:
        """Every page of ``list_sessions``: List an event's sessions

        ``sessions.list_sessions``: ``GET /api/v1/events/{eventId}/sessions``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_sessions_request(
            event_id,
            q=q,
            status=status,
            type=type,
            track=track,
            speaker_id=speaker_id,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionList", page)

    async def create_session(
        self,
        event_id: str,
        *,
        body: models.SessionCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Create a session

        ``sessions.create_session``: ``POST /api/v1/events/{eventId}/sessions``.
        Scopes: sessions.write.
        """
        request = _create_session_request(
            event_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", await self._call(request))

    async def get_session(
        self,
        event_id: str,
        session_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Get a session

        ``sessions.get_session``: ``GET /api/v1/events/{eventId}/sessions/{sessionId}``.
        Scopes: sessions.read.
        """
        request = _get_session_request(
            event_id,
            session_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", await self._call(request))

    async def update_session(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Update or reschedule a session

        ``sessions.update_session``: ``PATCH
        /api/v1/events/{eventId}/sessions/{sessionId}``.
        Scopes: sessions.write.
        """
        request = _update_session_request(
            event_id,
            session_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", await self._call(request))

    async def delete_session(
        self,
        event_id: str,
        session_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a session

        ``sessions.delete_session``: ``DELETE
        /api/v1/events/{eventId}/sessions/{sessionId}``.
        Scopes: sessions.write.
        """
        request = _delete_session_request(
            event_id,
            session_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def cancel_session(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionCancel,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Cancel a session

        ``sessions.cancel_session``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/cancel``.
        Scopes: sessions.write.
        """
        request = _cancel_session_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", await self._call(request))

    async def assign_speaker(
        self,
        event_id: str,
        session_id: str,
        user_id: str,
        *,
        body: models.SpeakerAssignment | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Session:
        """Assign a speaker

        ``sessions.assign_speaker``: ``PUT
        /api/v1/events/{eventId}/sessions/{sessionId}/speakers/{userId}``.
        Scopes: sessions.write.
        """
        request = _assign_speaker_request(
            event_id,
            session_id,
            user_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Session", await self._call(request))

    async def remove_speaker(
        self,
        event_id: str,
        session_id: str,
        user_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Remove a speaker

        ``sessions.remove_speaker``: ``DELETE
        /api/v1/events/{eventId}/sessions/{sessionId}/speakers/{userId}``.
        Scopes: sessions.write.
        """
        request = _remove_speaker_request(
            event_id,
            session_id,
            user_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def get_schedule(
        self,
        event_id: str,
        *,
        date: str | None = None,
        track: str | None = None,
        include_cancelled: bool | None = None,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Schedule:
        """Get an event's schedule

        ``sessions.get_schedule``: ``GET /api/v1/events/{eventId}/schedule``.
        Scopes: sessions.read.
        """
        request = _get_schedule_request(
            event_id,
            date=date,
            track=track,
            include_cancelled=include_cancelled,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Schedule", await self._call(request))

    async def list_attendance(
        self,
        event_id: str,
        session_id: str,
        *,
        source: Literal["badge_scan", "manual", "virtual"] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionAttendanceList:
        """List session attendance

        ``sessions.list_attendance``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/attendance``.
        Scopes: sessions.read.
        """
        request = _list_attendance_request(
            event_id,
            session_id,
            source=source,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionAttendanceList", await self._call(request))

    async def iter_list_attendance_pages(
        self,
        event_id: str,
        session_id: str,
        *,
        source: Literal["badge_scan", "manual", "virtual"] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.SessionAttendanceList]:
        """Every page of ``list_attendance``: List session attendance

        ``sessions.list_attendance``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/attendance``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_attendance_request(
            event_id,
            session_id,
            source=source,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionAttendanceList", page)

    async def record_attendance(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionAttendanceCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionAttendance:
        """Record attendance

        ``sessions.record_attendance``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/attendance``.
        Scopes: sessions.write.
        """
        request = _record_attendance_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionAttendance", await self._call(request))

    async def list_materials(
        self,
        event_id: str,
        session_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionMaterialList:
        """List session materials

        ``sessions.list_materials``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/materials``.
        Scopes: sessions.read.
        """
        request = _list_materials_request(
            event_id,
            session_id,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionMaterialList", await self._call(request))

    async def iter_list_materials_pages(
        self,
        event_id: str,
        session_id: str,
        *,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.SessionMaterialList]:
        """Every page of ``list_materials``: List session materials

        ``sessions.list_materials``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/materials``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_materials_request(
            event_id,
            session_id,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionMaterialList", page)

    async def add_material(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionMaterialCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionMaterial:
        """Add a session material

        ``sessions.add_material``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/materials``.
        Scopes: sessions.write.
        """
        request = _add_material_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionMaterial", await self._call(request))

    async def list_feedback(
        self,
        event_id: str,
        session_id: str,
        *,
        rating: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionFeedbackList:
        """List session feedback

        ``sessions.list_feedback``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/feedback``.
        Scopes: sessions.read.
        """
        request = _list_feedback_request(
            event_id,
            session_id,
            rating=rating,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionFeedbackList", await self._call(request))

    async def iter_list_feedback_pages(
        self,
        event_id: str,
        session_id: str,
        *,
        rating: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.SessionFeedbackList]:
        """Every page of ``list_feedback``: List session feedback

        ``sessions.list_feedback``: ``GET
        /api/v1/events/{eventId}/sessions/{sessionId}/feedback``.
        Scopes: sessions.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_feedback_request(
            event_id,
            session_id,
            rating=rating,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.SessionFeedbackList", page)

    async def submit_feedback(
        self,
        event_id: str,
        session_id: str,
        *,
        body: models.SessionFeedbackCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.SessionFeedback:
        """Submit session feedback

        ``sessions.submit_feedback``: ``POST
        /api/v1/events/{eventId}/sessions/{sessionId}/feedback``.
        Scopes: sessions.write.
        """
        request = _submit_feedback_request(
            event_id,
            session_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.SessionFeedback", await self._call(request))

    async def list_payments(
        self,
        *,
        registration_id: models.Uuid | None = None,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: models.ListPaymentsStatus | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.PaymentList:
        """List payments (transaction history)

        ``payments.list_payments``: ``GET /api/v1/payments``.
        Scopes: payments.read.
        """
        request = _list_payments_request(
            registration_id=registration_id,
            event_id=event_id,
            user_id=user_id,
            status=status,
            created_after=created_after,
            created_before=created_before,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.PaymentList", await self._call(request))

    async def iter_list_payments_pages(
        self,
        *,
        registration_id: models.Uuid | None = None,
        event_id: models.Uuid | None = None,
        user_id: models.Uuid | None = None,
        status: models.ListPaymentsStatus | None = None,
        created_after: str | None = None,
        created_before: str | None = None,
        sort: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.PaymentList]:
        """Every page of ``list_payments``: List payments (transaction history)

        ``payments.list_payments``: ``GET /api/v1/payments``.
        Scopes: payments.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_payments_request(
            registration_id=registration_id,
            event_id=event_id,
            user_id=user_id,
            status=status,
            created_after=created_after,
            created_before=created_before,
            sort=sort,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.PaymentList", page)

    async def create_payment(
        self,
        *,
        body: models.PaymentCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Payment:
        """Pay a registration

        ``payments.create_payment``: ``POST /api/v1/payments``.
        Scopes: payments.write.
        """
        request = _create_payment_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Payment", await self._call(request))

    async def get_payment(
        self,
        payment_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Payment:
        """Get a payment

        ``payments.get_payment``: ``GET /api/v1/payments/{paymentId}``.
        Scopes: payments.read.
        """
        request = _get_payment_request(
            payment_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Payment", await self._call(request))

    async def create_refund(
        self,
        payment_id: str,
        *,
        body: models.RefundCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Refund:
        """Refund a payment

        ``payments.create_refund``: ``POST /api/v1/payments/{paymentId}/refunds``.
        Scopes: payments.write.
        """
        request = _create_refund_request(
            payment_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Refund", await self._call(request))

    async def get_invoice(
        self,
        payment_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.Invoice:
        """Get a payment's invoice

        ``payments.get_invoice``: ``GET /api/v1/payments/{paymentId}/invoice``.
        Scopes: payments.read.
        """
        request = _get_invoice_request(
            payment_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.Invoice", await self._call(request))

    async def get_financial_report(
        self,
        *,
        from_: str,
        to: str,
        currency: str,
        event_id: models.Uuid | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.FinancialReport:
        """Get a financial report

        ``payments.get_financial_report``: ``GET /api/v1/reports/financial``.
        Scopes: payments.read.
        """
        request = _get_financial_report_request(
            from_=from_,
            to=to,
            currency=currency,
            event_id=event_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.FinancialReport", await self._call(request))

    async def list_subscriptions(
        self,
        *,
        enabled: bool | None = None,
        event_type: models.WebhookEventType | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscriptionList:
        """List webhook subscriptions

        ``webhooks.list_subscriptions``: ``GET /api/v1/webhooks``.
        Scopes: webhooks.read.
        """
        request = _list_subscriptions_request(
            enabled=enabled,
            event_type=event_type,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscriptionList", await self._call(request))

    async def iter_list_subscriptions_pages(
        self,
        *,
        enabled: bool | None = None,
        event_type: models.WebhookEventType | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.WebhookSubscriptionList]:
        """Every page of ``list_subscriptions``: List webhook subscriptions

        ``webhooks.list_subscriptions``: ``GET /api/v1/webhooks``.
        Scopes: webhooks.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_subscriptions_request(
            enabled=enabled,
            event_type=event_type,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookSubscriptionList", page)

    async def create_subscription(
        self,
        *,
        body: models.WebhookSubscriptionCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscriptionCreated:
        """Create a webhook subscription

        ``webhooks.create_subscription``: ``POST /api/v1/webhooks``.
        Scopes: webhooks.write.
        """
        request = _create_subscription_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscriptionCreated", await self._call(request))

    async def get_subscription(
        self,
        subscription_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscription:
        """Get a webhook subscription

        ``webhooks.get_subscription``: ``GET /api/v1/webhooks/{subscriptionId}``.
        Scopes: webhooks.read.
        """
        request = _get_subscription_request(
            subscription_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscription", await self._call(request))

    async def update_subscription(
        self,
        subscription_id: str,
        *,
        body: models.WebhookSubscriptionUpdate,
        if_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookSubscription:
        """Update, enable or disable a webhook subscription

        ``webhooks.update_subscription``: ``PATCH /api/v1/webhooks/{subscriptionId}``.
        Scopes: webhooks.write.
        """
        request = _update_subscription_request(
            subscription_id,
            body=body,
            if_match=if_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookSubscription", await self._call(request))

    async def delete_subscription(
        self,
        subscription_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete a webhook subscription

        ``webhooks.delete_subscription``: ``DELETE /api/v1/webhooks/{subscriptionId}``.
        Scopes: webhooks.write.
        """
        request = _delete_subscription_request(
            subscription_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def list_deliveries(
        self,
        subscription_id: str,
        *,
        status: Literal["pending", "retrying", "succeeded", "failed"] | None = None,
        event: models.WebhookEventType | None = None,
        since: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookDeliveryList:
        """List deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET /api/v1/webhooks/{subscriptionId}/deliveries``.
        Scopes: webhooks.read.
        """
        request = _list_deliveries_request(
            subscription_id,
            status=status,
            event=event,
            since=since,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookDeliveryList", await self._call(request))

    async def iter_list_deliveries_pages(
        self,
        subscription_id: str,
        *,
        status: Literal["pending", "retrying", "succeeded", "failed"] | None = None,
        event: models.WebhookEventType | None = None,
        since: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        cursor: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> AsyncIterator[models.WebhookDeliveryList]:
        """Every page of ``list_deliveries``: List deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET /api/v1/webhooks/{subscriptionId}/deliveries``.
        Scopes: webhooks.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_deliveries_request(
            subscription_id,
            status=status,
            event=event,
            since=since,
            page=page,
            page_size=page_size,
            cursor=cursor,
            limit=limit,
            offset=offset,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookDeliveryList", page)

    async def send_test_delivery(
        self,
        subscription_id: str,
        *,
        body: models.WebhookTestRequest,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.WebhookDelivery:
        """Send a test delivery

        ``webhooks.send_test_delivery``: ``POST /api/v1/webhooks/{subscriptionId}/test``.
        Scopes: webhooks.write.
        """
        request = _send_test_delivery_request(
            subscription_id,
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.WebhookDelivery", await self._call(request))

    async def create_export(
        self,
        *,
        body: models.ExportJobCreate,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.ExportJob:
        """Request a batch export

        ``exports.create_export``: ``POST /api/v1/exports``.
        Scopes: exports.write.
        """
        request = _create_export_request(
            body=body,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.ExportJob", await self._call(request))

    async def get_export(
        self,
        export_id: str,
        *,
        if_none_match: str | None = None,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> models.ExportJob:
        """Get an export job

        ``exports.get_export``: ``GET /api/v1/exports/{exportId}``.
        Scopes: exports.read.
        """
        request = _get_export_request(
            export_id,
            if_none_match=if_none_match,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("models.ExportJob", await self._call(request))

    async def delete_export(
        self,
        export_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> None:
        """Delete an export job

        ``exports.delete_export``: ``DELETE /api/v1/exports/{exportId}``.
        Scopes: exports.write.
        """
        request = _delete_export_request(
            export_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        await self._call(request)

    async def download_export(
        self,
        export_id: str,
        *,
        x_request_id: str | None = None,
        x_correlation_id: str | None = None,
        x_api_version: Literal["1.0", "1.1", "1.2"] | None = None,
        accept_language: str | None = None,
    ) -> str:
        """Download an export's file

        ``exports.download_export``: ``GET /api/v1/exports/{exportId}/download``.
        Scopes: exports.read.
        """
        request = _download_export_request(
            export_id,
            x_request_id=x_request_id,
            x_correlation_id=x_correlation_id,
            x_api_version=x_api_version,
            accept_language=accept_language,
        )
        return cast("str", await self._call(request))
