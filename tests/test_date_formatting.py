"""Dates read the same in every language whether Babel merges its locale data or the app
reads back the merged data an earlier start kept (the start no longer pays for the merge)."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import localedata
from hypothesis import given
from hypothesis import strategies as st

from jobfollowup.i18n import (
    LANGUAGES,
    formatting,
    set_interface_language,
    set_language,
    system_region,
)
from jobfollowup.i18n.formatting import (
    format_date,
    format_day,
    format_moment,
    format_month,
)

DAY = dt.date(2026, 12, 17)


def _forget_locales(monkeypatch) -> None:
    """As at a new start: no locale read, no date worded yet in this process."""
    for cached in (formatting._locale, formatting._format_date, formatting._format_month):
        cached.cache_clear()
    monkeypatch.setattr(localedata, "_cache", {})


def _dates(language: str) -> tuple[str, str, str]:
    return (format_day(DAY, language), format_date(DAY, language, "short"),
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
        formatting._locale.cache_clear()


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
        formatting._locale.cache_clear()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Friday, December 18, 2026, 2:30\u202fPM"),
    ("fr", "vendredi 18 décembre 2026, 14:30"),  # the 24-hour clock in fr, it, nb
    ("it", "venerdì 18 dicembre 2026, 14:30"),
    ("nb", "fredag 18. desember 2026, 14:30"),
])
def test_an_interviews_day_and_hour_read_as_each_language_writes_them(language, expected):
    assert format_moment(dt.datetime(2026, 12, 18, 14, 30), language) == expected


@pytest.mark.parametrize(("environment", "language", "region"), [
    ({"LANG": "en_GB.UTF-8"}, "en", "GB"),
    ({"LANG": "en_US.UTF-8"}, "en", "US"),
    ({"LANG": "fr_CH.UTF-8@euro"}, "fr", "CH"),
    ({"LANG": "en_GB.UTF-8", "LC_TIME": "en_IE.UTF-8"}, "en", "IE"),  # LC_TIME first
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "C.UTF-8"}, "en", ""),  # LC_ALL decides all
    ({"LANG": "fr_FR.UTF-8"}, "en", ""),  # a French locale says nothing of English dates
    ({"LANG": "C.UTF-8"}, "en", ""),
    ({}, "en", ""),
])
def test_the_users_locale_decides_how_their_interface_dates_read(monkeypatch, environment,
                                                                 language, region):
    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert system_region(language) == region


def test_british_english_reads_day_month_and_leaves_other_languages_alone(monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    set_interface_language("en")
    assert format_date(DAY, "en") == "17 December 2026"
    assert format_date(DAY, "fr") == "17 décembre 2026"
    assert format_date(DAY, "en", region="US") == "December 17, 2026"  # a note to the US
    assert format_date(DAY, "en", region="ZZ") == "December 17, 2026"  # unknown: the language's
    set_language("en")
    assert format_date(DAY, "en") == "December 17, 2026"


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=30), st.sampled_from(LANGUAGES))
def test_any_locale_text_gives_a_territory_or_nothing(text, language):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LC_ALL", text)
        region = system_region(language)
    assert region == "" or (region.isalpha() and region == region.upper())


def test_the_first_of_the_month_is_an_ordinal_in_french_and_italian_everywhere():
    import datetime as dt

    from jobfollowup.i18n.formatting import SHORT, WEEKDAY, format_date, format_day

    first, eleventh = dt.date(2026, 12, 1), dt.date(2026, 12, 11)
    assert format_day(first, "fr", True) == "mardi 1er décembre 2026"
    assert format_date(first, "fr", WEEKDAY) == "mardi 1er décembre 2026"
    assert format_date(first, "fr", SHORT) == "1er déc. 2026"
    assert format_date(first, "it", SHORT, with_year=False) == "1º dic"
    assert format_date(first, "it") == "1º dicembre 2026"
    assert format_day(first, "it") == "martedì 1º dicembre"
    assert format_day(eleventh, "fr") == "vendredi 11 décembre"  # only the first
    assert format_day(first, "nb") == "tirsdag 1. desember"


THIRD = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("language", "region", "long", "short", "weekday"), [
    ("en", "US", "December 3, 2026", "Dec 3, 2026", "Thursday, December 3, 2026"),
    ("en", "GB", "3 December 2026", "3 Dec 2026", "Thursday 3 December 2026"),
    ("fr", "", "3 décembre 2026", "3 déc. 2026", "jeudi 3 décembre 2026"),
    ("it", "", "3 dicembre 2026", "3 dic 2026", "giovedì 3 dicembre 2026"),
    ("nb", "", "3. desember 2026", "3. des. 2026", "torsdag 3. desember 2026"),
])
def test_one_style_per_context_in_each_language_and_region(language, region, long, short,
                                                            weekday):
    from jobfollowup.i18n.formatting import LONG, SHORT, WEEKDAY, format_period

    set_language(language, region)
    assert format_date(THIRD, language) == long
    assert format_date(THIRD, language, SHORT) == short
    assert format_date(THIRD, language, WEEKDAY) == weekday
    assert format_day(THIRD, language, with_year=True) == weekday
    assert format_day(THIRD, language) == weekday.replace(" 2026", "").rstrip(",")
    assert format_moment(dt.datetime(2026, 12, 3, 14, 30), language, LONG).startswith(long)
    # a week's span words its days as the SHORT style does
    assert format_date(dt.date(2027, 1, 3), language, SHORT) in format_period(
        dt.date(2026, 12, 28), dt.date(2027, 1, 3), language)


@pytest.mark.parametrize(("language", "home", "locale", "region"), [
    ("en", "US", "en_GB.UTF-8", "US"),  # they live in the US: month first
    ("en", "NO", "en_US.UTF-8", "GB"),  # a Norwegian on an en_US machine: day first
    ("en", "GB", "", "GB"),
    ("en", "", "en_US.UTF-8", "US"),  # not said yet: the locale stands in for it
    ("en", "", "C.UTF-8", "GB"),
    ("fr", "CH", "fr_FR.UTF-8", "CH"),
    ("fr", "NO", "fr_FR.UTF-8", ""),  # no fr_NO: French as French writes it
    ("nb", "", "nb_NO.UTF-8", "NO"),
    ("it", "", "en_GB.UTF-8", ""),
])
def test_where_the_person_lives_decides_how_interface_dates_read(monkeypatch, language, home,
                                                                 locale, region):
    from jobfollowup.i18n import current_region, date_region

    for variable in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    if locale:
        monkeypatch.setenv("LANG", locale)
    assert date_region(language, home) == region
    set_interface_language(language, home)
    assert current_region() == region


@given(st.dates(dt.date(1990, 1, 1), dt.date(2200, 12, 31)), st.sampled_from(LANGUAGES),
       st.sampled_from(["", "GB", "US", "CH", "NO"]))
def test_a_weekday_date_is_its_weekday_then_its_long_date(day, language, region):
    from jobfollowup.i18n.formatting import LONG, WEEKDAY, format_weekday

    weekday = format_date(day, language, WEEKDAY, region)
    long = format_date(day, language, LONG, region)
    assert weekday in (f"{format_weekday(day, language)} {long}",
                       f"{format_weekday(day, language)}, {long}")
    assert str(day.year) in long and str(day.year) not in format_date(
        day, language, LONG, region, with_year=False)


@pytest.mark.parametrize(("written", "read"), [
    ("Stampato il 8 dicembre 2026", "Stampato l'8 dicembre 2026"),
    ("Candidatura del 11 gen 2027", "Candidatura dell'11 gen 2027"),
    ("La settimana in arrivo: dal 8 al 11 marzo", "La settimana in arrivo: dall'8 all'11 marzo"),
    ("Stampato il 18 dicembre 2026", "Stampato il 18 dicembre 2026"),
    ("Risposta promessa entro il 1º febbraio", "Risposta promessa entro il 1º febbraio"),
    ("Backup del 8:30", "Backup del 8:30"),
])
def test_an_italian_article_meets_the_day_as_italian_writes_it(written, read):
    from jobfollowup.notes.grammar import with_date_articles

    assert with_date_articles(written, "it") == read
    assert with_date_articles(written, "fr") == written  # other languages: as written


def test_the_printed_log_says_l8_in_italian():
    from jobfollowup.i18n import set_language
    from jobfollowup.printing.sheets import week_html
    from jobfollowup.services.exchange.printouts import WeekAhead

    set_language("it")
    try:
        html = week_html(WeekAhead(dt.date(2026, 12, 8), dt.date(2026, 12, 14), [], []))
    finally:
        set_language("en")
    assert "dall&#x27;8 dicembre" in html and "dal 8" not in html  # escaped for HTML
