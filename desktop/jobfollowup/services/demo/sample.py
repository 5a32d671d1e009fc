"""A small, realistic job search to try the app with: fifteen applications, forty people in
six countries writing in four languages, interviews with their personal points, references
at every stage. Every follow-up is planned by the rules through the same services the
interface uses; those already past are sent, as the user would have done.
"""

from __future__ import annotations

import datetime as dt

from jobfollowup.i18n import _
from jobfollowup.rules.kinds import Level, Role, State, Status
from jobfollowup.services import settings
from jobfollowup.services.demo.offer import holds_a_search
from jobfollowup.services.errors import ValidationError
from jobfollowup.services.planning import drafts
from jobfollowup.services.records.applications import set_status
from jobfollowup.services.records.core import add_application, add_contact, log_interview
from jobfollowup.services.records.interactions import log_interaction
from jobfollowup.services.records.references import add_reference, list_references, record_event
from jobfollowup.storage.models import FollowUp, database_proxy

# key: (name, form of address, first-name terms, role, organisation, language, country,
#       subdivision, preferred channel, postal address, personal details)
PEOPLE = {
    "kari": ("Kari Nordmann", "", True, Role.HIRING_MANAGER, "Equinor", "nb", "NO", "03",
             "email", "Forusbeen 50\n4035 Stavanger", "Har hytte i Hemsedal"),
    "ingrid": ("Ingrid Bakke", "", True, Role.RECRUITER, "Equinor", "nb", "NO", None, "email",
               "", ""),
    "ola": ("Ola Hansen", "", True, Role.REFERENCE, "DNB", "nb", "NO", "03", "phone",
            "Dronning Eufemias gate 30\n0191 Oslo", "Tidligere leder, synger i kor"),
    "sigrid": ("Sigrid Løvik", "", True, Role.INTERVIEWER, "Kongsberg Digital", "nb", "NO", None,
               "email", "", "Løper Holmenkollstafetten hver vår"),
    "hakon": ("Håkon Berg", "", True, Role.INTERVIEWER, "Kongsberg Digital", "nb", "NO", None,
              None, "", ""),
    "ase": ("Åse Ødegård", "", True, Role.NETWORK, "Schibsted", "nb", "NO", None, "linkedin", "",
            "Møttes på Oslo Data Science-meetupen"),
    "magnus": ("Magnus Strand", "", True, Role.HIRING_MANAGER, "Schibsted", "nb", "NO", None,
               "email", "", ""),
    "nora": ("Nora Eide", "", True, Role.RECRUITER, "Telenor", "nb", "NO", None, "email", "", ""),
    "eirik": ("Eirik Solberg", "", True, Role.INTERVIEWER, "Telenor", "nb", "NO", None, "email",
              "Snarøyveien 30\n1360 Fornebu", "Bygger hytte i Valdres"),
    "lars": ("Lars Haugen", "", True, Role.REFERENCE, "Visma", "nb", "NO", None, "email", "",
             "Tidligere kollega"),
    "ingvild": ("Ingvild Dahl", "", True, Role.REFERENCE, "Equinor", "nb", "NO", None, "phone", "",
                "Tidligere teamleder"),
    "claire": ("Claire Dubois", "Madame", False, Role.HIRING_MANAGER, "Airbus", "fr", "FR", None,
               "email", "2 rond-point Émile Dewoitine\n31700 Blagnac",
               "Part bientôt en voyage à Lisbonne"),
    "julien": ("Julien Moreau", "Monsieur", False, Role.INTERVIEWER, "Airbus", "fr", "FR", None,
               "email", "", "Fan de rugby (Stade toulousain)"),
    "elodie": ("Élodie Lefèvre", "Madame", False, Role.RECRUITER, "Capgemini", "fr", "FR", None,
               "linkedin", "", ""),
    "antoine": ("Antoine Girard", "Monsieur", False, Role.INTERVIEWER, "Capgemini", "fr", "FR",
                None, "email", "", ""),
    "camille": ("Camille Rousseau", "Madame", False, Role.REFERENCE, "Thales", "fr", "FR", None,
                "email", "4 rue de la Verrerie\n92190 Meudon", "Ancienne directrice"),
    "thomas": ("Thomas Bernard", "Monsieur", False, Role.INTERVIEWER, "Dassault Systèmes", "fr",
               "FR", None, "email", "", "Court le marathon de Paris en avril"),
    "sophie": ("Sophie Laurent", "Madame", False, Role.HIRING_MANAGER, "Dassault Systèmes", "fr",
               "FR", None, "email", "10 rue Marcel Dassault\n78140 Vélizy-Villacoublay", ""),
    "nicolas": ("Nicolas Petit", "Monsieur", False, Role.NETWORK, "BlaBlaCar", "fr", "FR", None,
                "linkedin", "", "Ancien camarade de promotion"),
    "isabelle": ("Isabelle Fontaine", "Madame", False, Role.REFERENCE, "INSA Lyon", "fr", "FR",
                 None, "email", "20 avenue Albert Einstein\n69100 Villeurbanne",
                 "Directrice de mon mémoire"),
    "giulia": ("Giulia Rossi", "Dott.ssa", False, Role.HIRING_MANAGER, "Ferrero", "it", "IT", None,
               "email", "Piazzale Pietro Ferrero 1\n12051 Alba (CN)",
               "Passa spesso il fine settimana nelle Langhe"),
    "marco": ("Marco Bianchi", "Ing.", False, Role.INTERVIEWER, "Pirelli", "it", "IT", None,
              "email", "", ""),
    "francesca": ("Francesca Esposito", "Dott.ssa", False, Role.RECRUITER, "Pirelli", "it", "IT",
                  None, "linkedin", "", ""),
    "luca": ("Luca Romano", "Dott.", False, Role.INTERVIEWER, "Ferrero", "it", "IT", None, "email",
             "", "Tifoso del Torino"),
    "chiara": ("Chiara Ricci", "Dott.ssa", False, Role.REFERENCE, "Luxottica", "it", "IT", None,
               "email", "Piazzale Luigi Cadorna 3\n20123 Milano", "Ex responsabile"),
    "alessandro": ("Alessandro Conti", "Ing.", False, Role.HIRING_MANAGER, "Leonardo", "it", "IT",
                   None, "email", "", ""),
    "paolo": ("Paolo Marino", "Ing.", False, Role.NETWORK, "Politecnico di Milano", "it", "IT",
              None, "email", "", "Ex collega di laboratorio"),
    "emma": ("Emma Clarke", "Ms", False, Role.HIRING_MANAGER, "Monzo", "en", "GB", "ENG", "email",
             "Broadwalk House, 5 Appold St\nLondon EC2A 2AG", "Off to Lisbon for a conference"),
    "james": ("James Whitfield", "Mr", False, Role.INTERVIEWER, "Monzo", "en", "GB", "ENG",
              "email", "", "Keen cyclist; rides to work from Hackney"),
    "priya": ("Priya Shah", "Dr", False, Role.REFERENCE, "BBC", "en", "GB", "ENG", "email",
              "Broadcasting House\nLondon W1A 1AA", "Former lead; two young children"),
    "oliver": ("Oliver Bennett", "Mr", True, Role.RECRUITER, "Hays", "en", "GB", "ENG", "phone",
               "", ""),
    "hannah": ("Hannah Lewis", "Ms", False, Role.INTERVIEWER, "Ocado", "en", "GB", "ENG", "email",
               "", ""),
    "michael": ("Michael Chen", "Mr", False, Role.HIRING_MANAGER, "Stripe", "en", "US", "CA",
                "email", "354 Oyster Point Blvd\nSouth San Francisco, CA 94080",
                "Off to Big Sur for a long weekend"),
    "sarah": ("Sarah Johnson", "Ms", True, Role.RECRUITER, "Stripe", "en", "US", "CA", "linkedin",
              "", ""),
    "david": ("David Kim", "Mr", False, Role.INTERVIEWER, "Spotify", "en", "US", "NY", "email", "",
              ""),
    "laura": ("Laura Martinez", "Ms", False, Role.INTERVIEWER, "Spotify", "en", "US", "NY",
              "email", "", "Recommended a ramen place in the East Village"),
    "rachel": ("Rachel Adams", "Dr", False, Role.REFERENCE, "Columbia University", "en", "US",
               "NY", "email", "", "My thesis supervisor"),
    "mathieu": ("Mathieu Favre", "Monsieur", False, Role.INTERVIEWER, "CERN", "fr", "CH", "GE",
                "email", "Esplanade des Particules 1\n1211 Genève 23", ""),
    "anna": ("Anna Keller", "Ms", True, Role.RECRUITER, "Google", "en", "CH", "ZH", "linkedin",
             "", "Met at PyCon Italia"),
    "noah": ("Noah Fischer", "", True, Role.NETWORK, "Zühlke", "en", "CH", "ZH", "email", "", ""),
}

