"""The words of the roster workbook in each language trainmgr writes it in (English, French): column
headers, drop-down values, sheet names, validation messages and the instructions sheet.

The core cannot use Qt's translations, so the language is a parameter ("en", "fr"; anything else is
English) given by the GUI (the interface language) or the CLI (`--lang`). The reader accepts every
language's headers and drop-down values, whatever language the file was written in.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class RosterWords:
    roster_sheet: str
    lists_sheet: str
    instructions_sheet: str
    headers: dict[str, str]  # column key -> header
    sex: dict[str, str]  # stored value -> drop-down label
    vetting: dict[str, str]
    list_titles: dict[str, str]  # Lists sheet column titles, by roster column key
    not_in_list: tuple[str, str]  # (title, message) of the drop-down error
    not_a_date: tuple[str, str]
    instructions: tuple[str, ...]


ENGLISH = RosterWords(
    roster_sheet="Roster", lists_sheet="Lists", instructions_sheet="Instructions",
    headers={"id": "ID", "service_number": "Service number", "family_name": "Family name",
             "given_names": "Given names", "name_native": "Name in native script", "sex": "Sex", "rank": "Rank",
             "unit": "Unit", "position": "Position", "birth_date": "Birth date", "vetting_status": "Vetting status",
             "vetting_date": "Vetting date", "vetting_reference": "Vetting reference"},
    sex={"female": "Female", "male": "Male", "not_recorded": "Not recorded"},
    vetting={"not_started": "Not started", "pending": "Pending", "cleared": "Cleared", "refused": "Refused",
             "expired": "Expired"},
    list_titles={"sex": "Sex", "rank": "Rank", "unit": "Unit", "vetting_status": "Vetting status"},
    not_in_list=("Not in the list", "Choose a value from the list."),
    not_a_date=("Not a date", "Type a date as YYYY-MM-DD or DD/MM/YYYY."),
    instructions=(
        "How to fill in this roster",
        "One row per trainee on the Roster sheet. Only Family name is required.",
        "Leave the ID column blank for new trainees; an exported roster fills it in, so that the same people are "
        "updated when it is imported back.",
        "Service number: type it as text (the column is formatted as text); leading zeros are kept.",
        "Sex, Rank, Unit and Vetting status: choose from the drop-down list.",
        "Dates: a real date, or YYYY-MM-DD (2024-03-31), or DD/MM/YYYY (31/03/2024).",
        "No formulas, no merged cells; blank rows are skipped.",
        "Importing shows what would change first (new, updated, likely duplicates, errors by row and column); "
        "nothing is written until you confirm.",
    ),
)

FRENCH = RosterWords(
    roster_sheet="Stagiaires", lists_sheet="Listes", instructions_sheet="Mode d'emploi",
    headers={"id": "Identifiant", "service_number": "Matricule", "family_name": "Nom de famille",
             "given_names": "Prénoms", "name_native": "Nom en écriture locale", "sex": "Sexe", "rank": "Grade",
             "unit": "Unité", "position": "Fonction", "birth_date": "Date de naissance",
             "vetting_status": "Statut de criblage", "vetting_date": "Date de criblage",
             "vetting_reference": "Référence de criblage"},
    sex={"female": "Femme", "male": "Homme", "not_recorded": "Non renseigné"},
    vetting={"not_started": "Non commencé", "pending": "En attente", "cleared": "Habilité", "refused": "Refusé",
             "expired": "Expiré"},
    list_titles={"sex": "Sexe", "rank": "Grade", "unit": "Unité", "vetting_status": "Statut de criblage"},
    not_in_list=("Valeur hors liste", "Choisissez une valeur dans la liste."),
    not_a_date=("Date invalide", "Saisissez une date AAAA-MM-JJ ou JJ/MM/AAAA."),
    instructions=(
        "Comment remplir cette liste",
        "Une ligne par stagiaire sur la feuille Stagiaires. Seul le nom de famille est obligatoire.",
        "Laissez la colonne Identifiant vide pour un nouveau stagiaire ; une liste exportée la remplit, pour que "
        "les mêmes personnes soient mises à jour quand elle est réimportée.",
        "Matricule : saisissez-le comme du texte (la colonne est au format texte) ; les zéros en tête sont gardés.",
        "Sexe, Grade, Unité et Statut de criblage : choisissez dans la liste déroulante.",
        "Dates : une vraie date, ou AAAA-MM-JJ (2024-03-31), ou JJ/MM/AAAA (31/03/2024).",
        "Pas de formules ni de cellules fusionnées ; les lignes vides sont ignorées.",
        "L'import montre d'abord ce qui changerait (nouveaux, mis à jour, doublons probables, erreurs par ligne et "
        "colonne) ; rien n'est écrit avant votre confirmation.",
    ),
)

_WORDS = {"en": ENGLISH, "fr": FRENCH}


def roster_words(lang: str | None) -> RosterWords:
    """The words for `lang` ("fr", "fr_FR", "en"...); English for a language trainmgr does not write."""
    return _WORDS.get((lang or "en").split("_")[0].split("-")[0].lower(), ENGLISH)


def all_words() -> tuple[RosterWords, ...]:
    return tuple(_WORDS.values())
