"""Users: profiles, roles and the permissions they grant, speaker profiles, preferences.

Emails are unique case-insensitively (409). Only admins change a user's ``status``: the
credential must hold ``users.privacy``, the one scope only the admin role grants (403).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from server.auth.principal import Principal
from server.services.errors import (
    BusinessRuleError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    PreconditionFailedError,
)
from server.services.etag import if_match_satisfied
from server.services.event_platform.listing import Page, Window, contains_text, cut, sort_items
from server.services.event_platform.values import compact, iso, new_id, tag_of, zone
from server.storage.database import Database
from server.storage.event_platform.events import SqlEventStore
from server.storage.event_platform.sessions import SqlSessionStore
from server.storage.event_platform.users import SqlUserStore
from server.storage.models.base import utcnow
from server.storage.models.event_platform import SpeakerProfile, User

USER = "user"
ADMIN_SCOPE = "users.privacy"
ATTENDEE = (
    "events.read",
    "registrations.read",
    "registrations.write",
    "sessions.read",
    "payments.read",
)
AREAS = ("events", "registrations", "users", "sessions", "payments", "webhooks", "exports")
EVERY_READ_WRITE = tuple(f"{area}.{access}" for area in AREAS for access in ("read", "write"))
#: The ``UserRoles`` derivation: the scopes each role grants.
PERMISSIONS: Mapping[str, frozenset[str]] = {
    "attendee": frozenset(ATTENDEE),
    "speaker": frozenset((*ATTENDEE, "users.read")),
    "staff": frozenset((*ATTENDEE, "users.read")),
    "organizer": frozenset(s for s in EVERY_READ_WRITE if s != "users.write"),
    "admin": frozenset((*EVERY_READ_WRITE, "users.privacy")),
}
SORT_KEYS: Mapping[str, Callable[[User], Any]] = {
    "lastName": lambda u: u.last_name.lower(),
    "firstName": lambda u: u.first_name.lower(),
    "email": lambda u: u.email_key,
    "createdAt": lambda u: u.created_at,
}
PROFILE_FIELDS = {
    "email": "email",
    "firstName": "first_name",
    "lastName": "last_name",
    "displayName": "display_name",
    "phone": "phone",
    "company": "company",
    "jobTitle": "job_title",
    "locale": "locale",
    "timezone": "timezone",
    "status": "status",
}


@dataclass(frozen=True)
class Versioned:
    """A representation and its entity tag."""

    body: dict[str, Any]
    etag: str


def permissions_of(roles: list[str]) -> list[str]:
    """The sorted union of the scopes the roles grant."""
    granted: set[str] = set()
    for role in roles:
        granted |= PERMISSIONS[role]
    return sorted(granted)


def default_preferences(locale: str, timezone: str) -> dict[str, Any]:
    """Every email notification on except marketing, no SMS, no calendar, no consent."""
    return {
        "language": locale,
        "timezone": timezone,
        "notifications": {
            "email": {
                "eventReminders": True,
                "eventUpdates": True,
                "paymentReceipts": True,
                "postEventSurveys": True,
                "marketing": False,
            },
            "sms": False,
        },
        "calendarProvider": "none",
        "consent": {"marketing": False, "analytics": False, "doNotSellOrShare": False},
    }


def user_body(user: User, has_profile: bool) -> dict[str, Any]:
    """The ``User`` view of a stored user."""
    return compact(
        {
            "id": user.id,
            "email": user.email,
            "firstName": user.first_name,
            "lastName": user.last_name,
            "displayName": user.display_name,
            "phone": user.phone,
            "company": user.company,
            "jobTitle": user.job_title,
            "locale": user.locale,
            "timezone": user.timezone,
            "roles": list(user.roles),
            "status": user.status,
            "hasSpeakerProfile": has_profile,
            "createdAt": iso(user.created_at),
            "updatedAt": iso(user.updated_at),
        }
    )


def roles_body(user: User) -> dict[str, Any]:
    """The ``UserRoles`` view: roles and the permissions derived from them."""
    return {
        "userId": user.id,
        "roles": list(user.roles),
        "permissions": permissions_of(list(user.roles)),
        "updatedAt": iso(user.roles_updated_at),
    }


def profile_body(profile: SpeakerProfile) -> dict[str, Any]:
    """The ``SpeakerProfile`` view."""
    return compact(
        {
            "userId": profile.user_id,
            "headline": profile.headline,
            "bio": profile.bio,
            "photoUrl": profile.photo_url,
            "company": profile.company,
            "jobTitle": profile.job_title,
            "expertise": list(profile.expertise),
            "socialLinks": [dict(link) for link in profile.social_links],
            "createdAt": iso(profile.created_at),
            "updatedAt": iso(profile.updated_at),
        }
    )


def preferences_body(user: User) -> dict[str, Any]:
    """The ``Preferences`` view."""
    return {
        "userId": user.id,
        **user.preferences,
        "updatedAt": iso(user.preferences_updated_at),
    }


def versioned(body: dict[str, Any]) -> Versioned:
    """``body`` with its representation hash as entity tag."""
    return Versioned(body, tag_of(body))


class UserService:
    """The user rules over a database; every method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def list(
        self,
        caller: Principal,
        q: str | None,
        role: str | None,
        status: str | None,
        email: str | None,
        sort: str | None,
        window: Window,
    ) -> Page[dict[str, Any]]:
        """A window of the user directory."""
        with self.database.session() as session:
            store = SqlUserStore(session)
            rows = [
                u
                for u in store.matching(status, email)
                if (role is None or role in u.roles)
                and contains_text(q, u.first_name, u.last_name, u.display_name, u.email, u.company)
            ]
            ordered = sort_items(rows, sort, "lastName", SORT_KEYS, lambda u: u.id)
            page = cut(ordered, window)
            return Page(
                [user_body(u, store.profile(u.id) is not None) for u in page.items], page.total
            )

    def create(self, caller: Principal, data: Mapping[str, Any]) -> Versioned:
        """A new user with the ``attendee`` role and default preferences."""
        locale = data.get("locale", "en-US")
        timezone = data.get("timezone", "UTC")
        zone(timezone)
        now = utcnow()
        user = User(
            id=new_id(),
            email_key=data["email"].lower(),
            locale=locale,
            timezone=timezone,
            roles=["attendee"],
            status="active",
            preferences=default_preferences(locale, timezone),
            roles_updated_at=now,
            preferences_updated_at=now,
            created_at=now,
            updated_at=now,
        )
        for member, attribute in PROFILE_FIELDS.items():
            if member in data:
                setattr(user, attribute, data[member])
        with self.database.session() as session:
            store = SqlUserStore(session)
            if store.by_email(user.email) is not None:
                raise ConflictError(USER, user.email, "A user with this email already exists.")
            store.add(user)
            return versioned(user_body(user, False))

    def get(self, caller: Principal, user_id: str) -> Versioned:
        """One user."""
        with self.database.read_session() as session:
            store = SqlUserStore(session)
            user = _existing(store, user_id)
            return versioned(user_body(user, store.profile(user_id) is not None))

    def update(
        self, caller: Principal, user_id: str, data: Mapping[str, Any], if_match: str | None
    ) -> Versioned:
        """Merge ``data`` into the profile."""
        if "status" in data and ADMIN_SCOPE not in caller.scopes:
            raise ForbiddenError(USER, user_id)
        if "timezone" in data:
            zone(data["timezone"])
        with self.database.session() as session:
            store = SqlUserStore(session)
            user = _existing(store, user_id, for_update=True)
            has_profile = store.profile(user_id) is not None
            _check_match(user_body(user, has_profile), user_id, if_match)
            if "email" in data:
                other = store.by_email(data["email"])
                if other is not None and other.id != user_id:
                    raise ConflictError(
                        USER, data["email"], "A user with this email already exists."
                    )
                user.email_key = data["email"].lower()
            for member, attribute in PROFILE_FIELDS.items():
                if member in data:
                    setattr(user, attribute, data[member])
            user.updated_at = utcnow()
            session.flush()
            return versioned(user_body(user, has_profile))

    def delete(self, caller: Principal, user_id: str) -> None:
        """Close the account (registrations keep their copied details)."""
        now = utcnow()
        with self.database.session() as session:
            store = SqlUserStore(session)
            user = _existing(store, user_id, for_update=True)
            for event in SqlEventStore(session).organized_by(user_id):
                if event.status == "draft" or (
                    event.status == "published" and event.end_time > now
                ):
                    raise BusinessRuleError(
                        "user_organizes_events",
                        f"The user organises event {event.id!r}, which is not completed or "
                        "cancelled.",
                        "userId",
                    )
            remove_user(session, store, user)

    # -- roles ---------------------------------------------------------------------------

    def get_roles(self, caller: Principal, user_id: str) -> Versioned:
        """The user's roles and permissions."""
        with self.database.read_session() as session:
            return versioned(roles_body(_existing(SqlUserStore(session), user_id)))

    def set_roles(
        self, caller: Principal, user_id: str, roles: Sequence[str], if_match: str | None
    ) -> Versioned:
        """Replace the roles."""
        with self.database.session() as session:
            store = SqlUserStore(session)
            user = _existing(store, user_id, for_update=True)
            _check_match(roles_body(user), user_id, if_match)
            if "speaker" not in roles and store.profile(user_id) is not None:
                raise BusinessRuleError(
                    "speaker_profile_exists",
                    "The user has a speaker profile; delete it to remove the speaker role.",
                    "roles",
                )
            now = utcnow()
            user.roles = list(roles)
            user.roles_updated_at = now
            user.updated_at = now
            session.flush()
            return versioned(roles_body(user))

    # -- speaker profile -----------------------------------------------------------------

    def get_profile(self, caller: Principal, user_id: str) -> Versioned:
        """The user's speaker profile; 404 when the user has none."""
        with self.database.read_session() as session:
            store = SqlUserStore(session)
            _existing(store, user_id)
            profile = store.profile(user_id)
            if profile is None:
                raise NotFoundError("speaker profile", user_id)
            return versioned(profile_body(profile))

    def put_profile(
        self, caller: Principal, user_id: str, data: Mapping[str, Any], if_match: str | None
    ) -> tuple[Versioned, bool]:
        """Create (adding the ``speaker`` role) or replace the profile; True when created."""
        now = utcnow()
        with self.database.session() as session:
            store = SqlUserStore(session)
            user = _existing(store, user_id, for_update=True)
            profile = store.profile(user_id)
            created = profile is None
            if profile is None:
                profile = SpeakerProfile(user_id=user_id, created_at=now)
                if "speaker" not in user.roles:
                    user.roles = [*user.roles, "speaker"]
                    user.roles_updated_at = now
                    user.updated_at = now
            else:
                _check_match(profile_body(profile), user_id, if_match)
            profile.headline = data["headline"]
            profile.bio = data["bio"]
            profile.photo_url = data.get("photoUrl")
            profile.company = data.get("company")
            profile.job_title = data.get("jobTitle")
            profile.expertise = list(data.get("expertise", []))
            profile.social_links = [dict(link) for link in data.get("socialLinks", [])]
            profile.updated_at = now
            if created:
                store.add(profile)
            session.flush()
            return versioned(profile_body(profile)), created

    def delete_profile(self, caller: Principal, user_id: str) -> None:
        """Delete the profile and the ``speaker`` role, unless the user speaks at open sessions."""
        now = utcnow()
        with self.database.session() as session:
            store = SqlUserStore(session)
            user = _existing(store, user_id, for_update=True)
            profile = store.profile(user_id)
            if profile is None:
                raise NotFoundError("speaker profile", user_id)
            sessions = SqlSessionStore(session)
            events = SqlEventStore(session)
            for row in sessions.sessions_of_speaker(user_id):
                event = events.get(row.event_id)
                open_session = row.status == "scheduled" and row.end_time > now
                if open_session and event is not None and event.status != "cancelled":
                    raise BusinessRuleError(
                        "speaker_assigned",
                        f"The user speaks at session {row.id!r}, which is not completed or "
                        "cancelled.",
                        "userId",
                    )
            sessions.remove_speaker_everywhere(user_id)
            store.delete(profile)
            user.roles = [r for r in user.roles if r != "speaker"] or ["attendee"]
            user.roles_updated_at = now
            user.updated_at = now

    # -- preferences ---------------------------------------------------------------------

    def get_preferences(self, caller: Principal, user_id: str) -> Versioned:
        """The user's preferences."""
        with self.database.read_session() as session:
            return versioned(preferences_body(_existing(SqlUserStore(session), user_id)))

    def update_preferences(
        self, caller: Principal, user_id: str, data: Mapping[str, Any], if_match: str | None
    ) -> Versioned:
        """Merge ``data`` into the preferences (marketing email and consent mirror each other)."""
        email = data.get("notifications", {}).get("email", {})
        consent = data.get("consent", {})
        if (
            "marketing" in email
            and "marketing" in consent
            and email["marketing"] != consent["marketing"]
        ):
            raise BusinessRuleError(
                "marketing_mismatch",
                "notifications.email.marketing and consent.marketing must agree.",
                "consent.marketing",
            )
        if "timezone" in data:
            zone(data["timezone"])
        with self.database.session() as session:
            user = _existing(SqlUserStore(session), user_id, for_update=True)
            _check_match(preferences_body(user), user_id, if_match)
            merged = _merge(user.preferences, data)
            marketing = email.get("marketing", consent.get("marketing"))
            if marketing is not None:
                merged["notifications"]["email"]["marketing"] = marketing
                merged["consent"]["marketing"] = marketing
            if merged["notifications"]["sms"] and not user.phone:
                raise BusinessRuleError(
                    "phone_required",
                    "SMS notifications need a phone number on the profile.",
                    "notifications.sms",
                )
            user.preferences = merged
            user.preferences_updated_at = utcnow()
            session.flush()
            return versioned(preferences_body(user))


def remove_user(session: Session, store: SqlUserStore, user: User) -> None:
    """Delete the account, its speaker profile and its session assignments."""
    SqlSessionStore(session).remove_speaker_everywhere(user.id)
    profile = store.profile(user.id)
    if profile is not None:
        store.delete(profile)
    store.delete(user)


def _merge(stored: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    merged = {
        key: (dict(value) if isinstance(value, dict) else value) for key, value in stored.items()
    }
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _existing(store: SqlUserStore, user_id: str, *, for_update: bool = False) -> User:
    user = store.get(user_id, for_update=for_update)
    if user is None:
        raise NotFoundError(USER, user_id)
    return user


def _check_match(body: dict[str, Any], user_id: str, if_match: str | None) -> None:
    current = tag_of(body)
    if not if_match_satisfied(if_match, current):
        raise PreconditionFailedError(USER, user_id, current)
