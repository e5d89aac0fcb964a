"""The built wheel carries its resources: install it into a fresh venv and run from there."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with only our wheel; third-party dependencies are borrowed from the test
    environment through a .pth file (so the test needs no network), appended after the
    venv's own site-packages so our installed package — not the checkout — is imported."""
    work = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(work),
         str(ROOT)], capture_output=True, text=True)
    if build.returncode != 0:
        pytest.fail(f"wheel build failed:\n{build.stdout}\n{build.stderr}")
    wheel = next(work.glob("mainstream_desktop-*.whl"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    purelib = Path(subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    borrowed = [p for p in [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
                if Path(p).is_dir()]
    (purelib / "zz_borrowed_deps.pth").write_text("\n".join(dict.fromkeys(borrowed)) + "\n")
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--no-deps",
                    "--no-compile", "--quiet", str(wheel)], check=True)
    return venv


def _run(venv: Path, program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    return subprocess.run([str(venv / "bin" / program), *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300)


def test_wheel_contains_resources_and_forms(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, "python", "-c",
                "import mainstream_desktop, mainstream_desktop.locations as l;"
                "print(mainstream_desktop.__file__); print(l.resources_dir()); print(l.ui_dir())",
                cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    module, resources, ui = done.stdout.split()
    assert str(installed) in module, "the checkout was imported instead of the wheel"
    assert str(installed) in resources and str(installed) in ui
    assert (Path(resources) / "reference" / "sdg.csv").is_file()


def test_installed_command_runs_version_and_demo(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, "mainstream-desktop", "--version", cwd=tmp_path)
    assert done.returncode == 0 and "mainstream-desktop" in done.stdout, done.stderr
    out = tmp_path / "demo.mainstream"
    done = _run(installed, "mainstream-desktop", "demo", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    done = _run(installed, "mainstream-desktop", "check", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
