"""The words of the demo programme: an invented francophone Sahelian host nation, its forces, its
people's names, and the French texts a training team would write.

Everything here is fiction (no real country, unit or person); the names are common francophone
West-African ones so that search, sorting, accents and right-to-left text get exercised the way a
real programme exercises them. Arabic-script forms are given where a name has a usual one: a share of
trainees carry them as their native-script name, as registers in the north of the region do.
"""

from __future__ import annotations

DEMO_CODE = "DEMO-RSC"
COUNTRY = "République du Sahel Central"
PROGRAMME_NAME = "Programme d'appui à la formation des forces de défense et de sécurité (démonstration)"
PROGRAMME_DESCRIPTION = (
    "Programme de démonstration généré par trainmgr : des unités, des stagiaires, des évaluations des "
    "besoins, un curriculum approuvé, des cohortes, des présences et des résultats fictifs."
)
TEAM = "Équipe mobile de formation n°{n}"

# (family name, Arabic script or "")
FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("Traoré", "تراوري"), ("Diallo", "ديالو"), ("Koné", ""), ("Coulibaly", "كوليبالي"), ("Ouédraogo", ""),
    ("Sawadogo", ""), ("Keïta", "كيتا"), ("Camara", "كامارا"), ("Diarra", "ديارا"), ("Sangaré", ""),
    ("Touré", "توري"), ("Cissé", "سيسي"), ("Sylla", "سيلا"), ("Ba", "با"), ("Sow", "صو"), ("Barry", "باري"),
    ("Bamba", ""), ("Kaboré", ""), ("Zongo", ""), ("Compaoré", ""), ("Maïga", "مايغا"), ("Diakité", "دياكيتي"),
    ("Sidibé", "سيديبي"), ("Konaté", ""), ("Dembélé", ""), ("Doumbia", ""), ("Fofana", "فوفانا"),
    ("Kouyaté", ""), ("Sissoko", ""), ("Tall", "تال"), ("Ndiaye", ""), ("Diop", "ديوب"), ("Fall", "فال"),
    ("Gueye", ""), ("Sarr", ""), ("Niang", ""), ("Thiam", ""), ("Ly", ""), ("Kane", "كان"), ("Tamboura", ""),
    ("Guindo", ""), ("Dicko", "ديكو"), ("Bagayoko", ""), ("Yaméogo", ""), ("Ilboudo", ""), ("Nikiéma", ""),
    ("Zerbo", ""), ("Hamani", "حماني"), ("Issoufou", "إيسوفو"), ("Garba", ""), ("Mahamadou", "محمدو"),
    ("Oumarou", "عمرو"), ("Haïdara", "حيدرة"), ("Ag Mohamed", "أغ محمد"), ("Ould Ahmed", "ولد أحمد"),
    ("Abdoulkarim", "عبد الكريم"), ("Sanogo", ""), ("Ouattara", "واتارا"), ("Kanouté", ""), ("Tounkara", ""),
)
GIVEN_MALE: tuple[tuple[str, str], ...] = (
    ("Amadou", "أمادو"), ("Moussa", "موسى"), ("Ibrahim", "إبراهيم"), ("Oumar", "عمر"), ("Seydou", ""),
    ("Boubacar", "أبو بكر"), ("Mamadou", "محمدو"), ("Abdoulaye", "عبد الله"), ("Souleymane", "سليمان"),
    ("Issa", "عيسى"), ("Adama", "آدم"), ("Lassina", ""), ("Drissa", "إدريسا"), ("Yacouba", "يعقوب"),
    ("Hamidou", "حميدو"), ("Ousmane", "عثمان"), ("Salif", ""), ("Modibo", ""), ("Bakary", "بكاري"), ("Sékou", ""),
    ("Aliou", "علي"), ("Cheick", "شيخ"), ("Mahamane", "محمان"), ("Idrissa", "إدريسا"), ("Karim", "كريم"),
    ("Tiémoko", ""), ("Brahima", ""), ("Youssouf", "يوسف"), ("Alassane", "الحسن"), ("Ismaël", "إسماعيل"),
    ("Hamadoun", ""), ("Abdoul Aziz", "عبد العزيز"), ("Jean-Baptiste", ""), ("Paul", ""), ("Emmanuel", ""),
    ("Joseph", ""), ("Pascal", ""), ("Siaka", ""), ("Zakaria", "زكريا"), ("Harouna", "هارون"),
)
GIVEN_FEMALE: tuple[tuple[str, str], ...] = (
    ("Aminata", "أميناتا"), ("Fatoumata", "فاطمة"), ("Mariam", "مريم"), ("Awa", "حواء"), ("Kadiatou", "خديجة"),
    ("Aïssata", "عائشة"), ("Rokia", "رقية"), ("Salimata", "سليمة"), ("Oumou", ""), ("Hawa", "حواء"),
    ("Djénéba", ""), ("Assétou", ""), ("Bintou", "بنتو"), ("Nafissatou", "نفيسة"), ("Ramatou", "رحمة"),
    ("Safiatou", "صفية"), ("Adjara", "هاجر"), ("Mariama", "مريم"), ("Zeinab", "زينب"), ("Fanta", ""),
    ("Korotoumou", ""), ("Aminatou", "أمينة"), ("Hadiza", "خديجة"), ("Rahinatou", ""), ("Marie", ""),
    ("Clarisse", ""), ("Pauline", ""), ("Bernadette", ""), ("Alimata", "حليمة"), ("Habibatou", "حبيبة"),
)

