"""Our own names of public holidays in French, Italian and Norwegian, for the countries
whose holiday data has no such language (Norway's has no French, Britain's no Italian).

Keyed by the English name the `holidays` library gives (its "en_US" localisation), which
nearly every country has. A name not listed here is shown in the country's own language,
never in whatever language the computer runs in (docs/design.md §1, R7's explanations).
These are data, not interface text: they never depend on the interface's catalog.
"""

from __future__ import annotations

# English name → (French, Italian, Norwegian Bokmål)
NAMES: dict[str, tuple[str, str, str]] = {
    "New Year's Day": ("Jour de l'an", "Capodanno", "Første nyttårsdag"),
    "Epiphany": ("Épiphanie", "Epifania", "Helligtrekongersdag"),
    "Maundy Thursday": ("Jeudi saint", "Giovedì santo", "Skjærtorsdag"),
    "Good Friday": ("Vendredi saint", "Venerdì santo", "Langfredag"),
    "Easter Sunday": ("Pâques", "Pasqua", "Første påskedag"),
    "Easter Monday": ("Lundi de Pâques", "Lunedì dell'Angelo", "Andre påskedag"),
    "Labor Day": ("Fête du Travail", "Festa del Lavoro", "Arbeidernes dag"),
    "Labour Day": ("Fête du Travail", "Festa del Lavoro", "Arbeidernes dag"),
    "May Day": ("1er Mai", "Primo maggio", "1. mai"),
    "Ascension Day": ("Ascension", "Ascensione", "Kristi himmelfartsdag"),
    "Pentecost": ("Pentecôte", "Pentecoste", "Første pinsedag"),
    "Whit Sunday": ("Pentecôte", "Pentecoste", "Første pinsedag"),
    "Pentecost Monday": ("Lundi de Pentecôte", "Lunedì di Pentecoste", "Andre pinsedag"),
    "Whit Monday": ("Lundi de Pentecôte", "Lunedì di Pentecoste", "Andre pinsedag"),
    "Corpus Christi": ("Fête-Dieu", "Corpus Domini", "Kristi legemsfest"),
    "Midsummer Eve": ("Veille de la Saint-Jean", "Vigilia di San Giovanni", "Sankthansaften"),
    "Midsummer Day": ("Saint-Jean", "San Giovanni", "Sankthansdagen"),
    "Assumption Day": ("Assomption", "Ferragosto", "Marias himmelfart"),
    "Assumption Of Mary Day": ("Assomption", "Ferragosto", "Marias himmelfart"),
    "All Saints' Day": ("Toussaint", "Ognissanti", "Allehelgensdag"),
    "Immaculate Conception": ("Immaculée Conception", "Immacolata Concezione",
                              "Marias uplettede unnfangelse"),
    "Christmas Eve": ("Veille de Noël", "Vigilia di Natale", "Julaften"),
    "Christmas Day": ("Noël", "Natale", "Første juledag"),
    "Second Day of Christmas": ("Lendemain de Noël", "Santo Stefano", "Andre juledag"),
    "Saint Stephen's Day": ("Saint-Étienne", "Santo Stefano", "Andre juledag"),
    "Boxing Day": ("Lendemain de Noël", "Santo Stefano", "Andre juledag"),
    "New Year's Eve": ("Saint-Sylvestre", "San Silvestro", "Nyttårsaften"),
    "National Day": ("Fête nationale", "Festa nazionale", "Nasjonaldagen"),
    "Independence Day": ("Fête de l'indépendance", "Festa dell'indipendenza",
                         "Uavhengighetsdagen"),
    "National Independence Day": ("Fête de l'indépendance", "Festa dell'indipendenza",
                                  "Uavhengighetsdagen"),
    "Constitution Day": ("Fête de la Constitution", "Festa della Costituzione",
                         "Grunnlovsdagen"),
    "Republic Day": ("Fête de la République", "Festa della Repubblica", "Republikkens dag"),
    "Liberation Day": ("Fête de la Libération", "Festa della Liberazione",
                       "Frigjøringsdagen"),
    "Victory Day": ("Fête de la Victoire", "Giorno della vittoria", "Seiersdagen"),
    "Armistice Day": ("Armistice", "Anniversario dell'armistizio", "Våpenstillstandsdagen"),
    "Freedom Day": ("Jour de la Liberté", "Giorno della libertà", "Frihetsdagen"),
    "Europe Day": ("Journée de l'Europe", "Festa dell'Europa", "Europadagen"),
    "German Unity Day": ("Jour de l'unité allemande", "Giorno dell'unità tedesca",
                         "Tysklands enhetsdag"),
    "King's Day": ("Fête du Roi", "Festa del Re", "Kongens dag"),
    "Saint Patrick's Day": ("Saint-Patrick", "San Patrizio", "St. Patricks dag"),
    "Saint Brigid's Day": ("Sainte-Brigide", "Santa Brigida", "St. Brigids dag"),
    "Canada Day": ("Fête du Canada", "Festa del Canada", "Canadas nasjonaldag"),
    "Australia Day": ("Fête nationale australienne", "Festa nazionale australiana",
                      "Australias nasjonaldag"),
    "Thanksgiving Day": ("Thanksgiving", "Giorno del Ringraziamento", "Thanksgiving"),
    "Veterans Day": ("Journée des anciens combattants", "Giornata dei veterani",
                     "Veterandagen"),
    "First Day of Summer": ("Premier jour de l'été", "Primo giorno d'estate",
                            "Første sommerdag"),
}
# A holiday moved to another day ("Boxing Day (observed)").
OBSERVED = (" (observed)", ("(jour de remplacement)", "(giorno sostitutivo)",
                            "(flyttet fridag)"))
_COLUMN = {"fr": 0, "it": 1, "nb": 2}


def translated(english: str, language: str) -> str | None:
    """`english` (one holiday's name) in `language`, or None when we have no name for it."""
    column = _COLUMN.get(language)
    if column is None:
        return None
    suffix, moved = OBSERVED
    observed = english.endswith(suffix)
    name = NAMES.get(english.removesuffix(suffix))
    if name is None:
        return None
    return f"{name[column]} {moved[column]}" if observed else name[column]
