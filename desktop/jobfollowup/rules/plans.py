"""The follow-up policy: which follow-ups an event calls for, on which day, and why.

Every function here is pure and deterministic: the same facts give the same plan, each
date carrying the reasons (rules R1–R14) that placed it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from jobfollowup.i18n import _
from jobfollowup.rules.days import (
    ONE_DAY,
    add_post_days,
    avoided_because,
    is_calm,
    is_post_day,
    last_mailing_day,
    next_calm_day,
    next_post_day,
    place_of,
)
from jobfollowup.rules.errors import RuleInputError
from jobfollowup.rules.holiday_calendar import HolidayCalendar, calendar_for
from jobfollowup.rules.kinds import Channel, Kind
from jobfollowup.rules.reasons import Reason

THANK_YOU_SAME_DAY_BEFORE = dt.time(15, 0)  # later interviews are thanked the next morning
NOTE_ARRIVES_WITHIN = dt.timedelta(days=7)
FIRST_CHECK_IN_WITHOUT_TIMELINE = dt.timedelta(days=7)
CHECK_IN_WINDOW = dt.timedelta(days=14)
MAX_CHECK_INS = 3
MIN_DAYS_BETWEEN_CHECK_INS = 3
KEEP_IN_TOUCH_AFTER_WINDOW = dt.timedelta(days=28)
KEEP_IN_TOUCH_AFTER_REJECTION = dt.timedelta(days=91)
NEWS_WAITS_AT_MOST_POST_DAYS = 2  # news waits for a calm day, but no longer than this
MAX_TRANSIT_DAYS = 30


@dataclass(frozen=True)
class Recipient:
    """Where the other person is (for holidays and post) and how they like to be reached."""

    country: str
    subdivision: str | None = None
    channel: Channel | None = None  # their preferred channel, when known (R8)

    @property
    def calendar(self) -> HolidayCalendar:
        return calendar_for(self.country, self.subdivision)


@dataclass(frozen=True)
class Interview:
    when: dt.datetime
    reply_by: dt.date | None = None  # the timeline they gave (R5)

    @property
    def day(self) -> dt.date:
        return self.when.date()


@dataclass(frozen=True)
class PlannedFollowUp:
    kind: Kind
    channel: Channel
    date: dt.date
    deadline: dt.date | None
    reasons: tuple[Reason, ...]



def window_end(start: dt.date) -> dt.date:
    """The last day of the two-week window of check-ins (R6) that opens on `start`."""
    return start + CHECK_IN_WINDOW - ONE_DAY

def plan_after_interview(
    interview: Interview, recipient: Recipient, transit_days: int = 2
) -> list[PlannedFollowUp]:
    """R1, R2, R4–R9 and R14: thank-yous, one to three check-ins, then keep in touch."""
    if not 0 <= transit_days <= MAX_TRANSIT_DAYS:
        raise RuleInputError(
            _("Postal transit must be between 0 and {most} working days.").format(
                most=MAX_TRANSIT_DAYS
            )
        )
    calendar = recipient.calendar
    plan = [thank_you_email(interview, calendar), thank_you_note(interview, calendar, transit_days)]
    check_ins = plan_check_ins(interview, recipient)
    plan.extend(check_ins)
    plan.append(keep_in_touch(window_end(check_ins[0].date), recipient))
    return plan


def thank_you_email(interview: Interview, calendar: HolidayCalendar) -> PlannedFollowUp:
    deadline = interview.day + ONE_DAY
    reasons = [Reason.of("r1-email", interview=interview.day, deadline=deadline)]
    day = interview.day
    if interview.when.time() >= THANK_YOU_SAME_DAY_BEFORE:
        if is_post_day(deadline, calendar):
            day = deadline  # a late interview is thanked the next morning…
        else:  # …unless that is a weekend or a holiday for them: then the same day
            reasons.append(Reason.of("r1-same-day", date=deadline))
    if not is_calm(day, calendar):
        reasons.append(Reason.of("r1-deadline-wins", date=day))
    return PlannedFollowUp(Kind.THANK_YOU_EMAIL, Channel.EMAIL, day, deadline, tuple(reasons))


def thank_you_note(
    interview: Interview, calendar: HolidayCalendar, transit_days: int
) -> PlannedFollowUp:
    """R2: mailed on the first post day after the interview, so it arrives within 7 days."""
    arrive_by = interview.day + NOTE_ARRIVES_WITHIN
    place = place_of(calendar)
    earliest = next_post_day(interview.day + ONE_DAY, calendar)
    deadline = last_mailing_day(arrive_by, transit_days, calendar, earliest=interview.day)
    if deadline is not None and deadline >= earliest:
        day = earliest
    elif deadline is not None:  # only the interview day itself is early enough
        day = deadline
    else:
        day = earliest
    if deadline is None:
        first = Reason.of("r2-too-late", country=place, arrival=arrive_by)
    else:
        first = Reason.of("r2-note", arrival=arrive_by, transit=transit_days, country=place,
                          deadline=deadline)
    return PlannedFollowUp(Kind.THANK_YOU_NOTE, Channel.LETTER, day, deadline,
                           (first, Reason.of("r2-addition")))


def first_check_in_floor(interview: Interview, calendar: HolidayCalendar
                         ) -> tuple[dt.date, list[Reason]]:
    """The earliest day a check-in may go out, and why: after the timeline they gave (R5)
    or a week after the interview (R4), and always after the thank-you email's day — a
    check-in never overtakes, or lands beside, the thanks for the same interview."""
    if interview.reply_by is not None:
        earliest = max(interview.reply_by, interview.day) + ONE_DAY
        timeline = Reason.of("r5-timeline", reply_by=interview.reply_by)
    else:
        earliest = interview.day + FIRST_CHECK_IN_WITHOUT_TIMELINE
        timeline = Reason.of("r4-no-timeline")
    thanks = thank_you_email(interview, calendar).date
    if earliest <= thanks:
        return thanks + ONE_DAY, [timeline, Reason.of("r5-after-thanks", thanks=thanks)]
    return earliest, [timeline]


def plan_check_ins(interview: Interview, recipient: Recipient) -> list[PlannedFollowUp]:
    """R4–R9: one to three check-ins on calm days, spread over one two-week window, the
    first after the thank-you email."""
    calendar = recipient.calendar
    earliest, (timeline, *after_thanks) = first_check_in_floor(interview, calendar)
    start = next_calm_day(earliest, calendar)
    end = window_end(start)
    days = _spread(start, [d for d in _days(start, end) if is_calm(d, calendar)])
    channel = recipient.channel or Channel.EMAIL
    place = place_of(calendar)
    plan = []
    for number, day in enumerate(days, start=1):
        reasons = ([Reason.of("r4-responsible"), timeline, *after_thanks] if number == 1
                   else [timeline])
        reasons.append(Reason.of("r6-window", number=number, total=len(days), start=start,
                                 end=end))
        if number == 1 and start != earliest:
            reasons.append(Reason.of("r7-moved", original=earliest))
            reasons.extend(avoided_because(earliest, calendar))
        reasons.append(Reason.of("r7-calm", date=day, country=place))
        reasons.extend(_channel_reasons(recipient))
        plan.append(PlannedFollowUp(Kind.CHECK_IN, channel, day, None, tuple(reasons)))
    return plan


def respace_check_ins(sent_on: dt.date, remaining: list[dt.date],
                      recipient: Recipient) -> list[dt.date]:
    """R6–R7 after a check-in went out on `sent_on`: the ones still planned keep their
    order; one closer than three days to the one before moves to the first calm day after
    that gap. The others keep their day (the user may have chosen it)."""
    gap = dt.timedelta(days=MIN_DAYS_BETWEEN_CHECK_INS)
    previous, days = sent_on, []
    for day in sorted(remaining):
        if day < previous + gap:
            day = next_calm_day(previous + gap, recipient.calendar)
        days.append(day)
        previous = day
    return days


def fits_among(day: dt.date, others: list[dt.date]) -> bool:
    """R6 for one more check-in on `day` beside `others` (to the same person): at least
    the plan's spacing from each, and never a fourth within any two weeks."""
    if any(abs((day - other).days) < MIN_DAYS_BETWEEN_CHECK_INS for other in others):
        return False
    span = CHECK_IN_WINDOW.days
    for back in range(span):
        start = day - dt.timedelta(days=back)
        if 1 + sum(start <= other <= window_end(start) for other in others) > MAX_CHECK_INS:
            return False
    return True


