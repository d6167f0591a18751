"""event-platform tables: users, series, events, sessions and their records, export jobs.

Table names start with ``ep_`` (the API's tables side by side with the others'). Registrations
live in :mod:`server.storage.models.event_registrations`; webhook events go to the shared
outbox (:mod:`server.storage.models.outbox`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.storage.models.base import Base, UtcDateTime, utcnow


class User(Base):
    """A user account with its preferences (one row: every user has preferences)."""

    __tablename__ = "ep_users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    #: Lower-cased email: uniqueness is case-insensitive.
    email_key: Mapped[str] = mapped_column(String(254), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    display_name: Mapped[str | None] = mapped_column(String(100), default=None)
    phone: Mapped[str | None] = mapped_column(String(16), default=None)
    company: Mapped[str | None] = mapped_column(String(200), default=None)
    job_title: Mapped[str | None] = mapped_column(String(200), default=None)
    locale: Mapped[str] = mapped_column(String(35))
    timezone: Mapped[str] = mapped_column(String(64))
    roles: Mapped[list[str]] = mapped_column(JSON)
    roles_updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="active")
    preferences: Mapped[dict[str, Any]] = mapped_column(JSON)
    preferences_updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class SpeakerProfile(Base):
    """The speaker profile of a user (at most one)."""

    __tablename__ = "ep_speaker_profiles"

    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ep_users.id", ondelete="CASCADE"), primary_key=True
    )
    headline: Mapped[str] = mapped_column(String(200))
    bio: Mapped[str] = mapped_column(Text)
    photo_url: Mapped[str | None] = mapped_column(String(500), default=None)
    company: Mapped[str | None] = mapped_column(String(200), default=None)
    job_title: Mapped[str | None] = mapped_column(String(200), default=None)
    expertise: Mapped[list[str]] = mapped_column(JSON)
    social_links: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class EventSeries(Base):
    """A series grouping recurring events."""

    __tablename__ = "ep_event_series"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    recurrence_rule: Mapped[str | None] = mapped_column(String(500), default=None)
    timezone: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Event(Base):
    """An event; ``status`` stores draft/published/cancelled (``completed`` is derived)."""

    __tablename__ = "ep_events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    format: Mapped[str] = mapped_column(String(16))
    start_time: Mapped[datetime] = mapped_column(UtcDateTime())
    end_time: Mapped[datetime] = mapped_column(UtcDateTime())
    timezone: Mapped[str] = mapped_column(String(64))
    venue: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    online_url: Mapped[str | None] = mapped_column(String(2000), default=None)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    price_amount: Mapped[int | None] = mapped_column(Integer, default=None)
    price_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    series_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("ep_event_series.id"), default=None, index=True
    )
    parent_event_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("ep_events.id"), default=None, index=True
    )
    tags: Mapped[list[str]] = mapped_column(JSON)
    #: No foreign key: finished events keep naming an organiser whose account was closed.
    organizer_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    cancellation_reason: Mapped[str | None] = mapped_column(String(1000), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class Session(Base):
    """A session of an event; ``status`` stores scheduled/cancelled (``completed`` is derived)."""

    __tablename__ = "ep_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("ep_events.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    start_time: Mapped[datetime] = mapped_column(UtcDateTime())
    end_time: Mapped[datetime] = mapped_column(UtcDateTime())
    room: Mapped[str | None] = mapped_column(String(100), default=None)
    track: Mapped[str | None] = mapped_column(String(100), default=None)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    online_url: Mapped[str | None] = mapped_column(String(2000), default=None)
    tags: Mapped[list[str]] = mapped_column(JSON)
    cancellation_reason: Mapped[str | None] = mapped_column(String(1000), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class SessionSpeaker(Base):
    """A speaker assigned to a session; ``position`` keeps the assignment order."""

    __tablename__ = "ep_session_speakers"

    session_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ep_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("ep_users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)


class SessionAttendance(Base):
    """An attendee's presence at a session (one per registration and session)."""

    __tablename__ = "ep_session_attendance"
    __table_args__ = (UniqueConstraint("session_id", "registration_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("ep_sessions.id"), index=True)
    event_id: Mapped[str] = mapped_column(String(36))
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    source: Mapped[str] = mapped_column(String(16))
    joined_at: Mapped[datetime] = mapped_column(UtcDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class SessionMaterial(Base):
    """A link to a material of a session."""

    __tablename__ = "ep_session_materials"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("ep_sessions.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(String(2000))
    visibility: Mapped[str] = mapped_column(String(16))
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class SessionFeedback(Base):
    """An attendee's rating of a session (one per registration and session)."""

    __tablename__ = "ep_session_feedback"
    __table_args__ = (UniqueConstraint("session_id", "registration_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36), ForeignKey("ep_sessions.id"), index=True)
    event_id: Mapped[str] = mapped_column(String(36))
    registration_id: Mapped[str] = mapped_column(String(36), index=True)
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(String(2000), default=None)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class ExportJob(Base):
    """A batch export job and, once completed, its CSV file."""

    __tablename__ = "ep_export_jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: The client that requested it: another client's job is a 404.
    client_id: Mapped[str] = mapped_column(String(64), index=True)
    type: Mapped[str] = mapped_column(String(16))
    format: Mapped[str] = mapped_column(String(8), default="csv")
    filters: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    row_count: Mapped[int | None] = mapped_column(Integer, default=None)
    error: Mapped[str | None] = mapped_column(String(500), default=None)
    content: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
