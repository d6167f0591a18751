"""Request and response models (TypedDicts) of Event Management Platform API 1.0.0."""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class Error(TypedDict):
    """Every error response of this API: a single `error` member (seed 003 section 3.7), served
    as `application/json`."""

    error: ErrorBody


class ErrorBody(TypedDict):
    """The body of the `error` member (seed 003 section 3.7). `details` and `target` are
    present when the server can say more: for a request that violates the schema, `details`
    lists every violation found (joined by `; `) and `target` names the first offending
    field as a JSON pointer into the body (`/attendee/email`) or the parameter name
    (`eventId`, `pageSize`)."""

    code: ErrorCode
    # Human-readable summary, localised per `Accept-Language` when a translation exists.
    message: str
    # Explanation specific to this occurrence.
    details: NotRequired[str]
    # The field, parameter or header the error concerns.
    target: NotRequired[str]
    # HTTP status code of this response.
    status: int
    # When the error occurred (UTC).
    timestamp: str
    # The request's `X-Correlation-ID` (echoed or generated).
    correlationId: str
    # Link to the documentation of `code`: `https://docs.eventmanagement.example/errors/<code>`.
    documentation: str


# Machine-readable error code (seed 003 section 3.7 and Appendix D). Each code maps to one HTTP
# status: - `VALIDATION_ERROR` -- 400: the request violates the schema (malformed JSON, wrong
# type, missing or unknown field, bad parameter). - `UNAUTHORIZED` -- 401: no credentials, or a
# token/API key that is invalid or expired. - `FORBIDDEN` -- 403: valid credentials without the
# scope the operation needs, or an object the client may not touch. - `RESOURCE_NOT_FOUND` -- 404:
# the id in the path (or a referenced id in the body) names nothing. - `METHOD_NOT_ALLOWED` --
# 405: the path exists but not with this method. - `NOT_ACCEPTABLE` -- 406: none of the media
# types in `Accept` can be produced. - `CONFLICT` -- 409: the request conflicts with the current
# state (duplicate create, job not finished). - `PRECONDITION_FAILED` -- 412: the `If-Match`
# entity tag no longer matches the resource. - `PAYLOAD_TOO_LARGE` -- 413: the request body
# exceeds 1 MiB. - `UNSUPPORTED_MEDIA_TYPE` -- 415: the request body is not `application/json`. -
# `BUSINESS_RULE_VIOLATION` -- 422: well-formed request that breaks a business rule (publishing a
# past event, refunding more than was paid, registering for a full event...). -
# `RATE_LIMIT_EXCEEDED` -- 429: the client's rate limit or concurrency limit is exhausted; see
# `Retry-After`. - `INTERNAL_ERROR` -- 500: an unexpected server fault; report the
# `correlationId`. - `SERVICE_UNAVAILABLE` -- 503: the service or a downstream gateway is
# temporarily unavailable.
ErrorCode: TypeAlias = Literal[
    "VALIDATION_ERROR",
    "UNAUTHORIZED",
    "FORBIDDEN",
    "RESOURCE_NOT_FOUND",
    "METHOD_NOT_ALLOWED",
    "NOT_ACCEPTABLE",
    "CONFLICT",
    "PRECONDITION_FAILED",
    "PAYLOAD_TOO_LARGE",
    "UNSUPPORTED_MEDIA_TYPE",
    "BUSINESS_RULE_VIOLATION",
    "RATE_LIMIT_EXCEEDED",
    "INTERNAL_ERROR",
    "SERVICE_UNAVAILABLE",
]


# A resource id: a UUID (seed 003 section 3.7 shows event ids as UUIDs; every resource of this API
# uses them, except webhook deliveries, whose ids follow the seed's `whk_` form).
Uuid: TypeAlias = str


class EventList(TypedDict):
    """A page of events."""

    # Events on this page.
    data: list[Event]
    pagination: Pagination


class Event(TypedDict):
    """An event. Lifecycle: created as `draft`; `POST /events/{eventId}/publish` makes it
    `published` (public, open for registration); `POST /events/{eventId}/cancel` makes a
    draft or published event `cancelled`. `completed` is derived, not stored: a published
    event whose `endTime` has passed is reported as `completed`. Cancelled and completed
    events cannot be updated (422)."""

    # Event id.
    id: str
    # Event title.
    title: str
    # Event description (plain text or Markdown).
    description: NotRequired[str]
    # Lifecycle status (see the schema description).
    status: Literal["draft", "published", "cancelled", "completed"]
    # How attendees take part. `in_person` and `hybrid` events need a `venue`; `virtual` and
    # `hybrid` events need an `onlineUrl` (422 otherwise).
    format: Literal["in_person", "virtual", "hybrid"]
    # Start, as an instant (UTC or with offset).
    startTime: str
    # End, as an instant; must be after `startTime` (422 otherwise).
    endTime: str
    # IANA time zone the event is held in, used for iCalendar output and schedule days
    # (`America/Los_Angeles`). A well-formed but unknown zone is a 422.
    timezone: str
    venue: NotRequired[Venue]
    # Join or streaming URL of a virtual or hybrid event.
    onlineUrl: NotRequired[str]
    # Maximum number of seats. Absent means unlimited. Seats are taken by registrations that are
    # `pending`, `confirmed` or `checked_in`.
    capacity: NotRequired[int]
    # Price of one registration. Absent or amount 0 means the event is free.
    price: NotRequired[Money]
    # The series this event is an occurrence of (`POST /event-series`). Unknown id -> 422.
    seriesId: NotRequired[str]
    # The event this one is a sub-event of (a track day, a workshop inside a conference). The
    # parent must exist and not itself be a sub-event (one level only, 422 otherwise); the sub-
    # event must lie within the parent's start and end.
    parentEventId: NotRequired[str]
    # Free tags for filtering (`tag` query parameter). Lower-case letters, digits and dashes.
    tags: list[str]
    # User who organises the event; absent when none was named.
    organizerId: NotRequired[str]
    # When the event was published; absent while draft.
    publishedAt: NotRequired[str]
    # When the event was cancelled; present only when cancelled.
    cancelledAt: NotRequired[str]
    # Why the event was cancelled; present only when cancelled.
    cancellationReason: NotRequired[str]
    # Creation time.
    createdAt: str
    # Last change; also the basis of the `ETag`.
    updatedAt: str
    links: EventLinks


class Venue(TypedDict):
    """Where an in-person or hybrid event takes place."""

    # Venue name.
    name: str
    address: Address
    # Room or hall inside the venue.
    room: NotRequired[str]


class Address(TypedDict):
    """Postal address."""

    # Street and number.
    line1: str
    # Suite, floor.
    line2: NotRequired[str]
    # City.
    city: str
    # State, province or county.
    region: NotRequired[str]
    # Postal code.
    postalCode: NotRequired[str]
    # ISO 3166-1 alpha-2 country code.
    country: str


class Money(TypedDict):
    """An amount of money in minor units of its currency (cents for USD), as payment gateways
    such as Stripe count it, so no rounding is ever needed."""

    # Amount in minor units.
    amount: int
    # ISO 4217 currency code.
    currency: str


class EventLinks(TypedDict):
    """Hypermedia links of an event (seed 003 section 3.1, HATEOAS), as absolute paths."""

    # This event.
    self: str
    # Its sessions.
    sessions: str
    # Its attendee list.
    attendees: str
    # Its statistics.
    statistics: str
    # Its schedule.
    schedule: str


class Pagination(TypedDict):
    """Where the page sits in the collection (seed 003 section 8.4). The query chooses the
    mode, by precedence (parameters of a lower-precedence mode are ignored, never an error):
    `cursor` present -> cursor mode, page size `limit` (default 50); else `limit` or
    `offset` present -> offset mode; else page mode (`page`/`pageSize`, defaults 1 and 20).
    `nextCursor` is returned in every mode whenever `hasMore` is true, so a client may
    switch to cursor mode after any page; cursors are opaque, encode the position, filters
    and sort of the request that issued them, and a cursor that cannot be decoded is a 400.
    A page past the end is an empty `data` with `hasMore` false, not an error. The `Link`
    header carries the same navigation as URLs."""

    # Pagination mode in use.
    mode: Literal["page", "cursor", "offset"]
    # Current page (page mode).
    page: NotRequired[int]
    # Items per page (page mode).
    pageSize: NotRequired[int]
    # Number of pages (page mode), at least 1.
    totalPages: NotRequired[int]
    # Maximum items returned (offset and cursor modes).
    limit: NotRequired[int]
    # Items skipped (offset mode).
    offset: NotRequired[int]
    # Items matching the filters across all pages.
    totalItems: int
    # Whether items follow this page.
    hasMore: bool
    # Cursor of the next page; present when `hasMore` is true.
    nextCursor: NotRequired[str]


