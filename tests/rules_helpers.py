"""Small helpers the rule tests share."""

from __future__ import annotations

import datetime as dt

from jobfollowup.rules import Interview, Kind, Recipient, plan_after_interview


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def plan(when: str, country: str, subdivision: str | None = None, reply_by: str | None = None,
         **kwargs):
    interview = Interview(dt.datetime.fromisoformat(when), d(reply_by) if reply_by else None)
    return plan_after_interview(interview, Recipient(country, subdivision,
                                                     kwargs.pop("channel", None)), **kwargs)


def of_kind(items, kind: Kind):
    return [item for item in items if item.kind is kind]


def dates(items, kind: Kind) -> list[dt.date]:
    return [item.date for item in of_kind(items, kind)]
