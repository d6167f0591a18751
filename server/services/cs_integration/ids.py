"""Server-generated identifiers: a type prefix, ``_`` and 16 random lowercase letters/digits."""

from __future__ import annotations

import secrets
import string

ALPHABET = string.ascii_lowercase + string.digits


def new_id(prefix: str) -> str:
    """A fresh id such as ``hce_8k2m4n6p8r0t2v4x``."""
    return prefix + "_" + "".join(secrets.choice(ALPHABET) for _ in range(16))