class EventCreate(TypedDict):
    """A new event; it starts as `draft`."""

    # Event title.
    title: str
    # Event description (plain text or Markdown).
    description: NotRequired[str]
    # How attendees take part. `in_person` and `hybrid` events need a `venue`; `virtual` and
    # `hybrid` events need an `onlineUrl` (422 otherwise).
    format: Literal["in_person", "virtual", "hybrid"]
    # Start, as an instant (UTC or with offset).
    startTime: str
    # End, as an instant; must be after `startTime` (422 otherwise).
    endTime: str
    # IANA time zone the event is held in, used for iCalendar output and schedule days
    # (`America/Los_Angeles`). A well-formed but unknown zone is a 422.
    timezone: str
    venue: NotRequired[Venue]
    # Join or streaming URL of a virtual or hybrid event.
    onlineUrl: NotRequired[str]
    # Maximum number of seats. Absent means unlimited. Seats are taken by registrations that are
    # `pending`, `confirmed` or `checked_in`.
    capacity: NotRequired[int]
    # Price of one registration. Absent or amount 0 means the event is free.
    price: NotRequired[Money]
    # The series this event is an occurrence of (`POST /event-series`). Unknown id -> 422.
    seriesId: NotRequired[str]
    # The event this one is a sub-event of (a track day, a workshop inside a conference). The
    # parent must exist and not itself be a sub-event (one level only, 422 otherwise); the sub-
    # event must lie within the parent's start and end.
    parentEventId: NotRequired[str]
    # Free tags for filtering (`tag` query parameter). Lower-case letters, digits and dashes.
    tags: NotRequired[list[str]]
    # User who organises the event; an unknown id is a 422.
    organizerId: NotRequired[str]


class EventUpdate(TypedDict):
    """Partial update (merge semantics: fields present replace the stored ones, absent fields
    are unchanged; optional fields cannot be cleared through this operation). At least one
    field. The same cross-field rules as on create apply to the merged result (422).
    Changing `startTime`, `endTime`, `venue` or `onlineUrl` of a published event sends
    `event.updated` to webhook subscribers and updated iCalendar data to synced calendars."""

    # Event title.
    title: NotRequired[str]
    # Event description (plain text or Markdown).
    description: NotRequired[str]
    # How attendees take part. `in_person` and `hybrid` events need a `venue`; `virtual` and
    # `hybrid` events need an `onlineUrl` (422 otherwise).
    format: NotRequired[Literal["in_person", "virtual", "hybrid"]]
    # Start, as an instant (UTC or with offset).
    startTime: NotRequired[str]
    # End, as an instant; must be after `startTime` (422 otherwise).
    endTime: NotRequired[str]
    # IANA time zone the event is held in, used for iCalendar output and schedule days
    # (`America/Los_Angeles`). A well-formed but unknown zone is a 422.
    timezone: NotRequired[str]
    venue: NotRequired[Venue]
    # Join or streaming URL of a virtual or hybrid event.
    onlineUrl: NotRequired[str]
    # Maximum number of seats. Absent means unlimited. Seats are taken by registrations that are
    # `pending`, `confirmed` or `checked_in`.
    capacity: NotRequired[int]
    # Price of one registration. Absent or amount 0 means the event is free.
    price: NotRequired[Money]
    # The series this event is an occurrence of (`POST /event-series`). Unknown id -> 422.
    seriesId: NotRequired[str]
    # The event this one is a sub-event of (a track day, a workshop inside a conference). The
    # parent must exist and not itself be a sub-event (one level only, 422 otherwise); the sub-
    # event must lie within the parent's start and end.
    parentEventId: NotRequired[str]
    # Free tags for filtering (`tag` query parameter). Lower-case letters, digits and dashes.
    tags: NotRequired[list[str]]
    # User who organises the event; an unknown id is a 422.
    organizerId: NotRequired[str]


class EventCancel(TypedDict):
    """Why the event is cancelled. Every `pending` and `confirmed` registration of the event
    (and of its sub-events) is cancelled with the same reason and completed payments are
    refunded in full."""

    # Cancellation reason shown to attendees.
    reason: str
    # Send the cancellation email to registered attendees.
    notifyAttendees: NotRequired[bool]


class EventStatistics(TypedDict):
    """Figures of one event, derived at read time from its registrations, payments and sessions
    (never stored, so always consistent with them)."""

    # The event.
    eventId: str
    # When the figures were computed.
    generatedAt: str
    # The event's capacity; absent when unlimited.
    capacity: NotRequired[int]
    # Registrations of the event counted by status.
    registrations: EventStatisticsRegistrations
    # `pending` + `confirmed` + `checkedIn`: the seats held against capacity.
    seatsTaken: int
    # `capacity` - `seatsTaken` (never below 0); absent when capacity is unlimited.
    seatsRemaining: NotRequired[int]
    # `confirmed` + `checkedIn`: the size of the attendee list.
    attendeeCount: int
    # `checkedIn` ? (`confirmed` + `checkedIn`), 0 when the divisor is 0.
    checkInRate: float
    # Money collected for the event's registrations, in the event's price currency.
    revenue: EventStatisticsRevenue
    # Sessions of the event.
    sessions: EventStatisticsSessions
    # Registrations created per calendar day (in the event's time zone), oldest first; days
    # without registrations are omitted.
    registrationsByDay: list[EventStatisticsRegistrationsByDayItem]


class EventStatisticsRegistrations(TypedDict):
    """Registrations of the event counted by status."""

    # All registrations ever created for the event, whatever their status.
    total: int
    # Registrations with status `pending`.
    pending: int
    # Registrations with status `confirmed`.
    confirmed: int
    # Registrations with status `checked_in`.
    checkedIn: int
    # Registrations with status `cancelled`.
    cancelled: int


class EventStatisticsRevenue(TypedDict):
    """Money collected for the event's registrations, in the event's price currency."""

    # ISO 4217 code of the event's price (`USD` for free events).
    currency: str
    # Sum of `amount` of the event's payments with status `completed`, `partially_refunded` or
    # `refunded`.
    gross: int
    # Sum of the completed refunds of those payments.
    refunded: int
    # `gross` - `refunded`.
    net: int


class EventStatisticsSessions(TypedDict):
    """Sessions of the event."""

    # Sessions not cancelled.
    count: int
    # Cancelled sessions.
    cancelled: int
    # Attendance records across all sessions.
    totalAttendance: int
    # Mean of every feedback rating across the sessions; absent without feedback.
    averageRating: NotRequired[float]


class EventStatisticsRegistrationsByDayItem(TypedDict):
    """Registrations created on one day."""

    # The day.
    date: str
    # Registrations created that day.
    count: int


class AttendeeList(TypedDict):
    """A page of attendees."""

    # Derived: one entry per registration of the event whose status is `confirmed` or
    # `checked_in`, after the filters; never pending or cancelled registrations.
    data: list[Attendee]
    pagination: Pagination


class Attendee(TypedDict):
    """One line of an event's attendee list. Derived from the event's registrations with status
    `confirmed` or `checked_in` (pending and cancelled registrations are not attendees)."""

    # The registration.
    registrationId: str
    # The platform user, when the registration has one.
    userId: NotRequired[str]
    # Given name.
    firstName: str
    # Family name.
    lastName: str
    # Email.
    email: str
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # The registration status.
    status: Literal["confirmed", "checked_in"]
    # Code of the current ticket, if issued.
    ticketCode: NotRequired[str]
    # When the registration was created.
    registeredAt: str
    # When the attendee checked in, if they did.
    checkedInAt: NotRequired[str]


class EventSeriesCreate(TypedDict):
    """A new event series."""

    # Series title.
    title: str
    # Series description.
    description: NotRequired[str]
    # RFC 5545 RRULE describing the intended rhythm (informational; used in the iCalendar output).
    recurrenceRule: NotRequired[str]
    # IANA time zone of the series; a well-formed but unknown zone is a 422.
    timezone: NotRequired[str]


class EventSeries(TypedDict):
    """A series groups recurring events (a yearly summit, a monthly meetup). Occurrences are
    ordinary events created with `seriesId`; the series does not create them. List them with
    `GET /events?seriesId=`."""

    # Series id.
    id: str
    # Series title.
    title: str
    # Series description.
    description: NotRequired[str]
    # RFC 5545 RRULE describing the intended rhythm (informational; used in the iCalendar output).
    recurrenceRule: NotRequired[str]
    # IANA time zone of the series; a well-formed but unknown zone is a 422.
    timezone: NotRequired[str]
    # Derived: number of events whose `seriesId` is this series (any status).
    eventCount: int
    # Creation time.
    createdAt: str
    # Last change.
    updatedAt: str


class RegistrationList(TypedDict):
    """A page of registrations."""

    # Registrations on this page.
    data: list[Registration]
    pagination: Pagination


