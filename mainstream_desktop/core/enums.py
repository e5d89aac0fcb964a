"""Fixed enumerations of the registers: stored keys and their (translatable) labels.

Keys are stored in the file and never change; labels are English source strings
translated at display time with context ``"Enum"``. Lists that come from reference
data (sectors, countries, SDG codes…) live in :mod:`refdata` instead.
"""

from __future__ import annotations

from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP

Choices = tuple[tuple[str, str], ...]

STEPS: Choices = (
    ("workshop", QT_TRANSLATE_NOOP("Enum", "Workshop")),
    ("commitment", QT_TRANSLATE_NOOP("Enum", "Political commitment")),
    ("institutions", QT_TRANSLATE_NOOP("Enum", "Institutional mapping")),
    ("data", QT_TRANSLATE_NOOP("Enum", "Data inventory")),
    ("sectors", QT_TRANSLATE_NOOP("Enum", "Sectoral review")),
    ("actions", QT_TRANSLATE_NOOP("Enum", "Action plan")),
)

LANGUAGES: Choices = (
    ("en", QT_TRANSLATE_NOOP("Enum", "English")),
    ("fr", QT_TRANSLATE_NOOP("Enum", "French")),
    ("es", QT_TRANSLATE_NOOP("Enum", "Spanish")),
    ("ar", QT_TRANSLATE_NOOP("Enum", "Arabic")),
    ("ru", QT_TRANSLATE_NOOP("Enum", "Russian")),
    ("zh", QT_TRANSLATE_NOOP("Enum", "Chinese")),
    ("pt", QT_TRANSLATE_NOOP("Enum", "Portuguese")),
)

SEX: Choices = (
    ("female", QT_TRANSLATE_NOOP("Enum", "Female")),
    ("male", QT_TRANSLATE_NOOP("Enum", "Male")),
    ("other", QT_TRANSLATE_NOOP("Enum", "Other")),
    ("not_stated", QT_TRANSLATE_NOOP("Enum", "Not stated")),
)

PARTICIPANT_ROLES: Choices = (
    ("participant", QT_TRANSLATE_NOOP("Enum", "Participant")),
    ("facilitator", QT_TRANSLATE_NOOP("Enum", "Facilitator")),
    ("rapporteur", QT_TRANSLATE_NOOP("Enum", "Rapporteur")),
    ("resource_person", QT_TRANSLATE_NOOP("Enum", "Resource person")),
    ("observer", QT_TRANSLATE_NOOP("Enum", "Observer")),
    ("organiser", QT_TRANSLATE_NOOP("Enum", "Organiser")),
)

COMMITMENT_INSTRUMENTS: Choices = (
    ("cabinet_decision", QT_TRANSLATE_NOOP("Enum", "Cabinet or council of ministers decision")),
    ("decree", QT_TRANSLATE_NOOP("Enum", "Presidential or ministerial decree")),
    ("law", QT_TRANSLATE_NOOP("Enum", "Law")),
    ("policy", QT_TRANSLATE_NOOP("Enum", "Policy (green/white paper, ministry paper)")),
    ("development_plan", QT_TRANSLATE_NOOP("Enum", "National development plan provision")),
    ("budget", QT_TRANSLATE_NOOP("Enum", "Budget allocation")),
    ("statement", QT_TRANSLATE_NOOP("Enum", "Official statement or declaration")),
    ("mou", QT_TRANSLATE_NOOP("Enum", "Memorandum of understanding")),
    ("gcm_plan", QT_TRANSLATE_NOOP("Enum", "GCM national implementation plan")),
    ("other", QT_TRANSLATE_NOOP("Enum", "Other")),
)

LEVELS: Choices = (
    ("international", QT_TRANSLATE_NOOP("Enum", "International")),
    ("regional", QT_TRANSLATE_NOOP("Enum", "Regional")),
    ("national", QT_TRANSLATE_NOOP("Enum", "National")),
    ("subnational", QT_TRANSLATE_NOOP("Enum", "Sub-national")),
    ("local", QT_TRANSLATE_NOOP("Enum", "Local")),
)

COMMITMENT_STATUS: Choices = (
    ("proposed", QT_TRANSLATE_NOOP("Enum", "Proposed")),
    ("in_preparation", QT_TRANSLATE_NOOP("Enum", "In preparation")),
    ("adopted", QT_TRANSLATE_NOOP("Enum", "Adopted")),
    ("in_force", QT_TRANSLATE_NOOP("Enum", "In force")),
    ("lapsed", QT_TRANSLATE_NOOP("Enum", "Lapsed")),
)