# --- the host force ---------------------------------------------------------------------------------
MINISTRY = ("MDS", "Ministère de la Défense et de la Sécurité", "وزارة الدفاع والأمن", "Niankoro")
SCHOOL = ("EFDS", "École de formation des forces de défense et de sécurité", "", "Niankoro")

Battalion = tuple[str, str, str]  # code, name, garrison town
Region = tuple[str, str, str, tuple[Battalion, ...]]  # code, name, town, battalions
# service: code, name, Arabic name, rank group, kind of its level-3 units, regions/brigades
SERVICES: tuple[tuple[str, str, str, str, str, tuple[Region, ...]], ...] = (
    ("AT", "Armée de Terre", "القوات البرية", "MIL", "brigade", (
        ("1BI", "1re Brigade d'infanterie", "Kandara", (
            ("11BIM", "11e Bataillon d'infanterie motorisée", "Kandara"),
            ("12BG", "12e Bataillon du génie", "Kandara"))),
        ("2BI", "2e Brigade d'infanterie", "Tombéli", (
            ("21BIM", "21e Bataillon d'infanterie motorisée", "Tombéli"),
            ("22BRA", "22e Bataillon de reconnaissance et d'appui", "Diafara"))),
        ("3BI", "3e Brigade d'infanterie", "Sanoré", (
            ("31BIM", "31e Bataillon d'infanterie motorisée", "Sanoré"),
            ("32BL", "32e Bataillon logistique", "Koréba"))),
    )),
    ("GN", "Gendarmerie nationale", "الدرك الوطني", "MIL", "region", (
        ("LGC", "Légion de gendarmerie du Centre", "Niankoro", (
            ("GGN", "Groupement de gendarmerie de Niankoro", "Niankoro"),
            ("GEM1", "Groupement d'escadrons mobiles n°1", "Kandara"))),
        ("LGN", "Légion de gendarmerie du Nord", "Téniéré", (
            ("GGT", "Groupement de gendarmerie de Téniéré", "Téniéré"),
            ("GGG", "Groupement de gendarmerie de Garoundi", "Garoundi"))),
        ("LGS", "Légion de gendarmerie du Sud", "Wassoulé", (
            ("GGW", "Groupement de gendarmerie de Wassoulé", "Wassoulé"),
            ("GEM2", "Groupement d'escadrons mobiles n°2", "Mbilou"))),
    )),
    ("PN", "Police nationale", "الشرطة الوطنية", "POL", "region", (
        ("DRC", "Direction régionale de la sécurité publique du Centre", "Niankoro", (
            ("GMI1", "Groupement mobile d'intervention n°1", "Niankoro"),
            ("CRS1", "Compagnie républicaine de sécurité n°1", "Niankoro"))),
        ("DRN", "Direction régionale de la sécurité publique du Nord", "Téniéré", (
            ("GMI2", "Groupement mobile d'intervention n°2", "Téniéré"),
            ("CRS2", "Compagnie républicaine de sécurité n°2", "Garoundi"))),
        ("DRS", "Direction régionale de la sécurité publique du Sud", "Wassoulé", (
            ("GMI3", "Groupement mobile d'intervention n°3", "Wassoulé"),
            ("CRS3", "Compagnie républicaine de sécurité n°3", "Mbilou"))),
    )),
)
RANK_GROUP = {service[0]: service[3] for service in SERVICES}  # which rank list each service uses
# The two sub-units of each battalion-level unit, by service: (code suffix, name, kind).
SUB_UNITS = {
    "AT": (("C1", "1re Compagnie de combat", "company"), ("CCAS", "Compagnie de commandement, d'appui et de soutien",
                                                          "company")),
    "GN": (("CIE", "Compagnie de gendarmerie", "company"), ("BR", "Brigade de recherches", "cell")),
    "PN": (("SI", "Section d'intervention", "company"), ("CR", "Cellule renseignement", "cell")),
}
# (code, name, category, order) — shared by the army and the gendarmerie, then the police's own.
RANKS = {
    "MIL": (
        ("SDT2", "Soldat de 2e classe", "enlisted"), ("SDT1", "Soldat de 1re classe", "enlisted"),
        ("CPL", "Caporal", "enlisted"), ("CCH", "Caporal-chef", "enlisted"), ("SGT", "Sergent", "nco"),
        ("SCH", "Sergent-chef", "nco"), ("ADJ", "Adjudant", "nco"), ("ADC", "Adjudant-chef", "nco"),
        ("MAJ", "Major", "nco"), ("SLT", "Sous-lieutenant", "officer"), ("LTN", "Lieutenant", "officer"),
        ("CNE", "Capitaine", "officer"), ("CDT", "Commandant", "officer"), ("LCL", "Lieutenant-colonel", "officer"),
        ("COL", "Colonel", "officer"),
    ),
    "POL": (
        ("PN-GPX", "Gardien de la paix", "enlisted"), ("PN-BRG", "Brigadier de police", "nco"),
        ("PN-BCH", "Brigadier-chef de police", "nco"), ("PN-OP", "Officier de police", "officer"),
        ("PN-CP", "Commissaire de police", "officer"),
    ),
}
# Trainee rank weights by category: most trainees are junior; instructors are NCOs and officers.
CATEGORY_WEIGHTS = {"enlisted": 50, "nco": 36, "officer": 14}
POSITIONS = {
    "AT": ("Fusilier", "Chef de groupe", "Chef de section", "Conducteur", "Opérateur radio", "Infirmier",
           "Magasinier", "Adjoint au chef de bureau opérations", "Mécanicien", "Officier adjoint"),
    "GN": ("Gendarme", "Commandant de brigade", "Enquêteur", "Chef de patrouille", "Secrétaire",
           "Opérateur transmissions", "Adjoint au commandant de compagnie"),
    "PN": ("Agent d'intervention", "Chef de bord", "Enquêteur", "Chef de section", "Opérateur radio",
           "Agent de circulation", "Adjoint au chef de service"),
}

