"""The registers of a workshop, declared once.

Each register is a table of the workshop file; each field says its kind, whether it
is required, its range or its list of choices, what it refers to and whether it is
personal data. Each register says its step, its tab label, its workbook sheet and how
one of its records is named. The schema, validation, the window's pages, columns and
forms, the workbook's sheets and what an export without personal data leaves out are
all derived from these declarations, so a field or a register is added in one place.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from mainstream_desktop.core import enums
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP

Kind = Literal[
    "text", "longtext", "int", "float", "bool", "date", "year", "choice", "multi", "ref", "email"
]

# Where a choice list comes from: a static enum in ``enums`` or a reference list.
ChoiceSource = enums.Choices | str

TEXT_MAX = 500
LONGTEXT_MAX = 20_000

# The years a "year" field accepts (validation, the window's spin box, the workbook's rule).
YEAR_MIN, YEAR_MAX = 1900, 2100

# Columns every table has besides its fields: the id first, the bookkeeping after them.
SYSTEM_COLUMNS = ("id", "created_at", "updated_at", "updated_by", "deleted_at")


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
    # Names or reaches a person: left out of every export "without personal data"
    # (workbook columns, report tables and cards) while the record itself stays.
    personal: bool = False

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        """The smallest and largest number the field accepts (None: no bound)."""
        if self.kind == "year":
            return YEAR_MIN, YEAR_MAX
        return self.min, self.max

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
class Naming:
    """How a record is named where others show it: the values of ``parts`` (fields; a
    reference part shows the referred record's name) joined by ``separator``, empty
    parts left out."""

    parts: tuple[str, ...]
    separator: str = " "


@dataclass(frozen=True)
class Register:
    """One table of the workshop file."""

    name: str
    label: str  # plural, for headings
    singular: str
    step: str  # the step page that holds it (a key of enums.STEPS)
    fields: tuple[Field, ...]
    # its workbook sheet: this English word in an English workbook and the key an import
    # knows the register by; translated (context "Sheet") in other languages
    sheet: str
    short: str = ""  # its tab on the step page, when shorter than ``label``
    title_field: str = "name"
    naming: Naming | None = None  # None: the title field alone
    unique: tuple[tuple[str, ...], ...] = ()  # live records may not repeat these
    singleton: bool = False
    added_in: int = 1
    order_by: tuple[str, ...] = field(default=())
    table_columns: tuple[str, ...] = ()  # what the window's table shows; () for all

    def field(self, name: str) -> Field:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"register {self.name} has no field {name!r}") from None

    @functools.cached_property
    def _by_name(self) -> dict[str, Field]:
        """Fields by name: every value an import or a merge writes is looked up here."""
        return {f.name: f for f in self.fields}

    @property
    def tab_label(self) -> str:
        """The untranslated tab label (context "Register")."""
        return self.short or self.label

    @property
    def name_parts(self) -> tuple[Field, ...]:
        """The fields whose values make up a record's name, in order."""
        return tuple(self.field(n) for n in (self.naming or Naming((self.title_field,))).parts)

    @property
    def name_separator(self) -> str:
        return self.naming.separator if self.naming else " "

    def shared_fields(self, personal_data: bool) -> tuple[Field, ...]:
        """The fields an export shows: all of them, or all but the personal ones."""
        return self.fields if personal_data else tuple(f for f in self.fields if not f.personal)

    def fields_at(self, version: int) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.added_in <= version)


Record = dict[str, Any]  # one record as the core hands it out: field name -> Python value

F = Field

