"""A contact's name in parts: the greeting and the proofreader both need the first name."""

from __future__ import annotations


def split_name(name: str) -> tuple[str, str]:
    """("Kari", "Nordmann") from "Kari Nordmann"; the family name may have several words."""
    words = name.split()
    if not words:
        return "", ""
    return words[0], " ".join(words[1:])