MECHANISM_KINDS: Choices = (
    ("inter_ministerial", QT_TRANSLATE_NOOP("Enum", "Inter-ministerial committee")),
    ("multi_stakeholder", QT_TRANSLATE_NOOP("Enum", "Multi-stakeholder consultative mechanism")),
    ("technical_group", QT_TRANSLATE_NOOP("Enum", "Technical working group")),
    ("support_group", QT_TRANSLATE_NOOP("Enum", "Support group")),
    ("subcommittee", QT_TRANSLATE_NOOP("Enum", "Thematic sub-committee")),
    ("steering", QT_TRANSLATE_NOOP("Enum", "Steering committee")),
)

MECHANISM_STATUS: Choices = (
    ("proposed", QT_TRANSLATE_NOOP("Enum", "Proposed")),
    ("active", QT_TRANSLATE_NOOP("Enum", "Active")),
    ("dormant", QT_TRANSLATE_NOOP("Enum", "Dormant")),
    ("dissolved", QT_TRANSLATE_NOOP("Enum", "Dissolved")),
)

MEETING_FREQUENCY: Choices = (
    ("weekly", QT_TRANSLATE_NOOP("Enum", "Weekly")),
    ("monthly", QT_TRANSLATE_NOOP("Enum", "Monthly")),
    ("quarterly", QT_TRANSLATE_NOOP("Enum", "Quarterly")),
    ("biannual", QT_TRANSLATE_NOOP("Enum", "Twice a year")),
    ("annual", QT_TRANSLATE_NOOP("Enum", "Yearly")),
    ("ad_hoc", QT_TRANSLATE_NOOP("Enum", "Ad hoc")),
)

MEMBER_ROLES: Choices = (
    ("chair", QT_TRANSLATE_NOOP("Enum", "Chair")),
    ("co_chair", QT_TRANSLATE_NOOP("Enum", "Co-chair")),
    ("secretariat", QT_TRANSLATE_NOOP("Enum", "Secretariat")),
    ("member", QT_TRANSLATE_NOOP("Enum", "Member")),
    ("observer", QT_TRANSLATE_NOOP("Enum", "Observer")),
)

INSTRUMENT_STATUS: Choices = (
    ("ratified", QT_TRANSLATE_NOOP("Enum", "Ratified or acceded")),
    ("signed", QT_TRANSLATE_NOOP("Enum", "Signed, not ratified")),
    ("endorsed", QT_TRANSLATE_NOOP("Enum", "Endorsed (non-binding)")),
    ("under_consideration", QT_TRANSLATE_NOOP("Enum", "Under consideration")),
    ("not_party", QT_TRANSLATE_NOOP("Enum", "Not party")),
    ("not_applicable", QT_TRANSLATE_NOOP("Enum", "Not applicable")),
    ("unknown", QT_TRANSLATE_NOOP("Enum", "Unknown")),
)

READINESS: Choices = (
    ("yes", QT_TRANSLATE_NOOP("Enum", "Yes")),
    ("partly", QT_TRANSLATE_NOOP("Enum", "Partly")),
    ("no", QT_TRANSLATE_NOOP("Enum", "No")),
    ("unknown", QT_TRANSLATE_NOOP("Enum", "Unknown")),
)

STANCE: Choices = (
    ("champion", QT_TRANSLATE_NOOP("Enum", "Champion")),
    ("supportive", QT_TRANSLATE_NOOP("Enum", "Supportive")),
    ("neutral", QT_TRANSLATE_NOOP("Enum", "Neutral")),
    ("sceptical", QT_TRANSLATE_NOOP("Enum", "Sceptical")),
    ("opposed", QT_TRANSLATE_NOOP("Enum", "Opposed")),
    ("unknown", QT_TRANSLATE_NOOP("Enum", "Unknown")),
)

ENGAGEMENT_ROLES: Choices = (
    ("lead", QT_TRANSLATE_NOOP("Enum", "Lead")),
    ("partner", QT_TRANSLATE_NOOP("Enum", "Partner (manage closely)")),
    ("consult", QT_TRANSLATE_NOOP("Enum", "Consult (keep satisfied)")),
    ("inform", QT_TRANSLATE_NOOP("Enum", "Inform (keep informed)")),
    ("monitor", QT_TRANSLATE_NOOP("Enum", "Monitor")),
)

