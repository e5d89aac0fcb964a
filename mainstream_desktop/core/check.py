"""``check``: the integrity check and a validation report of one workshop file.

Used by the command line and by the window's "Check workshop". Opens the file
read-only, so checking never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mainstream_desktop.core.completeness import StepCompleteness, completeness
from mainstream_desktop.core.enums import STEPS
from mainstream_desktop.core.errors import Problem
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.core.store import Workshop


@dataclass
class CheckReport:
    path: Path
    version: int
    integrity: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    steps: dict[str, StepCompleteness] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.problems

    def text(self) -> str:
        lines = [
            translate("Check", "Workshop file: {path} (format {version})").format(
                path=self.path, version=self.version
            )
        ]
        if self.integrity:
            lines.append(translate("Check", "Integrity: FAILED"))
            lines += [f"  {p}" for p in self.integrity[:50]]
        else:
            lines.append(translate("Check", "Integrity: ok"))
        if self.problems:
            lines.append(
                translate("Check", "Validation: {n} problem(s)").format(n=len(self.problems))
            )
            lines += [f"  {p}" for p in self.problems[:200]]
        else:
            lines.append(translate("Check", "Validation: ok"))
        lines.append(translate("Check", "Records:"))
        lines += [
            f"  {translate('Register', REGISTERS[name].label)}: {n}"
            for name, n in self.counts.items()
        ]
        lines.append(translate("Check", "Completeness:"))
        labels = dict(STEPS)
        for step, c in self.steps.items():
            lines.append(f"  {translate('Enum', labels[step])}: {c.done}/{c.total}")
            lines += [f"    - {m}" for m in c.missing]
        return "\n".join(lines)


def check_workshop(ws: Workshop) -> CheckReport:
    """Full integrity check plus validation of every live record."""
    version = ws.conn.execute("PRAGMA user_version").fetchone()[0]
    report = CheckReport(ws.path or Path(":memory:"), version)
    report.integrity = ws.integrity_problems(quick=False)
    if not report.integrity:
        report.problems = ws.validation_problems()
        report.counts = {name: ws.count(name) for name in REGISTERS}
        report.steps = completeness(ws)
    return report


def check_file(path: Path) -> CheckReport:
    """Check ``path`` without writing to it (an old format is checked as migrated)."""
    ws = Workshop.open_for_reading(path)
    try:
        return check_workshop(ws)
    finally:
        ws.close()