# key: (company, position, level, country, applied days ago, reply-by days from today,
#       posting link, notes)
JOBS = {
    "equinor": ("Equinor", "Senior Data Engineer", Level.SENIOR, "NO", 30, 6,
                "https://www.equinor.com/careers", "Hybrid, Stavanger or Oslo."),
    "kongsberg": ("Kongsberg Digital", "Data Platform Lead", Level.SENIOR, "NO", 25, 2, "", ""),
    "schibsted": ("Schibsted", "Product Manager, Data", Level.MID, "NO", 10, 12, "", ""),
    "telenor": ("Telenor", "Backend Developer", Level.MID, "NO", 70, None, "", ""),
    "airbus": ("Airbus", "Ingénieur systèmes", Level.MID, "FR", 28, 9, "", "Toulouse, on-site."),
    "capgemini": ("Capgemini", "Consultant Data", Level.MID, "FR", 45, None, "", ""),
    "dassault": ("Dassault Systèmes", "UX Designer", Level.MID, "FR", 30, None, "", ""),
    "ferrero": ("Ferrero", "Supply Chain Analyst", Level.MID, "IT", 20, 10, "", "Alba (CN)."),
    "pirelli": ("Pirelli", "Data Scientist", Level.MID, "IT", 40, None, "",
                "Withdrew: the role moved to Bollate."),
    "polimi": ("Politecnico di Milano", "docente a contratto", Level.JUNIOR, "IT", 60, None,
               "", "One evening a week, spring term."),
    "monzo": ("Monzo", "Senior Product Analyst", Level.SENIOR, "GB", 35, -3, "", ""),
    "ocado": ("Ocado", "Data Engineer", Level.MID, "GB", 55, None, "",
              "Declined: full-time on-site."),
    "stripe": ("Stripe", "Staff Data Engineer", Level.EXECUTIVE, "US", 26, 8, "",
               "Remote, US hours."),
    "spotify": ("Spotify", "Data Engineer", Level.MID, "US", 60, None, "", ""),
    "cern": ("CERN", "Computing Engineer", Level.MID, "CH", 3, None,
             "https://careers.cern", ""),
}