def fit_after_sent(plan: list[PlannedFollowUp], sent: list[dt.date]
                   ) -> list[PlannedFollowUp]:
    """The planned check-ins that still fit once some went out on the days `sent`: each
    after the last one sent, keeping R6's spacing with all of them, and no more than
    three with those sent in the two weeks before the plan's window or in it — after
    three, stop asking (a new timeline long after them opens a new window)."""
    if not plan:
        return []
    opens = plan[0].date - CHECK_IN_WINDOW
    room = MAX_CHECK_INS - sum(day > opens for day in sent)
    kept: list[PlannedFollowUp] = []
    last = max(sent, default=None)
    for item in plan:
        taken = [*sent, *(k.date for k in kept)]
        if (len(kept) < room and (last is None or item.date > last)
                and fits_among(item.date, taken)):
            kept.append(item)
    return kept


def keep_in_touch(end: dt.date, recipient: Recipient) -> PlannedFollowUp:
    """R6 then R14: once the check-ins are spent, a friendly note a month later."""
    calendar = recipient.calendar
    day = next_calm_day(end + KEEP_IN_TOUCH_AFTER_WINDOW, calendar)
    reasons = (
        Reason.of("r6-stop", end=end),
        Reason.of("r14-keep-in-touch"),
        Reason.of("r7-calm", date=day, country=place_of(calendar)),
        *_channel_reasons(recipient),
    )
    return PlannedFollowUp(Kind.KEEP_IN_TOUCH, recipient.channel or Channel.EMAIL, day, None,
                           reasons)


