"""A merge the way a workshop would live it: the plenary's file, three working groups'
copies made with the CLI's ``copy``, and edits in each that conflict in every way a merge
can (one field changed three ways, edited here and deleted there, a reference to a
deleted record, the same name added twice, parents that form a cycle once combined).

Used by the window's merge tests and to look at the review dialog under Xvfb.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mainstream_desktop.core import journal
from mainstream_desktop.core.store import Workshop

GROUPS = ("Labour", "Health", "Statistics")


def _as(ws: Workshop, user: str, device: str) -> Workshop:
    """Edit as someone else on another laptop (the journal says who and where)."""
    ws.user_name, ws.device_id = user, device
    ws.clock = journal.HybridClock(device, journal.last_stamp(ws.conn))
    return ws


def make_copies(plenary: Path, folder: Path) -> list[Path]:
    """One copy per group, through the command line as a facilitator would."""
    out = []
    for group in GROUPS:
        target = folder / f"{group.lower()}.mainstream"
        subprocess.run([sys.executable, "-m", "mainstream_desktop", "copy", str(plenary),
                        str(target), "--group", group], check=True,
                       capture_output=True)
        out.append(target)
    return out


def stakeholder(ws: Workshop, acronym: str) -> str:
    """The sample's stakeholder by its acronym (ids are random; names are not)."""
    return next(r["id"] for r in ws.records("stakeholders") if r["acronym"] == acronym)


def edit_copies(copies: list[Path]) -> None:
    """Edits apart; see the module's docstring for the conflicts they make."""
    labour, health, stats = copies
    with Workshop.open(labour) as ws:
        _as(ws, "Amina (Labour)", "laptop-labour-0001")
        ws.update("stakeholders", stakeholder(ws, "MARD"),
                  {"mandate": "Leads labour migration policy."})
        ws.update("stakeholders", stakeholder(ws, "MOE"), {"parent": stakeholder(ws, "MOF")})
        ws.insert("stakeholders", {"name": "Migrant Workers Union", "type": "civil_society"})
        for gone in (stakeholder(ws, "MOH"), stakeholder(ws, "NBC")):
            ws.delete("stakeholders", gone, cascade=True)
    with Workshop.open(health) as ws:
        _as(ws, "Jonas (Health)", "laptop-health-0002")
        ws.update("stakeholders", stakeholder(ws, "MARD"),
                  {"mandate": "Coordinates health services for migrants."})
        ws.update("stakeholders", stakeholder(ws, "MOF"), {"parent": stakeholder(ws, "MOE")})
        ws.insert("stakeholders", {"name": "Migrant Workers Union", "type": "civil_society",
                                   "acronym": "MWU"})
        ws.update("stakeholders", stakeholder(ws, "MOH"), {"acronym": "MoH"})
    with Workshop.open(stats) as ws:
        _as(ws, "Lea (Statistics)", "laptop-stats-0003")
        ws.update("stakeholders", stakeholder(ws, "MARD"),
                  {"mandate": "Publishes migration statistics."})
        ws.insert("links", {"source": stakeholder(ws, "NBC"),
                            "target": stakeholder(ws, "MARD"), "kind": "shares_data"})