LINK_KINDS: Choices = (
    ("reports_to", QT_TRANSLATE_NOOP("Enum", "Reports to")),
    ("coordinates_with", QT_TRANSLATE_NOOP("Enum", "Coordinates with")),
    ("funds", QT_TRANSLATE_NOOP("Enum", "Funds")),
    ("shares_data", QT_TRANSLATE_NOOP("Enum", "Shares data with")),
    ("partners_with", QT_TRANSLATE_NOOP("Enum", "Partners with")),
    ("oversees", QT_TRANSLATE_NOOP("Enum", "Oversees")),
    ("advises", QT_TRANSLATE_NOOP("Enum", "Advises")),
    ("tension", QT_TRANSLATE_NOOP("Enum", "Tension or overlap with")),
)

PERIODICITY: Choices = (
    ("continuous", QT_TRANSLATE_NOOP("Enum", "Continuous")),
    ("monthly", QT_TRANSLATE_NOOP("Enum", "Monthly")),
    ("quarterly", QT_TRANSLATE_NOOP("Enum", "Quarterly")),
    ("annual", QT_TRANSLATE_NOOP("Enum", "Yearly")),
    ("every_2_5_years", QT_TRANSLATE_NOOP("Enum", "Every 2–5 years")),
    ("every_10_years", QT_TRANSLATE_NOOP("Enum", "Every 10 years")),
    ("one_off", QT_TRANSLATE_NOOP("Enum", "One-off")),
    ("irregular", QT_TRANSLATE_NOOP("Enum", "Irregular")),
)

GEO_COVERAGE: Choices = (
    ("national", QT_TRANSLATE_NOOP("Enum", "National")),
    ("subnational", QT_TRANSLATE_NOOP("Enum", "Some regions")),
    ("pilot", QT_TRANSLATE_NOOP("Enum", "Pilot or sample area")),
    ("nationals_abroad", QT_TRANSLATE_NOOP("Enum", "Nationals abroad")),
)

ACCESS: Choices = (
    ("open", QT_TRANSLATE_NOOP("Enum", "Open (published)")),
    ("on_request", QT_TRANSLATE_NOOP("Enum", "On request")),
    ("agreement", QT_TRANSLATE_NOOP("Enum", "Under data-sharing agreement")),
    ("restricted", QT_TRANSLATE_NOOP("Enum", "Restricted (internal only)")),
)

QUALITY: Choices = (
    ("good", QT_TRANSLATE_NOOP("Enum", "Good")),
    ("fair", QT_TRANSLATE_NOOP("Enum", "Fair")),
    ("poor", QT_TRANSLATE_NOOP("Enum", "Poor")),
    ("unknown", QT_TRANSLATE_NOOP("Enum", "Unknown")),
)

INDICATOR_FRAMEWORKS: Choices = (
    ("sdg", QT_TRANSLATE_NOOP("Enum", "SDG global indicator")),
    ("gcm", QT_TRANSLATE_NOOP("Enum", "GCM progress indicator")),
    ("national", QT_TRANSLATE_NOOP("Enum", "National development plan indicator")),
    ("proxy", QT_TRANSLATE_NOOP("Enum", "Proxy indicator")),
)

COVERAGE_LEVELS: Choices = (
    ("full", QT_TRANSLATE_NOOP("Enum", "Full")),
    ("partial", QT_TRANSLATE_NOOP("Enum", "Partial")),
    ("proxy", QT_TRANSLATE_NOOP("Enum", "Proxy only")),
    ("planned", QT_TRANSLATE_NOOP("Enum", "Planned")),
    ("none", QT_TRANSLATE_NOOP("Enum", "None")),
)

PRIORITY: Choices = (
    ("high", QT_TRANSLATE_NOOP("Enum", "High")),
    ("medium", QT_TRANSLATE_NOOP("Enum", "Medium")),
    ("low", QT_TRANSLATE_NOOP("Enum", "Low")),
)

POLICY_KINDS: Choices = (
    ("law", QT_TRANSLATE_NOOP("Enum", "Law")),
    ("regulation", QT_TRANSLATE_NOOP("Enum", "Regulation")),
    ("policy", QT_TRANSLATE_NOOP("Enum", "Policy")),
    ("strategy", QT_TRANSLATE_NOOP("Enum", "Strategy")),
    ("plan", QT_TRANSLATE_NOOP("Enum", "Plan")),
    ("programme", QT_TRANSLATE_NOOP("Enum", "Programme")),
    ("bilateral_agreement", QT_TRANSLATE_NOOP("Enum", "Bilateral agreement")),
    ("regional_agreement", QT_TRANSLATE_NOOP("Enum", "Regional agreement")),
)

