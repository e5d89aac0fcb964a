<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong: {error}

Everything up to your last change is saved in the workshop file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup possible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk holding the backups has less than {mb} MB free, so no backup can be taken before this import. Import anyway, without a backup? (Ctrl+Z still takes the import back.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup skipped: the disk is almost full. Free some space; your changes are still saved in the workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup folder “{name}” is outside the backups folder; no backup was taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop failed its integrity check; no backup was taken so good backups are not replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup is damaged and cannot be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: the disk holding the backups has less than {mb} MB free, so no backup could be taken first. Free some space, or add --no-backup to import without one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no backup was taken before the import (the disk is almost full).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>when opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>while working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before a format update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before an import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before a merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n:.1f} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore as new file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the selected backup as a new workshop file; this workshop is not changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies of this workshop taken automatically when it is opened, every few minutes while it changes, when it is closed, and before imports. The last 10 are kept, and one a day for 30 days. Restoring writes a new file; this workshop stays as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backups of this workshop yet. The first is taken shortly after it is opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists. Choose a new file name: restoring never replaces a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring to {path}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was written to “{path}”. Open it now? (This workshop is closed first; it stays as it is.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Workshop file: {path} (format {version})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Validation: {n} problem(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Validation: ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completeness:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not stored as text; the record may not be shown correctly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds binary data ({n} bytes) where {what} is expected; it is read as empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds {value} where yes or no (1 or 0) is expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds “{value}” where {what} is expected; it is read as empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is too long ({n} characters, at most {max}); it is shown and exported cut to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds “{value}”, which is not a list of values; it is read as empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workshop record is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file holds {n} workshop records; a workshop has exactly one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} entries are damaged (the first is number {seq}); the history of the records concerned may be incomplete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking “{name}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ The file is damaged. Keep working in a restored copy: File → Backups… → Restore as new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ The file is sound, but {n} record(s) need attention (listed below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ OK: the file is sound and every record is valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The check could not be run: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>Checking the workshop…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Type to search…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CoherenceOverview</name>
        <message>
            <source>Sector (weakest first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coherence score (1 = incoherent, 5 = fully coherent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies by verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no policy recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the sectors to review, then score how coherent their policies are with migration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sector}
Coherence score: {score}
Priority: {priority}
Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Title and country set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates and venue set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National development strategy named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A commitment adopted or in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead agency and focal point named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A coordination mechanism recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mechanisms have members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status of international instruments reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness checklist answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least 10 stakeholders mapped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every stakeholder rated for influence and interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every stakeholder has a mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations between stakeholders recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migrants or diaspora organisations included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data sources listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every data source has an owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every indicator matched to its data sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disaggregations of each source recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sectors chosen for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every sector assessed with a coherence score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies in force listed for every sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every action has a responsible actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every action has a timeframe and priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every action has an indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Costs estimated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CoverageHeatmap</name>
        <message>
            <source>Best coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage of each indicator by each data source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No data source for this indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{indicator}
Best coverage: {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{indicator}
{source}
Coverage: {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the indicators the plan will track and record which data sources can feed them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{gaps} of {total} indicators have no data source yet (marked with a warning sign).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every one of the {total} indicators has at least one data source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No coverage has been recorded yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <source>Coverage heatmap</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick the date from a calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Deliverables</name>
        <message>
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include personal data (names, emails and phone numbers of participants and contacts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as “draft for validation”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional PNG or JPEG of the organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Excel workbook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import workbook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeliverablesPage</name>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report and workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps it finds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still to do: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisers' logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This export is not available: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing is not available: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported: no backup could be taken first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported: {n} change(s). Ctrl+Z takes the import back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The scale must be between 1 and {max}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Political commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institutional mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sectoral review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portuguese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not stated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rapporteur</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cabinet or council of ministers decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Presidential or ministerial decree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Law</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy (green/white paper, ministry paper)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National development plan provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Official statement or declaration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM national implementation plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>International</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sub-national</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inter-ministerial committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Multi-stakeholder consultative mechanism</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thematic sub-committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steering committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dormant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dissolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quarterly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Twice a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yearly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ad hoc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co-chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secretariat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ratified or acceded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed, not ratified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endorsed (non-binding)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under consideration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applicable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Champion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supportive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sceptical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opposed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner (manage closely)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consult (keep satisfied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inform (keep informed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinates with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shares data with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partners with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oversees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tension or overlap with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continuous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 2–5 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 10 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Irregular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pilot or sample area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nationals abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open (published)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under data-sharing agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restricted (internal only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDG global indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM progress indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National development plan indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regulation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bilateral agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explicitly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implicitly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not addressed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coherent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partly coherent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incoherent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short term (&lt; 1 year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium term (1–3 years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long term (&gt; 3 years)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage closely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep informed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country name (if not in the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for a fictional or user-assigned country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National development strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strategy period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the deliverables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose and scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation (if not a stakeholder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead agency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focal point (name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focal point contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget allocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference or link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terms of reference adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year established</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mechanism</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reservations or declarations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementing body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acronym</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thematic areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 = little power over the process, 5 = decisive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 = little stake in the outcome, 5 = central</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 = weak, 3 = strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Periodicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geographic coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migration variables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disaggregations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDG indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disaggregations needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disaggregations available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead ministry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How migration affects the sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the sector affects migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy coherence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 = policies work against each other, 5 = fully coherent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDG targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addresses migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coherence with migration goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raised in step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeframe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funding source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {what} yet — add them in {step}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>File</name>
        <message>
            <source>“{name}” is not an ordinary file (a folder, a device, a pipe or a link); choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is the workshop itself; choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is given for two exports; choose a different name for each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied or read-only medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an input/output error (is the USB stick still plugged in?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write “{name}”: {reason}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists (use --force to replace it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “{name}” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a folder, not a workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has a WAL file beside it (“{wal}”), which workshop files never use: it was changed by another program. Move “{wal}” away to open the file as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is on a read-only medium or in a folder you cannot write to: it can be checked and exported but not changed. Copy it to a writable folder to edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A query on the workshop ran past its limit ({steps} million steps), far more than any real workshop needs: the file may be crafted or damaged. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected {kind} “{object}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed {kind} “{object}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missing {kind} “{object}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a damaged workshop file, or not a workshop this version wrote ({difference}). It was not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not an SQLite database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a database of another application, not a workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop (file format {found}; this version reads up to {supported}). Update the application to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no schema version).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is in WAL mode, which workshop files never use: it was changed by another program and is not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (bad page size).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a regular file (a device, a pipe or a socket): it is not a workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is truncated or damaged (its size is not a whole number of pages). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” uses an older file format and must be opened for writing once to update it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is damaged ({reason}). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is being written by another program; try again when it is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop record is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was not closed properly (a crash or a power cut). Open it for editing once, in the window, to recover its last saved state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (table {table} lacks {columns}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no workshop id).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{journal}” beside “{name}” is not this workshop's journal (it belongs to another database or is damaged); playing it back would destroy the workshop. Move “{journal}” away, then open the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder “{path}” cannot be used ({reason}): backups cannot be kept. Set MAINSTREAM_DESKTOP_HOME to a folder you can write.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Mainstream workshop (*.mainstream)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GroupFiles</name>
        <message>
            <source>Copy for a working group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The working group's name (it shows in the copy's title bar and when the copies are merged back):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the working group's copy as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy for the working group “{group}” saved as {path}. Merge it back with File ▸ Merge working-group files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the record)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who (device)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the field back to the value this change wrote (Ctrl+Z undoes it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the value before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the field back to the value it had before this change (Ctrl+Z undoes it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of {what} “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} already has this value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} restored. Ctrl+Z in the window undoes it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Nothing was imported: the workbook has {n} error(s). First: {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop changed since the import was previewed; preview it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required, but the sheet has no such column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a new row identical to a record already in {where}; was this workbook imported before?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has two sheets for one register, {first} and {second}; keep one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop: it has none of the sheets {sheets}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this sheet is not part of the workshop workbook; ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop; update the application to import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this column appears twice in the sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a column of this sheet; ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the hidden id column is missing: every row is taken as a new record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the cell holds a spreadsheet error or more than {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a formula without a saved value; formulas are not calculated on import, type the value instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value “{value}” was used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this sheet holds one row; remove the others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a record id; leave the id empty for a new record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same record appears twice (also in row {row})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this record was deleted in the workshop; clear the id to add it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this id belongs to a record on another sheet; leave the id empty for a new record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} records on sheet {sheet} have this name; make the names different</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no {record} has this name on sheet {sheet} or in the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column “{column}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from “{name}”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sheet}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} error(s); nothing will be imported until they are fixed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {n} more errors not listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is an old-style .xls workbook or is protected by a password. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) without a password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is damaged and cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB unpacked; at most {max} MB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” holds more than {max} different texts, more than a workbook within the import's limits can need; it was refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” contains constructs that no spreadsheet program writes (XML entity declarations or an extreme compression ratio) and was refused as potentially harmful.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing needs the defusedxml package, which protects against harmful workbooks; it is not installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} filled cells; split the workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} rows; split the workbook.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Problems found (nothing is imported while there are any):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{added} record(s) will be added and {updated} updated. The import is one step: Undo takes it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook cannot be imported until the problems below are fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InstitutionsPage</name>
        <message>
            <source>Power–interest grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Unknown language “{code}”; use one of: {codes}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>{user} on {host} (process {pid}) since {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “{name}” stays locked by another program; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another window: {holder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” beside the workshop is a folder, not a lock record; remove it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was opened by another program just now; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in a window: {holder}. Close it there first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — Working group: {group}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write the sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy saved as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last change written to the file at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Mainstream Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mainstream Desktop {version}

Walks a national working group through mainstreaming migration into development planning. Every change is written to the workshop file the moment it is made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Name at least two workshop files to merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} conflict(s); nothing was written. Decide them in the window (File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--resolve takes “newest” or one of the files being merged, not “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited in one file, deleted in another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refers to a record another file deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added in two files with the same name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>parents form a cycle once combined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a copy of another workshop than “{first}”; only copies of one workshop can be merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>device {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} conflict(s) are not decided; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merged workshop would not be valid: {why}. Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A working group needs a name (at most 80 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} [{group}]:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no changes since the copies parted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{register}: {added} added, {changed} changed, {deleted} deleted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge working-group files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review the merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest wins for the rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide every conflict still open by keeping the latest change (a name added twice keeps both records)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the merged workshop as a new file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working groups' files to merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — the workshop open in this window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading {n} files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No conflicts: the files' changes fit together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step and register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file changed anything since the copies were made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{group}'s version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both (the later one is renamed after its group)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the merged workshop as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is one of the files being merged; choose a new file for the result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged: {n} change(s) written to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merged workshop was written to “{name}”. None of the merged files was changed. Open the merged workshop now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeReview</name>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited here, deleted there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refers to a deleted record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parents in a circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: the files changed this field to different values. Keep one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} was deleted in one file and edited in another. Delete it, or keep it with the edits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} refers to a record another file deleted. Let the deletion stand (the reference goes), or keep the record it refers to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two files each added a record with the same name. Keep one (the other's references move to it), or keep both (the later one is renamed after its group).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: once combined, these records would each be the other's parent. Keep one side; the other's parent is cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited the record: keep it, with the edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “{name}”: the {what} referring to it is deleted too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “{name}”: the reference to it is cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refers to “{name}”: keep “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added “{name}”: keep this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put “{child}” under “{parent}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{user}
device {device}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The working groups' files to merge, copies of this one workshop. The first is the base; the merged workshop is written as a new file, and none of these files is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What each file changed since the copies were made (+ added, ~ changed, − deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts: for each, choose the version that goes into the merged workshop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MultiEditor</name>
        <message>
            <source>Filter…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Alt+{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still to do:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add stakeholders and the links between them (who reports to, funds or works with whom).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}
{type}
Influence {weight} · {links} link(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger = more influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewWorkshop</name>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. National consultation on migration and development</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the workshop in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the workshop a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the country from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to keep the workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists; choose another file name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureFrame</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open or create a workshop.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureHost</name>
        <message>
            <source>This picture cannot be shown.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Type not set</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PowerInterestView</name>
        <message>
            <source>{name}
{type}
Influence {influence}, interest {interest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest in the outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence over the process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate the stakeholders' influence and interest (1–5) and they appear on the grid, where you can drag them between cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>This workshop is open read-only; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is being written just now; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop is open read-only; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a record to see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a record, or press Ctrl+N to add one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last changed {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added. Press Ctrl+N to add another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the record (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the new record (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordination mechanisms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordination mechanism</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mechanism members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mechanism member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>International instruments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Readiness item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sectors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search {what}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a {what} (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected record (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a record to see its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete with dependents?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is used by {count} other record(s). Delete it and remove those records or references too? (Undo brings everything back.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Unknown paper size “{paper}” (use a4 or letter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown report language “{lang}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mainstreaming migration into development planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft for validation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prioritised actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annex {letter}. {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference lists used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDG targets and indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives of the Global Compact for Migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDG titles follow the global indicator framework as revised in 2025 (E/CN.3/2025/6) where the revision column says 2025.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ in place · ◐ partly · ✗ not in place · ? unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Known gaps in the sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators by the best coverage any data source gives them ({n} indicators).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage of the first {rows} of {all_rows} indicators by the {cols} data sources that cover them most (at most {max_rows} × {max_cols} shown).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which data source can feed which indicator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disaggregation gaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every disaggregation the indicators need is available from at least one source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} indicators lack at least one disaggregation they need. Most often missing: {list}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available from any source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stakeholder has been rated for influence and interest yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of stakeholders in each cell of the grid ({n} rated); the table above names them all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholders by influence and interest ({n} rated). Marker shape shows the kind of body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engagement quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relations between stakeholders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No relations between stakeholders were recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} stakeholders and {m} relations, summarised by kind of body: circle size and number show how many bodies, line weight and number how many relations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations; only the {top} most connected are named.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations. Marker size shows influence; line style shows the kind of relation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandates, gaps and overlaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gaps and overlaps: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy coherence overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coherence score assessed for each sector (bars) and the number of policies judged coherent, partly coherent or incoherent with migration goals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} participants from {orgs} organisations took part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants by sex and role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coherence score (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies in force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} relations within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo file “{name}” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo “{name}” cannot be read as an image; use a PNG or JPEG file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The logo “{name}” is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report produced on {date} with Mainstream Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Executive summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main gaps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The checks of every step are complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No actions have been recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop “{title}” for {country} took place in {venue}, {dates}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This report presents the workshop “{title}” for {country}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} participant took part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} participants took part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} political commitment was recorded, {adopted} of them adopted or in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} political commitments were recorded, {adopted} of them adopted or in force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} stakeholder was mapped; {key} of them should be managed closely (high influence and high interest).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} stakeholders were mapped; {key} of them should be managed closely (high influence and high interest).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sources} data sources and {indicators} indicators were inventoried; {uncovered} indicators have no data source that covers them yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action plan holds {n} action, {high} of high priority, with an estimated cost of {cost}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action plan holds {n} actions, {high} of high priority, with an estimated total cost of {cost}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent is {sector} ({score}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of the {total} readiness conditions are not in place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policies are weakly coherent with migration goals (score 2 or less) in {n} sectors: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}: {gap}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Government and public bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>International partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil society, migrants and communities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private sector and academia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SectorsPage</name>
        <message>
            <source>Coherence overview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Guidance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the purpose and guiding questions (F1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guiding questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still to do:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} checks done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Deliverables</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A workshop file holds one workshop record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The id {id} is already used by another record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{register} {id} does not exist or was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop record cannot be deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop changed since this was previewed; preview it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{register} “{name}” is used by {count} record(s) ({names}); delete them first or delete with dependents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{register} {id} is not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot undo: the record is gone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other records now refer to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cannot be undone or redone now: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{register} has no field “{field}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Add {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move stakeholder in the grid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refers to a {target} that does not exist or was deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would make the record its own ancestor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not one of the allowed values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contains control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is too long ({n} characters, at most {max})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not an email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a record id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a number (got “{value}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be between {lo} and {hi} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be at least {lo} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be at most {hi} (got {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be yes or no (got “{value}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD (got “{value}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is before the start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a time as HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is before the start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a stakeholder cannot be linked to itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is before the baseline year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Mainstream Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mainstream migration into development planning, one step at a time. Every change is saved the moment you make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the sample workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent workshops</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>one value from the drop-down list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one or more values from the drop-down list, separated by “; ”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name of a record on sheet {sheet}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number from {lo} to {hi}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number, at least {lo}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number, at least {lo}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a year (YYYY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an email address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text, at most {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each sheet is one register of the workshop: one row per record. The first row holds the column headers; do not rename, move or delete the sheets or their headers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To add a record, fill in a new row at the bottom of its sheet. To change a record, edit its row. Columns with an orange header are required: fill them in on every row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column A of every register sheet is hidden: it holds the record's identifier. Leave it as it is; it is empty for new rows. Deleting a row here does not delete the record when the workbook is imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where a cell refers to another register (an owner, a lead ministry, a sector), type or choose the record's name exactly as it appears on that register's sheet. A record added in this workbook can be referred to by its name in the same way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where a cell takes several values, separate them with a semicolon (“; ”). Choose values from the drop-down lists; dates are written YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Formulas are not read: type values, not formulas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the workbook comes back, the facilitator imports it into the workshop file. The import first shows what it will add and change and lists every problem by sheet, row and column; nothing is changed until every problem is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy leaves out personal data: names, positions and contact details of people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mainstream Desktop workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>included</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheets and columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Several values: separate them with “; ”. Press OK to keep what you typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found on sheet {sheet}. Keep it only if it is the exact name of a record there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The disk is full. Free some space (or choose another disk) and try again; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Employment and labour markets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education and skills development</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agriculture, food security and rural development</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urban development, housing and local services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social protection and social security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finance, remittances and financial inclusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Private sector development, investment and trade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diaspora engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Environment, climate change and disaster risk reduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender equality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children and youth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Governance, rule of law and human rights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Security and border management</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead government body / national focal point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line ministries and agencies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National statistical system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Central bank and financial regulators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local and regional authorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parliament</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National human rights institutions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migrants, diaspora and their organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil society and faith-based organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trade unions / workers' organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Employers, private sector and recruitment industry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Academia and research</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UN system and international organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Development partners and donors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional and inter-state bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communities of origin, transit and destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population and housing census</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Labour force survey (with migration module)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household income/expenditure or living-standards survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demographic and Health Survey / Multiple Indicator Cluster Survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Specialised migration, remittance or cost-of-migration survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population register / register of foreigners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residence permit records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work permit and outgoing-worker registration records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visa records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Border crossing (entry/exit) records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asylum and refugee registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consular registers of nationals abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Civil registration and vital statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balance-of-payments remittance statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remittance price data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education management information system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health workforce registries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social security and tax administrative records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trafficking and smuggling case data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deaths and disappearances during migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Displacement tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migration policy inventories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Non-traditional data (mobile phone, online and social-media data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country of citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acquisition of citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year or period of arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place of birth (within the country)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration of residence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place or country of previous residence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place of residence 1 year ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place of residence 5 years ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ever resided abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for migration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household members currently living abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Household members who ever lived abroad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return migration (returnees and time abroad)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intention to migrate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remittances received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remittances sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recruitment costs paid by migrant workers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parents' country of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal status / permit type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asylum or refugee status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose of travel or stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country of destination (for emigrants and outgoing workers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country of residence (nationals abroad)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country of training or qualification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migratory status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country of previous residence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geographic location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Race</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ethnicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Occupation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A formal decision to mainstream migration into development planning has been taken at a senior level of government.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lead body with a clear mandate (for example a planning body or the office of the head of government) has been chosen, and a national focal point inside government has been named to lead and coordinate the work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An expert facilitator has been identified to support the focal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A small support group (government, UN Country Team, possibly civil society) is in place to give technical advice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An inter-ministerial coordination mechanism exists and has written terms of reference setting out its composition, mandate and functions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A multi-stakeholder consultative mechanism has been set up so that migrants, diaspora, civil society, the private sector, trade unions and academia are consulted regularly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Government and non-government actors have been briefed early and made aware of what mainstreaming involves and what they stand to gain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Funds for the mainstreaming work are allocated in the national budget or otherwise secured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The work is tied to the national development plan and its timetable, or to a stand-alone strategy that serves the plan's goals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The national statistics office is involved and the government has committed to improving and updating migration data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local and regional governments are involved so that policies are coherent across levels of government.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The government has prepared, or decided to prepare, a voluntary national implementation plan for the Global Compact for Migration with regular inclusive reviews.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What should this workshop produce, and who will use the results?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Are we building migration into a new national development plan now being drafted, or preparing a separate migration and development strategy that serves the existing plan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which kinds of movement matter most for the country (emigration, immigration, return, transit, internal movement), and which will this exercise cover?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is in the room today, and which ministries, levels of government or non-government groups are missing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What earlier work can we build on, such as a migration profile, a national human development report or a national SDG report?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which other planning or SDG processes are running at the same time, and how will this work connect with them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What must we agree before we leave today, and who will carry the next steps forward?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Has the government formally decided to mainstream migration into development planning, and at what level was that decision taken?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which body has the mandate to lead mainstreaming, and has it named a focal point?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is there an inter-ministerial group to coordinate the work, and does it have written terms of reference?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How will migrants, diaspora, civil society, employers, trade unions and researchers be consulted on a regular basis?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is there money in the budget for this work, and if not, where could it come from?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How will the work be tied to the national development plan and its calendar?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is the national statistics office on board, and has the government committed to improving migration data?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How are local and regional governments taking part?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which ministries, agencies and other bodies have a mandate or programmes that touch on migration?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What does each stakeholder want from migration policy, and is it likely to support or oppose this work?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How would changes in migration policy affect each group?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose views carry the most weight, and how can we gain their support?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can migrants, diaspora members, women and other directly affected groups speak for themselves in this process?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where do mandates overlap or leave gaps, and who should coordinate?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which laws, policies and plans already affect migration, and do any of them pull in different directions?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which sources already hold migration data: the census, surveys, administrative registers, border records, permits, remittance statistics?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who owns each source, how often is it updated, and can we get access to it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do the sources record country of birth, country of citizenship and year of arrival?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can the data be broken down by sex, age and migratory status, and by other characteristics that matter here?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do we know about citizens living abroad and about people who have returned?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which of our priority SDG and GCM indicators can we measure today, and where are the gaps?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could we fill gaps by adding questions to planned surveys or the next census, or by using proxy indicators?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How will agencies share data with each other while protecting personal information?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How does migration affect this sector's goals, and how do the sector's policies affect migration?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where does migration bring benefits to this sector, such as skills, workers or remittances, and where does it create pressures or risks?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do the sector's services and programmes reach migrants, returnees and families left behind?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does the current sector strategy or plan mention migration, and if so, how?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What knock-on effects could a change in this sector have elsewhere, for example a farm reform that pushes people to move to cities?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which SDG targets and GCM objectives does this sector contribute to?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who from this sector should take part in the follow-up?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which issues from our review should be the top priorities, and why?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What concrete action will address each priority?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which body is responsible for each action, and who will support it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By when should each action be completed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will each action cost, and where will the money come from?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which indicator will show whether the action has worked, and who will report on it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How will the action plan be written into the national development plan and the budget cycle?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When and how will we review progress and adjust the plan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop set-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Political commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Institutional and stakeholder mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data inventory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sectoral review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agree why the country is mainstreaming migration, what the exercise will cover and who needs to be involved. Decide whether migration goes into a new national development plan or into a stand-alone strategy linked to it, and list the existing studies to build on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that the political backing and the support structure are in place before the technical work starts. This means a high-level decision, a lead body with a focal point, coordination and consultation mechanisms, a budget and a clear link to the national plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map the government bodies and other actors whose mandates, interests or programmes touch on migration. Record their role, influence and likely position so the group can plan how to involve each of them and where coordination is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the data sources that can describe migration and its effects, who owns them and what they capture. Compare them with the indicators the country has prioritised to find gaps, weak disaggregation and practical ways to close them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go through each development sector to see how migration affects its goals and how its policies affect migration, including knock-on effects between sectors. The result is a sector-by-sector picture of links, gaps and opportunities for the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn the findings into a short list of priorities and concrete actions. Each action gets a responsible body, a timeframe, a cost estimate and an indicator so that progress can be monitored and reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimize adverse drivers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal identity and documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regular pathways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recruitment and decent work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reduce vulnerabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save lives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counter smuggling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eradicate trafficking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manage borders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screening and referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alternatives to detention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consular protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access to basic services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inclusion and social cohesion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eliminate discrimination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skills development and recognition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migrant and diaspora contributions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remittances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dignified return and reintegration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>International cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of population covered by social protection floors/systems, by sex, distinguishing children, unemployed persons, older persons, persons with disabilities, pregnant women, newborns, work-injury victims and the poor and the vulnerable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage of essential health services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of population with large household expenditures on health as a share of total household expenditure or income</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health worker density and distribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume of official development assistance flows for scholarships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of time spent on unpaid domestic and care work, by sex, age and location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average hourly earnings of employees, by sex, age, occupation and persons with disabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unemployment rate, by sex, age and persons with disabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion and number of children aged 5–17 years engaged in child labour, by sex and age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(a) Number of commercial bank branches per 100,000 adults and (b) number of automated teller machines (ATMs) per 100,000 adults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of population reporting having personally felt discriminated against or harassed in the previous 12 months on the basis of a ground of discrimination prohibited under international human rights law</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recruitment cost borne by employee as a proportion of monthly income earned in country of destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of people who died or disappeared in the process of migration towards an international destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of the population who are refugees, by country of origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remittance costs as a proportion of the amount remitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of urban population living in slums, informal settlements or inadequate housing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End abuse, exploitation, trafficking and all forms of violence against and torture of children</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of children aged 1–17 years who experienced any physical punishment and/or psychological aggression by caregivers in the past month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of young women and men aged 18–29 years who experienced sexual violence by age 18</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, provide legal identity for all, including birth registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of children under 5 years of age whose births have been registered with a civil authority, by age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobilize additional financial resources for developing countries from multiple sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Additional financial resources mobilized for developing countries from multiple sources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume of remittances (in United States dollars) as a proportion of total GDP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of countries reporting progress in multi-stakeholder development effectiveness monitoring frameworks that support the achievement of the sustainable development goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount in United States dollars committed to public-private partnerships for infrastructure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Statistical capacity indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of countries that have national statistical legislation that complies with the Fundamental Principles of Official Statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of countries with a national statistical plan that is fully funded and under implementation, by source of funding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dollar value of all resources made available to strengthen statistical capacity in developing countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GCM {number}: {label}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>