class Registration(TypedDict):
    """A registration of one attendee for one event. Status rules: - created `confirmed` when
    the event is free, `pending` when it has a price; - payment moves it: a payment of the
    registration reaching `completed` makes it `confirmed`; a `failed` payment leaves it
    `pending` (another payment may be attempted); a payment becoming `refunded` (refunded in
    full) makes it `cancelled` with reason `Payment refunded`; `partially_refunded` leaves
    it unchanged; - `POST .../cancel` moves `pending` or `confirmed` to `cancelled` (422
    from `checked_in` or `cancelled`); cancelling a paid registration does not refund by
    itself (use `POST /payments/{paymentId}/refunds`); - `POST .../check-in` moves
    `confirmed` to `checked_in` (409 when already checked in, 422 from `pending` or
    `cancelled`); - cancelling the event cancels its `pending` and `confirmed`
    registrations. Each change sends the matching webhook (`registration.created`,
    `registration.confirmed`, `registration.cancelled`, `checkin.completed`)."""

    # Registration id.
    id: str
    # The event registered for.
    eventId: str
    # The platform user who registered, when there is one (guests registered by a partner system
    # have none).
    userId: NotRequired[str]
    # Registration status. Created `confirmed` (free event) or `pending` (priced event). Derived
    # from payments: the registration's payment reaching `completed` makes it `confirmed`;
    # `failed` leaves it `pending`; `refunded` (in full) makes it `cancelled`;
    # `partially_refunded` changes nothing. Moved by operations: cancel -> `cancelled`, check-in
    # -> `checked_in`, event cancellation -> `cancelled` (full rules in the schema description).
    status: Literal["pending", "confirmed", "cancelled", "checked_in"]
    attendee: AttendeeDetails
    # The event's price when the registration was created (amount 0 for free events); what a
    # payment for this registration must pay.
    amountDue: Money
    # Derived: `not_required` for free events, otherwise the status of the registration's latest
    # payment, or `pending` when no payment was made yet.
    paymentStatus: RegistrationPaymentStatus
    # The registration's latest payment; absent before the first payment.
    paymentId: NotRequired[str]
    # Code of the current ticket; absent until one is issued.
    ticketCode: NotRequired[str]
    checkIn: NotRequired[CheckIn]
    # Free notes (dietary needs, accessibility).
    notes: NotRequired[str]
    # When the registration became `confirmed`.
    confirmedAt: NotRequired[str]
    # When it was cancelled; present only when `cancelled`.
    cancelledAt: NotRequired[str]
    # Why it was cancelled; present only when `cancelled`.
    cancellationReason: NotRequired[str]
    # Creation time.
    createdAt: str
    # Last change; basis of the `ETag`.
    updatedAt: str
    links: RegistrationLinks


RegistrationPaymentStatus: TypeAlias = Literal[
    "not_required", "pending", "completed", "failed", "refunded", "partially_refunded"
]


class AttendeeDetails(TypedDict):
    """Who attends, as printed on the badge and ticket. Copied into the registration so it
    survives changes of the user profile."""

    # Given name.
    firstName: str
    # Family name.
    lastName: str
    # Email; unique per event among registrations that are not cancelled (case-insensitive), 409
    # otherwise.
    email: str
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # Phone in E.164 form.
    phone: NotRequired[str]


class CheckIn(TypedDict):
    """A check-in: the attendee arrived at the event. Sent as the `data` of
    `checkin.completed`."""

    # The registration checked in.
    registrationId: str
    # The event.
    eventId: str
    # When the attendee checked in.
    checkedInAt: str
    # How: `manual` (staff), `qr_scan` (ticket scanned), `kiosk` (self-service), `api` (an
    # integration).
    method: Literal["manual", "qr_scan", "kiosk", "api"]
    # Entrance or desk.
    location: NotRequired[str]
    # Code of the ticket presented, when one was.
    ticketCode: NotRequired[str]


class RegistrationLinks(TypedDict):
    """Hypermedia links of a registration, as absolute paths."""

    # This registration.
    self: str
    # Its event.
    event: str
    # Its ticket.
    ticket: str


class RegistrationCreate(TypedDict):
    """A new registration. The event must be `published`, not ended, and have a free seat (422
    otherwise); the attendee email must not already hold a registration of the event that is
    not cancelled (409)."""

    # The event to register for; unknown id -> 404.
    eventId: str
    # The platform user registering, if any; unknown id -> 422.
    userId: NotRequired[str]
    attendee: AttendeeDetails
    # Free notes (dietary needs, accessibility).
    notes: NotRequired[str]


class BatchRegistrationRequest(TypedDict):
    """Up to 100 registrations in one request (seed 003 section 8.2). Each item is processed on
    its own, in order, with the same rules as `POST /registrations`: an item that fails does
    not undo the others."""

    # Registrations to create.
    registrations: list[RegistrationCreate]


class BatchRegistrationResult(TypedDict):
    """Outcome of a batch registration: one result per request item, in request order."""

    # One entry per item.
    results: list[BatchRegistrationResultResultsItem]
    # Counts.
    summary: BatchRegistrationResultSummary


class BatchRegistrationResultResultsItem(TypedDict):
    """Outcome of one item: `registration` when it was created (`status` 201), `error`
    otherwise."""

    # Position of the item in the request, from 0.
    index: int
    # 201 when created, else the error's HTTP status.
    status: int
    registration: NotRequired[Registration]
    error: NotRequired[BatchItemError]


class BatchRegistrationResultSummary(TypedDict):
    """Counts."""

    # Items received.
    total: int
    # Items created.
    succeeded: int
    # Items rejected.
    failed: int


class BatchItemError(TypedDict):
    """Why one item of a batch failed: the error body that the single-item operation would have
    answered."""

    # HTTP status the single-item operation would have answered.
    status: int
    error: ErrorBody


class BulkCheckInRequest(TypedDict):
    """Up to 500 check-ins at once (seed 003 section 8.2), e.g. uploaded by an offline check-in
    app. Each item names the registration either by `registrationId` or by `ticketCode`
    (exactly one; an item with both or neither fails with 400 in its result). Items are
    processed independently."""

    # Check-ins to record.
    checkIns: list[BulkCheckInRequestCheckInsItem]
    # How: `manual` (staff), `qr_scan` (ticket scanned), `kiosk` (self-service), `api` (an
    # integration).
    method: NotRequired[Literal["manual", "qr_scan", "kiosk", "api"]]
    # Entrance or desk.
    location: NotRequired[str]


class BulkCheckInRequestCheckInsItem(TypedDict):
    """One check-in."""

    # The registration.
    registrationId: NotRequired[str]
    # Code of the ticket scanned.
    ticketCode: NotRequired[str]
    # When the attendee arrived; defaults to the time of the request.
    checkedInAt: NotRequired[str]


class BulkCheckInResult(TypedDict):
    """Outcome of a bulk check-in: one result per request item, in request order."""

    # One entry per item.
    results: list[BulkCheckInResultResultsItem]
    # Counts.
    summary: BulkCheckInResultSummary


class BulkCheckInResultResultsItem(TypedDict):
    """Outcome of one item: `checkIn` when recorded (`status` 200), `error` otherwise (400 both
    or neither of `registrationId` and `ticketCode`, 404 unknown registration or code, 409
    already checked in, 422 not confirmed or event ended)."""

    # Position of the item in the request, from 0.
    index: int
    # 200 when checked in, else the error's HTTP status.
    status: int
    checkIn: NotRequired[CheckIn]
    error: NotRequired[BatchItemError]


class BulkCheckInResultSummary(TypedDict):
    """Counts."""

    # Items received.
    total: int
    # Items checked in.
    succeeded: int
    # Items rejected.
    failed: int


class RegistrationUpdate(TypedDict):
    """Changes to a `pending` or `confirmed` registration (422 for other statuses). At least
    one field; `attendee` is merged field by field. Changing `attendee.email` to one already
    registered for the event is a 409."""

    # Attendee fields to change.
    attendee: NotRequired[RegistrationUpdateAttendee]
    # Free notes (dietary needs, accessibility).
    notes: NotRequired[str]


class RegistrationUpdateAttendee(TypedDict):
    """Attendee fields to change."""

    # Given name.
    firstName: NotRequired[str]
    # Family name.
    lastName: NotRequired[str]
    # Email; unique per event among registrations that are not cancelled (case-insensitive), 409
    # otherwise.
    email: NotRequired[str]
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # Phone in E.164 form.
    phone: NotRequired[str]


class RegistrationCancel(TypedDict):
    """Why the registration is cancelled."""

    # Cancellation reason.
    reason: str


class CheckInRequest(TypedDict):
    """Details of a check-in. Every field is optional; an absent body checks in now with method
    `api`."""

    # When the attendee arrived; defaults to now; may not lie in the future (422).
    checkedInAt: NotRequired[str]
    # How: `manual` (staff), `qr_scan` (ticket scanned), `kiosk` (self-service), `api` (an
    # integration).
    method: NotRequired[Literal["manual", "qr_scan", "kiosk", "api"]]
    # Entrance or desk.
    location: NotRequired[str]


class Ticket(TypedDict):
    """An admission ticket of a registration. A registration has at most one current ticket;
    issuing a new one voids the previous. `status` is derived: `void` when superseded or
    when the registration is cancelled, `used` when the registration is `checked_in`,
    otherwise `valid`."""

    # Ticket id.
    id: str
    # The registration.
    registrationId: str
    # The event.
    eventId: str
    # Ticket code printed and encoded in the QR code.
    code: str
    # Derived status.
    status: Literal["valid", "used", "void"]
    # First and last name of the attendee.
    attendeeName: str
    # Title of the event.
    eventTitle: str
    # Start of the event.
    eventStartTime: str
    # String encoded in the ticket's QR code: `EMP1:<code>:<eventId>`.
    qrPayload: str
    # When the ticket was issued.
    issuedAt: str


class TicketValidationRequest(TypedDict):
    """A ticket code to check at the door, and the event it is presented at."""

    # Ticket code as scanned.
    code: str
    # The event the ticket is presented at.
    eventId: str


class TicketValidation(TypedDict):
    """Result of a ticket validation. Validation does not check the attendee in (call check-in
    for that). `reason`: `ok` (valid), `unknown_code`, `wrong_event` (ticket of another
    event), `void` (superseded ticket), `registration_cancelled`, `already_used` (the
    registration is already checked in), `registration_pending` (payment not completed)."""

    # True only when `reason` is `ok`.
    valid: bool
    # Why the ticket is or is not valid.
    reason: TicketValidationReason
    ticket: NotRequired[Ticket]
    # The ticket's registration, when the code is known.
    registrationId: NotRequired[str]
    # When the registration was checked in, when `already_used`.
    checkedInAt: NotRequired[str]