WORKSHOP = Register(
    "workshop",
    QT_TRANSLATE_NOOP("Register", "Workshop"),
    QT_TRANSLATE_NOOP("Register", "Workshop"),
    "workshop",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Workshop"),
    singleton=True,
    title_field="title",
    fields=(
        F("title", QT_TRANSLATE_NOOP("Field", "Title"), required=True),
        F(
            "country",
            QT_TRANSLATE_NOOP("Field", "Country"),
            "choice",
            required=True,
            choices="countries",
        ),
        F(
            "country_name",
            QT_TRANSLATE_NOOP("Field", "Country name (if not in the list)"),
            help=QT_TRANSLATE_NOOP("Field", "Only for a fictional or user-assigned country code."),
        ),
        F("national_strategy", QT_TRANSLATE_NOOP("Field", "National development strategy")),
        F("strategy_period", QT_TRANSLATE_NOOP("Field", "Strategy period")),
        F("start_date", QT_TRANSLATE_NOOP("Field", "Start date"), "date"),
        F("end_date", QT_TRANSLATE_NOOP("Field", "End date"), "date"),
        F("venue", QT_TRANSLATE_NOOP("Field", "Venue")),
        F(
            "language",
            QT_TRANSLATE_NOOP("Field", "Language of the deliverables"),
            "choice",
            choices=enums.LANGUAGES,
        ),
        F("organisers", QT_TRANSLATE_NOOP("Field", "Organisers")),
        F("description", QT_TRANSLATE_NOOP("Field", "Purpose and scope"), "longtext"),
        F(
            "short_title",
            QT_TRANSLATE_NOOP("Field", "Short title"),
            help=QT_TRANSLATE_NOOP("Field", "Printed at the top of every report page."),
            added_in=3,
        ),
        F(
            "regions",
            QT_TRANSLATE_NOOP("Field", "Regional organisations"),
            "multi",
            choices="regions",
            help=QT_TRANSLATE_NOOP(
                "Field", "The regional instruments of these organisations are reviewed too."),
            added_in=3,
        ),
        F("foreword", QT_TRANSLATE_NOOP("Field", "Foreword"), "longtext", added_in=3),
        F(
            "validated_by",
            QT_TRANSLATE_NOOP("Field", "Validated by"),
            help=QT_TRANSLATE_NOOP("Field", "The body or meeting that validated the report."),
            added_in=3,
        ),
        F("validated_on", QT_TRANSLATE_NOOP("Field", "Validated on"), "date", added_in=3),
        F("signatory", QT_TRANSLATE_NOOP("Field", "Signatory"), personal=True, added_in=3),
        F("signatory_title", QT_TRANSLATE_NOOP("Field", "Signatory's position"), added_in=3),
        F(
            "disclaimer",
            QT_TRANSLATE_NOOP("Field", "Disclaimer"),
            "longtext",
            help=QT_TRANSLATE_NOOP("Field", "Empty: the report prints the standard disclaimer."),
            added_in=3,
        ),
        F("next_steps", QT_TRANSLATE_NOOP("Field", "Next steps"), "longtext", added_in=3),
        F(
            "budget_cycle",
            QT_TRANSLATE_NOOP("Field", "Link to the budget cycle"),
            "longtext",
            help=QT_TRANSLATE_NOOP(
                "Field", "When and how the actions enter the national budget."),
            added_in=3,
        ),
    ),
)

PARTICIPANTS = Register(
    "participants",
    QT_TRANSLATE_NOOP("Register", "Participants"),
    QT_TRANSLATE_NOOP("Register", "Participant"),
    "workshop",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Participants"),
    fields=(
        F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True, personal=True),
        F("organisation", QT_TRANSLATE_NOOP("Field", "Organisation"), "ref", ref="stakeholders"),
        F("organisation_other", QT_TRANSLATE_NOOP("Field", "Organisation (if not a stakeholder)")),
        F("position", QT_TRANSLATE_NOOP("Field", "Position"), personal=True),
        F("sex", QT_TRANSLATE_NOOP("Field", "Sex"), "choice", choices=enums.SEX),
        F("role", QT_TRANSLATE_NOOP("Field", "Role"), "choice", choices=enums.PARTICIPANT_ROLES),
        F("working_group", QT_TRANSLATE_NOOP("Field", "Working group")),
        F("email", QT_TRANSLATE_NOOP("Field", "Email"), "email", personal=True),
        F("phone", QT_TRANSLATE_NOOP("Field", "Phone"), personal=True),
    ),
)

