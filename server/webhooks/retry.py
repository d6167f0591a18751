"""When the next attempt is due: the retry policy's exponential backoff, with jitter."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

#: Delays vary by ±20 % so receivers coming back are not hit by every retry at once.
JITTER = 0.2


def retry_delay(
    policy: Mapping[str, Any], failed_attempts: int, scale: float, rng: random.Random
) -> timedelta:
    """Delay after the ``failed_attempts``-th failure: initial * multiplier ** (n - 1), jittered.

    ``scale`` shrinks every delay (tests); the policy itself is what the client set.
    """
    initial = float(policy.get("initialDelaySeconds", 60))
    multiplier = float(policy.get("backoffMultiplier", 2))
    base = initial * multiplier ** max(failed_attempts - 1, 0) * scale
    return timedelta(seconds=base * rng.uniform(1 - JITTER, 1 + JITTER))


def attempts_allowed(policy: Mapping[str, Any]) -> int:
    """Attempts in all, including the first."""
    return int(policy.get("maxAttempts", 5))
