<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/lesson_dialogs.py" line="+101"/>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The curriculum version this action changed, for traceability</source>
        <translation>La version du cursus que cette action a modifiée, pour la traçabilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curriculum version changed:</source>
        <translation>Version du &amp;cursus modifiée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+175"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/assessment_dialog.py" line="+42"/>
        <source>New needs assessment</source>
        <translation>Nouvelle évaluation des besoins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (v{version})</source>
        <translation>{name} (v{version})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trainers and mentors who assessed</source>
        <translation>Formateurs et mentors ayant évalué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host-unit officers who took part</source>
        <translation>Officiers de l&apos;unité hôte ayant participé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessors:</source>
        <translation>É&amp;valuateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host counterparts:</source>
        <translation>&amp;Homologues hôtes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods:</source>
        <translation>Méthodes&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a unit and a competency framework.</source>
        <translation>Choisissez une unité et un référentiel de compétences.</translation>
    </message>
</context>
<context>
    <name>AssessmentKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-94"/>
        <source>Baseline</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midterm</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endline</source>
        <translation>Finale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AssessmentList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/assessment_list.py" line="+20"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/assessment_panel.py" line="+26"/>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn by host…</source>
        <translation>Faire si&amp;gner par l&apos;hôte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mend</source>
        <translation>A&amp;mender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft version with a copy of these findings</source>
        <translation>Une nouvelle version brouillon reprenant ces constats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type 0–5 in Current and Required (moves down), H/M/L for priority and confidence, Space for trainable, Ctrl+Z to undo.</source>
        <translation>Tapez 0–5 dans Actuel et Requis (passe à la ligne suivante), H/M/L (haute/moyenne/basse) pour la priorité et la confiance, Espace pour «&#xa0;formable&#xa0;», Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Area:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ga&amp;ps</source>
        <translation>&amp;Écarts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No assessment selected</source>
        <translation>Aucune évaluation sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a unit, then an assessment on the left, or create one.</source>
        <translation>Choisissez une unité, puis une évaluation à gauche, ou créez-en une.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+3"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/assessments_page.py" line="+61"/>
        <source>Assessments</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Assessment created: type the levels in the grid.</source>
        <translation>Évaluation créée&#xa0;: saisissez les niveaux dans la grille.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The assessment is now {status}.</source>
        <translation>L&apos;évaluation est désormais&#xa0;: {status}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version {n} created: edit it in the grid.</source>
        <translation>Version {n} créée&#xa0;: modifiez-la dans la grille.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/attendance_grid.py" line="+36"/>
        <source>P present · L late · A absent · E excused · N not expected · Delete clears; arrows move</source>
        <translation>P présent · L en retard · A absent · E excusé · N non attendu · Suppr efface&#xa0;; les flèches déplacent</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This session cannot be marked (cancelled, or not yet taken place).</source>
        <translation>Cette séance ne peut pas être pointée (annulée, ou pas encore tenue).</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+51"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not expected</source>
        <translation>Non attendu</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/audit_model.py" line="+26"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/audit_page.py" line="+49"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record id</source>
        <translation>identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record:</source>
        <translation>&amp;Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The newest {shown} of {total} events: narrow the filter to see the others, or export them.</source>
        <translation>Les {shown} événements les plus récents sur {total}&#xa0;: affinez le filtre pour voir les autres, ou exportez-les.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} event(s)</source>
        <translation>{total} événement(s)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} audit event(s) written to {file}</source>
        <translation>{count} événement(s) d&apos;audit écrit(s) dans {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the audit trail</source>
        <translation>Export du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>CancelReason</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-11"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weather</source>
        <translation>Météo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Absence des stagiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host request</source>
        <translation>Demande de l&apos;hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/charts/chart_panel.py" line="+70"/>
        <source>No data for these filters.</source>
        <translation>Aucune donnée pour ces filtres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ta&amp;ble</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the numbers behind the chart</source>
        <translation>Afficher ou masquer les chiffres du graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PNG…</source>
        <translation>E&amp;xporter en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique en image PNG</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../src/trainmgr/ui/charts/chart_widget.py" line="+249"/>
        <source>{series} · {x}: {value}</source>
        <translation>{series} · {x}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Point at the chart to read exact values.</source>
        <translation>Pointez le graphique pour lire les valeurs exactes.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/cohort_dialog.py" line="+46"/>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — version {version}</source>
        <translation>{name} — version {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none yet —</source>
        <translation>— aucune pour l&apos;instant —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only approved curriculum versions can be run by a cohort.</source>
        <translation>Une cohorte ne peut suivre qu&apos;une version approuvée d&apos;un cursus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passed post-test is required to complete</source>
        <translation>Un post-test réussi est exigé pour valider</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urriculum version:</source>
        <translation>Version du c&amp;ursus&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;attendance:</source>
        <translation>&amp;Assiduité minimale&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uni&amp;ts (space to tick):</source>
        <translation>Uni&amp;tés (Espace pour cocher)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CohortList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/cohort_list.py" line="+29"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}
{start} · {n} enrolled</source>
        <translation>{name}
{start} · {n} inscrits</translation>
    </message>
</context>
<context>
    <name>CohortPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/cohort_panel.py" line="+80"/>
        <source>&amp;Roster</source>
        <translation>&amp;Liste des stagiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions and attendance</source>
        <translation>&amp;Séances et présence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Enrol…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Enrolled on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vetting</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vetting override</source>
        <translation>Dérogation à la vérification</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sc&amp;hedule…</source>
        <translation>Pla&amp;nifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;held</source>
        <translation>Marquer &amp;tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print attendance sheet…</source>
        <translation>Im&amp;primer la feuille de présence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF of the register to fill by hand, in the order of the grid</source>
        <translation>Un PDF du registre à remplir à la main, dans l&apos;ordre de la grille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (needed for “Other”)</source>
        <translation>Note (obligatoire pour «&#xa0;Autre&#xa0;»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel session</source>
        <translation>&amp;Annuler la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a session to take its attendance.</source>
        <translation>Sélectionnez une séance pour faire l&apos;appel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/cohorts_page.py" line="+65"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Attendance: no held session marked yet.</source>
        <translation>Présence&#xa0;: aucune séance tenue n&apos;a encore été pointée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance: {rate} % ({attended} of {expected} expected attendances)</source>
        <translation>Assiduité&#xa0;: {rate}&#xa0;% ({attended} présences sur {expected} attendues)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n not marked yet</source>
        <translation>
            <numerusform> · %n non pointé</numerusform>
            <numerusform> · %n non pointés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a session to take its attendance.</source>
        <translation>Sélectionnez une séance pour faire l&apos;appel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>type P, L, A, E or N for each trainee; arrows move</source>
        <translation>tapez P, L, A, E ou N pour chaque stagiaire&#xa0;; les flèches déplacent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be marked (cancelled, or not yet taken place)</source>
        <translation>ne peut pas être pointée (annulée, ou pas encore tenue)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;New cohort…</source>
        <translation>&amp;Nouvelle cohorte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the trainee selected on the roster</source>
        <translation>Changer le statut du stagiaire sélectionné dans la liste</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cohort “{name}” created.</source>
        <translation>Cohorte «&#xa0;{name}&#xa0;» créée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {status}.</source>
        <translation>{name}&#xa0;: {status}.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/compare_dialog.py" line="+26"/>
        <source>Compare assessments — {unit}</source>
        <translation>Comparer les évaluations — {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required
(latest)</source>
        <translation>Requis
(dernière)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} competencies recorded across {n} assessments.</source>
        <translation>{count} compétences relevées sur {n} évaluations.</translation>
    </message>
</context>
<context>
    <name>CompetencyDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/competency_dialog.py" line="+24"/>
        <source>New competency</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. LOG.07</source>
        <translation>p. ex. LOG.07</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— top level of the area —</source>
        <translation>— premier niveau du domaine —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>&amp;Sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CompetencyEditor</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/competency_editor.py" line="+63"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level descriptors</source>
        <translation>Descripteurs de niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level {n}:</source>
        <translation>Niveau {n}&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;reference…</source>
        <translation>Ajouter une &amp;référence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer this competency to a standard</source>
        <translation>Rattacher cette compétence à une norme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected standard reference</source>
        <translation>Retirer la référence normative sélectionnée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the competency (Ctrl+S)</source>
        <translation>Enregistrer la compétence (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} – {label}:</source>
        <translation>{n} – {label}&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a competency in the tree to edit it.</source>
        <translation>Sélectionnez une compétence dans l&apos;arborescence pour la modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} › {code}</source>
        <translation>{area} › {code}</translation>
    </message>
</context>
<context>
    <name>CompetencyTree</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/competency_tree.py" line="+28"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
</context>
<context>
    <name>CompletionFlow</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/completion_flow.py" line="+77"/>
        <source>Provisional: the cohort runs until {end}.</source>
        <translation>Provisoire&#xa0;: la cohorte se poursuit jusqu&apos;au {end}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attendance of at least {pct} %</source>
        <translation>une assiduité d&apos;au moins {pct} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a post-test passed</source>
        <translation>un post-test réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cohort has no completion rule.</source>
        <translation>Cette cohorte n&apos;a pas de règle de validation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To complete: {rules}.</source>
        <translation>Pour valider&#xa0;: {rules}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a cohort.</source>
        <translation>Sélectionnez une cohorte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply completion decisions</source>
        <translation>Appliquer les décisions de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the decided trainees of “{name}” to completed or failed, and schedule the follow-up observations of those who completed? Pending trainees stay enrolled.</source>
        <translation>Passer les stagiaires de «&#xa0;{name}&#xa0;» dont le cas est tranché à «&#xa0;formation validée&#xa0;» ou «&#xa0;échec&#xa0;», et planifier les observations de suivi de ceux qui ont validé&#xa0;? Les stagiaires en attente restent inscrits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{completed} completed, {failed} failed, {pending} pending, {unchanged} unchanged; {follow} follow-ups scheduled.</source>
        <translation>{completed} validés, {failed} en échec, {pending} en attente, {unchanged} inchangés&#xa0;; {follow} suivis planifiés.</translation>
    </message>
</context>
<context>
    <name>CompletionPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/completion_panel.py" line="+66"/>
        <source>&amp;Apply decisions…</source>
        <translation>&amp;Appliquer les décisions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set completed / failed on the roster and schedule the follow-ups</source>
        <translation>Reporter validé / échec sur la liste des stagiaires et planifier les suivis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Certificates&lt;/b&gt; (completed trainees)</source>
        <translation>&lt;b&gt;Attestations&lt;/b&gt; (stagiaires ayant validé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Follow-up observations due&lt;/b&gt; (programme, next 14 days)</source>
        <translation>&lt;b&gt;Observations de suivi à faire&lt;/b&gt; (programme, 14 prochains jours)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-40"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
</context>
<context>
    <name>ConflictStatus</name>
    <message>
        <location line="+79"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/conflicts_page.py" line="+71"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These fields were changed on two laptops before they exchanged packages. Every laptop shows the value kept for now until someone chooses; the choice reaches the other laptops with the next package.</source>
        <translation>Ces champs ont été modifiés sur deux postes avant qu&apos;ils n&apos;échangent leurs paquets. Chaque poste affiche la valeur retenue provisoirement jusqu&apos;à ce que quelqu&apos;un choisisse&#xa0;; le choix parvient aux autres postes avec le paquet suivant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep this value</source>
        <translation>&amp;Garder cette valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value every laptop shows now, for the selected conflicts</source>
        <translation>Garder la valeur que chaque poste affiche actuellement, pour les conflits sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;other value</source>
        <translation>Garder l&apos;&amp;autre valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it by the other laptop&apos;s value, for the selected conflicts</source>
        <translation>La remplacer par la valeur de l&apos;autre poste, pour les conflits sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;resolved</source>
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+41"/>
        <source>No open conflicts: every laptop agrees.</source>
        <translation>Aucun conflit ouvert&#xa0;: tous les postes concordent.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No conflicts recorded.</source>
        <translation>Aucun conflit enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Resolve conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) resolved; the other laptops follow at their next exchange.</source>
        <translation>
            <numerusform>%n conflit résolu&#xa0;; les autres postes suivront à leur prochain échange.</numerusform>
            <numerusform>%n conflits résolus&#xa0;; les autres postes suivront à leur prochain échange.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep “{value}” as the {field} of {table} “{record}”?

The other value is dropped on every laptop at their next exchange.</source>
        <translation>Garder «&#xa0;{value}&#xa0;» comme {field} de {table} «&#xa0;{record}&#xa0;»&#xa0;?

L&apos;autre valeur est abandonnée sur chaque poste à son prochain échange.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Keep the value shown now for the %n selected conflicts?</source>
        <translation>
            <numerusform>Garder la valeur affichée pour le conflit sélectionné&#xa0;?</numerusform>
            <numerusform>Garder la valeur affichée pour les %n conflits sélectionnés&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replace the value shown now by the other laptop&apos;s value for the %n selected conflicts?</source>
        <translation>
            <numerusform>Remplacer la valeur affichée par celle de l&apos;autre poste pour le conflit sélectionné&#xa0;?</numerusform>
            <numerusform>Remplacer la valeur affichée par celle de l&apos;autre poste pour les %n conflits sélectionnés&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/conflicts_model.py" line="+36"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value kept for now</source>
        <translation>Valeur retenue pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>From laptop</source>
        <translation>Du poste</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{laptop} · {when}</source>
        <translation>{laptop} · {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status}: kept {value}</source>
        <translation>{status}&#xa0;: {value} retenu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} {id}</source>
        <translation>{table} {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replica {id}</source>
        <translation>Réplique {id}</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/curricula_page.py" line="+54"/>
        <source>Curricula</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Propose from assessments…</source>
        <translation>&amp;Proposer d&apos;après les évaluations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version</source>
        <translation>Nouvelle &amp;version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd module</source>
        <translation>Ajouter un &amp;module</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modules, in order:</source>
        <translation>Modules, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+12"/>
        <source>The module “{title}”</source>
        <translation>Le module «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approve curriculum</source>
        <translation>Approuver le cursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve “{name}” version {version}? An approved version cannot be changed; a new version can.</source>
        <translation>Approuver «&#xa0;{name}&#xa0;» version {version}&#xa0;? Une version approuvée ne peut plus être modifiée&#xa0;; une nouvelle version, si.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft version created.</source>
        <translation>Nouvelle version brouillon créée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module added: give it a title.</source>
        <translation>Module ajouté&#xa0;: donnez-lui un intitulé.</translation>
    </message>
</context>
<context>
    <name>CurriculumList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/curriculum_list.py" line="+21"/>
        <source>Curriculum</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>CurriculumStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-71"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>DeliveryMode</name>
    <message>
        <location line="+3"/>
        <source>Classroom</source>
        <translation>Cours en salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical exercise</source>
        <translation>Exercice pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field exercise</source>
        <translation>Exercice sur le terrain</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/enrol_dialog.py" line="+40"/>
        <source>Enrol trainees</source>
        <translation>Inscrire des stagiaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, service number, unit or rank</source>
        <translation>Nom, matricule, unité ou grade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> (on the roster)</source>
        <translation> (déjà inscrit)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} matches: type more to narrow.</source>
        <translation>{shown} résultats sur {total}&#xa0;: précisez la recherche pour affiner.</translation>
    </message>
</context>
<context>
    <name>EnrolmentFlow</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/enrolment_flow.py" line="+43"/>
        <source>Enrolled: {names}.</source>
        <translation>Inscrits&#xa0;: {names}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vetting override</source>
        <translation>Dérogation à la vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Justification (recorded in the audit log):</source>
        <translation>{message}

Justification (consignée dans le journal d&apos;audit)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol with override</source>
        <translation>Inscrire par dérogation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: no justification given; not enrolled.</source>
        <translation>{name}&#xa0;: aucune justification donnée&#xa0;; non inscrit.</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+3"/>
        <source>Nominated</source>
        <translation>Désigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Muté</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatusDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/enrolment_status_dialog.py" line="+34"/>
        <source>Change enrolment status</source>
        <translation>Changer le statut d&apos;inscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — current status: {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — statut actuel&#xa0;: {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No other status can follow this one.</source>
        <translation>Aucun autre statut ne peut suivre celui-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is required for this change; it is kept with the enrolment.</source>
        <translation>Un motif est exigé pour ce changement&#xa0;; il est conservé avec l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the trainee&apos;s vetting is pending, the reason is recorded as the override justification.</source>
        <translation>Si la vérification du stagiaire est en attente, le motif est consigné comme justification de la dérogation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is optional.</source>
        <translation>Le motif est facultatif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason for this change.</source>
        <translation>Indiquez le motif de ce changement.</translation>
    </message>
</context>
<context>
    <name>EvaluationLevel</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+30"/>
        <source>1 – Reaction</source>
        <translation>1 – Réaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – Learning</source>
        <translation>2 – Apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – Behaviour</source>
        <translation>3 – Comportement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – Results</source>
        <translation>4 – Résultats</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/evaluations_page.py" line="+77"/>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New instrument…</source>
        <translation>&amp;Nouvel instrument…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print score sheet…</source>
        <translation>Im&amp;primer la feuille de notes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF of the selected instrument&apos;s grid to fill by hand, in its order</source>
        <translation>Un PDF de la grille de l&apos;instrument sélectionné à remplir à la main, dans son ordre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+108"/>
        <source>Select an instrument to enter its scores.</source>
        <translation>Sélectionnez un instrument pour saisir ses notes.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort:</source>
        <translation>Cohorte&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Instruments and scores</source>
        <translation>&amp;Instruments et notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompletion</source>
        <translation>&amp;Validation</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>type G (GO) or N (NO-GO), optionally a score; Enter moves down</source>
        <translation>tapez G (GO) ou N (NO-GO), éventuellement une note&#xa0;; Entrée passe à la ligne suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type a score and Enter; the cursor moves down</source>
        <translation>tapez une note puis Entrée&#xa0;; le curseur descend</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Instrument “{title}” created.</source>
        <translation>Instrument «&#xa0;{title}&#xa0;» créé.</translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-56"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document review</source>
        <translation>Revue documentaire</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/exchange_actions.py" line="+85"/>
        <source>Save the sync package as</source>
        <translation>Enregistrer le paquet de synchronisation sous</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {file}</source>
        <translation>Export de {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full package {file} saved: {rows} rows.</source>
        <translation>Paquet complet {file} enregistré&#xa0;: {rows} lignes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package {file} saved: {rows} rows the other laptop has not confirmed yet.</source>
        <translation>Paquet {file} enregistré&#xa0;: {rows} lignes que l&apos;autre poste n&apos;a pas encore confirmées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a sync package</source>
        <translation>Importer un paquet de synchronisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Checking {file}</source>
        <translation>Vérification de {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>{file} was already imported here; nothing changed.</source>
        <translation>{file} a déjà été importé ici&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <source>Import of {file} cancelled; nothing was changed.</source>
        <translation>Import de {file} annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{file} is protected by a password. Password:</source>
        <translation>{file} est protégé par un mot de passe. Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password does not open {file}. Try again:</source>
        <translation>Ce mot de passe n&apos;ouvre pas {file}. Réessayez :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected package</source>
        <translation>Paquet protégé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {file} from {source}: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflict(s).</source>
        <translation>{file} importé depuis {source}&#xa0;: {new} nouveaux, {updated} mis à jour, {deleted} supprimés, {conflicts} conflit(s).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} of {file} cancelled; nothing was changed.</source>
        <translation>{what} de {file}&#xa0;: annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} of {file} failed; nothing was changed.</source>
        <translation>{what} de {file}&#xa0;: échec&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/exchange_page.py" line="+71"/>
        <source>Exchange</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Field team 2 — Gao</source>
        <translation>p. ex. Équipe de terrain 2 — Gao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save name</source>
        <translation>&amp;Enregistrer le nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laptop &amp;name:</source>
        <translation>&amp;Nom du poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replica id:</source>
        <translation>Identifiant de réplique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export package…</source>
        <translation>E&amp;xporter un paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importer un paquet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No other laptop yet: import a package from one and it appears here.</source>
        <translation>Aucun autre poste pour l&apos;instant&#xa0;: importez un paquet venant d&apos;un poste et il apparaîtra ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package sent or received yet.

To bring another laptop in: Export package… → Full package here, carry the file (USB stick, e-mail), then Import package… on the other laptop.</source>
        <translation>Aucun paquet envoyé ni reçu pour l&apos;instant.

Pour intégrer un autre poste&#xa0;: Exporter un paquet… → Paquet complet ici, transportez le fichier (clé USB, courriel), puis Importer un paquet… sur l&apos;autre poste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Known laptops</source>
        <translation>Postes connus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages sent and received</source>
        <translation>Paquets envoyés et reçus</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not joined yet (the first export or import joins one)</source>
        <translation>pas encore rejoint (le premier export ou import en rejoint un)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>&lt;b&gt;%n open conflict(s)&lt;/b&gt;: the same field was changed on two laptops. &lt;a href=&apos;conflicts&apos;&gt;Open the Conflicts page&lt;/a&gt; to choose which values to keep.</source>
        <translation>
            <numerusform>&lt;b&gt;%n conflit ouvert&lt;/b&gt;&#xa0;: le même champ a été modifié sur deux postes. &lt;a href=&apos;conflicts&apos;&gt;Ouvrez la page Conflits&lt;/a&gt; pour choisir les valeurs à garder.</numerusform>
            <numerusform>&lt;b&gt;%n conflits ouverts&lt;/b&gt;&#xa0;: le même champ a été modifié sur deux postes. &lt;a href=&apos;conflicts&apos;&gt;Ouvrez la page Conflits&lt;/a&gt; pour choisir les valeurs à garder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Laptop name saved: packages from now on carry “{name}”.</source>
        <translation>Nom du poste enregistré&#xa0;: les paquets porteront désormais «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{time} — {message}</source>
        <translation>{time} — {message}</translation>
    </message>
</context>
<context>
    <name>ExchangesTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/sync_models.py" line="+62"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>anyone (full package)</source>
        <translation>tous (paquet complet)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replica {id}</source>
        <translation>Réplique {id}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/export_dialog.py" line="+36"/>
        <source>Export a sync package</source>
        <translation>Exporter un paquet de synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full package: everything in this database</source>
        <translation>Paquet &amp;complet&#xa0;: tout le contenu de cette base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To set up a new laptop or HQ, or when a laptop missed packages.</source>
        <translation>Pour installer un nouveau poste ou le QG, ou quand un poste a manqué des paquets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only what this laptop has not confirmed yet:</source>
        <translation>&amp;Seulement ce que ce poste n&apos;a pas encore confirmé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller: only changes that laptop has not received. A laptop appears here once a package from it was imported.</source>
        <translation>Plus petit&#xa0;: seulement les modifications que ce poste n&apos;a pas reçues. Un poste apparaît ici dès qu&apos;un de ses paquets a été importé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose file and export…</source>
        <translation>Choisir le fichier et exporter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Protect the package with a password (it carries names and service numbers)</source>
        <translation>&amp;Protéger le paquet par un mot de passe (il contient des noms et des matricules)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password (at least 8 characters)</source>
        <translation>Mot de passe (au moins 8 caractères)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again</source>
        <translation>Le même mot de passe, une seconde fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>FindingsGrid</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/findings_grid.py" line="+91"/>
        <source>Undo last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The current level is from 0 to 5.</source>
        <translation>Le niveau actuel va de 0 à 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The required level is from 1 to 5.</source>
        <translation>Le niveau requis va de 1 à 5.</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/findings_model.py" line="+122"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence from</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainable</source>
        <translation>Formable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-training response</source>
        <translation>Réponse hors formation</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/first_admin_dialog.py" line="+17"/>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no accounts yet. Create the administrator account: it signs in at every start and adds the accounts of the team (viewer, trainer, evaluator, programme manager).

The database holds personal data of foreign security personnel: choose a password nobody can guess, of at least 8 characters.</source>
        <translation>Cette base de données n&apos;a encore aucun compte. Créez le compte administrateur&#xa0;: il se connecte à chaque démarrage et ajoute les comptes de l&apos;équipe (lecteur, formateur, évaluateur, gestionnaire de programme).

La base contient des données personnelles de personnels de sécurité étrangers&#xa0;: choisissez un mot de passe que personne ne peut deviner, d&apos;au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Répétez le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create administrator</source>
        <translation>Créer l&apos;&amp;administrateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+56"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>FrameworkFileActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/framework_files.py" line="+38"/>
        <source>Import a framework workbook</source>
        <translation>Importer un classeur de référentiel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported {file}: {new} new and {changed} changed competencies.</source>
        <translation>{file} importé&#xa0;: {new} compétences nouvelles et {changed} modifiées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the framework as</source>
        <translation>Enregistrer le référentiel sous</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}: {count} competencies.</source>
        <translation>{file} enregistré&#xa0;: {count} compétences.</translation>
    </message>
</context>
<context>
    <name>FrameworkImportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_import_dialog.py" line="+21"/>
        <source>Import a framework</source>
        <translation>Importer un référentiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability areas</source>
        <translation>Domaines de capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error(s) were found. Correct the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ne peut pas être importé&#xa0;: %n erreur a été trouvée. Corrigez le classeur et importez-le à nouveau&#xa0;; rien n&apos;a été modifié.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ne peut pas être importé&#xa0;: %n erreurs ont été trouvées. Corrigez le classeur et importez-le à nouveau&#xa0;; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked. Importing it creates the framework &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été vérifié. Son import crée le référentiel &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked. Importing it updates the framework &lt;b&gt;{name}&lt;/b&gt; as follows.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été vérifié. Son import met à jour le référentiel &lt;b&gt;{name}&lt;/b&gt; comme suit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: {code} {title}</source>
        <translation>Nouvelle&#xa0;: {code} {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {code} {title} ({fields})</source>
        <translation>Modifiée&#xa0;: {code} {title} ({fields})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New area: {code}</source>
        <translation>Nouveau domaine&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New standard: {code}</source>
        <translation>Nouvelle norme&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A framework is imported whole or not at all.</source>
        <translation>Un référentiel est importé en entier ou pas du tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: this framework already matches the workbook.</source>
        <translation>Rien à importer&#xa0;: ce référentiel correspond déjà au classeur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> %n competency(ies) of the framework are not in the workbook; they are kept.</source>
        <translation>
            <numerusform> %n compétence du référentiel n&apos;est pas dans le classeur&#xa0;; elle est conservée.</numerusform>
            <numerusform> %n compétences du référentiel ne sont pas dans le classeur&#xa0;; elles sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you click Apply; the import then runs in one step.</source>
        <translation>Rien n&apos;est écrit avant que vous cliquiez sur Appliquer&#xa0;; l&apos;import se fait alors en une seule étape.</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/framework_page.py" line="+58"/>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search competencies (code or title)…</source>
        <translation>Rechercher des compétences (code ou intitulé)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add competency…</source>
        <translation>&amp;Ajouter une compétence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a framework from an Excel workbook (preview first)</source>
        <translation>Importer un référentiel depuis un classeur Excel (aperçu d&apos;abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this framework as an Excel workbook</source>
        <translation>Enregistrer ce référentiel comme classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version…</source>
        <translation>Nouvelle &amp;version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this framework as a new version and retire this one (a scale in use cannot change meaning)</source>
        <translation>Copier ce référentiel en une nouvelle version et retirer celle-ci (une échelle utilisée ne peut pas changer de sens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cale…</source>
        <translation>É&amp;chelle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reword the proficiency levels; choose which count as proficient</source>
        <translation>Reformuler les niveaux de maîtrise&#xa0;; choisir ceux qui comptent comme maîtrisés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Framework:</source>
        <translation>Référentiel&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save competency</source>
        <translation>Enregistrer la compétence</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} (v{version}, {count} competencies)</source>
        <translation>{name} (v{version}, {count} compétences)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+24"/>
        <source>The competency {code}</source>
        <translation>La compétence {code}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {code}.</source>
        <translation>{code} enregistrée.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Added {code}.</source>
        <translation>{code} ajoutée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete competency</source>
        <translation>Supprimer la compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the competency “{label}”?</source>
        <translation>Supprimer la compétence «&#xa0;{label}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted {label}.</source>
        <translation>{label} supprimée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reference added.</source>
        <translation>Référence ajoutée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference removed.</source>
        <translation>Référence retirée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New framework version created; the previous one is retired.</source>
        <translation>Nouvelle version du référentiel créée&#xa0;; la précédente est retirée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale saved.</source>
        <translation>Échelle enregistrée.</translation>
    </message>
</context>
<context>
    <name>FrameworkStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-97"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>FrameworkVersionDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_edit_dialogs.py" line="+115"/>
        <source>New framework version</source>
        <translation>Nouvelle version du référentiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2.0</source>
        <translation>p. ex. 2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The framework is copied as the new version, which you can then change; the current version is retired, and its assessments keep it.</source>
        <translation>Le référentiel est copié dans la nouvelle version, que vous pourrez ensuite modifier&#xa0;; la version actuelle est retirée et ses évaluations la conservent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Framework:</source>
        <translation>Référentiel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new version&apos;s name (e.g. the revised edition&apos;s title)</source>
        <translation>Le nom de la nouvelle version (p. ex. le titre de l&apos;édition révisée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version:</source>
        <translation>Nouvelle &amp;version&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/gaps_view.py" line="+40"/>
        <source>All units of the programme</source>
        <translation>Toutes les unités du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-training response</source>
        <translation>Réponse hors formation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gaps training can close, highest priority × gap first ({n}):</source>
        <translation>Écarts que la formation peut combler, priorité × écart décroissant ({n})&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps training cannot close ({n}):</source>
        <translation>Écarts que la formation ne peut pas combler ({n})&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none recorded)</source>
        <translation>(aucun relevé)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/history_dialog.py" line="+30"/>
        <source>History of {record}</source>
        <translation>Historique de {record}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} recorded change(s), oldest first.</source>
        <translation>{count} modification(s) enregistrée(s), de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is recorded about this record yet.</source>
        <translation>Rien n&apos;est encore enregistré sur cet élément.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every recorded change to the selected record</source>
        <translation>Toutes les modifications enregistrées de l&apos;élément sélectionné</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/import_preview_dialog.py" line="+31"/>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; from the laptop &lt;b&gt;{source}&lt;/b&gt; ({id}) was checked: it is intact and signed. Importing it would change this database as follows.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; du poste &lt;b&gt;{source}&lt;/b&gt; ({id}) a été vérifié&#xa0;: il est intact et signé. Son import modifierait cette base comme suit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n field(s) were changed both here and on the other laptop. Every laptop will show the same value for now; choose which one to keep on the Conflicts page after the import.</source>
        <translation>
            <numerusform>%n champ a été modifié à la fois ici et sur l&apos;autre poste. Tous les postes afficheront la même valeur pour l&apos;instant&#xa0;; choisissez celle à garder sur la page Conflits après l&apos;import.</numerusform>
            <numerusform>%n champs ont été modifiés à la fois ici et sur l&apos;autre poste. Tous les postes afficheront la même valeur pour l&apos;instant&#xa0;; choisissez celle à garder sur la page Conflits après l&apos;import.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new: this database already has everything in the package. Applying it still records that it arrived, so the next package to that laptop is smaller.</source>
        <translation>Rien de nouveau&#xa0;: cette base contient déjà tout le paquet. L&apos;appliquer enregistre tout de même son arrivée, ce qui allège le prochain paquet pour ce poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you click Apply; the import then runs in one step.</source>
        <translation>Rien n&apos;est écrit avant que vous cliquiez sur Appliquer&#xa0;; l&apos;import se fait alors en une seule étape.</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/instrument_dialog.py" line="+49"/>
        <source>New evaluation instrument</source>
        <translation>Nouvel instrument d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— the kind&apos;s usual level —</source>
        <translation>— niveau habituel de ce type —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum score:</source>
        <translation>Note &amp;maximale&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competencies
(optional):</source>
        <translation>Compétences
(facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each out of:</source>
        <translation>Chacune sur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InstrumentKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+78"/>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical checklist</source>
        <translation>Liste de contrôle pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction survey</source>
        <translation>Questionnaire de satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="+60"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/lesson_dialogs.py" line="-69"/>
        <source>Edit lesson</source>
        <translation>Modifier l&apos;enseignement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New lesson learned</source>
        <translation>Nouvel enseignement tiré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. end-of-course review, mentor report</source>
        <translation>p. ex. bilan de fin de stage, rapport de mentor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(whole programme)</source>
        <translation>(tout le programme)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Observation:</source>
        <translation>&amp;Observation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date observed:</source>
        <translation>&amp;Date d&apos;observation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;hort:</source>
        <translation>Co&amp;horte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LessonStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-48"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/lessons_page.py" line="+96"/>
        <source>Lessons learned</source>
        <translation>Retours d&apos;expérience</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New lesson…</source>
        <translation>&amp;Nouvel enseignement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ins or Ctrl+N</source>
        <translation>Inser ou Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coho&amp;rt:</source>
        <translation>Co&amp;horte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+103"/>
        <source>Select a lesson to see its actions.</source>
        <translation>Sélectionnez un enseignement pour voir ses actions.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Curriculum version</source>
        <translation>Version du cursus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;action…</source>
        <translation>Nouvelle &amp;action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it action…</source>
        <translation>Mod&amp;ifier l&apos;action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark d&amp;one</source>
        <translation>Marquer comme &amp;réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a&amp;ction</source>
        <translation>Supprimer l&apos;a&amp;ction</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All cohorts</source>
        <translation>Toutes les cohortes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;Observation:&lt;/b&gt; {observation}&lt;br&gt;&lt;b&gt;Recommendation:&lt;/b&gt; {recommendation}</source>
        <translation>&lt;b&gt;Observation&#xa0;:&lt;/b&gt; {observation}&lt;br&gt;&lt;b&gt;Recommandation&#xa0;:&lt;/b&gt; {recommendation}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lesson recorded.</source>
        <translation>Enseignement consigné.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lesson saved.</source>
        <translation>Enseignement enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete lesson</source>
        <translation>Supprimer l&apos;enseignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lesson “{observation}” and its {count} action(s)?</source>
        <translation>Supprimer l&apos;enseignement «&#xa0;{observation}&#xa0;» et ses {count} action(s)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson deleted.</source>
        <translation>Enseignement supprimé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action added.</source>
        <translation>Action ajoutée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action saved.</source>
        <translation>Action enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action marked done.</source>
        <translation>Action marquée comme réalisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the action “{description}”?</source>
        <translation>Supprimer l&apos;action «&#xa0;{description}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action deleted.</source>
        <translation>Action supprimée.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/login_dialog.py" line="+20"/>
        <source>Sign in to trainmgr</source>
        <translation>Se connecter à trainmgr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/trainmgr/ui/main_window.py" line="+68"/>
        <source>trainmgr — {file}</source>
        <translation>trainmgr — {file}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;demo programme…</source>
        <translation>Ouvrir le programme de &amp;démonstration…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel report for the host ministry: language, personal data, password</source>
        <translation>Un rapport Excel pour le ministère hôte&#xa0;: langue, données personnelles, mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About trainmgr</source>
        <translation>À &amp;propos de trainmgr</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Signed in as {user} ({role})</source>
        <translation>Connecté en tant que {user} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replica {id}</source>
        <translation>Réplique {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s copy of the data: {id}</source>
        <translation>Copie des données de ce poste&#xa0;: {id}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The demo programme is ready.</source>
        <translation>Le programme de démonstration est prêt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo cancelled; nothing was added.</source>
        <translation>Démonstration annulée&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the demo programme</source>
        <translation>Création du programme de démonstration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About trainmgr</source>
        <translation>À propos de trainmgr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;trainmgr {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;trainmgr {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training programmes for host-nation security forces, offline.

Database: {path}</source>
        <translation>Programmes de formation des forces de sécurité de la nation hôte, hors ligne.

Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new language is used the next time trainmgr starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de trainmgr.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/merge_dialog.py" line="+55"/>
        <source>Merge two records of one person</source>
        <translation>Fusionner deux fiches d&apos;une même personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same service number</source>
        <translation>même matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name ({score:.0%})</source>
        <translation>nom similaire ({score:.0%})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This record</source>
        <translation>Cette fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other record</source>
        <translation>Autre fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;this record</source>
        <translation>Garder &amp;cette fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;other record</source>
        <translation>Garder l&apos;&amp;autre fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the same person registered by two teams</source>
        <translation>p. ex. la même personne enregistrée par deux équipes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record not kept is closed: its enrolments, attendance, results and follow-ups move to the kept one, and the merge is recorded in the audit log. Fields of the kept record are not changed; edit it afterwards if the other had better values.</source>
        <translation>La fiche non retenue est close&#xa0;: ses inscriptions, présences, résultats et suivis passent à la fiche gardée, et la fusion est consignée dans le journal d&apos;audit. Les champs de la fiche gardée ne changent pas&#xa0;; modifiez-la ensuite si l&apos;autre avait de meilleures valeurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate:</source>
        <translation>&amp;Doublon&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep:</source>
        <translation>Garder&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in host script</source>
        <translation>Nom en écriture locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting date</source>
        <translation>Date de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting reference</source>
        <translation>Référence de vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say why these are the same person (kept in the audit log).</source>
        <translation>Indiquez pourquoi il s&apos;agit de la même personne (consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep {keep} and close {drop}? Everything recorded for {drop} moves to {keep}; this cannot be undone here.</source>
        <translation>Garder {keep} et clore {drop}&#xa0;? Tout ce qui est enregistré pour {drop} passe à {keep}&#xa0;; cette opération ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/module_editor.py" line="+51"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save module</source>
        <translation>&amp;Enregistrer le module</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New learning objective, then Enter</source>
        <translation>Nouvel objectif d&apos;apprentissage, puis Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove objective</source>
        <translation>Retirer l&apos;objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competency to target: type its code or title</source>
        <translation>Compétence visée&#xa0;: tapez son code ou son intitulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add competency</source>
        <translation>Ajouter la compétence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning objectives:</source>
        <translation>Objectifs d&apos;apprentissage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted competencies (type a level 1–5):</source>
        <translation>Compétences visées (tapez un niveau de 1 à 5)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prerequisites (modules to complete first):</source>
        <translation>Prérequis (modules à suivre d&apos;abord)&#xa0;:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This curriculum is approved: read-only. Make a new version to change it.</source>
        <translation>Ce cursus est approuvé&#xa0;: lecture seule. Créez une nouvelle version pour le modifier.</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/curriculum_list.py" line="+34"/>
        <source>{n}. {code} {title} — {hours} h</source>
        <translation>{n}. {code} {title} — {hours} h</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/unlock_dialog.py" line="+110"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trainmgr will create a new database:
{path}

It will hold names, ranks, service numbers and vetting status. Protect it with a passphrase: without it, a lost or seized laptop reveals nothing. trainmgr asks for it at every start and after 15 minutes without use. Keep it safe: without it (or HQ&apos;s recovery key, if one is added later) the data cannot be opened by anyone.</source>
        <translation>trainmgr va créer une nouvelle base de données&#xa0;:
{path}

Elle contiendra des noms, grades, matricules et statuts de vérification. Protégez-la par une phrase secrète&#xa0;: sans elle, un ordinateur perdu ou saisi ne révèle rien. trainmgr la demande à chaque démarrage et après 15 minutes d&apos;inactivité. Conservez-la en lieu sûr&#xa0;: sans elle (ou la clé de récupération du QG, si une est ajoutée plus tard), personne ne peut ouvrir les données.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Encrypt and create</source>
        <translation>&amp;Chiffrer et créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;without encryption</source>
        <translation>Créer &amp;sans chiffrement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passphrase must have at least 8 characters; a few words are easier to remember and harder to guess.</source>
        <translation>La phrase secrète doit comporter au moins 8 caractères&#xa0;; quelques mots sont plus faciles à retenir et plus difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même phrase secrète.</translation>
    </message>
</context>
<context>
    <name>NewStandardDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_edit_dialogs.py" line="-49"/>
        <source>New standard</source>
        <translation>Nouvelle norme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. UN-CPTM-2017</source>
        <translation>p. ex. UN-CPTM-2017</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition, where to find it</source>
        <translation>Édition, où la trouver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail:</source>
        <translation>&amp;Précision&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/optional_date.py" line="+23"/>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Untick for no date</source>
        <translation>Décochez pour ne pas mettre de date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick to enter a date</source>
        <translation>Cochez pour saisir une date</translation>
    </message>
</context>
<context>
    <name>PaperSheet</name>
    <message>
        <location filename="../../src/trainmgr/ui/printing/sheet_pdf.py" line="+61"/>
        <source>Page {number} of {pages}</source>
        <translation>Page {number} sur {pages}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write the PDF {path}: {reason}. Choose another folder, or close the file if it is open in a viewer.</source>
        <translation>Impossible d&apos;écrire le PDF {path}&#xa0;: {reason}. Choisissez un autre dossier, ou fermez le fichier s&apos;il est ouvert dans une visionneuse.</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/printing/sheets.py" line="+35"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed:</source>
        <translation>Imprimé le&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}, {start}</source>
        <translation>{day}, {start}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Cohort:</source>
        <translation>Cohorte&#xa0;:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Module:</source>
        <translation>Module&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>Date et heure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructors:</source>
        <translation>Formateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by:</source>
        <translation>Appel fait par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick one box per trainee: {legend}. Type the marks back in this order (line numbers as on screen).</source>
        <translation>Cochez une case par stagiaire&#xa0;: {legend}. Saisissez ensuite les pointages dans cet ordre (numéros de ligne comme à l&apos;écran).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{top} — pass mark {mark}</source>
        <translation>{top} — seuil de réussite {mark}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrument:</source>
        <translation>Instrument&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date given:</source>
        <translation>Date de passation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum:</source>
        <translation>Maximum&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor:</source>
        <translation>Évaluateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GO / NO-GO</source>
        <translation>GO / NO-GO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (max {top})</source>
        <translation>{label} (max. {top})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initials</source>
        <translation>Paraphe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle GO or NO-GO; write a score if one is given. Pass mark: {mark}.</source>
        <translation>Entourez GO ou NO-GO&#xa0;; inscrivez une note s&apos;il y en a une. Seuil de réussite&#xa0;: {mark}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write each score between 0 and the column&apos;s maximum. Pass mark: {mark}.</source>
        <translation>Inscrivez chaque note entre 0 et le maximum de la colonne. Seuil de réussite&#xa0;: {mark}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score sheet</source>
        <translation>Feuille de notes</translation>
    </message>
</context>
<context>
    <name>PaperSheets</name>
    <message>
        <location filename="../../src/trainmgr/ui/printing/paper_sheets.py" line="+45"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sheet saved: {name} (%n page(s)).</source>
        <translation>
            <numerusform>Feuille enregistrée&#xa0;: {name} (%n page).</numerusform>
            <numerusform>Feuille enregistrée&#xa0;: {name} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing to PDF</source>
        <translation>Impression en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the attendance sheet</source>
        <translation>Enregistrer la feuille de présence</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the score sheet</source>
        <translation>Enregistrer la feuille de notes</translation>
    </message>
</context>
<context>
    <name>PeersTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/sync_models.py" line="-59"/>
        <source>Laptop</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replica id</source>
        <translation>Identifiant de réplique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last package from it</source>
        <translation>Son dernier paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its changes received</source>
        <translation>Ses modifications reçues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our changes it confirmed</source>
        <translation>Nos modifications confirmées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changes of this laptop that arrived here, up to its change number {n}.</source>
        <translation>Modifications de ce poste arrivées ici, jusqu&apos;à sa modification numéro {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It confirmed receiving our changes up to number {n}: the next package for it holds only what came after.</source>
        <translation>Il a confirmé avoir reçu nos modifications jusqu&apos;au numéro {n}&#xa0;: le prochain paquet qui lui est destiné ne contient que la suite.</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-124"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location line="+46"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/programme_dialog.py" line="+38"/>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit programme</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. EUTM-ML-2025</source>
        <translation>p. ex. EUTM-ML-2025</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host country:</source>
        <translation>Pays &amp;hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue des rapports&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date:</source>
        <translation>Date de dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/programmes_page.py" line="+40"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search programmes…</source>
        <translation>Rechercher des programmes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Programme “{name}” saved.</source>
        <translation>Programme «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the programme “{name}” ({code})?

It disappears from this laptop now and from the others at their next sync.</source>
        <translation>Supprimer le programme «&#xa0;{name}&#xa0;» ({code})&#xa0;?

Il disparaît de ce poste maintenant et des autres à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete programme</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme “{name}” deleted.</source>
        <translation>Programme «&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>ProgrammesTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/programmes_model.py" line="+65"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host country</source>
        <translation>Pays hôte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_figures.py" line="+36"/>
        <location line="+8"/>
        <source>Baseline</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+45"/>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="+48"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="+0"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap at baseline</source>
        <translation>Écart initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap now</source>
        <translation>Écart actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap closed</source>
        <translation>Écart comblé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} unit(s) assessed. Levels are means over the units assessed.</source>
        <translation>{n} unité(s) évaluée(s). Les niveaux sont des moyennes sur les unités évaluées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proficiency level</source>
        <translation>Niveau de maîtrise</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="-4"/>
        <location line="+7"/>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{names} and {n} more</source>
        <translation>{names} et {n} autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group too small (n&lt;{min}): {names}. Their gains say nothing reliable.</source>
        <translation>Groupe trop petit (n&lt;{min})&#xa0;: {names}. Leur progression n&apos;est pas significative.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>{value} (n={n})</source>
        <translation>{value} (n={n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (n={n} paired)</source>
        <translation>{value} (n={n} appariés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-test mean</source>
        <translation>Moyenne au pré-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test mean</source>
        <translation>Moyenne au post-test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gain (paired)</source>
        <translation>Progression (appariée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre n</source>
        <translation>n avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post n</source>
        <translation>n après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paired n</source>
        <translation>n apparié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre mean</source>
        <translation>Moyenne avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post mean</source>
        <translation>Moyenne après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalised gain</source>
        <translation>Progression normalisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too small (n&lt;{min})</source>
        <translation>trop petit (n&lt;{min})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of maximum score</source>
        <translation>% de la note maximale</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>{n} trainee(s)</source>
        <translation>{n} stagiaire(s)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Score band (%)</source>
        <translation>Tranche de notes (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group too small (n&lt;{min}): {pre} pre-test and {post} post-test score(s). This distribution says nothing reliable.</source>
        <translation>Groupe trop petit (n&lt;{min})&#xa0;: {pre} note(s) de pré-test et {post} de post-test. Cette distribution n&apos;est pas significative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_format.py" line="+27"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} pts</source>
        <translation>{value} pts</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_people.py" line="+35"/>
        <source>Nominated</source>
        <translation>Désignés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended enough</source>
        <translation>Assiduité suffisante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rate} ({attended} of {counted})</source>
        <translation>{rate} ({attended} sur {counted})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{cohort}, {title}: {value}</source>
        <translation>{cohort}, {title}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly rate</source>
        <translation>Taux mensuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>Non pointé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overall: {value}. Cancelled sessions are left out; excused and not-expected trainees do not count against the rate.</source>
        <translation>Ensemble&#xa0;: {value}. Les séances annulées sont exclues&#xa0;; les stagiaires excusés et non attendus ne pèsent pas sur le taux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {count} sessions are too many to plot one by one: choose a cohort or a shorter period to see each session.</source>
        <translation>Les {count} séances sont trop nombreuses pour être tracées une à une : choisissez une cohorte ou une période plus courte pour voir chaque séance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendance rate (%)</source>
        <translation>Taux de présence (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Other ({n} groups)</source>
        <translation>Autres ({n} groupes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} trained</source>
        <translation>{n} formés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained</source>
        <translation>Formés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} trainee(s) trained in all (a trainee is counted once, when first completing a cohort).</source>
        <translation>{n} stagiaire(s) formé(s) au total (un stagiaire compte une fois, à la première cohorte validée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainees trained</source>
        <translation>Stagiaires formés</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of nominated</source>
        <translation>% des désignés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of previous stage</source>
        <translation>% de l&apos;étape précédente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="-18"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit assessment</source>
        <translation>Évaluation d&apos;unité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instrument or assessment</source>
        <translation>Instrument ou évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tests and observations as % of their maximum score; a unit assessment (of the trainee&apos;s unit) as its level ÷ 5.</source>
        <translation>Tests et observations en % de leur note maximale&#xa0;; une évaluation d&apos;unité (celle du stagiaire) comme son niveau ÷ 5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% of maximum</source>
        <translation>% du maximum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>level {level} ({value})</source>
        <translation>niveau {level} ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{score} of {max} ({value})</source>
        <translation>{score} sur {max} ({value})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} ({source}): {value}</source>
        <translation>{label} ({source})&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>ProgressFilterBar</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_filters.py" line="+30"/>
        <source>Any sex</source>
        <translation>Tous sexes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit includes all its sub-units</source>
        <translation>Une unité inclut toutes ses sous-unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every unit, cohort, sex and rank over the whole period</source>
        <translation>Revenir à toutes les unités, cohortes, sexes et grades sur toute la période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ran&amp;k:</source>
        <translation>&amp;Grade&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cohorts</source>
        <translation>Toutes les cohortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ranks</source>
        <translation>Tous les grades</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The period ends before it starts: choose a “to” date on or after the “from” date.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez une date «&#xa0;au&#xa0;» égale ou postérieure à la date «&#xa0;du&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProgressMessages</name>
    <message>
        <location filename="../../src/trainmgr/ui/progress_text.py" line="+29"/>
        <source>Reading the framework</source>
        <translation>Lecture du référentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the framework</source>
        <translation>Comparaison avec le référentiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the trainees</source>
        <translation>Lecture des stagiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the trainees</source>
        <translation>Comparaison avec les stagiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing competencies</source>
        <translation>Écriture des compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing trainees</source>
        <translation>Écriture des stagiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the workbook</source>
        <translation>Enregistrement du classeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the audit trail</source>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the audit trail</source>
        <translation>Écriture du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the report</source>
        <translation>Préparation du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainees trained</source>
        <translation>Stagiaires formés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion funnel</source>
        <translation>Entonnoir de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment matrix</source>
        <translation>Matrice d&apos;évaluation des besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Évaluations des besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the registers</source>
        <translation>Lecture des registres de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading results and completion</source>
        <translation>Lecture des résultats et des validations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the curricula</source>
        <translation>Lecture des cursus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing figures</source>
        <translation>Préparation des chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning the demo programme</source>
        <translation>Planification du programme de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the demo programme</source>
        <translation>Enregistrement du programme de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the package</source>
        <translation>Enregistrement du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the package file</source>
        <translation>Vérification du fichier du paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package checked</source>
        <translation>Paquet vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database</source>
        <translation>Sauvegarde de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database encrypted</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database decrypted</source>
        <translation>Base de données déchiffrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading row {row}</source>
        <translation>Lecture de la ligne {row}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting the database: {done} of {total} MB</source>
        <translation>Chiffrement de la base de données&#xa0;: {done} Mo sur {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the database: {done} of {total} MB</source>
        <translation>Déchiffrement de la base de données&#xa0;: {done} Mo sur {total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the demo records</source>
        <translation>Création des données de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the package</source>
        <translation>Écriture du paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the package</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processing the records</source>
        <translation>Traitement des enregistrements</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_page.py" line="+54"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit capability per competency: baseline, latest, required</source>
        <translation>Capacité des unités par compétence&#xa0;: initiale, dernière, requise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre/post mean score and gain per competency</source>
        <translation>Note moyenne avant/après et progression par compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score distribution, pre-test and post-test</source>
        <translation>Distribution des notes, pré-test et post-test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance rate per session and per month</source>
        <translation>Taux de présence par séance et par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainees trained (cumulative)</source>
        <translation>Stagiaires formés (cumul)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion funnel</source>
        <translation>Entonnoir de validation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capabilit&amp;y area:</source>
        <translation>Domaine de capacit&amp;é&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capab&amp;ility</source>
        <translation>Capa&amp;cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;e/post gain</source>
        <translation>Progression a&amp;vant/après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competenc&amp;y:</source>
        <translation>Co&amp;mpétence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score &amp;distribution</source>
        <translation>&amp;Distribution des notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trai&amp;ned</source>
        <translation>&amp;Formés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funne&amp;l</source>
        <translation>&amp;Entonnoir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart saved to {path}.</source>
        <translation>Graphique enregistré dans {path}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No programme yet: create one on the Programmes page first.</source>
        <translation>Aucun programme pour l&apos;instant&#xa0;: créez-en un d&apos;abord sur la page Programmes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Computed in {ms} ms.</source>
        <translation>Calculé en {ms} ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the figures after recent changes: {done} of {total} cohorts…</source>
        <translation>Préparation des chiffres après les dernières modifications : {done} cohortes sur {total}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The figures could not be computed.</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overall score</source>
        <translation>Note globale</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/propose_dialog.py" line="+57"/>
        <source>Propose a curriculum from assessments</source>
        <translation>Proposer un cursus d&apos;après les évaluations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Logistics cell course 2025</source>
        <translation>p. ex. Stage cellule logistique 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Propose</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the trainable gaps of these assessments:</source>
        <translation>Combler les écarts formables de ces évaluations&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick at least one assessment.</source>
        <translation>Cochez au moins une évaluation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{hours} h, {mode}</source>
        <translation>{hours} h, {mode}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reused modules ({n}):</source>
        <translation>Modules réutilisés ({n})&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New modules ({n}):</source>
        <translation>Nouveaux modules ({n})&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaps training cannot close (left out):</source>
        <translation>Écarts que la formation ne peut pas combler (laissés de côté)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already at the required level: {codes}</source>
        <translation>Déjà au niveau requis&#xa0;: {codes}</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/register_model.py" line="+94"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/report_dialog.py" line="+53"/>
        <source>Export a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None: aggregate figures only</source>
        <translation>Aucune&#xa0;: chiffres agrégés seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymised: stable codes, no names or service numbers</source>
        <translation>Pseudonymisées&#xa0;: codes stables, sans noms ni matricules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full: names and service numbers</source>
        <translation>Complètes&#xa0;: noms et matricules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encrypt the workbook with a password</source>
        <translation>&amp;Chiffrer le classeur avec un mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least {n} characters</source>
        <translation>au moins {n} caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scope:</source>
        <translation>Périm&amp;ètre&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal &amp;data:</source>
        <translation>&amp;Données personnelles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Leave counts below 5 blan&amp;k (small-cell suppression)</source>
        <translation>Mas&amp;quer les effectifs inférieurs à 5 (secret statistique)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confir&amp;m password:</source>
        <translation>Confir&amp;mer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme summary (with charts)</source>
        <translation>Synthèse du programme (avec graphiques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs-assessment matrix of a unit</source>
        <translation>Matrice d&apos;évaluation des besoins d&apos;une unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum outline</source>
        <translation>Plan du cursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance register of a cohort</source>
        <translation>Registre de présence d&apos;une cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results and certificates</source>
        <translation>Résultats et attestations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disaggregated statistics (sex × unit × rank)</source>
        <translation>Statistiques ventilées (sexe × unité × grade)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The whole programme</source>
        <translation>Tout le programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit: {name}</source>
        <translation>Unité&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment: {name}</source>
        <translation>Évaluation&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort: {name}</source>
        <translation>Cohorte&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password must have at least {n} characters.</source>
        <translation>Le mot de passe doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the report</source>
        <translation>Export du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report written to {path} ({sheets} sheets).</source>
        <translation>Rapport écrit dans {path} ({sheets} feuilles).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+88"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme manager</source>
        <translation>Gestionnaire de programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>RosterFileActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/roster_files.py" line="+58"/>
        <source>Import a roster</source>
        <translation>Importer une liste de stagiaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported {file}: {new} new and {updated} updated trainees; {dup} likely duplicate(s) to check.</source>
        <translation>{file} importé&#xa0;: {new} stagiaires nouveaux et {updated} mis à jour&#xa0;; {dup} doublon(s) probable(s) à vérifier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the roster template as</source>
        <translation>Enregistrer le modèle de liste sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>template</source>
        <translation>modele</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the roster as</source>
        <translation>Exporter la liste des stagiaires sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roster</source>
        <translation>liste-stagiaires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the roster template {file}: fill it in, then import it.</source>
        <translation>Modèle de liste {file} enregistré&#xa0;: remplissez-le, puis importez-le.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved {file}: %n trainee(s).</source>
        <translation>
            <numerusform>{file} enregistré&#xa0;: %n stagiaire.</numerusform>
            <numerusform>{file} enregistré&#xa0;: %n stagiaires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/roster_import_dialog.py" line="+19"/>
        <source>Import a roster</source>
        <translation>Importer une liste de stagiaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error(s) were found. Correct the roster and import it again; nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ne peut pas être importé&#xa0;: %n erreur a été trouvée. Corrigez la liste et importez-la à nouveau&#xa0;; rien n&apos;a été modifié.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ne peut pas être importé&#xa0;: %n erreurs ont été trouvées. Corrigez la liste et importez-la à nouveau&#xa0;; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked. Importing it changes the trainees as follows.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; a été vérifié. Son import modifie les stagiaires comme suit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}: new trainee {name} {number}</source>
        <translation>Ligne {row}&#xa0;: nouveau stagiaire {name} {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {row}: {name} — {fields}</source>
        <translation>Ligne {row}&#xa0;: {name} — {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {row}: {name} may be the same person as {other} ({reason})</source>
        <translation>Ligne {row}&#xa0;: {name} est peut-être la même personne que {other} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A roster is imported whole or not at all.</source>
        <translation>Une liste est importée en entier ou pas du tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: every trainee of the roster is already up to date.</source>
        <translation>Rien à importer&#xa0;: tous les stagiaires de la liste sont déjà à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Check the likely duplicates afterwards: merge them from the trainee list if they are the same person.</source>
        <translation> Vérifiez ensuite les doublons probables&#xa0;: fusionnez-les depuis la liste des stagiaires s&apos;il s&apos;agit de la même personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you click Apply; the import then runs in one step.</source>
        <translation>Rien n&apos;est écrit avant que vous cliquiez sur Appliquer&#xa0;; l&apos;import se fait alors en une seule étape.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/scale_dialog.py" line="+29"/>
        <source>Proficiency scale — {framework}</source>
        <translation>Échelle de maîtrise — {framework}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficient</source>
        <translation>Maîtrisé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} findings use this scale: its levels can be reworded, but which levels count as proficient is locked. To change the meaning, make a new version of the framework.</source>
        <translation>{count} constats utilisent cette échelle&#xa0;: ses niveaux peuvent être reformulés, mais le choix des niveaux comptant comme maîtrisés est verrouillé. Pour en changer le sens, créez une nouvelle version du référentiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No finding uses this scale yet: you may reword the levels and choose which count as proficient (the level a trainee must reach).</source>
        <translation>Aucun constat n&apos;utilise encore cette échelle&#xa0;: vous pouvez reformuler les niveaux et choisir ceux qui comptent comme maîtrisés (le niveau qu&apos;un stagiaire doit atteindre).</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/score_grid.py" line="+57"/>
        <source>Type a score and Enter (moves down) · G GO · N NO-GO (checklists) · Delete clears; arrows move</source>
        <translation>Tapez une note puis Entrée (passe à la ligne suivante) · G GO · N NO-GO (listes de contrôle) · Suppr efface&#xa0;; les flèches déplacent</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move to a score column to enter a score.</source>
        <translation>Placez-vous dans une colonne de notes pour saisir une note.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GO / NO-GO is recorded on checklists, observations and follow-ups only.</source>
        <translation>GO / NO-GO ne s&apos;enregistre que sur les listes de contrôle, les observations et les suivis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record GO (G) or NO-GO (N) first; the score is optional.</source>
        <translation>Saisissez d&apos;abord GO (G) ou NO-GO (N)&#xa0;; la note est facultative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a number: the score.</source>
        <translation>Tapez un nombre&#xa0;: la note.</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/score_model.py" line="+126"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}: from 0 to {top}</source>
        <translation>{label}&#xa0;: de 0 à {top}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/session_actions.py" line="+37"/>
        <source>Session of {day} scheduled.</source>
        <translation>Séance du {day} planifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double booking: {details}</source>
        <translation>Double réservation&#xa0;: {details}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session of {day} held.</source>
        <translation>Séance du {day} tenue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session of {day} cancelled.</source>
        <translation>Séance du {day} annulée.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/session_dialog.py" line="+43"/>
        <source>Schedule a session</source>
        <translation>Planifier une séance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— no module —</source>
        <translation>— aucun module —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module&apos;s title when left empty</source>
        <translation>L&apos;intitulé du module si laissé vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times:</source>
        <translation>Horaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-58"/>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/settings_dialog.py" line="+20"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language is used the next time trainmgr starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de trainmgr.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-90"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>StandardBody</name>
    <message>
        <location line="+30"/>
        <source>UN</source>
        <translation>ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO</source>
        <translation>OTAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AU</source>
        <translation>UA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICRC</source>
        <translation>CICR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>StandardRefDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_edit_dialogs.py" line="-69"/>
        <source>Add a standard reference</source>
        <translation>Ajouter une référence normative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New standard…</source>
        <translation>No&amp;uvelle norme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a standard that is not in the list yet</source>
        <translation>Ajouter une norme qui n&apos;est pas encore dans la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. chapter 4, task 2</source>
        <translation>p. ex. chapitre 4, tâche 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Competency:</source>
        <translation>Compétence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standard:</source>
        <translation>&amp;Norme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail:</source>
        <translation>&amp;Précision&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a standard.</source>
        <translation>Choisissez une norme.</translation>
    </message>
</context>
<context>
    <name>SyncDirection</name>
    <message>
        <location filename="../../src/trainmgr/ui/sync_labels.py" line="+62"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>SyncTable</name>
    <message>
        <location line="-45"/>
        <source>Assessments</source>
        <translation>Évaluations des besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records</source>
        <translation>Relevés de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability areas</source>
        <translation>Domaines de capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competency standards</source>
        <translation>Normes des compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curricula</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum assessments</source>
        <translation>Évaluations des cursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frameworks</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batches</source>
        <translation>Lots d&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrument competencies</source>
        <translation>Compétences des instruments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning objectives</source>
        <translation>Objectifs d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learned</source>
        <translation>Retours d&apos;expérience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson actions</source>
        <translation>Actions des retours d&apos;expérience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level descriptors</source>
        <translation>Descripteurs de niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module competencies</source>
        <translation>Compétences des modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module prerequisites</source>
        <translation>Prérequis des modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module standards</source>
        <translation>Normes des modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficiency levels</source>
        <translation>Niveaux de maîtrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficiency scales</source>
        <translation>Échelles de maîtrise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranks</source>
        <translation>Grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session instructors</source>
        <translation>Formateurs des séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training sessions</source>
        <translation>Séances de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
</context>
<context>
    <name>SyncValue</name>
    <message>
        <location line="+38"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/trainmgr/ui/tasks.py" line="+87"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TraceabilityPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/traceability_page.py" line="+50"/>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter (unit, competency, module…)</source>
        <translation>Filtrer (unité, compétence, module…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only gaps without a module</source>
        <translation>Seulement les écarts sans module</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Curriculum</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{gaps} gap(s); {missing} with no module (highlighted).</source>
        <translation>{gaps} écart(s)&#xa0;; {missing} sans module (en surbrillance).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modules that serve no current gap ({n}):</source>
        <translation>Modules ne répondant à aucun écart actuel ({n})&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Targets no competency</source>
        <translation>Ne vise aucune compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets no current gap</source>
        <translation>Ne vise aucun écart actuel</translation>
    </message>
</context>
<context>
    <name>TraceabilityTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/traceability_model.py" line="+45"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No module of a current curriculum addresses this gap.</source>
        <translation>Aucun module d&apos;un cursus en vigueur ne traite cet écart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {title} — {curriculum} v{version}, {held} session(s) held</source>
        <translation>{code} {title} — {curriculum} v{version}, {held} séance(s) tenue(s)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— no module —</source>
        <translation>— aucun module —</translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/trainee_dialog.py" line="+42"/>
        <source>New trainee</source>
        <translation>Nouveau stagiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit trainee</source>
        <translation>Modifier le stagiaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— no unit —</source>
        <translation>— aucune unité —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— no rank —</source>
        <translation>— aucun grade —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Possibly already registered.&lt;/b&gt; Check these people; if this is someone else, click “Save anyway”.</source>
        <translation>&lt;b&gt;Peut-être déjà enregistré.&lt;/b&gt; Vérifiez ces personnes&#xa0;; s&apos;il s&apos;agit de quelqu&apos;un d&apos;autre, cliquez sur «&#xa0;Enregistrer quand même&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Family name:</source>
        <translation>Nom de &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Prénoms&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in host &amp;script:</source>
        <translation>Nom en écriture &amp;locale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;number:</source>
        <translation>&amp;Matricule&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;k:</source>
        <translation>&amp;Grade&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>F&amp;onction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vetting:</source>
        <translation>&amp;Vérification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting &amp;date:</source>
        <translation>&amp;Date de vérification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting &amp;reference:</source>
        <translation>&amp;Référence de vérification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>Note&amp;s&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>same service number</source>
        <translation>même matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name ({score:.0%})</source>
        <translation>nom similaire ({score:.0%})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>TraineeProgressDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="+11"/>
        <source>Trainee progress</source>
        <translation>Progression du stagiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level per competency over time</source>
        <translation>Niveau par compétence dans le temps</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} — {unit}</source>
        <translation>{name} — {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of {name}</source>
        <translation>Progression de {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The progress could not be read.</source>
        <translation>La progression n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/trainees_page.py" line="+71"/>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search: name, native name, service number, unit, rank</source>
        <translation>Rechercher&#xa0;: nom, nom local, matricule, unité, grade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any sex</source>
        <translation>Tous sexes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any vetting</source>
        <translation>Toute vérification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add trainee…</source>
        <translation>&amp;Ajouter un stagiaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+138"/>
        <source>&amp;Progress…</source>
        <translation>&amp;Progression…</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The selected trainee&apos;s level per competency over time</source>
        <translation>Le niveau du stagiaire sélectionné par compétence dans le temps</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Any rank</source>
        <translation>Tous grades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any unit</source>
        <translation>Toutes unités</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No programme yet: create one on the Programmes page first.</source>
        <translation>Aucun programme pour l&apos;instant&#xa0;: créez-en un d&apos;abord sur la page Programmes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n stagiaire</numerusform>
            <numerusform>%n stagiaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No trainee matches.</source>
        <translation>Aucun stagiaire ne correspond.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Trainee “{name}” saved.</source>
        <translation>Stagiaire «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected trainee with a likely duplicate</source>
        <translation>Fusionner le stagiaire sélectionné avec un doublon probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster &amp;template…</source>
        <translation>Mo&amp;dèle de liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blank roster workbook with drop-down lists, to fill in Excel</source>
        <translation>Un classeur de liste vierge avec listes déroulantes, à remplir dans Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport roster…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No likely duplicate of “{name}” was found.</source>
        <translation>Aucun doublon probable de «&#xa0;{name}&#xa0;» n&apos;a été trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Merged into “{name}”: %n record(s) moved to the kept trainee.</source>
        <translation>
            <numerusform>Fusionné dans «&#xa0;{name}&#xa0;»&#xa0;: %n enregistrement transféré au stagiaire gardé.</numerusform>
            <numerusform>Fusionné dans «&#xa0;{name}&#xa0;»&#xa0;: %n enregistrements transférés au stagiaire gardé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraineesTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/trainees_model.py" line="+104"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in host script</source>
        <translation>Nom en écriture locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vetting</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/unit_dialog.py" line="+48"/>
        <source>New unit</source>
        <translation>Nouvelle unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit</source>
        <translation>Modifier l&apos;unité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2nd Infantry Battalion, logistics cell</source>
        <translation>p. ex. 2e bataillon d&apos;infanterie, cellule logistique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— none (top level) —</source>
        <translation>— aucune (premier niveau) —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in host &amp;language:</source>
        <translation>Nom en &amp;langue locale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Part of:</source>
        <translation>&amp;Rattachée à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Implantation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-22"/>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Armée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brigade</source>
        <translation>Brigade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battalion</source>
        <translation>Bataillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/units_page.py" line="+49"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add unit…</source>
        <translation>&amp;Ajouter une unité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;sub-unit…</source>
        <translation>Ajouter une s&amp;ous-unité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in host language</source>
        <translation>Nom en langue locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Implantation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No programme yet: create one on the Programmes page first.</source>
        <translation>Aucun programme pour l&apos;instant&#xa0;: créez-en un d&apos;abord sur la page Programmes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Unit “{name}” saved.</source>
        <translation>Unité «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete unit</source>
        <translation>Supprimer l&apos;unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the unit “{name}”?</source>
        <translation>Supprimer l&apos;unité «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit “{name}” deleted.</source>
        <translation>Unité «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/unlock_dialog.py" line="-107"/>
        <source>Unlock {name}</source>
        <translation>Déverrouiller {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trainmgr was locked after a period of inactivity.
Enter the passphrase of {name} to continue.</source>
        <translation>trainmgr a été verrouillé après une période d&apos;inactivité.
Saisissez la phrase secrète de {name} pour continuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} est chiffrée. Saisissez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit trainmgr</source>
        <translation>&amp;Quitter trainmgr</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the passphrase first.</source>
        <translation>Tapez d&apos;abord la phrase secrète.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong passphrase (attempt {count}). Nothing was opened or changed; check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase secrète incorrecte (tentative {count}). Rien n&apos;a été ouvert ni modifié&#xa0;; vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>VettingStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-15"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/welcome_page.py" line="+23"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome to trainmgr</source>
        <translation>Bienvenue dans trainmgr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database has no training programme yet.

Create your programme to record host units, the needs assessment, the curriculum, the sessions and the evaluations. Or open the demo programme to explore trainmgr with realistic data first (it is added to this database; you can delete it later).</source>
        <translation>Cette base de données ne contient encore aucun programme de formation.

Créez votre programme pour enregistrer les unités hôtes, l&apos;évaluation des besoins, le cursus, les séances et les évaluations. Ou ouvrez d&apos;abord le programme de démonstration pour découvrir trainmgr avec des données réalistes (il est ajouté à cette base&#xa0;; vous pourrez le supprimer ensuite).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo programme</source>
        <translation>Ouvrir le programme de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The demo builder is not part of this build.</source>
        <translation>Le générateur de démonstration ne fait pas partie de cette version.</translation>
    </message>
</context>
<context>
    <name>WorkbookFileActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/workbook_files.py" line="+63"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Checking {file}</source>
        <translation>Vérification de {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import of {file} cancelled; nothing was changed.</source>
        <translation>Import de {file} annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {file}</source>
        <translation>Export de {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} of {file} cancelled; nothing was changed.</source>
        <translation>{what} de {file}&#xa0;: annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} of {file} failed; nothing was changed.</source>
        <translation>{what} de {file}&#xa0;: échec&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/workbook_import_dialog.py" line="+65"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Errors (sheet, row, column):</source>
        <translation>Erreurs (feuille, ligne, colonne)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes:</source>
        <translation>Modifications&#xa0;:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/trainmgr/app.py" line="+103"/>
        <source>Restore a backup with:
    trainmgr db restore --db &quot;{db}&quot; BACKUP

The backups of this database are in:
    {folder}</source>
        <translation>Restaurez une sauvegarde avec&#xa0;:
    trainmgr db restore --db &quot;{db}&quot; SAUVEGARDE

Les sauvegardes de cette base de données se trouvent dans&#xa0;:
    {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is trainmgr {version}. Install the newer release to open this file, or open another database with:
    trainmgr --db OTHER_FILE</source>
        <translation>Ceci est trainmgr {version}. Installez la version plus récente pour ouvrir ce fichier, ou ouvrez une autre base de données avec&#xa0;:
    trainmgr --db AUTRE_FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you chose the right file, or open another one with:
    trainmgr --db FILE</source>
        <translation>Vérifiez que vous avez choisi le bon fichier, ou ouvrez-en un autre avec&#xa0;:
    trainmgr --db FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the folder is writable and the disk is not full, then start trainmgr again, or open another database with:
    trainmgr --db FILE</source>
        <translation>Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein, puis redémarrez trainmgr, ou ouvrez une autre base de données avec&#xa0;:
    trainmgr --db FICHIER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trainmgr cannot open the database</source>
        <translation>trainmgr ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainmgr cannot open the database
{path}</source>
        <translation>trainmgr ne peut pas ouvrir la base de données
{path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the backup folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The automatic backup failed: {error}</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>assessment_labels</name>
    <message>
        <location filename="../../src/trainmgr/ui/assessment_labels.py" line="+41"/>
        <source>{kind} {date} (v{version}, {status})</source>
        <translation>{kind} {date} (v{version}, {status})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by {name} on {date}: read-only.</source>
        <translation>Signée par {name} le {date}&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amended by a newer version.</source>
        <translation>Amendée par une version plus récente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validated: still editable until signed by the host.</source>
        <translation>Validée&#xa0;: modifiable jusqu&apos;à la signature par l&apos;hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft: type levels 0–5 in the grid.</source>
        <translation>Brouillon&#xa0;: saisissez les niveaux 0–5 dans la grille.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}
{date} v{version}</source>
        <translation>{kind}
{date} v{version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} v{version} ({status})</source>
        <translation>{name} v{version} ({status})</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../src/trainmgr/ui/charts/export.py" line="+30"/>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the image could not be encoded</source>
        <translation>l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../src/trainmgr/ui/confirm.py" line="+24"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>{what} comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/trainmgr/ui/errors.py" line="+41"/>
        <source>An unexpected error occurred ({detail}).

The details were written to the log file:
{log}

You can keep working. If something looks wrong, save your work and restart trainmgr.</source>
        <translation>Une erreur inattendue s&apos;est produite ({detail}).

Les détails ont été écrits dans le fichier journal&#xa0;:
{log}

Vous pouvez continuer à travailler. Si quelque chose semble anormal, enregistrez votre travail et redémarrez trainmgr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected error occurred ({detail}).

You can keep working. If something looks wrong, restart trainmgr.</source>
        <translation>Une erreur inattendue s&apos;est produite ({detail}).

Vous pouvez continuer à travailler. Si quelque chose semble anormal, redémarrez trainmgr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>trainmgr</source>
        <translation>trainmgr</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../src/trainmgr/ui/file_dialogs.py" line="+14"/>
        <source>Sync packages (*.xlsx);;All files (*)</source>
        <translation>Paquets de synchronisation (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>sign_dialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/sign_dialog.py" line="+13"/>
        <source>Sign the assessment</source>
        <translation>Signer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the host counterpart who signs:</source>
        <translation>Nom de l&apos;homologue hôte signataire&#xa0;:</translation>
    </message>
</context>
</TS>
