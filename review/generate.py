# ruff: noqa: E501  (review helper: text tables and report lines, one per line)
"""Review helper (not product code): render every built-in note the app can write, in every
language and variant, into review/out/<lang>.txt for a native reading, and run the
proofreader and a few mechanical checks over the whole cartesian set.

    .venv/bin/python review/generate.py [--all]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys
from pathlib import Path

from jobfollowup.notes.builtin import TEMPLATE_IDS, builtin_template
from jobfollowup.notes.proofread import proofread
from jobfollowup.notes.templates import NoteFacts, render
from jobfollowup.rules.kinds import HANDWRITTEN

OUT = Path(__file__).parent / "out"

# language → recipients: (name, title, country)
PEOPLE = {
    "en": [("Emma Clarke", "Ms", "GB"), ("Michael Chen", "Mr", "US"),
           ("Priya Shah", "Dr", "GB"), ("Jordan Lee", "", "US"), ("Rachel Adams", "Dr.", "US")],
    "fr": [("Claire Dubois", "Madame", "FR"), ("Julien Moreau", "M.", "FR"),
           ("Élodie Lefèvre", "Mme", "FR"), ("Anne Martin", "Madame la Directrice", "FR"),
           ("Paul Roux", "Maître", "FR"), ("Mathieu Favre", "Monsieur", "CH"),
           ("Camille Rousseau", "", "FR"), ("Hélène Girard", "Docteure", "FR")],
    "it": [("Giulia Rossi", "Dott.ssa", "IT"), ("Marco Bianchi", "Ing.", "IT"),
           ("Luca Romano", "Dott.", "IT"), ("Anna Ferri", "Sig.ra", "IT"),
           ("Paolo Marino", "", "IT"), ("Chiara Ricci", "Prof.ssa", "IT")],
    "nb": [("Kari Nordmann", "", "NO"), ("Ola Hansen", "Herr", "NO")],
}
POSITIONS = {
    "en": ["Senior Data Engineer", "Engineering Manager", "UX Designer"],
    "fr": ["ingénieure données", "Ingénieur systèmes", "chef de projet", "hydrogéologue",
           "architecte logiciel", "UX Designer", "Responsable des achats"],
    "it": ["ingegnere dei dati", "Analista della supply chain", "responsabile acquisti",
           "UX Designer"],
    "nb": ["seniorutvikler", "Data Engineer", "produktleder"],
}
COMPANIES = {"en": ["Monzo", "Acme Ltd", "Uber"], "fr": ["Airbus", "Orange", "Hermès", "Le Monde"],
             "it": ["Ferrero", "Politecnico di Milano", "Intesa Sanpaolo", "Università Bocconi"], "nb": ["Equinor", "Aker BP"]}
POINTS = {
    "en": dict(highlight="how you plan the savings features",
               surprise="the company-wide writing culture",
               resonated="openness about salaries", personal_detail="your trip to Lisbon"),
    "fr": dict(highlight="la refonte de la plateforme de données",
               surprise="l'importance des essais au sol", resonated="la culture de la sécurité",
               personal_detail="votre voyage à Lisbonne"),
    "it": dict(highlight="la filiera delle nocciole",
               surprise="quanto investite nella sostenibilità",
               resonated="l'attenzione alle persone",
               personal_detail="il Suo viaggio a Lisbona"),
    "nb": dict(highlight="migreringen av dataplattformen til skyen",
               surprise="hvor mye dere deler med miljøet for åpne energidata",
               resonated="at sikkerheten alltid kommer først",
               personal_detail="skituren din til Hemsedal"),
}
SENDER = {"en": "Alex Morgan", "fr": "Alex Martin", "it": "Alex Bruno", "nb": "Alex Berg"}

# interview day → written on: next day, same week, next month, next year; 1st, 8th, 11th
WRITTEN = {"tomorrow": 1, "this week": 3, "last week": 6, "next month": 30, "next year": 340}
INTERVIEW_DAYS = [dt.date(2026, 12, 1), dt.date(2026, 12, 8), dt.date(2026, 12, 11),
                  dt.date(2026, 12, 17)]


def note(template_id, language, person, position, company, points, interview, written,
         first_name_terms):
    name, title, country = person
    facts = NoteFacts(language=language, name=name, country=country, form_of_address=title,
                      first_name_terms=first_name_terms, company=company, position=position,
                      interview_date=interview, written_on=written, sender=SENDER[language],
                      **points)
    rendered = render(builtin_template(template_id, language), facts,
                      handwritten=template_id in HANDWRITTEN)
    return facts, rendered


def reading_set(language):
    """The notes a reviewer reads: every kind × formal/first name × all points/none, with
    the recipients, positions and dates rotating through their variants."""
    people, positions, companies = PEOPLE[language], POSITIONS[language], COMPANIES[language]
    counter = itertools.count()
    for template_id in TEMPLATE_IDS:
        for first_name_terms in (False, True):
            for with_points in (True, False):
                n = next(counter)
                person = people[n % len(people)]
                day = INTERVIEW_DAYS[n % len(INTERVIEW_DAYS)]
                label, offset = list(WRITTEN.items())[n % len(WRITTEN)]
                points = POINTS[language] if with_points else {}
                yield (f"{template_id} | {'first name' if first_name_terms else 'formal'} | "
                       f"{'points' if with_points else 'no points'} | {person} | "
                       f"interview {day} written {label}"), note(
                    template_id, language, person, positions[n % len(positions)],
                    companies[n % len(companies)], points, day,
                    day + dt.timedelta(days=offset), first_name_terms)


def every_note(language):
    """The whole cartesian set, for the mechanical checks."""
    for template_id, person, position, company, first, day, offset, points in itertools.product(
            TEMPLATE_IDS, PEOPLE[language], POSITIONS[language], COMPANIES[language],
            (False, True), [*INTERVIEW_DAYS, None], WRITTEN.values(),
            [POINTS[language], {}, *({k: v} for k, v in POINTS[language].items())]):
        written = (day or dt.date(2026, 12, 20)) + dt.timedelta(days=offset)
        yield note(template_id, language, person, position, company, points, day, written,
                   first)


MECHANICAL = {
    "all": [r"  ", r" ,", r"\{", r"\}", r"\n\n\n", r"\(e\)", r" \.", r"\.\."],
    "fr": [r"\b[dlDL]e [aeiouéèêàâîôûh]", r"\bde le\b", r"\bà le\b", r"\b1 (?:janvier|décembre)",
           r"[^\u202f\u00a0][;!?:]", r" [;!?]", r"’"],
    "it": [r"\bil 8\b", r"\bdel 1?1\b", r"\bil 11\b", r"\bdi il\b", r"\bentro il\b", r"\b1 dicembre"],
    "nb": [r";", r"(?:^|[.!?] )[a-zæøå]"],
    "en": [r"\bMr\. .*\n[\s\S]*Kind regards"],
}


def mechanical(language, facts, text):
    problems = []
    for pattern in MECHANICAL["all"] + MECHANICAL.get(language, []):
        for match in re.finditer(pattern, text, re.M):
            problems.append(f"/{pattern}/ at …{text[max(0, match.start() - 30):match.end() + 30]!r}")
    return problems


def main():
    OUT.mkdir(exist_ok=True)
    check_all = "--all" in sys.argv
    for language in PEOPLE:
        lines = []
        for header, (facts, rendered) in reading_set(language):
            lines.append("=" * 78 + "\n" + header + "\n" + "-" * 78)
            lines.append(rendered.as_text())
            findings = proofread(rendered.body, facts.name, "", (), subject=rendered.subject,
                                 signer=facts.sender)
            for finding in findings:
                lines.append(f"  !! proofread {finding.rule}: {finding.message}")
        (OUT / f"{language}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if check_all:
            seen, total = {}, 0
            for facts, rendered in every_note(language):
                total += 1
                for problem in mechanical(language, facts, rendered.as_text()):
                    seen.setdefault(problem.split(" at ")[0], problem)
            print(f"{language}: {total} notes, {len(seen)} mechanical problem classes")
            for problem in seen.values():
                print("   ", problem)


if __name__ == "__main__":
    main()
