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
