"""How far each step has come: the checks a facilitator would tick before moving on.

Each step has a few plain checks; the window's navigator shows done/total per step and
lists what is missing, the report's summary names the gaps. Counting is cheap SQL so the
navigator can refresh after every edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import STEP_KEYS
from mainstream_desktop.core.store import Workshop


@dataclass(frozen=True)
class Check:
    label: str  # what is checked, as a to-do: "Every action has an indicator"
    done: bool
    gap: str  # the same check when unmet, worded as a finding: "Some actions have no …"


@dataclass(frozen=True)
class StepCompleteness:
    step: str
    checks: tuple[Check, ...]

    @property
    def done(self) -> int:
        return sum(c.done for c in self.checks)

    @property
    def total(self) -> int:
        return len(self.checks)

    @property
    def ratio(self) -> float:
        return self.done / self.total if self.total else 1.0

    @property
    def missing(self) -> list[str]:
        return [c.label for c in self.checks if not c.done]

    @property
    def gaps(self) -> list[str]:
        """The unmet checks worded as findings, for the report."""
        return [c.gap for c in self.checks if not c.done]


def _scalar(ws: Workshop, sql: str, *params: object) -> int:
    return ws.conn.execute(sql, params).fetchone()[0] or 0


def _live(ws: Workshop, table: str, where: str = "") -> int:
    extra = f" AND ({where})" if where else ""
    return _scalar(ws, f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL{extra}')


def _each_has(ws: Workshop, parent: str, child: str, link: str, condition: str = "") -> bool:
    """At least one live ``parent`` record, and every one of them has a live ``child``
    (whose ``link`` field points at it) meeting ``condition``."""
    extra = f" AND ({condition})" if condition else ""
    orphans = _scalar(
        ws,
        f'SELECT count(*) FROM "{parent}" p WHERE p.deleted_at IS NULL AND NOT EXISTS'
        f' (SELECT 1 FROM "{child}" c WHERE c."{link}" = p.id AND c.deleted_at IS NULL{extra})',
    )
    return _live(ws, parent) > 0 and orphans == 0


def _all_have(ws: Workshop, table: str, condition: str) -> bool:
    total = _live(ws, table)
    return total > 0 and _live(ws, table, condition) == total


def _workshop(ws: Workshop) -> list[Check]:
    found = ws.records("workshop")  # a crafted file may have none: nothing is set then
    w = found[0] if found else dict.fromkeys(
        ("title", "country", "start_date", "end_date", "venue", "national_strategy"))
    return [
        Check(
            translate("Completeness", "Title and country set"), bool(w["title"] and w["country"]),
            translate("Completeness", "The title or the country is not set"),
        ),
        Check(
            translate("Completeness", "Dates and venue set"),
            bool(w["start_date"] and w["end_date"] and w["venue"]),
            translate("Completeness", "The dates or the venue are not set"),
        ),
        Check(
            translate("Completeness", "National development strategy named"),
            bool(w["national_strategy"]),
            translate("Completeness", "The national development strategy is not named"),
        ),
        Check(
            translate("Completeness", "Participants registered"),
            _live(ws, "participants") > 0,
            translate("Completeness", "No participants are registered"),
        ),
        Check(
            translate("Completeness", "Sessions planned"),
            _live(ws, "sessions") > 0,
            translate("Completeness", "No sessions are planned"),
        ),
    ]


def _commitment(ws: Workshop) -> list[Check]:
    from mainstream_desktop.core import refdata

    items = len(refdata.keys("readiness_items"))
    return [
        Check(
            translate("Completeness", "A commitment adopted or in force"),
            _live(ws, "commitments", "status IN ('adopted', 'in_force')") > 0,
            translate("Completeness", "No commitment is adopted or in force"),
        ),
        Check(
            translate("Completeness", "Lead agency and focal point named"),
            _live(ws, "commitments", "lead_agency IS NOT NULL AND focal_point IS NOT NULL") > 0,
            translate("Completeness", "No commitment names both a lead agency and a focal point"),
        ),
        Check(
            translate("Completeness", "A coordination mechanism recorded"),
            _live(ws, "mechanisms") > 0,
            translate("Completeness", "No coordination mechanism is recorded"),
        ),
        Check(
            translate("Completeness", "Mechanisms have members"),
            _each_has(ws, "mechanisms", "mechanism_members", "mechanism"),
            translate("Completeness", "Some coordination mechanisms have no members"),
        ),
        Check(
            translate("Completeness", "Status of international instruments reviewed"),
            _live(ws, "instrument_status") >= 5,
            translate("Completeness", "The status of the international instruments is not "
                                      "reviewed (fewer than five recorded)"),
        ),
        Check(
            translate("Completeness", "Readiness checklist answered"),
            _live(ws, "readiness", "status != 'unknown'") >= items,
            translate("Completeness", "The readiness checklist is not fully answered"),
        ),
    ]


def _institutions(ws: Workshop) -> list[Check]:
    return [
        Check(
            translate("Completeness", "At least 10 stakeholders mapped"),
            _live(ws, "stakeholders") >= 10,
            translate("Completeness", "Fewer than 10 stakeholders are mapped"),
        ),
        Check(
            translate("Completeness", "Every stakeholder rated for influence and interest"),
            _all_have(ws, "stakeholders", "influence IS NOT NULL AND interest IS NOT NULL"),
            translate("Completeness", "Some stakeholders are not rated for influence and interest"),
        ),
        Check(
            translate("Completeness", "Every stakeholder has a mandate"),
            _all_have(ws, "stakeholders", "mandate IS NOT NULL"),
            translate("Completeness", "Some stakeholders have no mandate recorded"),
        ),
        Check(
            translate("Completeness", "Relations between stakeholders recorded"),
            _live(ws, "links") > 0,
            translate("Completeness", "No relations between stakeholders are recorded"),
        ),
        Check(
            translate("Completeness", "Migrants or diaspora organisations included"),
            _live(ws, "stakeholders", "type = 'migrants_diaspora'") > 0,
            translate("Completeness", "No migrant or diaspora organisation is included"),
        ),
    ]


def _data(ws: Workshop) -> list[Check]:
    return [
        Check(
            translate("Completeness", "Data sources listed"),
            _live(ws, "data_sources") > 0,
            translate("Completeness", "No data sources are listed"),
        ),
        Check(
            translate("Completeness", "Every data source has an owner"),
            _all_have(ws, "data_sources", "owner IS NOT NULL"),
            translate("Completeness", "Some data sources have no owner"),
        ),
        Check(
            translate("Completeness", "Indicators chosen"),
            _live(ws, "indicators") > 0,
            translate("Completeness", "No indicators are chosen"),
        ),
        Check(
            translate("Completeness", "Every indicator matched to its data sources"),
            _each_has(ws, "indicators", "coverage", "indicator"),
            translate("Completeness", "Some indicators are matched to no data source"),
        ),
        Check(
            translate("Completeness", "Disaggregations of each source recorded"),
            _all_have(ws, "data_sources", "disaggregations IS NOT NULL"),
            translate("Completeness", "The disaggregations of some data sources are not recorded"),
        ),
    ]


def _sectors(ws: Workshop) -> list[Check]:
    return [
        Check(
            translate("Completeness", "Sectors chosen for review"),
            _live(ws, "sectors") > 0,
            translate("Completeness", "No sectors are chosen for review"),
        ),
        Check(
            translate("Completeness", "Every sector assessed with a coherence score"),
            _each_has(ws, "sectors", "assessments", "sector", "c.coherence_score IS NOT NULL"),
            translate("Completeness", "Some sectors have no coherence score"),
        ),
        Check(
            translate("Completeness", "Policies in force listed for every sector"),
            _each_has(ws, "sectors", "policies", "sector"),
            translate("Completeness", "Some sectors have no policies listed"),
        ),
        Check(
            translate("Completeness", "Recommendations written"),
            _live(ws, "assessments", "recommendations IS NOT NULL") > 0,
            translate("Completeness", "No recommendations are written"),
        ),
    ]


def _actions(ws: Workshop) -> list[Check]:
    return [
        Check(
            translate("Completeness", "Actions recorded"),
            _live(ws, "actions") > 0,
            translate("Completeness", "No actions are recorded"),
        ),
        Check(
            translate("Completeness", "Every action has a responsible actor"),
            _all_have(ws, "actions", "responsible IS NOT NULL"),
            translate("Completeness", "Some actions have no responsible actor"),
        ),
        Check(
            translate("Completeness", "Every action has a timeframe and priority"),
            _all_have(ws, "actions", "timeframe IS NOT NULL AND priority IS NOT NULL"),
            translate("Completeness", "Some actions have no timeframe or no priority"),
        ),
        Check(
            translate("Completeness", "Every action has an indicator"),
            _all_have(ws, "actions", "indicator IS NOT NULL"),
            translate("Completeness", "Some actions have no indicator"),
        ),
        Check(
            translate("Completeness", "Costs estimated"),
            _all_have(ws, "actions", "cost IS NOT NULL"),
            translate("Completeness", "Some actions have no cost estimate"),
        ),
    ]


_STEPS: dict[str, Callable[[Workshop], list[Check]]] = {
    "workshop": _workshop,
    "commitment": _commitment,
    "institutions": _institutions,
    "data": _data,
    "sectors": _sectors,
    "actions": _actions,
}
assert tuple(_STEPS) == STEP_KEYS


def step_completeness(ws: Workshop, step: str) -> StepCompleteness:
    return StepCompleteness(step, tuple(_STEPS[step](ws)))


def completeness(ws: Workshop) -> dict[str, StepCompleteness]:
    """Completeness of every step, in process order."""
    return {step: step_completeness(ws, step) for step in STEP_KEYS}