SESSIONS = Register(
    "sessions",
    QT_TRANSLATE_NOOP("Register", "Sessions"),
    QT_TRANSLATE_NOOP("Register", "Session"),
    "workshop",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Sessions"),
    title_field="title",
    order_by=("date", "start_time"),
    fields=(
        F("title", QT_TRANSLATE_NOOP("Field", "Title"), required=True),
        F("step", QT_TRANSLATE_NOOP("Field", "Step"), "choice", choices=enums.STEPS),
        F("date", QT_TRANSLATE_NOOP("Field", "Date"), "date"),
        F(
            "start_time",
            QT_TRANSLATE_NOOP("Field", "Start"),
            help=QT_TRANSLATE_NOOP("Field", "HH:MM"),
        ),
        F("end_time", QT_TRANSLATE_NOOP("Field", "End"), help=QT_TRANSLATE_NOOP("Field", "HH:MM")),
        F("working_group", QT_TRANSLATE_NOOP("Field", "Working group")),
        F("facilitator", QT_TRANSLATE_NOOP("Field", "Facilitator"), personal=True),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

COMMITMENTS = Register(
    "commitments",
    QT_TRANSLATE_NOOP("Register", "Commitments"),
    QT_TRANSLATE_NOOP("Register", "Commitment"),
    "commitment",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Commitments"),
    title_field="title",
    fields=(
        F("title", QT_TRANSLATE_NOOP("Field", "Title"), required=True),
        F(
            "instrument",
            QT_TRANSLATE_NOOP("Field", "Instrument"),
            "choice",
            required=True,
            choices=enums.COMMITMENT_INSTRUMENTS,
        ),
        F("level", QT_TRANSLATE_NOOP("Field", "Level"), "choice", choices=enums.LEVELS),
        F(
            "status",
            QT_TRANSLATE_NOOP("Field", "Status"),
            "choice",
            choices=enums.COMMITMENT_STATUS,
        ),
        F("date", QT_TRANSLATE_NOOP("Field", "Date"), "date"),
        F("issuing_authority", QT_TRANSLATE_NOOP("Field", "Issued by"), "ref", ref="stakeholders"),
        F("lead_agency", QT_TRANSLATE_NOOP("Field", "Lead agency"), "ref", ref="stakeholders"),
        F("focal_point", QT_TRANSLATE_NOOP("Field", "Focal point (name)"), personal=True),
        F("focal_point_contact", QT_TRANSLATE_NOOP("Field", "Focal point contact"), personal=True),
        F("mandate", QT_TRANSLATE_NOOP("Field", "Mandate"), "longtext"),
        F("budget", QT_TRANSLATE_NOOP("Field", "Budget allocated")),
        F("reference", QT_TRANSLATE_NOOP("Field", "Reference or link")),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

MECHANISMS = Register(
    "mechanisms",
    QT_TRANSLATE_NOOP("Register", "Coordination mechanisms"),
    QT_TRANSLATE_NOOP("Register", "Coordination mechanism"),
    "commitment",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Coordination"),
    fields=(
        F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True),
        F(
            "kind",
            QT_TRANSLATE_NOOP("Field", "Kind"),
            "choice",
            required=True,
            choices=enums.MECHANISM_KINDS,
        ),
        F("chair", QT_TRANSLATE_NOOP("Field", "Chair"), "ref", ref="stakeholders"),
        F("status", QT_TRANSLATE_NOOP("Field", "Status"), "choice", choices=enums.MECHANISM_STATUS),
        F("has_tor", QT_TRANSLATE_NOOP("Field", "Terms of reference adopted"), "bool"),
        F("established", QT_TRANSLATE_NOOP("Field", "Year established"), "year"),
        F(
            "frequency",
            QT_TRANSLATE_NOOP("Field", "Meets"),
            "choice",
            choices=enums.MEETING_FREQUENCY,
        ),
        F("mandate", QT_TRANSLATE_NOOP("Field", "Mandate"), "longtext"),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

MECHANISM_MEMBERS = Register(
    "mechanism_members",
    QT_TRANSLATE_NOOP("Register", "Mechanism members"),
    QT_TRANSLATE_NOOP("Register", "Mechanism member"),
    "commitment",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Members"),
    short=QT_TRANSLATE_NOOP("Register", "Members"),
    naming=Naming(("mechanism", "stakeholder"), ": "),
    title_field="stakeholder",
    unique=(("mechanism", "stakeholder"),),
    fields=(
        F(
            "mechanism",
            QT_TRANSLATE_NOOP("Field", "Mechanism"),
            "ref",
            required=True,
            ref="mechanisms",
        ),
        F(
            "stakeholder",
            QT_TRANSLATE_NOOP("Field", "Member"),
            "ref",
            required=True,
            ref="stakeholders",
        ),
        F("role", QT_TRANSLATE_NOOP("Field", "Role"), "choice", choices=enums.MEMBER_ROLES),
        F("representative", QT_TRANSLATE_NOOP("Field", "Representative"), personal=True),
    ),
)

INSTRUMENT_STATUS = Register(
    "instrument_status",
    QT_TRANSLATE_NOOP("Register", "International instruments"),
    QT_TRANSLATE_NOOP("Register", "Instrument status"),
    "commitment",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Instruments"),
    title_field="instrument",
    unique=(("instrument",),),
    fields=(
        F(
            "instrument",
            QT_TRANSLATE_NOOP("Field", "Instrument"),
            "choice",
            required=True,
            choices="instruments",
        ),
        F(
            "status",
            QT_TRANSLATE_NOOP("Field", "Status"),
            "choice",
            required=True,
            choices=enums.INSTRUMENT_STATUS,
        ),
        F("year", QT_TRANSLATE_NOOP("Field", "Year"), "year"),
        F("reservations", QT_TRANSLATE_NOOP("Field", "Reservations or declarations")),
        F(
            "implementing_body",
            QT_TRANSLATE_NOOP("Field", "Implementing body"),
            "ref",
            ref="stakeholders",
        ),
        F(
            "implementation",
            QT_TRANSLATE_NOOP("Field", "National implementation"),
            "longtext",
            help=QT_TRANSLATE_NOOP("Field", "Laws, bodies and programmes that give it effect."),
            added_in=3,
        ),
        F("last_report", QT_TRANSLATE_NOOP("Field", "Last report to the treaty body"), "year",
          added_in=3),
        F("next_report", QT_TRANSLATE_NOOP("Field", "Next report due"), "year", added_in=3),
        F(
            "recommendations_accepted",
            QT_TRANSLATE_NOOP("Field", "Treaty-body and UPR recommendations accepted"),
            "longtext",
            added_in=3,
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

READINESS = Register(
    "readiness",
    QT_TRANSLATE_NOOP("Register", "Readiness checklist"),
    QT_TRANSLATE_NOOP("Register", "Readiness item"),
    "commitment",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Readiness"),
    title_field="item",
    unique=(("item",),),
    fields=(
        F(
            "item",
            QT_TRANSLATE_NOOP("Field", "Item"),
            "choice",
            required=True,
            choices="readiness_items",
        ),
        F(
            "status",
            QT_TRANSLATE_NOOP("Field", "In place"),
            "choice",
            required=True,
            choices=enums.READINESS,
        ),
        F("evidence", QT_TRANSLATE_NOOP("Field", "Evidence"), "longtext"),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

STAKEHOLDERS = Register(
    "stakeholders",
    QT_TRANSLATE_NOOP("Register", "Stakeholders"),
    QT_TRANSLATE_NOOP("Register", "Stakeholder"),
    "institutions",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Stakeholders"),
    unique=(("name",),),
    fields=(
        F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True),
        F("acronym", QT_TRANSLATE_NOOP("Field", "Acronym"), added_in=2),
        F(
            "type",
            QT_TRANSLATE_NOOP("Field", "Type"),
            "choice",
            required=True,
            choices="stakeholder_types",
        ),
        F("level", QT_TRANSLATE_NOOP("Field", "Level"), "choice", choices=enums.LEVELS),
        F("parent", QT_TRANSLATE_NOOP("Field", "Parent body"), "ref", ref="stakeholders"),
        F("mandate", QT_TRANSLATE_NOOP("Field", "Mandate"), "longtext"),
        F(
            "thematic_areas",
            QT_TRANSLATE_NOOP("Field", "Thematic areas"),
            "multi",
            choices="sectors",
        ),
        F(
            "influence",
            QT_TRANSLATE_NOOP("Field", "Influence"),
            "int",
            min=1,
            max=5,
            help=QT_TRANSLATE_NOOP("Field", "1 = little power over the process, 5 = decisive"),
        ),
        F(
            "interest",
            QT_TRANSLATE_NOOP("Field", "Interest"),
            "int",
            min=1,
            max=5,
            help=QT_TRANSLATE_NOOP("Field", "1 = little stake in the outcome, 5 = central"),
        ),
        F("stance", QT_TRANSLATE_NOOP("Field", "Stance"), "choice", choices=enums.STANCE),
        F(
            "engagement_role",
            QT_TRANSLATE_NOOP("Field", "Engagement"),
            "choice",
            choices=enums.ENGAGEMENT_ROLES,
        ),
        F("contact_person", QT_TRANSLATE_NOOP("Field", "Contact person"), personal=True),
        F("contact_email", QT_TRANSLATE_NOOP("Field", "Contact email"), "email", personal=True),
        F("contact_phone", QT_TRANSLATE_NOOP("Field", "Contact phone"), personal=True),
        F("gaps", QT_TRANSLATE_NOOP("Field", "Gaps and overlaps"), "longtext"),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

LINKS = Register(
    "links",
    QT_TRANSLATE_NOOP("Register", "Stakeholder links"),
    QT_TRANSLATE_NOOP("Register", "Stakeholder link"),
    "institutions",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Links"),
    short=QT_TRANSLATE_NOOP("Register", "Links"),
    naming=Naming(("source", "target"), " → "),
    title_field="kind",
    unique=(("source", "target", "kind"),),
    fields=(
        F("source", QT_TRANSLATE_NOOP("Field", "From"), "ref", required=True, ref="stakeholders"),
        F("target", QT_TRANSLATE_NOOP("Field", "To"), "ref", required=True, ref="stakeholders"),
        F(
            "kind",
            QT_TRANSLATE_NOOP("Field", "Relation"),
            "choice",
            required=True,
            choices=enums.LINK_KINDS,
        ),
        F(
            "strength",
            QT_TRANSLATE_NOOP("Field", "Strength"),
            "int",
            min=1,
            max=3,
            help=QT_TRANSLATE_NOOP("Field", "1 = weak, 3 = strong"),
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

DATA_SOURCES = Register(
    "data_sources",
    QT_TRANSLATE_NOOP("Register", "Data sources"),
    QT_TRANSLATE_NOOP("Register", "Data source"),
    "data",
    sheet=QT_TRANSLATE_NOOP("Sheet", "DataSources"),
    unique=(("name",),),
    fields=(
        F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True),
        F(
            "type",
            QT_TRANSLATE_NOOP("Field", "Type"),
            "choice",
            required=True,
            choices="data_source_types",
        ),
        F("owner", QT_TRANSLATE_NOOP("Field", "Owner"), "ref", ref="stakeholders"),
        F(
            "periodicity",
            QT_TRANSLATE_NOOP("Field", "Periodicity"),
            "choice",
            choices=enums.PERIODICITY,
        ),
        F("latest_year", QT_TRANSLATE_NOOP("Field", "Latest year"), "year"),
        F(
            "coverage",
            QT_TRANSLATE_NOOP("Field", "Geographic coverage"),
            "choice",
            choices=enums.GEO_COVERAGE,
        ),
        F(
            "variables",
            QT_TRANSLATE_NOOP("Field", "Migration variables"),
            "multi",
            choices="migration_variables",
        ),
        F(
            "disaggregations",
            QT_TRANSLATE_NOOP("Field", "Disaggregations"),
            "multi",
            choices="disaggregations",
        ),
        F("access", QT_TRANSLATE_NOOP("Field", "Access"), "choice", choices=enums.ACCESS),
        F("quality", QT_TRANSLATE_NOOP("Field", "Quality"), "choice", choices=enums.QUALITY),
        F("gaps", QT_TRANSLATE_NOOP("Field", "Gaps"), "longtext"),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

INDICATORS = Register(
    "indicators",
    QT_TRANSLATE_NOOP("Register", "Indicators"),
    QT_TRANSLATE_NOOP("Register", "Indicator"),
    "data",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Indicators"),
    naming=Naming(("code", "name")),
    unique=(("code", "name"),),
    fields=(
        F("code", QT_TRANSLATE_NOOP("Field", "Code")),
        F("name", QT_TRANSLATE_NOOP("Field", "Name"), required=True),
        F(
            "framework",
            QT_TRANSLATE_NOOP("Field", "Framework"),
            "choice",
            required=True,
            choices=enums.INDICATOR_FRAMEWORKS,
        ),
        F(
            "topic",
            QT_TRANSLATE_NOOP("Field", "Topic"),
            "choice",
            choices=enums.MIGRATION_TOPICS,
            added_in=3,
        ),
        F(
            "sdg_indicator",
            QT_TRANSLATE_NOOP("Field", "SDG indicator"),
            "choice",
            choices="sdg_indicators",
        ),
        F("gcm_objectives", QT_TRANSLATE_NOOP("Field", "GCM objectives"), "multi", choices="gcm"),
        F("unit", QT_TRANSLATE_NOOP("Field", "Unit")),
        F("baseline_value", QT_TRANSLATE_NOOP("Field", "Baseline"), "float"),
        F("baseline_year", QT_TRANSLATE_NOOP("Field", "Baseline year"), "year"),
        F("target_value", QT_TRANSLATE_NOOP("Field", "Target"), "float"),
        F("target_year", QT_TRANSLATE_NOOP("Field", "Target year"), "year"),
        F("responsible", QT_TRANSLATE_NOOP("Field", "Responsible"), "ref", ref="stakeholders"),
        F(
            "disaggregations",
            QT_TRANSLATE_NOOP("Field", "Disaggregations needed"),
            "multi",
            choices="disaggregations",
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

COVERAGE = Register(
    "coverage",
    QT_TRANSLATE_NOOP("Register", "Indicator coverage"),
    QT_TRANSLATE_NOOP("Register", "Coverage"),
    "data",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Coverage"),
    short=QT_TRANSLATE_NOOP("Register", "Coverage"),
    naming=Naming(("indicator", "data_source"), " ← "),
    title_field="indicator",
    unique=(("indicator", "data_source"),),
    fields=(
        F(
            "indicator",
            QT_TRANSLATE_NOOP("Field", "Indicator"),
            "ref",
            required=True,
            ref="indicators",
        ),
        F(
            "data_source",
            QT_TRANSLATE_NOOP("Field", "Data source"),
            "ref",
            required=True,
            ref="data_sources",
        ),
        F(
            "level",
            QT_TRANSLATE_NOOP("Field", "Coverage"),
            "choice",
            required=True,
            choices=enums.COVERAGE_LEVELS,
        ),
        F(
            "disaggregations",
            QT_TRANSLATE_NOOP("Field", "Disaggregations available"),
            "multi",
            choices="disaggregations",
        ),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

INDICATOR_VALUES = Register(
    "indicator_values",
    QT_TRANSLATE_NOOP("Register", "Indicator values"),
    QT_TRANSLATE_NOOP("Register", "Indicator value"),
    "data",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Values"),
    short=QT_TRANSLATE_NOOP("Register", "Values"),
    naming=Naming(("indicator", "year", "category"), " · "),
    title_field="indicator",
    unique=(("indicator", "year", "dimension", "category"),),
    order_by=("indicator", "year"),
    table_columns=("indicator", "year", "dimension", "category", "value", "unit", "source"),
    added_in=3,
    fields=(
        F(
            "indicator",
            QT_TRANSLATE_NOOP("Field", "Indicator"),
            "ref",
            required=True,
            ref="indicators",
        ),
        F("year", QT_TRANSLATE_NOOP("Field", "Year"), "year", required=True,
          help=QT_TRANSLATE_NOOP("Field", "For a period, its last year.")),
        F(
            "period",
            QT_TRANSLATE_NOOP("Field", "Period"),
            help=QT_TRANSLATE_NOOP("Field", "Only for a value over several years: 2015–2019."),
        ),
        F(
            "dimension",
            QT_TRANSLATE_NOOP("Field", "Disaggregated by"),
            "choice",
            choices="disaggregations",
            help=QT_TRANSLATE_NOOP("Field", "Empty for the total."),
        ),
        F(
            "category",
            QT_TRANSLATE_NOOP("Field", "Group"),
            help=QT_TRANSLATE_NOOP("Field", "The group of the disaggregation: Female, 15–24…"),
        ),
        F("value", QT_TRANSLATE_NOOP("Field", "Value"), "float", required=True),
        F(
            "unit",
            QT_TRANSLATE_NOOP("Field", "Unit"),
            help=QT_TRANSLATE_NOOP("Field", "Empty: the indicator's unit."),
        ),
        F("source", QT_TRANSLATE_NOOP("Field", "Source"), "ref", ref="data_sources"),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

SECTORS = Register(
    "sectors",
    QT_TRANSLATE_NOOP("Register", "Sectors"),
    QT_TRANSLATE_NOOP("Register", "Sector"),
    "sectors",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Sectors"),
    title_field="sector",
    unique=(("sector",),),
    fields=(
        F(
            "sector",
            QT_TRANSLATE_NOOP("Field", "Sector"),
            "choice",
            required=True,
            choices="sectors",
        ),
        F("lead", QT_TRANSLATE_NOOP("Field", "Lead ministry"), "ref", ref="stakeholders"),
        F("priority", QT_TRANSLATE_NOOP("Field", "Priority"), "choice", choices=enums.PRIORITY),
        F("working_group", QT_TRANSLATE_NOOP("Field", "Working group")),
    ),
)

ASSESSMENTS = Register(
    "assessments",
    QT_TRANSLATE_NOOP("Register", "Sector assessments"),
    QT_TRANSLATE_NOOP("Register", "Sector assessment"),
    "sectors",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Assessments"),
    short=QT_TRANSLATE_NOOP("Register", "Assessments"),
    title_field="sector",
    fields=(
        F("sector", QT_TRANSLATE_NOOP("Field", "Sector"), "ref", required=True, ref="sectors"),
        F(
            "migration_effects",
            QT_TRANSLATE_NOOP("Field", "How migration affects the sector"),
            "longtext",
        ),
        F(
            "sector_effects",
            QT_TRANSLATE_NOOP("Field", "How the sector affects migration"),
            "longtext",
        ),
        F(
            "coherence_score",
            QT_TRANSLATE_NOOP("Field", "Policy coherence"),
            "int",
            min=1,
            max=5,
            help=QT_TRANSLATE_NOOP(
                "Field", "1 = policies work against each other, 5 = fully coherent"
            ),
        ),
        F("gaps", QT_TRANSLATE_NOOP("Field", "Gaps"), "longtext"),
        F("recommendations", QT_TRANSLATE_NOOP("Field", "Recommendations"), "longtext"),
        F("sdg_targets", QT_TRANSLATE_NOOP("Field", "SDG targets"), "multi", choices="sdg_targets"),
        F("gcm_objectives", QT_TRANSLATE_NOOP("Field", "GCM objectives"), "multi", choices="gcm"),
        F(
            "rights",
            QT_TRANSLATE_NOOP("Field", "Human rights"),
            "longtext",
            help=QT_TRANSLATE_NOOP(
                "Field",
                "Non-discrimination, access to services and to justice, detention: what the "
                "group found.",
            ),
            added_in=3,
        ),
        F(
            "gender",
            QT_TRANSLATE_NOOP("Field", "Gender effects"),
            "longtext",
            help=QT_TRANSLATE_NOOP(
                "Field", "How the sector's policies affect migrant women and men differently."),
            added_in=3,
        ),
        F(
            "vulnerable_groups",
            QT_TRANSLATE_NOOP("Field", "Groups in vulnerable situations"),
            "multi",
            choices=enums.VULNERABLE_GROUPS,
            added_in=3,
        ),
        F(
            "knock_on_sectors",
            QT_TRANSLATE_NOOP("Field", "Other sectors affected"),
            "multi",
            choices="sectors",
            added_in=3,
        ),
        F(
            "knock_on",
            QT_TRANSLATE_NOOP("Field", "Knock-on effects on other sectors"),
            "longtext",
            added_in=3,
        ),
    ),
)

POLICIES = Register(
    "policies",
    QT_TRANSLATE_NOOP("Register", "Policies"),
    QT_TRANSLATE_NOOP("Register", "Policy"),
    "sectors",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Policies"),
    title_field="title",
    fields=(
        F("title", QT_TRANSLATE_NOOP("Field", "Title"), required=True),
        F("sector", QT_TRANSLATE_NOOP("Field", "Sector"), "ref", required=True, ref="sectors"),
        F("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "choice", choices=enums.POLICY_KINDS),
        F("year", QT_TRANSLATE_NOOP("Field", "Year adopted"), "year"),
        F("responsible", QT_TRANSLATE_NOOP("Field", "Responsible"), "ref", ref="stakeholders"),
        F(
            "migration",
            QT_TRANSLATE_NOOP("Field", "Addresses migration"),
            "choice",
            choices=enums.MIGRATION_ADDRESSED,
        ),
        F(
            "coherence",
            QT_TRANSLATE_NOOP("Field", "Coherence with migration goals"),
            "choice",
            choices=enums.COHERENCE,
        ),
        F("gaps", QT_TRANSLATE_NOOP("Field", "Gaps"), "longtext"),
        F("reference", QT_TRANSLATE_NOOP("Field", "Reference or link")),
    ),
)

ACTIONS = Register(
    "actions",
    QT_TRANSLATE_NOOP("Register", "Actions"),
    QT_TRANSLATE_NOOP("Register", "Action"),
    "actions",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Actions"),
    table_columns=("title", "responsible", "sector", "timeframe", "priority", "cost",
                   "indicator", "status"),
    title_field="title",
    fields=(
        F("title", QT_TRANSLATE_NOOP("Field", "Title"), required=True),
        F("description", QT_TRANSLATE_NOOP("Field", "Description"), "longtext"),
        F(
            "source_step",
            QT_TRANSLATE_NOOP("Field", "Raised in step"),
            "choice",
            choices=enums.STEPS,
        ),
        F("sector", QT_TRANSLATE_NOOP("Field", "Sector"), "ref", ref="sectors"),
        F("responsible", QT_TRANSLATE_NOOP("Field", "Responsible"), "ref", ref="stakeholders"),
        F("partners", QT_TRANSLATE_NOOP("Field", "Partners")),
        F("timeframe", QT_TRANSLATE_NOOP("Field", "Timeframe"), "choice", choices=enums.TIMEFRAME),
        F("priority", QT_TRANSLATE_NOOP("Field", "Priority"), "choice", choices=enums.PRIORITY),
        F("cost", QT_TRANSLATE_NOOP("Field", "Estimated cost"), "float", min=0),
        F("currency", QT_TRANSLATE_NOOP("Field", "Currency")),
        F("funding", QT_TRANSLATE_NOOP("Field", "Funding source")),
        F("indicator", QT_TRANSLATE_NOOP("Field", "Indicator"), "ref", ref="indicators"),
        F("sdg_targets", QT_TRANSLATE_NOOP("Field", "SDG targets"), "multi", choices="sdg_targets"),
        F("gcm_objectives", QT_TRANSLATE_NOOP("Field", "GCM objectives"), "multi", choices="gcm"),
        F(
            "status",
            QT_TRANSLATE_NOOP("Field", "Status"),
            "choice",
            choices=enums.ACTION_STATUS,
            added_in=2,
        ),
        F("amount_secured", QT_TRANSLATE_NOOP("Field", "Amount secured"), "float", min=0,
          help=QT_TRANSLATE_NOOP("Field", "Of the estimated cost, in the same currency."),
          added_in=3),
        F("funding_partner", QT_TRANSLATE_NOOP("Field", "Funding partner"), "ref",
          ref="stakeholders", added_in=3),
        F("start_year", QT_TRANSLATE_NOOP("Field", "Start year"), "year", added_in=3),
        F("end_year", QT_TRANSLATE_NOOP("Field", "End year"), "year", added_in=3),
        F("baseline", QT_TRANSLATE_NOOP("Field", "Baseline"), added_in=3),
        F("target", QT_TRANSLATE_NOOP("Field", "Target"), added_in=3),
        F("verification", QT_TRANSLATE_NOOP("Field", "Means of verification"), added_in=3),
        F(
            "monitoring_frequency",
            QT_TRANSLATE_NOOP("Field", "Monitoring frequency"),
            "choice",
            choices=enums.PERIODICITY,
            added_in=3,
        ),
        F("monitored_by", QT_TRANSLATE_NOOP("Field", "Monitored by"), "ref",
          ref="stakeholders", added_in=3),
        F(
            "impact",
            QT_TRANSLATE_NOOP("Field", "Expected impact"),
            "int",
            min=1,
            max=5,
            help=QT_TRANSLATE_NOOP("Field", "1 = marginal, 5 = transformative"),
            added_in=3,
        ),
        F(
            "feasibility",
            QT_TRANSLATE_NOOP("Field", "Feasibility"),
            "int",
            min=1,
            max=5,
            help=QT_TRANSLATE_NOOP("Field", "1 = hard to deliver, 5 = ready to start"),
            added_in=3,
        ),
        F(
            "answers_readiness",
            QT_TRANSLATE_NOOP("Field", "Readiness gaps answered"),
            "multi",
            choices="readiness_items",
            added_in=3,
        ),
        F(
            "answers_instruments",
            QT_TRANSLATE_NOOP("Field", "Legal gaps answered"),
            "multi",
            choices="instruments",
            added_in=3,
        ),
        F(
            "answers_indicator",
            QT_TRANSLATE_NOOP("Field", "Data gap answered"),
            "ref",
            ref="indicators",
            help=QT_TRANSLATE_NOOP("Field", "An indicator the action gives a data source."),
            added_in=3,
        ),
    ),
)

REVIEWS = Register(
    "reviews",
    QT_TRANSLATE_NOOP("Register", "Review calendar"),
    QT_TRANSLATE_NOOP("Register", "Review"),
    "actions",
    sheet=QT_TRANSLATE_NOOP("Sheet", "Reviews"),
    short=QT_TRANSLATE_NOOP("Register", "Reviews"),
    title_field="title",
    order_by=("date",),
    added_in=3,
    fields=(
        F("title", QT_TRANSLATE_NOOP("Field", "Title"), required=True),
        F("date", QT_TRANSLATE_NOOP("Field", "Date"), "date", required=True),
        F("kind", QT_TRANSLATE_NOOP("Field", "Kind"), "choice", choices=enums.REVIEW_KINDS),
        F("responsible", QT_TRANSLATE_NOOP("Field", "Responsible"), "ref", ref="stakeholders"),
        F("scope", QT_TRANSLATE_NOOP("Field", "What is reviewed"), "longtext"),
        F("notes", QT_TRANSLATE_NOOP("Field", "Notes"), "longtext"),
    ),
)

# Creation order respects references (stakeholders before everything that points at them).
REGISTERS: dict[str, Register] = {
    r.name: r
    for r in (
        WORKSHOP,
        STAKEHOLDERS,
        PARTICIPANTS,
        SESSIONS,
        COMMITMENTS,
        MECHANISMS,
        MECHANISM_MEMBERS,
        INSTRUMENT_STATUS,
        READINESS,
        LINKS,
        DATA_SOURCES,
        INDICATORS,
        COVERAGE,
        INDICATOR_VALUES,
        SECTORS,
        ASSESSMENTS,
        POLICIES,
        ACTIONS,
        REVIEWS,
    )
}

STEP_KEYS = tuple(key for key, _ in enums.STEPS)


def register(name: str) -> Register:
    try:
        return REGISTERS[name]
    except KeyError:
        raise KeyError(f"no register named {name!r}") from None


def registers_of_step(step: str) -> list[Register]:
    """The registers of a step page, in the order of its tabs (and workbook sheets)."""
    return [r for r in REGISTERS.values() if r.step == step]


def in_step_order() -> list[Register]:
    """Every register, step by step: the window's tabs and the workbook's sheets."""
    return [r for step in STEP_KEYS for r in registers_of_step(step)]


def record_name(reg: Register, rec: Record, show: Callable[[Field, Any], str]) -> str:
    """A record's name from its register's :class:`Naming`; ``show`` turns one part's
    stored value into text (the store names referred records, the workbook uses labels)."""
    texts = (show(f, rec.get(f.name)) for f in reg.name_parts)
    return reg.name_separator.join(t for t in texts if t)


def references_to(target: str) -> list[tuple[Register, Field]]:
    """Every (register, field) that refers to records of ``target``."""
    return [
        (r, f) for r in REGISTERS.values() for f in r.fields if f.kind == "ref" and f.ref == target
    ]
