"""When the interview was, worded from the day the note is written.

People do not date a note sent the next day "17 December 2026": they write "yesterday",
"on Thursday", "jeudi", "giovedì", "på torsdag", and a day and month only for an older
meeting (with the year only when it could be mistaken for another). A handwritten card is
read days after it is written, so it names the weekday rather than "yesterday". A weekday
of the week before, four days back or more, is "last Tuesday" ("mardi dernier",
"martedì scorso", "tirsdag forrige uke"): a bare "Tuesday" written on a Monday reads as
the coming one.
"""

from __future__ import annotations

import datetime as dt

from jobfollowup.i18n.formatting import format_date, format_weekday
from jobfollowup.notes.grammar import italian_article_for_date

# Today, yesterday, and a weekday earlier in the week, per language.
_TODAY = {"en": "today", "fr": "aujourd'hui", "it": "oggi", "nb": "i dag"}
_YESTERDAY = {"en": "yesterday", "fr": "hier", "it": "ieri", "nb": "i går"}
_ON_WEEKDAY = {"en": "on {day}", "fr": "{day}", "it": "{day}", "nb": "på {day}"}
_ON_DATE = {"en": "on {date}", "fr": "le {date}", "nb": "{date}"}
# A weekday of the week before ("domenica" is the one feminine weekday in Italian).
_LAST_WEEKDAY = {"en": "last {day}", "fr": "{day} dernier", "it": "{day} scorso",
                 "nb": "{day} forrige uke"}
_IT_FEMININE_WEEKDAY = "domenica"
LAST_WEEK_FROM = 4  # days back: nearer, the weekday alone is clear ("on Friday", said on Monday)

WITHIN_A_WEEK = 6  # days: a weekday named further back reads as the coming one
YEAR_AFTER = 300  # days: an older date gets its year


def interview_when(interview: dt.date, written_on: dt.date, language: str,
                   region: str = "", handwritten: bool = False) -> str:
    """"yesterday", "on Thursday", "last Tuesday", "on 8 December" (or "hier", "jeudi",
    "le 1er décembre"; "ieri", "giovedì", "l'8 dicembre"; "i går", "på torsdag",
    "8. desember"),
    lower case: a sentence that starts with it gets its capital where it is inserted."""
    days = (written_on - interview).days
    if 0 <= days <= WITHIN_A_WEEK:
        if not handwritten and days == 0:
            return _TODAY[language]
        if not handwritten and days == 1:
            return _YESTERDAY[language]
        day = format_weekday(interview, language)
        if days >= LAST_WEEK_FROM and interview.weekday() >= written_on.weekday():
            last = _LAST_WEEKDAY[language]
            if day == _IT_FEMININE_WEEKDAY:
                last = last.replace("scorso", "scorsa")
            return last.format(day=day)
        return _ON_WEEKDAY[language].format(day=day)
    date = format_date(interview, language, region=region,
                       with_year=abs(days) > YEAR_AFTER)
    if language == "it":
        return italian_article_for_date(date)
    return _ON_DATE[language].format(date=date)
