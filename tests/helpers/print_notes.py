"""Print every built-in note of one language for a native reviewer: every kind, with and
without the optional points, formal and on first-name terms, for two recipients.

    .venv/bin/python tests/helpers/print_notes.py fr > notes-fr.txt
"""
from __future__ import annotations

import datetime as dt
import sys

from jobfollowup.notes.builtin import BUILTIN, TEMPLATE_IDS
from jobfollowup.notes.templates import NoteFacts, render
from jobfollowup.rules.kinds import HANDWRITTEN

WRITTEN = dt.date(2026, 12, 18)  # a Friday
PEOPLE = {
    "en": [("Jordan Lee", "Ms", "GB"), ("Michael Chen", "Mr", "US")],
    "fr": [("Claire Dubois", "Madame", "FR"), ("Julien Moreau", "Monsieur", "FR")],
    "it": [("Giulia Rossi", "Dott.ssa", "IT"), ("Marco Bianchi", "Ing.", "IT")],
    "nb": [("Kari Nordmann", "", "NO"), ("Ola Hansen", "", "NO")],
}
POINTS = {
    "en": ("the data platform migration", "how much they share with open source",
           "safety first", "your skiing trip to Hemsedal"),
    "fr": ("la visite de la chaîne A350", "l'importance des essais au sol",
           "la culture de la sécurité", "votre voyage à Lisbonne"),
    "it": ("la filiera delle nocciole", "quanto investite nella sostenibilità",
           "l'attenzione alle persone", "la Fiera del Tartufo di Alba"),
    "nb": ("migreringen av dataplattformen til skyen",
           "hvor mye dere deler med det åpne energidatamiljøet", "sikkerhet først",
           "skituren din til Hemsedal"),
}
POSITIONS = {"en": "Senior Data Engineer", "fr": "ingénieure systèmes",
             "it": "Analista Supply Chain", "nb": "seniorutvikler"}
COMPANY = {"en": "Monzo", "fr": "Airbus", "it": "Ferrero", "nb": "Equinor"}

language = sys.argv[1]
interview = dt.date(2026, 12, 17)
for template_id in TEMPLATE_IDS:
    for index, (name, title, country) in enumerate(PEOPLE[language]):
        for first, with_points in ((False, True), (True, False)):
            if index == 1 and first:
                continue
            h, s, r, p = POINTS[language] if with_points else ("", "", "", "")
            thanks = template_id in ("thank-you-email", "thank-you-note")
            day = interview if thanks else dt.date(2026, 12, 1 if index else 8)
            facts = NoteFacts(language=language, name=name, country=country,
                              form_of_address=title, first_name_terms=first,
                              company=COMPANY[language],
                              position=POSITIONS[language], interview_date=day,
                              highlight=h, surprise=s, resonated=r, personal_detail=p,
                              sender="Alex Martin", written_on=WRITTEN)
            note = render(BUILTIN[language][template_id], facts, template_id in HANDWRITTEN)
            terms = "first name" if first else "formal"
            points = "with points" if with_points else "no optional points"
            print(f"===== {template_id} | {name} ({title or '-'}, {country}) | {terms} | "
                  f"{points} | interview {day}, written {WRITTEN}")
            print(note.as_text())
            print()
