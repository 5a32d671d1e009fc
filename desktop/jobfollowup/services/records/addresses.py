"""Postal addresses laid out the way each country's post reads them.

The contact's address is free text, typed as the user knows it. For the countries whose
conventions we know, the line holding the postcode is found and rewritten in that
country's order (Norway and France: "0150 OSLO"; Britain: town, then postcode on its own
line; the United States: "City, ST 12345"), and the country is named in capitals on the
last line when the letter goes abroad (UPU). Anything we cannot read is kept as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobfollowup.i18n import current_language
from jobfollowup.i18n.formatting import country_name


@dataclass(frozen=True)
class _Convention:
    postcode: str  # a regular expression for the whole postcode
    line: str  # how postcode and city are written: "{postcode} {city}", or with "\n"
    city_upper: bool = False  # the post office asks for the town in capitals


_POSTCODE_FIRST = _Convention(r"\d{4,5}", "{postcode} {city}")
CONVENTIONS: dict[str, _Convention] = {
    "NO": _Convention(r"\d{4}", "{postcode} {city}", city_upper=True),
    "DK": _Convention(r"\d{4}", "{postcode} {city}"),
    "FR": _Convention(r"\d{5}", "{postcode} {city}", city_upper=True),
    "MC": _Convention(r"980\d{2}", "{postcode} {city}", city_upper=True),
    "IT": _Convention(r"\d{5}", "{postcode} {city}"),
    "DE": _Convention(r"\d{5}", "{postcode} {city}"),
    "AT": _Convention(r"\d{4}", "{postcode} {city}"),
    "CH": _Convention(r"\d{4}", "{postcode} {city}"),
    "BE": _Convention(r"\d{4}", "{postcode} {city}"),
    "LU": _Convention(r"(?:L-)?\d{4}", "{postcode} {city}"),
    "ES": _Convention(r"\d{5}", "{postcode} {city}"),
    "PT": _Convention(r"\d{4}-\d{3}", "{postcode} {city}"),
    "NL": _Convention(r"\d{4} ?[A-Z]{2}", "{postcode} {city}", city_upper=True),
    "SE": _Convention(r"\d{3} ?\d{2}", "{postcode} {city}", city_upper=True),
    "FI": _Convention(r"\d{5}", "{postcode} {city}", city_upper=True),
    "GB": _Convention(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", "{city}\n{postcode}",
                      city_upper=True),
    "IE": _Convention(r"[A-Z]\d[\dW] ?[A-Z\d]{4}", "{city}\n{postcode}"),
    "US": _Convention(r"\d{5}(?:-\d{4})?", "{city} {postcode}", city_upper=False),
    "CA": _Convention(r"[A-Z]\d[A-Z] ?\d[A-Z]\d", "{city}  {postcode}"),
    "AU": _Convention(r"\d{4}", "{city} {postcode}", city_upper=True),
}


@dataclass(frozen=True)
class PostalAddress:
    lines: tuple[str, ...]  # name first, country last when abroad

    def as_text(self) -> str:
        return "\n".join(self.lines)


def _clean_lines(text: str) -> list[str]:
    return [" ".join(line.split()).strip(" ,") for line in text.splitlines()
            if line.strip(" ,\t")]


def _postcode_line(lines: list[str], convention: _Convention) -> tuple[int, str, str] | None:
    """(index, postcode, rest of the line) of the last line holding a postcode."""
    pattern = re.compile(rf"(?<![\w-])({convention.postcode})(?![\w-])", re.IGNORECASE)
    for index in range(len(lines) - 1, 0 if len(lines) > 1 else -1, -1):
        match = pattern.search(lines[index])
        if match:
            rest = (lines[index][:match.start()] + " " + lines[index][match.end():])
            return index, match.group(1).upper(), " ".join(rest.split()).strip(" ,")
    return None


def _formatted_lines(lines: list[str], country: str) -> list[str]:
    convention = CONVENTIONS.get(country)
    if convention is None or not lines:
        return lines
    found = _postcode_line(lines, convention)
    if found is None:
        return lines
    index, postcode, city = found
    before, after = lines[:index], lines[index + 1:]
    if not city:  # "Oslo" and "0150" on lines of their own
        if after and not any(ch.isdigit() for ch in after[0]):
            city, after = after[0], after[1:]
        elif before and len(before) > 1 and not any(ch.isdigit() for ch in before[-1]):
            city, before = before[-1], before[:-1]
    if convention.city_upper:
        city = city.upper()
    written = convention.line.format(postcode=postcode, city=city).strip()
    return before + [line.strip() for line in written.split("\n") if line.strip()] + after


def format_address(name: str, address: str, country: str, home_country: str,
                   language: str | None = None) -> PostalAddress | None:
    """The envelope lines for `name` at `address`; None when no address is stored.

    The country line is added, in capitals and in the sender's language, only when the
    letter crosses a border.
    """
    lines = _clean_lines(address)
    if not lines:
        return None
    country = (country or home_country).upper()
    lines = _formatted_lines(lines, country)
    name = " ".join(name.split())
    if name and (not lines or lines[0].casefold() != name.casefold()):
        lines.insert(0, name)
    if country != home_country.upper():
        named = country_name(country, language or current_language()).upper()
        if lines[-1].casefold() != named.casefold():
            lines.append(named)
    return PostalAddress(tuple(lines))
