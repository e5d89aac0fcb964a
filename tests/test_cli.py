"""The command line contract: exit codes, messages, never an overwritten or touched file."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mainstream_desktop import __version__
from mainstream_desktop.cli import main


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point in a subprocess (what a user or script sees)."""
    return subprocess.run([sys.executable, "-m", "mainstream_desktop", *args], text=True,
                          capture_output=True, cwd=cwd, env=os.environ.copy(), timeout=120)


def test_version() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"mainstream-desktop {__version__}"


def test_demo_then_check_exit_zero(tmp_path: Path) -> None:
    path = tmp_path / "w.mainstream"
    assert run_cli("demo", str(path)).returncode == 0
    done = run_cli("check", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Integrity: ok" in done.stdout and "Validation: ok" in done.stdout
    assert "Stakeholders: 40" in done.stdout


def test_demo_scale_is_deterministic_and_larger(tmp_path: Path, capsys) -> None:
    from mainstream_desktop.core.store import Workshop

    for name in ("a", "b"):
        assert main(["demo", str(tmp_path / f"{name}.mainstream"), "--scale", "2"]) == 0
    with Workshop.open(tmp_path / "a.mainstream") as a, \
            Workshop.open(tmp_path / "b.mainstream") as b:
        assert a.count("stakeholders") == 80
        assert sorted(r["id"] for r in a.records("actions")) == sorted(
            r["id"] for r in b.records("actions"))


def test_new_and_refuse_overwrite(tmp_path: Path, capsys) -> None:
    path = tmp_path / "n.mainstream"
    assert main(["new", str(path), "--title", "Consultation", "--country", "ken"]) == 0
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["new", str(path), "--title", "Other", "--country", "KEN"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert main(["demo", str(path)]) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert main(["new", str(path), "--title", "Other", "--country", "KEN", "--force"]) == 0


def test_new_with_bad_country_is_a_user_error(tmp_path: Path, capsys) -> None:
    assert main(["new", str(tmp_path / "n.mainstream"), "--title", "T", "--country", "XX1"]) == 1
    err = capsys.readouterr().err
    assert "Country" in err and "XX1" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [
    ["check"], ["demo"], ["new", "x.mainstream"], ["demo", "x", "--scale", "many"],
    ["--bogus-option"], ["export", "x.mainstream"],
])
def test_wrong_usage_exits_2(args: list[str], tmp_path: Path) -> None:
    done = run_cli(*args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr


def test_hostile_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mainstream"
    bad.write_bytes(os.urandom(5000))
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    for command in (["check", str(bad)], ["export", str(bad), "--pdf", str(tmp_path / "o.pdf")],
                    ["import", str(bad), str(tmp_path / "in.xlsx")]):
        done = run_cli(*command)
        assert done.returncode == 1, command
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "not a workshop file" in lines[0], done.stderr
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.mainstream"]


def test_demo_bad_scale(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path / "w.mainstream"), "--scale", "0"]) == 1
    assert "scale" in capsys.readouterr().err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_force_never_replaces_a_workshop_open_in_a_window(demo_path: Path, capsys) -> None:
    from tests.test_lock import _hold_in_subprocess

    before = _digest(demo_path)
    proc = _hold_in_subprocess(demo_path)
    try:
        for args in (["new", str(demo_path), "--title", "X", "--country", "KEN", "--force"],
                     ["demo", str(demo_path), "--force"]):
            assert main(args) == 1, args
            assert "open in a window" in capsys.readouterr().err
    finally:
        proc.kill()
        proc.wait()
    assert _digest(demo_path) == before


@pytest.mark.parametrize("outputs", [["--xlsx", "SELF"], ["--pdf", "SELF"],
                                     ["--pdf", "same.out", "--xlsx", "same.out"]])
def test_export_never_writes_over_its_workshop(demo_path: Path, outputs: list[str],
                                               capsys) -> None:
    before = _digest(demo_path)
    args = [str(demo_path) if o == "SELF" else (str(demo_path.with_name(o)) if "." in o else o)
            for o in outputs]
    assert main(["export", str(demo_path), *args]) == 1
    err = capsys.readouterr().err
    assert "is the workshop itself" in err or "is given for two exports" in err, err
    assert _digest(demo_path) == before
    assert not demo_path.with_name("same.out").exists()


def test_dry_run_never_migrates_an_older_file(tmp_path: Path, demo_master: Path) -> None:
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.workbook import write_workbook
    from tests.test_file_format import _older_file

    old = _older_file(tmp_path / "old.mainstream")
    xlsx = tmp_path / "in.xlsx"
    with Workshop.open(demo_master, readonly=True) as ws:
        write_workbook(ws, xlsx)
    before, mtime = _digest(old), old.stat().st_mtime_ns
    assert main(["import", str(old), str(xlsx), "--dry-run"]) == 0
    assert (_digest(old), old.stat().st_mtime_ns) == (before, mtime)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.xlsx", "old.mainstream"]


def test_damaged_older_file_is_a_clean_refusal(tmp_path: Path, capsys) -> None:
    from tests.test_file_format import _older_file

    old = _older_file(tmp_path / "old.mainstream")
    data = old.read_bytes()
    old.write_bytes(data[: len(data) // 2])
    assert main(["check", str(old)]) == 1
    err = capsys.readouterr().err
    assert "truncated" in err and "Traceback" not in err


def test_save_copy_onto_itself_is_refused(demo_ws) -> None:
    from mainstream_desktop.core.errors import UserError

    with pytest.raises(UserError, match="is the workshop itself"):
        demo_ws.save_copy(demo_ws.path)
    demo_ws.insert("stakeholders", {"name": "Still writable", "type": "media"})
