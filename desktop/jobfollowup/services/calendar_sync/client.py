"""Talking CalDAV to the user's server through the `caldav` library.

Discovery: the address the user typed, or — when it names only the server — its
`/.well-known/caldav` (RFC 6764), then the user's principal and calendar home (RFC 4791),
whose calendars are listed. Every write carries a precondition: `If-None-Match: *` to
make an event (never two with one UID), `If-Match` with the ETag last seen to change or
remove one, so a change made elsewhere is never overwritten unseen. What changed is read
by sync-token (RFC 6578) where the server has it, else by listing the ETags.

Every failure becomes a `SyncError` that says what went wrong in the user's language —
a name not found, a refused connection, a certificate, a wrong password, a server that is
no CalDAV server — and whether trying again later may help.
"""

from __future__ import annotations

import errno
import functools
import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from jobfollowup.i18n import _

TIMEOUT_SECONDS = 20

# The `caldav` library logs whole requests at debug level: never into the app's log.
logging.getLogger("caldav").setLevel(logging.WARNING)


class SyncError(Exception):
    """A failure to tell the user, in their language. `temporary`: the server could not be
    reached or had trouble; trying later may work (the queue keeps what waits)."""

    def __init__(self, message: str, temporary: bool = False) -> None:
        super().__init__(message)
        self.temporary = temporary


class PreconditionFailed(Exception):
    """The event changed on the server since its ETag was read (HTTP 412)."""


class Gone(Exception):
    """The event is no longer on the server (HTTP 404)."""


@dataclass(frozen=True)
class RemoteCalendar:
    url: str
    name: str


@dataclass
class Changes:
    """What changed in a calendar since a sync-token: each event's address and ETag,
    the addresses removed, and the token to ask from next time. `complete`: a listing of
    everything (no token, or the server does not keep them): what is not listed is gone."""

    token: str
    changed: dict[str, str] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    complete: bool = False


