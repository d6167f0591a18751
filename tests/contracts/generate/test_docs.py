"""``docs/``: every operation documented; the HTML loads nothing from the network."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

OPERATION_IDS = {
    "shop": [
        "orders.list_orders",
        "orders.create_order",
        "orders.get_order",
        "orders.cancel_order",
        "health.get_health",
    ],
    "inventory": ["getStockLevel"],
}
# Anything that would make a browser fetch a resource from elsewhere.
REMOTE_LOADS = [
    re.compile(r"<script[^>]*\bsrc\s*=", re.IGNORECASE),
    re.compile(r"<link[^>]*\bhref\s*=\s*[\"']?(https?:)?//", re.IGNORECASE),
    re.compile(r"<(img|iframe|video|audio|source|embed)[^>]*\bsrc\s*=\s*[\"']?(https?:)?//", re.I),
    re.compile(r"@import", re.IGNORECASE),
    re.compile(r"url\(\s*[\"']?(https?:)?//", re.IGNORECASE),
]


@pytest.mark.parametrize("page", ["shop.html", "inventory.html", "index.html"])
def test_html_loads_no_remote_resources(by_path: dict[str, bytes], page: str):
    html = by_path[f"docs/{page}"].decode()
    for pattern in REMOTE_LOADS:
        assert not pattern.search(html), f"{page}: {pattern.pattern}"
    assert "<style>" in html, "the CSS is inline"


@pytest.mark.parametrize("api", sorted(OPERATION_IDS))
@pytest.mark.parametrize("suffix", ["md", "html"])
def test_reference_lists_every_operation_id(by_path: dict[str, bytes], api: str, suffix: str):
    text = by_path[f"docs/{api}.{suffix}"].decode()
    bundle = json.loads(by_path[f"openapi/{api}.json"])
    declared = [
        op["operationId"]
        for item in bundle["paths"].values()
        for method, op in item.items()
        if method != "parameters"
    ]
    assert declared == OPERATION_IDS[api]
    for operation_id in declared:
        assert f"<code>{operation_id}</code>" in text or f"`{operation_id}`" in text, operation_id


def test_reference_shows_scopes_examples_errors_rate_limits_and_callbacks(
    by_path: dict[str, bytes],
):
    markdown = by_path["docs/shop.md"].decode()
    assert "| `orders.write` | Place and cancel orders. |" in markdown
    assert '"order_id": "ord_1"' in markdown  # a response example
    assert '"sku": "SKU-1"' in markdown  # the request example
    assert "| `409` | An order with these items is already pending." in markdown
    assert "100 requests per minute" in markdown  # from info.description
    assert "answer `429 Too Many Requests`" in markdown
    assert "`orderShipped`: `POST {$request.body#/callback_url}`" in markdown
    assert '"event": "order.shipped"' in markdown  # the callback payload example
    assert (
        "| `orderShipped` | `POST {$request.body#/callback_url}` The order shipped "
        "| [`orders.create_order`](#op-orders-create-order) |"
    ) in markdown


def test_html_escapes_spec_text(by_path: dict[str, bytes]):
    html = by_path["docs/shop.html"].decode()
    assert "{$request.body#/callback_url}" in html
    assert "&#34;order_id&#34;: &#34;ord_1&#34;" in html or "&quot;order_id&quot;" in html


def test_index_links_every_api(by_path: dict[str, bytes]):
    for page in ("docs/index.md", "docs/index.html"):
        text = by_path[page].decode()
        for api in OPERATION_IDS:
            assert f"{api}.html" in text and f"../openapi/{api}.json" in text, page


class _TagBalance(HTMLParser):
    """Records end tags that close something other than the innermost open element."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.mismatched: list[tuple[str, tuple[int, int]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        elif tag not in self.VOID:
            self.mismatched.append((tag, self.getpos()))


@pytest.mark.parametrize("page", ["shop.html", "inventory.html", "index.html"])
def test_html_elements_are_balanced(by_path: dict[str, bytes], page: str):
    parser = _TagBalance()
    parser.feed(by_path[f"docs/{page}"].decode())
    assert parser.open == [] and parser.mismatched == []