TicketValidationReason: TypeAlias = Literal[
    "ok",
    "unknown_code",
    "wrong_event",
    "void",
    "registration_cancelled",
    "already_used",
    "registration_pending",
]


# A platform role. `attendee`: registers for events. `speaker`: holds a speaker profile and can be
# assigned to sessions. `organizer`: creates and manages events, sessions and their registrations.
# `staff`: checks attendees in. `admin`: everything, including users and roles.
Role: TypeAlias = Literal["attendee", "speaker", "organizer", "staff", "admin"]


class UserList(TypedDict):
    """A page of users."""

    # Users on this page.
    data: list[User]
    pagination: Pagination


class User(TypedDict):
    """A user account. Deleting a user (`DELETE /users/{userId}`) closes the account: it
    disappears from the API (404) but its registrations and payments keep their copied
    attendee and billing details for the retention period. Erasure (`POST
    /users/{userId}/erasure`) also removes those personal data."""

    # User id.
    id: str
    # Email; unique across users (case-insensitive), 409 otherwise.
    email: str
    # Given name.
    firstName: str
    # Family name.
    lastName: str
    # Name shown publicly.
    displayName: NotRequired[str]
    # Phone in E.164 form.
    phone: NotRequired[str]
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # Locale of emails and messages.
    locale: str
    # IANA time zone used to display times to the user.
    timezone: str
    # Roles held (set with `PUT /users/{userId}/roles`).
    roles: list[Role]
    # `active`, or `suspended` by an admin (suspended users cannot register).
    status: Literal["active", "suspended"]
    # Derived: whether a speaker profile exists for the user.
    hasSpeakerProfile: bool
    # Creation time.
    createdAt: str
    # Last change; basis of the `ETag`.
    updatedAt: str


class UserCreate(TypedDict):
    """A new user. Roles default to `[attendee]` and are changed with `PUT
    /users/{userId}/roles`."""

    # Email; unique across users (case-insensitive), 409 otherwise.
    email: str
    # Given name.
    firstName: str
    # Family name.
    lastName: str
    # Name shown publicly.
    displayName: NotRequired[str]
    # Phone in E.164 form.
    phone: NotRequired[str]
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # Locale of emails and messages (BCP 47); defaults to `en-US`.
    locale: NotRequired[str]
    # IANA time zone used to display times to the user; defaults to `UTC`. A well-formed but
    # unknown zone is a 422.
    timezone: NotRequired[str]


class UserUpdate(TypedDict):
    """Partial update of a profile (merge semantics; at least one field). `status` is changed
    here by admins only (403 otherwise)."""

    # Email; unique across users (case-insensitive), 409 otherwise.
    email: NotRequired[str]
    # Given name.
    firstName: NotRequired[str]
    # Family name.
    lastName: NotRequired[str]
    # Name shown publicly.
    displayName: NotRequired[str]
    # Phone in E.164 form.
    phone: NotRequired[str]
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # Locale of emails and messages (BCP 47); defaults to `en-US`.
    locale: NotRequired[str]
    # IANA time zone used to display times to the user; defaults to `UTC`. A well-formed but
    # unknown zone is a 422.
    timezone: NotRequired[str]
    # `active`, or `suspended` by an admin (suspended users cannot register).
    status: NotRequired[Literal["active", "suspended"]]


class UserRoles(TypedDict):
    """The roles of a user and the permissions they grant. `permissions` is derived from
    `roles` (union): - `attendee`: `events.read`, `registrations.read`,
    `registrations.write`, `sessions.read`, `payments.read` - `speaker`: attendee's plus
    `users.read` - `staff`: attendee's plus `users.read` - `organizer`: every `*.read` and
    `*.write` scope except `users.write` - `admin`: every scope, including `users.privacy`.
    Permissions use the OAuth scope names of this API."""

    # The user.
    userId: str
    # Roles held.
    roles: list[Role]
    # Derived permissions (scope names), sorted.
    permissions: list[UserRolesPermissionsItem]
    # Last change of the roles.
    updatedAt: str


UserRolesPermissionsItem: TypeAlias = Literal[
    "events.read",
    "events.write",
    "registrations.read",
    "registrations.write",
    "users.read",
    "users.write",
    "users.privacy",
    "sessions.read",
    "sessions.write",
    "payments.read",
    "payments.write",
    "webhooks.read",
    "webhooks.write",
    "exports.read",
    "exports.write",
]


class UserRolesUpdate(TypedDict):
    """The complete new set of roles (replaces the current set). Removing `speaker` from a user
    who holds a speaker profile is a 422 (delete the profile instead); a user cannot change
    their own roles (403)."""

    # Roles to hold.
    roles: list[Role]


class SpeakerProfile(TypedDict):
    """The speaker profile of a user, shown on session pages. Creating it adds the `speaker`
    role to the user; deleting it removes the role. Only users with a speaker profile can be
    assigned to sessions."""

    # The user.
    userId: str
    # One-line introduction.
    headline: str
    # Biography (plain text or Markdown).
    bio: str
    # Portrait photo.
    photoUrl: NotRequired[str]
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # Topics the speaker talks about.
    expertise: list[str]
    # Public profile links.
    socialLinks: list[SocialLink]
    # Creation time.
    createdAt: str
    # Last change; basis of the `ETag`.
    updatedAt: str


class SocialLink(TypedDict):
    """A public profile link."""

    # Kind of link.
    type: SocialLinkType
    # The link.
    url: str


SocialLinkType: TypeAlias = Literal["website", "linkedin", "twitter", "github", "mastodon", "other"]


class SpeakerProfileInput(TypedDict):
    """The complete speaker profile (PUT replaces it; absent optional fields are cleared)."""

    # One-line introduction.
    headline: str
    # Biography (plain text or Markdown).
    bio: str
    # Portrait photo.
    photoUrl: NotRequired[str]
    # Company.
    company: NotRequired[str]
    # Job title.
    jobTitle: NotRequired[str]
    # Topics the speaker talks about.
    expertise: NotRequired[list[str]]
    # Public profile links.
    socialLinks: NotRequired[list[SocialLink]]


class Preferences(TypedDict):
    """A user's preferences. Every user has preferences (defaults: language and timezone from
    the profile, every email notification on except `marketing`, no SMS, calendar `none`,
    every consent false)."""

    # The user.
    userId: str
    # Language of notifications.
    language: str
    # IANA time zone of notifications; a well-formed but unknown zone is a 422.
    timezone: str
    # Which notifications the user receives.
    notifications: PreferencesNotifications
    # Calendar that registrations are synced to (seed 003 section 5.3); `ical` means a
    # subscription URL.
    calendarProvider: Literal["none", "google", "outlook", "ical"]
    # Consent records (seed 003 section 12.1, GDPR/CCPA). `doNotSellOrShare` is the CCPA opt-out
    # of sale or sharing of personal information: when true the user's data are never sent to
    # partner webhooks other than the ones processing their own registrations, and excluded from
    # marketing exports.
    consent: PreferencesConsent
    # Last change; basis of the `ETag`.
    updatedAt: str


class PreferencesNotifications(TypedDict):
    """Which notifications the user receives."""

    # Email notifications by kind (seed 003 section 5.2).
    email: PreferencesNotificationsEmail
    # SMS reminders (needs a phone number on the profile, 422 otherwise).
    sms: bool


class PreferencesNotificationsEmail(TypedDict):
    """Email notifications by kind (seed 003 section 5.2)."""

    # Reminders before events the user registered for.
    eventReminders: bool
    # Changes and cancellations of those events.
    eventUpdates: bool
    # Payment receipts and invoices.
    paymentReceipts: bool
    # Surveys after events.
    postEventSurveys: bool
    # Announcements of new events; mirrors `consent.marketing`.
    marketing: bool


class PreferencesConsent(TypedDict):
    """Consent records (seed 003 section 12.1, GDPR/CCPA). `doNotSellOrShare` is the CCPA
    opt-out of sale or sharing of personal information: when true the user's data are never
    sent to partner webhooks other than the ones processing their own registrations, and
    excluded from marketing exports."""

    # Consent to marketing communications.
    marketing: bool
    # Consent to analytics of the user's activity.
    analytics: bool
    # CCPA opt-out of sale/sharing.
    doNotSellOrShare: bool


class PreferencesUpdate(TypedDict):
    """Partial update of preferences (merge semantics at every level; at least one field).
    Setting `notifications.email.marketing` also sets `consent.marketing` and vice versa;
    sending both with different values is a 422."""

    # Language of notifications.
    language: NotRequired[str]
    # IANA time zone of notifications; a well-formed but unknown zone is a 422.
    timezone: NotRequired[str]
    # Notification settings to change.
    notifications: NotRequired[PreferencesUpdateNotifications]
    # Calendar that registrations are synced to (seed 003 section 5.3); `ical` means a
    # subscription URL.
    calendarProvider: NotRequired[Literal["none", "google", "outlook", "ical"]]
    # Consents to change.
    consent: NotRequired[PreferencesUpdateConsent]


