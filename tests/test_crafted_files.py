"""Issue 13: a workshop file is untrusted input. Crafted, damaged or half-written files
(and the files SQLite keeps beside them) are refused with one message, never run, never
hang a command, and are left exactly as they were; a real crash is still recovered.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mainstream_desktop.cli import main
from mainstream_desktop.core import backup, schema
from mainstream_desktop.core.errors import NotAWorkshopError, UserError
from mainstream_desktop.core.store import Workshop

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _cli(*args: str, timeout: float = 60, env: dict[str, str] | None = None,
         **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mainstream_desktop", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, **kw)


def _raw(path: Path, *statements: str, functions: bool = False) -> None:
    """Run SQL on a workshop behind the application's back (what a crafter does)."""
    conn = sqlite3.connect(path, isolation_level=None)
    if functions:
        conn.create_function("evil", 1, lambda x: x, deterministic=True)
        conn.create_collation("weird", lambda a, b: (a > b) - (a < b))
    for sql in statements:
        conn.execute(sql)
    conn.close()


# --- 1. the file's own SQL never runs --------------------------------------------------


def _trigger(p: Path) -> None:
    _raw(p, "CREATE TRIGGER wipe AFTER INSERT ON stakeholders BEGIN DELETE FROM actions; "
            "UPDATE workshop SET title = 'pwned'; END")


def _view_register(p: Path) -> None:
    _raw(p, "ALTER TABLE participants RENAME TO hidden_participants",
         "CREATE VIEW participants AS SELECT * FROM hidden_participants",
         "CREATE TRIGGER swallow INSTEAD OF INSERT ON participants BEGIN SELECT 1; END")


def _endless_view(p: Path) -> None:
    _raw(p, "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
            "SELECT i + 1 FROM n) SELECT i FROM n")


def _unknown_collation(p: Path) -> None:
    _raw(p, "CREATE INDEX idx_weird ON stakeholders(name COLLATE weird)", functions=True)


def _unknown_function(p: Path) -> None:
    _raw(p, "CREATE INDEX idx_evil ON stakeholders(evil(name))", functions=True)


def _extra_table(p: Path) -> None:
    _raw(p, "CREATE TABLE payload (x)")


def _changed_column(p: Path) -> None:
    _raw(p, "ALTER TABLE stakeholders ADD COLUMN extra TEXT GENERATED ALWAYS AS (evil(name))",
         functions=True)


CRAFTED: dict[str, Callable[[Path], None]] = {
    "trigger": _trigger,
    "register replaced by a view": _view_register,
    "endless recursive view": _endless_view,
    "index with an unknown collation": _unknown_collation,
    "index with an unknown function": _unknown_function,
    "extra table": _extra_table,
    "extra column": _changed_column,
}


@pytest.mark.parametrize("kind", list(CRAFTED))
def test_crafted_schema_is_refused_by_every_command(kind: str, demo_path: Path,
                                                    sample_xlsx: Path, capsys) -> None:
    CRAFTED[kind](demo_path)
    before, listing = _digest(demo_path), _listing(demo_path.parent)
    for args in (["check", str(demo_path)],
                 ["export", str(demo_path), "--xlsx", str(demo_path.with_name("o.xlsx"))],
                 ["import", str(demo_path), str(sample_xlsx), "--dry-run"],
                 ["import", str(demo_path), str(sample_xlsx)]):
        started = time.monotonic()
        assert main(args) == 1, args
        err = capsys.readouterr().err.strip()
        assert "not a workshop this version wrote" in err, err
        assert "Traceback" not in err and len(err.splitlines()) == 1, err
        assert time.monotonic() - started < 10, args
    assert _digest(demo_path) == before
    assert _listing(demo_path.parent) == listing


@pytest.mark.parametrize("mode", ["write", "exclusive", "readonly"])
def test_trigger_never_fires(demo_path: Path, mode: str) -> None:
    _trigger(demo_path)
    with pytest.raises(NotAWorkshopError, match="trigger “wipe”"):
        Workshop.open(demo_path, exclusive=mode == "exclusive", readonly=mode == "readonly")


def test_older_file_is_compared_with_its_own_version(tmp_path: Path) -> None:
    from tests.test_file_format import _older_file

    path = _older_file(tmp_path / "old.mainstream")
    _raw(path, "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM workshop; END")
    digest = _digest(path)
    with pytest.raises(NotAWorkshopError, match="trigger “t”"):
        Workshop.open(path)
    with pytest.raises(NotAWorkshopError, match="trigger “t”"):
        Workshop.open_for_reading(path)
    assert _digest(path) == digest
    assert backup.list_backups("11111111-2222-4333-8444-555555555555") == []


def test_expected_schema_matches_what_create_schema_builds() -> None:
    """The stored fingerprints of each version are what the migrations really build."""
    from mainstream_desktop.core import guard

    for version in range(1, schema.SCHEMA_VERSION + 1):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        schema.create_schema(conn, version)
        built = guard.schema_entries(conn)
        assert built == guard.expected_entries(version), (
            f"version {version}: regenerate mainstream_desktop/core/schema_expected.py with "
            "python -m mainstream_desktop.core.guard")


