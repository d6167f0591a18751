"""Where cs-cross-domain is mounted, for the ``Location`` headers its handlers send."""

from __future__ import annotations

#: ``servers[0].url`` of specs/cs-cross-domain.yaml.
BASE_PATH = "/v1/cs-integrations"


def location(*segments: str) -> str:
    """The URL of a resource of this API."""
    return "/".join((BASE_PATH, *segments))