class PreferencesUpdateNotifications(TypedDict):
    """Notification settings to change."""

    # Email notification kinds to change.
    email: NotRequired[PreferencesUpdateNotificationsEmail]
    # SMS reminders (needs a phone number on the profile, 422 otherwise).
    sms: NotRequired[bool]


class PreferencesUpdateNotificationsEmail(TypedDict):
    """Email notification kinds to change."""

    # Reminders before events the user registered for.
    eventReminders: NotRequired[bool]
    # Changes and cancellations of those events.
    eventUpdates: NotRequired[bool]
    # Payment receipts and invoices.
    paymentReceipts: NotRequired[bool]
    # Surveys after events.
    postEventSurveys: NotRequired[bool]
    # Announcements of new events; mirrors `consent.marketing`.
    marketing: NotRequired[bool]


class PreferencesUpdateConsent(TypedDict):
    """Consents to change."""

    # Consent to marketing communications.
    marketing: NotRequired[bool]
    # Consent to analytics of the user's activity.
    analytics: NotRequired[bool]
    # CCPA opt-out of sale/sharing.
    doNotSellOrShare: NotRequired[bool]


class PersonalDataExport(TypedDict):
    """Every personal datum held about a user, for a data subject access or portability request
    (GDPR articles 15 and 20, CCPA right to know). Machine-readable JSON; each list is
    complete (not paginated)."""

    # The user.
    userId: str
    # When the export was compiled.
    generatedAt: str
    profile: User
    preferences: Preferences
    speakerProfile: NotRequired[SpeakerProfile]
    # Every registration of the user, or made with the user's email.
    registrations: list[Registration]
    # Every payment of those registrations.
    payments: list[Payment]
    # Every feedback the user submitted.
    sessionFeedback: list[SessionFeedback]


class Payment(TypedDict):
    """A payment for a registration. Status: `pending` -> `completed` or `failed` (set by the
    gateway's answer); `completed` -> `partially_refunded` -> `refunded` as refunds
    complete: `refunded` when `refundedAmount` equals `amount`, `partially_refunded` when 0
    < `refundedAmount` < `amount`. Each transition updates the registration (see
    `Registration`) and sends `payment.completed`, `payment.failed` or `payment.refunded`."""

    # Payment id.
    id: str
    # The registration paid.
    registrationId: str
    # Derived: the registration's event.
    eventId: str
    # Derived: the registration's user, when it has one.
    userId: NotRequired[str]
    # Amount charged, in minor units (the registration's `amountDue`).
    amount: int
    # ISO 4217 currency.
    currency: str
    # Payment status (see the schema description).
    status: PaymentStatus
    method: PaymentMethod
    # Gateway that processed it; `sandbox` in the sandbox environment.
    provider: Literal["stripe", "paypal", "sandbox"]
    # The gateway's id of the transaction.
    providerReference: NotRequired[str]
    billingDetails: BillingDetails
    # Gateway failure code; present only when `failed`.
    failureCode: NotRequired[PaymentFailureCode]
    # Human-readable failure; present only when `failed`.
    failureReason: NotRequired[str]
    # Derived: sum of the `amount` of the payment's completed refunds.
    refundedAmount: int
    # Refunds of the payment, oldest first.
    refunds: list[Refund]
    # Number of the invoice, assigned when the payment completes.
    invoiceNumber: NotRequired[str]
    # Creation time.
    createdAt: str
    # When it completed.
    completedAt: NotRequired[str]
    # Last change; basis of the `ETag`.
    updatedAt: str


PaymentStatus: TypeAlias = Literal[
    "pending", "completed", "failed", "refunded", "partially_refunded"
]


PaymentFailureCode: TypeAlias = Literal[
    "card_declined",
    "insufficient_funds",
    "expired_card",
    "processing_error",
    "authentication_required",
]


class PaymentMethod(TypedDict):
    """The method used, as reported by the gateway (never full card data: PCI DSS, seed 003
    section 12.2)."""

    # Kind of method.
    type: Literal["card", "paypal", "bank_transfer"]
    # Card brand, for cards.
    brand: NotRequired[str]
    # Last four digits, for cards.
    last4: NotRequired[str]
    # PayPal account email, for PayPal.
    payerEmail: NotRequired[str]


class BillingDetails(TypedDict):
    """Who pays, as printed on the invoice."""

    # Name or company.
    name: str
    # Email receipts go to.
    email: str
    address: NotRequired[Address]
    # VAT or tax number.
    taxId: NotRequired[str]


class Refund(TypedDict):
    """A refund of (part of) a payment. Processed synchronously: `completed` unless the gateway
    refuses (`failed`) or answers later (`pending`)."""

    # Refund id.
    id: str
    # The payment refunded.
    paymentId: str
    # Amount refunded, in minor units of the payment's currency.
    amount: int
    # The payment's currency.
    currency: str
    # Why.
    reason: RefundReason
    # Free note.
    note: NotRequired[str]
    # Refund status.
    status: Literal["pending", "completed", "failed"]
    # When it was requested.
    createdAt: str
    # When the gateway completed it.
    completedAt: NotRequired[str]


RefundReason: TypeAlias = Literal[
    "requested_by_customer", "event_cancelled", "duplicate", "fraudulent", "other"
]


class SessionFeedback(TypedDict):
    """An attendee's rating of a session."""

    # Feedback id.
    id: str
    # The session.
    sessionId: str
    # The event.
    eventId: str
    # The attendee's registration; omitted from reads when `anonymous` is true (except in the
    # attendee's own personal-data export).
    registrationId: NotRequired[str]
    # Rating from 1 (poor) to 5 (excellent).
    rating: int
    # Free comment.
    comment: NotRequired[str]
    # Whether the registration is hidden from organisers and speakers.
    anonymous: bool
    # When it was submitted.
    createdAt: str


class ErasureRequest(TypedDict):
    """A request to erase a user's personal data (GDPR article 17 right to erasure, CCPA
    deletion request)."""

    # Legal basis of the request.
    regulation: Literal["gdpr", "ccpa"]
    # Note kept with the erasure record.
    reason: NotRequired[str]


class ErasureReceipt(TypedDict):
    """What an erasure did. The user account is deleted (404 afterwards); the profile,
    preferences, speaker profile, feedback comments and attendance are deleted;
    registrations keep their ids, status and dates but their attendee details are replaced
    with `erased`/`erased-<id>@invalid.example`; payments are retained for legal accounting
    obligations with billing details anonymised the same way (listed in `retained`). The
    erasure record (this receipt) holds no personal data."""

    # The erased user.
    userId: str
    # Legal basis of the request.
    regulation: Literal["gdpr", "ccpa"]
    # When the erasure was carried out.
    erasedAt: str
    # Categories deleted or anonymised.
    erased: list[ErasureReceiptErasedItem]
    # Categories kept (anonymised) and why.
    retained: list[ErasureReceiptRetainedItem]


ErasureReceiptErasedItem: TypeAlias = Literal[
    "profile",
    "preferences",
    "speaker_profile",
    "registrations",
    "payments",
    "session_feedback",
    "session_attendance",
]


class ErasureReceiptRetainedItem(TypedDict):
    """A retained category."""

    # Data category.
    category: ErasureReceiptRetainedItemCategory
    # Legal basis for keeping it.
    reason: str


ErasureReceiptRetainedItemCategory: TypeAlias = Literal[
    "profile",
    "preferences",
    "speaker_profile",
    "registrations",
    "payments",
    "session_feedback",
    "session_attendance",
]


class SessionList(TypedDict):
    """A page of sessions."""

    # Sessions on this page.
    data: list[Session]
    pagination: Pagination


class Session(TypedDict):
    """A session of an event (talk, workshop...). Status: `scheduled` on creation; `cancelled`
    through `POST .../cancel`; `completed` is derived: a scheduled session whose `endTime`
    has passed. Cancelled and completed sessions cannot be updated (422). Sessions of a
    cancelled event are reported as cancelled."""

    # Session id.
    id: str
    # The event.
    eventId: str
    # Session title.
    title: str
    # Abstract.
    description: NotRequired[str]
    # Kind of session.
    type: SessionType
    # Start; must lie within the event's start and end (422 otherwise).
    startTime: str
    # End; after `startTime`, within the event (422 otherwise).
    endTime: str
    # Room. Two sessions that are not cancelled may not overlap in the same room (409).
    room: NotRequired[str]
    # Track the session belongs to.
    track: NotRequired[str]
    # Seats in the room; absent means the event's capacity applies.
    capacity: NotRequired[int]
    # Video conference or stream URL (seed 003 section 5.4).
    onlineUrl: NotRequired[str]
    # Free tags.
    tags: list[str]
    # Session status.
    status: Literal["scheduled", "cancelled", "completed"]
    # Speakers, in assignment order.
    speakers: list[SessionSpeaker]
    # Derived: number of attendance records of the session.
    attendanceCount: int
    # Derived: number of feedback entries of the session.
    feedbackCount: int
    # Derived: mean feedback rating, rounded to one decimal; absent without feedback.
    averageRating: NotRequired[float]
    # Why it was cancelled; present only when cancelled.
    cancellationReason: NotRequired[str]
    # Creation time.
    createdAt: str
    # Last change; basis of the `ETag`.
    updatedAt: str


SessionType: TypeAlias = Literal["keynote", "talk", "workshop", "panel", "breakout", "networking"]


class SessionSpeaker(TypedDict):
    """A speaker assigned to a session."""

    # The speaker (a user with a speaker profile).
    userId: str
    # Part the speaker plays.
    role: Literal["presenter", "moderator", "panelist"]


