"""Where the person lives decides how the interface writes dates (`i18n.date_region`):
Babel's words and Qt's date fields follow the same territory, set here, at the start and
whenever the person says where they live."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from jobfollowup.i18n import current_language, current_region, date_region, set_language


def follow_home(home_country: str, language: str | None = None) -> bool:
    """Write dates, in `language` (the interface's when None), as they are written in
    `home_country` ("": the locale's); True when that changed how they read, so that every
    view words its dates again."""
    language = language or current_language()
    region = date_region(language, home_country)
    changed = (language, region) != (current_language(), current_region())
    chosen = set_language(language, region)
    QLocale.setDefault(QLocale(f"{chosen}_{region}" if region else chosen))
    return changed
