<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Everything up to your last change is saved in the workshop file.</source>
            <translation>Une erreur s'est produite : {error}

Tout, jusqu'à votre dernière modification, est enregistré dans le fichier de l'atelier.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup possible</source>
            <translation>Sauvegarde impossible</translation>
        </message>
        <message>
            <source>The disk holding the backups has less than {mb} MB free, so no backup can be taken before this import. Import anyway, without a backup? (Ctrl+Z still takes the import back.)</source>
            <translation>Le disque qui contient les sauvegardes dispose de moins de {mb} Mo d'espace libre : aucune sauvegarde ne peut donc être faite avant cette importation. Importer quand même, sans sauvegarde ? (Ctrl+Z permet toujours d'annuler l'importation.)</translation>
        </message>
        <message>
            <source>Backup skipped: the disk is almost full. Free some space; your changes are still saved in the workshop file.</source>
            <translation>Sauvegarde ignorée : le disque est presque plein. Libérez de l'espace ; vos modifications restent enregistrées dans le fichier de l'atelier.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>Échec de la sauvegarde : {reason}</translation>
        </message>
        <message>
            <source>The backup folder “{name}” is outside the backups folder; no backup was taken.</source>
            <translation>Le dossier de sauvegarde « {name} » se trouve en dehors du dossier des sauvegardes ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <source>The workshop failed its integrity check; no backup was taken so good backups are not replaced.</source>
            <translation>L'atelier n'a pas passé le contrôle d'intégrité ; aucune sauvegarde n'a été faite, afin de ne pas remplacer les sauvegardes saines.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored.</source>
            <translation>Cette sauvegarde est endommagée et ne peut pas être restaurée.</translation>
        </message>
        <message>
            <source>Nothing was imported: the disk holding the backups has less than {mb} MB free, so no backup could be taken first. Free some space, or add --no-backup to import without one.</source>
            <translation>Rien n'a été importé : le disque qui contient les sauvegardes dispose de moins de {mb} Mo d'espace libre, si bien qu'aucune sauvegarde n'a pu être faite au préalable. Libérez de l'espace, ou ajoutez --no-backup pour importer sans sauvegarde.</translation>
        </message>
        <message>
            <source>no backup was taken before the import (the disk is almost full).</source>
            <translation>aucune sauvegarde n'a été faite avant l'importation (le disque est presque plein).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>when opened</source>
            <translation>à l'ouverture</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>en cours de travail</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>à la fermeture</translation>
        </message>
        <message>
            <source>before a format update</source>
            <translation>avant une mise à jour du format</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>avant une importation</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>avant une fusion</translation>
        </message>
        <message>
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} Mo</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} Ko</translation>
        </message>
        <message>
            <source>Restore as new file…</source>
            <translation>Restaurer dans un nouveau fichier…</translation>
        </message>
        <message>
            <source>Write the selected backup as a new workshop file; this workshop is not changed</source>
            <translation>Écrire la sauvegarde sélectionnée dans un nouveau fichier d'atelier ; cet atelier n'est pas modifié</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Copies of this workshop taken automatically when it is opened, every few minutes while it changes, when it is closed, and before imports. The last 10 are kept, and one a day for 30 days. Restoring writes a new file; this workshop stays as it is.</source>
            <translation>Copies de cet atelier faites automatiquement à son ouverture, toutes les quelques minutes pendant qu'il est modifié, à sa fermeture et avant les importations. Les 10 dernières sont conservées, ainsi qu'une par jour pendant 30 jours. La restauration écrit un nouveau fichier ; cet atelier reste tel quel.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>No backups of this workshop yet. The first is taken shortly after it is opened.</source>
            <translation>Aucune sauvegarde de cet atelier pour l'instant. La première est faite peu après son ouverture.</translation>
        </message>
        <message>
            <source>restored {when}</source>
            <translation>restauré {when}</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>Restaurer la sauvegarde sous</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Restauration impossible</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose a new file name: restoring never replaces a file.</source>
            <translation>« {name} » existe déjà. Choisissez un nouveau nom de fichier : une restauration ne remplace jamais un fichier.</translation>
        </message>
        <message>
            <source>Restoring to {path}…</source>
            <translation>Restauration vers {path}…</translation>
        </message>
        <message>
            <source>Restored as {path}</source>
            <translation>Restauré sous {path}</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>The backup was written to “{path}”. Open it now? (This workshop is closed first; it stays as it is.)</source>
            <translation>La sauvegarde a été écrite dans « {path} ». L'ouvrir maintenant ? (Cet atelier sera d'abord fermé ; il reste tel quel.)</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Non restauré : {reason}</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Workshop file: {path} (format {version})</source>
            <translation>Fichier de l'atelier : {path} (format {version})</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>Intégrité : ÉCHEC</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Intégrité : ok</translation>
        </message>
        <message>
            <source>Validation: {n} problem(s)</source>
            <translation>Validation : {n} problème(s)</translation>
        </message>
        <message>
            <source>Validation: ok</source>
            <translation>Validation : ok</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Enregistrements :</translation>
        </message>
        <message>
            <source>Completeness:</source>
            <translation>Complétude :</translation>
        </message>
        <message>
            <source>is not stored as text; the record may not be shown correctly</source>
            <translation>n'est pas stocké sous forme de texte ; l'enregistrement risque de ne pas s'afficher correctement</translation>
        </message>
        <message>
            <source>holds binary data ({n} bytes) where {what} is expected; it is read as empty</source>
            <translation>contient des données binaires ({n} octets) alors que la valeur attendue est {what} ; cette valeur est lue comme vide</translation>
        </message>
        <message>
            <source>holds {value} where yes or no (1 or 0) is expected</source>
            <translation>contient {value} alors que la valeur attendue est oui ou non (1 ou 0)</translation>
        </message>
        <message>
            <source>holds “{value}” where {what} is expected; it is read as empty</source>
            <translation>contient « {value} » alors que la valeur attendue est {what} ; cette valeur est lue comme vide</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max}); it is shown and exported cut to {max}</source>
            <translation>est trop long ({n} caractères, {max} au maximum) ; son texte est affiché et exporté tronqué à {max} caractères</translation>
        </message>
        <message>
            <source>holds “{value}”, which is not a list of values; it is read as empty</source>
            <translation>contient « {value} », qui n'est pas une liste de valeurs ; cette valeur est lue comme vide</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>oui ou non</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>the workshop record is missing</source>
            <translation>l'enregistrement de l'atelier est manquant</translation>
        </message>
        <message>
            <source>the file holds {n} workshop records; a workshop has exactly one</source>
            <translation>le fichier contient {n} enregistrements d'atelier ; un atelier en compte exactement un</translation>
        </message>
        <message>
            <source>Change journal</source>
            <translation>Journal des modifications</translation>
        </message>
        <message>
            <source>{n} entries are damaged (the first is number {seq}); the history of the records concerned may be incomplete</source>
            <translation>{n} entrée(s) endommagée(s) (la première porte le numéro {seq}) ; l'historique des enregistrements concernés est peut-être incomplet</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check workshop</source>
            <translation>Vérifier l'atelier</translation>
        </message>
        <message>
            <source>Checking “{name}”…</source>
            <translation>Vérification de « {name} »…</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <source>✗ The file is damaged. Keep working in a restored copy: File → Backups… → Restore as new file.</source>
            <translation>✗ Le fichier est endommagé. Poursuivez le travail dans une copie restaurée : Fichier → Sauvegardes… → Restaurer dans un nouveau fichier.</translation>
        </message>
        <message>
            <source>⚠ The file is sound, but {n} record(s) need attention (listed below).</source>
            <translation>⚠ Le fichier est sain, mais {n} enregistrement(s) demande(nt) votre attention (liste ci-dessous).</translation>
        </message>
        <message>
            <source>✓ OK: the file is sound and every record is valid.</source>
            <translation>✓ OK : le fichier est sain et tous les enregistrements sont valides.</translation>
        </message>
        <message>
            <source>The check could not be run: {reason}</source>
            <translation>La vérification n'a pas pu être effectuée : {reason}</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>Checking the workshop…</source>
            <translation>Vérification de l'atelier…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Type to search…</source>
            <translation>Tapez pour rechercher…</translation>
        </message>
    </context>
    <context>
        <name>CoherenceOverview</name>
        <message>
            <source>Sector (weakest first)</source>
            <translation>Secteur (le plus faible en premier)</translation>
        </message>
        <message>
            <source>Coherence score (1 = incoherent, 5 = fully coherent)</source>
            <translation>Note de cohérence (1 = incohérent, 5 = pleinement cohérent)</translation>
        </message>
        <message>
            <source>Policies by verdict</source>
            <translation>Politiques par appréciation</translation>
        </message>
        <message>
            <source>Policies:</source>
            <translation>Politiques :</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>non évalué</translation>
        </message>
        <message>
            <source>no policy recorded</source>
            <translation>aucune politique enregistrée</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
        <message>
            <source>Choose the sectors to review, then score how coherent their policies are with migration.</source>
            <translation>Choisissez les secteurs à examiner, puis notez la cohérence de leurs politiques avec la migration.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>{sector}
Coherence score: {score}
Priority: {priority}
Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent of {total}</source>
            <translation>{sector}
Note de cohérence : {score}
Priorité : {priority}
Politiques : {coherent} cohérente(s), {partly} en partie, {incoherent} incohérente(s) sur {total}</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Title and country set</source>
            <translation>Titre et pays renseignés</translation>
        </message>
        <message>
            <source>The title or the country is not set</source>
            <translation>Le titre ou le pays n’est pas renseigné</translation>
        </message>
        <message>
            <source>Dates and venue set</source>
            <translation>Dates et lieu renseignés</translation>
        </message>
        <message>
            <source>The dates or the venue are not set</source>
            <translation>Les dates ou le lieu ne sont pas renseignés</translation>
        </message>
        <message>
            <source>National development strategy named</source>
            <translation>Stratégie nationale de développement indiquée</translation>
        </message>
        <message>
            <source>The national development strategy is not named</source>
            <translation>La stratégie nationale de développement n’est pas indiquée</translation>
        </message>
        <message>
            <source>Participants registered</source>
            <translation>Participants inscrits</translation>
        </message>
        <message>
            <source>No participants are registered</source>
            <translation>Aucun participant n’est inscrit</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>Séances planifiées</translation>
        </message>
        <message>
            <source>No sessions are planned</source>
            <translation>Aucune séance n’est planifiée</translation>
        </message>
        <message>
            <source>A commitment adopted or in force</source>
            <translation>Un engagement adopté ou en vigueur</translation>
        </message>
        <message>
            <source>No commitment is adopted or in force</source>
            <translation>Aucun engagement n’est adopté ou en vigueur</translation>
        </message>
        <message>
            <source>Lead agency and focal point named</source>
            <translation>Organisme chef de file et point focal désignés</translation>
        </message>
        <message>
            <source>No commitment names both a lead agency and a focal point</source>
            <translation>Aucun engagement ne désigne à la fois un organisme chef de file et un point focal</translation>
        </message>
        <message>
            <source>A coordination mechanism recorded</source>
            <translation>Un mécanisme de coordination enregistré</translation>
        </message>
        <message>
            <source>No coordination mechanism is recorded</source>
            <translation>Aucun mécanisme de coordination n’est enregistré</translation>
        </message>
        <message>
            <source>Mechanisms have members</source>
            <translation>Les mécanismes ont des membres</translation>
        </message>
        <message>
            <source>Some coordination mechanisms have no members</source>
            <translation>Certains mécanismes de coordination n’ont pas de membres</translation>
        </message>
        <message>
            <source>Status of international instruments reviewed</source>
            <translation>Statut des instruments internationaux examiné</translation>
        </message>
        <message>
            <source>The status of the international instruments is not reviewed (fewer than five recorded)</source>
            <translation>Le statut des instruments internationaux n’est pas examiné (moins de cinq enregistrés)</translation>
        </message>
        <message>
            <source>Readiness checklist answered</source>
            <translation>Liste de contrôle de l'état de préparation remplie</translation>
        </message>
        <message>
            <source>The readiness checklist is not fully answered</source>
            <translation>La liste de contrôle de l’état de préparation n’est pas entièrement remplie</translation>
        </message>
        <message>
            <source>At least 10 stakeholders mapped</source>
            <translation>Au moins 10 parties prenantes cartographiées</translation>
        </message>
        <message>
            <source>Fewer than 10 stakeholders are mapped</source>
            <translation>Moins de 10 parties prenantes sont cartographiées</translation>
        </message>
        <message>
            <source>Every stakeholder rated for influence and interest</source>
            <translation>Chaque partie prenante notée pour l'influence et l'intérêt</translation>
        </message>
        <message>
            <source>Some stakeholders are not rated for influence and interest</source>
            <translation>Certaines parties prenantes ne sont pas notées pour l’influence et l’intérêt</translation>
        </message>
        <message>
            <source>Every stakeholder has a mandate</source>
            <translation>Chaque partie prenante a un mandat</translation>
        </message>
        <message>
            <source>Some stakeholders have no mandate recorded</source>
            <translation>Certaines parties prenantes n’ont pas de mandat enregistré</translation>
        </message>
        <message>
            <source>Relations between stakeholders recorded</source>
            <translation>Relations entre parties prenantes enregistrées</translation>
        </message>
        <message>
            <source>No relations between stakeholders are recorded</source>
            <translation>Aucune relation entre parties prenantes n’est enregistrée</translation>
        </message>
        <message>
            <source>Migrants or diaspora organisations included</source>
            <translation>Organisations de migrants ou de la diaspora incluses</translation>
        </message>
        <message>
            <source>No migrant or diaspora organisation is included</source>
            <translation>Aucune organisation de migrants ou de la diaspora n’est incluse</translation>
        </message>
        <message>
            <source>Data sources listed</source>
            <translation>Sources de données répertoriées</translation>
        </message>
        <message>
            <source>No data sources are listed</source>
            <translation>Aucune source de données n’est répertoriée</translation>
        </message>
        <message>
            <source>Every data source has an owner</source>
            <translation>Chaque source de données a un détenteur</translation>
        </message>
        <message>
            <source>Some data sources have no owner</source>
            <translation>Certaines sources de données n’ont pas de détenteur</translation>
        </message>
        <message>
            <source>Indicators chosen</source>
            <translation>Indicateurs choisis</translation>
        </message>
        <message>
            <source>No indicators are chosen</source>
            <translation>Aucun indicateur n’est choisi</translation>
        </message>
        <message>
            <source>Every indicator matched to its data sources</source>
            <translation>Chaque indicateur rattaché à ses sources de données</translation>
        </message>
        <message>
            <source>Some indicators are matched to no data source</source>
            <translation>Certains indicateurs ne sont rattachés à aucune source de données</translation>
        </message>
        <message>
            <source>Disaggregations of each source recorded</source>
            <translation>Ventilations de chaque source enregistrées</translation>
        </message>
        <message>
            <source>The disaggregations of some data sources are not recorded</source>
            <translation>Les ventilations de certaines sources de données ne sont pas enregistrées</translation>
        </message>
        <message>
            <source>Sectors chosen for review</source>
            <translation>Secteurs à examiner choisis</translation>
        </message>
        <message>
            <source>No sectors are chosen for review</source>
            <translation>Aucun secteur à examiner n’est choisi</translation>
        </message>
        <message>
            <source>Every sector assessed with a coherence score</source>
            <translation>Chaque secteur évalué avec une note de cohérence</translation>
        </message>
        <message>
            <source>Some sectors have no coherence score</source>
            <translation>Certains secteurs n’ont pas de note de cohérence</translation>
        </message>
        <message>
            <source>Policies in force listed for every sector</source>
            <translation>Politiques en vigueur répertoriées pour chaque secteur</translation>
        </message>
        <message>
            <source>Some sectors have no policies listed</source>
            <translation>Aucune politique n’est répertoriée pour certains secteurs</translation>
        </message>
        <message>
            <source>Recommendations written</source>
            <translation>Recommandations rédigées</translation>
        </message>
        <message>
            <source>No recommendations are written</source>
            <translation>Aucune recommandation n’est rédigée</translation>
        </message>
        <message>
            <source>Actions recorded</source>
            <translation>Actions enregistrées</translation>
        </message>
        <message>
            <source>No actions are recorded</source>
            <translation>Aucune action n’est enregistrée</translation>
        </message>
        <message>
            <source>Every action has a responsible actor</source>
            <translation>Chaque action a un responsable</translation>
        </message>
        <message>
            <source>Some actions have no responsible actor</source>
            <translation>Certaines actions n’ont pas de responsable</translation>
        </message>
        <message>
            <source>Every action has a timeframe and priority</source>
            <translation>Chaque action a une échéance et une priorité</translation>
        </message>
        <message>
            <source>Some actions have no timeframe or no priority</source>
            <translation>Certaines actions n’ont pas d’échéance ou pas de priorité</translation>
        </message>
        <message>
            <source>Every action has an indicator</source>
            <translation>Chaque action a un indicateur</translation>
        </message>
        <message>
            <source>Some actions have no indicator</source>
            <translation>Certaines actions n’ont pas d’indicateur</translation>
        </message>
        <message>
            <source>Costs estimated</source>
            <translation>Coûts estimés</translation>
        </message>
        <message>
            <source>Some actions have no cost estimate</source>
            <translation>Certaines actions n’ont pas de coût estimatif</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatmap</name>
        <message>
            <source>Best coverage</source>
            <translation>Meilleure couverture</translation>
        </message>
        <message>
            <source>Coverage of each indicator by each data source</source>
            <translation>Couverture de chaque indicateur par chaque source de données</translation>
        </message>
        <message>
            <source>No data source for this indicator</source>
            <translation>Aucune source de données pour cet indicateur</translation>
        </message>
        <message>
            <source>{indicator}
Best coverage: {level}</source>
            <translation>{indicator}
