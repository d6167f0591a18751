"""RFC 8288 Link headers for limit/offset pages."""

from __future__ import annotations

from server.http.pagination import PageRequest


def rels(link: str) -> dict[str, str]:
    found = {}
    for part in link.split(", "):
        url, rel = part.split("; ")
        found[rel.removeprefix('rel="').removesuffix('"')] = url.strip("<>")
    return found


def test_first_page_has_no_prev() -> None:
    links = rels(PageRequest(10, 0).links("/c", "limit=10&x=1", 25) or "")
    assert "prev" not in links
    assert links["next"] == "/c?x=1&limit=10&offset=10"
    assert links["last"] == "/c?x=1&limit=10&offset=20"


def test_last_page_has_no_next() -> None:
    links = rels(PageRequest(10, 20).links("/c", "", 25) or "")
    assert "next" not in links
    assert links["prev"] == "/c?limit=10&offset=10"
    assert links["first"] == "/c?limit=10&offset=0"


def test_empty_collection_points_first_and_last_at_zero() -> None:
    links = rels(PageRequest(50, 0).links("/c", "", 0) or "")
    assert links == {"first": "/c?limit=50&offset=0", "last": "/c?limit=50&offset=0"}