# (job, days ago, hour, format, interviewers, highlight, surprise, resonated, personal detail):
# the points in the interviewers' note language, the personal detail written to the person
# ("your trip"), as the notes' sentences need them.
INTERVIEWS = [
    ("telenor", 42, 10, "on-site", ["eirik"], "analyseteamet for 5G-nettet", "", "", ""),
    ("spotify", 35, 15, "video", ["david", "laura"], "your experimentation platform",
     "how engineers choose the squad they join", "", "your half marathon in Brooklyn"),
    ("ocado", 30, 11, "on-site", ["hannah"], "the robots in your warehouses", "", "", ""),
    ("capgemini", 26, 14, "video", ["antoine"], "la refonte de la plateforme de données", "",
     "", ""),
    ("pirelli", 24, 10, "on-site", ["marco"], "i sensori negli pneumatici", "", "", ""),
    ("polimi", 40, 17, "on-site", ["paolo"], "il corso di data engineering", "", "", ""),
    ("dassault", 12, 10, "on-site", ["sophie", "thomas"],
     "le jumeau numérique de vos usines", "la place du design dans l'ingénierie", "", ""),
    ("monzo", 9, 11, "on-site", ["emma", "james"], "how you plan the savings features",
     "the company-wide writing culture", "openness about salaries",
     "your conference trip to Lisbon"),
    ("equinor", 5, 10, "on-site", ["kari"], "migreringen av dataplattformen til skyen",
     "hvor mye dere deler med miljøet for åpne energidata",
     "at sikkerheten alltid kommer først", "hytteturen din til Hemsedal"),
    ("stripe", 4, 17, "video", ["michael"], "the ledger reconciliation design",
     "", "writing before meetings", "your trip to Big Sur"),
    ("airbus", 3, 14, "on-site", ["claire", "julien"], "la chaîne d'assemblage de l'A350",
     "l'importance des essais au sol", "la culture de la sécurité", "votre voyage à Lisbonne"),
    ("kongsberg", 2, 13, "video", ["sigrid", "hakon"],
     "den digitale tvillingen av plattformen", "", "", "helgeturen din til Bergen"),
    ("ferrero", 0, 9, "on-site", ["giulia", "luca"], "la filiera delle nocciole",
     "quanto investite nella sostenibilità", "l'attenzione alle persone",
     "il Suo weekend nelle Langhe"),
]

