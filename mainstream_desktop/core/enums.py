"""Fixed enumerations of the registers: stored keys and their (translatable) labels.

Keys are stored in the file and never change; labels are English source strings
translated at display time with context ``"Enum"``. Lists that come from reference
data (sectors, countries, SDG codes…) live in :mod:`refdata` instead.
"""

from __future__ import annotations

from mainstream_desktop.core.i18n import N_

Choices = tuple[tuple[str, str], ...]

STEPS: Choices = (
    ("workshop", N_("Workshop")),
    ("commitment", N_("Political commitment")),
    ("institutions", N_("Institutional mapping")),
    ("data", N_("Data inventory")),
    ("sectors", N_("Sectoral review")),
    ("actions", N_("Action plan")),
)

LANGUAGES: Choices = (
    ("en", N_("English")),
    ("fr", N_("French")),
    ("es", N_("Spanish")),
    ("ar", N_("Arabic")),
    ("ru", N_("Russian")),
    ("zh", N_("Chinese")),
    ("pt", N_("Portuguese")),
)

SEX: Choices = (
    ("female", N_("Female")),
    ("male", N_("Male")),
    ("other", N_("Other")),
    ("not_stated", N_("Not stated")),
)

PARTICIPANT_ROLES: Choices = (
    ("participant", N_("Participant")),
    ("facilitator", N_("Facilitator")),
    ("rapporteur", N_("Rapporteur")),
    ("resource_person", N_("Resource person")),
    ("observer", N_("Observer")),
    ("organiser", N_("Organiser")),
)

COMMITMENT_INSTRUMENTS: Choices = (
    ("cabinet_decision", N_("Cabinet or council of ministers decision")),
    ("decree", N_("Presidential or ministerial decree")),
    ("law", N_("Law")),
    ("policy", N_("Policy (green/white paper, ministry paper)")),
    ("development_plan", N_("National development plan provision")),
    ("budget", N_("Budget allocation")),
    ("statement", N_("Official statement or declaration")),
    ("mou", N_("Memorandum of understanding")),
    ("gcm_plan", N_("GCM national implementation plan")),
    ("other", N_("Other")),
)

LEVELS: Choices = (
    ("international", N_("International")),
    ("regional", N_("Regional")),
    ("national", N_("National")),
    ("subnational", N_("Sub-national")),
    ("local", N_("Local")),
)

COMMITMENT_STATUS: Choices = (
    ("proposed", N_("Proposed")),
    ("in_preparation", N_("In preparation")),
    ("adopted", N_("Adopted")),
    ("in_force", N_("In force")),
    ("lapsed", N_("Lapsed")),
)

MECHANISM_KINDS: Choices = (
    ("inter_ministerial", N_("Inter-ministerial committee")),
    ("multi_stakeholder", N_("Multi-stakeholder consultative mechanism")),
    ("technical_group", N_("Technical working group")),
    ("support_group", N_("Support group")),
    ("subcommittee", N_("Thematic sub-committee")),
    ("steering", N_("Steering committee")),
)

MECHANISM_STATUS: Choices = (
    ("proposed", N_("Proposed")),
    ("active", N_("Active")),
    ("dormant", N_("Dormant")),
    ("dissolved", N_("Dissolved")),
)

MEETING_FREQUENCY: Choices = (
    ("weekly", N_("Weekly")),
    ("monthly", N_("Monthly")),
    ("quarterly", N_("Quarterly")),
    ("biannual", N_("Twice a year")),
    ("annual", N_("Yearly")),
    ("ad_hoc", N_("Ad hoc")),
)

MEMBER_ROLES: Choices = (
    ("chair", N_("Chair")),
    ("co_chair", N_("Co-chair")),
    ("secretariat", N_("Secretariat")),
    ("member", N_("Member")),
    ("observer", N_("Observer")),
)

INSTRUMENT_STATUS: Choices = (
    ("ratified", N_("Ratified or acceded")),
    ("signed", N_("Signed, not ratified")),
    ("endorsed", N_("Endorsed (non-binding)")),
    ("under_consideration", N_("Under consideration")),
    ("not_party", N_("Not party")),
    ("not_applicable", N_("Not applicable")),
    ("unknown", N_("Unknown")),
)

