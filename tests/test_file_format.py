"""The workshop file: identification, durability settings, migrations, hostile files."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from mainstream_desktop.core import backup, schema
from mainstream_desktop.core.errors import NotAWorkshopError
from mainstream_desktop.core.store import Workshop


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_identified_and_durable(tmp_path: Path) -> None:
    path = tmp_path / "w.mainstream"
    ws = Workshop.create(path, title="T", country="KEN")
    conn = ws.conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert ws.uuid
    ws.close()
    assert not path.with_name(path.name + "-journal").exists()


def test_every_register_has_the_system_columns(empty_ws: Workshop) -> None:
    from mainstream_desktop.core.registers import REGISTERS, SYSTEM_COLUMNS

    for name in REGISTERS:
        cols = {r[1]: r for r in empty_ws.conn.execute(f'PRAGMA table_info("{name}")')}
        assert set(SYSTEM_COLUMNS) <= set(cols), name
        assert cols["id"][5] == 1, f"{name}.id is not the primary key"


def _older_file(path: Path, version: int = 1) -> Path:
    """A real version-1 file: the schema path every file takes, stopped at version 1."""
    conn = sqlite3.connect(path, isolation_level=None)
    schema.create_schema(conn, version)
    conn.execute("INSERT INTO meta VALUES ('workshop_uuid', ?)",
                 ("11111111-2222-4333-8444-555555555555",))
    conn.execute(
        "INSERT INTO workshop (id, title, country, created_at, updated_at, updated_by) "
        "VALUES ('w1', 'Old workshop', 'KEN', 'x', 'x', 'dev')")
    conn.execute(
        "INSERT INTO stakeholders (id, name, type, created_at, updated_at, updated_by) "
        "VALUES ('s1', 'Old ministry', 'gov_line', 'x', 'x', 'dev')")
    conn.close()
    return path


def test_older_version_is_migrated_after_a_backup(tmp_path: Path) -> None:
    path = _older_file(tmp_path / "old.mainstream")
    before = path.read_bytes()
    assert "acronym" not in {r[1] for r in sqlite3.connect(path).execute(
        "PRAGMA table_info(stakeholders)")}
    with Workshop.open(path) as ws:
        assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert ws.get("stakeholders", "s1")["name"] == "Old ministry"
        ws.update("stakeholders", "s1", {"acronym": "OM"})
        assert ws.get("stakeholders", "s1")["acronym"] == "OM"
        backups = backup.list_backups(ws.uuid)
    assert [b.reason for b in backups] == ["migration"]
    assert schema.read_header(backups[0].path).user_version == 1  # the old version, intact
    old = sqlite3.connect(backups[0].path)
    assert old.execute("SELECT name FROM stakeholders").fetchall() == [("Old ministry",)]
    old.close()
    assert before[:16] == schema.SQLITE_MAGIC


def test_a_version_2_file_gains_the_method_registers_and_fields(tmp_path: Path) -> None:
    """Schema 3: the new registers exist, the new reference columns carry the foreign key
    and index a new file's have, and the file's schema is the one a new file gets."""
    path = _older_file(tmp_path / "v2.mainstream", version=2)
    fresh = tmp_path / "fresh.mainstream"
    Workshop.create(fresh, title="Fresh", country="KEN").close()

    def shape(p: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(p)
        try:
            return sorted(conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%'").fetchall())
        finally:
            conn.close()

    with Workshop.open(path) as ws:
        sid = ws.insert("actions", {"title": "Fund the survey", "funding_partner": "s1",
                                    "start_year": 2027, "end_year": 2029}).record_id
        assert ws.get("actions", sid)["funding_partner"] == "s1"
        ind = ws.insert("indicators", {"name": "Migrant stock", "framework": "national",
                                       "topic": "stocks"}).record_id
        assert ws.insert("indicator_values", {"indicator": ind, "year": 2024,
                                              "value": 0.02}).record_id
        assert ws.insert("reviews", {"title": "Annual review", "date": "2027-12-01"}).record_id
        keys = ws.conn.execute("PRAGMA foreign_key_list(actions)").fetchall()
        assert ("funding_partner", "stakeholders") in {(k[3], k[2]) for k in keys}
    assert shape(path) == shape(fresh)


def test_older_version_readonly_open_is_refused_without_writing(tmp_path: Path) -> None:
    path = _older_file(tmp_path / "old.mainstream")
    digest = _digest(path)
    with pytest.raises(Exception, match="older file format"):
        Workshop.open(path, readonly=True)
    assert _digest(path) == digest


# --- hostile files ---------------------------------------------------------------------


def _random_bytes(p: Path) -> None:
    p.write_bytes(bytes(range(256)) * 40)


def _empty(p: Path) -> None:
    p.write_bytes(b"")


def _text_file(p: Path) -> None:
    p.write_text("title,country\nWorkshop,KEN\n", encoding="utf-8")


def _other_sqlite(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('hello')")
    conn.commit()
    conn.close()


def _other_application_id(p: Path) -> None:
    _other_sqlite(p)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()


def _our_id_other_tables(p: Path) -> None:
    _other_sqlite(p)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    conn.commit()
    conn.close()


def _make_workshop(p: Path) -> None:
    Workshop.create(p, title="Victim", country="KEN").close()


def _newer_version(p: Path) -> None:
    _make_workshop(p)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _truncated(p: Path) -> None:
    _make_workshop(p)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _truncated_header_only(p: Path) -> None:
    _make_workshop(p)
    p.write_bytes(p.read_bytes()[:100])


def _corrupted_pages(p: Path) -> None:
    _make_workshop(p)
    data = bytearray(p.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    for offset in range(page_size * 2, len(data), page_size):  # wreck every page after 2
        data[offset: offset + 64] = b"\xff" * 64
    p.write_bytes(bytes(data))


def _zero_version_our_id(p: Path) -> None:
    _our_id_other_tables(p)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "random bytes": (_random_bytes, "not an SQLite database"),
    "empty file": (_empty, "is empty"),
    "text file": (_text_file, "not an SQLite database"),
    "another application's database": (_other_sqlite, "another application"),
    "another application_id": (_other_application_id, "another application"),
    "our id, foreign tables": (_our_id_other_tables, "damaged workshop"),
    "our id, no version": (_zero_version_our_id, "no schema version"),
    "newer schema version": (_newer_version, "newer version"),
    "truncated workshop": (_truncated, "truncated"),
    "header only": (_truncated_header_only, "truncated"),
    "corrupted pages": (_corrupted_pages, "damaged"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
@pytest.mark.parametrize("mode", ["write", "exclusive", "readonly"])
def test_hostile_file_refused_and_untouched(tmp_path: Path, kind: str, mode: str) -> None:
    make, message = HOSTILE[kind]
    path = tmp_path / "bad.mainstream"
    make(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    digest = _digest(path)
    with pytest.raises(NotAWorkshopError, match=message):
        Workshop.open(path, exclusive=mode == "exclusive", readonly=mode == "readonly")
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no journal, no lock left


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkshopError, match="does not exist"):
        Workshop.open(tmp_path / "nope.mainstream")
    with pytest.raises(NotAWorkshopError, match="folder"):
        Workshop.open(tmp_path)


def test_create_never_replaces_without_force(tmp_path: Path) -> None:
    from mainstream_desktop.core.errors import UserError

    path = tmp_path / "w.mainstream"
    path.write_bytes(b"precious")
    with pytest.raises(UserError, match="already exists"):
        Workshop.create(path, title="T", country="KEN")
    assert path.read_bytes() == b"precious"
    Workshop.create(path, title="T", country="KEN", force=True).close()
    assert path.read_bytes()[:16] == schema.SQLITE_MAGIC


def test_failed_create_leaves_nothing(tmp_path: Path) -> None:
    from mainstream_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError):
        Workshop.create(tmp_path / "w.mainstream", title="T", country="NOT-A-COUNTRY")
    assert list(tmp_path.iterdir()) == []


def test_hot_journal_is_rolled_back_on_open(tmp_path: Path) -> None:
    """A crash mid-transaction leaves a hot journal: opening restores the last commit."""
    import subprocess
    import sys
    import textwrap

    path = tmp_path / "w.mainstream"
    _make_workshop(path)
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE workshop SET title = 'half-written'")
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [(b'x' * 4000,)] * 500)
        conn.execute("PRAGMA cache_size = 1")  # force pages out to the file
        conn.executemany("INSERT INTO filler VALUES (?)", [(b'y' * 4000,)] * 500)
        os._exit(9)  # die without commit or rollback
    """)
    subprocess.run([sys.executable, "-c", script], check=False)
    assert path.with_name(path.name + "-journal").stat().st_size > 0  # the crash left it hot
    with Workshop.open(path) as ws:
        assert ws.workshop()["title"] == "Victim"
        assert ws.integrity_problems() == []


def test_backup_retention_keeps_last_ten_and_one_a_day(tmp_path: Path) -> None:
    import datetime as dt

    folder = backup.folder_for("retention-test")
    now = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)
    stamps = [now - dt.timedelta(hours=h) for h in range(0, 24 * 40, 6)]
    for t in stamps:
        (folder / f"{t.strftime('%Y%m%dT%H%M%S%fZ')}-auto.mainstream").write_bytes(b"x")
    backup.prune(folder, now=now)
    kept = backup.list_backups("retention-test")
    days = {b.taken_at.date() for b in kept}
    assert len(kept) >= 10
    assert all(now - b.taken_at <= dt.timedelta(days=30) for b in kept[10:])
    assert len(days) >= 30
    assert len(kept) < len(stamps)