def plan_reference_heads_up(listed_on: dt.date, recipient: Recipient) -> PlannedFollowUp:
    """R11: before their name reaches the employer, ask them and send talking points."""
    return PlannedFollowUp(Kind.REFERENCE_HEADS_UP, recipient.channel or Channel.EMAIL,
                           listed_on, listed_on, (Reason.of("r11-heads-up"),))


def plan_reference_thanks(contacted_on: dt.date, recipient: Recipient) -> PlannedFollowUp:
    """R12: thanks as soon as it is known the employer called them."""
    return PlannedFollowUp(Kind.REFERENCE_THANKS, recipient.channel or Channel.EMAIL,
                           contacted_on, contacted_on + ONE_DAY, (Reason.of("r12-thanks"),))


def plan_outcome_update(known_on: dt.date, recipient: Recipient) -> PlannedFollowUp:
    """R13: every reference hears the outcome promptly, on a calm day if one comes soon."""
    day, reasons = _prompt_day(known_on, recipient)
    latest = add_post_days(known_on, NEWS_WAITS_AT_MOST_POST_DAYS, recipient.calendar)
    return PlannedFollowUp(Kind.REFERENCE_OUTCOME, recipient.channel or Channel.EMAIL, day,
                           max(day, latest), (Reason.of("r13-outcome"), *reasons))


def plan_reference_gift(landed_on: dt.date, recipient: Recipient,
                        senior: bool = False) -> PlannedFollowUp:
    """R13: after landing a job, a card (and for a senior role a small gift) by post."""
    calendar = recipient.calendar
    day = next_calm_day(landed_on + ONE_DAY, calendar)
    first = Reason.of("r13-gift-senior" if senior else "r13-gift")
    return PlannedFollowUp(Kind.REFERENCE_GIFT, Channel.LETTER, day, None,
                           (first, Reason.of("r7-calm", date=day, country=place_of(calendar))))


def plan_after_rejection(rejected_on: dt.date, recipient: Recipient) -> list[PlannedFollowUp]:
    """R14: a gracious thank-you now, and a keep-in-touch note months later."""
    calendar = recipient.calendar
    day, reasons = _prompt_day(rejected_on, recipient)
    thanks = PlannedFollowUp(Kind.REJECTION_THANKS, recipient.channel or Channel.EMAIL, day,
                             None, (Reason.of("r14-rejection"), *reasons))
    later = next_calm_day(rejected_on + KEEP_IN_TOUCH_AFTER_REJECTION, calendar)
    keep = PlannedFollowUp(
        Kind.KEEP_IN_TOUCH, recipient.channel or Channel.EMAIL, later, None,
        (Reason.of("r14-keep-in-touch"),
         Reason.of("r7-calm", date=later, country=place_of(calendar)),
         *_channel_reasons(recipient)),
    )
    return [thanks, keep]


