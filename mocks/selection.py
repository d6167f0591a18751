"""Choosing the response: preferences, status fallbacks and ``Accept`` negotiation.

Preferences (Prism-compatible) come from three places; for each key the first found wins:

1. the query form: ``__code``, ``__example``, ``__dynamic``, ``__seed``, ``__delay``;
2. the ``Prefer`` header: ``code=404, example=dog, dynamic=true, seed=7, delay=250``
   (comma- or semicolon-separated; ``status``/``statusCode`` are aliases of ``code``);
3. the command line: ``--dynamic`` and ``--seed``.

Status: with a preferred code, the exact code, then its range (``4XX``), then ``default``
(answered with the preferred code); none of those is a 404 naming the declared codes. Without
one, the lowest declared 2xx, then ``2XX``, then ``default`` (as 200), then the lowest 3xx.

Body: a named example (``example=``) is looked up in the chosen response (in every response
when no code was given); an unknown name is a 404 naming the known ones, never a silent
fallback. Otherwise ``dynamic`` generates from the schema; else the first example; else a
static value generated from the schema (same bytes every time). ``example`` beats ``dynamic``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mocks.operations import Operation, ResponseSpec
from mocks.request import MockRequest

_ALIASES = {"status": "code", "statuscode": "code"}
_KEYS = ("code", "example", "dynamic", "seed", "delay")


@dataclass(frozen=True)
class Preferences:
    """What the client asked for; ``None`` means "not asked"."""

    code: str | None = None
    example: str | None = None
    dynamic: bool | None = None
    seed: str | None = None
    delay_ms: int | None = None

    @property
    def any(self) -> bool:
        """Whether any preference was given (static responses can be served from cache)."""
        return any(v is not None for v in (self.code, self.example, self.dynamic, self.seed))


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("true", "1", "yes", "")


def read_preferences(request: MockRequest) -> Preferences:
    """Preferences of ``request`` (query form over ``Prefer`` header)."""
    found: dict[str, str] = {}
    if "__" in request.query_string:
        for key in _KEYS:
            values = request.query.get(f"__{key}")
            if values:
                found[key] = values[-1]
    prefer = request.headers.get("prefer")
    if prefer:
        for token in prefer.replace(";", ",").split(","):
            name, _, value = token.strip().partition("=")
            name = _ALIASES.get(name.strip().lower(), name.strip().lower())
            if name in _KEYS and name not in found:
                found[name] = value.strip().strip('"')
    if not found:
        return _NONE
    delay = found.get("delay")
    return Preferences(
        code=found.get("code"),
        example=found.get("example"),
        dynamic=_truthy(found["dynamic"]) if "dynamic" in found else None,
        seed=found.get("seed"),
        delay_ms=int(delay) if delay and delay.isdigit() else None,
    )


_NONE = Preferences()


class SelectionError(Exception):
    """The preferred response does not exist; ``status`` is what to answer (404/406)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def select_response(operation: Operation, code: str | None) -> tuple[ResponseSpec, int]:
    """The declared response to answer with and its status code."""
    responses = operation.responses
    if code is not None:
        if not (code.isdigit() and len(code) == 3):
            raise SelectionError(400, f"preferred code {code!r} is not an HTTP status code")
        for key in (code, f"{code[0]}XX", "default"):
            if key in responses:
                return responses[key], int(code)
        declared = ", ".join(responses) or "none"
        raise SelectionError(
            404,
            f"{operation.method} {operation.path} declares no response {code} "
            f"(declared: {declared})",
        )
    exact = sorted(k for k in responses if k.isdigit())
    for key in [k for k in exact if k.startswith("2")] + ["2XX"]:
        if key in responses:
            return responses[key], 200 if key == "2XX" else int(key)
    if "default" in responses:
        return responses["default"], 200
    for key in exact:
        return responses[key], int(key)
    raise SelectionError(500, f"{operation.method} {operation.path} declares no responses")


def find_example(
    operation: Operation, response: ResponseSpec | None, name: str
) -> tuple[ResponseSpec, str] | None:
    """The response and media type holding the example ``name``."""
    candidates = [response] if response is not None else list(operation.responses.values())
    for candidate in candidates:
        for media_type, media in candidate.content.items():
            if name in media.examples:
                return candidate, media_type
    return None


def _parse_accept(accept: str) -> list[tuple[str, float, int]]:
    ranges = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality, index))
    return ranges


def _specificity(media_range: str, media_type: str) -> int:
    media_type = media_type.split(";")[0].strip().lower()
    if media_range == media_type:
        return 3
    main, _, sub = media_range.partition("/")
    t_main, _, t_sub = media_type.partition("/")
    if sub == "*" and main == "*":
        return 1
    if sub == "*" and main == t_main:
        return 2
    # application/json accepts vendor JSON types (application/vnd.x+json) and problem+json.
    if media_range == "application/json" and t_sub.endswith("+json") and t_main == main:
        return 2
    return 0


def negotiate(accept: str | None, declared: list[str]) -> str | None:
    """The declared media type that best fits ``accept`` (q-values, wildcards); ``None``: 406."""
    if not declared:
        return None
    if not accept or not accept.strip():
        return declared[0]
    best: tuple[float, int, int] | None = None
    chosen = None
    for media_range, quality, index in _parse_accept(accept):
        if quality <= 0 or "/" not in media_range:
            continue
        for order, media_type in enumerate(declared):
            specificity = _specificity(media_range, media_type)
            if not specificity:
                continue
            score = (quality, specificity, -index * 100 - order)
            if best is None or score > best:
                best, chosen = score, media_type
    return chosen
