"""A realistic job search to look at and to test against: three applications in Norway and
France, interviews with several people, and references."""

from __future__ import annotations

import datetime as dt

from jobfollowup.services.planning.follow_ups import list_follow_ups, mark_done
from jobfollowup.services.records.core import add_application, add_contact, log_interview


def seed_search(today: dt.date) -> dict[str, int]:
    """Contacts, applications and interviews around `today`; returns the ids by name."""
    ids: dict[str, int] = {}
    ids["kari"] = add_contact("Kari Nordmann", country="NO", organisation="Equinor",
                              email="kari@equinor.example", preferred_channel="email",
                              postal_address="Forusbeen 50, 4035 Stavanger")
    ids["ola"] = add_contact("Ola Hansen", country="NO", organisation="Equinor",
                             role="hiring-manager")
    ids["marie"] = add_contact("Marie Dupont", country="FR", organisation="Doctolib",
                               note_language="fr", preferred_channel="linkedin")
    ids["luca"] = add_contact("Luca Bianchi", country="IT", organisation="Satispay",
                              note_language="it", preferred_channel="phone")
    ids["ingrid"] = add_contact("Ingrid Berg", country="NO", organisation="Vipps",
                                role="recruiter")
    equinor = add_application("Equinor", "Data Engineer", country="NO",
                              reply_by=today + dt.timedelta(days=9))
    doctolib = add_application("Doctolib", "Backend Developer", country="FR")
    satispay = add_application("Satispay", "Platform Engineer", country="IT",
                               reply_by=today + dt.timedelta(days=14))
    vipps = add_application("Vipps", "Senior Data Engineer", country="NO")
    ids.update(equinor=equinor, doctolib=doctolib, satispay=satispay, vipps=vipps)
    log_interview(equinor, dt.datetime.combine(today - dt.timedelta(days=1), dt.time(10)),
                  [ids["kari"], ids["ola"]], highlight="the data platform")
    log_interview(doctolib, dt.datetime.combine(today - dt.timedelta(days=6), dt.time(14)),
                  [ids["marie"]])
    log_interview(satispay, dt.datetime.combine(today + dt.timedelta(days=2), dt.time(11)),
                  [ids["luca"]])
    log_interview(vipps, dt.datetime.combine(today - dt.timedelta(days=3), dt.time(9)),
                  [ids["ingrid"]])
    for row in list_follow_ups(last=today - dt.timedelta(days=2), states=("planned",)):
        mark_done(row.id, row.date)  # what was due before yesterday has been sent
    return ids