READINESS: Choices = (
    ("yes", N_("Yes")),
    ("partly", N_("Partly")),
    ("no", N_("No")),
    ("unknown", N_("Unknown")),
)

STANCE: Choices = (
    ("champion", N_("Champion")),
    ("supportive", N_("Supportive")),
    ("neutral", N_("Neutral")),
    ("sceptical", N_("Sceptical")),
    ("opposed", N_("Opposed")),
    ("unknown", N_("Unknown")),
)

ENGAGEMENT_ROLES: Choices = (
    ("lead", N_("Lead")),
    ("partner", N_("Partner (manage closely)")),
    ("consult", N_("Consult (keep satisfied)")),
    ("inform", N_("Inform (keep informed)")),
    ("monitor", N_("Monitor")),
)

LINK_KINDS: Choices = (
    ("reports_to", N_("Reports to")),
    ("coordinates_with", N_("Coordinates with")),
    ("funds", N_("Funds")),
    ("shares_data", N_("Shares data with")),
    ("partners_with", N_("Partners with")),
    ("oversees", N_("Oversees")),
    ("advises", N_("Advises")),
    ("tension", N_("Tension or overlap with")),
)

PERIODICITY: Choices = (
    ("continuous", N_("Continuous")),
    ("monthly", N_("Monthly")),
    ("quarterly", N_("Quarterly")),
    ("annual", N_("Yearly")),
    ("every_2_5_years", N_("Every 2–5 years")),
    ("every_10_years", N_("Every 10 years")),
    ("one_off", N_("One-off")),
    ("irregular", N_("Irregular")),
)

GEO_COVERAGE: Choices = (
    ("national", N_("National")),
    ("subnational", N_("Some regions")),
    ("pilot", N_("Pilot or sample area")),
    ("nationals_abroad", N_("Nationals abroad")),
)

ACCESS: Choices = (
    ("open", N_("Open (published)")),
    ("on_request", N_("On request")),
    ("agreement", N_("Under data-sharing agreement")),
    ("restricted", N_("Restricted (internal only)")),
)

QUALITY: Choices = (
    ("good", N_("Good")),
    ("fair", N_("Fair")),
    ("poor", N_("Poor")),
    ("unknown", N_("Unknown")),
)

INDICATOR_FRAMEWORKS: Choices = (
    ("sdg", N_("SDG global indicator")),
    ("gcm", N_("GCM progress indicator")),
    ("national", N_("National development plan indicator")),
    ("proxy", N_("Proxy indicator")),
)

COVERAGE_LEVELS: Choices = (
    ("full", N_("Full")),
    ("partial", N_("Partial")),
    ("proxy", N_("Proxy only")),
    ("planned", N_("Planned")),
    ("none", N_("None")),
)

PRIORITY: Choices = (
    ("high", N_("High")),
    ("medium", N_("Medium")),
    ("low", N_("Low")),
)

POLICY_KINDS: Choices = (
    ("law", N_("Law")),
    ("regulation", N_("Regulation")),
    ("policy", N_("Policy")),
    ("strategy", N_("Strategy")),
    ("plan", N_("Plan")),
    ("programme", N_("Programme")),
    ("bilateral_agreement", N_("Bilateral agreement")),
    ("regional_agreement", N_("Regional agreement")),
)

MIGRATION_ADDRESSED: Choices = (
    ("explicit", N_("Explicitly")),
    ("implicit", N_("Implicitly")),
    ("not_addressed", N_("Not addressed")),
)

COHERENCE: Choices = (
    ("coherent", N_("Coherent")),
    ("partly", N_("Partly coherent")),
    ("incoherent", N_("Incoherent")),
    ("unknown", N_("Not assessed")),
)

TIMEFRAME: Choices = (
    ("short", N_("Short term (< 1 year)")),
    ("medium", N_("Medium term (1–3 years)")),
    ("long", N_("Long term (> 3 years)")),
)

ACTION_STATUS: Choices = (
    ("proposed", N_("Proposed")),
    ("agreed", N_("Agreed")),
    ("in_progress", N_("In progress")),
    ("done", N_("Done")),
    ("dropped", N_("Dropped")),
)
