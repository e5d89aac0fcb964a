"""Import: a scale-10 workbook read, checked and applied, against openpyxl's read-only
mode reading every cell of it.

Target (issue 7): ≤ 2 × the floor. The workbook is the scale-10 workshop's own export,
imported back into a copy of that workshop (the round trip a facilitator makes when the
templates come back): every row is read, checked and compared.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from mainstream_desktop.core.store import Workshop
from tests.benchmarks.conftest import median, record, timings

ROUNDS = 3


def _bare_read(xlsx: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
    try:
        for sheet in wb.worksheets:
            for _row in sheet.iter_rows(values_only=True):
                pass
    finally:
        wb.close()


def test_import_scale_10(benchmark, scaled: Callable[[int], Path], tmp_path: Path) -> None:
    from mainstream_desktop.workbook import apply_import, plan_import, write_workbook

    source = scaled(10)
    xlsx = tmp_path / "scale10.xlsx"
    with Workshop.open(source, readonly=True) as ws:
        write_workbook(ws, xlsx)
    target = tmp_path / "target.mainstream"
    shutil.copyfile(source, target)
    ws = Workshop.open(target, exclusive=True)
    plans: list[float] = []

    def ours() -> None:
        from time import perf_counter

        start = perf_counter()
        plan = plan_import(ws, xlsx)
        plans.append(perf_counter() - start)
        assert plan.ok, plan.errors[:3]
        apply_import(ws, plan)

    _bare_read(xlsx)  # warm the imports and the file cache for both
    ours()
    plans.clear()
    floor, mine = [], []
    for _ in range(ROUNDS):
        floor += timings(lambda: _bare_read(xlsx), 1)
        mine += timings(ours, 1)
    benchmark.pedantic(ours, rounds=1, iterations=1)
    ws.close()
    record(benchmark, "import scale 10 (plan + apply)", median(mine), median(floor),
           "≤ 2 × floor")
    record(benchmark, "import scale 10 (plan only)", median(plans), median(floor), "—")
    assert median(mine) <= 2 * median(floor)