def _chain(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def explain(error: BaseException, url: str) -> SyncError:
    """The user's words for what `error` (met talking to `url`) means."""
    from caldav.lib import error as dav_error

    host = _host(url)
    names = {type(e).__name__ for e in _chain(error)}
    if isinstance(error, SyncError):
        return error
    if isinstance(error, dav_error.AuthorizationError):
        if getattr(error, "status", None) == 403:
            return SyncError(_("{host} does not let this user in at {url}: check the address "
                               "of your calendars.").format(host=host, url=url))
        return SyncError(_("{host} refused the user name or password. Check them (some "
                           "providers want an app password made for this app).").format(
            host=host))
    if names & {"NameResolutionError", "gaierror"}:
        return SyncError(_("No server named {host} was found. Check the address, and that "
                           "this computer is online.").format(host=urlsplit(url).hostname),
                         temporary=True)
    if names & {"SSLCertVerificationError", "CertificateError"}:
        return SyncError(_("The certificate of {host} could not be trusted, so nothing was "
                           "sent to it.").format(host=host))
    if names & {"SSLError"}:
        return SyncError(_("A secure connection to {host} could not be made (does the "
                           "server speak https on this port?).").format(host=host))
    if names & {"ConnectionRefusedError"} or any(
            getattr(e, "errno", None) == errno.ECONNREFUSED for e in _chain(error)) or (
            "Connection refused" in str(error)):
        return SyncError(_("{host} refused the connection: no calendar server is running "
                           "there now.").format(host=host), temporary=True)
    if names & {"Timeout", "ReadTimeout", "ConnectTimeout", "TimeoutError", "timeout"}:
        return SyncError(_("{host} did not answer in time.").format(host=host),
                         temporary=True)
    status = getattr(error, "status", None)
    if isinstance(error, dav_error.DAVError) and isinstance(status, int) and status >= 500 \
            and status != 501:
        return SyncError(_("{host} had a problem (error {status}); the sync will try again "
                           "later.").format(host=host, status=status), temporary=True)
    if isinstance(error, dav_error.DAVError):
        return SyncError(_("{url} is not a CalDAV calendar server (it answered: {answer}). "
                           "Check the address your provider gives for calendars (CalDAV)."
                           ).format(url=url, answer=_answer(error)))
    if names & {"ConnectionError", "RequestException", "OSError"}:
        return SyncError(_("{host} could not be reached ({problem}).").format(
            host=host, problem=error.__class__.__name__), temporary=True)
    raise error  # a bug: its traceback is wanted


def _answer(error: BaseException) -> str:
    status = getattr(error, "status", None)
    reason = getattr(error, "reason", "") or ""
    if isinstance(status, int):
        return f"{status} {reason}".strip() if reason and reason != "no reason" else str(status)
    return error.__class__.__name__


class Connection:
    """A logged-in connection to the user's calendar home."""

    def __init__(self, server_url: str, user_name: str, password: str,
                 timeout: int = TIMEOUT_SECONDS) -> None:
        self.server_url = server_url
        self._credentials = (user_name, password, timeout)
        self.client, self.principal = self._discover()

    def _client(self, url: str):
        import caldav

        user, password, timeout = self._credentials
        return caldav.DAVClient(url=url, username=user, password=password, timeout=timeout,
                                enable_rfc6764=False)

    def _discover(self):
        """The principal, from the address given or from its server's well-known one."""
        candidates = [self.server_url]
        parts = urlsplit(self.server_url)
        if parts.path in ("", "/"):
            candidates.insert(0, f"{parts.scheme}://{parts.netloc}/.well-known/caldav")
        first_error: SyncError | None = None
        for url in candidates:
            client = self._client(url)
            try:
                principal = client.principal()
                principal.calendar_home_set  # noqa: B018 (asks the server for the home)
                return client, principal
            except Exception as error:  # noqa: BLE001 (each named by explain)
                found = explain(error, self.server_url)
                if found.temporary or _is_password(error):
                    raise found from error
                first_error = first_error or found
        raise first_error

    def calendars(self) -> list[RemoteCalendar]:
        """The user's calendars that hold events, by name."""
        try:
            found = []
            for calendar in self.principal.calendars():
                name = calendar.get_display_name() or calendar.url.path.rstrip("/").split("/")[-1]
                found.append(RemoteCalendar(str(calendar.url), name))
            return sorted(found, key=lambda c: c.name.casefold())
        except Exception as error:  # noqa: BLE001
            raise explain(error, self.server_url) from error

    def make_calendar(self, name: str) -> RemoteCalendar:
        try:
            calendar = self.principal.make_calendar(name=name)
            return RemoteCalendar(str(calendar.url), name)
        except Exception as error:  # noqa: BLE001
            raise explain(error, self.server_url) from error

    def find_or_make(self, name: str) -> RemoteCalendar:
        """The calendar called `name`, made if there is none."""
        for calendar in self.calendars():
            if calendar.name == name:
                return calendar
        return self.make_calendar(name)

    def _calendar(self, url: str):
        import caldav

        return caldav.Calendar(client=self.client, url=url)

    def tags(self, calendar_url: str) -> tuple[str, str]:
        """The calendar's sync-token and CTag as the server has them now ("" if none): the
        same as last time means nothing changed, and nothing more is read."""
        from caldav.elements import dav

        try:
            props = self._calendar(calendar_url).get_properties(
                [dav.SyncToken(), _ctag_element()()])
        except Exception as error:  # noqa: BLE001
            raise explain(error, calendar_url) from error
        return (props.get(dav.SyncToken.tag) or "", props.get(CTAG) or "")

    def changes(self, calendar_url: str, token: str) -> Changes:
        """What changed since `token` ("" : everything, as a complete listing)."""
        from caldav.elements import dav

        calendar = self._calendar(calendar_url)
        try:
            found = calendar.get_objects_by_sync_token(sync_token=token or None,
                                                       load_objects=False)
        except Exception as error:  # noqa: BLE001
            raise explain(error, calendar_url) from error
        new_token = str(found.sync_token or "")
        complete = not token or new_token.startswith("fake-") or found.truncated
        result = Changes(new_token, complete=complete)
        removed = {str(url) for url in found.deleted_urls}
        for item in found:
            href = str(item.url.canonical())
            if href in removed or str(item.url) in removed:
                result.removed.add(href)
            else:
                result.changed[href] = item.props.get(dav.GetEtag.tag) or ""
        return result

    def get(self, href: str) -> tuple[str, str]:
        """The event at `href`: its iCalendar text and ETag; `Gone` if it is not there."""
        from caldav.lib import error as dav_error

        event = self._event(href)
        try:
            event.load()
        except dav_error.NotFoundError as error:
            raise Gone(href) from error
        except Exception as error:  # noqa: BLE001
            raise explain(error, href) from error
        return str(event.data), event.etag or ""

    def _event(self, href: str, data: str | None = None):
        import caldav

        folder = href.rsplit("/", 1)[0] + "/"
        return caldav.Event(client=self.client, url=href, data=data,
                            parent=self._calendar(folder))

    def put(self, href: str, data: str, etag: str | None) -> str:
        """Write the event at `href`: made anew when `etag` is None (`If-None-Match: *`:
        `PreconditionFailed` if one is there), else only if it is still as `etag` says
        (`If-Match`). Returns the new ETag. One request: no search for the UID first."""
        headers = {"Content-Type": "text/calendar; charset=utf-8",
                   "If-Match" if etag else "If-None-Match": etag or "*"}
        response = self._send(self.client.put, href, data, headers)
        if response.status not in (200, 201, 204):
            raise refused(response.status, href)
        new_etag = response.headers.get("ETag") or ""
        if not new_etag or new_etag.startswith("W/"):  # the server changed what it stored
            return self.get(href)[1]
        return new_etag

    def delete(self, href: str, etag: str) -> None:
        """Remove the event if it is still as `etag` says; gone already is fine."""
        headers = {"If-Match": etag} if etag else {}
        try:
            response = self._send(self.client.delete, href, headers)
        except Gone:
            return
        if response.status not in (200, 202, 204):
            raise refused(response.status, href)

    def _send(self, method, href: str, *args):
        try:
            response = method(href, *args)
        except Exception as error:  # noqa: BLE001
            raise explain(error, href) from error
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status == 404:
            raise Gone(href)
        return response


def refused(status: int, href: str) -> SyncError:
    """A write the server would not take, in words."""
    host = _host(href)
    if status == 507:
        return SyncError(_("{host} has no room left for your calendar.").format(host=host),
                         temporary=True)
    if status >= 500:
        return SyncError(_("{host} had a problem (error {status}); the sync will try again "
                           "later.").format(host=host, status=status), temporary=True)
    return SyncError(_("{host} refused to store an event (error {status}).").format(
        host=host, status=status))


def _is_password(error: BaseException) -> bool:
    from caldav.lib import error as dav_error

    return isinstance(error, dav_error.AuthorizationError) and getattr(
        error, "status", None) == 401


CTAG = "{http://calendarserver.org/ns/}getctag"


@functools.cache
def _ctag_element() -> type:
    """The CTag property (calendarserver.org), where a server has no sync-token; made when
    first asked for: the `caldav` library loads with the first sync, not with the app."""
    from caldav.elements.base import ValuedBaseElement

    return type("GetCTag", (ValuedBaseElement,), {"tag": CTAG})


def check_connection(server_url: str, user_name: str, password: str) -> list[RemoteCalendar]:
    """Log in and list the calendars: what "Test connection" does. SyncError says why not."""
    return Connection(server_url, user_name, password).calendars()
