"""The command line: a stable contract that tests and scripts rely on (see README).

Exit status 0 on success, 1 for a user error (one clear message on stderr, no
traceback, no file changed), 2 for wrong usage. Heavy libraries are imported by the
command that needs them, so ``--version`` and opening the window stay fast.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from mainstream_desktop import __version__

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

COMMANDS = ("demo", "new", "export", "import", "values", "copy", "merge", "check", "smoke")


def printable(text: object) -> str:
    """``text`` without control characters (line breaks and tabs kept).

    Messages name records, files and lock holders, which come from files anyone may have
    written: an ANSI escape in a name must not reach the terminal and rewrite it.
    """
    return "".join(ch for ch in str(text)
                   if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def say(text: object, *, err: bool = False) -> None:
    """Print one message for the user (stdout, or stderr with ``err``), made printable."""
    print(printable(text), file=sys.stderr if err else sys.stdout)


def _parser_for_window() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mainstream-desktop",
        description="Offline workshop tool for mainstreaming migration into development "
        "planning. Without a command, opens the window. Commands: " + ", ".join(COMMANDS)
        + " (mainstream-desktop COMMAND --help for each).",
    )
    parser.add_argument("--version", action="version", version=f"mainstream-desktop {__version__}")
    parser.add_argument("file", nargs="?", help="a workshop file (.mainstream) to open")
    return parser


def _commands_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mainstream-desktop")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo", help="write a realistic sample workshop")
    p.add_argument("out", type=Path)
    p.add_argument("--scale", type=int, default=1, help="make it N times larger (default 1)")
    p.add_argument("--lang", default="en", help="language of the sample's labels")
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = sub.add_parser("new", help="create an empty workshop")
    p.add_argument("out", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-3 code, e.g. KEN")
    p.add_argument("--start", help="first day, YYYY-MM-DD")
    p.add_argument("--end", help="last day, YYYY-MM-DD")
    p.add_argument("--lang", default="en", help="language of the deliverables")
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = sub.add_parser("export", help="write the PDF report and/or the Excel workbook")
    p.add_argument("file", type=Path)
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx")
    p.add_argument("--lang", default=None, help="language (default: the workshop's)")
    p.add_argument("--no-personal-data", action="store_true",
                   help="leave out participants' names and contacts")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--draft", action="store_true", help="mark the PDF 'Draft for validation'")
    p.add_argument("--logo", type=Path, help="an organiser logo (PNG or JPEG) for the cover")

    p = sub.add_parser("import", help="import a filled-in workbook into a workshop")
    p.add_argument("file", type=Path)
    p.add_argument("xlsx", type=Path, metavar="IN.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--no-backup", action="store_true",
                   help="import even when no backup can be taken first (disk almost full)")

    p = sub.add_parser("values", help="import indicator values from a long or wide table")
    p.add_argument("file", type=Path)
    p.add_argument("table", type=Path, metavar="TABLE.csv|TABLE.xlsx")
    p.add_argument("--sheet", help="the sheet of an Excel workbook (default: the first)")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--no-backup", action="store_true",
                   help="import even when no backup can be taken first (disk almost full)")

    p = sub.add_parser("copy", help="a working group's copy of a workshop")
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--group", required=True, help="the working group's name")
    p.add_argument("--force", action="store_true", help="replace an existing file")

    p = sub.add_parser("merge", help="merge working groups' copies into a new workshop")
    p.add_argument("out", type=Path)
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="review the merge, write nothing")
    p.add_argument("--resolve", metavar="newest|FILE",
                   help="decide conflicts: the later change, or the version in FILE")
    p.add_argument("--force", action="store_true", help="replace an existing OUT")

    p = sub.add_parser("check", help="integrity check and validation report")
    p.add_argument("file", type=Path)

    p = sub.add_parser("smoke", help="open the window offscreen, visit every step, print timings")
    p.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in COMMANDS:
        try:
            args = _commands_parser().parse_args(args_list)
        except SystemExit as exc:
            return int(exc.code or 0)
        handler = _HANDLERS[args.command]
    else:
        try:
            args = _parser_for_window().parse_args(args_list)
        except SystemExit as exc:
            return int(exc.code or 0)
        handler = _cmd_window
    from mainstream_desktop.core.errors import UserError

    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where it cannot be caught
        return code
    except UserError as exc:
        say(f"mainstream-desktop: {exc}", err=True)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # the reader went away (`check FILE | head -1`): stop quietly, the Python way
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_USER_ERROR
    except sqlite3.OperationalError as exc:
        from mainstream_desktop.core.guard import is_runaway, runaway_message

        if not is_runaway(exc):
            raise
        print(f"mainstream-desktop: {runaway_message()}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        say("mainstream-desktop: interrupted", err=True)
        return 130


def _cmd_window(args: argparse.Namespace) -> int:
    from mainstream_desktop.app import run

    return run(args.file)


def _cmd_demo(args: argparse.Namespace) -> int:
    from mainstream_desktop.core.demo import write_demo
    from mainstream_desktop.core.i18n import check_language, use_language

    use_language(check_language(args.lang))
    path = write_demo(args.out, scale=args.scale, force=args.force)
    say(path)
    return EXIT_OK


def _cmd_new(args: argparse.Namespace) -> int:
    from mainstream_desktop.core.i18n import check_language
    from mainstream_desktop.core.store import Workshop

    check_language(args.lang)
    fields = {"start_date": args.start, "end_date": args.end, "language": args.lang}
    ws = Workshop.create(args.out, title=args.title, country=args.country.strip().upper(),
                         force=args.force, **{k: v for k, v in fields.items() if v})
    ws.close()
    say(args.out)
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    if not args.pdf and not args.xlsx:
        say("mainstream-desktop export: give --pdf OUT.pdf and/or --xlsx OUT.xlsx", err=True)
        return EXIT_USAGE
    from mainstream_desktop.core.atomic import check_distinct
    from mainstream_desktop.core.i18n import check_language, translate, untranslated

    if args.lang is not None:
        check_language(args.lang)
    outputs = [out for out in (args.pdf, args.xlsx) if out is not None]
    check_distinct(outputs, [args.file])  # each exporter checks its own target too
    from mainstream_desktop.core.store import Workshop

    ws = Workshop.open_for_reading(args.file)
    try:
        language = check_language(args.lang or ws.workshop().get("language") or "en")
        missing = untranslated(language)
        if missing:
            say("warning: " + translate(
                "Language", "{n} texts are not yet translated into “{code}”; they appear in "
                "English.").format(n=missing, code=language), err=True)
        if args.pdf:
            from mainstream_desktop.report import ReportOptions, write_pdf

            options = ReportOptions(language=language, personal_data=not args.no_personal_data,
                                    paper=args.paper, watermark=args.draft, logo=args.logo)
            say(write_pdf(ws, args.pdf, options))
        if args.xlsx:
            from mainstream_desktop.workbook import write_workbook

            say(write_workbook(ws, args.xlsx, language=language,
                               personal_data=not args.no_personal_data))
    finally:
        ws.close()
    return EXIT_OK


def _cmd_import(args: argparse.Namespace,
                run: Callable[[object, argparse.Namespace], int] | None = None) -> int:
    """``import`` (and, with ``run``, ``values``): a dry run on a read-only opening, a real
    one holding the lock record like a window."""
    from mainstream_desktop.core.store import Workshop

    run = run or _import
    # a dry run never writes: not even the migration of an older file or a crash recovery
    if args.dry_run:
        ws = Workshop.open_for_reading(args.file)
        try:
            return run(ws, args)
        finally:
            ws.close()
    from mainstream_desktop.core.lock import WorkshopLock

    ws = Workshop.open(args.file)  # refuses, naming the holder, a file open in a window
    # hold the lock record like a window does, so a window opening the file meanwhile
    # names this import instead of failing on SQLite's lock with no name
    held = WorkshopLock(args.file)
    try:
        held.acquire()
        return run(ws, args)
    finally:
        ws.close()
        held.release()


def _cmd_values(args: argparse.Namespace) -> int:
    return _cmd_import(args, _values)


def _values(ws: object, args: argparse.Namespace) -> int:
    from mainstream_desktop.workbook.values_import import apply_values, plan_values

    plan = plan_values(ws, args.table, args.sheet)
    if not plan.ok:
        say(plan.summary(), err=True)
        say("mainstream-desktop: the table has errors; nothing was imported", err=True)
        return EXIT_USER_ERROR
    say(plan.summary())
    if args.dry_run:
        say("dry run: nothing was written")
        return EXIT_OK
    _check_backup_room(plan.changes_anything, args.no_backup)
    result = apply_values(ws, plan)  # type: ignore[arg-type]
    say(f"imported: {len({c.record_id for c in result.changes})} values added or updated")
    return EXIT_OK


def _check_backup_room(changes: bool, no_backup: bool) -> None:
    from mainstream_desktop.core import backup
    from mainstream_desktop.core.errors import UserError
    from mainstream_desktop.core.i18n import translate

    if changes and not backup.has_room():
        if not no_backup:
            raise UserError(translate(
                "Backup", "Nothing was imported: the disk holding the backups has less than "
                "{mb} MB free, so no backup could be taken first. Free some space, or add "
                "--no-backup to import without one.").format(mb=backup.MIN_FREE_MB))
        say("warning: " + translate("Backup", "no backup was taken before the import (the "
                                    "disk is almost full)."), err=True)


def _import(ws: object, args: argparse.Namespace) -> int:
    from mainstream_desktop.workbook import apply_import, plan_import

    plan = plan_import(ws, args.xlsx)
    for sheet in plan.sheets:
        say(f"{sheet.name}: {sheet.added} to add, {sheet.updated} to update, "
            f"{sheet.unchanged} unchanged")
    for warning in plan.warnings:
        say(f"warning: {warning}")
    if not plan.ok:
        for error in plan.errors:
            say(error, err=True)
        if plan.truncated:
            say(f"… and {plan.truncated} more errors", err=True)
        say("mainstream-desktop: the workbook has errors; nothing was imported", err=True)
        return EXIT_USER_ERROR
    if args.dry_run:
        say("dry run: nothing was written")
        return EXIT_OK
    _check_backup_room(plan.changes_anything, args.no_backup)
    result = apply_import(ws, plan)
    say(f"imported: {len({(c.table, c.record_id) for c in result.changes})} records "
        "added or updated")
    return EXIT_OK


def _cmd_copy(args: argparse.Namespace) -> int:
    from mainstream_desktop.core.atomic import check_new_target
    from mainstream_desktop.core.merge import copy_for_group
    from mainstream_desktop.core.store import Workshop

    check_new_target(args.out, force=args.force)
    with Workshop.open_for_reading(args.file) as ws:
        copy_for_group(ws, args.out, args.group)
    say(f"wrote {args.out} for working group “{' '.join(args.group.split())}”")
    return EXIT_OK


def _cmd_merge(args: argparse.Namespace) -> int:
    from mainstream_desktop.core.i18n import translate
    from mainstream_desktop.core.merge import plan_merge, review_lines, write_merge

    plan = plan_merge(args.files)  # refuses fewer than two files
    if args.resolve:
        plan.resolve(_resolve_rule(args.resolve, args.files))
    for line in review_lines(plan):
        say(line)
    for conflict in plan.conflicts:
        say(("resolved: " if conflict.decided else "conflict: ") + plan.describe(conflict),
            err=not conflict.decided)
    if plan.undecided:
        say("mainstream-desktop: " + translate(
            "Merge", "{n} conflict(s); nothing was written. Decide them in the window "
            "(File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE."
        ).format(n=len(plan.undecided)), err=True)
        return EXIT_USER_ERROR
    if args.dry_run:
        say("dry run: nothing was written")
        return EXIT_OK
    applied = write_merge(plan, args.out, force=args.force)
    say(f"wrote {args.out}: {applied} changes merged from {len(args.files)} files")
    return EXIT_OK


def _resolve_rule(text: str, files: list[Path]) -> str | int:
    from mainstream_desktop.core.errors import UserError
    from mainstream_desktop.core.i18n import translate

    if text == "newest":
        return "newest"
    wanted = Path(text)
    for i, f in enumerate(files):
        if f == wanted or (wanted.exists() and f.exists() and os.path.samefile(f, wanted)):
            return i
    raise UserError(translate(
        "Merge", "--resolve takes “newest” or one of the files being merged, not “{value}”."
    ).format(value=text))


def _cmd_check(args: argparse.Namespace) -> int:
    from mainstream_desktop.core.check import check_file

    report = check_file(args.file)
    say(report.text())
    return EXIT_OK if report.ok else EXIT_USER_ERROR


def _cmd_smoke(args: argparse.Namespace) -> int:
    from mainstream_desktop.app import smoke

    return smoke(str(args.file))


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "copy": _cmd_copy,
    "merge": _cmd_merge,
    "demo": _cmd_demo,
    "new": _cmd_new,
    "export": _cmd_export,
    "import": _cmd_import,
    "values": _cmd_values,
    "check": _cmd_check,
    "smoke": _cmd_smoke,
}