class SessionCreate(TypedDict):
    """A new session. The event must not be cancelled or completed (422). Speakers are assigned
    afterwards with `PUT .../speakers/{userId}`."""

    # Session title.
    title: str
    # Abstract.
    description: NotRequired[str]
    # Kind of session.
    type: SessionCreateType
    # Start; must lie within the event's start and end (422 otherwise).
    startTime: str
    # End; after `startTime`, within the event (422 otherwise).
    endTime: str
    # Room. Two sessions that are not cancelled may not overlap in the same room (409).
    room: NotRequired[str]
    # Track the session belongs to.
    track: NotRequired[str]
    # Seats in the room; absent means the event's capacity applies.
    capacity: NotRequired[int]
    # Video conference or stream URL (seed 003 section 5.4).
    onlineUrl: NotRequired[str]
    # Free tags.
    tags: NotRequired[list[str]]


SessionCreateType: TypeAlias = Literal[
    "keynote", "talk", "workshop", "panel", "breakout", "networking"
]


class SessionUpdate(TypedDict):
    """Partial update (merge semantics; at least one field) -- this is also how a session is
    (re)scheduled: `startTime`, `endTime` and `room`. The rules of creation apply to the
    merged result."""

    # Session title.
    title: NotRequired[str]
    # Abstract.
    description: NotRequired[str]
    # Kind of session.
    type: NotRequired[SessionUpdateType]
    # Start; must lie within the event's start and end (422 otherwise).
    startTime: NotRequired[str]
    # End; after `startTime`, within the event (422 otherwise).
    endTime: NotRequired[str]
    # Room. Two sessions that are not cancelled may not overlap in the same room (409).
    room: NotRequired[str]
    # Track the session belongs to.
    track: NotRequired[str]
    # Seats in the room; absent means the event's capacity applies.
    capacity: NotRequired[int]
    # Video conference or stream URL (seed 003 section 5.4).
    onlineUrl: NotRequired[str]
    # Free tags.
    tags: NotRequired[list[str]]


SessionUpdateType: TypeAlias = Literal[
    "keynote", "talk", "workshop", "panel", "breakout", "networking"
]


class SessionCancel(TypedDict):
    """Why the session is cancelled."""

    # Cancellation reason.
    reason: str


class SpeakerAssignment(TypedDict):
    """How the speaker takes part. An absent body assigns the `presenter` role."""

    # Part the speaker plays.
    role: Literal["presenter", "moderator", "panelist"]


class Schedule(TypedDict):
    """The agenda of an event, derived from its sessions: sessions grouped by calendar day in
    the event's time zone, each day ordered by `startTime` then `room`. Cancelled sessions
    appear only with `includeCancelled=true`."""

    # The event.
    eventId: str
    # The event's IANA time zone, in which days are cut.
    timezone: str
    # Days with at least one session, in order.
    days: list[ScheduleDaysItem]


class ScheduleDaysItem(TypedDict):
    """One day of the agenda."""

    # The day, in the event's time zone.
    date: str
    # Sessions starting that day.
    sessions: list[ScheduleDaysItemSessionsItem]


class ScheduleDaysItemSessionsItem(TypedDict):
    """A session on the agenda."""

    # The session.
    sessionId: str
    # Title.
    title: str
    # Kind of session.
    type: ScheduleDaysItemSessionsItemType
    # Status.
    status: Literal["scheduled", "cancelled", "completed"]
    # Start.
    startTime: str
    # End.
    endTime: str
    # Room.
    room: NotRequired[str]
    # Track.
    track: NotRequired[str]
    # Speakers.
    speakerIds: list[str]


ScheduleDaysItemSessionsItemType: TypeAlias = Literal[
    "keynote", "talk", "workshop", "panel", "breakout", "networking"
]


class SessionAttendanceList(TypedDict):
    """A page of attendance records."""

    # Records on this page.
    data: list[SessionAttendance]
    pagination: Pagination


class SessionAttendance(TypedDict):
    """An attendee's presence at a session (seed 003 section 4.4, attendance tracking; 5.4
    video attendance)."""

    # Attendance record id.
    id: str
    # The session.
    sessionId: str
    # The event.
    eventId: str
    # The attendee's registration for the event.
    registrationId: str
    # How presence was recorded: `badge_scan` at the room door, `manual` by staff, `virtual` from
    # the video platform's attendance report.
    source: Literal["badge_scan", "manual", "virtual"]
    # When the attendee joined.
    joinedAt: str
    # When the attendee left, if known.
    leftAt: NotRequired[str]
    # Derived: whole minutes between `joinedAt` and `leftAt`; absent without `leftAt`.
    durationMinutes: NotRequired[int]
    # When the record was created.
    createdAt: str


class SessionAttendanceCreate(TypedDict):
    """Records presence. The registration must belong to the session's event and be `confirmed`
    or `checked_in` (422); one record per registration and session (409); the session must
    not be cancelled (422)."""

    # The attendee's registration; unknown id -> 422.
    registrationId: str
    # How presence was recorded: `badge_scan` at the room door, `manual` by staff, `virtual` from
    # the video platform's attendance report.
    source: Literal["badge_scan", "manual", "virtual"]
    # When the attendee joined; defaults to now.
    joinedAt: NotRequired[str]
    # When the attendee left; after `joinedAt` (422).
    leftAt: NotRequired[str]


class SessionMaterialList(TypedDict):
    """A page of materials."""

    # Materials on this page.
    data: list[SessionMaterial]
    pagination: Pagination


class SessionMaterial(TypedDict):
    """A material of a session (slides, recording...)."""

    # Material id.
    id: str
    # The session.
    sessionId: str
    # Title.
    title: str
    # Kind of material.
    type: Literal["slides", "video", "recording", "document", "link"]
    # Where the material is hosted (the platform stores links, not files).
    url: str
    # Who may see it: `public`, `attendees` (registrations confirmed or checked in), or `speakers`
    # only.
    visibility: Literal["public", "attendees", "speakers"]
    # Size of the file, when known.
    sizeBytes: NotRequired[int]
    # When it was added.
    createdAt: str


class SessionMaterialCreate(TypedDict):
    """A material to add."""

    # Title.
    title: str
    # Kind of material.
    type: Literal["slides", "video", "recording", "document", "link"]
    # Where the material is hosted (the platform stores links, not files).
    url: str
    # Who may see it: `public`, `attendees` (registrations confirmed or checked in), or `speakers`
    # only.
    visibility: Literal["public", "attendees", "speakers"]
    # Size of the file, when known.
    sizeBytes: NotRequired[int]


class SessionFeedbackList(TypedDict):
    """A page of feedback with the session's summary."""

    # Feedback on this page.
    data: list[SessionFeedback]
    pagination: Pagination
    summary: FeedbackSummary


class FeedbackSummary(TypedDict):
    """Derived from every feedback entry of the session (not only the current page)."""

    # Number of entries.
    count: int
    # Mean rating rounded to one decimal; absent when `count` is 0.
    averageRating: NotRequired[float]
    # Number of entries per rating.
    distribution: FeedbackSummaryDistribution


# Number of entries per rating.
FeedbackSummaryDistribution = TypedDict(
    "FeedbackSummaryDistribution",
    {
        "1": "int",
        "2": "int",
        "3": "int",
        "4": "int",
        "5": "int",
    },
)


class SessionFeedbackCreate(TypedDict):
    """Feedback on a session. Only an attendee with an attendance record for the session may
    rate it (422), once per registration (409), and not before the session started (422)."""

    # The attendee's registration for the event.
    registrationId: str
    # Rating from 1 (poor) to 5 (excellent).
    rating: int
    # Free comment.
    comment: NotRequired[str]
    # Hide the registration from organisers and speakers.
    anonymous: NotRequired[bool]


class PaymentList(TypedDict):
    """A page of payments."""

    # Payments on this page.
    data: list[Payment]
    pagination: Pagination


class PaymentCreate(TypedDict):
    """Pays a registration (seed 003 section 5.1). The amount and currency are the
    registration's `amountDue`; the client collects payment details with the gateway's own
    UI (Stripe Elements, PayPal checkout) and sends only the resulting token. The
    registration must be `pending` with amount due > 0 (422); a registration with a
    completed payment cannot be paid again (409). The payment is processed synchronously and
    the response carries its outcome (`completed` or `failed`; `pending` only when the
    gateway answers asynchronously, e.g. bank transfers, whose result arrives by the
    gateway's webhook). Sandbox tokens: `tok_chargeDeclined` fails with `card_declined`,
    `tok_insufficientFunds` fails with `insufficient_funds`, `tok_pending` stays pending;
    any other token succeeds."""

    # The registration to pay; unknown id -> 404.
    registrationId: str
    # The payment method, tokenised by the gateway.
    paymentMethod: PaymentCreatePaymentMethod
    billingDetails: BillingDetails


class PaymentCreatePaymentMethod(TypedDict):
    """The payment method, tokenised by the gateway."""

    # Kind of method.
    type: Literal["card", "paypal", "bank_transfer"]
    # Gateway token (Stripe PaymentMethod id, PayPal order id...).
    token: str


