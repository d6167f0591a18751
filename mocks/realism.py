"""Realistic values for strings and numbers whose property name or format suggests a meaning."""

from __future__ import annotations

import base64
import functools
import random
import uuid
from collections.abc import Callable

FIRST = ("Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken", "Margaret", "Linus", "Radia")
LAST = ("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Thompson", "Hamilton", "Perlman")
CITIES = ("Lisbon", "Oslo", "Nairobi", "Osaka", "Lima", "Toronto", "Ghent", "Porto Alegre")
COUNTRIES = ("US", "GB", "DE", "FR", "JP", "BR", "KE", "NL", "PT", "CA")
CURRENCIES = ("USD", "EUR", "GBP", "JPY", "BRL", "CAD")
COMPANIES = ("Acme Corp", "Globex", "Initech", "Umbrella Ltd", "Hooli", "Stark Industries")
WORDS = ("alpha", "bravo", "delta", "echo", "lima", "nova", "orbit", "pixel", "quartz", "zephyr")
STREETS = ("Main St", "High St", "Elm Ave", "Rua Augusta", "Baker St")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _email(rng: random.Random) -> str:
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}@example.com"


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2019, 2026):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


FORMATS: dict[str, Callable[[random.Random], str]] = {
    "email": _email,
    "idn-email": _email,
    "uuid": _uuid,
    "date": _date,
    "date-time": lambda rng: f"{_date(rng)}T{_time(rng)}",
    "time": _time,
    "uri": lambda rng: f"https://example.com/{rng.choice(WORDS)}/{rng.randint(1, 999)}",
    "url": lambda rng: f"https://example.com/{rng.choice(WORDS)}",
    "uri-reference": lambda rng: f"/{rng.choice(WORDS)}/{rng.randint(1, 999)}",
    "iri": lambda rng: f"https://example.com/{rng.choice(WORDS)}",
    "hostname": lambda rng: f"{rng.choice(WORDS)}.example.com",
    "idn-hostname": lambda rng: f"{rng.choice(WORDS)}.example.com",
    "ipv4": lambda rng: ".".join(str(rng.randint(1, 254)) for _ in range(4)),
    "ipv6": lambda rng: ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8)),
    "byte": lambda rng: base64.b64encode(rng.choice(WORDS).encode()).decode(),
    "binary": lambda rng: rng.choice(WORDS),
    "password": lambda rng: f"S3cret-{rng.randint(1000, 9999)}",
    "duration": lambda rng: f"P{rng.randint(1, 30)}D",
    "json-pointer": lambda rng: f"/{rng.choice(WORDS)}",
    "regex": lambda rng: "^[a-z]+$",
}

# Checked in order against the lower-cased property name (with "_" and "-" removed).
_NAMED: tuple[tuple[tuple[str, ...], Callable[[random.Random], str]], ...] = (
    (("email",), _email),
    (("firstname", "givenname"), lambda rng: rng.choice(FIRST)),
    (("lastname", "surname", "familyname"), lambda rng: rng.choice(LAST)),
    (
        ("username", "login", "handle"),
        lambda rng: f"{rng.choice(FIRST).lower()}{rng.randint(1, 99)}",
    ),
    (("company", "organization", "organisation"), lambda rng: rng.choice(COMPANIES)),
    (("fullname", "displayname", "name"), _name),
    (("country",), lambda rng: rng.choice(COUNTRIES)),
    (("currency",), lambda rng: rng.choice(CURRENCIES)),
    (("city",), lambda rng: rng.choice(CITIES)),
    (("street", "address", "line1"), lambda rng: f"{rng.randint(1, 999)} {rng.choice(STREETS)}"),
    (("zip", "postal", "postcode"), lambda rng: f"{rng.randint(10000, 99999)}"),
    (("phone", "mobile"), lambda rng: f"+1555{rng.randint(1000000, 9999999)}"),
    (("url", "uri", "website", "homepage", "link", "href"), FORMATS["uri"]),
    (("createdat", "updatedat", "timestamp", "datetime"), FORMATS["date-time"]),
    (("date", "birthday"), _date),
    (
        ("title", "subject", "label"),
        lambda rng: f"{rng.choice(WORDS).title()} {rng.choice(WORDS)}",
    ),
    (
        ("description", "summary", "note", "comment", "message", "detail"),
        lambda rng: f"The {rng.choice(WORDS)} {rng.choice(WORDS)} is ready.",
    ),
    (("color", "colour"), lambda rng: rng.choice(("red", "green", "blue", "teal"))),
    (("id",), _uuid),
)


@functools.lru_cache(maxsize=4096)
def _entry_for(name: str) -> tuple[tuple[str, ...], Callable[[random.Random], str]] | None:
    key = name.lower().replace("_", "").replace("-", "")
    for needles, make in _NAMED:
        if any(key == n or key.endswith(n) for n in needles):
            return needles, make
    return None


def _maker_for(name: str) -> Callable[[random.Random], str] | None:
    entry = _entry_for(name)
    return entry[1] if entry is not None else None


def kind_for(name: str) -> str | None:
    """The meaning a property name suggests (its first needle: ``email``, ``city``, ``id``)."""
    entry = _entry_for(name)
    return entry[0][0] if entry is not None else None


def number_kind(name: str) -> str | None:
    """``money``, ``age`` or ``year`` when a numeric property's name suggests one."""
    return _number_kind(name)


def string_for_name(name: str | None, rng: random.Random) -> str | None:
    """A realistic string for a property called ``name``, or ``None`` when nothing fits."""
    make = _maker_for(name) if name else None
    return make(rng) if make is not None else None


@functools.lru_cache(maxsize=4096)
def _number_kind(name: str) -> str | None:
    key = name.lower()
    if any(word in key for word in ("price", "amount", "cost", "total", "balance", "fee")):
        return "money"
    return key if key in ("age", "year") else None


def number_for_name(name: str | None, rng: random.Random) -> float | None:
    """A realistic number for money-like or age-like property names."""
    kind = _number_kind(name) if name else None
    if kind == "money":
        return rng.randint(100, 99999) / 100
    if kind == "age":
        return float(rng.randint(18, 90))
    if kind == "year":
        return float(rng.randint(2000, 2026))
    return None
