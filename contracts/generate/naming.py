"""Names derived from spec strings: snake_case functions, PascalCase classes, safe identifiers."""

from __future__ import annotations

import keyword
import re

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
# Names the generated client modules use for themselves; a parameter or class must not shadow them.
_RESERVED = frozenset({"self", "body", "cls", "models", "json", "Any", "Literal", "TypedDict"})
# pycodestyle E741: names easily mistaken for digits.
_AMBIGUOUS = frozenset({"l", "O", "I"})


def words(text: str) -> list[str]:
    """The words of ``text``, split on punctuation and camelCase humps."""
    return [match.group(0) for match in _WORD.finditer(text.replace("'", ""))]


def snake_case(text: str) -> str:
    """``getUserByName`` / ``X-Request-ID`` / ``page size`` -> ``get_user_by_name`` ..."""
    name = "_".join(word.lower() for word in words(text)) or "value"
    if name[0].isdigit():
        name = f"n_{name}"
    return name


def pascal_case(text: str) -> str:
    """``customer_profile`` / ``Problem_problem`` -> ``CustomerProfile`` / ``ProblemProblem``."""
    name = "".join(word[:1].upper() + word[1:] for word in words(text)) or "Model"
    if name[0].isdigit():
        name = f"M{name}"
    return name


def identifier(name: str) -> str:
    """``name`` made safe as a Python parameter (keywords and reserved names get a ``_``)."""
    # Hard keywords only: soft ones (match, type...) are valid names, and their list
    # changes between Python versions, which would make the output version-dependent.
    if keyword.iskeyword(name) or name in _RESERVED | _AMBIGUOUS:
        return f"{name}_"
    return name


def is_identifier(name: str) -> bool:
    """Whether ``name`` can be a class-syntax TypedDict field."""
    return name.isidentifier() and not keyword.iskeyword(name)


def is_ambiguous(name: str) -> bool:
    """Whether ``name`` trips pycodestyle E741 (``l``, ``O``, ``I``)."""
    return name in _AMBIGUOUS


def unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name_2``, ``name_3``... whichever is not in ``taken`` (then taken)."""
    candidate, counter = name, 2
    while candidate in taken:
        candidate = f"{name}_{counter}"
        counter += 1
    taken.add(candidate)
    return candidate