def test_a_runaway_query_is_stopped(empty_ws: Workshop) -> None:
    from mainstream_desktop.core import guard

    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError) as caught:
        empty_ws.conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                              "SELECT count(*) FROM n").fetchone()
    assert guard.is_runaway(caught.value)
    assert time.monotonic() - started < 30
    assert empty_ws.count("stakeholders") == 0  # the next statement has its full budget


# --- 2. a hot journal is recovered safely, a stray one refused --------------------------

_CRASH = textwrap.dedent("""
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(sys.argv[2])
    conn.execute("CREATE TABLE filler (x)")
    conn.execute("PRAGMA cache_size = 1")  # force pages out to the file
    conn.executemany("INSERT INTO filler VALUES (?)", [(b'y' * 4000,)] * 300)
    os._exit(9)  # die without commit or rollback
""")


def _crash_in(path: Path, sql: str) -> Path:
    subprocess.run([sys.executable, "-c", _CRASH, str(path), sql], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    return journal


def test_own_hot_journal_is_recovered_with_a_backup_of_the_pair(demo_path: Path) -> None:
    journal = _crash_in(demo_path, "UPDATE workshop SET title = 'half-written'")
    crashed = (_digest(demo_path), _digest(journal))
    assert main(["check", str(demo_path)]) == 1  # read-only: tells to open for editing
    with Workshop.open(demo_path) as ws:
        assert ws.recovered  # the window tells the user
        assert ws.workshop()["title"] != "half-written"
        assert ws.integrity_problems() == []
        folder = backup.folder_for(ws.uuid)
    with Workshop.open(demo_path) as ws:
        assert not ws.recovered
    assert not journal.exists()
    kept = sorted(folder.iterdir())
    pairs = {p.name.removesuffix("-journal") for p in kept if p.name.endswith("-journal")}
    assert len(pairs) == 1, kept
    name = pairs.pop()
    assert (_digest(folder / name), _digest(folder / (name + "-journal"))) == crashed
    assert main(["check", str(demo_path)]) == 0


def _foreign_journal(folder: Path) -> Path:
    other = folder / "other.db"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("x" * 3000,)] * 200)
    conn.close()
    return _crash_in(other, "DELETE FROM notes")


def _other_workshop_journal(folder: Path) -> Path:
    other = folder / "other.mainstream"
    Workshop.create(other, title="Other", country="KEN").close()
    return _crash_in(other, "UPDATE workshop SET title = 'other'")


@pytest.mark.parametrize("source", [_foreign_journal, _other_workshop_journal],
                         ids=["another database", "another workshop"])
def test_stray_journal_is_refused_and_both_files_left(demo_path: Path, tmp_path: Path,
                                                      source, capsys) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    journal = demo_path.with_name(demo_path.name + "-journal")
    shutil.move(source(elsewhere), journal)
    shutil.rmtree(elsewhere)
    digests, listing = (_digest(demo_path), _digest(journal)), _listing(tmp_path)
    for args in (["check", str(demo_path)], ["import", str(demo_path), "none.xlsx"]):
        assert main(args) == 1
        err = capsys.readouterr().err.strip()
        assert journal.name in err and "Traceback" not in err and len(err.splitlines()) == 1
    with pytest.raises(NotAWorkshopError, match=journal.name):
        Workshop.open(demo_path, exclusive=True)
    assert (_digest(demo_path), _digest(journal)) == digests
    assert _listing(tmp_path) == listing


def test_garbage_journal_is_refused(demo_path: Path) -> None:
    journal = demo_path.with_name(demo_path.name + "-journal")
    journal.write_bytes(b"\x01" + os.urandom(5000))
    digests = (_digest(demo_path), _digest(journal))
    with pytest.raises(NotAWorkshopError, match=journal.name):
        Workshop.open(demo_path)
    assert (_digest(demo_path), _digest(journal)) == digests


# --- 3. WAL files and files left beside -------------------------------------------------


