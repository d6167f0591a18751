"""Connexion's start-up check of each spec, done by jsonschema-rs instead of python-jsonschema.

Connexion validates every document against the OpenAPI 3.0 JSON Schema when an API is added
(and again when it clones the spec for its base path): about 2 s per spec of our size with
python-jsonschema, 20 ms with a compiled jsonschema-rs validator of the same schema.
Connexion has no option for this, so :func:`fast_spec_validation` swaps the classmethod for
the duration of ``add_api`` only (start-up is single-threaded).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import jsonschema_rs
from connexion.exceptions import InvalidSpecification
from connexion.spec import OpenAPISpecification


@cache
def _validator() -> Any:
    return jsonschema_rs.validator_for(OpenAPISpecification.openapi_schema)


def _validate(cls: type, spec: dict[str, Any]) -> None:
    errors = list(_validator().iter_errors(spec))
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.instance_path)
        raise InvalidSpecification(f"{first.message} at /{where}")


@contextmanager
def fast_spec_validation() -> Iterator[None]:
    """Within the block, Connexion checks specs with jsonschema-rs."""
    own = OpenAPISpecification.__dict__.get("_validate_spec")
    OpenAPISpecification._validate_spec = classmethod(_validate)  # shadows the inherited one
    try:
        yield
    finally:
        if own is None:
            del OpenAPISpecification._validate_spec
        else:
            OpenAPISpecification._validate_spec = own
