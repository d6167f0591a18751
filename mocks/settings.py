"""Configuration of one mock server process."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path


@dataclass(frozen=True)
class MockSettings:
    """Everything the command line (or a test) can set; the environment only in ``from_env``."""

    host: str = "127.0.0.1"
    port: int = 4010
    dynamic: bool = False
    seed: str | None = None
    stateful: bool = False
    watch: bool = False
    cors: bool = True
    proxy: str | None = None
    token_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    webhook_secret: str = "whsec_sandbox"
    webhook_timeout_s: float = 10.0
    log_level: str = "warning"
    cache_dir: Path | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> MockSettings:
        """Defaults, then the ``APIKIT_MOCK_*`` environment, then ``overrides``."""
        settings = cls()
        token = os.environ.get("APIKIT_MOCK_TOKEN_SECRET")  # noqa: TID251 - the one reader
        webhook = os.environ.get("APIKIT_MOCK_WEBHOOK_SECRET")  # noqa: TID251
        if token:
            settings = replace(settings, token_secret=token)
        if webhook:
            settings = replace(settings, webhook_secret=webhook)
        explicit = os.environ.get("APIKIT_MOCK_CACHE_DIR")  # noqa: TID251
        xdg = os.environ.get("XDG_CACHE_HOME")  # noqa: TID251
        home = os.environ.get("HOME")  # noqa: TID251
        if explicit:
            settings = replace(settings, cache_dir=Path(explicit))
        elif xdg:
            settings = replace(settings, cache_dir=Path(xdg) / "apikit" / "mock")
        elif home:
            settings = replace(settings, cache_dir=Path(home) / ".cache" / "apikit" / "mock")
        return replace(settings, **overrides)  # type: ignore[arg-type]