def _prompt_day(on: dt.date, recipient: Recipient) -> tuple[dt.date, tuple[Reason, ...]]:
    """A calm day within two working days of `on`, else the first one: news can't wait."""
    calendar = recipient.calendar
    calm = next_calm_day(on, calendar)
    if calm <= add_post_days(on, NEWS_WAITS_AT_MOST_POST_DAYS, calendar):
        return calm, (Reason.of("r7-calm", date=calm, country=place_of(calendar)),)
    return next_post_day(on, calendar), (Reason.of("r13-prompt"),)


def _channel_reasons(recipient: Recipient) -> list[Reason]:
    if recipient.channel is None:
        return []
    return [Reason.of("r8-channel", channel=recipient.channel),
            Reason.of("r9-one-channel", channel=recipient.channel)]


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _spread(start: dt.date, calm_days: list[dt.date]) -> list[dt.date]:
    """Up to three check-ins from `start`, at least three days apart, as evenly spread as
    the calm days allow: the most check-ins, then the widest smallest gap, then the
    widest span, then the earliest."""
    later = [d for d in calm_days if d > start]
    for extra in range(MAX_CHECK_INS - 1, 0, -1):
        best: tuple | None = None
        for combo in itertools.combinations(later, extra):
            days = (start, *combo)
            gaps = [(b - a).days for a, b in itertools.pairwise(days)]
            if min(gaps) < MIN_DAYS_BETWEEN_CHECK_INS:
                continue
            key = (min(gaps), (days[-1] - start).days, [-d.toordinal() for d in days])
            if best is None or key > best[0]:
                best = (key, days)
        if best is not None:
            return list(best[1])
    return [start]


@dataclass(frozen=True)
class Occasion:
    """What a single follow-up was planned from, to plan it again when a fact changed (a
    country, a channel, a level): the day its event happened, and that event's facts."""

    start: dt.date
    recipient: Recipient
    interview: Interview | None = None  # for the thank-yous
    transit_days: int = 2  # post to the recipient (R2)
    senior: bool = False  # the position's level (R13's gift)


def _thanks_by_email(o: Occasion) -> PlannedFollowUp | None:
    return thank_you_email(o.interview, o.recipient.calendar) if o.interview else None


def _thanks_by_post(o: Occasion) -> PlannedFollowUp | None:
    if o.interview is None:
        return None
    return thank_you_note(o.interview, o.recipient.calendar, o.transit_days)


# Kind → the rule that plans one follow-up of that kind on its own. Check-ins are planned
# together (R6 spreads them over a window) and are not in the table: see plan_check_ins.
REPLANNERS: dict[Kind, Callable[[Occasion], PlannedFollowUp | None]] = {
    Kind.THANK_YOU_EMAIL: _thanks_by_email,
    Kind.THANK_YOU_NOTE: _thanks_by_post,
    Kind.REFERENCE_HEADS_UP: lambda o: plan_reference_heads_up(o.start, o.recipient),
    Kind.REFERENCE_THANKS: lambda o: plan_reference_thanks(o.start, o.recipient),
    Kind.REFERENCE_OUTCOME: lambda o: plan_outcome_update(o.start, o.recipient),
    Kind.REFERENCE_GIFT: lambda o: plan_reference_gift(o.start, o.recipient, o.senior),
    Kind.REJECTION_THANKS: lambda o: plan_after_rejection(o.start, o.recipient)[0],
    Kind.KEEP_IN_TOUCH: lambda o: plan_after_rejection(o.start, o.recipient)[1],
}


def plan_again(kind: Kind, occasion: Occasion) -> PlannedFollowUp | None:
    """The plan the rules make today for one follow-up of `kind` from `occasion`; None
    for the kinds planned together (check-ins) or when the event is gone."""
    planner = REPLANNERS.get(kind)
    return planner(occasion) if planner is not None else None