# (job, reference, listed days ago, then (event, days ago) pairs)
REFERENCES = [
    ("equinor", "ola", 20, [("asked", 21), ("agreed", 20), ("talking-points", 19)]),
    ("equinor", "lars", 2, [("asked", 2)]),
    ("kongsberg", "ingvild", 15, [("asked", 16), ("agreed", 15), ("employer-contacted", 0)]),
    ("airbus", "camille", 10, [("asked", 11), ("agreed", 10)]),
    ("capgemini", "isabelle", 30, [("asked", 31), ("agreed", 30), ("employer-contacted", 14),
                                   ("thanked", 13)]),
    ("monzo", "priya", 20, [("asked", 21), ("agreed", 20), ("employer-contacted", 4)]),
    ("ocado", "priya", 40, [("asked", 41), ("agreed", 40), ("employer-contacted", 25)]),
    ("polimi", "chiara", 50, [("asked", 51), ("agreed", 50), ("employer-contacted", 35)]),
    ("spotify", "rachel", 40, [("asked", 41), ("agreed", 40)]),
    ("stripe", "rachel", 0, []),
]

# (job, status, days ago)
STATUS_CHANGES = [
    ("pirelli", Status.WITHDRAWN, 18),
    ("telenor", Status.REJECTED, 20),
    ("ocado", Status.OFFER, 22),
    ("ocado", Status.DECLINED, 20),
    ("polimi", Status.OFFER, 32),
    ("polimi", Status.ACCEPTED, 30),
    ("spotify", Status.REJECTED, 8),
    ("capgemini", Status.OFFER, 1),
]

# (person, job or None, days ago, channel, direction, summary)
EXCHANGES = [
    ("oliver", None, 50, "phone", "in", "Oliver called about contract roles in London"),
    ("anna", None, 21, "linkedin", "in", "Anna suggested applying in Zürich next spring"),
    ("nicolas", None, 15, "linkedin", "out", "Asked about data roles at BlaBlaCar"),
    ("ingrid", "equinor", 28, "email", "in", "Invitation to the first interview"),
    ("sarah", "stripe", 20, "linkedin", "in", "Sarah reached out about the Staff role"),
    ("elodie", "capgemini", 1, "phone", "in", "Élodie called with the offer"),
    ("sigrid", "kongsberg", 1, "phone", "in", "Sigrid called to say they are calling references"),
    ("magnus", "schibsted", 8, "email", "in", "Confirmed they received my application"),
    ("francesca", "pirelli", 30, "linkedin", "in", "Primo contatto per la posizione"),
]

