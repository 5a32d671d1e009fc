"""Dates read the same in every language whether Babel merges its locale data or the app
reads back the merged data an earlier start kept (the start no longer pays for the merge)."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import localedata

from jobfollowup.i18n import LANGUAGES
from jobfollowup.i18n.formatting import (
    babel_locale,
    format_date,
    format_day,
    format_moment,
    format_month,
)

DAY = dt.date(2026, 12, 17)


def _forget_locales(monkeypatch) -> None:
    """As at a new start: no locale read, no date worded yet in this process."""
    for cached in (babel_locale, format_date, format_day, format_month):
        cached.cache_clear()
    monkeypatch.setattr(localedata, "_cache", {})


def _dates(language: str) -> tuple[str, str, str]:
    return (format_day(DAY, language), format_date(DAY, language, "medium"),
            format_month(DAY, language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_kept_locale_data_gives_the_same_dates_and_is_read_back(language, tmp_path,
                                                                monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _forget_locales(monkeypatch)
    try:
        merged = _dates(language)  # Babel merges the data, the app keeps it
        (kept,) = (tmp_path / "jobfollowup" / "locale-data").glob("*.pickle")

        _forget_locales(monkeypatch)
        monkeypatch.setattr(localedata, "open", lambda *_args: pytest.fail(
            "Babel read its locale files again although the cache holds the merged data"),
                            raising=False)
        assert _dates(language) == merged
        monkeypatch.undo()

        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        kept.write_bytes(b"\x80\x05not pickled data")  # damaged: merged again, kept again
        _forget_locales(monkeypatch)
        assert _dates(language) == merged
        assert kept.read_bytes() != b"\x80\x05not pickled data"
    finally:
        babel_locale.cache_clear()


def test_the_expected_words(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _forget_locales(monkeypatch)
    try:
        assert format_day(DAY, "fr") == "jeudi 17 décembre"
        assert format_day(DAY, "nb") == "torsdag 17. desember"
        _forget_locales(monkeypatch)  # read back from the cache this time
        assert format_day(DAY, "it") == "giovedì 17 dicembre"
        assert format_day(DAY, "fr") == "jeudi 17 décembre"
    finally:
        babel_locale.cache_clear()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Friday 18 December 2026, 2:30\u202fPM"),
    ("fr", "vendredi 18 décembre 2026, 14:30"),  # the 24-hour clock in fr, it, nb
    ("it", "venerdì 18 dicembre 2026, 14:30"),
    ("nb", "fredag 18. desember 2026, 14:30"),
])
def test_an_interviews_day_and_hour_read_as_each_language_writes_them(language, expected):
    assert format_moment(dt.datetime(2026, 12, 18, 14, 30), language) == expected
