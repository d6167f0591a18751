"""iCalendar (RFC 5545) documents for events, sessions and schedules.

Hand-written: no iCalendar library is a dependency, and the output needs only VCALENDAR
with VEVENTs, text escaping (section 3.3.11) and line folding at 75 octets (section 3.1).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

PRODUCT = "-//apikit//Event Management Platform API 1.0//EN"
UID_DOMAIN = "eventmanagement.example"


@dataclass(frozen=True)
class CalendarEntry:
    """One VEVENT: what calendars show of an event or a session."""

    uid: str
    start: datetime
    end: datetime
    summary: str
    stamp: datetime
    status: str
    description: str | None = None
    location: str | None = None
    url: str | None = None
    categories: Sequence[str] = ()


def calendar_status(status: str) -> str:
    """RFC 5545 STATUS of an API status (drafts are tentative, cancellations cancelled)."""
    if status == "cancelled":
        return "CANCELLED"
    if status == "draft":
        return "TENTATIVE"
    return "CONFIRMED"


def render_calendar(entries: Iterable[CalendarEntry], name: str | None = None) -> str:
    """A VCALENDAR holding one VEVENT per entry, lines ending with CRLF."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    for entry in entries:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{entry.uid}@{UID_DOMAIN}",
            f"DTSTAMP:{_utc(entry.stamp)}",
            f"DTSTART:{_utc(entry.start)}",
            f"DTEND:{_utc(entry.end)}",
            f"SUMMARY:{escape(entry.summary)}",
            f"STATUS:{entry.status}",
        ]
        if entry.description:
            lines.append(f"DESCRIPTION:{escape(entry.description)}")
        if entry.location:
            lines.append(f"LOCATION:{escape(entry.location)}")
        if entry.url:
            lines.append(f"URL:{entry.url}")
        if entry.categories:
            lines.append("CATEGORIES:" + ",".join(escape(c) for c in entry.categories))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def escape(text: str) -> str:
    """TEXT value escaping: backslash, semicolon, comma and newlines."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF + space (whole characters)."""
    pieces: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode())
        limit = 75 if not pieces else 74
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
