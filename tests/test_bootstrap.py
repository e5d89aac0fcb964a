"""packaging/bootstrap.sh: waits for another apt instead of failing, says in one line when
there is no display, runs as root without sudo; and it and its helpers pass shellcheck."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIB = ROOT / "packaging" / "bootstrap-lib.sh"
SCRIPTS = [ROOT / "packaging" / name for name in ("bootstrap.sh", "bootstrap-lib.sh",
                                                   "build-bundle", "linux" + "/install.sh")]

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists() or not shutil.which("flock"),
                                reason="needs Linux (/proc/locks) and flock(1)")


def lib(script: str, env: dict[str, str], timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", f"source {LIB} && {script}"], capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", **env}, timeout=timeout)


@pytest.fixture
def lock(tmp_path):
    path = tmp_path / "lock-frontend"
    path.write_text("")
    return path


def hold(path: Path, seconds: float) -> subprocess.Popen:
    """Another 'apt' holding the lock for ``seconds``; returns once it holds it."""
    holder = subprocess.Popen(["flock", str(path), "sleep", str(seconds)])
    deadline = time.monotonic() + 10
    while lib("locked_apt_file", {"APT_LOCKS": str(path)}).returncode != 0:
        assert time.monotonic() < deadline, "the fake apt never took its lock"
        time.sleep(0.05)
    return holder


def test_a_free_lock_is_not_waited_for(lock):
    start = time.monotonic()
    out = lib("wait_for_apt", {"APT_LOCKS": f"{lock} /nonexistent/lock"})
    assert out.returncode == 0 and out.stdout == "" and out.stderr == ""
    assert time.monotonic() - start < 3


def test_a_held_lock_is_waited_for_with_a_message(lock):
    holder = hold(lock, 3)
    try:
        start = time.monotonic()
        out = lib("wait_for_apt && echo done", {"APT_LOCKS": str(lock), "APT_LOCK_WAIT": "30"})
        waited = time.monotonic() - start
    finally:
        holder.wait()
    assert out.returncode == 0, out.stderr
    assert "Another installation" in out.stdout and str(lock) in out.stdout
    assert out.stdout.strip().endswith("done")
    assert 1 <= waited < 15


def test_the_wait_is_bounded(lock):
    holder = hold(lock, 60)
    try:
        start = time.monotonic()
        out = lib("wait_for_apt", {"APT_LOCKS": str(lock), "APT_LOCK_WAIT": "2"})
        waited = time.monotonic() - start
    finally:
        holder.kill()
        holder.wait()
    assert out.returncode == 1
    assert "Gave up after 2 s" in out.stderr and str(lock) in out.stderr
    assert waited < 10


def test_no_display_is_one_line_naming_xvfb_run():
    out = lib("have_display", {})
    assert out.returncode == 1
    assert len(out.stderr.strip().splitlines()) == 1
    assert "xvfb-run" in out.stderr and "xcb" not in out.stderr
    for env in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"},
                {"QT_QPA_PLATFORM": "offscreen"}):
        assert lib("have_display", env).returncode == 0


def test_root_needs_no_sudo(tmp_path):
    """On a machine without sudo: as root the prefix is empty; as a user it says what to
    do in one line (``id`` is faked, so the test runs the same for any user)."""
    bare = tmp_path / "bin"
    bare.mkdir()
    for tool in ("bash", "cat"):
        (bare / tool).symlink_to(shutil.which(tool) or f"/bin/{tool}")

    def as_user(uid: int) -> subprocess.CompletedProcess:
        (bare / "id").write_text(f"#!{bare / 'bash'}\necho {uid}\n")
        (bare / "id").chmod(0o755)
        return subprocess.run([str(bare / "bash"), "-c", f"source {LIB} && root_prefix"],
                              capture_output=True, text=True, env={"PATH": str(bare)})

    root = as_user(0)
    assert root.returncode == 0 and root.stdout == "" and root.stderr == ""
    user = as_user(1000)
    assert user.returncode == 1 and "sudo is not installed" in user.stderr


def test_system_packages_list_xvfb_as_the_readme_says():
    wanted = (ROOT / "packaging" / "system-packages.txt").read_text().split()
    assert "xvfb" in wanted and "xauth" in wanted
    assert "xvfb-run" in (ROOT / "README.md").read_text()


@pytest.mark.skipif(not shutil.which("shellcheck"), reason="shellcheck not installed")
def test_shell_scripts_pass_shellcheck():
    scripts = [str(p) for p in SCRIPTS if p.exists()]
    out = subprocess.run(["shellcheck", "-x", *scripts], capture_output=True, text=True,
                         cwd=ROOT)
    assert out.returncode == 0, out.stdout