# --- curriculum ---------------------------------------------------------------------------------
# A module per capability area (the area codes of the starter framework): title, delivery mode, hours.
MODULES = {
    "LOG": ("Soutien logistique de l'unité en opérations", "practical_exercise", 24),
    "C2": ("Commandement et conduite des opérations", "field_exercise", 32),
    "PLAN": ("Méthode de planification opérationnelle", "workshop", 24),
    "POC": ("Protection des civils", "field_exercise", 24),
    "IHL": ("Droit international humanitaire et droits de l'homme", "classroom", 16),
    "MED": ("Sauvetage au combat et premiers secours", "practical_exercise", 40),
    "COM": ("Transmissions et gestion de l'information", "practical_exercise", 16),
    "CD": ("Éthique, conduite et discipline", "mentoring", 8),
    "GEN": ("Genre, protection et prévention des violences sexuelles", "workshop", 16),
}
# Each module's prerequisites, as one chain: the law before protection, protection before gender.
PREREQUISITE_CHAIN = ("IHL", "POC", "GEN")
OBJECTIVE_VERBS = ("Mettre en œuvre", "Appliquer les procédures de", "Expliquer et appliquer", "Maîtriser")
PLACES = {
    "classroom": "Salle de cours", "practical_exercise": "Aire d'instruction", "mentoring": "Poste de commandement",
    "workshop": "Salle de réunion", "field_exercise": "Terrain d'exercice",
}
EVIDENCE = {
    "interview": "Entretiens avec le chef de corps et les commandants d'unité",
    "observation": "Observation d'une activité opérationnelle de l'unité",
    "exercise": "Exercice de poste de commandement conduit avec l'état-major",
    "document_review": "Revue des ordres, registres et comptes rendus de l'unité",
}
NON_TRAINABLE = "Dotation en matériel insuffisante : réponse hors formation (demande adressée au ministère)."

