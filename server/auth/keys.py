"""Signing keys for access tokens: an HS256 secret (configured or generated once) or an RSA pair."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jwt.algorithms import RSAAlgorithm

from server.settings import Settings

SECRET_FILE = "jwt-secret"


@dataclass(frozen=True)
class SigningKeys:
    """The algorithm, the key that signs, the key that verifies, and the public JWKS."""

    algorithm: str
    signing_key: Any
    verification_key: Any
    key_id: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> SigningKeys:
        """RS256 when both key files are set, else HS256 with the configured or kept secret."""
        if settings.jwt_private_key_file and settings.jwt_public_key_file:
            rsa = RSAAlgorithm(RSAAlgorithm.SHA256)
            private_key = rsa.prepare_key(settings.jwt_private_key_file.read_bytes())
            public_pem = settings.jwt_public_key_file.read_bytes()
            kid = hashlib.sha256(public_pem).hexdigest()[:16]
            return cls("RS256", private_key, rsa.prepare_key(public_pem), kid)
        secret = settings.jwt_secret or _kept_secret(settings.data_dir)
        return cls("HS256", secret.encode(), secret.encode())

    def jwks(self) -> dict[str, Any]:
        """The public keys as a JWK Set (empty for HS256: a shared secret is never published)."""
        if self.algorithm != "RS256":
            return {"keys": []}
        jwk = json.loads(RSAAlgorithm.to_jwk(self.verification_key))
        jwk.update({"kid": self.key_id, "use": "sig", "alg": "RS256"})
        return {"keys": [jwk]}


def _kept_secret(data_dir: Path) -> str:
    """The secret in ``data_dir/jwt-secret``, created (mode 0600) on first use."""
    path = data_dir / SECRET_FILE
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    # O_EXCL: two workers starting together keep whichever secret was written first.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secret)
    return secret