class RefundCreate(TypedDict):
    """A refund request. The payment must be `completed` or `partially_refunded` (422);
    `amount` defaults to the refundable remainder (`amount` - `refundedAmount`) and may not
    exceed it (422)."""

    # Amount to refund in minor units; defaults to the whole remainder.
    amount: NotRequired[int]
    # Why.
    reason: RefundCreateReason
    # Free note.
    note: NotRequired[str]


RefundCreateReason: TypeAlias = Literal[
    "requested_by_customer", "event_cancelled", "duplicate", "fraudulent", "other"
]


class Invoice(TypedDict):
    """The invoice of a completed payment, derived from the payment and its registration on
    every read (the number is fixed when the payment completes). `status`: `paid`,
    `partially_refunded` or `refunded`, mirroring the payment. Amounts in minor units."""

    # Number of the invoice, assigned when the payment completes.
    invoiceNumber: str
    # The payment.
    paymentId: str
    # The registration.
    registrationId: str
    # The event.
    eventId: str
    # Invoice status.
    status: Literal["paid", "partially_refunded", "refunded"]
    # When the invoice was issued (the payment's `completedAt`).
    issuedAt: str
    # ISO 4217 currency.
    currency: str
    # The issuer.
    seller: InvoiceSeller
    billTo: BillingDetails
    # Lines.
    lineItems: list[InvoiceLineItemsItem]
    # Sum of line amounts.
    subtotal: int
    # Tax included (0: prices are tax-inclusive in this version).
    tax: int
    # `subtotal` + `tax`; equals the payment's amount.
    total: int
    # The payment's amount.
    amountPaid: int
    # The payment's `refundedAmount`.
    refundedAmount: int


class InvoiceSeller(TypedDict):
    """The issuer."""

    # Legal name.
    name: str
    # Tax number.
    taxId: NotRequired[str]


class InvoiceLineItemsItem(TypedDict):
    """One line."""

    # What was sold.
    description: str
    # Quantity.
    quantity: int
    # Price of one unit.
    unitAmount: int
    # `quantity` x `unitAmount`.
    amount: int


# Financial report for a period and currency, derived from payments and refunds at read time. A
# payment counts in the period when its `createdAt` falls in [`from`, `to`); a refund when its
# `completedAt` does. Only payments in `currency` are counted.
FinancialReport = TypedDict(
    "FinancialReport",
    {
        "generatedAt": "str",
        "from": "str",
        "to": "str",
        "currency": "str",
        "eventId": "NotRequired[str]",
        "totals": "FinancialReportTotals",
        "byEvent": "list[FinancialReportByEventItem]",
    },
)


class FinancialReportTotals(TypedDict):
    """Totals over the period."""

    # Sum of the amounts of payments that completed (whatever refunds followed).
    grossAmount: int
    # Sum of completed refunds.
    refundedAmount: int
    # `grossAmount` - `refundedAmount` (may be negative when refunds of earlier payments fall in
    # the period).
    netAmount: int
    # Payments that completed.
    paymentCount: int
    # Payments that failed.
    failedPaymentCount: int
    # Completed refunds.
    refundCount: int


class FinancialReportByEventItem(TypedDict):
    """Figures of one event."""

    # The event.
    eventId: str
    # Its title.
    title: str
    # As in totals.
    grossAmount: int
    # As in totals.
    refundedAmount: int
    # As in totals.
    netAmount: int
    # As in totals.
    paymentCount: int


# The webhook event types of seed 003 section 6.1: - `event.created` -- New event created -
# `event.updated` -- Event details updated - `event.published` -- Event published and made public
# - `event.cancelled` -- Event cancelled - `registration.created` -- New registration submitted -
# `registration.confirmed` -- Registration confirmed - `registration.cancelled` -- Registration
# cancelled - `payment.completed` -- Payment successfully processed - `payment.failed` -- Payment
# processing failed - `payment.refunded` -- Payment refunded - `checkin.completed` -- Attendee
# checked in - `session.created` -- New session created - `session.updated` -- Session details
# updated - `session.cancelled` -- Session cancelled
WebhookEventType: TypeAlias = Literal[
    "event.created",
    "event.updated",
    "event.published",
    "event.cancelled",
    "registration.created",
    "registration.confirmed",
    "registration.cancelled",
    "payment.completed",
    "payment.failed",
    "payment.refunded",
    "checkin.completed",
    "session.created",
    "session.updated",
    "session.cancelled",
]


class WebhookSubscriptionList(TypedDict):
    """A page of subscriptions (only the calling client's own)."""

    # Subscriptions on this page.
    data: list[WebhookSubscription]
    pagination: Pagination


class WebhookSubscription(TypedDict):
    """A webhook subscription (seed 003 section 6.2). The shared secret is never returned after
    creation."""

    # Subscription id.
    id: str
    # Receiver URL. `https` is required, except `http` to a loopback host (`localhost`,
    # `127.0.0.1`, `[::1]`) for local development (422 otherwise). Deliveries are POSTed to it.
    url: str
    # Free description.
    description: NotRequired[str]
    # Event types delivered to this subscription.
    eventTypes: list[WebhookEventType]
    # Whether deliveries are made. A disabled subscription receives nothing (events are not queued
    # for it).
    enabled: bool
    retryPolicy: RetryPolicy
    # Version of the payload format (`version` of the envelope).
    version: Literal["1.0"]
    # Derived: creation time of the newest delivery; absent before the first.
    lastDeliveryAt: NotRequired[str]
    # Derived: status of the newest delivery.
    lastDeliveryStatus: NotRequired[Literal["pending", "retrying", "succeeded", "failed"]]
    # Creation time.
    createdAt: str
    # Last change; basis of the `ETag`.
    updatedAt: str


class RetryPolicy(TypedDict):
    """Retry configuration of failed deliveries (seed 003 sections 6.2 and 6.4): attempt n+1 is
    made `initialDelaySeconds` x `backoffMultiplier`^(n-1) seconds after attempt n fails. A
    delivery fails when the receiver does not answer 2xx within 10 seconds."""

    # Attempts in all, including the first.
    maxAttempts: int
    # Delay before the first retry.
    initialDelaySeconds: int
    # Factor applied to the delay after each failed retry.
    backoffMultiplier: float


class WebhookSubscriptionCreate(TypedDict):
    """A new subscription. The same `url` may not be subscribed twice by the same client (409)."""

    # Receiver URL. `https` is required, except `http` to a loopback host (`localhost`,
    # `127.0.0.1`, `[::1]`) for local development (422 otherwise). Deliveries are POSTed to it.
    url: str
    # Free description.
    description: NotRequired[str]
    # Event types delivered to this subscription.
    eventTypes: list[WebhookEventType]
    # Start enabled.
    enabled: NotRequired[bool]
    # Retry policy; when absent, 5 attempts starting 60 seconds apart and doubling.
    retryPolicy: NotRequired[RetryPolicy]
    # Shared secret to sign deliveries with; when absent the server generates one (`whsec_` + 32
    # hex digits).
    secret: NotRequired[str]


class WebhookSubscriptionCreated(TypedDict):
    """The subscription just created, with its shared secret -- the only time the secret is
    shown."""

    # Subscription id.
    id: str
    # Receiver URL. `https` is required, except `http` to a loopback host (`localhost`,
    # `127.0.0.1`, `[::1]`) for local development (422 otherwise). Deliveries are POSTed to it.
    url: str
    # Free description.
    description: NotRequired[str]
    # Event types delivered to this subscription.
    eventTypes: list[WebhookEventType]
    # Whether deliveries are made. A disabled subscription receives nothing (events are not queued
    # for it).
    enabled: bool
    retryPolicy: RetryPolicy
    # Version of the payload format (`version` of the envelope).
    version: Literal["1.0"]
    # Derived: creation time of the newest delivery; absent before the first.
    lastDeliveryAt: NotRequired[str]
    # Derived: status of the newest delivery.
    lastDeliveryStatus: NotRequired[Literal["pending", "retrying", "succeeded", "failed"]]
    # Creation time.
    createdAt: str
    # Last change; basis of the `ETag`.
    updatedAt: str
    # Shared secret for verifying signatures; store it safely.
    secret: str


