"""The registers of a workshop, declared once.

Each register is a table of the workshop file; each field says its kind, whether it
is required, its range or its list of choices, and what it refers to. The schema,
validation, the window's columns and forms, and the workbook's sheets are all derived
from these declarations, so a field is added in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from mainstream_desktop.core import enums
from mainstream_desktop.core.i18n import N_

Kind = Literal[
    "text", "longtext", "int", "float", "bool", "date", "year", "choice", "multi", "ref", "email"
]

# Where a choice list comes from: a static enum in ``enums`` or a reference list.
ChoiceSource = enums.Choices | str

TEXT_MAX = 500
LONGTEXT_MAX = 20_000


@dataclass(frozen=True)
class Field:
    """One column of a register."""

    name: str
    label: str
    kind: Kind = "text"
    required: bool = False
    choices: ChoiceSource | None = None  # for "choice" and "multi"
    ref: str | None = None  # target register for "ref"
    min: float | None = None
    max: float | None = None
    help: str = ""
    added_in: int = 1  # schema version that introduced the column

    @property
    def max_length(self) -> int:
        return LONGTEXT_MAX if self.kind == "longtext" else TEXT_MAX

    @property
    def sql_type(self) -> str:
        if self.kind in ("int", "year", "bool"):
            return "INTEGER"
        if self.kind == "float":
            return "REAL"
        return "TEXT"


@dataclass(frozen=True)
class Register:
    """One table of the workshop file."""

    name: str
    label: str  # plural, for headings
    singular: str
    step: str
    fields: tuple[Field, ...]
    title_field: str = "name"
    unique: tuple[tuple[str, ...], ...] = ()  # live records may not repeat these
    singleton: bool = False
    added_in: int = 1
    order_by: tuple[str, ...] = field(default=())

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"register {self.name} has no field {name!r}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def fields_at(self, version: int) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.added_in <= version)


SYSTEM_COLUMNS = ("id", "created_at", "updated_at", "updated_by", "deleted_at")

F = Field

WORKSHOP = Register(
    "workshop", N_("Workshop"), N_("Workshop"), "workshop", singleton=True, title_field="title",
    fields=(
        F("title", N_("Title"), required=True),
        F("country", N_("Country"), "choice", required=True, choices="countries"),
        F("country_name", N_("Country name (if not in the list)"),
          help=N_("Only for a fictional or user-assigned country code.")),
        F("national_strategy", N_("National development strategy")),
        F("strategy_period", N_("Strategy period")),
        F("start_date", N_("Start date"), "date"),
        F("end_date", N_("End date"), "date"),
        F("venue", N_("Venue")),
        F("language", N_("Language of the deliverables"), "choice", choices=enums.LANGUAGES),
        F("organisers", N_("Organisers")),
        F("description", N_("Purpose and scope"), "longtext"),
    ),
)

PARTICIPANTS = Register(
    "participants", N_("Participants"), N_("Participant"), "workshop",
    fields=(
        F("name", N_("Name"), required=True),
        F("organisation", N_("Organisation"), "ref", ref="stakeholders"),
        F("organisation_other", N_("Organisation (if not a stakeholder)")),
        F("position", N_("Position")),
        F("sex", N_("Sex"), "choice", choices=enums.SEX),
        F("role", N_("Role"), "choice", choices=enums.PARTICIPANT_ROLES),
        F("working_group", N_("Working group")),
        F("email", N_("Email"), "email"),
        F("phone", N_("Phone")),
    ),
)

SESSIONS = Register(
    "sessions", N_("Sessions"), N_("Session"), "workshop", title_field="title",
    order_by=("date", "start_time"),
    fields=(
        F("title", N_("Title"), required=True),
        F("step", N_("Step"), "choice", choices=enums.STEPS),
        F("date", N_("Date"), "date"),
        F("start_time", N_("Start"), help=N_("HH:MM")),
        F("end_time", N_("End"), help=N_("HH:MM")),
        F("working_group", N_("Working group")),
        F("facilitator", N_("Facilitator")),
        F("notes", N_("Notes"), "longtext"),
    ),
)

COMMITMENTS = Register(
    "commitments", N_("Commitments"), N_("Commitment"), "commitment", title_field="title",
    fields=(
        F("title", N_("Title"), required=True),
        F("instrument", N_("Instrument"), "choice", required=True,
          choices=enums.COMMITMENT_INSTRUMENTS),
        F("level", N_("Level"), "choice", choices=enums.LEVELS),
        F("status", N_("Status"), "choice", choices=enums.COMMITMENT_STATUS),
        F("date", N_("Date"), "date"),
        F("issuing_authority", N_("Issued by"), "ref", ref="stakeholders"),
        F("lead_agency", N_("Lead agency"), "ref", ref="stakeholders"),
        F("focal_point", N_("Focal point (name)")),
        F("focal_point_contact", N_("Focal point contact")),
        F("mandate", N_("Mandate"), "longtext"),
        F("budget", N_("Budget allocated")),
        F("reference", N_("Reference or link")),
        F("notes", N_("Notes"), "longtext"),
    ),
)

MECHANISMS = Register(
    "mechanisms", N_("Coordination mechanisms"), N_("Coordination mechanism"), "commitment",
    fields=(
        F("name", N_("Name"), required=True),
        F("kind", N_("Kind"), "choice", required=True, choices=enums.MECHANISM_KINDS),
        F("chair", N_("Chair"), "ref", ref="stakeholders"),
        F("status", N_("Status"), "choice", choices=enums.MECHANISM_STATUS),
        F("has_tor", N_("Terms of reference adopted"), "bool"),
        F("established", N_("Year established"), "year"),
        F("frequency", N_("Meets"), "choice", choices=enums.MEETING_FREQUENCY),
        F("mandate", N_("Mandate"), "longtext"),
        F("notes", N_("Notes"), "longtext"),
    ),
)

MECHANISM_MEMBERS = Register(
    "mechanism_members", N_("Mechanism members"), N_("Mechanism member"), "commitment",
    title_field="stakeholder", unique=(("mechanism", "stakeholder"),),
    fields=(
        F("mechanism", N_("Mechanism"), "ref", required=True, ref="mechanisms"),
        F("stakeholder", N_("Member"), "ref", required=True, ref="stakeholders"),
        F("role", N_("Role"), "choice", choices=enums.MEMBER_ROLES),
        F("representative", N_("Representative")),
    ),
)

INSTRUMENT_STATUS = Register(
    "instrument_status", N_("International instruments"), N_("Instrument status"), "commitment",
    title_field="instrument", unique=(("instrument",),),
    fields=(
        F("instrument", N_("Instrument"), "choice", required=True, choices="instruments"),
        F("status", N_("Status"), "choice", required=True, choices=enums.INSTRUMENT_STATUS),
        F("year", N_("Year"), "year"),
        F("reservations", N_("Reservations or declarations")),
        F("implementing_body", N_("Implementing body"), "ref", ref="stakeholders"),
        F("notes", N_("Notes"), "longtext"),
    ),
)

READINESS = Register(
    "readiness", N_("Readiness checklist"), N_("Readiness item"), "commitment",
    title_field="item", unique=(("item",),),
    fields=(
        F("item", N_("Item"), "choice", required=True, choices="readiness_items"),
        F("status", N_("In place"), "choice", required=True, choices=enums.READINESS),
        F("evidence", N_("Evidence"), "longtext"),
        F("notes", N_("Notes"), "longtext"),
    ),
)

STAKEHOLDERS = Register(
    "stakeholders", N_("Stakeholders"), N_("Stakeholder"), "institutions",
    unique=(("name",),),
    fields=(
        F("name", N_("Name"), required=True),
        F("acronym", N_("Acronym"), added_in=2),
        F("type", N_("Type"), "choice", required=True, choices="stakeholder_types"),
        F("level", N_("Level"), "choice", choices=enums.LEVELS),
        F("parent", N_("Parent body"), "ref", ref="stakeholders"),
        F("mandate", N_("Mandate"), "longtext"),
        F("thematic_areas", N_("Thematic areas"), "multi", choices="sectors"),
        F("influence", N_("Influence"), "int", min=1, max=5,
          help=N_("1 = little power over the process, 5 = decisive")),
        F("interest", N_("Interest"), "int", min=1, max=5,
          help=N_("1 = little stake in the outcome, 5 = central")),
        F("stance", N_("Stance"), "choice", choices=enums.STANCE),
        F("engagement_role", N_("Engagement"), "choice", choices=enums.ENGAGEMENT_ROLES),
        F("contact_person", N_("Contact person")),
        F("contact_email", N_("Contact email"), "email"),
        F("contact_phone", N_("Contact phone")),
        F("gaps", N_("Gaps and overlaps"), "longtext"),
        F("notes", N_("Notes"), "longtext"),
    ),
)

LINKS = Register(
    "links", N_("Stakeholder links"), N_("Stakeholder link"), "institutions",
    title_field="kind", unique=(("source", "target", "kind"),),
    fields=(
        F("source", N_("From"), "ref", required=True, ref="stakeholders"),
        F("target", N_("To"), "ref", required=True, ref="stakeholders"),
        F("kind", N_("Relation"), "choice", required=True, choices=enums.LINK_KINDS),
        F("strength", N_("Strength"), "int", min=1, max=3, help=N_("1 = weak, 3 = strong")),
        F("notes", N_("Notes"), "longtext"),
    ),
)

DATA_SOURCES = Register(
    "data_sources", N_("Data sources"), N_("Data source"), "data",
    unique=(("name",),),
    fields=(
        F("name", N_("Name"), required=True),
        F("type", N_("Type"), "choice", required=True, choices="data_source_types"),
        F("owner", N_("Owner"), "ref", ref="stakeholders"),
        F("periodicity", N_("Periodicity"), "choice", choices=enums.PERIODICITY),
        F("latest_year", N_("Latest year"), "year"),
        F("coverage", N_("Geographic coverage"), "choice", choices=enums.GEO_COVERAGE),
        F("variables", N_("Migration variables"), "multi", choices="migration_variables"),
        F("disaggregations", N_("Disaggregations"), "multi", choices="disaggregations"),
        F("access", N_("Access"), "choice", choices=enums.ACCESS),
        F("quality", N_("Quality"), "choice", choices=enums.QUALITY),
        F("gaps", N_("Gaps"), "longtext"),
        F("notes", N_("Notes"), "longtext"),
    ),
)

INDICATORS = Register(
    "indicators", N_("Indicators"), N_("Indicator"), "data",
    unique=(("code", "name"),),
    fields=(
        F("code", N_("Code")),
        F("name", N_("Name"), required=True),
        F("framework", N_("Framework"), "choice", required=True,
          choices=enums.INDICATOR_FRAMEWORKS),
        F("sdg_indicator", N_("SDG indicator"), "choice", choices="sdg_indicators"),
        F("gcm_objectives", N_("GCM objectives"), "multi", choices="gcm"),
        F("unit", N_("Unit")),
        F("baseline_value", N_("Baseline"), "float"),
        F("baseline_year", N_("Baseline year"), "year"),
        F("target_value", N_("Target"), "float"),
        F("target_year", N_("Target year"), "year"),
        F("responsible", N_("Responsible"), "ref", ref="stakeholders"),
        F("disaggregations", N_("Disaggregations needed"), "multi", choices="disaggregations"),
        F("notes", N_("Notes"), "longtext"),
    ),
)

COVERAGE = Register(
    "coverage", N_("Indicator coverage"), N_("Coverage"), "data",
    title_field="indicator", unique=(("indicator", "data_source"),),
    fields=(
        F("indicator", N_("Indicator"), "ref", required=True, ref="indicators"),
        F("data_source", N_("Data source"), "ref", required=True, ref="data_sources"),
        F("level", N_("Coverage"), "choice", required=True, choices=enums.COVERAGE_LEVELS),
        F("disaggregations", N_("Disaggregations available"), "multi",
          choices="disaggregations"),
        F("notes", N_("Notes"), "longtext"),
    ),
)

SECTORS = Register(
    "sectors", N_("Sectors"), N_("Sector"), "sectors",
    title_field="sector", unique=(("sector",),),
    fields=(
        F("sector", N_("Sector"), "choice", required=True, choices="sectors"),
        F("lead", N_("Lead ministry"), "ref", ref="stakeholders"),
        F("priority", N_("Priority"), "choice", choices=enums.PRIORITY),
        F("working_group", N_("Working group")),
    ),
)

ASSESSMENTS = Register(
    "assessments", N_("Sector assessments"), N_("Sector assessment"), "sectors",
    title_field="sector",
    fields=(
        F("sector", N_("Sector"), "ref", required=True, ref="sectors"),
        F("migration_effects", N_("How migration affects the sector"), "longtext"),
        F("sector_effects", N_("How the sector affects migration"), "longtext"),
        F("coherence_score", N_("Policy coherence"), "int", min=1, max=5,
          help=N_("1 = policies work against each other, 5 = fully coherent")),
        F("gaps", N_("Gaps"), "longtext"),
        F("recommendations", N_("Recommendations"), "longtext"),
        F("sdg_targets", N_("SDG targets"), "multi", choices="sdg_targets"),
        F("gcm_objectives", N_("GCM objectives"), "multi", choices="gcm"),
    ),
)

POLICIES = Register(
    "policies", N_("Policies"), N_("Policy"), "sectors", title_field="title",
    fields=(
        F("title", N_("Title"), required=True),
        F("sector", N_("Sector"), "ref", required=True, ref="sectors"),
        F("kind", N_("Kind"), "choice", choices=enums.POLICY_KINDS),
        F("year", N_("Year adopted"), "year"),
        F("responsible", N_("Responsible"), "ref", ref="stakeholders"),
        F("migration", N_("Addresses migration"), "choice", choices=enums.MIGRATION_ADDRESSED),
        F("coherence", N_("Coherence with migration goals"), "choice", choices=enums.COHERENCE),
        F("gaps", N_("Gaps"), "longtext"),
        F("reference", N_("Reference or link")),
    ),
)

ACTIONS = Register(
    "actions", N_("Actions"), N_("Action"), "actions", title_field="title",
    fields=(
        F("title", N_("Title"), required=True),
        F("description", N_("Description"), "longtext"),
        F("source_step", N_("Raised in step"), "choice", choices=enums.STEPS),
        F("sector", N_("Sector"), "ref", ref="sectors"),
        F("responsible", N_("Responsible"), "ref", ref="stakeholders"),
        F("partners", N_("Partners")),
        F("timeframe", N_("Timeframe"), "choice", choices=enums.TIMEFRAME),
        F("priority", N_("Priority"), "choice", choices=enums.PRIORITY),
        F("cost", N_("Estimated cost"), "float", min=0),
        F("currency", N_("Currency")),
        F("funding", N_("Funding source")),
        F("indicator", N_("Indicator"), "ref", ref="indicators"),
        F("sdg_targets", N_("SDG targets"), "multi", choices="sdg_targets"),
        F("gcm_objectives", N_("GCM objectives"), "multi", choices="gcm"),
        F("status", N_("Status"), "choice", choices=enums.ACTION_STATUS, added_in=2),
    ),
)

# Creation order respects references (stakeholders before everything that points at them).
REGISTERS: dict[str, Register] = {
    r.name: r
    for r in (
        WORKSHOP, STAKEHOLDERS, PARTICIPANTS, SESSIONS, COMMITMENTS, MECHANISMS,
        MECHANISM_MEMBERS, INSTRUMENT_STATUS, READINESS, LINKS, DATA_SOURCES, INDICATORS,
        COVERAGE, SECTORS, ASSESSMENTS, POLICIES, ACTIONS,
    )
}

STEP_KEYS = tuple(key for key, _ in enums.STEPS)


def register(name: str) -> Register:
    try:
        return REGISTERS[name]
    except KeyError:
        raise KeyError(f"no register named {name!r}") from None


def registers_of_step(step: str) -> list[Register]:
    return [r for r in REGISTERS.values() if r.step == step]


def references_to(target: str) -> list[tuple[Register, Field]]:
    """Every (register, field) that refers to records of ``target``."""
    return [
        (r, f) for r in REGISTERS.values() for f in r.fields if f.kind == "ref" and f.ref == target
    ]
