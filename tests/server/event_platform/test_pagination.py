"""Seed 003 section 8.4 pagination: mode precedence, page objects, Link headers, cursors."""

from __future__ import annotations

import pytest

from server.apis.event_platform.pagination import InvalidCursorError, Paging
from server.services.event_platform.listing import Page

PATH = "/api/v1/events"


def page_of(total: int, paging: Paging) -> Page[int]:
    items = list(range(total))[paging.window.offset : paging.window.offset + paging.window.limit]
    return Page(items, total)


def test_page_mode_is_the_default_with_20_per_page() -> None:
    paging = Paging.from_request(PATH, "status=published")
    assert paging.mode == "page"
    assert (paging.window.offset, paging.window.limit) == (0, 20)


def test_limit_or_offset_choose_offset_mode_over_page() -> None:
    paging = Paging.from_request(PATH, "page=3&offset=5")
    assert paging.mode == "offset"
    assert (paging.window.offset, paging.window.limit) == (5, 50)


def test_cursor_wins_and_keeps_its_position() -> None:
    first = Paging.from_request(PATH, "tag=api&pageSize=10&page=2")
    cursor = first.cursor_at(20)
    following = Paging.from_request(PATH, f"tag=api&cursor={cursor}&page=9&limit=5")
    assert following.mode == "cursor"
    assert (following.window.offset, following.window.limit) == (20, 5)


def test_every_well_formed_cursor_decodes_to_a_position() -> None:
    assert Paging.from_request(PATH, "cursor=________").window.offset == 2**48 - 1
    assert Paging.from_request(PATH, "cursor=AAAAAAAU").window.offset == 20


@pytest.mark.parametrize("cursor", ["x", "eyJvIjotMX0", "bnVsbA", "%25%25%25%25%25%25%25%25"])
def test_undecodable_cursors_are_refused(cursor: str) -> None:
    with pytest.raises(InvalidCursorError):
        Paging.from_request(PATH, f"cursor={cursor}")


def test_page_body_and_links_in_page_mode() -> None:
    paging = Paging.from_request(PATH, "q=x&page=2&pageSize=10")
    body = paging.body(page_of(35, paging))
    assert body["page"] == 2 and body["pageSize"] == 10 and body["totalPages"] == 4
    assert body["totalItems"] == 35 and body["hasMore"] is True and "nextCursor" in body
    links = paging.links(35)
    assert f'<{PATH}?q=x&page=1&pageSize=10>; rel="first"' in links
    assert f'<{PATH}?q=x&page=1&pageSize=10>; rel="prev"' in links
    assert f'<{PATH}?q=x&page=3&pageSize=10>; rel="next"' in links
    assert f'<{PATH}?q=x&page=4&pageSize=10>; rel="last"' in links


def test_past_the_end_is_an_empty_last_page() -> None:
    paging = Paging.from_request(PATH, "limit=10&offset=100")
    body = paging.body(page_of(5, paging))
    assert body == {"mode": "offset", "totalItems": 5, "hasMore": False, "limit": 10, "offset": 100}
    assert 'rel="next"' not in paging.links(5)


def test_empty_collection_has_one_page() -> None:
    paging = Paging.from_request(PATH, "")
    assert paging.body(page_of(0, paging))["totalPages"] == 1