class EventCreatedWebhook(TypedDict):
    """Delivery of `event.created` (New event created), in the envelope of seed 003 section
    6.3; `data` follows the `Event` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["event.created"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Event
    signature: WebhookSignature


class WebhookSignature(TypedDict):
    """Signature of a delivery (seed 003 sections 6.3 and 6.4). `signature` is `sha256=`
    followed by the lower-case hex HMAC-SHA256, keyed with the subscription's secret, of the
    string `<timestamp>.<token>.<body>` where `<body>` is the envelope without its
    `signature` member serialised as compact JSON with keys sorted (`json.dumps(envelope,
    sort_keys=True, separators=(',', ':'), ensure_ascii=False)`, UTF-8). Receivers should
    reject deliveries whose `timestamp` is more than 5 minutes old and tokens they have
    already seen."""

    # Unix time of signing, in seconds, as a string.
    timestamp: str
    # Random single-use token.
    token: str
    # `sha256=` and the hex digest.
    signature: str


class EventUpdatedWebhook(TypedDict):
    """Delivery of `event.updated` (Event details updated), in the envelope of seed 003 section
    6.3; `data` follows the `Event` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["event.updated"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Event
    signature: WebhookSignature


class EventPublishedWebhook(TypedDict):
    """Delivery of `event.published` (Event published and made public), in the envelope of seed
    003 section 6.3; `data` follows the `Event` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["event.published"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Event
    signature: WebhookSignature


class EventCancelledWebhook(TypedDict):
    """Delivery of `event.cancelled` (Event cancelled), in the envelope of seed 003 section
    6.3; `data` follows the `CancelledEvent` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["event.cancelled"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: CancelledEvent
    signature: WebhookSignature


class CancelledEvent(Event):
    """Event details with the cancellation reason (`event.cancelled`)."""


class RegistrationCreatedWebhook(TypedDict):
    """Delivery of `registration.created` (New registration submitted), in the envelope of seed
    003 section 6.3; `data` follows the `Registration` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["registration.created"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Registration
    signature: WebhookSignature


class RegistrationConfirmedWebhook(TypedDict):
    """Delivery of `registration.confirmed` (Registration confirmed), in the envelope of seed
    003 section 6.3; `data` follows the `Registration` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["registration.confirmed"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Registration
    signature: WebhookSignature


class RegistrationCancelledWebhook(TypedDict):
    """Delivery of `registration.cancelled` (Registration cancelled), in the envelope of seed
    003 section 6.3; `data` follows the `CancelledRegistration` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["registration.cancelled"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: CancelledRegistration
    signature: WebhookSignature


class CancelledRegistration(Registration):
    """Registration details with the cancellation reason (`registration.cancelled`)."""


class PaymentCompletedWebhook(TypedDict):
    """Delivery of `payment.completed` (Payment successfully processed), in the envelope of
    seed 003 section 6.3; `data` follows the `Payment` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["payment.completed"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Payment
    signature: WebhookSignature


class PaymentFailedWebhook(TypedDict):
    """Delivery of `payment.failed` (Payment processing failed), in the envelope of seed 003
    section 6.3; `data` follows the `FailedPayment` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["payment.failed"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: FailedPayment
    signature: WebhookSignature


class FailedPayment(Payment):
    """Payment details with the failure reason (`payment.failed`)."""


class PaymentRefundedWebhook(TypedDict):
    """Delivery of `payment.refunded` (Payment refunded), in the envelope of seed 003 section
    6.3; `data` follows the `RefundNotification` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["payment.refunded"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: RefundNotification
    signature: WebhookSignature


class RefundNotification(TypedDict):
    """Refund details (`payment.refunded`): the refund that completed and the payment after it."""

    refund: Refund
    payment: Payment


class CheckinCompletedWebhook(TypedDict):
    """Delivery of `checkin.completed` (Attendee checked in), in the envelope of seed 003
    section 6.3; `data` follows the `CheckIn` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["checkin.completed"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: CheckIn
    signature: WebhookSignature


class SessionCreatedWebhook(TypedDict):
    """Delivery of `session.created` (New session created), in the envelope of seed 003 section
    6.3; `data` follows the `Session` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["session.created"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Session
    signature: WebhookSignature


class SessionUpdatedWebhook(TypedDict):
    """Delivery of `session.updated` (Session details updated), in the envelope of seed 003
    section 6.3; `data` follows the `Session` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["session.updated"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: Session
    signature: WebhookSignature


class SessionCancelledWebhook(TypedDict):
    """Delivery of `session.cancelled` (Session cancelled), in the envelope of seed 003 section
    6.3; `data` follows the `CancelledSession` schema."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The event type.
    event: Literal["session.cancelled"]
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    data: CancelledSession
    signature: WebhookSignature


class CancelledSession(Session):
    """Session details with the cancellation reason (`session.cancelled`)."""


class WebhookSubscriptionUpdate(TypedDict):
    """Partial update (merge semantics; at least one field). `enabled: false` disables and
    `enabled: true` re-enables the subscription; sending `secret` rotates it (deliveries
    made afterwards use the new one)."""

    # Receiver URL. `https` is required, except `http` to a loopback host (`localhost`,
    # `127.0.0.1`, `[::1]`) for local development (422 otherwise). Deliveries are POSTed to it.
    url: NotRequired[str]
    # Free description.
    description: NotRequired[str]
    # Event types delivered to this subscription.
    eventTypes: NotRequired[list[WebhookEventType]]
    # Enable or disable deliveries.
    enabled: NotRequired[bool]
    # New retry policy (replaces the whole policy).
    retryPolicy: NotRequired[RetryPolicy]
    # New shared secret (rotation).
    secret: NotRequired[str]


class WebhookDeliveryList(TypedDict):
    """A page of deliveries, newest first."""

    # Deliveries on this page.
    data: list[WebhookDelivery]
    pagination: Pagination


class WebhookDelivery(TypedDict):
    """One delivery of one event to one subscription, with every attempt (seed 003 section 6.4,
    delivery logs). Status: `pending` before the first attempt, `retrying` after a failed
    attempt with attempts left, `succeeded` after a 2xx answer, `failed` when the retry
    policy's attempts are exhausted. Deliveries are kept 30 days."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # The subscription.
    subscriptionId: str
    event: WebhookEventType
    # Delivery status.
    status: Literal["pending", "retrying", "succeeded", "failed"]
    # True for deliveries made by `POST /webhooks/{subscriptionId}/test`.
    test: bool
    # Derived: number of attempts made.
    attemptCount: int
    # Attempts, oldest first.
    attempts: list[WebhookDeliveryAttemptsItem]
    # When the next attempt is due; present only when `retrying`.
    nextAttemptAt: NotRequired[str]
    payload: WebhookEnvelope
    # When the event was queued for the subscription.
    createdAt: str
    # When the latest attempt was made.
    lastAttemptAt: NotRequired[str]


class WebhookDeliveryAttemptsItem(TypedDict):
    """One attempt."""

    # 1 for the first attempt.
    attemptNumber: int
    # When it was made.
    attemptedAt: str
    # HTTP status answered by the receiver; absent when no answer came.
    responseStatus: NotRequired[int]
    # Time until the answer or the failure.
    durationMs: int
    # Why the attempt failed (timeout, connection refused, non-2xx).
    error: NotRequired[str]


class WebhookEnvelope(TypedDict):
    """A delivery as stored in the delivery log. Its `data` is the event-specific payload whose
    exact schema, per event type, is the callback of `webhooks.create_subscription`
    (`*Webhook` schemas); here it is left open because the log mixes every type."""

    # Delivery id (`whk_` + 24 hex digits), the same on every retry of the delivery: receivers use
    # it to discard duplicates.
    id: str
    # When the event occurred.
    timestamp: str
    # Payload format version.
    version: Literal["1.0"]
    signature: WebhookSignature
    event: WebhookEventType
    # Event-specific payload.
    data: dict[str, Any]


class WebhookTestRequest(TypedDict):
    """Which event type to simulate (seed 003 section 9.2, test webhooks). The type need not be
    among the subscription's `eventTypes`; the subscription may be disabled. `data` is a
    fixed sample of that type."""

    event: WebhookEventType


class ExportJobCreate(TypedDict):
    """An export to run."""

    # What is exported.
    type: ExportJobCreateType
    # File format; only `csv`.
    format: NotRequired[Literal["csv"]]
    filters: NotRequired[ExportFilters]


ExportJobCreateType: TypeAlias = Literal[
    "events", "registrations", "attendees", "sessions", "payments", "users"
]


# Which rows to export. `eventId` applies to every type except `users` (422 there); `status` must
# be a status of the exported type (422 otherwise); `from`/`to` bound `createdAt` (start of events
# for `events` and `sessions`).
ExportFilters = TypedDict(
    "ExportFilters",
    {
        "eventId": "NotRequired[str]",
        "status": "NotRequired[str]",
        "from": "NotRequired[str]",
        "to": "NotRequired[str]",
    },
)


class ExportJob(TypedDict):
    """A batch export job (seed 003 section 8.2, batch export). Jobs run in the background:
    `queued` -> `running` -> `completed` or `failed`; a completed file can be downloaded
    until `expiresAt` (7 days), after which the job is `expired`. CSV columns per type are
    the scalar fields of the exported resource in schema order, nested objects flattened
    with dots (`attendee.email`), arrays joined with `|`; the first row is the header. The
    scope `<type>.read` (`registrations.read` for `attendees`) is needed besides
    `exports.write` (403)."""

    # Job id.
    id: str
    # What is exported.
    type: ExportJobType
    # File format (CSV, seed 003 section 3.4).
    format: Literal["csv"]
    filters: ExportFilters
    # Job status.
    status: ExportJobStatus
    # Percentage of rows written.
    progress: int
    # Rows in the file (header excluded); present when completed.
    rowCount: NotRequired[int]
    # Why it failed; present only when `failed`.
    error: NotRequired[str]
    # When it was requested.
    createdAt: str
    # When it started running.
    startedAt: NotRequired[str]
    # When it completed or failed.
    completedAt: NotRequired[str]
    # When the file stops being available; present when completed.
    expiresAt: NotRequired[str]
    # Where to download the file; present when completed.
    downloadUrl: NotRequired[str]


ExportJobType: TypeAlias = Literal[
    "events", "registrations", "attendees", "sessions", "payments", "users"
]


ExportJobStatus: TypeAlias = Literal["queued", "running", "completed", "failed", "expired"]


ListSessionsType: TypeAlias = Literal[
    "keynote", "talk", "workshop", "panel", "breakout", "networking"
]


ListPaymentsStatus: TypeAlias = Literal[
    "pending", "completed", "failed", "refunded", "partially_refunded"
]
