"""Realistic strings for compiled generation: finite pools and one-draw makers.

The same meanings as :mod:`mocks.realism` (property names and formats), arranged so a compiled
string node costs one random draw per value: where the set of values is small it is expanded
once into a pool (every name, e-mail, date, word-number), which compilation can then filter by
``minLength``/``maxLength``/``pattern`` so the pick is valid by construction; the rest (uuids,
timestamps, addresses) are makers over ``random()``/``getrandbits``. Pools are built on first
use, not at import.
"""

from __future__ import annotations

import base64
import functools
import random
from collections.abc import Callable

from mocks import realism as r

Maker = Callable[[random.Random], str]
#: A pool (a tuple of candidate strings) or a maker (a function of the request's generator).
Source = tuple[str, ...] | Maker

_DAYS = [(y, m, d) for y in range(2019, 2027) for m in range(1, 13) for d in range(1, 29)]
_VARIANT = "89ab"


@functools.cache
def _pool(kind: str) -> tuple[str, ...]:
    words = r.WORDS
    if kind == "names":
        return tuple(f"{f} {last}" for f in r.FIRST for last in r.LAST)
    if kind == "emails":
        return tuple(f"{f.lower()}.{last.lower()}@example.com" for f in r.FIRST for last in r.LAST)
    if kind == "dates":
        return tuple(f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in _DAYS)
    if kind == "clock":  # hours and minutes; seconds are a second draw
        return tuple(f"{h:02d}:{m:02d}" for h in range(24) for m in range(60))
    if kind == "sixty":
        return tuple(f"{s:02d}" for s in range(60))
    if kind == "octets":
        return tuple(str(n) for n in range(1, 255))
    if kind == "usernames":
        return tuple(f"{f.lower()}{n}" for f in r.FIRST for n in range(1, 100))
    if kind == "streets":
        return tuple(f"{n} {s}" for n in range(1, 1000) for s in r.STREETS)
    if kind == "uris":
        return tuple(f"https://example.com/{w}/{n}" for w in words for n in range(1, 1000))
    if kind == "paths":
        return tuple(f"/{w}/{n}" for w in words for n in range(1, 1000))
    if kind == "titles":
        return tuple(f"{a.title()} {b}" for a in words for b in words)
    if kind == "sentences":
        return tuple(f"The {a} {b} is ready." for a in words for b in words)
    if kind == "words":  # the fallback for plain strings, as in mocks.generation
        return tuple(f"{w}-{n}" for w in words[:8] for n in range(1, 1000))
    raise KeyError(kind)


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _time(rng: random.Random) -> str:
    clock, sixty = _pool("clock"), _pool("sixty")
    return f"{clock[int(rng.random() * 1440)]}:{sixty[int(rng.random() * 60)]}Z"


def _date_time(rng: random.Random) -> str:
    dates = _pool("dates")
    return f"{dates[int(rng.random() * len(dates))]}T{_time(rng)}"


def _ipv4(rng: random.Random) -> str:
    octets = _pool("octets")
    return ".".join([octets[int(rng.random() * 254)] for _ in range(4)])


def _ipv6(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return ":".join([h[i : i + 4] for i in range(0, 32, 4)])


def _words(fmt: str) -> Source:
    return tuple(fmt.format(w) for w in r.WORDS)


def _format_source(fmt: str) -> Source | None:
    if fmt in ("email", "idn-email"):
        return _pool("emails")
    if fmt == "date":
        return _pool("dates")
    if fmt in ("uri", "url", "iri", "uri-reference", "hostname", "idn-hostname", "byte"):
        table: dict[str, Callable[[], Source]] = {
            "uri": lambda: _pool("uris"),
            "uri-reference": lambda: _pool("paths"),
            "url": lambda: _words("https://example.com/{}"),
            "iri": lambda: _words("https://example.com/{}"),
            "hostname": lambda: _words("{}.example.com"),
            "idn-hostname": lambda: _words("{}.example.com"),
            "byte": lambda: tuple(base64.b64encode(w.encode()).decode() for w in r.WORDS),
        }
        return table[fmt]()
    makers: dict[str, Maker] = {
        "uuid": _uuid,
        "date-time": _date_time,
        "time": _time,
        "ipv4": _ipv4,
        "ipv6": _ipv6,
        "password": lambda rng: f"S3cret-{1000 + int(rng.random() * 9000)}",
    }
    if fmt in makers:
        return makers[fmt]
    constant = {"binary": r.WORDS, "duration": tuple(f"P{n}D" for n in range(1, 31))}
    if fmt in constant:
        return constant[fmt]
    if fmt == "json-pointer":
        return _words("/{}")
    if fmt == "regex":
        return ("^[a-z]+$",)
    return None


def format_source(fmt: str) -> Source | None:
    """Values for a string ``format`` that :data:`mocks.realism.FORMATS` covers, else ``None``."""
    return _format_source(fmt) if fmt in r.FORMATS else None


_NAMED: dict[str, Callable[[], Source]] = {
    "email": lambda: _pool("emails"),
    "firstname": lambda: r.FIRST,
    "lastname": lambda: r.LAST,
    "username": lambda: _pool("usernames"),
    "company": lambda: r.COMPANIES,
    "fullname": lambda: _pool("names"),
    "country": lambda: r.COUNTRIES,
    "currency": lambda: r.CURRENCIES,
    "city": lambda: r.CITIES,
    "street": lambda: _pool("streets"),
    "zip": lambda: lambda rng: str(10000 + int(rng.random() * 90000)),
    "phone": lambda: lambda rng: f"+1555{1000000 + int(rng.random() * 9000000)}",
    "url": lambda: _pool("uris"),
    "createdat": lambda: _date_time,
    "date": lambda: _pool("dates"),
    "title": lambda: _pool("titles"),
    "description": lambda: _pool("sentences"),
    "color": lambda: ("red", "green", "blue", "teal"),
    "id": lambda: _uuid,
}


def name_source(name: str | None) -> Source | None:
    """Values for a property called ``name`` (the meaning :mod:`mocks.realism` gives it)."""
    kind = r.kind_for(name) if name else None
    return _NAMED[kind]() if kind is not None else None


def plain_words() -> tuple[str, ...]:
    """The fallback pool for strings with no meaning (``alpha-17``)."""
    return _pool("words")


def country_codes() -> tuple[str, ...]:
    """ISO country codes, for short strings whose name mentions a country."""
    return r.COUNTRIES


def singular(name: str | None) -> str | None:
    """``pets`` -> ``pet``: the name array items are generated under."""
    if name and name.endswith("s") and len(name) > 3:
        return name[:-1]
    return name