# --- delivery -------------------------------------------------------------------------------------
CANCEL_NOTES = {
    "security": "Alerte de sécurité dans la zone : déplacements suspendus par le commandement.",
    "weather": "Pluies diluviennes : piste impraticable jusqu'au centre de formation.",
    "no_show": "Unité engagée en opération : stagiaires non libérés.",
    "host_request": "Report demandé par l'état-major (cérémonie nationale).",
    "other": "Coupure d'électricité prolongée et groupe électrogène en panne.",
}
CANCEL_WEIGHTS = {"security": 35, "weather": 20, "no_show": 15, "host_request": 20, "other": 10}
EXCUSED_NOTES = ("Permission", "Malade (certificat médical)", "Service de garde", "Convocation de l'unité")
WITHDRAWAL_REASONS = ("Mutation dans une autre région", "Raisons de santé", "Rappelé par son unité pour opérations",
                      "Raisons familiales")
VETTING_REFUSED_REASON = "Vérification des antécédents défavorable : retiré avant le début de la formation."
VETTING_OVERRIDE = ("Dérogation du chef de programme : dossier de vérification transmis, résultat attendu avant la "
                    "phase pratique.")
FOLLOW_UP_NOTES = ("Applique les procédures apprises lors des patrouilles.",
                   "Comptes rendus plus complets et plus rapides.",
                   "Peu d'occasions de mettre en pratique : unité en garnison.",
                   "A formé les membres de son groupe aux gestes de premiers secours.")

# --- review ---------------------------------------------------------------------------------------
# (observation, recommendation, [(action, owner)])
LESSONS = (
    ("Les coupures d'électricité empêchent l'usage du vidéoprojecteur pendant les cours théoriques.",
     "Prévoir des supports papier pour chaque séance théorique.",
     (("Imprimer les supports de cours de chaque module", "Cellule pédagogique"),)),
    ("Les stagiaires de la police découvrent le vocabulaire militaire de la planification.",
     "Ajouter une séance d'introduction aux termes d'état-major pour les policiers.",
     (("Rédiger un lexique bilingue des termes d'état-major", "Chef de module PLAN"),
      ("Modifier le module de planification (version 2)", "Directeur de la formation"))),
    ("Les exercices de sauvetage au combat manquent de garrots d'entraînement.",
     "Doter chaque cohorte de dix garrots d'entraînement.",
     (("Commander les garrots d'entraînement", "Officier logistique"),)),
    ("Plusieurs stagiaires sont rappelés par leur unité en cours de formation.",
     "Obtenir l'engagement écrit du chef de corps avant la désignation des stagiaires.",
     (("Faire signer une lettre d'engagement aux chefs de corps", "Chef de programme"),)),
    ("La participation des femmes reste faible dans les cohortes de l'armée de terre.",
     "Demander aux unités de désigner au moins deux stagiaires féminines par cohorte.",
     (("Adresser une note au chef d'état-major", "Conseillère genre"),)),
    ("Le test initial en français pénalise les stagiaires peu scolarisés.",
     "Proposer une passation orale du test initial.",
     (("Former les instructeurs à la passation orale", "Cellule pédagogique"),)),
)