def _wal_pair(p: Path, keep_wal: bool) -> None:
    Workshop.create(p, title="Victim", country="KEN").close()
    conn = sqlite3.connect(p, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA user_version = 99")
    if keep_wal:
        shutil.copyfile(p.with_name(p.name + "-wal"), p.with_name("saved-wal"))
    conn.close()  # checkpoints and removes -wal, -shm
    if keep_wal:
        os.replace(p.with_name("saved-wal"), p.with_name(p.name + "-wal"))


def _wal_mode_file(p: Path) -> None:
    Workshop.create(p, title="Victim", country="KEN").close()
    conn = sqlite3.connect(p, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def _wal_beside(p: Path) -> None:
    src = p.with_name("src.mainstream")
    _wal_pair(src, keep_wal=True)
    Workshop.create(p, title="Victim", country="KEN").close()
    os.replace(src.with_name(src.name + "-wal"), p.with_name(p.name + "-wal"))
    src.unlink()


@pytest.mark.parametrize("make", [_wal_mode_file, _wal_beside], ids=["wal mode", "wal beside"])
def test_wal_is_refused_and_nothing_left_beside(make, tmp_path: Path, capsys) -> None:
    path = tmp_path / "w.mainstream"
    make(path)
    files = {p.name: _digest(p) for p in tmp_path.iterdir()}
    for args in (["check", str(path)], ["import", str(path), "none.xlsx", "--dry-run"],
                 ["import", str(path), "none.xlsx"]):
        assert main(args) == 1
        err = capsys.readouterr().err.strip()
        assert "WAL" in err and "Traceback" not in err and len(err.splitlines()) == 1, err
    assert {p.name: _digest(p) for p in tmp_path.iterdir()} == files


def test_read_only_commands_leave_the_folder_as_it_was(demo_path: Path, sample_xlsx: Path,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    listing = _listing(demo_path.parent)
    assert main(["check", str(demo_path)]) == 0
    assert main(["export", str(demo_path), "--xlsx", str(out / "o.xlsx")]) == 0
    assert main(["import", str(demo_path), str(sample_xlsx), "--dry-run"]) == 0
    assert _listing(demo_path.parent) == listing


# --- 4. ordinary I/O failures -------------------------------------------------------------


@pytest.fixture
def mount(tmp_path: Path):
    """A small tmpfs (needs root; skipped elsewhere)."""
    folder = tmp_path / "mnt"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root or no mount permission)")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_read_only_medium(demo_master: Path, mount: Path, sample_xlsx: Path, capsys) -> None:
    path = mount / "w.mainstream"
    shutil.copyfile(demo_master, path)
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    digest = _digest(path)
    assert main(["check", str(path)]) == 0
    capsys.readouterr()
    assert main(["import", str(path), str(sample_xlsx)]) == 1
    err = capsys.readouterr().err.strip()
    assert "read-only" in err and "Traceback" not in err and len(err.splitlines()) == 1, err
    with pytest.raises(UserError, match="read-only"):
        Workshop.open(path, exclusive=True)
    assert _digest(path) == digest


def test_migrate_reports_the_real_error(monkeypatch) -> None:
    """SQLite rolls a transaction back itself on a full disk; the real cause must show."""
    conn = sqlite3.connect(":memory:", isolation_level=None)

    def full(c: sqlite3.Connection) -> None:
        c.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setitem(schema.MIGRATIONS, 1, full)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        schema.create_schema(conn)


def test_demo_on_a_full_disk(mount: Path) -> None:
    (mount / "filler").write_bytes(b"x" * (4 * 2**20 - 300_000))
    done = _cli("demo", str(mount / "w.mainstream"))
    assert done.returncode == 1, done.stderr
    assert "disk is full" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert _listing(mount) == ["filler"]


def test_unusable_home(demo_path: Path, sample_xlsx: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "home-file"
    not_a_folder.write_text("x")
    env = {"MAINSTREAM_DESKTOP_HOME": str(not_a_folder)}
    assert _cli("check", str(demo_path), env=env).returncode == 0
    from tests.test_file_format import _older_file

    old = _older_file(tmp_path / "old.mainstream")  # opening migrates it after a backup
    done = _cli("import", str(old), str(sample_xlsx), env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "home-file" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_read_only_home(demo_path: Path, tmp_path: Path, mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
    env = {"MAINSTREAM_DESKTOP_HOME": str(mount)}
    done = _cli("check", str(demo_path), env=env)
    assert done.returncode == 0, done.stderr
    done = _cli("export", str(demo_path), "--xlsx", str(tmp_path / "o.xlsx"), env=env)
    assert done.returncode == 0, done.stderr


def test_broken_pipe_is_quiet(demo_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "mainstream_desktop", "check", str(demo_path)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) in (0, 1)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


# --- 5. smoke on a refused file, 6. a FIFO ------------------------------------------------


def test_smoke_on_a_refused_file_returns(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mainstream"
    bad.write_bytes(b"not a workshop at all" * 10)
    done = _cli("smoke", str(bad), timeout=60, env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1
    assert "not a workshop file" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["check", "import", "export"])
def test_fifo_is_refused(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "w.mainstream"
    os.mkfifo(fifo)
    extra = {"check": [], "import": ["none.xlsx"], "export": ["--xlsx", "o.xlsx"]}[command]
    done = _cli(command, str(fifo), *extra, timeout=30)
    assert done.returncode == 1
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


def test_fifo_journal_is_refused(demo_path: Path) -> None:
    os.mkfifo(demo_path.with_name(demo_path.name + "-journal"))
    done = _cli("check", str(demo_path), timeout=30)
    assert done.returncode == 1
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


# --- 7. one damaged message -----------------------------------------------------------------


def test_damaged_message_is_written_once() -> None:
    core = ROOT / "mainstream_desktop" / "core"
    text = "".join(p.read_text(encoding="utf-8") for p in core.glob("*.py"))
    assert text.count("is damaged ({reason}). Restore it from a backup.") == 1