# Who signs the sample's notes, unless the user has already said who they are.
SAMPLE_SENDER = "Alex Morgan"

# The follow-ups due within this many days before today are left overdue, as in life.
LEFT_OVERDUE = 1


def load_small_demo(today: dt.date) -> int:
    """Seed the open, empty database with the sample search as of `today`; returns the
    number of follow-ups planned. Refuses a database that already holds a search."""
    if holds_a_search():
        raise ValidationError(_("This database already holds a job search; choose an empty "
                                "folder for the sample data."), "data_dir")

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    with database_proxy.atomic():
        if not settings.get("sender_name"):
            settings.put_in_data("sender_name", SAMPLE_SENDER)
        people = {}
        for key, (name, title, first, role, org, language, country, subdivision, channel,
                  address, details) in PEOPLE.items():
            people[key] = add_contact(
                name, form_of_address=title, first_name_terms=first, role=role,
                organisation=org, note_language=language, country=country,
                subdivision=subdivision, preferred_channel=channel, postal_address=address,
                personal_details=details,
                email=_email(name, org), phone=_phone(country, len(people)))
        jobs = {}
        for key, (company, position, level, country, applied, reply, link, notes) in (
                JOBS.items()):
            jobs[key] = add_application(
                company, position, level=level, country=country, applied_on=ago(applied),
                reply_by=today + dt.timedelta(days=reply) if reply is not None else None,
                posting_url=link, notes=notes)
        for job, days, hour, form, who, highlight, surprise, resonated, detail in INTERVIEWS:
            when = dt.datetime.combine(_working_day(ago(days)), dt.time(hour))
            log_interview(jobs[job], when, [people[p] for p in who], format=form,
                          highlight=highlight, surprise=surprise, resonated=resonated,
                          personal_detail=detail)
        for job, person, listed, events in REFERENCES:
            add_reference(jobs[job], people[person], ago(listed))
            reference = next(r.id for r in list_references(jobs[job])
                             if r.contact_id == people[person])
            for event, days in events:
                record_event(reference, event, ago(days))
        for job, status, days in STATUS_CHANGES:
            set_status(jobs[job], status, on=ago(days))
        for person, job, days, channel, direction, summary in EXCHANGES:
            log_interaction(people[person], ago(days), channel, direction, summary,
                            jobs[job] if job else None)
        _send_what_is_past(today)
    return FollowUp.select().count()


def _send_what_is_past(today: dt.date) -> None:
    """Mark as sent, on their day, the follow-ups due before today (but the latest)."""
    cutoff = today - dt.timedelta(days=LEFT_OVERDUE)
    for item in (FollowUp.select().where((FollowUp.state == State.PLANNED)
                                         & (FollowUp.planned_date < cutoff))
                 .order_by(FollowUp.planned_date, FollowUp.id)):
        draft = drafts.open_draft(item.id)
        drafts.mark_sent(item.id, draft.subject, draft.body, on=item.planned_date)


def _working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before when it falls on a weekend: nobody holds interviews on a
    Sunday, and a note saying "thank you for meeting me on Sunday" reads as made up."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def _email(name: str, organisation: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.lower().replace("ø", "o").replace("å", "a"))
    local = ".".join("".join(c for c in part if c.isalnum()) for part in plain.split())
    domain = "".join(c for c in unicodedata.normalize("NFKD", organisation.lower())
                     if c.isalnum()) or "example"
    return f"{local}@{domain}.example"


_DIALLING = {"NO": "+47 9", "FR": "+33 6", "IT": "+39 3", "GB": "+44 7700 9",
             "US": "+1 555 01", "CH": "+41 7"}


def _phone(country: str, number: int) -> str:
    return f"{_DIALLING[country]}{number:02d} {40 + number:02d} {10 + number:02d}"