MIGRATION_ADDRESSED: Choices = (
    ("explicit", QT_TRANSLATE_NOOP("Enum", "Explicitly")),
    ("implicit", QT_TRANSLATE_NOOP("Enum", "Implicitly")),
    ("not_addressed", QT_TRANSLATE_NOOP("Enum", "Not addressed")),
)

COHERENCE: Choices = (
    ("coherent", QT_TRANSLATE_NOOP("Enum", "Coherent")),
    ("partly", QT_TRANSLATE_NOOP("Enum", "Partly coherent")),
    ("incoherent", QT_TRANSLATE_NOOP("Enum", "Incoherent")),
    ("unknown", QT_TRANSLATE_NOOP("Enum", "Not assessed")),
)

TIMEFRAME: Choices = (
    ("short", QT_TRANSLATE_NOOP("Enum", "Short term (< 1 year)")),
    ("medium", QT_TRANSLATE_NOOP("Enum", "Medium term (1–3 years)")),
    ("long", QT_TRANSLATE_NOOP("Enum", "Long term (> 3 years)")),
)

ACTION_STATUS: Choices = (
    ("proposed", QT_TRANSLATE_NOOP("Enum", "Proposed")),
    ("agreed", QT_TRANSLATE_NOOP("Enum", "Agreed")),
    ("in_progress", QT_TRANSLATE_NOOP("Enum", "In progress")),
    ("done", QT_TRANSLATE_NOOP("Enum", "Done")),
    ("dropped", QT_TRANSLATE_NOOP("Enum", "Dropped")),
)

# What an indicator measures: the situation chapter groups its key figures by topic.
MIGRATION_TOPICS: Choices = (
    ("stocks", QT_TRANSLATE_NOOP("Enum", "Migrant stocks")),
    ("flows", QT_TRANSLATE_NOOP("Enum", "Migration flows")),
    ("returns", QT_TRANSLATE_NOOP("Enum", "Return migration")),
    ("displacement", QT_TRANSLATE_NOOP("Enum", "Refugees and displacement")),
    ("internal", QT_TRANSLATE_NOOP("Enum", "Internal migration")),
    ("remittances", QT_TRANSLATE_NOOP("Enum", "Remittances")),
    ("diaspora", QT_TRANSLATE_NOOP("Enum", "Diaspora")),
    ("labour", QT_TRANSLATE_NOOP("Enum", "Labour migration")),
    ("other", QT_TRANSLATE_NOOP("Enum", "Other")),
)

# Groups in vulnerable situations the rights lens of the sectoral review asks about
# (GCM objective 7; OHCHR Principles and Guidelines on migrants in vulnerable situations).
VULNERABLE_GROUPS: Choices = (
    ("women_girls", QT_TRANSLATE_NOOP("Enum", "Women and girls at risk")),
    ("children", QT_TRANSLATE_NOOP("Enum", "Unaccompanied or separated children")),
    ("trafficking", QT_TRANSLATE_NOOP("Enum", "Victims of trafficking")),
    ("irregular", QT_TRANSLATE_NOOP("Enum", "Migrants in an irregular situation")),
    ("refugees", QT_TRANSLATE_NOOP("Enum", "Refugees and asylum seekers")),
    ("stateless", QT_TRANSLATE_NOOP("Enum", "Stateless persons")),
    ("idps", QT_TRANSLATE_NOOP("Enum", "Internally displaced persons")),
    ("disability", QT_TRANSLATE_NOOP("Enum", "Persons with disabilities")),
    ("older", QT_TRANSLATE_NOOP("Enum", "Older persons")),
    ("domestic_workers", QT_TRANSLATE_NOOP("Enum", "Migrant domestic workers")),
    ("returnees", QT_TRANSLATE_NOOP("Enum", "Returnees")),
    ("families_left_behind", QT_TRANSLATE_NOOP("Enum", "Families left behind")),
)

# What a date of the review calendar is for; the budget round ties the plan to the
# budget cycle.
REVIEW_KINDS: Choices = (
    ("progress", QT_TRANSLATE_NOOP("Enum", "Progress review")),
    ("annual", QT_TRANSLATE_NOOP("Enum", "Annual review")),
    ("midterm", QT_TRANSLATE_NOOP("Enum", "Mid-term review")),
    ("final", QT_TRANSLATE_NOOP("Enum", "Final evaluation")),
    ("budget", QT_TRANSLATE_NOOP("Enum", "Budget preparation round")),
    ("reporting", QT_TRANSLATE_NOOP("Enum", "International reporting")),
)