Meilleure couverture : {level}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non enregistrée</translation>
        </message>
        <message>
            <source>{indicator}
{source}
Coverage: {level}</source>
            <translation>{indicator}
{source}
Couverture : {level}</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
        <message>
            <source>Add the indicators the plan will track and record which data sources can feed them.</source>
            <translation>Ajoutez les indicateurs que le plan suivra et indiquez quelles sources de données peuvent les alimenter.</translation>
        </message>
        <message>
            <source>{gaps} of {total} indicators have no data source yet (marked with a warning sign).</source>
            <translation>{gaps} indicateurs sur {total} n'ont encore aucune source de données (signalés par un symbole d'avertissement).</translation>
        </message>
        <message>
            <source>Every one of the {total} indicators has at least one data source.</source>
            <translation>Chacun des {total} indicateurs a au moins une source de données.</translation>
        </message>
        <message>
            <source>No coverage has been recorded yet.</source>
            <translation>Aucune couverture n'a encore été enregistrée.</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Sources de données ne couvrant aucun indicateur : {names}.</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <source>Coverage heatmap</source>
            <translation>Carte thermique de la couverture</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendances</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Pick the date from a calendar</source>
            <translation>Choisir la date dans un calendrier</translation>
        </message>
    </context>
    <context>
        <name>Deliverables</name>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>Inclure les données personnelles</translation>
        </message>
        <message>
            <source>Names, emails and phone numbers of participants and contacts: leave this off for a report or workbook shared beyond the working group.</source>
            <translation>Noms, courriels et numéros de téléphone des participants et des contacts : décochez pour un rapport ou un classeur diffusé au-delà du groupe de travail.</translation>
        </message>
        <message>
            <source>Mark as “draft for validation”</source>
            <translation>Marquer comme « projet à valider »</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>L&amp;ogo</translation>
        </message>
        <message>
            <source>Optional PNG or JPEG of the organisers</source>
            <translation>PNG ou JPEG facultatif des organisateurs</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Export PDF report…</source>
            <translation>Exporter le rapport PDF…</translation>
        </message>
        <message>
            <source>Export Excel workbook…</source>
            <translation>Exporter le classeur Excel…</translation>
        </message>
        <message>
            <source>Import workbook…</source>
            <translation>Importer un classeur…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Show the folder the file was written to</source>
            <translation>Afficher le dossier où le fichier a été écrit</translation>
        </message>
    </context>
    <context>
        <name>DeliverablesPage</name>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>L'atelier est ouvert en lecture seule</translation>
        </message>
        <message>
            <source>Report and workbook</source>
            <translation>Rapport et classeur</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps it finds.</source>
            <translation>Le rapport est rédigé à partir du contenu actuel du fichier de l'atelier ; il signale les lacunes qu'il constate.</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps below.</source>
            <translation>Le rapport est rédigé à partir du contenu actuel du fichier de l'atelier ; il signale les lacunes ci-dessous.</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>complet</translation>
        </message>
        <message>
            <source>still to do: {items}</source>
            <translation>reste à faire : {items}</translation>
        </message>
        <message>
            <source>Organisers' logo</source>
            <translation>Logo des organisateurs</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>Rapport PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>This export is not available: {reason}</source>
            <translation>Cette exportation n'est pas disponible : {reason}</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Écrit : {path}</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Échec : {reason}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Annulé ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Import workbook</source>
            <translation>Importer un classeur</translation>
        </message>
        <message>
            <source>Importing is not available: {reason}</source>
            <translation>L'importation n'est pas disponible : {reason}</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <source>Import indicator values</source>
            <translation>Importer des valeurs d’indicateurs</translation>
        </message>
        <message>
            <source>Tables of values (*.csv *.xlsx *.txt)</source>
            <translation>Tableaux de valeurs (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Columns used: {columns}</source>
            <translation>Colonnes utilisées : {columns}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>Colonnes ignorées : {columns}</translation>
        </message>
        <message>
            <source>Missing values (.., -, n/a) skipped: {n}</source>
            <translation>Valeurs manquantes (.., -, n/a) ignorées : {n}</translation>
        </message>
        <message>
            <source>Not imported: no backup could be taken first.</source>
            <translation>Non importé : aucune sauvegarde n'a pu être faite au préalable.</translation>
        </message>
        <message>
            <source>Backing up the workshop before the import…</source>
            <translation>Sauvegarde de l’atelier avant l’importation…</translation>
        </message>
        <message>
            <source>Imported: {n} change(s). Ctrl+Z takes the import back.</source>
            <translation>Importé : {n} modification(s). Ctrl+Z annule l'importation.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The scale must be between 1 and {max}.</source>
            <translation>L'échelle doit être comprise entre 1 et {max}.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Record details</source>
            <translation>Détails de l’enregistrement</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Close the details (Esc)</source>
            <translation>Fermer les détails (Échap)</translation>
        </message>
        <message>
            <source>Close the details</source>
            <translation>Fermer les détails</translation>
        </message>
    </context>
    <context>
        <name>Drops</name>
        <message>
            <source>Import indicator values?</source>
            <translation>Importer des valeurs d’indicateurs ?</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop (it has no About sheet). Read it as a table of indicator values? You will see what it changes before anything is written.</source>
            <translation>« {name} » n’est pas un classeur exporté par Mainstream Desktop (il n’a pas de feuille À propos). Le lire comme un tableau de valeurs d’indicateurs ? Vous verrez ce qu’il change avant que rien ne soit écrit.</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Engagement politique</translation>
        </message>
        <message>
            <source>Institutional mapping</source>
            <translation>Cartographie institutionnelle</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Inventaire des données</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Examen sectoriel</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinois</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugais</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitateur</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>Rapporteur</translation>
        </message>
        <message>
            <source>Resource person</source>
            <translation>Personne-ressource</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observateur</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Cabinet or council of ministers decision</source>
            <translation>Décision du Cabinet ou du Conseil des ministres</translation>
        </message>
        <message>
            <source>Presidential or ministerial decree</source>
            <translation>Décret présidentiel ou ministériel</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Loi</translation>
        </message>
        <message>
            <source>Policy (green/white paper, ministry paper)</source>
            <translation>Politique (livre vert/blanc, document ministériel)</translation>
        </message>
        <message>
            <source>National development plan provision</source>
            <translation>Disposition du plan national de développement</translation>
        </message>
        <message>
            <source>Budget allocation</source>
            <translation>Allocation budgétaire</translation>
        </message>
        <message>
            <source>Official statement or declaration</source>
            <translation>Déclaration officielle</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>Mémorandum d'accord</translation>
        </message>
        <message>
            <source>GCM national implementation plan</source>
            <translation>Plan national de mise en œuvre du PMM</translation>
        </message>
        <message>
            <source>International</source>
            <translation>International</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Régional</translation>
        </message>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Sub-national</source>
            <translation>Infranational</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>En préparation</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adopté</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>En vigueur</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Caduc</translation>
        </message>
        <message>
            <source>Inter-ministerial committee</source>
            <translation>Comité interministériel</translation>
        </message>
        <message>
            <source>Multi-stakeholder consultative mechanism</source>
            <translation>Mécanisme consultatif multipartite</translation>
        </message>
        <message>
            <source>Technical working group</source>
            <translation>Groupe de travail technique</translation>
        </message>
        <message>
            <source>Support group</source>
            <translation>Groupe d'appui</translation>
        </message>
        <message>
            <source>Thematic sub-committee</source>
            <translation>Sous-comité thématique</translation>
        </message>
        <message>
            <source>Steering committee</source>
            <translation>Comité de pilotage</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>En sommeil</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Dissous</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Hebdomadaire</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensuelle</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Trimestrielle</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Semestrielle</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Annuelle</translation>
        </message>
        <message>
            <source>Ad hoc</source>
            <translation>Ad hoc</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Co-chair</source>
            <translation>Coprésidence</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secrétariat</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Ratified or acceded</source>
            <translation>Ratification ou adhésion</translation>
        </message>
        <message>
            <source>Signed, not ratified</source>
            <translation>Signé, non ratifié</translation>
        </message>
        <message>
            <source>Endorsed (non-binding)</source>
            <translation>Approuvé (non contraignant)</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>À l'étude</translation>
        </message>
        <message>
            <source>Not party</source>
            <translation>Non partie</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Sans objet</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>En partie</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Moteur</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>Favorable</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>Sceptique</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>Opposé</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Chef de file</translation>
        </message>
        <message>
            <source>Partner (manage closely)</source>
            <translation>Partenaire (gérer étroitement)</translation>
        </message>
        <message>
            <source>Consult (keep satisfied)</source>
            <translation>Consulter (maintenir satisfait)</translation>
        </message>
        <message>
            <source>Inform (keep informed)</source>
            <translation>Informer (tenir informé)</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Surveiller</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Rend compte à</translation>
        </message>
        <message>
            <source>Coordinates with</source>
            <translation>Se coordonne avec</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Finance</translation>
        </message>
        <message>
            <source>Shares data with</source>
            <translation>Partage des données avec</translation>
        </message>
        <message>
            <source>Partners with</source>
            <translation>Est partenaire de</translation>
        </message>
        <message>
            <source>Oversees</source>
            <translation>Supervise</translation>
        </message>
        <message>
            <source>Advises</source>
            <translation>Conseille</translation>
        </message>
        <message>
            <source>Tension or overlap with</source>
            <translation>Tension ou chevauchement avec</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Every 2–5 years</source>
            <translation>Tous les 2 à 5 ans</translation>
        </message>
        <message>
            <source>Every 10 years</source>
            <translation>Tous les 10 ans</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Ponctuelle</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>Irrégulière</translation>
        </message>
        <message>
            <source>Some regions</source>
            <translation>Certaines régions</translation>
        </message>
        <message>
            <source>Pilot or sample area</source>
            <translation>Zone pilote ou échantillon</translation>
        </message>
        <message>
            <source>Nationals abroad</source>
            <translation>Ressortissants à l'étranger</translation>
        </message>
        <message>
            <source>Open (published)</source>
            <translation>Ouvert (publié)</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>Sur demande</translation>
        </message>
        <message>
            <source>Under data-sharing agreement</source>
            <translation>Selon un accord de partage de données</translation>
        </message>
        <message>
            <source>Restricted (internal only)</source>
            <translation>Restreint (usage interne)</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>SDG global indicator</source>
            <translation>Indicateur mondial des ODD</translation>
        </message>
        <message>
            <source>GCM progress indicator</source>
            <translation>Indicateur de progrès du PMM</translation>
        </message>
        <message>
            <source>National development plan indicator</source>
            <translation>Indicateur du plan national de développement</translation>
        </message>
        <message>
            <source>Proxy indicator</source>
            <translation>Indicateur indirect</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Complète</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Partielle</translation>
        </message>
        <message>
            <source>Proxy only</source>
            <translation>Indirecte seulement</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Règlement</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Politique</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Bilateral agreement</source>
            <translation>Accord bilatéral</translation>
        </message>
        <message>
            <source>Regional agreement</source>
            <translation>Accord régional</translation>
        </message>
        <message>
            <source>Explicitly</source>
            <translation>Explicite</translation>
        </message>
        <message>
            <source>Implicitly</source>
            <translation>Implicite</translation>
        </message>
        <message>
            <source>Not addressed</source>
            <translation>Absente</translation>
        </message>
        <message>
            <source>Coherent</source>
            <translation>Cohérente</translation>
        </message>
        <message>
            <source>Partly coherent</source>
            <translation>Partiellement cohérente</translation>
        </message>
        <message>
            <source>Incoherent</source>
            <translation>Incohérente</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évaluée</translation>
        </message>
        <message>
            <source>Short term (&lt; 1 year)</source>
            <translation>Court terme (&lt; 1 an)</translation>
        </message>
        <message>
            <source>Medium term (1–3 years)</source>
            <translation>Moyen terme (1–3 ans)</translation>
        </message>
        <message>
            <source>Long term (&gt; 3 years)</source>
            <translation>Long terme (&gt; 3 ans)</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Convenu</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <source>Migrant stocks</source>
            <translation>Stocks de migrants</translation>
        </message>
        <message>
            <source>Migration flows</source>
            <translation>Flux migratoires</translation>
        </message>
        <message>
            <source>Return migration</source>
            <translation>Migration de retour</translation>
        </message>
        <message>
            <source>Refugees and displacement</source>
            <translation>Réfugiés et déplacements</translation>
        </message>
        <message>
            <source>Internal migration</source>
            <translation>Migration interne</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Envois de fonds</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Diaspora</translation>
        </message>
        <message>
            <source>Labour migration</source>
            <translation>Migration de main-d’œuvre</translation>
        </message>
        <message>
            <source>Women and girls at risk</source>
            <translation>Femmes et filles en situation de risque</translation>
        </message>
        <message>
            <source>Unaccompanied or separated children</source>
            <translation>Enfants non accompagnés ou séparés</translation>
        </message>
        <message>
            <source>Victims of trafficking</source>
            <translation>Victimes de la traite</translation>
        </message>
        <message>
            <source>Migrants in an irregular situation</source>
            <translation>Migrants en situation irrégulière</translation>
        </message>
        <message>
            <source>Refugees and asylum seekers</source>
            <translation>Réfugiés et demandeurs d’asile</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Apatrides</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Personnes déplacées à l’intérieur de leur propre pays</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Personnes handicapées</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Personnes âgées</translation>
        </message>
        <message>
            <source>Migrant domestic workers</source>
            <translation>Travailleurs domestiques migrants</translation>
        </message>
        <message>
            <source>Returnees</source>
            <translation>Personnes rentrées</translation>
        </message>
        <message>
            <source>Families left behind</source>
            <translation>Familles restées au pays</translation>
        </message>
        <message>
            <source>Progress review</source>
            <translation>Examen des progrès</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>Examen annuel</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Examen à mi-parcours</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Évaluation finale</translation>
        </message>
        <message>
            <source>Budget preparation round</source>
            <translation>Phase de préparation du budget</translation>
        </message>
        <message>
            <source>International reporting</source>
            <translation>Rapports internationaux</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>Gérer étroitement</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Maintenir satisfait</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Tenir informé</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Country name (if not in the list)</source>
            <translation>Nom du pays (s'il ne figure pas dans la liste)</translation>
        </message>
        <message>
            <source>Only for a fictional or user-assigned country code.</source>
            <translation>Uniquement pour un code pays fictif ou attribué par l'utilisateur.</translation>
        </message>
        <message>
            <source>National development strategy</source>
            <translation>Stratégie nationale de développement</translation>
        </message>
        <message>
            <source>Strategy period</source>
            <translation>Période de la stratégie</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Language of the deliverables</source>
            <translation>Langue des livrables</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Organisateurs</translation>
        </message>
        <message>
            <source>Purpose and scope</source>
            <translation>Objet et portée</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>Titre abrégé</translation>
        </message>
        <message>
            <source>Printed at the top of every report page.</source>
            <translation>Imprimé en haut de chaque page du rapport.</translation>
        </message>
        <message>
            <source>Regional organisations</source>
            <translation>Organisations régionales</translation>
        </message>
        <message>
            <source>The regional instruments of these organisations are reviewed too.</source>
            <translation>Les instruments régionaux de ces organisations sont également examinés.</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>Avant-propos</translation>
        </message>
        <message>
            <source>Validated by</source>
            <translation>Validé par</translation>
        </message>
        <message>
            <source>The body or meeting that validated the report.</source>
            <translation>L’organe ou la réunion qui a validé le rapport.</translation>
        </message>
        <message>
            <source>Validated on</source>
            <translation>Date de validation</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Signataire</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Fonction du signataire</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>Clause de non-responsabilité</translation>
        </message>
        <message>
            <source>Empty: the report prints the standard disclaimer.</source>
            <translation>Si vide : le rapport imprime la clause de non-responsabilité type.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
        <message>
            <source>Link to the budget cycle</source>
            <translation>Lien avec le cycle budgétaire</translation>
        </message>
        <message>
            <source>When and how the actions enter the national budget.</source>
            <translation>Quand et comment les actions sont intégrées au budget national.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Organisation (if not a stakeholder)</source>
            <translation>Organisation (si ce n'est pas une partie prenante)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitateur</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Instrument</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Émis par</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Organisme chef de file</translation>
        </message>
        <message>
            <source>Focal point (name)</source>
            <translation>Point focal (nom)</translation>
        </message>
        <message>
            <source>Focal point contact</source>
            <translation>Coordonnées du point focal</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandat</translation>
        </message>
        <message>
            <source>Budget allocated</source>
            <translation>Budget alloué</translation>
        </message>
        <message>
            <source>Reference or link</source>
            <translation>Référence ou lien</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Terms of reference adopted</source>
            <translation>Termes de référence adoptés</translation>
        </message>
        <message>
            <source>Year established</source>
            <translation>Année de création</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Fréquence des réunions</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Mécanisme</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Reservations or declarations</source>
            <translation>Réserves ou déclarations</translation>
        </message>
        <message>
            <source>Implementing body</source>
            <translation>Organe de mise en œuvre</translation>
        </message>
        <message>
            <source>National implementation</source>
            <translation>Mise en œuvre nationale</translation>
        </message>
        <message>
            <source>Laws, bodies and programmes that give it effect.</source>
            <translation>Lois, organes et programmes qui lui donnent effet.</translation>
        </message>
        <message>
            <source>Last report to the treaty body</source>
            <translation>Dernier rapport présenté à l’organe conventionnel</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>Prochain rapport attendu</translation>
        </message>
        <message>
            <source>Treaty-body and UPR recommendations accepted</source>
            <translation>Recommandations des organes conventionnels et de l’EPU acceptées</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Critère</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>En place</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments probants</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigle</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Parent body</source>
            <translation>Organe de tutelle</translation>
        </message>
        <message>
            <source>Thematic areas</source>
            <translation>Domaines thématiques</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <source>1 = little power over the process, 5 = decisive</source>
            <translation>1 = peu de pouvoir sur le processus, 5 = décisif</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Intérêt</translation>
        </message>
        <message>
            <source>1 = little stake in the outcome, 5 = central</source>
            <translation>1 = peu concerné par le résultat, 5 = au cœur de l'enjeu</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Implication</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Personne de contact</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>Courriel de contact</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Téléphone de contact</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Lacunes et chevauchements</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Intensité</translation>
        </message>
        <message>
            <source>1 = weak, 3 = strong</source>
            <translation>1 = faible, 3 = forte</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Détenteur</translation>
        </message>
        <message>
            <source>Periodicity</source>
            <translation>Périodicité</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Dernière année</translation>
        </message>
        <message>
            <source>Geographic coverage</source>
            <translation>Couverture géographique</translation>
        </message>
        <message>
            <source>Migration variables</source>
            <translation>Variables migratoires</translation>
        </message>
        <message>
            <source>Disaggregations</source>
            <translation>Ventilations</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Lacunes</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Cadre</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>SDG indicator</source>
            <translation>Indicateur ODD</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>Objectifs du PMM</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Valeur de référence</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Année de référence</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Année cible</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Disaggregations needed</source>
            <translation>Ventilations requises</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Source de données</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>Disaggregations available</source>
            <translation>Ventilations disponibles</translation>
        </message>
        <message>
            <source>For a period, its last year.</source>
            <translation>Pour une période, indiquer sa dernière année.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Only for a value over several years: 2015–2019.</source>
            <translation>Uniquement pour une valeur portant sur plusieurs années : 2015–2019.</translation>
        </message>
        <message>
            <source>Disaggregated by</source>
            <translation>Ventilé par</translation>
        </message>
        <message>
            <source>Empty for the total.</source>
            <translation>Laisser vide pour le total.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>The group of the disaggregation: Female, 15–24…</source>
            <translation>Le groupe de la ventilation : Femme, 15–24…</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Empty: the indicator's unit.</source>
            <translation>Si vide : l’unité de l’indicateur.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Lead ministry</source>
            <translation>Ministère chef de file</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>How migration affects the sector</source>
            <translation>Effets de la migration sur le secteur</translation>
        </message>
        <message>
            <source>How the sector affects migration</source>
            <translation>Effets du secteur sur la migration</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Cohérence des politiques</translation>
        </message>
        <message>
            <source>1 = policies work against each other, 5 = fully coherent</source>
            <translation>1 = les politiques se contredisent, 5 = pleinement cohérentes</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>SDG targets</source>
            <translation>Cibles des ODD</translation>
        </message>
        <message>
            <source>Human rights</source>
            <translation>Droits de l’homme</translation>
        </message>
        <message>
            <source>Non-discrimination, access to services and to justice, detention: what the group found.</source>
            <translation>Non-discrimination, accès aux services et à la justice, détention : constatations du groupe.</translation>
        </message>
        <message>
            <source>Gender effects</source>
            <translation>Effets différenciés selon le genre</translation>
        </message>
        <message>
            <source>How the sector's policies affect migrant women and men differently.</source>
            <translation>Comment les politiques du secteur touchent différemment les femmes et les hommes migrants.</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations</source>
            <translation>Groupes en situation de vulnérabilité</translation>
        </message>
        <message>
            <source>Other sectors affected</source>
            <translation>Autres secteurs touchés</translation>
        </message>
        <message>
            <source>Knock-on effects on other sectors</source>
            <translation>Effets induits sur d’autres secteurs</translation>
        </message>
        <message>
            <source>Year adopted</source>
            <translation>Année d'adoption</translation>
        </message>
        <message>
            <source>Addresses migration</source>
            <translation>Prise en compte de la migration</translation>
        </message>
        <message>
            <source>Coherence with migration goals</source>
            <translation>Cohérence avec les objectifs migratoires</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Raised in step</source>
            <translation>Soulevée à l'étape</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Coût estimatif</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <source>Amount secured</source>
            <translation>Montant acquis</translation>
        </message>
        <message>
            <source>Of the estimated cost, in the same currency.</source>
            <translation>Sur le coût estimatif, dans la même devise.</translation>
        </message>
        <message>
            <source>Funding partner</source>
            <translation>Partenaire financier</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Année de début</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Année de fin</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>Moyens de vérification</translation>
        </message>
        <message>
            <source>Monitoring frequency</source>
            <translation>Fréquence du suivi</translation>
        </message>
        <message>
            <source>Monitored by</source>
            <translation>Suivi assuré par</translation>
        </message>
        <message>
            <source>Expected impact</source>
            <translation>Impact attendu</translation>
        </message>
        <message>
            <source>1 = marginal, 5 = transformative</source>
            <translation>1 = marginal, 5 = transformateur</translation>
        </message>
        <message>
            <source>Feasibility</source>
            <translation>Faisabilité</translation>
        </message>
        <message>
            <source>1 = hard to deliver, 5 = ready to start</source>
            <translation>1 = difficile à mettre en œuvre, 5 = peut démarrer immédiatement</translation>
        </message>
        <message>
            <source>Readiness gaps answered</source>
            <translation>Lacunes de préparation comblées</translation>
        </message>
        <message>
            <source>Legal gaps answered</source>
            <translation>Lacunes juridiques comblées</translation>
        </message>
        <message>
            <source>Data gap answered</source>
            <translation>Lacune de données comblée</translation>
        </message>
        <message>
            <source>An indicator the action gives a data source.</source>
            <translation>Indicateur auquel l’action fournit une source de données.</translation>
        </message>
        <message>
            <source>What is reviewed</source>
            <translation>Objet de l’examen</translation>
        </message>
        <message>
            <source>No {what} yet — add them in {step}</source>
            <translation>Pas encore de {what} — ajoutez-les dans « {step} »</translation>
        </message>
    </context>
    <context>
        <name>File</name>
        <message>
            <source>“{name}” is not an ordinary file (a folder, a device, a pipe or a link); choose another file name.</source>
            <translation>« {name} » n'est pas un fichier ordinaire (il s'agit d'un dossier, d'un périphérique, d'un tube ou d'un lien) ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>“{name}” is the workshop itself; choose another file name.</source>
            <translation>« {name} » est l'atelier lui-même ; choisissez un autre nom de fichier.</translation>
        </message>
        <message>
            <source>“{name}” is given for two exports; choose a different name for each.</source>
            <translation>« {name} » est indiqué pour deux exports ; choisissez un nom différent pour chacun.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>permission denied or read-only medium</source>
            <translation>autorisation refusée ou support en lecture seule</translation>
        </message>
        <message>
            <source>an input/output error (is the USB stick still plugged in?)</source>
            <translation>une erreur d'entrée/sortie (la clé USB est-elle toujours branchée ?)</translation>
        </message>
        <message>
            <source>Could not write “{name}”: {reason}. Nothing was changed.</source>
            <translation>Impossible d'écrire « {name} » : {reason}. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>“{name}” already exists (use --force to replace it).</source>
            <translation>« {name} » existe déjà (utilisez --force pour le remplacer).</translation>
        </message>
        <message>
            <source>The folder “{name}” does not exist.</source>
            <translation>Le dossier « {name} » n'existe pas.</translation>
        </message>
        <message>
            <source>“{name}” does not exist.</source>
            <translation>« {name} » n'existe pas.</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a workshop file.</source>
            <translation>« {name} » est un dossier, pas un fichier d'atelier.</translation>
        </message>
        <message>
            <source>“{name}” has a WAL file beside it (“{wal}”), which workshop files never use: it was changed by another program. Move “{wal}” away to open the file as it is.</source>
            <translation>Un fichier WAL (« {wal} ») se trouve à côté de « {name} », alors que les fichiers d'atelier n'en utilisent jamais : « {name} » a été modifié par un autre programme. Déplacez « {wal} » ailleurs pour ouvrir le fichier tel quel.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>« {name} » ne peut pas être lu : {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is on a read-only medium or in a folder you cannot write to: it can be checked and exported but not changed. Copy it to a writable folder to edit it.</source>
            <translation>« {name} » se trouve sur un support en lecture seule ou dans un dossier où vous ne pouvez pas écrire : il peut être vérifié et exporté, mais pas modifié. Copiez-le dans un dossier accessible en écriture pour le modifier.</translation>
        </message>
        <message>
            <source>A query on the workshop ran past its limit ({steps} million steps), far more than any real workshop needs: the file may be crafted or damaged. Nothing was changed.</source>
            <translation>Une requête sur l'atelier a dépassé sa limite ({steps} millions d'étapes), bien au-delà de ce qu'exige un atelier réel : le fichier est peut-être falsifié ou endommagé. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>unexpected {kind} “{object}”</source>
            <translation>objet {kind} inattendu « {object} »</translation>
        </message>
        <message>
            <source>changed {kind} “{object}”</source>
            <translation>objet {kind} modifié « {object} »</translation>
        </message>
        <message>
            <source>missing {kind} “{object}”</source>
            <translation>objet {kind} manquant « {object} »</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file, or not a workshop this version wrote ({difference}). It was not opened.</source>
            <translation>« {name} » est un fichier d'atelier endommagé, ou un atelier qui n'a pas été écrit par cette version ({difference}). Il n'a pas été ouvert.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>« {name} » est vide : ce n'est pas un fichier d'atelier.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not an SQLite database).</source>
            <translation>« {name} » n'est pas un fichier d'atelier (ce n'est pas une base de données SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is a database of another application, not a workshop file.</source>
            <translation>« {name} » est une base de données d'une autre application, pas un fichier d'atelier.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop (file format {found}; this version reads up to {supported}). Update the application to open it.</source>
            <translation>« {name} » a été écrit par une version plus récente de Mainstream Desktop (format de fichier {found} ; cette version lit jusqu'au format {supported}). Mettez l'application à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no schema version).</source>
            <translation>« {name} » est un fichier d'atelier endommagé (aucune version de schéma).</translation>
        </message>
        <message>
            <source>“{name}” is in WAL mode, which workshop files never use: it was changed by another program and is not opened.</source>
            <translation>« {name} » est en mode WAL, que les fichiers d'atelier n'utilisent jamais : il a été modifié par un autre programme et n'a pas été ouvert.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (bad page size).</source>
            <translation>« {name} » est un fichier d'atelier endommagé (taille de page incorrecte).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (a device, a pipe or a socket): it is not a workshop file.</source>
            <translation>« {name} » n'est pas un fichier ordinaire (il s'agit d'un périphérique, d'un tube ou d'un socket) : ce n'est pas un fichier d'atelier.</translation>
        </message>
        <message>
            <source>“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.</source>
            <translation>« {name} » est tronqué ({size} octets sur {expected}). Restaurez-le à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <source>“{name}” is truncated or damaged (its size is not a whole number of pages). Restore it from a backup.</source>
            <translation>« {name} » est tronqué ou endommagé (sa taille n'est pas un nombre entier de pages). Restaurez-le à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <source>“{name}” uses an older file format and must be opened for writing once to update it.</source>
            <translation>« {name} » utilise un format de fichier plus ancien et doit être ouvert une fois en écriture pour être mis à jour.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}.</source>
            <translation>« {name} » ne peut pas être ouvert : {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({reason}). Restore it from a backup.</source>
            <translation>« {name} » est endommagé ({reason}). Restaurez-le à partir d'une sauvegarde.</translation>
        </message>
        <message>
            <source>“{name}” is being written by another program; try again when it is closed.</source>
            <translation>« {name} » est en cours d'écriture par un autre programme ; réessayez lorsqu'il sera fermé.</translation>
        </message>
        <message>
            <source>The workshop record is missing.</source>
            <translation>L'enregistrement de l'atelier est manquant.</translation>
        </message>
        <message>
            <source>This workshop is open read-only.</source>
            <translation>Cet atelier est ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>“{name}” was not closed properly (a crash or a power cut). Open it for editing once, in the window, to recover its last saved state.</source>
            <translation>« {name} » n'a pas été fermé correctement (plantage ou coupure de courant). Ouvrez-le une fois pour le modifier, dans la fenêtre, afin de retrouver son dernier état enregistré.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (table {table} lacks {columns}).</source>
            <translation>« {name} » est un fichier d'atelier endommagé (il manque {columns} dans la table {table}).</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no workshop id).</source>
            <translation>« {name} » est un fichier d'atelier endommagé (aucun identifiant d'atelier).</translation>
        </message>
        <message>
            <source>“{journal}” beside “{name}” is not this workshop's journal (it belongs to another database or is damaged); playing it back would destroy the workshop. Move “{journal}” away, then open the file again.</source>
            <translation>« {journal} », à côté de « {name} », n'est pas le journal de cet atelier (il appartient à une autre base de données ou est endommagé) ; l'appliquer détruirait l'atelier. Déplacez « {journal} » ailleurs, puis ouvrez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>The data folder “{path}” cannot be used ({reason}): backups cannot be kept. Set MAINSTREAM_DESKTOP_HOME to a folder you can write.</source>
            <translation>Le dossier de données « {path} » ne peut pas être utilisé ({reason}) : les sauvegardes ne peuvent pas être conservées. Définissez MAINSTREAM_DESKTOP_HOME sur un dossier où vous pouvez écrire.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Mainstream workshop (*.mainstream)</source>
            <translation>Atelier Mainstream (*.mainstream)</translation>
        </message>
    </context>
    <context>
        <name>FocusBar</name>
        <message>
            <source>Question being discussed</source>
            <translation>Question en discussion</translation>
        </message>
        <message>
            <source>Previous question (Ctrl+,)</source>
            <translation>Question précédente (Ctrl+,)</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Question précédente</translation>
        </message>
        <message>
            <source>Next question (Ctrl+.)</source>
            <translation>Question suivante (Ctrl+.)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Question suivante</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Question {n} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupFiles</name>
        <message>
            <source>Copy for a working group</source>
            <translation>Copie pour un groupe de travail</translation>
        </message>
        <message>
            <source>The working group's name (it shows in the copy's title bar and when the copies are merged back):</source>
            <translation>Nom du groupe de travail (il s'affiche dans la barre de titre de la copie et lors de la fusion des copies) :</translation>
        </message>
        <message>
            <source>Save the working group's copy as</source>
            <translation>Enregistrer la copie du groupe de travail sous</translation>
        </message>
        <message>
            <source>Copy for the working group “{group}” saved as {path}. Merge it back with File ▸ Merge working-group files…</source>
            <translation>Copie pour le groupe de travail « {group} » enregistrée sous {path}. Fusionnez-la ensuite avec Fichier ▸ Fusionner les fichiers des groupes de travail…</translation>
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation>Impossible d'enregistrer la copie</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>added</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restauré</translation>
        </message>
        <message>
            <source>(the record)</source>
            <translation>(l'enregistrement)</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Who (device)</source>
            <translation>Auteur (appareil)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Opération</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Restore this value</source>
            <translation>Restaurer cette valeur</translation>
        </message>
        <message>
            <source>Set the field back to the value this change wrote (Ctrl+Z undoes it)</source>
            <translation>Remettre le champ à la valeur écrite par cette modification (Ctrl+Z l'annule)</translation>
        </message>
        <message>
            <source>Restore the value before</source>
            <translation>Restaurer la valeur précédente</translation>
        </message>
        <message>
            <source>Set the field back to the value it had before this change (Ctrl+Z undoes it)</source>
            <translation>Remettre le champ à la valeur qu'il avait avant cette modification (Ctrl+Z l'annule)</translation>
        </message>
        <message>
            <source>History of {what} “{name}”</source>
            <translation>Historique : {what} « {name} »</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Non restauré : {reason}</translation>
        </message>
        <message>
            <source>{field} already has this value.</source>
            <translation>{field} : le champ a déjà cette valeur.</translation>
        </message>
        <message>
            <source>{field} restored. Ctrl+Z in the window undoes it.</source>
            <translation>{field} : valeur restaurée. Ctrl+Z dans la fenêtre annule cette restauration.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Nothing was imported: the workbook has {n} error(s). First: {first}</source>
            <translation>Rien n'a été importé : le classeur contient {n} erreur(s). Première : {first}</translation>
        </message>
        <message>
            <source>The workshop changed since the import was previewed; preview it again.</source>
            <translation>L'atelier a été modifié depuis l'aperçu de l'importation ; affichez de nouveau l'aperçu.</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Rien n'a été importé : {reason}</translation>
        </message>
        <message>
            <source>is required, but the sheet has no such column</source>
            <translation>est obligatoire, mais la feuille ne contient pas cette colonne</translation>
        </message>
        <message>
            <source>the workshop</source>
            <translation>l'atelier</translation>
        </message>
        <message>
            <source>is a new row identical to a record already in {where}; was this workbook imported before?</source>
            <translation>est une nouvelle ligne identique à un enregistrement existant ({where}) ; ce classeur a-t-il déjà été importé ?</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>ligne {row}</translation>
        </message>
        <message>
            <source>“{name}” has two sheets for one register, {first} and {second}; keep one.</source>
            <translation>« {name} » contient deux feuilles pour un même registre, {first} et {second} ; n'en conservez qu'une.</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop: it has none of the sheets {sheets}.</source>
            <translation>« {name} » n'est pas un classeur exporté par Mainstream Desktop : il ne contient aucune des feuilles {sheets}.</translation>
        </message>
        <message>
            <source>this sheet is not part of the workshop workbook; ignored</source>
            <translation>cette feuille ne fait pas partie du classeur de l'atelier ; ignorée</translation>
        </message>
        <message>
            <source>“{name}” has a sheet {sheet} whose name could mean any of the sheets {sheets}; rename it to one of them.</source>
            <translation>« {name} » contient une feuille {sheet} dont le nom peut désigner n'importe laquelle des feuilles {sheets} ; renommez-la avec l'un de ces noms.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop; update the application to import it.</source>
            <translation>« {name} » a été écrit par une version plus récente de Mainstream Desktop ; mettez l'application à jour pour l'importer.</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing</source>
            <translation>la feuille {sheet} est absente</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its name</source>
            <translation>; a-t-elle été renommée « {other} » ? Redonnez-lui son nom</translation>
        </message>
        <message>
            <source>sheet {sheet}: the hidden id column (column A) is missing. Without it the rows cannot be matched to the records they show and every row would be added again; use the workbook with its column A as it was exported</source>
            <translation>feuille {sheet} : la colonne masquée des identifiants (colonne A) est absente. Sans elle, les lignes ne peuvent pas être rattachées aux enregistrements qu’elles présentent et chaque ligne serait ajoutée de nouveau ; utilisez le classeur avec sa colonne A telle qu’elle a été exportée</translation>
        </message>
        <message>
            <source>sheet {sheet}: the column “{column}” is missing</source>
            <translation>feuille {sheet} : la colonne « {column} » est absente</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its header</source>
            <translation>; a-t-elle été renommée « {other} » ? Redonnez-lui son en-tête</translation>
        </message>
        <message>
            <source>“{name}” cannot be imported: sheets or columns were renamed or deleted. Put them back as they were exported (the About sheet lists every sheet and column) and import again; nothing was imported.</source>
            <translation>« {name} » ne peut pas être importé : des feuilles ou des colonnes ont été renommées ou supprimées. Rétablissez-les telles qu’elles ont été exportées (la feuille « À propos » liste toutes les feuilles et colonnes) et importez de nouveau ; rien n’a été importé.</translation>
        </message>
        <message>
            <source>this column appears twice in the sheet</source>
            <translation>cette colonne figure deux fois dans la feuille</translation>
        </message>
        <message>
            <source>not a column of this sheet; ignored</source>
            <translation>ne fait pas partie des colonnes de cette feuille ; ignorée</translation>
        </message>
        <message>
            <source>the cell holds more than {n} characters, more than a spreadsheet cell can</source>
            <translation>la cellule contient plus de {n} caractères, soit davantage que ce que peut contenir une cellule de tableur</translation>
        </message>
        <message>
            <source>the cell holds the spreadsheet error {error}, not a value: correct what caused it or type the value itself</source>
            <translation>la cellule contient l’erreur de tableur {error}, et non une valeur : corrigez ce qui l’a provoquée ou saisissez directement la valeur</translation>
        </message>
        <message>
            <source>is a formula whose result is the spreadsheet error {error}; formulas are not calculated on import, type the value instead</source>
            <translation>est une formule dont le résultat est l’erreur de tableur {error} ; les formules ne sont pas calculées à l’importation, saisissez plutôt la valeur</translation>
        </message>
        <message>
            <source>is a formula without a saved value; formulas are not calculated on import, type the value instead</source>
            <translation>est une formule sans valeur enregistrée ; les formules ne sont pas calculées à l'importation, saisissez plutôt la valeur</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value “{value}” was used</source>
            <translation>est une formule ; elle n'a pas été calculée, sa valeur enregistrée « {value} » a été utilisée</translation>
        </message>
        <message>
            <source>this sheet holds one row; remove the others</source>
            <translation>cette feuille ne contient qu'une ligne ; supprimez les autres</translation>
        </message>
        <message>
            <source>is not a record id; leave the id empty for a new record</source>
            <translation>n'est pas un identifiant d'enregistrement ; laissez l'identifiant vide pour un nouvel enregistrement</translation>
        </message>
        <message>
            <source>the same record appears twice (also in row {row})</source>
            <translation>le même enregistrement figure deux fois (également à la ligne {row})</translation>
        </message>
        <message>
            <source>this record was deleted in the workshop; clear the id to add it again</source>
            <translation>cet enregistrement a été supprimé dans l'atelier ; effacez l'identifiant pour l'ajouter de nouveau</translation>
        </message>
        <message>
            <source>this id belongs to a record on another sheet; leave the id empty for a new record</source>
            <translation>cet identifiant appartient à un enregistrement d'une autre feuille ; laissez l'identifiant vide pour un nouvel enregistrement</translation>
        </message>
        <message>
            <source>{n} records on sheet {sheet} have this name; make the names different</source>
            <translation>{n} enregistrements de la feuille {sheet} portent ce nom ; donnez-leur des noms différents</translation>
        </message>
        <message>
            <source>no {record} has this name on sheet {sheet} or in the workshop</source>
            <translation>aucun enregistrement (« {record} ») ne porte ce nom dans la feuille {sheet} ni dans l'atelier</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>colonne « {column} »</translation>
        </message>
        <message>
            <source>Import from “{name}”:</source>
            <translation>Importation depuis « {name} » :</translation>
        </message>
        <message>
            <source>{sheet}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{sheet} : {added} à ajouter, {updated} à mettre à jour, {unchanged} inchangé(s)</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Avertissements :</translation>
        </message>
        <message>
            <source>{n} error(s); nothing will be imported until they are fixed:</source>
            <translation>{n} erreur(s) ; rien ne sera importé tant qu'elles ne seront pas corrigées :</translation>
        </message>
        <message>
            <source>… and {n} more errors not listed.</source>
            <translation>… et {n} autres erreurs non listées.</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>« {name} » n'existe pas ou n'est pas un fichier.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>« {name} » est trop volumineux pour être importé ({mb} Mo ; {max} Mo au maximum).</translation>
        </message>
        <message>
            <source>“{name}” is an old-style .xls workbook or is protected by a password. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) without a password.</source>
            <translation>« {name} » est un classeur .xls d'ancien format ou est protégé par un mot de passe. Ouvrez-le dans un tableur et enregistrez-le comme classeur Excel (.xlsx) sans mot de passe.</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx).</source>
            <translation>« {name} » n'est pas un classeur Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be read ({reason}).</source>
            <translation>« {name} » est endommagé et ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB unpacked; at most {max} MB).</source>
            <translation>« {name} » est trop volumineux pour être importé ({mb} Mo une fois décompressé ; {max} Mo au maximum).</translation>
        </message>
        <message>
            <source>“{name}” holds more than {max} different texts, more than a workbook within the import's limits can need; it was refused.</source>
            <translation>« {name} » contient plus de {max} textes différents, soit davantage que ce dont peut avoir besoin un classeur respectant les limites de l'importation ; il a été refusé.</translation>
        </message>
        <message>
            <source>“{name}” contains constructs that no spreadsheet program writes (XML entity declarations or an extreme compression ratio) and was refused as potentially harmful.</source>
            <translation>« {name} » contient des éléments qu'aucun tableur ne produit (déclarations d'entités XML ou taux de compression extrême) et a été refusé car potentiellement dangereux.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import.</source>
            <translation>« {name} » est trop volumineux pour être importé.</translation>
        </message>
        <message>
            <source>Importing needs the defusedxml package, which protects against harmful workbooks; it is not installed.</source>
            <translation>L'importation nécessite le paquet defusedxml, qui protège contre les classeurs dangereux ; il n'est pas installé.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} filled cells; split the workbook.</source>
            <translation>La feuille {sheet} de « {name} » compte plus de {max} cellules remplies ; scindez le classeur.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} rows; split the workbook.</source>
            <translation>La feuille {sheet} de « {name} » compte plus de {max} lignes ; scindez le classeur.</translation>
        </message>
        <message>
            <source>{first}, … ({n} values; see the drop-down list)</source>
            <translation>{first}, … ({n} valeurs ; voir la liste déroulante)</translation>
        </message>
        <message>
            <source>“{value}”: several values are separated by “; ”, not by commas (a comma may be part of a value); write “{fixed}”</source>
            <translation>« {value} » : plusieurs valeurs se séparent par « ; », et non par des virgules (une virgule peut faire partie d’une valeur) ; écrivez « {fixed} »</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values: {allowed}</source>
            <translation>« {value} » ne fait pas partie des valeurs autorisées : {allowed}</translation>
        </message>
        <message>
            <source>{values} are not among the allowed values: {allowed}</source>
            <translation>{values} ne font pas partie des valeurs autorisées : {allowed}</translation>
        </message>
        <message>
            <source>. Did you mean “{suggestion}”?</source>
            <translation>. Vouliez-vous dire « {suggestion} » ?</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Problems found (nothing is imported while there are any):</source>
            <translation>Problèmes détectés (rien n'est importé tant qu'il en reste) :</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import workbook</source>
            <translation>Importer un classeur</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajoutés</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Inchangés</translation>
        </message>
        <message>
            <source>{added} record(s) will be added and {updated} updated. The import is one step: Undo takes it back.</source>
            <translation>{added} enregistrement(s) seront ajoutés et {updated} mis à jour. L'importation forme une seule étape : Annuler la défait entièrement.</translation>
        </message>
        <message>
            <source>The workbook cannot be imported until the problems below are fixed.</source>
            <translation>Le classeur ne peut pas être importé tant que les problèmes ci-dessous ne sont pas corrigés.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
    </context>
    <context>
        <name>InstitutionsPage</name>
        <message>
            <source>Power–interest grid</source>
            <translation>Grille pouvoir–intérêt</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Unknown language “{code}”; use one of: {codes}.</source>
            <translation>Langue inconnue « {code} » ; utilisez l'une des langues suivantes : {codes}.</translation>
        </message>
        <message>
            <source>{n} texts are not yet translated into “{code}”; they appear in English.</source>
            <translation>{n} textes ne sont pas encore traduits en « {code} » ; ils apparaissent en anglais.</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>{user} on {host} (process {pid}) since {when}</source>
            <translation>{user} sur {host} (processus {pid}) depuis {when}</translation>
        </message>
        <message>
            <source>The folder “{name}” stays locked by another program; try again in a moment.</source>
            <translation>Le dossier « {name} » reste verrouillé par un autre programme ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window: {holder}.</source>
            <translation>« {name} » est ouvert dans une autre fenêtre : {holder}.</translation>
        </message>
        <message>
            <source>“{name}” beside the workshop is a folder, not a lock record; remove it and try again.</source>
            <translation>« {name} », à côté de l'atelier, est un dossier et non un fichier de verrouillage ; supprimez-le et réessayez.</translation>
        </message>
        <message>
            <source>“{name}” was opened by another program just now; try again.</source>
            <translation>« {name} » vient d'être ouvert par un autre programme ; réessayez.</translation>
        </message>
        <message>
            <source>“{name}” is open in a window: {holder}. Close it there first.</source>
            <translation>« {name} » est ouvert dans une fenêtre : {holder}. Fermez-le d'abord à cet endroit.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nouvel atelier…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open the &amp;sample workshop</source>
            <translation>Ouvrir l'atelier d'&amp;exemple</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Enregistrer une &amp;copie sous…</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Importer un classeur…</translation>
        </message>
        <message>
            <source>Import indicator &amp;values…</source>
            <translation>Importer des v&amp;aleurs d’indicateurs…</translation>
        </message>
        <message>
            <source>Read the values of indicators from a table a statistical office published (CSV or Excel, long or wide)</source>
            <translation>Lire les valeurs des indicateurs dans un tableau publié par un office statistique (CSV ou Excel, format long ou large)</translation>
        </message>
        <message>
            <source>Copy for a &amp;working group…</source>
            <translation>Copie pour un &amp;groupe de travail…</translation>
        </message>
        <message>
            <source>Save a copy for a working group to edit on another laptop, to merge back later</source>
            <translation>Enregistrer une copie qu'un groupe de travail modifiera sur un autre ordinateur portable, pour la fusionner ensuite</translation>
        </message>
        <message>
            <source>&amp;Merge working-group files…</source>
            <translation>F&amp;usionner les fichiers des groupes de travail…</translation>
        </message>
        <message>
            <source>Merge the working groups' copies into a new workshop file, deciding every conflict</source>
            <translation>Fusionner les copies des groupes de travail dans un nouveau fichier d'atelier, en résolvant chaque conflit</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <source>The automatic backups of this workshop; restore one as a new file</source>
            <translation>Sauvegardes automatiques de cet atelier ; vous pouvez en restaurer une dans un nouveau fichier</translation>
        </message>
        <message>
            <source>C&amp;heck workshop</source>
            <translation>&amp;Vérifier l'atelier</translation>
        </message>
        <message>
            <source>Check the file's integrity and every record</source>
            <translation>Vérifier l'intégrité du fichier et chaque enregistrement</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>&amp;Fermer l'atelier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Nouvel enregistrement</translation>
        </message>
        <message>
            <source>Add a record to the register shown (Ctrl+N)</source>
            <translation>Ajouter un enregistrement au registre affiché (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Delete record</source>
            <translation>&amp;Supprimer l'enregistrement</translation>
        </message>
        <message>
            <source>&amp;Find in the workshop…</source>
            <translation>&amp;Rechercher dans l’atelier…</translation>
        </message>
        <message>
            <source>Search every register of the workshop and go to the record</source>
            <translation>Chercher dans tous les registres de l’atelier et aller à l’enregistrement</translation>
        </message>
        <message>
            <source>F&amp;ilter this table</source>
            <translation>F&amp;iltrer ce tableau</translation>
        </message>
        <message>
            <source>Record &amp;history…</source>
            <translation>&amp;Historique de l'enregistrement…</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Qui a modifié quoi dans l'enregistrement sélectionné, et quand (Ctrl+H)</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <source>Full screen, large type, for the projector (F11)</source>
            <translation>Plein écran, grands caractères, pour le projecteur (F11)</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>Afficher les &amp;orientations</translation>
        </message>
        <message>
            <source>P&amp;revious step</source>
            <translation>Étape p&amp;récédente</translation>
        </message>
        <message>
            <source>Ne&amp;xt step</source>
            <translation>Étape &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;About Mainstream Desktop</source>
            <translation>À &amp;propos de Mainstream Desktop</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Aller à la page {n}</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Fichiers &amp;récents</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Barre principale</translation>
        </message>
        <message>
            <source>Export &amp;PDF report…</source>
            <translation>Exporter le rapport &amp;PDF…</translation>
        </message>
        <message>
            <source>Write the report as a PDF (options on the Deliverables page)</source>
            <translation>Écrire le rapport en PDF (options sur la page Livrables)</translation>
        </message>
        <message>
            <source>Export &amp;Excel workbook…</source>
            <translation>Exporter le classeur &amp;Excel…</translation>
        </message>
        <message>
            <source>Write the workbook to fill in and send back</source>
            <translation>Écrire le classeur à remplir et à renvoyer</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>{title} — Working group: {group}</source>
            <translation>{title} — Groupe de travail : {group}</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (lecture seule)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Lecture seule</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation>Ouverture de « {name} »…</translation>
        </message>
        <message>
            <source>Cannot open the workshop</source>
            <translation>Impossible d'ouvrir l'atelier</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>« {name} » ne peut pas être lu : {reason}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Impossible d'annuler</translation>
        </message>
        <message>
            <source>The workshop was not closed properly last time: its last saved state was recovered (the file and journal as found are kept in its backups).</source>
            <translation>L’atelier n’a pas été fermé correctement la dernière fois : son dernier état enregistré a été récupéré (le fichier et le journal tels qu’ils ont été trouvés sont conservés dans ses sauvegardes).</translation>
        </message>
        <message>
            <source>Open a workshop</source>
            <translation>Ouvrir un atelier</translation>
        </message>
        <message>
            <source>Cannot write the sample</source>
            <translation>Impossible d'écrire l'exemple</translation>
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation>Impossible de créer l'atelier</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copie</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Enregistrer une copie sous</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>Impossible d'enregistrer une copie</translation>
        </message>
        <message>
            <source>Copy saved as {path}</source>
            <translation>Copie enregistrée sous {path}</translation>
        </message>
        <message>
            <source>Last change written to the file at {time}</source>
            <translation>Dernière modification écrite dans le fichier à {time}</translation>
        </message>
        <message>
            <source>About Mainstream Desktop</source>
            <translation>À propos de Mainstream Desktop</translation>
        </message>
        <message>
            <source>Portable mode: settings, backups and logs are kept in “{folder}”, beside the program.</source>
            <translation>Mode portable : les paramètres, les sauvegardes et les journaux sont conservés dans « {folder} », à côté du programme.</translation>
        </message>
        <message>
            <source>Settings, backups and logs are kept in “{folder}”.</source>
            <translation>Les paramètres, les sauvegardes et les journaux sont conservés dans « {folder} ».</translation>
        </message>
        <message>
            <source>Mainstream Desktop {version}

Walks a national working group through mainstreaming migration into development planning. Every change is written to the workshop file the moment it is made.</source>
            <translation>Mainstream Desktop {version}

Guide un groupe de travail national, étape par étape, dans l'intégration de la migration dans la planification du développement. Chaque modification est écrite dans le fichier de l'atelier dès qu'elle est faite.</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Name at least two workshop files to merge.</source>
            <translation>Indiquez au moins deux fichiers d'atelier à fusionner.</translation>
        </message>
        <message>
            <source>{n} conflict(s); nothing was written. Decide them in the window (File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE.</source>
            <translation>{n} conflit(s) ; rien n'a été écrit. Résolvez-les dans la fenêtre (Fichier ▸ Fusionner les fichiers des groupes de travail…) ou ajoutez --resolve newest ou --resolve FILE.</translation>
        </message>
        <message>
            <source>--resolve takes “newest” or one of the files being merged, not “{value}”.</source>
            <translation>--resolve accepte « newest » ou l'un des fichiers à fusionner, et non « {value} ».</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>refers to it</source>
            <translation>y renvoie</translation>
        </message>
        <message>
            <source>changed differently</source>
            <translation>modifié différemment</translation>
        </message>
        <message>
            <source>edited in one file, deleted in another</source>
            <translation>modifié dans un fichier, supprimé dans un autre</translation>
        </message>
        <message>
            <source>refers to a record another file deleted</source>
            <translation>renvoie à un enregistrement supprimé dans un autre fichier</translation>
        </message>
        <message>
            <source>added in two files with the same name</source>
            <translation>ajouté dans deux fichiers avec le même nom</translation>
        </message>
        <message>
            <source>parents form a cycle once combined</source>
            <translation>les parents forment une boucle une fois les fichiers combinés</translation>
        </message>
        <message>
            <source>“{name}” is a copy of another workshop than “{first}”; only copies of one workshop can be merged.</source>
            <translation>« {name} » est une copie d'un autre atelier que « {first} » ; seules les copies d'un même atelier peuvent être fusionnées.</translation>
        </message>
        <message>
            <source>“{name}” has a damaged change journal (entry {n}); it cannot be merged. Check it with “mainstream-desktop check”.</source>
            <translation>« {name} » a un journal des modifications endommagé (entrée {n}) ; il ne peut pas être fusionné. Vérifiez-le avec « mainstream-desktop check ».</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>appareil {id}</translation>
        </message>
        <message>
            <source>{n} conflict(s) are not decided; nothing was written.</source>
            <translation>{n} conflit(s) non résolu(s) ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>The merged workshop would not be valid: {why}. Nothing was written.</source>
            <translation>L'atelier fusionné ne serait pas valide : {why}. Rien n'a été écrit.</translation>
        </message>
        <message>
            <source>A working group needs a name (at most 80 characters).</source>
            <translation>Un groupe de travail doit avoir un nom (80 caractères au maximum).</translation>
        </message>
        <message>
            <source>{name} [{group}]:</source>
            <translation>{name} [{group}] :</translation>
        </message>
        <message>
            <source>no changes since the copies parted</source>
            <translation>aucune modification depuis la création des copies</translation>
        </message>
        <message>
            <source>{register}: {added} added, {changed} changed, {deleted} deleted</source>
            <translation>{register} : {added} ajout(s), {changed} modification(s), {deleted} suppression(s)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge working-group files</source>
            <translation>Fusionner les fichiers des groupes de travail</translation>
        </message>
        <message>
            <source>Review the merge</source>
            <translation>Examiner la fusion</translation>
        </message>
        <message>
            <source>Newest wins for the rest</source>
            <translation>Le plus récent l'emporte pour le reste</translation>
        </message>
        <message>
            <source>Decide every conflict still open by keeping the latest change (a name added twice keeps both records)</source>
            <translation>Résoudre chaque conflit encore ouvert en conservant la modification la plus récente (un nom ajouté deux fois conserve les deux enregistrements)</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Fusionner…</translation>
        </message>
        <message>
            <source>Write the merged workshop as a new file</source>
            <translation>Écrire l'atelier fusionné dans un nouveau fichier</translation>
        </message>
        <message>
            <source>Working groups' files to merge</source>
            <translation>Fichiers des groupes de travail à fusionner</translation>
        </message>
        <message>
            <source>{name} — the workshop open in this window</source>
            <translation>{name} — l'atelier ouvert dans cette fenêtre</translation>
        </message>
        <message>
            <source>Reading {n} files…</source>
            <translation>Lecture de {n} fichiers…</translation>
        </message>
        <message>
            <source>No conflicts: the files' changes fit together.</source>
            <translation>Aucun conflit : les modifications des fichiers sont compatibles.</translation>
        </message>
        <message>
            <source>This workshop</source>
            <translation>Cet atelier</translation>
        </message>
        <message>
            <source>Step and register</source>
            <translation>Étape et registre</translation>
        </message>
        <message>
            <source>No file changed anything since the copies were made.</source>
            <translation>Aucun fichier n'a été modifié depuis la création des copies.</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>conserver les deux</translation>
        </message>
        <message>
            <source>{group}'s version</source>
            <translation>version de {group}</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conserver</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Modifié par</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Keep all of them (all but the oldest are renamed after their group)</source>
            <translation>Les conserver tous (tous, sauf le plus ancien, sont renommés d'après leur groupe)</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusionné</translation>
        </message>
        <message>
            <source>Save the merged workshop as</source>
            <translation>Enregistrer l'atelier fusionné sous</translation>
        </message>
        <message>
            <source>“{name}” is one of the files being merged; choose a new file for the result.</source>
            <translation>« {name} » fait partie des fichiers à fusionner ; choisissez un nouveau fichier pour le résultat.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <source>Merged: {n} change(s) written to {path}.</source>
            <translation>Fusion effectuée : {n} modification(s) écrite(s) dans {path}.</translation>
        </message>
        <message>
            <source>Merge written</source>
            <translation>Fusion enregistrée</translation>
        </message>
        <message>
            <source>The merged workshop was written to “{name}”. None of the merged files was changed. Open the merged workshop now?</source>
            <translation>L'atelier fusionné a été écrit dans « {name} ». Aucun des fichiers fusionnés n'a été modifié. Ouvrir l'atelier fusionné maintenant ?</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Échec : {reason}</translation>
        </message>
        <message>
            <source>{n} files</source>
            <translation>{n} fichiers</translation>
        </message>
        <message>
            <source>{files}; no conflicts. Press Merge… to write the merged workshop.</source>
            <translation>{files} ; aucun conflit. Cliquez sur Fusionner… pour écrire l'atelier fusionné.</translation>
        </message>
        <message>
            <source>{files}; {total} conflict(s), {left} still to decide: choose a version for each, or let the newest win for the rest.</source>
            <translation>{files} ; {total} conflit(s), dont {left} encore à résoudre : choisissez une version pour chacun, ou laissez le plus récent l'emporter pour le reste.</translation>
        </message>
        <message>
            <source>{files}; all {total} conflict(s) decided. Press Merge… to write the merged workshop.</source>
            <translation>{files} ; les {total} conflit(s) sont résolus. Cliquez sur Fusionner… pour écrire l'atelier fusionné.</translation>
        </message>
    </context>
    <context>
        <name>MergeReview</name>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted</source>
            <translation>{added} ajout(s), {changed} modification(s), {deleted} suppression(s)</translation>
        </message>
        <message>
            <source>Changed differently</source>
            <translation>Modifié différemment</translation>
        </message>
        <message>
            <source>Edited here, deleted there</source>
            <translation>Modifié ici, supprimé là</translation>
        </message>
        <message>
            <source>Refers to a deleted record</source>
            <translation>Renvoie à un enregistrement supprimé</translation>
        </message>
        <message>
            <source>Added twice</source>
            <translation>Ajouté deux fois</translation>
        </message>
        <message>
            <source>Parents in a circle</source>
            <translation>Parents en boucle</translation>
        </message>
        <message>
            <source>{what}: the files changed this field to different values. Keep one of them.</source>
            <translation>{what} : les fichiers ont donné à ce champ des valeurs différentes. Conservez l'une d'elles.</translation>
        </message>
        <message>
            <source>{what} was deleted in one file and edited in another. Delete it, or keep it with the edits.</source>
            <translation>{what} : supprimé dans un fichier et modifié dans un autre. Supprimez-le, ou conservez-le avec les modifications.</translation>
        </message>
        <message>
            <source>{what} refers to a record another file deleted. Let the deletion stand (the reference goes), or keep the record it refers to.</source>
            <translation>{what} : renvoie à un enregistrement supprimé dans un autre fichier. Maintenez la suppression (la référence disparaît), ou conservez l'enregistrement visé.</translation>
        </message>
        <message>
            <source>Two files each added a record with the same name. Keep one (the other's references move to it), or keep both (the later one is renamed after its group).</source>
            <translation>Deux fichiers ont chacun ajouté un enregistrement portant le même nom. Conservez-en un (les références à l'autre lui sont transférées), ou conservez les deux (le plus récent est renommé d'après son groupe).</translation>
        </message>
        <message>
            <source>{what}: once combined, these records would each be the other's parent. Keep one side; the other's parent is cleared.</source>
            <translation>{what} : une fois les fichiers combinés, chacun de ces enregistrements serait le parent de l'autre. Conservez l'une des versions ; le parent de l'autre est effacé.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>Enregistrement supprimé</translation>
        </message>
        <message>
            <source>Edited the record: keep it, with the edits</source>
            <translation>Enregistrement modifié : le conserver, avec les modifications</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the {what} referring to it is deleted too</source>
            <translation>« {name} » supprimé : l'enregistrement ({what}) qui y renvoie est également supprimé</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the reference to it is cleared</source>
            <translation>« {name} » supprimé : la référence à cet enregistrement est effacée</translation>
        </message>
        <message>
            <source>Refers to “{name}”: keep “{name}”</source>
            <translation>Renvoie à « {name} » : conserver « {name} »</translation>
        </message>
        <message>
            <source>Added “{name}”: keep this one</source>
            <translation>« {name} » ajouté : conserver celui-ci</translation>
        </message>
        <message>
            <source>Put “{child}” under “{parent}”</source>
            <translation>Placer « {child} » sous « {parent} »</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>{user}
device {device}</source>
            <translation>{user}
appareil {device}</translation>
        </message>
        <message>
            <source>The working groups' files to merge, copies of this one workshop. The first is the base; the merged workshop is written as a new file, and none of these files is changed.</source>
            <translation>Fichiers des groupes de travail à fusionner, qui sont tous des copies de ce même atelier. Le premier sert de base ; l'atelier fusionné est écrit dans un nouveau fichier, et aucun de ces fichiers n'est modifié.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Ajouter des fichiers…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>What each file changed since the copies were made (+ added, ~ changed, − deleted)</source>
            <translation>Modifications apportées par chaque fichier depuis la création des copies (+ ajouté, ~ modifié, − supprimé)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registre</translation>
        </message>
        <message>
            <source>Conflicts: for each, choose the version that goes into the merged workshop</source>
            <translation>Conflits : pour chacun, choisissez la version qui entre dans l'atelier fusionné</translation>
        </message>
    </context>
    <context>
        <name>MultiEditor</name>
        <message>
            <source>Filter…</source>
            <translation>Filtrer…</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>The steps of the workshop and how complete each is; Alt+1 to Alt+9 go to a step</source>
            <translation>Les étapes de l’atelier et leur degré d’achèvement ; Alt+1 à Alt+9 mènent à une étape</translation>
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <source>{step}: {done} of {total} checks done</source>
            <translation>{step} : {done} contrôles sur {total} effectués</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Reste à faire :</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Terminé</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
        <message>
            <source>Add stakeholders and the links between them (who reports to, funds or works with whom).</source>
            <translation>Ajoutez les parties prenantes et les liens entre elles (qui rend compte à qui, qui finance qui, qui travaille avec qui).</translation>
        </message>
        <message>
            <source>{name}
{type}
Influence {weight} · {links} link(s)</source>
            <translation>{name}
{type}
Influence {weight} · {links} lien(s)</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Larger = more influence</source>
            <translation>Plus grand = plus d'influence</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Type de partie prenante</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshop</name>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>e.g. National consultation on migration and development</source>
            <translation>p. ex. Consultation nationale sur la migration et le développement</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Pays</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Début</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>Fi&amp;n</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Tapez pour rechercher…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>atelier</translation>
        </message>
        <message>
            <source>Keep the workshop in</source>
            <translation>Enregistrer l'atelier dans</translation>
        </message>
        <message>
            <source>Give the workshop a title.</source>
            <translation>Donnez un titre à l'atelier.</translation>
        </message>
        <message>
            <source>Choose the country from the list.</source>
            <translation>Choisissez le pays dans la liste.</translation>
        </message>
        <message>
            <source>Choose where to keep the workshop file.</source>
            <translation>Choisissez où enregistrer le fichier de l'atelier.</translation>
        </message>
        <message>
            <source>“{name}” already exists; choose another file name.</source>
            <translation>« {name} » existe déjà ; choisissez un autre nom de fichier.</translation>
        </message>
    </context>
    <context>
        <name>PictureFrame</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
        <message>
            <source>Open or create a workshop.</source>
            <translation>Ouvrez ou créez un atelier.</translation>
        </message>
    </context>
    <context>
        <name>PictureHost</name>
        <message>
            <source>This picture cannot be shown.</source>
            <translation>Cette image ne peut pas être affichée.</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Grille pouvoir–intérêt</translation>
        </message>
        <message>
            <source>Network of stakeholders</source>
            <translation>Réseau des parties prenantes</translation>
        </message>
        <message>
            <source>Coverage heatmap</source>
            <translation>Carte de couverture</translation>
        </message>
        <message>
            <source>Coherence overview</source>
            <translation>Vue d’ensemble de la cohérence</translation>
        </message>
        <message>
            <source>Trends of the indicators</source>
            <translation>Tendances des indicateurs</translation>
        </message>
        <message>
            <source>Arrow keys move between the items, Enter opens the selected one beside the chart.</source>
            <translation>Les flèches passent d’un élément à l’autre, Entrée ouvre l’élément choisi à côté du graphique.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Type not set</source>
            <translation>Type non défini</translation>
        </message>
    </context>
    <context>
        <name>PowerInterestView</name>
        <message>
            <source>{name}
{type}
Influence {influence}, interest {interest}</source>
            <translation>{name}
{type}
Influence {influence}, intérêt {interest}</translation>
        </message>
        <message>
            <source>Stakeholders in this cell</source>
            <translation>Parties prenantes de cette case</translation>
        </message>
        <message>
            <source>Interest in the outcome</source>
            <translation>Intérêt pour le résultat</translation>
        </message>
        <message>
            <source>Influence over the process</source>
            <translation>Influence sur le processus</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Rien à afficher pour l'instant.</translation>
        </message>
        <message>
            <source>Rate the stakeholders' influence and interest (1–5) and they appear on the grid, where you can drag them between cells.</source>
            <translation>Notez l'influence et l'intérêt des parties prenantes (1–5) : elles apparaissent alors sur la grille, où vous pouvez les faire glisser d'une case à l'autre.</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Type de partie prenante</translation>
        </message>
        <message>
            <source>Reading the grid</source>
            <translation>Comment lire la grille</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>This workshop is open read-only; nothing was changed.</source>
            <translation>Cet atelier est ouvert en lecture seule ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>un autre programme</translation>
        </message>
        <message>
            <source>“{name}” is being written just now; try again in a moment.</source>
            <translation>« {name} » est en cours d'écriture ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>Atelier en cours d'utilisation</translation>
        </message>
        <message>
            <source>You can open it read-only: you see it as it is now and can export the report and workbook, but cannot change it. To edit, close it in the other window first.</source>
            <translation>Vous pouvez l'ouvrir en lecture seule : vous le voyez tel qu'il est maintenant et pouvez exporter le rapport et le classeur, mais vous ne pouvez pas le modifier. Pour y apporter des modifications, fermez-le d'abord dans l'autre fenêtre.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <source>The workshop is open read-only; nothing was changed.</source>
            <translation>L'atelier est ouvert en lecture seule ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Read-only — held by {holder}.</source>
            <translation>Lecture seule — atelier ouvert par {holder}.</translation>
        </message>
        <message>
            <source>You see the workshop as it was when you opened it. Exports work; nothing can be changed. To edit, close it in the other window, then open it again.</source>
            <translation>Vous voyez l'atelier tel qu'il était à son ouverture. Les exports restent possibles ; rien ne peut être modifié. Pour le modifier, fermez-le dans l'autre fenêtre, puis rouvrez-le.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New: {what}</source>
            <translation>Nouveau : {what}</translation>
        </message>
        <message>
            <source>Select a record to see it</source>
            <translation>Sélectionnez un enregistrement pour l'afficher</translation>
        </message>
        <message>
            <source>Select a record, or press Ctrl+N to add one</source>
            <translation>Sélectionnez un enregistrement ou appuyez sur Ctrl+N pour en ajouter un</translation>
        </message>
        <message>
            <source>Last changed {when}</source>
            <translation>Dernière modification : {when}</translation>
        </message>
        <message>
            <source>Added. Press Ctrl+N to add another.</source>
            <translation>Ajouté. Appuyez sur Ctrl+N pour en ajouter un autre.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>Non ajouté — {reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add the record (Enter)</source>
            <translation>Ajouter l'enregistrement (Entrée)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Discard the new record (Esc)</source>
            <translation>Abandonner le nouvel enregistrement (Échap)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Coordination mechanisms</source>
            <translation>Mécanismes de coordination</translation>
        </message>
        <message>
            <source>Coordination mechanism</source>
            <translation>Mécanisme de coordination</translation>
        </message>
        <message>
            <source>Mechanism members</source>
            <translation>Membres des mécanismes</translation>
        </message>
        <message>
            <source>Mechanism member</source>
            <translation>Membre de mécanisme</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>Instruments internationaux</translation>
        </message>
        <message>
            <source>Instrument status</source>
            <translation>Statut d'instrument</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>Liste de contrôle de l'état de préparation</translation>
        </message>
        <message>
            <source>Readiness item</source>
            <translation>Critère de préparation</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Partie prenante</translation>
        </message>
        <message>
            <source>Stakeholder links</source>
            <translation>Liens entre parties prenantes</translation>
        </message>
        <message>
            <source>Stakeholder link</source>
            <translation>Lien entre parties prenantes</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Sources de données</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Source de données</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>Couverture des indicateurs</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>Indicator values</source>
            <translation>Valeurs des indicateurs</translation>
        </message>
        <message>
            <source>Indicator value</source>
            <translation>Valeur d’indicateur</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Secteurs</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Sector assessments</source>
            <translation>Évaluations sectorielles</translation>
        </message>
        <message>
            <source>Sector assessment</source>
            <translation>Évaluation sectorielle</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Politiques</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Politique</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Review calendar</source>
            <translation>Calendrier des examens</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Examens</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search {what}…</source>
            <translation>Rechercher ({what})…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Add a {what} (Ctrl+N)</source>
            <translation>Ajouter : {what} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected record ({key}; {table_key} in the table)</source>
            <translation>Supprimer l’enregistrement sélectionné ({key} ; {table_key} dans le tableau)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Qui a modifié quoi dans l'enregistrement sélectionné, et quand (Ctrl+H)</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>L'atelier est ouvert en lecture seule</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>Select a record to see its history.</source>
            <translation>Sélectionnez un enregistrement pour afficher son historique.</translation>
        </message>
        <message>
            <source>Delete with dependents?</source>
            <translation>Supprimer avec les éléments dépendants ?</translation>
        </message>
        <message>
            <source>“{name}” is used by {count} other record(s). Delete it and remove those records or references too? (Undo brings everything back.)</source>
            <translation>« {name} » est utilisé par {count} autre(s) enregistrement(s). Le supprimer et supprimer aussi ces enregistrements ou références ? (Annuler rétablit tout.)</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Suppression impossible</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
            <translation>« {name} » supprimé. Ctrl+Z le rétablit.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Unknown paper size “{paper}” (use a4 or letter).</source>
            <translation>Format de papier inconnu « {paper} » (utilisez a4 ou letter).</translation>
        </message>
        <message>
            <source>Unknown report language “{lang}”.</source>
            <translation>Langue de rapport inconnue « {lang} ».</translation>
        </message>
        <message>
            <source>Mainstreaming migration into development planning</source>
            <translation>Intégration de la migration dans la planification du développement</translation>
        </message>
        <message>
            <source>Draft for validation</source>
            <translation>Projet à valider</translation>
        </message>
        <message>
            <source>migration</source>
            <translation>migration</translation>
        </message>
        <message>
            <source>development planning</source>
            <translation>planification du développement</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>objectifs de développement durable</translation>
        </message>
        <message>
            <source>Global Compact for Migration</source>
            <translation>Pacte mondial pour des migrations sûres, ordonnées et régulières</translation>
        </message>
        <message>
            <source>Actions are ranked by priority (high, medium, low); actions of equal priority by expected impact (5 = transformative first), then by feasibility (5 = ready to start first); then by the shorter timeframe.</source>
            <translation>Les actions sont classées par priorité (haute, moyenne, basse) ; à priorité égale, par impact attendu (5 = transformateur en premier), puis par faisabilité (5 = peut démarrer immédiatement en premier) ; enfin, par échéance, la plus courte en premier.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Prioritised actions</source>
            <translation>Actions prioritaires</translation>
        </message>
        <message>
            <source>Impact / feasibility</source>
            <translation>Impact / faisabilité</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Coût estimatif</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>Actions by priority and timeframe</source>
            <translation>Actions par priorité et par échéance</translation>
        </message>
        <message>
            <source>Working groups whose work was merged</source>
            <translation>Groupes de travail dont les travaux ont été fusionnés</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Groupe de travail</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Merged on</source>
            <translation>Fusionné le</translation>
        </message>
        <message>
            <source>Annex {letter}. {title}</source>
            <translation>Annexe {letter}. {title}</translation>
        </message>
        <message>
            <source>Reference lists used</source>
            <translation>Listes de référence utilisées</translation>
        </message>
        <message>
            <source>SDG targets and indicators</source>
            <translation>Cibles et indicateurs des ODD</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Révision</translation>
        </message>
        <message>
            <source>Source: United Nations, global indicator framework for the Sustainable Development Goals (A/RES/71/313 and later revisions).</source>
            <translation>Source : Organisation des Nations Unies, cadre mondial d’indicateurs relatifs aux objectifs de développement durable (A/RES/71/313 et révisions ultérieures).</translation>
        </message>
        <message>
            <source>Objectives of the Global Compact for Migration</source>
            <translation>Objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Source: Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).</source>
            <translation>Source : Pacte mondial pour des migrations sûres, ordonnées et régulières (A/RES/73/195).</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nom abrégé</translation>
        </message>
        <message>
            <source>Source: the texts of the instruments, by title and year of adoption.</source>
            <translation>Source : textes des instruments, par titre et année d’adoption.</translation>
        </message>
        <message>
            <source>SDG titles follow the global indicator framework as revised in 2025 (E/CN.3/2025/6) where the revision column says 2025.</source>
            <translation>Les intitulés des ODD suivent le cadre mondial d'indicateurs tel que révisé en 2025 (E/CN.3/2025/6) lorsque la colonne Révision indique 2025.</translation>
        </message>
        <message>
            <source>Recorded but not listed: regional instruments of an organisation the workshop's country is not recorded as a member of: {names}.</source>
            <translation>Enregistrés mais absents du tableau : instruments régionaux d’une organisation dont le pays de l’atelier n’est pas enregistré comme membre : {names}.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Members: {names}.</source>
            <translation>Membres : {names}.</translation>
        </message>
        <message>
            <source>Legal and policy gap analysis</source>
            <translation>Analyse des lacunes juridiques et politiques</translation>
        </message>
        <message>
            <source>The review covers the core international instruments and the regional instruments of: {regions}.</source>
            <translation>L’examen porte sur les principaux instruments internationaux et sur les instruments régionaux des organisations suivantes : {regions}.</translation>
        </message>
        <message>
            <source>The review covers the core international instruments. No regional organisation is recorded for the workshop, so no regional instrument is reviewed.</source>
            <translation>L’examen porte sur les principaux instruments internationaux. Aucune organisation régionale n’est enregistrée pour l’atelier ; aucun instrument régional n’est donc examiné.</translation>
        </message>
        <message>
            <source>Core instruments with no recorded status</source>
            <translation>Principaux instruments sans statut enregistré</translation>
        </message>
        <message>
            <source>Finding: core instruments that apply with no recorded status: {n} of {total}. The group should establish whether the country is party to each.</source>
            <translation>Constat : principaux instruments applicables sans statut enregistré : {n} sur {total}. Le groupe devrait établir si le pays est partie à chacun d’eux.</translation>
        </message>
        <message>
            <source>Every core instrument that applies has a recorded status.</source>
            <translation>Chacun des principaux instruments applicables a un statut enregistré.</translation>
        </message>
        <message>
            <source>Instruments not joined, and what answers them</source>
            <translation>Instruments auxquels le pays n’est pas partie, et réponses prévues</translation>
        </message>
        <message>
            <source>No action or recommendation</source>
            <translation>Aucune action ni recommandation</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Finding: not joined, with no action and no recommendation yet: {names}.</source>
            <translation>Constat : instruments auxquels le pays n’est pas partie, sans action ni recommandation à ce jour : {names}.</translation>
        </message>
        <message>
            <source>Every instrument the country has not joined is answered by an action or a recommendation.</source>
            <translation>Chaque instrument auquel le pays n’est pas partie fait l’objet d’une action ou d’une recommandation.</translation>
        </message>
        <message>
            <source>Reporting obligations</source>
            <translation>Obligations en matière de présentation de rapports</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Finding: reports due before {year} and not yet submitted: {names}.</source>
            <translation>Constat : rapports attendus avant {year} et non encore soumis : {names}.</translation>
        </message>
        <message>
            <source>✓ in place · ◐ partly · ✗ not in place · ? unknown</source>
            <translation>✓ en place · ◐ en partie · ✗ pas en place · ? inconnu</translation>
        </message>
        <message>
            <source>Known gaps in the sources</source>
            <translation>Lacunes connues des sources</translation>
        </message>
        <message>
            <source>Best coverage</source>
            <translation>Meilleure couverture</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>Couverture des indicateurs</translation>
        </message>
        <message>
            <source>Indicators by the best coverage any data source gives them ({n} indicators).</source>
            <translation>Indicateurs selon la meilleure couverture offerte par une source de données ({n} indicateurs).</translation>
        </message>
        <message>
            <source>Coverage of the first {rows} of {all_rows} indicators by the {cols} data sources that cover them most (at most {max_rows} × {max_cols} shown).</source>
            <translation>Couverture des {rows} premiers indicateurs sur {all_rows} par les {cols} sources de données qui les couvrent le plus ({max_rows} × {max_cols} au maximum affichés).</translation>
        </message>
        <message>
            <source>Which data source can feed which indicator.</source>
            <translation>Quelle source de données peut alimenter quel indicateur.</translation>
        </message>
        <message>
            <source>Disaggregation gaps</source>
            <translation>Lacunes de ventilation</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators need is available from at least one source.</source>
            <translation>Chaque ventilation requise par les indicateurs est disponible dans au moins une source.</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>{n} indicators lack at least one disaggregation they need. Most often missing: {list}.</source>
            <translation>{n} indicateurs ne disposent pas d'au moins une des ventilations requises. Ventilations le plus souvent manquantes : {list}.</translation>
        </message>
        <message>
            <source>Not available from any source</source>
            <translation>Disponible dans aucune source</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Grille pouvoir–intérêt</translation>
        </message>
        <message>
            <source>No stakeholder has been rated for influence and interest yet.</source>
            <translation>Aucune partie prenante n'a encore été notée pour l'influence et l'intérêt.</translation>
        </message>
        <message>
            <source>Number of stakeholders in each cell of the grid ({n} rated); the table above names them all.</source>
            <translation>Nombre de parties prenantes dans chaque case de la grille ({n} notées) ; le tableau ci-dessus les nomme toutes.</translation>
        </message>
        <message>
            <source>Stakeholders by influence and interest ({n} rated). Marker shape shows the kind of body.</source>
            <translation>Parties prenantes selon l'influence et l'intérêt ({n} notées). La forme du marqueur indique le type d'organisme.</translation>
        </message>
        <message>
            <source>Engagement quadrant</source>
            <translation>Quadrant d'implication</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <source>Stakeholders by engagement quadrant</source>
            <translation>Parties prenantes par quadrant d’implication</translation>
        </message>
        <message>
            <source>Relations between stakeholders</source>
            <translation>Relations entre parties prenantes</translation>
        </message>
        <message>
            <source>No relations between stakeholders were recorded.</source>
            <translation>Aucune relation entre parties prenantes n'a été enregistrée.</translation>
        </message>
        <message>
            <source>{n} stakeholders and {m} relations, summarised by kind of body: circle size and number show how many bodies, line weight and number how many relations.</source>
            <translation>{n} parties prenantes et {m} relations, résumées par type d'organisme : la taille et le chiffre des cercles indiquent le nombre d'organismes, l'épaisseur et le chiffre des lignes le nombre de relations.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations; only the {top} most connected are named.</source>
            <translation>Réseau de {n} parties prenantes et {m} relations ; seules les {top} plus connectées sont nommées.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations. Marker size shows influence; line style shows the kind of relation.</source>
            <translation>Réseau de {n} parties prenantes et {m} relations. La taille du marqueur indique l'influence ; le style de ligne indique le type de relation.</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Lacunes et chevauchements</translation>
        </message>
        <message>
            <source>Tensions and overlaps between stakeholders</source>
            <translation>Tensions et chevauchements entre parties prenantes</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Avec qui</translation>
        </message>
        <message>
            <source>Areas with no public mandate</source>
            <translation>Domaines sans mandat public</translation>
        </message>
        <message>
            <source>Finding: no government body lists these reviewed sectors among its thematic areas.</source>
            <translation>Constat : aucun organe gouvernemental ne compte ces secteurs examinés parmi ses domaines thématiques.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Covered only by</source>
            <translation>Couvert uniquement par</translation>
        </message>
        <message>
            <source>Every reviewed sector is in the mandate of at least one government body.</source>
            <translation>Chaque secteur examiné relève du mandat d’au moins un organe gouvernemental.</translation>
        </message>
        <message>
            <source>Possible overlaps</source>
            <translation>Chevauchements possibles</translation>
        </message>
        <message>
            <source>Finding: several government bodies of the same level claim these areas, and no coordinating link, parent body or working coordination mechanism ties each group to the others.</source>
            <translation>Constat : plusieurs organes gouvernementaux de même niveau revendiquent ces domaines, et aucun lien de coordination, organe de tutelle ou mécanisme de coordination opérationnel ne relie chaque groupe aux autres.</translation>
        </message>
        <message>
            <source>Groups of bodies not linked to each other</source>
            <translation>Groupes d’organes non reliés entre eux</translation>
        </message>
        <message>
            <source>No area is claimed by government bodies without a coordinating link between them.</source>
            <translation>Aucun domaine n’est revendiqué par des organes gouvernementaux dépourvus de lien de coordination entre eux.</translation>
        </message>
        <message>
            <source>Gaps noted by the group</source>
            <translation>Lacunes relevées par le groupe</translation>
        </message>
        <message>
            <source>Mandates</source>
            <translation>Mandats</translation>
        </message>
        <message>
            <source>Policy coherence overview</source>
            <translation>Vue d'ensemble de la cohérence des politiques</translation>
        </message>
        <message>
            <source>Coherence score assessed for each sector (bars) and the number of policies judged coherent, partly coherent or incoherent with migration goals.</source>
            <translation>Note de cohérence attribuée à chaque secteur (barres) et nombre de politiques jugées cohérentes, partiellement cohérentes ou incohérentes avec les objectifs migratoires.</translation>
        </message>
        <message>
            <source>Policies reviewed: {sector}</source>
            <translation>Politiques examinées : {sector}</translation>
        </message>
        <message>
            <source>No finding recorded yet.</source>
            <translation>Aucun constat enregistré pour l’instant.</translation>
        </message>
        <message>
            <source>Human rights and gender</source>
            <translation>Droits de l’homme et genre</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>Signalé dans</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations and the sectors that raised them</source>
            <translation>Groupes en situation de vulnérabilité et secteurs qui les ont signalés</translation>
        </message>
        <message>
            <source>Sectors with a finding on human rights or gender: {n} of {total}.</source>
            <translation>Secteurs ayant fait l’objet d’un constat sur les droits de l’homme ou le genre : {n} sur {total}.</translation>
        </message>
        <message>
            <source>Finding: no human-rights or gender finding yet for: {sectors}.</source>
            <translation>Constat : pas encore de constat relatif aux droits de l’homme ou au genre pour les secteurs suivants : {sectors}.</translation>
        </message>
        <message>
            <source>Knock-on effects between sectors</source>
            <translation>Effets induits entre secteurs</translation>
        </message>
        <message>
            <source>Sectors most often affected by the policies of others: {sectors}.</source>
            <translation>Secteurs les plus souvent touchés par les politiques d’autres secteurs : {sectors}.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>The workshop</source>
            <translation>L'atelier</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Horaire</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>{n} participants from {orgs} organisations took part.</source>
            <translation>{n} participants issus de {orgs} organisations ont pris part à l'atelier.</translation>
        </message>
        <message>
            <source>Participants by sex and role</source>
            <translation>Participants par sexe et par rôle</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Coherence score (1–5)</source>
            <translation>Note de cohérence (1–5)</translation>
        </message>
        <message>
            <source>Policies in force</source>
            <translation>Politiques en vigueur</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>non évalué</translation>
        </message>
        <message>
            <source>{n} relations within</source>
            <translation>{n} relations internes</translation>
        </message>
        <message>
            <source>Figure {number}. {caption}</source>
            <translation>Figure {number}. {caption}</translation>
        </message>
        <message>
            <source>Table {number}. {caption}</source>
            <translation>Tableau {number}. {caption}</translation>
        </message>
        <message>
            <source>Source: workshop data, {date}.</source>
            <translation>Source : données de l’atelier, {date}.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Aucun élément enregistré.</translation>
        </message>
        <message>
            <source>The logo file “{name}” does not exist.</source>
            <translation>Le fichier de logo « {name} » n'existe pas.</translation>
        </message>
        <message>
            <source>The logo “{name}” cannot be read as an image; use a PNG or JPEG file.</source>
            <translation>Le logo « {name} » ne peut pas être lu comme une image ; utilisez un fichier PNG ou JPEG.</translation>
        </message>
        <message>
            <source>The logo “{name}” is empty.</source>
            <translation>Le logo « {name} » est vide.</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>Organisé par</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>Colophon</translation>
        </message>
        <message>
            <source>Report produced on {date} with Mainstream Desktop {version}, from the workshop's own records. Set in Noto Sans, Noto Naskh Arabic and WenQuanYi Micro Hei.</source>
            <translation>Rapport produit le {date} avec Mainstream Desktop {version}, à partir des données de l’atelier. Composé en Noto Sans, Noto Naskh Arabic et WenQuanYi Micro Hei.</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Table des matières</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Liste des figures</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Liste des tableaux</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Page {page} sur {total}</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Résumé analytique</translation>
        </message>
        <message>
            <source>Main gaps</source>
            <translation>Principales lacunes</translation>
        </message>
        <message>
            <source>The checks of every step are complete.</source>
            <translation>Les vérifications de toutes les étapes sont terminées.</translation>
        </message>
        <message>
            <source>Top priorities</source>
            <translation>Priorités principales</translation>
        </message>
        <message>
            <source>No actions have been recorded yet.</source>
            <translation>Aucune action n'a encore été enregistrée.</translation>
        </message>
        <message>
            <source>The workshop “{title}” for {country} took place in {venue}, {dates}.</source>
            <translation>L'atelier « {title} » ({country}) s'est tenu à {venue}, {dates}.</translation>
        </message>
        <message>
            <source>This report presents the workshop “{title}” for {country}.</source>
            <translation>Le présent rapport rend compte de l'atelier « {title} » ({country}).</translation>
        </message>
        <message>
            <source>{n} participant took part.</source>
            <translation>{n} participant a pris part à l'atelier.</translation>
        </message>
        <message>
            <source>{n} participants took part.</source>
            <translation>{n} participants ont pris part à l'atelier.</translation>
        </message>
        <message>
            <source>{n} political commitment was recorded.</source>
            <translation>{n} engagement politique a été enregistré.</translation>
        </message>
        <message>
            <source>{n} political commitments were recorded.</source>
            <translation>{n} engagements politiques ont été enregistrés.</translation>
        </message>
        <message>
            <source>{n} of them is adopted or in force.</source>
            <translation>{n} d’entre eux est adopté ou en vigueur.</translation>
        </message>
        <message>
            <source>{n} of them are adopted or in force.</source>
            <translation>{n} d’entre eux sont adoptés ou en vigueur.</translation>
        </message>
        <message>
            <source>None of them is adopted or in force yet.</source>
            <translation>Aucun d’entre eux n’est encore adopté ou en vigueur.</translation>
        </message>
        <message>
            <source>{n} stakeholder was mapped.</source>
            <translation>{n} partie prenante a été cartographiée.</translation>
        </message>
        <message>
            <source>{n} stakeholders were mapped.</source>
            <translation>{n} parties prenantes ont été cartographiées.</translation>
        </message>
        <message>
            <source>{n} of them should be managed closely (high influence and high interest).</source>
            <translation>Parties prenantes à gérer étroitement (influence et intérêt élevés) : {n}.</translation>
        </message>
        <message>
            <source>{sources} data sources and {indicators} indicators were inventoried; {uncovered} indicators have no data source that covers them yet.</source>
            <translation>{sources} sources de données et {indicators} indicateurs ont été inventoriés ; {uncovered} indicateurs ne sont encore couverts par aucune source de données.</translation>
        </message>
        <message>
            <source>The action plan holds {n} action, {high} of high priority, with an estimated cost of {cost}.</source>
            <translation>Le plan d'action compte {n} action, dont {high} de priorité élevée, pour un coût estimé à {cost}.</translation>
        </message>
        <message>
            <source>The action plan holds {n} actions, {high} of high priority, with an estimated total cost of {cost}.</source>
            <translation>Le plan d'action compte {n} actions, dont {high} de priorité élevée, pour un coût total estimé à {cost}.</translation>
        </message>
        <message>
            <source>Funding still to be found: {gaps}.</source>
            <translation>Financement restant à trouver : {gaps}.</translation>
        </message>
        <message>
            <source>{gap} of {cost}</source>
            <translation>{gap} sur {cost}</translation>
        </message>
        <message>
            <source>{amount} in a currency not stated</source>
            <translation>{amount} dans une devise non précisée</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent is {sectors} ({score}).</source>
            <translation>{n} secteurs ont été examinés, avec une cohérence moyenne des politiques de {mean} sur 5 ; le moins cohérent est {sectors} ({score}).</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent, at {score}, are {sectors}.</source>
            <translation>{n} secteurs ont été examinés, avec une cohérence moyenne des politiques de {mean} sur 5 ; les moins cohérents, à {score}, sont : {sectors}.</translation>
        </message>
        <message>
            <source>{step}: {gap}.</source>
            <translation>{step} : {gap}.</translation>
        </message>
        <message>
            <source>{n} of the {total} readiness conditions are not in place.</source>
            <translation>{n} des {total} conditions préalables ne sont pas en place.</translation>
        </message>
        <message>
            <source>Policies are weakly coherent with migration goals (score 2 or less) in {n} sectors: {names}.</source>
            <translation>Les politiques sont peu cohérentes avec les objectifs migratoires (note de 2 ou moins) dans {n} secteurs : {names}.</translation>
        </message>
        <message>
            <source>{n} of the {total} gaps found have no action in the plan yet.</source>
            <translation>{n} des {total} lacunes relevées ne font encore l’objet d’aucune action dans le plan.</translation>
        </message>
        <message>
            <source>Secured</source>
            <translation>Acquis</translation>
        </message>
        <message>
            <source>Not yet funded</source>
            <translation>Pas encore financé</translation>
        </message>
        <message>
            <source>{currency}: {secured} of {cost} secured</source>
            <translation>{currency} : {secured} acquis sur {cost}</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… et {n} autres.</translation>
        </message>
        <message>
            <source>{quadrant} ({n})</source>
            <translation>{quadrant} ({n})</translation>
        </message>
        <message>
            <source>Cut-off at {cut}: scores of {high} to 5 count as high.</source>
            <translation>Seuil à {cut} : les notes de {high} à 5 sont considérées comme élevées.</translation>
        </message>
        <message>
            <source>Markers in one cell share its score; they are spread apart only to stay readable.</source>
            <translation>Les marqueurs d’une même case partagent sa note ; ils ne sont écartés que pour rester lisibles.</translation>
        </message>
        <message>
            <source>Government and public bodies</source>
            <translation>Administrations et organismes publics</translation>
        </message>
        <message>
            <source>International partners</source>
            <translation>Partenaires internationaux</translation>
        </message>
        <message>
            <source>Civil society, migrants and communities</source>
            <translation>Société civile, migrants et communautés</translation>
        </message>
        <message>
            <source>Private sector and academia</source>
            <translation>Secteur privé et milieu universitaire</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>The migration situation</source>
            <translation>La situation migratoire</translation>
        </message>
        <message>
            <source>What the figures gathered by the working group say about migration in {country}: the latest value of each indicator, how it has changed, how it breaks down, and what is still missing.</source>
            <translation>Ce que disent les chiffres réunis par le groupe de travail sur la migration ({country}) : la dernière valeur de chaque indicateur, son évolution, sa ventilation et ce qui manque encore.</translation>
        </message>
        <message>
            <source>{with_values} of {indicators} indicators have recorded values ({values} values in all); {trends} have values in at least {years} years.</source>
            <translation>{with_values} indicateurs sur {indicators} ont des valeurs enregistrées ({values} valeurs au total) ; {trends} ont des valeurs pour au moins {years} années.</translation>
        </message>
        <message>
            <source>Topic not recorded</source>
            <translation>Thème non renseigné</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Dernière valeur</translation>
        </message>
        <message>
            <source>Key figures: {topic}</source>
            <translation>Chiffres clés : {topic}</translation>
        </message>
        <message>
            <source>No indicator value has been recorded yet.</source>
            <translation>Aucune valeur d’indicateur n’a encore été enregistrée.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendances</translation>
        </message>
        <message>
            <source>No indicator has values in {years} or more years yet.</source>
            <translation>Aucun indicateur n’a encore de valeurs pour {years} années ou plus.</translation>
        </message>
        <message>
            <source>Recorded totals of the indicators with values in at least {years} years. Each scale starts at zero; a dot marks each year with a value, the filled dot the latest.</source>
            <translation>Totaux enregistrés des indicateurs ayant des valeurs pour au moins {years} années. Chaque échelle commence à zéro ; un point marque chaque année disposant d’une valeur, le point plein la plus récente.</translation>
        </message>
        <message>
            <source>(part {n} of {all})</source>
            <translation>(partie {n} sur {all})</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>Ventilations</translation>
        </message>
        <message>
            <source>{group}: {value}</source>
            <translation>{group} : {value}</translation>
        </message>
        <message>
            <source>No disaggregated value has been recorded yet.</source>
            <translation>Aucune valeur ventilée n’a encore été enregistrée.</translation>
        </message>
        <message>
            <source>The latest values of each disaggregation recorded, by indicator.</source>
            <translation>Dernières valeurs de chaque ventilation enregistrée, par indicateur.</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Ce qui manque</translation>
        </message>
        <message>
            <source>Indicators with no value</source>
            <translation>Indicateurs sans valeur</translation>
        </message>
        <message>
            <source>{n} indicators have no recorded value.</source>
            <translation>{n} indicateurs n’ont aucune valeur enregistrée.</translation>
        </message>
        <message>
            <source>Every indicator has at least one value.</source>
            <translation>Chaque indicateur a au moins une valeur.</translation>
        </message>
        <message>
            <source>Disaggregations asked for but not recorded</source>
            <translation>Ventilations demandées mais non enregistrées</translation>
        </message>
        <message>
            <source>{n} indicators with values lack a disaggregation they ask for.</source>
            <translation>{n} indicateurs ayant des valeurs ne disposent pas d’une ventilation qu’ils demandent.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non enregistrées</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators ask for has values.</source>
            <translation>Chaque ventilation demandée par les indicateurs dispose de valeurs.</translation>
        </message>
        <message>
            <source>Values older than five years</source>
            <translation>Valeurs de plus de cinq ans</translation>
        </message>
        <message>
            <source>The workshop has no date, so the age of the values is not judged.</source>
            <translation>L’atelier n’a pas de date ; l’ancienneté des valeurs n’est donc pas évaluée.</translation>
        </message>
        <message>
            <source>Every indicator with values has one from {year} or later.</source>
            <translation>Chaque indicateur ayant des valeurs en a au moins une de {year} ou d’une année ultérieure.</translation>
        </message>
        <message>
            <source>Judged against the year of the workshop ({year}): the latest value of these indicators is from {limit} or earlier.</source>
            <translation>Par rapport à l’année de l’atelier ({year}) : la dernière valeur de ces indicateurs date de {limit} ou d’avant.</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Dernière année</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>{n} autres</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Sources de données ne couvrant aucun indicateur : {names}.</translation>
        </message>
        <message>
            <source>Currency not stated</source>
            <translation>Devise non précisée</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>Secured and unfunded cost by sector. Each currency has its own scale; amounts in different currencies are never added.</source>
            <translation>Coût acquis et non financé par secteur. Chaque devise a sa propre échelle ; les montants libellés dans des devises différentes ne sont jamais additionnés.</translation>
        </message>
        <message>
            <source>The plan is costed in several currencies. Amounts in different currencies are not added together: each has its own total.</source>
            <translation>Le coût du plan est exprimé en plusieurs devises. Les montants libellés dans des devises différentes ne sont pas additionnés : chaque devise a son propre total.</translation>
        </message>
        <message>
            <source>In {currency}: the actions cost {cost}; {secured} ({share}) is secured, and {gap} remains to be found.</source>
            <translation>En {currency} : les actions coûtent {cost} ; le montant acquis s’élève à {secured} ({share}) et il reste {gap} à trouver.</translation>
        </message>
        <message>
            <source>{n} action has a cost of {cost} with no currency stated; it is counted apart.</source>
            <translation>{n} action a un coût de {cost} sans devise précisée ; elle est comptabilisée à part.</translation>
        </message>
        <message>
            <source>{n} actions have costs of {cost} in total with no currency stated; they are counted apart.</source>
            <translation>{n} actions ont un coût total de {cost} sans devise précisée ; elles sont comptabilisées à part.</translation>
        </message>
        <message>
            <source>{n} dropped action is not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n} action abandonnée n’est prise en compte dans aucun montant, tableau ou graphique de cette section : {titles}.</translation>
        </message>
        <message>
            <source>{n} dropped actions are not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n} actions abandonnées ne sont prises en compte dans aucun montant, tableau ou graphique de cette section : {titles}.</translation>
        </message>
        <message>
            <source>{n} action has no cost estimate yet.</source>
            <translation>{n} action n’a pas encore de coût estimatif.</translation>
        </message>
        <message>
            <source>{n} actions have no cost estimate yet.</source>
            <translation>{n} actions n’ont pas encore de coût estimatif.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Funding gap</source>
            <translation>Déficit de financement</translation>
        </message>
        <message>
            <source>Share secured</source>
            <translation>Part acquise</translation>
        </message>
        <message>
            <source>Estimated cost and funding by currency</source>
            <translation>Coût estimatif et financement par devise</translation>
        </message>
        <message>
            <source>Cost by sector</source>
            <translation>Coût par secteur</translation>
        </message>
        <message>
            <source>No sector</source>
            <translation>Sans secteur</translation>
        </message>
        <message>
            <source>Cost by year</source>
            <translation>Coût par année</translation>
        </message>
        <message>
            <source>Each action's cost is spread evenly over its years, from its start year to its end year, both included.</source>
            <translation>Le coût de chaque action est réparti à parts égales sur ses années, de l’année de début à l’année de fin, toutes deux incluses.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>{n} costed action has no start or end year and is not in this table: {titles}.</source>
            <translation>{n} action chiffrée n’a pas d’année de début ou de fin et ne figure pas dans ce tableau : {titles}.</translation>
        </message>
        <message>
            <source>{n} costed actions have no start or end year and are not in this table: {titles}.</source>
            <translation>{n} actions chiffrées n’ont pas d’année de début ou de fin et ne figurent pas dans ce tableau : {titles}.</translation>
        </message>
        <message>
            <source>Partner commitments</source>
            <translation>Engagements des partenaires</translation>
        </message>
        <message>
            <source>No funding partner named</source>
            <translation>Aucun partenaire financier indiqué</translation>
        </message>
        <message>
            <source>Bodies it funds (“Funds” relations)</source>
            <translation>Organes qu’il finance (relations « Finance »)</translation>
        </message>
        <message>
            <source>Amounts are added up per currency only. The bodies a partner funds come from the relations recorded in the institutional mapping.</source>
            <translation>Les montants ne sont additionnés que par devise. Les organes financés par un partenaire sont tirés des relations enregistrées dans la cartographie institutionnelle.</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Juridique</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Cohérence des politiques</translation>
        </message>
        <message>
            <source>Coherence score 2 or less</source>
            <translation>Note de cohérence de 2 ou moins</translation>
        </message>
        <message>
            <source>A policy judged incoherent</source>
            <translation>Une politique jugée incohérente</translation>
        </message>
        <message>
            <source>Monitoring and evaluation framework</source>
            <translation>Cadre de suivi et d’évaluation</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>Valeur de référence → cible</translation>
        </message>
        <message>
            <source>Gaps and the actions that answer them</source>
            <translation>Lacunes et actions qui y répondent</translation>
        </message>
        <message>
            <source>No readiness, legal, data or coherence gap was recorded.</source>
            <translation>Aucune lacune de préparation, juridique, de données ou de cohérence n’a été enregistrée.</translation>
        </message>
        <message>
            <source>The workshop found {n} gaps: readiness conditions not in place, instruments not ratified, indicators no data source covers, and sectors whose policies are weakly coherent with migration goals. {m} of them have no action in the plan yet.</source>
            <translation>L’atelier a relevé {n} lacunes : conditions préalables qui ne sont pas en place, instruments non ratifiés, indicateurs qu’aucune source de données ne couvre et secteurs dont les politiques sont peu cohérentes avec les objectifs migratoires. {m} d’entre elles ne font encore l’objet d’aucune action dans le plan.</translation>
        </message>
        <message>
            <source>An action answers a gap when it names the readiness condition, the instrument or the indicator, or, for coherence, belongs to the same sector. Actions are numbered as in the prioritised list.</source>
            <translation>Une action répond à une lacune lorsqu’elle désigne la condition préalable, l’instrument ou l’indicateur concerné ou, s’agissant de la cohérence, lorsqu’elle relève du même secteur. Les actions sont numérotées comme dans la liste des actions prioritaires.</translation>
        </message>
        <message>
            <source>No action</source>
            <translation>Aucune action</translation>
        </message>
        <message>
            <source>Kind of gap</source>
            <translation>Type de lacune</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Lacune</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <source>Actions (#)</source>
            <translation>Actions (n°)</translation>
        </message>
        <message>
            <source>Gaps with no action</source>
            <translation>Lacunes sans action</translation>
        </message>
        <message>
            <source>Every gap found has at least one action.</source>
            <translation>Chaque lacune relevée fait l’objet d’au moins une action.</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Objectif de développement durable</translation>
        </message>
        <message>
            <source>GCM</source>
            <translation>PMM</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Pacte mondial pour des migrations sûres, ordonnées et régulières</translation>
        </message>
        <message>
            <source>ODA</source>
            <translation>APD</translation>
        </message>
        <message>
            <source>Official development assistance</source>
            <translation>Aide publique au développement</translation>
        </message>
        <message>
            <source>UPR</source>
            <translation>EPU</translation>
        </message>
        <message>
            <source>Universal Periodic Review</source>
            <translation>Examen périodique universel</translation>
        </message>
        <message>
            <source>ILO</source>
            <translation>OIT</translation>
        </message>
        <message>
            <source>International Labour Organization</source>
            <translation>Organisation internationale du Travail</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>OIM</translation>
        </message>
        <message>
            <source>International Organization for Migration</source>
            <translation>Organisation internationale pour les migrations</translation>
        </message>
        <message>
            <source>UNDP</source>
            <translation>PNUD</translation>
        </message>
        <message>
            <source>United Nations Development Programme</source>
            <translation>Programme des Nations Unies pour le développement</translation>
        </message>
        <message>
            <source>The designations employed and the presentation of material in this report do not imply the expression of any opinion whatsoever on the part of the organisers or their partners concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries. The findings, interpretations and conclusions expressed are those of the working group that prepared the report and do not necessarily reflect the views of the organisations that supported the consultation. Mention of an organisation, a firm or a commercial product does not imply its endorsement.</source>
            <translation>Les appellations employées dans le présent rapport et la présentation des données qui y figurent n’impliquent de la part des organisateurs ou de leurs partenaires aucune prise de position quant au statut juridique des pays, territoires, villes ou zones ou de leurs autorités, ni quant au tracé de leurs frontières ou limites. Les constatations, interprétations et conclusions qui y sont exprimées sont celles du groupe de travail qui a établi le rapport et ne reflètent pas nécessairement les vues des organisations qui ont appuyé la consultation. La mention d’une organisation, d’une entreprise ou d’un produit commercial n’implique aucune approbation de ceux-ci.</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approbation</translation>
        </message>
        <message>
            <source>This report was validated by {body} on {date}.</source>
            <translation>Le présent rapport a été validé par {body} le {date}.</translation>
        </message>
        <message>
            <source>This report was validated by {body}.</source>
            <translation>Le présent rapport a été validé par {body}.</translation>
        </message>
        <message>
            <source>This report was validated on {date}.</source>
            <translation>Le présent rapport a été validé le {date}.</translation>
        </message>
        <message>
            <source>This report has not been validated yet.</source>
            <translation>Le présent rapport n’a pas encore été validé.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Acronyms and abbreviations</source>
            <translation>Sigles et abréviations</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigle</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>The review calendar ties the plan to the budget through these budget preparation rounds: {rounds}.</source>
            <translation>Le calendrier des examens relie le plan au budget par les phases de préparation du budget suivantes : {rounds}.</translation>
        </message>
        <message>
            <source>No budget preparation round is recorded in the review calendar.</source>
            <translation>Aucune phase de préparation du budget n’est enregistrée dans le calendrier des examens.</translation>
        </message>
        <message>
            <source>The first actions of the plan are due to start in {year} ({n} of them); the latest start year recorded is {last}.</source>
            <translation>Les premières actions du plan doivent démarrer en {year} ({n} d’entre elles) ; la dernière année de début enregistrée est {last}.</translation>
        </message>
        <message>
            <source>The review calendar holds {n} dates, from “{first}” on {first_date} to “{last}” on {last_date}.</source>
            <translation>Le calendrier des examens compte {n} dates, de « {first} » le {first_date} à « {last} » le {last_date}.</translation>
        </message>
        <message>
            <source>Note {mark} ({column}):</source>
            <translation>Note {mark} ({column}) :</translation>
        </message>
        <message>
            <source>… (continued in note {mark} under the table)</source>
            <translation>… (suite dans la note {mark} sous le tableau)</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find in the workshop</source>
            <translation>Rechercher dans l’atelier</translation>
        </message>
        <message>
            <source>Find a stakeholder, source, policy, action…</source>
            <translation>Chercher une partie prenante, une source, une politique, une action…</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>Enregistrements trouvés</translation>
        </message>
        <message>
            <source>Type part of a name or of any text.</source>
            <translation>Tapez une partie d’un nom ou de n’importe quel texte.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Rien n’a été trouvé.</translation>
        </message>
        <message>
            <source>The first {n} records found; type more to narrow them.</source>
            <translation>Les {n} premiers enregistrements trouvés ; précisez la recherche.</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>Enregistrements trouvés : {n}.</translation>
        </message>
    </context>
    <context>
        <name>SectorsPage</name>
        <message>
            <source>Coherence overview</source>
            <translation>Vue d'ensemble de la cohérence</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Coordination</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>Instruments</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>DataSources</source>
            <translation>Sources de données</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Secteurs</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Politiques</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Examens</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Guidance</source>
            <translation>Orientations</translation>
        </message>
        <message>
            <source>Show or hide the purpose and guiding questions (F1)</source>
            <translation>Afficher ou masquer l'objet et les questions d'orientation (F1)</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Questions d'orientation</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Reste à faire :</translation>
        </message>
        <message>
            <source>{done} of {total} checks done</source>
            <translation>{done} vérifications sur {total} effectuées</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Deliverables</source>
            <translation>Livrables</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A workshop file holds one workshop record.</source>
            <translation>Un fichier d'atelier contient un seul enregistrement d'atelier.</translation>
        </message>
        <message>
            <source>The id {id} is already used by another record.</source>
            <translation>L'identifiant {id} est déjà utilisé par un autre enregistrement.</translation>
        </message>
        <message>
            <source>A recorded change names “{table}.{field}”, which is not part of a workshop; nothing was changed.</source>
            <translation>Une modification enregistrée désigne « {table}.{field} », qui ne fait pas partie d'un atelier ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>A recorded deletion has no date; nothing was changed.</source>
            <translation>Une suppression enregistrée n'a pas de date ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{register} {id} does not exist or was deleted.</source>
            <translation>{register} {id} : n'existe pas ou a été supprimé.</translation>
        </message>
        <message>
            <source>The workshop record cannot be deleted.</source>
            <translation>L'enregistrement de l'atelier ne peut pas être supprimé.</translation>
        </message>
        <message>
            <source>The workshop changed since this was previewed; preview it again.</source>
            <translation>L'atelier a été modifié depuis cet aperçu ; affichez de nouveau l'aperçu.</translation>
        </message>
        <message>
            <source>The changes would leave a record referring to one that does not exist; nothing was written.</source>
            <translation>Ces modifications laisseraient un enregistrement renvoyant à un enregistrement inexistant ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>{register} “{name}” is used by {count} record(s) ({names}); delete them first or delete with dependents.</source>
            <translation>{register} « {name} » : utilisé par {count} enregistrement(s) ({names}) ; supprimez-les d'abord ou supprimez avec les éléments dépendants.</translation>
        </message>
        <message>
            <source>{register} {id} is not deleted.</source>
            <translation>{register} {id} : n'est pas supprimé.</translation>
        </message>
        <message>
            <source>Cannot undo: the record is gone.</source>
            <translation>Impossible d'annuler : l'enregistrement n'existe plus.</translation>
        </message>
        <message>
            <source>other records now refer to it</source>
            <translation>d'autres enregistrements y font maintenant référence</translation>
        </message>
        <message>
            <source>This cannot be undone or redone now: {why}</source>
            <translation>Impossible d'annuler ou de rétablir maintenant : {why}</translation>
        </message>
        <message>
            <source>{register} has no field “{field}”.</source>
            <translation>{register} : aucun champ « {field} ».</translation>
        </message>
    </context>
    <context>
        <name>TrendView</name>
        <message>
            <source>Out of date</source>
            <translation>Obsolète</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Tapez pour rechercher…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>&amp;Indicateur :</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Ventilation</translation>
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation>&amp;Ventilation :</translation>
        </message>
        <message>
            <source>Trend chart</source>
            <translation>Graphique de tendance</translation>
        </message>
        <message>
            <source>No values recorded yet.</source>
            <translation>Aucune valeur enregistrée pour l’instant.</translation>
        </message>
        <message>
            <source>Add them in the Values register or import a statistical table — File ▸ Import indicator values…</source>
            <translation>Ajoutez-les dans le registre Valeurs ou importez un tableau statistique — Fichier ▸ Importer des valeurs d’indicateurs…</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{dimension}: {group}</source>
            <translation>{dimension} : {group}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non renseignée</translation>
        </message>
        <message>
            <source>Unit: {unit}    Source: {sources}</source>
            <translation>Unité : {unit}    Source : {sources}</translation>
        </message>
        <message>
            <source>{title}: {count} values from {first} to {last}. Left and right arrow keys move from year to year, Enter opens the value.</source>
            <translation>{title} : {count} valeurs de {first} à {last}. Les flèches gauche et droite passent d’une année à l’autre, Entrée ouvre la valeur.</translation>
        </message>
        <message>
            <source>Round dots: values of the last {n} years before the workshop ({year}); grey squares in the shaded years: older, out of date.</source>
            <translation>Points ronds : valeurs des {n} dernières années avant l’atelier ({year}) ; carrés gris dans les années ombrées : valeurs plus anciennes, obsolètes.</translation>
        </message>
        <message>
            <source>The workshop has no dates yet: values cannot be judged out of date.</source>
            <translation>L’atelier n’a pas encore de dates : impossible de déterminer si les valeurs sont obsolètes.</translation>
        </message>
        <message>
            <source>{when}: {value}</source>
            <translation>{when} : {value}</translation>
        </message>
        <message>
            <source>(out of date: more than {n} years before the workshop)</source>
            <translation>(obsolète : plus de {n} ans avant l’atelier)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Add {what}</source>
            <translation>Ajout : {what}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Modification : {what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Suppression : {what}</translation>
        </message>
        <message>
            <source>Move stakeholder in the grid</source>
            <translation>Déplacement d'une partie prenante dans la grille</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is required</source>
            <translation>est obligatoire</translation>
        </message>
        <message>
            <source>refers to a {target} that does not exist or was deleted</source>
            <translation>renvoie à un enregistrement (« {target} ») inexistant ou supprimé</translation>
        </message>
        <message>
            <source>would make the record its own ancestor</source>
            <translation>ferait de l'enregistrement son propre ascendant</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>un autre enregistrement a déjà la même valeur pour : {fields}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values</source>
            <translation>« {value} » ne fait pas partie des valeurs autorisées</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>contient des caractères de contrôle</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max})</source>
            <translation>est trop long ({n} caractères, {max} au maximum)</translation>
        </message>
        <message>
            <source>“{value}” is not an email address</source>
            <translation>« {value} » n'est pas une adresse électronique</translation>
        </message>
        <message>
            <source>must be a whole number (got {value})</source>
            <translation>doit être un nombre entier (valeur reçue : {value})</translation>
        </message>
        <message>
            <source>is not a record id</source>
            <translation>n'est pas un identifiant d'enregistrement</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>doit être un nombre</translation>
        </message>
        <message>
            <source>must be a number (got “{value}”)</source>
            <translation>doit être un nombre (valeur reçue : « {value} »)</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>doit être un nombre fini</translation>
        </message>
        <message>
            <source>must be between {lo} and {hi} (got {value})</source>
            <translation>doit être compris entre {lo} et {hi} (valeur reçue : {value})</translation>
        </message>
        <message>
            <source>must be at least {lo} (got {value})</source>
            <translation>doit être au moins égal à {lo} (valeur reçue : {value})</translation>
        </message>
        <message>
            <source>must be at most {hi} (got {value})</source>
            <translation>doit être au plus égal à {hi} (valeur reçue : {value})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>must be yes or no (got “{value}”)</source>
            <translation>doit être oui ou non (valeur reçue : « {value} »)</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD (got “{value}”)</source>
            <translation>doit être une date au format YYYY-MM-DD (valeur reçue : « {value} »)</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>est antérieure à la date de début</translation>
        </message>
        <message>
            <source>must be a time as HH:MM</source>
            <translation>doit être une heure au format HH:MM</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>est antérieure à l'heure de début</translation>
        </message>
        <message>
            <source>a stakeholder cannot be linked to itself</source>
            <translation>une partie prenante ne peut pas être liée à elle-même</translation>
        </message>
        <message>
            <source>is before the baseline year</source>
            <translation>est antérieure à l'année de référence</translation>
        </message>
        <message>
            <source>is before the start year</source>
            <translation>est antérieure à l’année de début</translation>
        </message>
        <message>
            <source>is less than the amount already secured</source>
            <translation>est inférieur au montant déjà acquis</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>column {column}</source>
            <translation>colonne {column}</translation>
        </message>
        <message>
            <source>Values from “{name}” ({shape} table):</source>
            <translation>Valeurs de « {name} » (tableau au format {shape}) :</translation>
        </message>
        <message>
            <source>wide</source>
            <translation>large</translation>
        </message>
        <message>
            <source>long</source>
            <translation>long</translation>
        </message>
        <message>
            <source>columns used: {columns}</source>
            <translation>colonnes utilisées : {columns}</translation>
        </message>
        <message>
            <source>columns ignored: {columns}</source>
            <translation>colonnes ignorées : {columns}</translation>
        </message>
        <message>
            <source>{added} to add, {updated} to update, {unchanged} unchanged, {missing} missing (.., -, n/a) skipped</source>
            <translation>{added} à ajouter, {updated} à mettre à jour, {unchanged} inchangée(s), {missing} manquante(s) (.., -, n/a) ignorée(s)</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>remarque : {text}</translation>
        </message>
        <message>
            <source>{first}…{last}: one year each</source>
            <translation>{first}…{last} : une année par colonne</translation>
        </message>
        <message>
            <source>a second column for the same thing; keep one</source>
            <translation>une deuxième colonne pour la même donnée ; n’en conservez qu’une</translation>
        </message>
        <message>
            <source>no column names the indicator (a header such as Indicator or Code)</source>
            <translation>aucune colonne n’indique l’indicateur (un en-tête tel que Indicateur ou Code)</translation>
        </message>
        <message>
            <source>no column holds the values (a header such as Value), and no header is a year (2015, 2016…)</source>
            <translation>aucune colonne ne contient les valeurs (un en-tête tel que Valeur), et aucun en-tête n’est une année (2015, 2016…)</translation>
        </message>
        <message>
            <source>no column gives the year (a header such as Year or Period)</source>
            <translation>aucune colonne n’indique l’année (un en-tête tel que Année ou Période)</translation>
        </message>
        <message>
            <source>is a formula without a saved value or a spreadsheet error; formulas are not calculated, type the value instead</source>
            <translation>est une formule sans valeur enregistrée ou une erreur de tableur ; les formules ne sont pas calculées, saisissez plutôt la valeur</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value was used</source>
            <translation>est une formule ; elle n’a pas été calculée, sa valeur enregistrée a été utilisée</translation>
        </message>
        <message>
            <source>no indicator given</source>
            <translation>aucun indicateur indiqué</translation>
        </message>
        <message>
            <source>{n} indicators of the workshop answer to this; give the code</source>
            <translation>{n} indicateurs de l’atelier correspondent à cette valeur ; indiquez le code</translation>
        </message>
        <message>
            <source>no indicator of the workshop has this code or name; add it to the indicators first</source>
            <translation>aucun indicateur de l’atelier ne porte ce code ou ce nom ; ajoutez-le d’abord aux indicateurs</translation>
        </message>
        <message>
            <source>not a disaggregation of the list (sex, age, migratory status, geographic location…)</source>
            <translation>n’est pas une ventilation de la liste (sexe, âge, statut migratoire, emplacement géographique…)</translation>
        </message>
        <message>
            <source>the row is disaggregated by {a} and by {b} at once; a value has one disaggregation: import such a cross-table one dimension at a time</source>
            <translation>la ligne est ventilée à la fois par {a} et par {b} ; une valeur n’a qu’une seule ventilation : importez un tel tableau croisé une dimension à la fois</translation>
        </message>
        <message>
            <source>no data source of the workshop has this name; add it to the data sources, or empty the cell</source>
            <translation>aucune source de données de l’atelier ne porte ce nom ; ajoutez-la aux sources de données ou videz la cellule</translation>
        </message>
        <message>
            <source>several data sources have this name</source>
            <translation>plusieurs sources de données portent ce nom</translation>
        </message>
        <message>
            <source>is not a year (1900–2100) or a period such as 2015-2019</source>
            <translation>n’est ni une année (1900–2100) ni une période telle que 2015-2019</translation>
        </message>
        <message>
            <source>no year given</source>
            <translation>aucune année indiquée</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>n’est pas un nombre</translation>
        </message>
        <message>
            <source>looks like a formula; a value must be a number</source>
            <translation>ressemble à une formule ; une valeur doit être un nombre</translation>
        </message>
        <message>
            <source>has a percent sign but the unit says “{unit}”</source>
            <translation>contient un signe de pourcentage, mais l’unité indique « {unit} »</translation>
        </message>
        <message>
            <source>the same value (indicator, year and disaggregation) is also in row {row}</source>
            <translation>la même valeur (indicateur, année et ventilation) figure aussi à la ligne {row}</translation>
        </message>
        <message>
            <source>“{name}” is empty: it has no header row.</source>
            <translation>« {name} » est vide : il n’a pas de ligne d’en-tête.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>« {name} » est trop volumineux pour être importé ({mb} Mo ; {max} Mo au maximum).</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>« {name} » n’existe pas ou n’est pas un fichier.</translation>
        </message>
        <message>
            <source>--sheet is for an Excel workbook; “{name}” is a CSV file.</source>
            <translation>--sheet s’applique à un classeur Excel ; « {name} » est un fichier CSV.</translation>
        </message>
        <message>
            <source>“{name}” is neither a CSV file (.csv) nor an Excel workbook (.xlsx).</source>
            <translation>« {name} » n’est ni un fichier CSV (.csv) ni un classeur Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is not a text table (CSV); it looks like a binary file.</source>
            <translation>« {name} » n’est pas un tableau texte (CSV) ; il semble s’agir d’un fichier binaire.</translation>
        </message>
        <message>
            <source>“{name}” has {n} columns; a table of values has at most {max}.</source>
            <translation>« {name} » compte {n} colonnes ; un tableau de valeurs en compte au maximum {max}.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as a CSV table: {reason}</source>
            <translation>« {name} » ne peut pas être lu comme un tableau CSV : {reason}</translation>
        </message>
        <message>
            <source>“{name}” has more than {max} rows; split the table.</source>
            <translation>« {name} » compte plus de {max} lignes ; scindez le tableau.</translation>
        </message>
        <message>
            <source>“{name}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation>« {name} » ne contient pas de feuille « {sheet} » ; ses feuilles sont : {sheets}.</translation>
        </message>
        <message>
            <source>could be {a} or {b}: no other number of the file shows which separator is the decimal one; write {a} or {b}</source>
            <translation>pourrait valoir {a} ou {b} : aucun autre nombre du fichier n’indique quel séparateur est le séparateur décimal ; écrivez {a} ou {b}</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Mainstream Desktop</source>
            <translation>Mainstream Desktop</translation>
        </message>
        <message>
            <source>Mainstream migration into development planning, one step at a time. Every change is saved the moment you make it.</source>
            <translation>Intégrez la migration dans la planification du développement, une étape à la fois. Chaque modification est enregistrée dès que vous la faites.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nouvel atelier…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Ouvrir un atelier…</translation>
        </message>
        <message>
            <source>Open the sample workshop</source>
            <translation>Ouvrir l'atelier d'exemple</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Ateliers récents</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>one value from the drop-down list</source>
            <translation>une valeur de la liste déroulante</translation>
        </message>
        <message>
            <source>one or more values from the drop-down list, separated by “; ”</source>
            <translation>une ou plusieurs valeurs de la liste déroulante, séparées par « ; »</translation>
        </message>
        <message>
            <source>the name of a record on sheet {sheet}</source>
            <translation>le nom d'un enregistrement de la feuille {sheet}</translation>
        </message>
        <message>
            <source>a whole number from {lo} to {hi}</source>
            <translation>un nombre entier de {lo} à {hi}</translation>
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation>un nombre de {lo} à {hi}</translation>
        </message>
        <message>
            <source>a whole number, at least {lo}</source>
            <translation>un nombre entier, au moins {lo}</translation>
        </message>
        <message>
            <source>a number, at least {lo}</source>
            <translation>un nombre, au moins {lo}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>a year (YYYY)</source>
            <translation>une année (YYYY)</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>une date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>oui ou non</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>une adresse électronique</translation>
        </message>
        <message>
            <source>text, at most {n} characters</source>
            <translation>du texte, {n} caractères au maximum</translation>
        </message>
        <message>
            <source>Left empty in this export; existing values are kept.</source>
            <translation>Colonne laissée vide dans cette exportation ; les valeurs existantes sont conservées.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Obligatoire.</translation>
        </message>
        <message>
            <source>Each sheet is one register of the workshop: one row per record. The first row holds the column headers; do not rename, move or delete the sheets or their headers.</source>
            <translation>Chaque feuille correspond à un registre de l'atelier : une ligne par enregistrement. La première ligne contient les en-têtes de colonne ; ne renommez, ne déplacez et ne supprimez ni les feuilles ni leurs en-têtes.</translation>
        </message>
        <message>
            <source>To add a record, fill in a new row at the bottom of its sheet. To change a record, edit its row. Columns with an orange header are required: fill them in on every row.</source>
            <translation>Pour ajouter un enregistrement, remplissez une nouvelle ligne au bas de sa feuille. Pour modifier un enregistrement, modifiez sa ligne. Les colonnes à en-tête orange sont obligatoires : remplissez-les sur chaque ligne.</translation>
        </message>
        <message>
            <source>Column A of every register sheet is hidden: it holds the record's identifier. Leave it as it is; it is empty for new rows. Deleting a row here does not delete the record when the workbook is imported.</source>
            <translation>La colonne A de chaque feuille de registre est masquée : elle contient l'identifiant de l'enregistrement. Laissez-la telle quelle ; elle est vide pour les nouvelles lignes. Supprimer une ligne ici ne supprime pas l'enregistrement lors de l'importation du classeur.</translation>
        </message>
        <message>
            <source>Where a cell refers to another register (an owner, a lead ministry, a sector), type or choose the record's name exactly as it appears on that register's sheet. A record added in this workbook can be referred to by its name in the same way.</source>
            <translation>Lorsqu'une cellule renvoie à un autre registre (un détenteur, un ministère chef de file, un secteur), saisissez ou choisissez le nom de l'enregistrement exactement tel qu'il figure dans la feuille de ce registre. Un enregistrement ajouté dans ce classeur peut être désigné par son nom de la même manière.</translation>
        </message>
        <message>
            <source>Where a cell takes several values, separate them with a semicolon (“; ”). Choose values from the drop-down lists; dates are written YYYY-MM-DD.</source>
            <translation>Lorsqu'une cellule accepte plusieurs valeurs, séparez-les par un point-virgule (« ; »). Choisissez les valeurs dans les listes déroulantes ; les dates s'écrivent YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Formulas are not read: type values, not formulas.</source>
            <translation>Les formules ne sont pas lues : saisissez des valeurs, pas des formules.</translation>
        </message>
        <message>
            <source>When the workbook comes back, the facilitator imports it into the workshop file. The import first shows what it will add and change and lists every problem by sheet, row and column; nothing is changed until every problem is fixed.</source>
            <translation>Au retour du classeur, le facilitateur l'importe dans le fichier de l'atelier. L'importation indique d'abord ce qui sera ajouté et modifié et liste chaque problème par feuille, ligne et colonne ; rien n'est modifié tant que tous les problèmes ne sont pas corrigés.</translation>
        </message>
        <message>
            <source>This copy leaves out personal data: the columns for names, positions and contact details of people (grey headers) are empty. Fill them in for new rows only; an empty cell there leaves what the workshop holds as it is.</source>
            <translation>Cette copie exclut les données personnelles : les colonnes des noms, fonctions et coordonnées des personnes (en-têtes gris) sont vides. Ne les remplissez que pour les nouvelles lignes ; une cellule vide dans ces colonnes laisse inchangé ce que contient l’atelier.</translation>
        </message>
        <message>
            <source>Mainstream Desktop workbook</source>
            <translation>Classeur Mainstream Desktop</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté le</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <source>included</source>
            <translation>incluses</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>exclues</translation>
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation>Comment remplir ce classeur</translation>
        </message>
        <message>
            <source>Sheets and columns</source>
            <translation>Feuilles et colonnes</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <source>What to enter</source>
            <translation>Contenu attendu</translation>
        </message>
        <message>
            <source>Left empty in this export (no personal data); existing values are kept. Fill it in for new rows.</source>
            <translation>Colonne laissée vide dans cette exportation (sans données personnelles) ; les valeurs existantes sont conservées. Remplissez-la pour les nouvelles lignes.</translation>
        </message>
        <message>
            <source>Several values: separate them with “; ”. Press OK to keep what you typed.</source>
            <translation>Plusieurs valeurs : séparez-les par « ; ». Appuyez sur OK pour conserver votre saisie.</translation>
        </message>
        <message>
            <source>Not found on sheet {sheet}. Keep it only if it is the exact name of a record there.</source>
            <translation>Introuvable dans la feuille {sheet}. Ne conservez cette valeur que s'il s'agit du nom exact d'un enregistrement de cette feuille.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The disk is full. Free some space (or choose another disk) and try again; nothing was written.</source>
            <translation>Le disque est plein. Libérez de l'espace (ou choisissez un autre disque) et réessayez ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>Impossible d'écrire « {path} » : {reason}.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>Le fichier n'a pas pu être écrit : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <source>Pre&amp;vious question</source>
            <translation>Question pré&amp;cédente</translation>
        </message>
        <message>
            <source>Next &amp;question</source>
            <translation>&amp;Question suivante</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Employment and labour markets</source>
            <translation>Emploi et marchés du travail</translation>
        </message>
        <message>
            <source>Education and skills development</source>
            <translation>Éducation et développement des compétences</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Santé</translation>
        </message>
        <message>
            <source>Agriculture, food security and rural development</source>
            <translation>Agriculture, sécurité alimentaire et développement rural</translation>
        </message>
        <message>
            <source>Urban development, housing and local services</source>
            <translation>Développement urbain, logement et services locaux</translation>
        </message>
        <message>
            <source>Social protection and social security</source>
            <translation>Protection sociale et sécurité sociale</translation>
        </message>
        <message>
            <source>Finance, remittances and financial inclusion</source>
            <translation>Finances, envois de fonds et inclusion financière</translation>
        </message>
        <message>
            <source>Private sector development, investment and trade</source>
            <translation>Développement du secteur privé, investissement et commerce</translation>
        </message>
        <message>
            <source>Diaspora engagement</source>
            <translation>Mobilisation de la diaspora</translation>
        </message>
        <message>
            <source>Environment, climate change and disaster risk reduction</source>
            <translation>Environnement, changements climatiques et réduction des risques de catastrophe</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Égalité des genres</translation>
        </message>
        <message>
            <source>Children and youth</source>
            <translation>Enfance et jeunesse</translation>
        </message>
        <message>
            <source>Governance, rule of law and human rights</source>
            <translation>Gouvernance, état de droit et droits de l'homme</translation>
        </message>
        <message>
            <source>Security and border management</source>
            <translation>Sécurité et gestion des frontières</translation>
        </message>
        <message>
            <source>Lead government body / national focal point</source>
            <translation>Organe gouvernemental chef de file / point focal national</translation>
        </message>
        <message>
            <source>Line ministries and agencies</source>
            <translation>Ministères et organismes sectoriels</translation>
        </message>
        <message>
            <source>National statistical system</source>
            <translation>Système statistique national</translation>
        </message>
        <message>
            <source>Central bank and financial regulators</source>
            <translation>Banque centrale et autorités de régulation financière</translation>
        </message>
        <message>
            <source>Local and regional authorities</source>
            <translation>Autorités locales et régionales</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>Parlement</translation>
        </message>
        <message>
            <source>National human rights institutions</source>
            <translation>Institutions nationales des droits de l'homme</translation>
        </message>
        <message>
            <source>Migrants, diaspora and their organizations</source>
            <translation>Migrants, diaspora et leurs organisations</translation>
        </message>
        <message>
            <source>Civil society and faith-based organizations</source>
            <translation>Société civile et organisations confessionnelles</translation>
        </message>
        <message>
            <source>Trade unions / workers' organizations</source>
            <translation>Syndicats / organisations de travailleurs</translation>
        </message>
        <message>
            <source>Employers, private sector and recruitment industry</source>
            <translation>Employeurs, secteur privé et secteur du recrutement</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>Milieux universitaires et recherche</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <source>UN system and international organizations</source>
            <translation>Système des Nations Unies et organisations internationales</translation>
        </message>
        <message>
            <source>Development partners and donors</source>
            <translation>Partenaires de développement et donateurs</translation>
        </message>
        <message>
            <source>Regional and inter-state bodies</source>
            <translation>Organismes régionaux et interétatiques</translation>
        </message>
        <message>
            <source>Communities of origin, transit and destination</source>
            <translation>Communautés d'origine, de transit et de destination</translation>
        </message>
        <message>
            <source>Population and housing census</source>
            <translation>Recensement de la population et du logement</translation>
        </message>
        <message>
            <source>Labour force survey (with migration module)</source>
            <translation>Enquête sur la population active (avec module migration)</translation>
        </message>
        <message>
            <source>Household income/expenditure or living-standards survey</source>
            <translation>Enquête sur les revenus et dépenses des ménages ou sur les conditions de vie</translation>
        </message>
        <message>
            <source>Demographic and Health Survey / Multiple Indicator Cluster Survey</source>
            <translation>Enquête démographique et de santé / Enquête par grappes à indicateurs multiples</translation>
        </message>
        <message>
            <source>Specialised migration, remittance or cost-of-migration survey</source>
            <translation>Enquête spécialisée sur la migration, les envois de fonds ou le coût de la migration</translation>
        </message>
        <message>
            <source>Population register / register of foreigners</source>
            <translation>Registre de population / registre des étrangers</translation>
        </message>
        <message>
            <source>Residence permit records</source>
            <translation>Registres des titres de séjour</translation>
        </message>
        <message>
            <source>Work permit and outgoing-worker registration records</source>
            <translation>Registres des permis de travail et d'enregistrement des travailleurs partant à l'étranger</translation>
        </message>
        <message>
            <source>Visa records</source>
            <translation>Registres des visas</translation>
        </message>
        <message>
            <source>Border crossing (entry/exit) records</source>
            <translation>Registres des passages aux frontières (entrées/sorties)</translation>
        </message>
        <message>
            <source>Asylum and refugee registration</source>
            <translation>Enregistrement des demandeurs d'asile et des réfugiés</translation>
        </message>
        <message>
            <source>Consular registers of nationals abroad</source>
            <translation>Registres consulaires des ressortissants à l'étranger</translation>
        </message>
        <message>
            <source>Civil registration and vital statistics</source>
            <translation>Enregistrement des faits d'état civil et statistiques de l'état civil</translation>
        </message>
        <message>
            <source>Balance-of-payments remittance statistics</source>
            <translation>Statistiques des envois de fonds de la balance des paiements</translation>
        </message>
        <message>
            <source>Remittance price data</source>
            <translation>Données sur le coût des envois de fonds</translation>
        </message>
        <message>
            <source>Education management information system</source>
            <translation>Système d'information pour la gestion de l'éducation</translation>
        </message>
        <message>
            <source>Health workforce registries</source>
            <translation>Registres des personnels de santé</translation>
        </message>
        <message>
            <source>Social security and tax administrative records</source>
            <translation>Fichiers administratifs de la sécurité sociale et des impôts</translation>
        </message>
        <message>
            <source>Trafficking and smuggling case data</source>
            <translation>Données sur les affaires de traite et de trafic illicite de migrants</translation>
        </message>
        <message>
            <source>Deaths and disappearances during migration</source>
            <translation>Décès et disparitions au cours de la migration</translation>
        </message>
        <message>
            <source>Displacement tracking</source>
            <translation>Suivi des déplacements</translation>
        </message>
        <message>
            <source>Migration policy inventories</source>
            <translation>Inventaires des politiques migratoires</translation>
        </message>
        <message>
            <source>Non-traditional data (mobile phone, online and social-media data)</source>
            <translation>Données non traditionnelles (téléphonie mobile, données en ligne et des réseaux sociaux)</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <translation>Pays de naissance</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <translation>Pays de nationalité</translation>
        </message>
        <message>
            <source>Acquisition of citizenship</source>
            <translation>Acquisition de la nationalité</translation>
        </message>
        <message>
            <source>Year or period of arrival</source>
            <translation>Année ou période d'arrivée</translation>
        </message>
        <message>
            <source>Place of birth (within the country)</source>
            <translation>Lieu de naissance (dans le pays)</translation>
        </message>
        <message>
            <source>Duration of residence</source>
            <translation>Durée de résidence</translation>
        </message>
        <message>
            <source>Place or country of previous residence</source>
            <translation>Lieu ou pays de résidence antérieure</translation>
        </message>
        <message>
            <source>Place of residence 1 year ago</source>
            <translation>Lieu de résidence il y a 1 an</translation>
        </message>
        <message>
            <source>Place of residence 5 years ago</source>
            <translation>Lieu de résidence il y a 5 ans</translation>
        </message>
        <message>
            <source>Ever resided abroad</source>
            <translation>A déjà résidé à l'étranger</translation>
        </message>
        <message>
            <source>Reason for migration</source>
            <translation>Motif de la migration</translation>
        </message>
        <message>
            <source>Household members currently living abroad</source>
            <translation>Membres du ménage vivant actuellement à l'étranger</translation>
        </message>
        <message>
            <source>Household members who ever lived abroad</source>
            <translation>Membres du ménage ayant déjà vécu à l'étranger</translation>
        </message>
        <message>
            <source>Return migration (returnees and time abroad)</source>
            <translation>Migration de retour (personnes rentrées et durée à l'étranger)</translation>
        </message>
        <message>
            <source>Intention to migrate</source>
            <translation>Intention de migrer</translation>
        </message>
        <message>
            <source>Remittances received</source>
            <translation>Envois de fonds reçus</translation>
        </message>
        <message>
            <source>Remittances sent</source>
            <translation>Envois de fonds effectués</translation>
        </message>
        <message>
            <source>Recruitment costs paid by migrant workers</source>
            <translation>Frais de recrutement payés par les travailleurs migrants</translation>
        </message>
        <message>
            <source>Parents' country of birth</source>
            <translation>Pays de naissance des parents</translation>
        </message>
        <message>
            <source>Legal status / permit type</source>
            <translation>Statut juridique / type de titre</translation>
        </message>
        <message>
            <source>Asylum or refugee status</source>
            <translation>Statut de demandeur d'asile ou de réfugié</translation>
        </message>
        <message>
            <source>Purpose of travel or stay</source>
            <translation>Motif du voyage ou du séjour</translation>
        </message>
        <message>
            <source>Country of destination (for emigrants and outgoing workers)</source>
            <translation>Pays de destination (émigrants et travailleurs partant à l'étranger)</translation>
        </message>
        <message>
            <source>Country of residence (nationals abroad)</source>
            <translation>Pays de résidence (ressortissants à l'étranger)</translation>
        </message>
        <message>
            <source>Country of training or qualification</source>
            <translation>Pays de formation ou d'obtention de la qualification</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <source>Migratory status</source>
            <translation>Statut migratoire</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Nationalité</translation>
        </message>
        <message>
            <source>Country of previous residence</source>
            <translation>Pays de résidence antérieure</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Revenu</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Handicap</translation>
        </message>
        <message>
            <source>Geographic location</source>
            <translation>Emplacement géographique</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Race</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>Appartenance ethnique</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Niveau d'instruction</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <source>A formal decision to mainstream migration into development planning has been taken at a senior level of government.</source>
            <translation>Une décision officielle d'intégrer la migration dans la planification du développement a été prise à un haut niveau du gouvernement.</translation>
        </message>
        <message>
            <source>A lead body with a clear mandate (for example a planning body or the office of the head of government) has been chosen, and a national focal point inside government has been named to lead and coordinate the work.</source>
            <translation>Un organe chef de file doté d'un mandat clair (par exemple un organisme de planification ou les services du chef du gouvernement) a été choisi, et un point focal national a été désigné au sein du gouvernement pour diriger et coordonner les travaux.</translation>
        </message>
        <message>
            <source>An expert facilitator has been identified to support the focal point.</source>
            <translation>Un facilitateur expert a été identifié pour appuyer le point focal.</translation>
        </message>
        <message>
            <source>A small support group (government, UN Country Team, possibly civil society) is in place to give technical advice.</source>
            <translation>Un groupe d'appui restreint (gouvernement, équipe de pays des Nations Unies, éventuellement société civile) est en place pour fournir des conseils techniques.</translation>
        </message>
        <message>
            <source>An inter-ministerial coordination mechanism exists and has written terms of reference setting out its composition, mandate and functions.</source>
            <translation>Un mécanisme de coordination interministériel existe et dispose de termes de référence écrits précisant sa composition, son mandat et ses fonctions.</translation>
        </message>
        <message>
            <source>A multi-stakeholder consultative mechanism has been set up so that migrants, diaspora, civil society, the private sector, trade unions and academia are consulted regularly.</source>
            <translation>Un mécanisme consultatif multipartite a été mis en place afin que les migrants, la diaspora, la société civile, le secteur privé, les syndicats et les milieux universitaires soient consultés régulièrement.</translation>
        </message>
        <message>
            <source>Government and non-government actors have been briefed early and made aware of what mainstreaming involves and what they stand to gain.</source>
            <translation>Les acteurs gouvernementaux et non gouvernementaux ont été informés tôt et sensibilisés à ce qu'implique l'intégration de la migration et à ce qu'ils ont à y gagner.</translation>
        </message>
        <message>
            <source>Funds for the mainstreaming work are allocated in the national budget or otherwise secured.</source>
            <translation>Des fonds pour les travaux d'intégration sont alloués dans le budget national ou garantis par d'autres moyens.</translation>
        </message>
        <message>
            <source>The work is tied to the national development plan and its timetable, or to a stand-alone strategy that serves the plan's goals.</source>
            <translation>Les travaux sont rattachés au plan national de développement et à son calendrier, ou à une stratégie distincte au service des objectifs du plan.</translation>
        </message>
        <message>
            <source>The national statistics office is involved and the government has committed to improving and updating migration data.</source>
            <translation>L'office national de la statistique est associé et le gouvernement s'est engagé à améliorer et à actualiser les données sur la migration.</translation>
        </message>
        <message>
            <source>Local and regional governments are involved so that policies are coherent across levels of government.</source>
            <translation>Les administrations locales et régionales sont associées afin que les politiques soient cohérentes entre les différents niveaux de gouvernement.</translation>
        </message>
        <message>
            <source>The government has prepared, or decided to prepare, a voluntary national implementation plan for the Global Compact for Migration with regular inclusive reviews.</source>
            <translation>Le gouvernement a élaboré, ou décidé d'élaborer, un plan national volontaire de mise en œuvre du Pacte mondial sur les migrations, assorti d'examens inclusifs réguliers.</translation>
        </message>
        <message>
            <source>What should this workshop produce, and who will use the results?</source>
            <translation>Que doit produire cet atelier, et qui utilisera les résultats ?</translation>
        </message>
        <message>
            <source>Are we building migration into a new national development plan now being drafted, or preparing a separate migration and development strategy that serves the existing plan?</source>
            <translation>Intégrons-nous la migration dans un nouveau plan national de développement en cours d'élaboration, ou préparons-nous une stratégie distincte sur la migration et le développement au service du plan existant ?</translation>
        </message>
        <message>
            <source>Which kinds of movement matter most for the country (emigration, immigration, return, transit, internal movement), and which will this exercise cover?</source>
            <translation>Quels types de mouvements importent le plus pour le pays (émigration, immigration, retour, transit, migration interne), et lesquels cet exercice couvrira-t-il ?</translation>
        </message>
        <message>
            <source>Who is in the room today, and which ministries, levels of government or non-government groups are missing?</source>
            <translation>Qui est présent aujourd'hui, et quels ministères, niveaux de gouvernement ou groupes non gouvernementaux manquent ?</translation>
        </message>
        <message>
            <source>What earlier work can we build on, such as a migration profile, a national human development report or a national SDG report?</source>
            <translation>Sur quels travaux antérieurs pouvons-nous nous appuyer, par exemple un profil migratoire, un rapport national sur le développement humain ou un rapport national sur les ODD ?</translation>
        </message>
        <message>
            <source>Which other planning or SDG processes are running at the same time, and how will this work connect with them?</source>
            <translation>Quels autres processus de planification ou liés aux ODD sont en cours en parallèle, et comment ces travaux s'y rattacheront-ils ?</translation>
        </message>
        <message>
            <source>What must we agree before we leave today, and who will carry the next steps forward?</source>
            <translation>Sur quoi devons-nous nous accorder avant de partir aujourd'hui, et qui portera les prochaines étapes ?</translation>
        </message>
        <message>
            <source>Has the government formally decided to mainstream migration into development planning, and at what level was that decision taken?</source>
            <translation>Le gouvernement a-t-il officiellement décidé d'intégrer la migration dans la planification du développement, et à quel niveau cette décision a-t-elle été prise ?</translation>
        </message>
        <message>
            <source>Which body has the mandate to lead mainstreaming, and has it named a focal point?</source>
            <translation>Quel organe a pour mandat de diriger l'intégration de la migration, et a-t-il désigné un point focal ?</translation>
        </message>
        <message>
            <source>Is there an inter-ministerial group to coordinate the work, and does it have written terms of reference?</source>
            <translation>Existe-t-il un groupe interministériel chargé de coordonner les travaux, et dispose-t-il de termes de référence écrits ?</translation>
        </message>
        <message>
            <source>How will migrants, diaspora, civil society, employers, trade unions and researchers be consulted on a regular basis?</source>
            <translation>Comment les migrants, la diaspora, la société civile, les employeurs, les syndicats et les chercheurs seront-ils consultés régulièrement ?</translation>
        </message>
        <message>
            <source>Is there money in the budget for this work, and if not, where could it come from?</source>
            <translation>Le budget prévoit-il des fonds pour ces travaux et, sinon, d'où pourraient-ils provenir ?</translation>
        </message>
        <message>
            <source>How will the work be tied to the national development plan and its calendar?</source>
            <translation>Comment les travaux seront-ils rattachés au plan national de développement et à son calendrier ?</translation>
        </message>
        <message>
            <source>Is the national statistics office on board, and has the government committed to improving migration data?</source>
            <translation>L'office national de la statistique est-il associé, et le gouvernement s'est-il engagé à améliorer les données sur la migration ?</translation>
        </message>
        <message>
            <source>How are local and regional governments taking part?</source>
            <translation>Comment les administrations locales et régionales participent-elles ?</translation>
        </message>
        <message>
            <source>Which ministries, agencies and other bodies have a mandate or programmes that touch on migration?</source>
            <translation>Quels ministères, organismes et autres entités ont un mandat ou des programmes en lien avec la migration ?</translation>
        </message>
        <message>
            <source>What does each stakeholder want from migration policy, and is it likely to support or oppose this work?</source>
            <translation>Qu'attend chaque partie prenante de la politique migratoire, et est-elle susceptible de soutenir ces travaux ou de s'y opposer ?</translation>
        </message>
        <message>
            <source>How would changes in migration policy affect each group?</source>
            <translation>Quels effets des changements de politique migratoire auraient-ils sur chaque groupe ?</translation>
        </message>
        <message>
            <source>Whose views carry the most weight, and how can we gain their support?</source>
            <translation>Quels avis pèsent le plus, et comment obtenir le soutien de ceux qui les portent ?</translation>
        </message>
        <message>
            <source>Can migrants, diaspora members, women and other directly affected groups speak for themselves in this process?</source>
            <translation>Les migrants, les membres de la diaspora, les femmes et les autres groupes directement concernés peuvent-ils s'exprimer eux-mêmes dans ce processus ?</translation>
        </message>
        <message>
            <source>Where do mandates overlap or leave gaps, and who should coordinate?</source>
            <translation>Où les mandats se chevauchent-ils ou laissent-ils des lacunes, et qui devrait assurer la coordination ?</translation>
        </message>
        <message>
            <source>Which laws, policies and plans already affect migration, and do any of them pull in different directions?</source>
            <translation>Quels lois, politiques et plans ont déjà une incidence sur la migration, et certains vont-ils dans des directions opposées ?</translation>
        </message>
        <message>
            <source>Which sources already hold migration data: the census, surveys, administrative registers, border records, permits, remittance statistics?</source>
            <translation>Quelles sources contiennent déjà des données sur la migration : recensement, enquêtes, registres administratifs, registres des frontières, titres et permis, statistiques des envois de fonds ?</translation>
        </message>
        <message>
            <source>Who owns each source, how often is it updated, and can we get access to it?</source>
            <translation>Qui détient chaque source, à quelle fréquence est-elle mise à jour, et pouvons-nous y accéder ?</translation>
        </message>
        <message>
            <source>Do the sources record country of birth, country of citizenship and year of arrival?</source>
            <translation>Les sources enregistrent-elles le pays de naissance, le pays de nationalité et l'année d'arrivée ?</translation>
        </message>
        <message>
            <source>Can the data be broken down by sex, age and migratory status, and by other characteristics that matter here?</source>
            <translation>Les données peuvent-elles être ventilées par sexe, âge et statut migratoire, ainsi que selon d'autres caractéristiques pertinentes dans le pays ?</translation>
        </message>
        <message>
            <source>What do we know about citizens living abroad and about people who have returned?</source>
            <translation>Que savons-nous des ressortissants vivant à l'étranger et des personnes rentrées au pays ?</translation>
        </message>
        <message>
            <source>Which of our priority SDG and GCM indicators can we measure today, and where are the gaps?</source>
            <translation>Lesquels de nos indicateurs prioritaires des ODD et du PMM pouvons-nous mesurer aujourd'hui, et où sont les lacunes ?</translation>
        </message>
        <message>
            <source>Could we fill gaps by adding questions to planned surveys or the next census, or by using proxy indicators?</source>
            <translation>Pourrions-nous combler les lacunes en ajoutant des questions aux enquêtes prévues ou au prochain recensement, ou en utilisant des indicateurs indirects ?</translation>
        </message>
        <message>
            <source>How will agencies share data with each other while protecting personal information?</source>
            <translation>Comment les organismes partageront-ils leurs données tout en protégeant les informations personnelles ?</translation>
        </message>
        <message>
            <source>How many people have left the country, arrived, returned or moved within it, and how have these stocks and flows changed over the last ten years?</source>
            <translation>Combien de personnes ont quitté le pays, y sont arrivées, y sont revenues ou se sont déplacées à l’intérieur de celui-ci, et comment ces stocks et ces flux ont-ils évolué au cours des dix dernières années ?</translation>
        </message>
        <message>
            <source>How much do remittances bring in, as a share of GDP, and how much does it cost to send them? Which corridors are the most expensive?</source>
            <translation>Combien les envois de fonds rapportent-ils, en proportion du PIB, et combien coûte leur envoi ? Quels corridors sont les plus coûteux ?</translation>
        </message>
        <message>
            <source>What do the figures say about the goals of the national development plan, and which goal has no figure to track it?</source>
            <translation>Que disent les chiffres des objectifs du plan national de développement, et quel objectif n’a aucun chiffre permettant d’en suivre la réalisation ?</translation>
        </message>
        <message>
            <source>Which figures are more than five years old or not broken down by sex, age and region, and who could update them before the plan is adopted?</source>
            <translation>Quels chiffres datent de plus de cinq ans ou ne sont pas ventilés par sexe, âge et région, et qui pourrait les actualiser avant l’adoption du plan ?</translation>
        </message>
        <message>
            <source>How does migration affect this sector's goals, and how do the sector's policies affect migration?</source>
            <translation>Quelle incidence la migration a-t-elle sur les objectifs de ce secteur, et quelle incidence les politiques du secteur ont-elles sur la migration ?</translation>
        </message>
        <message>
            <source>Where does migration bring benefits to this sector, such as skills, workers or remittances, and where does it create pressures or risks?</source>
            <translation>En quoi la migration apporte-t-elle des avantages à ce secteur (compétences, main-d'œuvre, envois de fonds), et en quoi crée-t-elle des pressions ou des risques ?</translation>
        </message>
        <message>
            <source>Do the sector's services and programmes reach migrants, returnees and families left behind?</source>
            <translation>Les services et programmes du secteur atteignent-ils les migrants, les personnes rentrées au pays et les familles restées au pays ?</translation>
        </message>
        <message>
            <source>Does the current sector strategy or plan mention migration, and if so, how?</source>
            <translation>La stratégie ou le plan sectoriel actuel mentionne-t-il la migration et, si oui, de quelle manière ?</translation>
        </message>
        <message>
            <source>What knock-on effects could a change in this sector have elsewhere, for example a farm reform that pushes people to move to cities?</source>
            <translation>Quels effets d'entraînement un changement dans ce secteur pourrait-il avoir ailleurs, par exemple une réforme agricole qui pousse des personnes à partir vers les villes ?</translation>
        </message>
        <message>
            <source>Which SDG targets and GCM objectives does this sector contribute to?</source>
            <translation>À quelles cibles des ODD et à quels objectifs du PMM ce secteur contribue-t-il ?</translation>
        </message>
        <message>
            <source>Who from this sector should take part in the follow-up?</source>
            <translation>Qui, dans ce secteur, devrait participer au suivi ?</translation>
        </message>
        <message>
            <source>Which issues from our review should be the top priorities, and why?</source>
            <translation>Quelles questions issues de notre examen devraient être les priorités absolues, et pourquoi ?</translation>
        </message>
        <message>
            <source>What concrete action will address each priority?</source>
            <translation>Quelle action concrète répondra à chaque priorité ?</translation>
        </message>
        <message>
            <source>Which body is responsible for each action, and who will support it?</source>
            <translation>Quel organe est responsable de chaque action, et qui l'appuiera ?</translation>
        </message>
        <message>
            <source>By when should each action be completed?</source>
            <translation>D'ici à quand chaque action doit-elle être achevée ?</translation>
        </message>
        <message>
            <source>What will each action cost, and where will the money come from?</source>
            <translation>Combien coûtera chaque action, et d'où proviendront les fonds ?</translation>
        </message>
        <message>
            <source>Which indicator will show whether the action has worked, and who will report on it?</source>
            <translation>Quel indicateur montrera si l'action a porté ses fruits, et qui en rendra compte ?</translation>
        </message>
        <message>
            <source>How will the action plan be written into the national development plan and the budget cycle?</source>
            <translation>Comment le plan d'action sera-t-il inscrit dans le plan national de développement et dans le cycle budgétaire ?</translation>
        </message>
        <message>
            <source>When and how will we review progress and adjust the plan?</source>
            <translation>Quand et comment examinerons-nous les progrès et ajusterons-nous le plan ?</translation>
        </message>
        <message>
            <source>Non-discrimination: do the sector's laws, rules or practices treat migrants differently by nationality, migration status, sex or age, and is the difference justified?</source>
            <translation>Non-discrimination : les lois, règles ou pratiques du secteur traitent-elles les migrants différemment selon la nationalité, le statut migratoire, le sexe ou l’âge, et cette différence est-elle justifiée ?</translation>
        </message>
        <message>
            <source>Access to services and justice: can migrants, including those in an irregular situation, use the sector's services and complain or seek a remedy without fear of being reported to immigration authorities?</source>
            <translation>Accès aux services et à la justice : les migrants, y compris ceux en situation irrégulière, peuvent-ils utiliser les services du secteur et porter plainte ou exercer un recours sans craindre d’être signalés aux autorités d’immigration ?</translation>
        </message>
        <message>
            <source>Detention: does the sector's policy lead to anyone being detained for migration reasons, for how long and with what review, and which alternatives to detention exist, above all for children and families?</source>
            <translation>Détention : la politique du secteur conduit-elle à placer des personnes en détention pour des raisons liées à la migration, pour quelle durée et avec quel contrôle, et quelles alternatives à la détention existent, surtout pour les enfants et les familles ?</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations: which groups does the sector miss or put at risk, such as women at risk, unaccompanied children, victims of trafficking, stateless persons, migrant domestic workers or families left behind?</source>
            <translation>Groupes en situation de vulnérabilité : quels groupes le secteur néglige-t-il ou met-il en danger, par exemple les femmes en situation de risque, les enfants non accompagnés, les victimes de la traite, les apatrides, les travailleurs domestiques migrants ou les familles restées au pays ?</translation>
        </message>
        <message>
            <source>Gender: how do the sector's policies affect migrant women and men, girls and boys differently, and were women's organisations consulted?</source>
            <translation>Genre : en quoi les politiques du secteur touchent-elles différemment les femmes et les hommes, les filles et les garçons migrants, et les organisations de femmes ont-elles été consultées ?</translation>
        </message>
        <message>
            <source>Workshop set-up</source>
            <translation>Préparation de l'atelier</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Engagement politique</translation>
        </message>
        <message>
            <source>Institutional and stakeholder mapping</source>
            <translation>Cartographie des institutions et des parties prenantes</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Inventaire des données</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Examen sectoriel</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>Agree why the country is mainstreaming migration, what the exercise will cover and who needs to be involved. Decide whether migration goes into a new national development plan or into a stand-alone strategy linked to it, and list the existing studies to build on.</source>
            <translation>S'accorder sur les raisons pour lesquelles le pays intègre la migration, sur ce que l'exercice couvrira et sur les acteurs à associer. Décider si la migration sera intégrée dans un nouveau plan national de développement ou dans une stratégie distincte qui y est rattachée, et répertorier les études existantes sur lesquelles s'appuyer.</translation>
        </message>
        <message>
            <source>Check that the political backing and the support structure are in place before the technical work starts. This means a high-level decision, a lead body with a focal point, coordination and consultation mechanisms, a budget and a clear link to the national plan.</source>
            <translation>Vérifier que le soutien politique et la structure d'appui sont en place avant le début des travaux techniques : une décision de haut niveau, un organe chef de file doté d'un point focal, des mécanismes de coordination et de consultation, un budget et un lien clair avec le plan national.</translation>
        </message>
        <message>
            <source>Map the government bodies and other actors whose mandates, interests or programmes touch on migration. Record their role, influence and likely position so the group can plan how to involve each of them and where coordination is needed.</source>
            <translation>Cartographier les organes gouvernementaux et les autres acteurs dont les mandats, les intérêts ou les programmes touchent à la migration. Consigner leur rôle, leur influence et leur position probable afin que le groupe puisse prévoir comment associer chacun d'eux et où une coordination est nécessaire.</translation>
        </message>
        <message>
            <source>List the data sources that can describe migration and its effects, who owns them and what they capture. Compare them with the indicators the country has prioritised to find gaps, weak disaggregation and practical ways to close them.</source>
            <translation>Répertorier les sources de données qui peuvent décrire la migration et ses effets, leurs détenteurs et ce qu'elles mesurent. Les comparer aux indicateurs jugés prioritaires par le pays pour repérer les lacunes, les ventilations insuffisantes et des moyens concrets d'y remédier.</translation>
        </message>
        <message>
            <source>Go through each development sector to see how migration affects its goals and how its policies affect migration, including knock-on effects between sectors. The result is a sector-by-sector picture of links, gaps and opportunities for the plan.</source>
            <translation>Passer en revue chaque secteur du développement pour voir comment la migration influe sur ses objectifs et comment ses politiques influent sur la migration, y compris les effets d'entraînement entre secteurs. Il en résulte un tableau, secteur par secteur, des liens, des lacunes et des possibilités pour le plan.</translation>
        </message>
        <message>
            <source>Turn the findings into a short list of priorities and concrete actions. Each action gets a responsible body, a timeframe, a cost estimate and an indicator so that progress can be monitored and reported.</source>
            <translation>Traduire les constats en une courte liste de priorités et d'actions concrètes. Chaque action se voit attribuer un organe responsable, une échéance, une estimation des coûts et un indicateur, afin que les progrès puissent être suivis et communiqués.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Minimize adverse drivers</source>
            <translation>Réduire les facteurs négatifs</translation>
        </message>
        <message>
            <source>Information provision</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Legal identity and documentation</source>
            <translation>Identité juridique et documents</translation>
        </message>
        <message>
            <source>Regular pathways</source>
            <translation>Voies de migration régulière</translation>
        </message>
        <message>
            <source>Recruitment and decent work</source>
            <translation>Recrutement et travail décent</translation>
        </message>
        <message>
            <source>Reduce vulnerabilities</source>
            <translation>Réduire les vulnérabilités</translation>
        </message>
        <message>
            <source>Save lives</source>
            <translation>Sauver des vies</translation>
        </message>
        <message>
            <source>Counter smuggling</source>
            <translation>Lutter contre le trafic de migrants</translation>
        </message>
        <message>
            <source>Eradicate trafficking</source>
            <translation>Éliminer la traite des personnes</translation>
        </message>
        <message>
            <source>Manage borders</source>
            <translation>Gestion des frontières</translation>
        </message>
        <message>
            <source>Screening and referral</source>
            <translation>Filtrage et orientation</translation>
        </message>
        <message>
            <source>Alternatives to detention</source>
            <translation>Alternatives à la rétention</translation>
        </message>
        <message>
            <source>Consular protection</source>
            <translation>Protection consulaire</translation>
        </message>
        <message>
            <source>Access to basic services</source>
            <translation>Accès aux services de base</translation>
        </message>
        <message>
            <source>Inclusion and social cohesion</source>
            <translation>Inclusion et cohésion sociale</translation>
        </message>
        <message>
            <source>Eliminate discrimination</source>
            <translation>Éliminer la discrimination</translation>
        </message>
        <message>
            <source>Skills development and recognition</source>
            <translation>Développement et reconnaissance des compétences</translation>
        </message>
        <message>
            <source>Migrant and diaspora contributions</source>
            <translation>Contributions des migrants et de la diaspora</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Envois de fonds</translation>
        </message>
        <message>
            <source>Dignified return and reintegration</source>
            <translation>Retour et réintégration dans la dignité</translation>
        </message>
        <message>
            <source>Social protection</source>
            <translation>Protection sociale</translation>
        </message>
        <message>
            <source>International cooperation</source>
            <translation>Coopération internationale</translation>
        </message>
        <message>
            <source>Collect and utilize accurate and disaggregated data as a basis for evidence-based policies</source>
            <translation>Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits</translation>
        </message>
        <message>
            <source>Minimize the adverse drivers and structural factors that compel people to leave their country of origin</source>
            <translation>Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine</translation>
        </message>
        <message>
            <source>Provide accurate and timely information at all stages of migration</source>
            <translation>Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration</translation>
        </message>
        <message>
            <source>Ensure that all migrants have proof of legal identity and adequate documentation</source>
            <translation>Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats</translation>
        </message>
        <message>
            <source>Enhance availability and flexibility of pathways for regular migration</source>
            <translation>Faire en sorte que les filières de migration régulière soient accessibles et plus souples</translation>
        </message>
        <message>
            <source>Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work</source>
            <translation>Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent</translation>
        </message>
        <message>
            <source>Address and reduce vulnerabilities in migration</source>
            <translation>S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire</translation>
        </message>
        <message>
            <source>Save lives and establish coordinated international efforts on missing migrants</source>
            <translation>Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus</translation>
        </message>
        <message>
            <source>Strengthen the transnational response to smuggling of migrants</source>
            <translation>Renforcer l’action transnationale face au trafic de migrants</translation>
        </message>
        <message>
            <source>Prevent, combat and eradicate trafficking in persons in the context of international migration</source>
            <translation>Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales</translation>
        </message>
        <message>
            <source>Manage borders in an integrated, secure and coordinated manner</source>
            <translation>Gérer les frontières de manière intégrée, sûre et coordonnée</translation>
        </message>
        <message>
            <source>Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral</source>
            <translation>Veiller à l’invariabilité et à la prévisibilité des procédures migratoires pour assurer des contrôles, des évaluations et une orientation appropriés</translation>
        </message>
        <message>
            <source>Use migration detention only as a measure of last resort and work towards alternatives</source>
            <translation>Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange</translation>
        </message>
        <message>
            <source>Enhance consular protection, assistance and cooperation throughout the migration cycle</source>
            <translation>Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire</translation>
        </message>
        <message>
            <source>Provide access to basic services for migrants</source>
            <translation>Assurer l’accès des migrants aux services de base</translation>
        </message>
        <message>
            <source>Empower migrants and societies to realize full inclusion and social cohesion</source>
            <translation>Donner aux migrants et aux sociétés des moyens en faveur de la pleine intégration et de la cohésion sociale</translation>
        </message>
        <message>
            <source>Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration</source>
            <translation>Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l’analyse des faits afin de faire évoluer la manière dont les migrations sont perçues</translation>
        </message>
        <message>
            <source>Invest in skills development and facilitate mutual recognition of skills, qualifications and competences</source>
            <translation>Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences</translation>
        </message>
        <message>
            <source>Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries</source>
            <translation>Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays</translation>
        </message>
        <message>
            <source>Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants</source>
            <translation>Rendre les envois de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière des migrants</translation>
        </message>
        <message>
            <source>Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration</source>
            <translation>Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dignité, ainsi que leur réintégration durable</translation>
        </message>
        <message>
            <source>Establish mechanisms for the portability of social security entitlements and earned benefits</source>
            <translation>Mettre en place des mécanismes de portabilité des droits de sécurité sociale et des avantages acquis</translation>
        </message>
        <message>
            <source>Strengthen international cooperation and global partnerships for safe, orderly and regular migration</source>
            <translation>Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières</translation>
        </message>
        <message>
            <source>Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable</source>
            <translation>Mettre en place des systèmes et mesures de protection sociale pour tous, adaptés au contexte national, y compris des socles de protection sociale, et faire en sorte que, d'ici à 2030, une part importante des pauvres et des personnes vulnérables en bénéficient</translation>
        </message>
        <message>
            <source>Proportion of population covered by social protection floors/systems, by sex, distinguishing children, unemployed persons, older persons, persons with disabilities, pregnant women, newborns, work-injury victims and the poor and the vulnerable</source>
            <translation>Proportion de la population bénéficiant de socles ou systèmes de protection sociale, par sexe et par groupe de population (enfants, chômeurs, personnes âgées, personnes handicapées, femmes enceintes et nouveau-nés, victimes d'un accident du travail, pauvres et personnes vulnérables)</translation>
        </message>
        <message>
            <source>By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters</source>
            <translation>D'ici à 2030, renforcer la résilience des pauvres et des personnes en situation vulnérable et réduire leur exposition aux phénomènes climatiques extrêmes et à d'autres chocs et catastrophes d'ordre économique, social ou environnemental et leur vulnérabilité</translation>
        </message>
        <message>
            <source>Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population</source>
            <translation>Nombre de personnes décédées, disparues ou directement touchées lors de catastrophes, pour 100 000 personnes</translation>
        </message>
        <message>
            <source>Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)</source>
            <translation>Pertes économiques directement attribuables à des catastrophes par rapport au produit intérieur brut (PIB) mondial</translation>
        </message>
        <message>
            <source>Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Nombre de pays ayant adopté et mis en œuvre des stratégies nationales de réduction des risques de catastrophe conformément au Cadre de Sendai pour la réduction des risques de catastrophe (2015-2030)</translation>
        </message>
        <message>
            <source>Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies</source>
            <translation>Proportion d'administrations locales ayant adopté et mis en place des stratégies locales de réduction des risques de catastrophe, conformément aux stratégies suivies à l'échelle nationale</translation>
        </message>
        <message>
            <source>Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all</source>
            <translation>Faire en sorte que chacun bénéficie d'une couverture sanitaire universelle, comprenant une protection contre les risques financiers et donnant accès à des services de santé essentiels de qualité et à des médicaments et vaccins essentiels sûrs, efficaces, de qualité et d'un coût abordable</translation>
        </message>
        <message>
            <source>Coverage of essential health services</source>
            <translation>Couverture des services de santé essentiels</translation>
        </message>
        <message>
            <source>Proportion of population with large household expenditures on health as a share of total household expenditure or income</source>
            <translation>Proportion de la population consacrant une grande part de ses dépenses ou de ses revenus domestiques aux services de soins de santé</translation>
        </message>
        <message>
            <source>Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States</source>
            <translation>Accroître considérablement le budget de la santé et le recrutement, le perfectionnement, la formation et le maintien en poste du personnel de santé dans les pays en développement, notamment dans les pays les moins avancés et les petits États insulaires en développement</translation>
        </message>
        <message>
            <source>Health worker density and distribution</source>
            <translation>Densité et répartition du personnel de santé</translation>
        </message>
        <message>
            <source>By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship</source>
            <translation>D'ici à 2030, augmenter nettement le nombre de jeunes et d'adultes disposant des compétences, notamment techniques et professionnelles, nécessaires à l'emploi, à l'obtention d'un travail décent et à l'entrepreneuriat</translation>
        </message>
        <message>
            <source>Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill</source>
            <translation>Proportion de jeunes et d'adultes ayant des compétences en informatique et en communication (TIC), par type de compétence</translation>
        </message>
        <message>
            <source>By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries</source>
            <translation>D'ici à 2020, augmenter nettement à l'échelle mondiale le nombre de bourses d'études offertes aux pays en développement, en particulier aux pays les moins avancés, aux petits États insulaires en développement et aux pays d'Afrique, pour financer le suivi d'études supérieures, y compris la formation professionnelle, les cursus informatiques, techniques et scientifiques et les études d'ingénieur, dans des pays développés et d'autres pays en développement</translation>
        </message>
        <message>
            <source>Volume of official development assistance flows for scholarships</source>
            <translation>Volume de l'aide publique au développement consacrée aux bourses d'études</translation>
        </message>
        <message>
            <source>Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation</source>
            <translation>Éliminer de la vie publique et de la vie privée toutes les formes de violence faite aux femmes et aux filles, y compris la traite et l'exploitation sexuelle et d'autres types d'exploitation</translation>
        </message>
        <message>
            <source>Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age</source>
            <translation>Proportion de femmes et de filles âgées de 15 ans ou plus ayant vécu en couple victimes de violences physiques, sexuelles ou psychologiques infligées au cours des 12 mois précédents par leur partenaire actuel ou un ancien partenaire, par forme de violence et par âge</translation>
        </message>
        <message>
            <source>Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence</source>
            <translation>Proportion de femmes et de filles âgées de 15 ans ou plus victimes de violences sexuelles infligées au cours des 12 mois précédents par une personne autre que leur partenaire intime, par âge et lieu des faits</translation>
        </message>
        <message>
            <source>Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate</source>
            <translation>Faire une place aux soins et travaux domestiques non rémunérés et les valoriser, par l'apport de services publics, d'infrastructures et de politiques de protection sociale et la promotion du partage des responsabilités dans le ménage et la famille, en fonction du contexte national</translation>
        </message>
        <message>
            <source>Proportion of time spent on unpaid domestic and care work, by sex, age and location</source>
            <translation>Proportion du temps consacré à des soins et travaux domestiques non rémunérés, par sexe, âge et lieu de résidence</translation>
        </message>
        <message>
            <source>By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value</source>
            <translation>D'ici à 2030, parvenir au plein emploi productif et garantir à toutes les femmes et à tous les hommes, y compris les jeunes et les personnes handicapées, un travail décent et un salaire égal pour un travail de valeur égale</translation>
        </message>
        <message>
            <source>Average hourly earnings of employees, by sex, age, occupation and persons with disabilities</source>
            <translation>Rémunération horaire moyenne des salariés, par sexe, âge, profession et situation au regard du handicap</translation>
        </message>
        <message>
            <source>Unemployment rate, by sex, age and persons with disabilities</source>
            <translation>Taux de chômage, par sexe, âge et situation au regard du handicap</translation>
        </message>
        <message>
            <source>Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms</source>
            <translation>Prendre des mesures immédiates et efficaces pour supprimer le travail forcé, mettre fin à l'esclavage moderne et à la traite d'êtres humains, interdire et éliminer les pires formes de travail des enfants, y compris le recrutement et l'utilisation d'enfants soldats, et, d'ici à 2025, mettre fin au travail des enfants sous toutes ses formes</translation>
        </message>
        <message>
            <source>Proportion and number of children aged 5–17 years engaged in child labour, by sex and age</source>
            <translation>Proportion et nombre d'enfants âgés de 5 à 17 ans qui travaillent, par sexe et âge</translation>
        </message>
        <message>
            <source>Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment</source>
            <translation>Défendre les droits des travailleurs, promouvoir la sécurité sur le lieu de travail et assurer la protection de tous les travailleurs, y compris les migrants, en particulier les femmes, et ceux qui ont un emploi précaire</translation>
        </message>
        <message>
            <source>Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status</source>
            <translation>Accidents du travail mortels et non mortels pour 100 000 travailleurs, par sexe et statut migratoire</translation>
        </message>
        <message>
            <source>Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status</source>
            <translation>Niveau de respect des droits du travail (liberté d'association et droit de négociation collective) au niveau national, eu égard aux textes de l'Organisation internationale du Travail (OIT) et à la législation nationale, par sexe et statut migratoire</translation>
        </message>
        <message>
            <source>Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all</source>
            <translation>Renforcer la capacité des institutions financières nationales de favoriser et généraliser l'accès de tous aux services bancaires et financiers et aux services d'assurance</translation>
        </message>
        <message>
            <source>(a) Number of commercial bank branches per 100,000 adults and (b) number of automated teller machines (ATMs) per 100,000 adults</source>
            <translation>a) Nombre de succursales de banques commerciales pour 100 000 adultes et b) nombre de distributeurs automatiques de billets pour 100 000 adultes</translation>
        </message>
        <message>
            <source>Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider</source>
            <translation>Proportion d'adultes (15 ans ou plus) possédant un compte dans une banque ou dans une autre institution financière ou faisant appel à un service mobile de transfert d'argent</translation>
        </message>
        <message>
            <source>By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status</source>
            <translation>D'ici à 2030, autonomiser toutes les personnes et favoriser leur intégration sociale, économique et politique, indépendamment de leur âge, de leur sexe, de leur handicap, de leur race, de leur appartenance ethnique, de leurs origines, de leur religion ou de leur statut économique ou autre</translation>
        </message>
        <message>
            <source>Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities</source>
            <translation>Proportion de personnes vivant avec moins de la moitié du revenu médian, par sexe, âge et situation au regard du handicap</translation>
        </message>
        <message>
            <source>Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard</source>
            <translation>Assurer l'égalité des chances et réduire l'inégalité des résultats, notamment en éliminant les lois, politiques et pratiques discriminatoires et en promouvant l'adoption de lois, politiques et mesures adéquates en la matière</translation>
        </message>
        <message>
            <source>Proportion of population reporting having personally felt discriminated against or harassed in the previous 12 months on the basis of a ground of discrimination prohibited under international human rights law</source>
            <translation>Proportion de la population ayant déclaré avoir personnellement fait l'objet de discrimination ou de harcèlement au cours des 12 mois précédents pour des motifs interdits par le droit international des droits de l'homme</translation>
        </message>
        <message>
            <source>Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</source>
            <translation>Faciliter la migration et la mobilité de façon ordonnée, sans danger, régulière et responsable, notamment par la mise en œuvre de politiques de migration planifiées et bien gérées</translation>
        </message>
        <message>
            <source>Recruitment cost borne by employee as a proportion of monthly income earned in country of destination</source>
            <translation>Coût du recrutement supporté par le salarié en proportion de son revenu mensuel dans le pays de destination</translation>
        </message>
        <message>
            <source>Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people</source>
            <translation>Proportion de pays dotés de politiques migratoires qui facilitent une migration et une mobilité ordonnées, sûres, régulières et responsables</translation>
        </message>
        <message>
            <source>Number of people who died or disappeared in the process of migration towards an international destination</source>
            <translation>Nombre de personnes décédées ou disparues au cours de leur migration vers une destination internationale</translation>
        </message>
        <message>
            <source>Proportion of the population who are refugees, by country of origin</source>
            <translation>Proportion de la population composée de réfugiés, par pays d'origine</translation>
        </message>
        <message>
            <source>By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent</source>
            <translation>D'ici à 2030, faire baisser au-dessous de 3 pour cent les coûts de transaction des envois de fonds effectués par les migrants et éliminer les couloirs de transfert de fonds dont les coûts sont supérieurs à 5 pour cent</translation>
        </message>
        <message>
            <source>Remittance costs as a proportion of the amount remitted</source>
            <translation>Coûts des envois de fonds en proportion du montant transféré</translation>
        </message>
        <message>
            <source>By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums</source>
            <translation>D'ici à 2030, assurer l'accès de tous à un logement et des services de base adéquats et sûrs, à un coût abordable, et assainir les quartiers de taudis</translation>
        </message>
        <message>
            <source>Proportion of urban population living in slums, informal settlements or inadequate housing</source>
            <translation>Proportion de la population urbaine vivant dans des quartiers de taudis, des implantations sauvages ou des logements inadéquats</translation>
        </message>
        <message>
            <source>Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries</source>
            <translation>Renforcer, dans tous les pays, la résilience et les capacités d'adaptation face aux aléas climatiques et aux catastrophes naturelles liées au climat</translation>
        </message>
        <message>
            <source>End abuse, exploitation, trafficking and all forms of violence against and torture of children</source>
            <translation>Mettre un terme à la maltraitance, à l'exploitation et à la traite, et à toutes les formes de violence et de torture dont sont victimes les enfants</translation>
        </message>
        <message>
            <source>Proportion of children aged 1–17 years who experienced any physical punishment and/or psychological aggression by caregivers in the past month</source>
            <translation>Proportion d'enfants âgés de 1 à 17 ans ayant subi un châtiment corporel ou une agression psychologique infligé par une personne s'occupant d'eux au cours du mois précédent</translation>
        </message>
        <message>
            <source>Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation</source>
            <translation>Nombre de victimes de la traite d'êtres humains pour 100 000 habitants, par sexe, âge et forme d'exploitation</translation>
        </message>
        <message>
            <source>Proportion of young women and men aged 18–29 years who experienced sexual violence by age 18</source>
            <translation>Proportion de jeunes femmes et de jeunes hommes âgés de 18 à 29 ans ayant été victimes de violences sexuelles avant l'âge de 18 ans</translation>
        </message>
        <message>
            <source>By 2030, provide legal identity for all, including birth registration</source>
            <translation>D'ici à 2030, garantir à tous une identité juridique, notamment grâce à l'enregistrement des naissances</translation>
        </message>
        <message>
            <source>Proportion of children under 5 years of age whose births have been registered with a civil authority, by age</source>
            <translation>Proportion d'enfants de moins de 5 ans dont la naissance a été enregistrée par une autorité d'état civil, par âge</translation>
        </message>
        <message>
            <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
            <translation>Promouvoir et appliquer des lois et politiques non discriminatoires pour le développement durable</translation>
        </message>
        <message>
            <source>Mobilize additional financial resources for developing countries from multiple sources</source>
            <translation>Mobiliser des ressources financières supplémentaires de diverses provenances en faveur des pays en développement</translation>
        </message>
        <message>
            <source>Additional financial resources mobilized for developing countries from multiple sources</source>
            <translation>Ressources financières supplémentaires de diverses provenances mobilisées en faveur des pays en développement</translation>
        </message>
        <message>
            <source>Volume of remittances (in United States dollars) as a proportion of total GDP</source>
            <translation>Volume des envois de fonds (en dollars des États-Unis) en proportion du PIB total</translation>
        </message>
        <message>
            <source>Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries</source>
            <translation>Renforcer le Partenariat mondial pour le développement durable, associé à des partenariats multipartites permettant de mobiliser et de partager des savoirs, des connaissances spécialisées, des technologies et des ressources financières, afin d'aider tous les pays, en particulier les pays en développement, à atteindre les objectifs de développement durable</translation>
        </message>
        <message>
            <source>Number of countries reporting progress in multi-stakeholder development effectiveness monitoring frameworks that support the achievement of the sustainable development goals</source>
            <translation>Nombre de pays faisant état de progrès dans la mise en place de cadres multipartites de suivi de l'efficacité du développement favorisant la réalisation des objectifs de développement durable</translation>
        </message>
        <message>
            <source>Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships</source>
            <translation>Encourager et promouvoir les partenariats publics, les partenariats public-privé et les partenariats avec la société civile, en faisant fond sur l'expérience acquise et les stratégies de financement appliquées en la matière</translation>
        </message>
        <message>
            <source>Amount in United States dollars committed to public-private partnerships for infrastructure</source>
            <translation>Montant en dollars des États-Unis des engagements en faveur de partenariats public-privé pour les infrastructures</translation>
        </message>
        <message>
            <source>By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts</source>
            <translation>D'ici à 2020, apporter un soutien accru au renforcement des capacités des pays en développement, notamment des pays les moins avancés et des petits États insulaires en développement, l'objectif étant de disposer d'un beaucoup plus grand nombre de données de qualité, actualisées et exactes, ventilées par niveau de revenu, sexe, âge, race, appartenance ethnique, statut migratoire, handicap et emplacement géographique, et selon d'autres caractéristiques propres à chaque pays</translation>
        </message>
        <message>
            <source>Statistical capacity indicators</source>
            <translation>Indicateurs de capacité statistique</translation>
        </message>
        <message>
            <source>Number of countries that have national statistical legislation that complies with the Fundamental Principles of Official Statistics</source>
            <translation>Nombre de pays dotés d'une législation nationale relative à la statistique conforme aux Principes fondamentaux de la statistique officielle</translation>
        </message>
        <message>
            <source>Number of countries with a national statistical plan that is fully funded and under implementation, by source of funding</source>
            <translation>Nombre de pays ayant un plan statistique national intégralement financé et en cours de mise en œuvre, par source de financement</translation>
        </message>
        <message>
            <source>By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries</source>
            <translation>D'ici à 2030, tirer parti des initiatives existantes pour établir des indicateurs de progrès en matière de développement durable qui viendraient compléter le produit intérieur brut, et appuyer le renforcement des capacités statistiques des pays en développement</translation>
        </message>
        <message>
            <source>Dollar value of all resources made available to strengthen statistical capacity in developing countries</source>
            <translation>Valeur (en dollars) de l'ensemble des ressources allouées au renforcement des capacités statistiques des pays en développement</translation>
        </message>
        <message>
            <source>Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration</source>
            <translation>Proportion de pays qui a) ont procédé à au moins un recensement de la population et du logement au cours des 10 dernières années, et b) ont atteint un taux d'enregistrement des naissances de 100 pour cent et un taux d'enregistrement des décès de 80 pour cent</translation>
        </message>
        <message>
            <source>Universal Declaration of Human Rights</source>
            <translation>Déclaration universelle des droits de l’homme</translation>
        </message>
        <message>
            <source>International Convention on the Elimination of All Forms of Racial Discrimination</source>
            <translation>Convention internationale sur l’élimination de toutes les formes de discrimination raciale</translation>
        </message>
        <message>
            <source>International Covenant on Civil and Political Rights</source>
            <translation>Pacte international relatif aux droits civils et politiques</translation>
        </message>
        <message>
            <source>International Covenant on Economic, Social and Cultural Rights</source>
            <translation>Pacte international relatif aux droits économiques, sociaux et culturels</translation>
        </message>
        <message>
            <source>Convention on the Elimination of All Forms of Discrimination against Women</source>
            <translation>Convention sur l’élimination de toutes les formes de discrimination à l’égard des femmes</translation>
        </message>
        <message>
            <source>Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment</source>
            <translation>Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants</translation>
        </message>
        <message>
            <source>Convention on the Rights of the Child</source>
            <translation>Convention relative aux droits de l’enfant</translation>
        </message>
        <message>
            <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
            <translation>Protocole facultatif à la Convention relative aux droits de l’enfant, concernant la vente d’enfants, la prostitution des enfants et la pornographie mettant en scène des enfants</translation>
        </message>
        <message>
            <source>International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families</source>
            <translation>Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille</translation>
        </message>
        <message>
            <source>Convention on the Rights of Persons with Disabilities</source>
            <translation>Convention relative aux droits des personnes handicapées</translation>
        </message>
        <message>
            <source>International Convention for the Protection of All Persons from Enforced Disappearance</source>
            <translation>Convention internationale pour la protection de toutes les personnes contre les disparitions forcées</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Refugees</source>
            <translation>Convention relative au statut des réfugiés</translation>
        </message>
        <message>
            <source>Protocol relating to the Status of Refugees</source>
            <translation>Protocole relatif au statut des réfugiés</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Stateless Persons</source>
            <translation>Convention relative au statut des apatrides</translation>
        </message>
        <message>
            <source>Convention on the Reduction of Statelessness</source>
            <translation>Convention sur la réduction des cas d’apatridie</translation>
        </message>
        <message>
            <source>Vienna Convention on Consular Relations</source>
            <translation>Convention de Vienne sur les relations consulaires</translation>
        </message>
        <message>
            <source>United Nations Convention against Transnational Organized Crime</source>
            <translation>Convention des Nations Unies contre la criminalité transnationale organisée</translation>
        </message>
        <message>
            <source>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants</translation>
        </message>
        <message>
            <source>Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée</translation>
        </message>
        <message>
            <source>Forced Labour Convention, 1930 (No. 29)</source>
            <translation>Convention (n° 29) sur le travail forcé, 1930</translation>
        </message>
        <message>
            <source>Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)</source>
            <translation>Convention (n° 87) sur la liberté syndicale et la protection du droit syndical, 1948</translation>
        </message>
        <message>
            <source>Right to Organise and Collective Bargaining Convention, 1949 (No. 98)</source>
            <translation>Convention (n° 98) sur le droit d’organisation et de négociation collective, 1949</translation>
        </message>
        <message>
            <source>Equal Remuneration Convention, 1951 (No. 100)</source>
            <translation>Convention (n° 100) sur l’égalité de rémunération, 1951</translation>
        </message>
        <message>
            <source>Protocol of 2014 to the Forced Labour Convention, 1930</source>
            <translation>Protocole de 2014 relatif à la convention sur le travail forcé, 1930</translation>
        </message>
        <message>
            <source>Migration for Employment Convention (Revised), 1949 (No. 97)</source>
            <translation>Convention (n° 97) sur les travailleurs migrants (révisée), 1949</translation>
        </message>
        <message>
            <source>Social Security (Minimum Standards) Convention, 1952 (No. 102)</source>
            <translation>Convention (n° 102) concernant la sécurité sociale (norme minimum), 1952</translation>
        </message>
        <message>
            <source>Abolition of Forced Labour Convention, 1957 (No. 105)</source>
            <translation>Convention (n° 105) sur l’abolition du travail forcé, 1957</translation>
        </message>
        <message>
            <source>Discrimination (Employment and Occupation) Convention, 1958 (No. 111)</source>
            <translation>Convention (n° 111) concernant la discrimination (emploi et profession), 1958</translation>
        </message>
        <message>
            <source>Equality of Treatment (Social Security) Convention, 1962 (No. 118)</source>
            <translation>Convention (n° 118) sur l’égalité de traitement (sécurité sociale), 1962</translation>
        </message>
        <message>
            <source>Minimum Age Convention, 1973 (No. 138)</source>
            <translation>Convention (n° 138) sur l’âge minimum, 1973</translation>
        </message>
        <message>
            <source>Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)</source>
            <translation>Convention (n° 143) sur les travailleurs migrants (dispositions complémentaires), 1975</translation>
        </message>
        <message>
            <source>Occupational Safety and Health Convention, 1981 (No. 155)</source>
            <translation>Convention (n° 155) sur la sécurité et la santé des travailleurs, 1981</translation>
        </message>
        <message>
            <source>Maintenance of Social Security Rights Convention, 1982 (No. 157)</source>
            <translation>Convention (n° 157) sur la conservation des droits en matière de sécurité sociale, 1982</translation>
        </message>
        <message>
            <source>Private Employment Agencies Convention, 1997 (No. 181)</source>
            <translation>Convention (n° 181) sur les agences d’emploi privées, 1997</translation>
        </message>
        <message>
            <source>Worst Forms of Child Labour Convention, 1999 (No. 182)</source>
            <translation>Convention (n° 182) sur les pires formes de travail des enfants, 1999</translation>
        </message>
        <message>
            <source>Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)</source>
            <translation>Convention (n° 187) sur le cadre promotionnel pour la sécurité et la santé au travail, 2006</translation>
        </message>
        <message>
            <source>Work in Fishing Convention, 2007 (No. 188)</source>
            <translation>Convention (n° 188) sur le travail dans la pêche, 2007</translation>
        </message>
        <message>
            <source>Maritime Labour Convention, 2006</source>
            <translation>Convention du travail maritime, 2006</translation>
        </message>
        <message>
            <source>Domestic Workers Convention, 2011 (No. 189)</source>
            <translation>Convention (n° 189) sur les travailleuses et travailleurs domestiques, 2011</translation>
        </message>
        <message>
            <source>Violence and Harassment Convention, 2019 (No. 190)</source>
            <translation>Convention (n° 190) sur la violence et le harcèlement, 2019</translation>
        </message>
        <message>
            <source>African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa</source>
            <translation>Convention de l’Union africaine sur la protection et l’assistance aux personnes déplacées en Afrique</translation>
        </message>
        <message>
            <source>OAU Convention Governing the Specific Aspects of Refugee Problems in Africa</source>
            <translation>Convention de l’OUA régissant les aspects propres aux problèmes des réfugiés en Afrique</translation>
        </message>
        <message>
            <source>Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment</source>
            <translation>Protocole au Traité instituant la Communauté économique africaine relatif à la libre circulation des personnes, au droit de séjour et au droit d’établissement</translation>
        </message>
        <message>
            <source>Protocol A/P.1/5/79 relating to Free Movement of Persons, Residence and Establishment</source>
            <translation>Protocole A/P.1/5/79 sur la libre circulation des personnes, le droit de résidence et d’établissement</translation>
        </message>
        <message>
            <source>European Convention on the Legal Status of Migrant Workers</source>
            <translation>Convention européenne relative au statut juridique du travailleur migrant</translation>
        </message>
        <message>
            <source>ASEAN Convention Against Trafficking in Persons, Especially Women and Children</source>
            <translation>Convention de l’ASEAN contre la traite des personnes, en particulier des femmes et des enfants</translation>
        </message>
        <message>
            <source>Guiding Principles on Internal Displacement</source>
            <translation>Principes directeurs relatifs au déplacement de personnes à l’intérieur de leur propre pays</translation>
        </message>
        <message>
            <source>ILO Multilateral Framework on Labour Migration</source>
            <translation>Cadre multilatéral de l’OIT pour les migrations de main-d’œuvre</translation>
        </message>
        <message>
            <source>Transforming our world: the 2030 Agenda for Sustainable Development</source>
            <translation>Transformer notre monde : le Programme de développement durable à l’horizon 2030</translation>
        </message>
        <message>
            <source>Addis Ababa Action Agenda of the Third International Conference on Financing for Development</source>
            <translation>Programme d’action d’Addis-Abeba issu de la troisième Conférence internationale sur le financement du développement</translation>
        </message>
        <message>
            <source>Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Cadre de Sendai pour la réduction des risques de catastrophe (2015-2030)</translation>
        </message>
        <message>
            <source>New York Declaration for Refugees and Migrants</source>
            <translation>Déclaration de New York pour les réfugiés et les migrants</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Pacte mondial pour des migrations sûres, ordonnées et régulières</translation>
        </message>
        <message>
            <source>Global Compact on Refugees</source>
            <translation>Pacte mondial sur les réfugiés</translation>
        </message>
        <message>
            <source>African Union</source>
            <translation>Union africaine</translation>
        </message>
        <message>
            <source>Economic Community of West African States (ECOWAS)</source>
            <translation>Communauté économique des États de l’Afrique de l’Ouest (CEDEAO)</translation>
        </message>
        <message>
            <source>Council of Europe</source>
            <translation>Conseil de l’Europe</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations (ASEAN)</source>
            <translation>Association des nations de l’Asie du Sud-Est (ASEAN)</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations</source>
            <translation>Association des nations de l’Asie du Sud-Est</translation>
        </message>
        <message>
            <source>Balance of payments</source>
            <translation>Balance des paiements</translation>
        </message>
        <message>
            <source>Committee on the Elimination of Racial Discrimination</source>
            <translation>Comité pour l’élimination de la discrimination raciale</translation>
        </message>
        <message>
            <source>United Nations Department of Economic and Social Affairs</source>
            <translation>Département des affaires économiques et sociales de l’Organisation des Nations Unies</translation>
        </message>
        <message>
            <source>Disaster risk reduction</source>
            <translation>Réduction des risques de catastrophe</translation>
        </message>
        <message>
            <source>Economic Community of West African States</source>
            <translation>Communauté économique des États de l’Afrique de l’Ouest</translation>
        </message>
        <message>
            <source>European Treaty Series (Council of Europe)</source>
            <translation>Série des traités européens (Conseil de l’Europe)</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>Union européenne</translation>
        </message>
        <message>
            <source>Gross domestic product</source>
            <translation>Produit intérieur brut</translation>
        </message>
        <message>
            <source>Human resources</source>
            <translation>Ressources humaines</translation>
        </message>
        <message>
            <source>International Court of Justice</source>
            <translation>Cour internationale de Justice</translation>
        </message>
        <message>
            <source>Information and communications technology</source>
            <translation>Technologies de l’information et des communications</translation>
        </message>
        <message>
            <source>Labour force survey</source>
            <translation>Enquête sur la population active</translation>
        </message>
        <message>
            <source>Multiple Indicator Cluster Survey</source>
            <translation>Enquête par grappes à indicateurs multiples</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <translation>Organisation non gouvernementale</translation>
        </message>
        <message>
            <source>Organization of African Unity, now the African Union</source>
            <translation>Organisation de l’unité africaine, aujourd’hui l’Union africaine</translation>
        </message>
        <message>
            <source>Technical and vocational education and training</source>
            <translation>Enseignement et formation techniques et professionnels</translation>
        </message>
        <message>
            <source>United Nations</source>
            <translation>Organisation des Nations Unies</translation>
        </message>
        <message>
            <source>Office of the United Nations High Commissioner for Refugees (UN Refugee Agency)</source>
            <translation>Haut-Commissariat des Nations Unies pour les réfugiés (Agence des Nations Unies pour les réfugiés)</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>World Health Organization</source>
            <translation>Organisation mondiale de la Santé</translation>
        </message>
        <message>
            <source>GCM {number}: {label}</source>
            <translation>PMM {number} : {label}</translation>
        </message>
    </context>
</TS>