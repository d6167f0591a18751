"""The accept file: reviewed breaking changes that should no longer fail the check.

Entries are keyed by rule id and location (operation and/or JSON pointer), never by message
text, so rewording a message does not revive an accepted change::

    accepted:
      - rule: response-body-required-property-removed
        operation: GET /pets/{petId}
        pointer: /paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema
        reason: the field was never populated (PR 412)
        expires: 2026-12-31
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import yaml

from contracts.diff.catalogue import RULES
from contracts.diff.errors import DiffInputError
from contracts.diff.findings import Finding
from contracts.diff.result import Acceptance, AcceptedFinding, DiffResult
from contracts.diff.walker import normalise_path


def load_acceptances(path: str | Path) -> list[Acceptance]:
    """Read an accept file; raise :class:`DiffInputError` when it is malformed."""
    source = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DiffInputError(source, f"cannot read the accept file: {exc}") from exc
    entries = data.get("accepted") if isinstance(data, dict) else data
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise DiffInputError(source, "expected a list of entries under `accepted`")
    return [_entry(source, index, entry) for index, entry in enumerate(entries)]


def _entry(source: str, index: int, entry: Any) -> Acceptance:
    where = f"{source}: entry {index + 1}"
    if not isinstance(entry, dict):
        raise DiffInputError(where, "an entry is a mapping with rule, operation/pointer, reason")
    rule_id = entry.get("rule")
    if rule_id not in RULES:
        raise DiffInputError(where, f"unknown rule {rule_id!r} (see `apikit diff --list-rules`)")
    operation, pointer = entry.get("operation"), entry.get("pointer")
    if not operation and not pointer:
        raise DiffInputError(where, "give an `operation`, a `pointer`, or both")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise DiffInputError(where, "every acceptance needs a `reason`")
    expires = entry.get("expires")
    if expires is not None and not isinstance(expires, datetime.date):
        try:
            expires = datetime.date.fromisoformat(str(expires))
        except ValueError as exc:
            raise DiffInputError(where, f"`expires` is not a date: {expires!r}") from exc
    return Acceptance(
        str(rule_id),
        str(operation) if operation else None,
        str(pointer) if pointer else None,
        reason.strip(),
        expires,
    )


def _operation_key(operation: str) -> tuple[str, str]:
    method, _, path = operation.strip().partition(" ")
    return method.upper(), normalise_path(path.strip())


def matches(acceptance: Acceptance, finding: Finding) -> bool:
    """Whether ``acceptance`` covers ``finding`` (a pointer also covers what is below it).

    The pointer may be the resolved one (``/paths/~1pets/get/...``) or where the change is
    written (``/components/schemas/Pet/...``): the latter accepts a shared definition's change
    in every operation that reaches it.
    """
    if acceptance.rule != finding.rule_id:
        return False
    if acceptance.operation is not None and (
        finding.operation is None
        or _operation_key(acceptance.operation) != _operation_key(finding.operation)
    ):
        return False
    if acceptance.pointer is not None:
        pointer = acceptance.pointer.rstrip("/")
        if not any(
            where == pointer or where.startswith(pointer + "/")
            for where in (finding.pointer, finding.source_pointer)
            if where
        ):
            return False
    return True


def apply_acceptances(
    result: DiffResult, acceptances: list[Acceptance], today: datetime.date
) -> DiffResult:
    """Move accepted findings aside; expired and unused acceptances become notes."""
    live = [a for a in acceptances if a.expires is None or a.expires >= today]
    notes = list(result.notes)
    for acceptance in acceptances:
        if acceptance not in live:
            notes.append(
                f"acceptance of `{acceptance.rule}` at {acceptance.where} expired on "
                f"{acceptance.expires}: it no longer applies (reason was: {acceptance.reason})"
            )
    kept: list[Finding] = []
    accepted: list[AcceptedFinding] = list(result.accepted)
    used: set[int] = set()
    for finding in result.findings:
        found = next((a for a in live if matches(a, finding)), None)
        if found is None:
            kept.append(finding)
        else:
            used.add(id(found))
            accepted.append(AcceptedFinding(finding, found))
    for acceptance in live:
        if id(acceptance) not in used:
            notes.append(
                f"acceptance of `{acceptance.rule}` at {acceptance.where} matched no change; "
                "it can be removed"
            )
    return DiffResult(result.base, result.head, tuple(kept), tuple(accepted), tuple(notes))
