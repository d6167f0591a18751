"""RFC 5545 output: escaping and folding of content lines."""

from __future__ import annotations

from datetime import UTC, datetime

from server.services.event_platform.icalendar import CalendarEntry, escape, fold, render_calendar


def test_text_is_escaped() -> None:
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_long_lines_fold_at_75_octets_without_splitting_characters() -> None:
    line = "SUMMARY:" + "é" * 100
    folded = fold(line)
    pieces = folded.split("\r\n ")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert "".join(pieces) == line


def test_calendar_has_one_vevent_per_entry() -> None:
    moment = datetime(2026, 5, 1, 9, tzinfo=UTC)
    entry = CalendarEntry("x", moment, moment, "Talk", moment, "CONFIRMED")
    text = render_calendar([entry, entry])
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 2
    assert "DTSTART:20260501T090000Z" in lines
