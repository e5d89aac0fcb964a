"""Write the PDF report of a workshop: whole or not at all, cancellable, with progress."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from mainstream_desktop.core import enums, i18n, refdata
from mainstream_desktop.core.atomic import atomic_path, check_export_target
from mainstream_desktop.core.errors import Cancelled, UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.store import Workshop

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

TOTAL = 1000  # progress units: 0–200 building the chapters, 200–1000 laying out pages
_BUILD_SHARE = 200


@dataclass
class ReportOptions:
    """What the user chose in the export dialog or on the command line."""

    language: str = "en"
    personal_data: bool = True
    paper: str = "a4"  # "a4" or "letter"
    watermark: bool = False
    logo: Path | None = None


def _check_options(options: ReportOptions) -> None:
    from mainstream_desktop.report.document import PAPER

    if options.paper not in PAPER:
        raise UserError(
            translate("Report", "Unknown paper size “{paper}” (use a4 or letter).").format(
                paper=options.paper
            )
        )
    if options.language not in dict(enums.LANGUAGES):
        raise UserError(
            # the code may come from a crafted file: shown short and with escapes visible
            translate("Report", "Unknown report language “{lang}”.").format(
                lang=str(options.language)[:24].encode("unicode_escape").decode("ascii"))
        )


def write_pdf(
    ws: Workshop,
    target: str | os.PathLike[str],
    options: ReportOptions,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Path:
    """Write the report of ``ws`` to ``target`` and return its path.

    Raises :class:`Cancelled` when ``cancel()`` turns true (nothing is left behind) and
    :class:`UserError` for a bad option, logo or destination.
    """
    target = Path(target)
    options = replace(
        options, paper=str(options.paper).lower(), logo=Path(options.logo) if options.logo else None
    )
    _check_options(options)
    check_export_target(target, ws.path)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    def report(done: int) -> None:
        if progress is not None:
            progress(min(done, TOTAL), TOTAL)

    with i18n.language(options.language):  # this thread only: the window keeps its own
        story, info = _story(ws, options, check_cancel, report)
        with atomic_path(target) as tmp:  # failures become one UserError there
            _layout(story, info, tmp, options.paper, check_cancel, report)
    report(TOTAL)
    return target


def _story(
    ws: Workshop,
    options: ReportOptions,
    check_cancel: Callable[[], None],
    report: Callable[[int], None],
):
    from mainstream_desktop.report import cover, front_matter, summary
    from mainstream_desktop.report.chapters import (
        actions,
        annexes,
        commitment,
        data,
        institutions,
        sectors,
        situation,
        workshop,
    )
    from mainstream_desktop.report.context import Ctx
    from mainstream_desktop.report.document import PageInfo, frame_height, frame_width
    from mainstream_desktop.report.fonts import register_fonts
    from mainstream_desktop.report.styles import make_styles

    register_fonts()
    rtl = options.language in i18n.RTL_LANGUAGES
    ctx = Ctx(
        ws,
        make_styles(rtl),
        options.language,
        options.personal_data,
        frame_width(options.paper),
        frame_height(options.paper),
        check_cancel,
    )
    front = cover.cover(ctx, options.logo) + front_matter.approval(ctx)
    parts = [
        front_matter.preface,
        summary.build,
        situation.build,
        workshop.build,
        commitment.build,
        institutions.build,
        data.build,
        sectors.build,
        actions.build,
        front_matter.next_steps,
        annexes.build,
    ]
    parts.append(cover.colophon)
    body = []
    for i, build in enumerate(parts):
        check_cancel()
        body += build(ctx)
        report(_BUILD_SHARE * (i + 1) // len(parts))
    w = ws.workshop()
    country = refdata.workshop_country(w)
    year = (w["start_date"] or "")[:4]
    info = PageInfo(
        title=w["title"],
        head=w.get("short_title") or w["title"],
        subtitle=translate("Report", "Mainstreaming migration into development planning"),
        right=f"{country} · {year}" if year else country,
        rtl=rtl,
        watermark=translate("Report", "Draft for validation") if options.watermark else None,
        author=w.get("organisers") or "",
        keywords=tuple(k for k in (
            translate("Report", "migration"), translate("Report", "development planning"),
            translate("Report", "Sustainable Development Goals"),
            translate("Report", "Global Compact for Migration"), country) if k),
        language=options.language,
    )
    return front + cover.contents(ctx) + keep_headings(body), info


def keep_headings(story: list) -> list:
    """Keep each title on the page of what follows it, unless that is a long table.

    Keeping a title with a long table would make reportlab measure the whole table once
    more; the title's conditional page break already leaves room for its first rows. The
    titles just before a numbered table join it (:class:`.Captioned` keeps them with the
    table's first rows at no such cost), with any conditional page break between them.
    Reportlab does not nest KeepTogether, so a title before a kept-together block joins it.
    """
    from reportlab.platypus import CondPageBreak, KeepTogether, LongTable

    from mainstream_desktop.report.captioned import Captioned
    from mainstream_desktop.report.context import Heading

    def is_title(f: object) -> bool:
        return isinstance(f, Heading) or getattr(getattr(f, "style", None), "name", "") == "h3"

    out: list = []
    for item in story:
        last = out[-1] if out else None
        if isinstance(item, Captioned):
            while out and (is_title(out[-1]) or (isinstance(out[-1], CondPageBreak)
                           and len(out) > 1 and is_title(out[-2]))):
                title = out.pop()
                if is_title(title):
                    title.keepWithNext = False
                    item.lead.insert(0, title)
        elif last is not None and is_title(last):
            if isinstance(item, KeepTogether):
                out[-1] = KeepTogether([last, *item._content])
                continue
            if not isinstance(item, LongTable):
                last.keepWithNext = True
        out.append(item)
    return out


def _layout(
    story: list,
    info,
    path: Path,
    paper: str,
    check_cancel: Callable[[], None],
    report: Callable[[int], None],
) -> None:
    from mainstream_desktop.report.document import ReportCanvas, ReportDoc

    total = max(len(story), 1)
    done = 0

    def on_flowable() -> None:
        nonlocal done
        done += 1
        if done % 8 == 0:
            check_cancel()
            report(_BUILD_SHARE + (TOTAL - _BUILD_SHARE) * done // total)

    def canvasmaker(*args: object, **kwargs: object) -> ReportCanvas:
        canv = ReportCanvas(*args, **kwargs)
        canv.info = info
        return canv

    doc = ReportDoc(str(path), info, paper, on_flowable)
    doc.build(story, canvasmaker=canvasmaker)
