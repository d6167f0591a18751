"""Configuration of the reference server, read from the environment in one place only."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

#: Where the server keeps its SQLite file and generated key material by default.
DEFAULT_DATA_DIR = Path("var")
#: The specs shipped with the repository (``specs/`` next to the ``server`` package).
DEFAULT_SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to run; build with :meth:`from_env` or directly in tests.

    ``database_url`` empty means a SQLite file ``apikit.db`` under ``data_dir``. ``jwt_secret``
    empty means a random secret generated once and kept in ``data_dir/jwt-secret``, so tokens
    survive a restart. With both RSA key files set, tokens are RS256 and the public key is
    published at ``/.well-known/jwks.json``.
    """

    data_dir: Path = DEFAULT_DATA_DIR
    specs_dir: Path = DEFAULT_SPECS_DIR
    database_url: str = ""
    issuer: str = "apikit"
    audience: str = "apikit"
    jwt_secret: str = ""
    jwt_private_key_file: Path | None = None
    jwt_public_key_file: Path | None = None
    token_ttl_seconds: int = 3600
    max_body_bytes: int = 1_048_576
    rate_limits_enabled: bool = True
    #: ``{"<api>": "<limit>/<seconds>"}`` replacing an API's built-in limit (tests, operators).
    rate_limit_overrides: Mapping[str, str] = field(default_factory=dict)
    validate_responses: bool = False
    log_level: str = "info"
    #: Run the webhook dispatcher inside ``apikit serve`` (off when ``apikit worker`` runs apart).
    webhook_dispatcher: bool = True
    #: Accept and deliver to plain ``http`` receivers anywhere (development only).
    webhook_allow_http: bool = False
    #: Networks (CIDR) receivers may resolve into although loopback, private or link-local.
    webhook_allow_networks: tuple[str, ...] = ()
    #: Seconds one attempt may take before it counts as failed.
    webhook_timeout_seconds: float = 10.0
    #: Factor on retry policies' delays (tests shrink them; the policy stays as the client set it).
    webhook_delay_scale: float = 1.0
    #: Seconds between the dispatcher's looks for due work.
    webhook_poll_seconds: float = 0.25
    #: Failed deliveries in a row after which a subscription is disabled (0: never).
    webhook_disable_after: int = 20

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``APIKIT_*`` variables and ``DATABASE_URL``."""
        env = os.environ if environ is None else environ  # noqa: TID251 - the one reader
        base = cls()
        overrides = dict(
            item.split("=", 1)
            for item in env.get("APIKIT_RATE_LIMITS", "").split(",")
            if "=" in item
        )
        private = env.get("APIKIT_JWT_PRIVATE_KEY_FILE")
        public = env.get("APIKIT_JWT_PUBLIC_KEY_FILE")
        return cls(
            data_dir=Path(env.get("APIKIT_DATA_DIR", str(base.data_dir))),
            specs_dir=Path(env.get("APIKIT_SPECS_DIR", str(base.specs_dir))),
            database_url=env.get("DATABASE_URL", ""),
            issuer=env.get("APIKIT_ISSUER", base.issuer),
            audience=env.get("APIKIT_AUDIENCE", base.audience),
            jwt_secret=env.get("APIKIT_JWT_SECRET", ""),
            jwt_private_key_file=Path(private) if private else None,
            jwt_public_key_file=Path(public) if public else None,
            token_ttl_seconds=int(env.get("APIKIT_TOKEN_TTL", str(base.token_ttl_seconds))),
            max_body_bytes=int(env.get("APIKIT_MAX_BODY_BYTES", str(base.max_body_bytes))),
            rate_limits_enabled=env.get("APIKIT_RATE_LIMITS_ENABLED", "1") not in ("0", "false"),
            rate_limit_overrides=overrides,
            validate_responses=env.get("APIKIT_VALIDATE_RESPONSES", "0") in ("1", "true"),
            log_level=env.get("APIKIT_LOG_LEVEL", base.log_level),
            webhook_dispatcher=env.get("APIKIT_WEBHOOK_DISPATCHER", "1") not in ("0", "false"),
            webhook_allow_http=env.get("APIKIT_WEBHOOK_ALLOW_HTTP", "0") in ("1", "true"),
            webhook_allow_networks=tuple(
                item.strip()
                for item in env.get("APIKIT_WEBHOOK_ALLOW_NETWORKS", "").split(",")
                if item.strip()
            ),
            webhook_timeout_seconds=float(
                env.get("APIKIT_WEBHOOK_TIMEOUT", str(base.webhook_timeout_seconds))
            ),
            webhook_delay_scale=float(
                env.get("APIKIT_WEBHOOK_DELAY_SCALE", str(base.webhook_delay_scale))
            ),
            webhook_poll_seconds=float(
                env.get("APIKIT_WEBHOOK_POLL", str(base.webhook_poll_seconds))
            ),
            webhook_disable_after=int(
                env.get("APIKIT_WEBHOOK_DISABLE_AFTER", str(base.webhook_disable_after))
            ),
        )

    def to_env(self) -> dict[str, str]:
        """The variables :meth:`from_env` reads back into these settings (for worker processes)."""
        env = {
            "APIKIT_DATA_DIR": str(self.data_dir),
            "APIKIT_SPECS_DIR": str(self.specs_dir),
            "DATABASE_URL": self.database_url,
            "APIKIT_ISSUER": self.issuer,
            "APIKIT_AUDIENCE": self.audience,
            "APIKIT_JWT_SECRET": self.jwt_secret,
            "APIKIT_TOKEN_TTL": str(self.token_ttl_seconds),
            "APIKIT_MAX_BODY_BYTES": str(self.max_body_bytes),
            "APIKIT_RATE_LIMITS_ENABLED": "1" if self.rate_limits_enabled else "0",
            "APIKIT_RATE_LIMITS": ",".join(
                f"{api}={limit}" for api, limit in self.rate_limit_overrides.items()
            ),
            "APIKIT_VALIDATE_RESPONSES": "1" if self.validate_responses else "0",
            "APIKIT_LOG_LEVEL": self.log_level,
            "APIKIT_WEBHOOK_DISPATCHER": "1" if self.webhook_dispatcher else "0",
            "APIKIT_WEBHOOK_ALLOW_HTTP": "1" if self.webhook_allow_http else "0",
            "APIKIT_WEBHOOK_ALLOW_NETWORKS": ",".join(self.webhook_allow_networks),
            "APIKIT_WEBHOOK_TIMEOUT": str(self.webhook_timeout_seconds),
            "APIKIT_WEBHOOK_DELAY_SCALE": str(self.webhook_delay_scale),
            "APIKIT_WEBHOOK_POLL": str(self.webhook_poll_seconds),
            "APIKIT_WEBHOOK_DISABLE_AFTER": str(self.webhook_disable_after),
        }
        if self.jwt_private_key_file and self.jwt_public_key_file:
            env["APIKIT_JWT_PRIVATE_KEY_FILE"] = str(self.jwt_private_key_file)
            env["APIKIT_JWT_PUBLIC_KEY_FILE"] = str(self.jwt_public_key_file)
        return env

    def export(self) -> None:
        """Put :meth:`to_env` into this process's environment, for workers it spawns."""
        os.environ.update(self.to_env())  # noqa: TID251 - the one writer

    def with_changes(self, **changes: object) -> Settings:
        """A copy with some fields replaced (command-line options win over the environment)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def effective_database_url(self) -> str:
        """``database_url``, or the SQLite file under ``data_dir``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'apikit.db').resolve()}"
