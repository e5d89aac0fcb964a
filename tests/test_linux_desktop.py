"""Linux desktop integration (packaging/linux/): the MIME type's magic matches what core
writes; the desktop entry and AppStream metadata validate (slow: Debian tools); the
install script puts everything under ~/.local/share and takes it away again."""

from __future__ import annotations

import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mainstream_desktop.core.schema import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.mainstream.Desktop"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_the_mime_magic_is_the_workshop_header(demo_master):
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    mime = root.find("m:mime-type", NS)
    assert mime is not None and mime.get("type") == "application/x-mainstream-workshop"
    assert mime.find("m:glob", NS).get("pattern") == "*.mainstream"
    outer = mime.find("m:magic/m:match", NS)
    inner = outer.find("m:match", NS)
    header = demo_master.read_bytes()[:100]
    start = int(outer.get("offset"))
    assert header[start:start + len(outer.get("value"))] == outer.get("value").encode()
    assert inner.get("type") == "big32"
    offset, value = int(inner.get("offset")), int(inner.get("value"), 16)
    assert value == APPLICATION_ID
    assert struct.unpack(">I", header[offset:offset + 4])[0] == APPLICATION_ID


def test_the_desktop_entry_opens_workshops():
    text = (LINUX / f"{APP_ID}.desktop").read_text()
    assert "MimeType=application/x-mainstream-workshop;" in text
    assert f"Icon={APP_ID}" in text and "Exec=mainstream-desktop %f" in text


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.skip(f"{name} not installed (Debian package in the test's docstring)")
    return path


@pytest.mark.slow
def test_the_desktop_entry_validates():
    """desktop-file-validate (desktop-file-utils): no error, no warning."""
    out = subprocess.run([_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "error" not in out.stdout and "warning" not in out.stdout, (
        out.stdout)


@pytest.mark.slow
def test_the_appstream_metadata_validates():
    """appstreamcli validate --no-net (appstream): passes, no warning."""
    out = subprocess.run([_tool("appstreamcli"), "validate", "--no-net",
                          str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert not any(line.startswith(("W:", "E:")) for line in out.stdout.splitlines()), out.stdout


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A folder shaped like the bundle (the script checks the shape, not the program)."""
    bundle = tmp_path / "mainstream-desktop-0.1.0-linux-x86_64"
    icons = bundle / "_internal" / "mainstream_desktop" / "resources" / "icons"
    icons.mkdir(parents=True)
    for png in (ROOT / "resources" / "icons").glob("*.png"):
        shutil.copy(png, icons)
    (bundle / "mainstream-desktop").write_text("#!/bin/sh\necho bundle\n")
    (bundle / "mainstream-desktop").chmod(0o755)
    shutil.copytree(LINUX, bundle / "linux")
    return bundle


@pytest.mark.slow
def test_install_into_local_share_and_uninstall(fake_bundle, tmp_path, demo_master):
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "XDG_DATA_DIRS": "/usr/share"}
    script = fake_bundle / "linux" / "install.sh"
    out = subprocess.run(["bash", str(script)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    share = home / ".local" / "share"
    program = share / "mainstream-desktop" / "program"
    assert (program / "mainstream-desktop").is_file()
    assert (home / ".local" / "bin" / "mainstream-desktop").resolve() == (
        program / "mainstream-desktop")
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{program}/mainstream-desktop" %f' in entry.read_text()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("gio") and shutil.which("update-mime-database"):
        # a workshop renamed without its extension is still known by its header
        renamed = tmp_path / "renamed-workshop"
        shutil.copy(demo_master, renamed)
        info = subprocess.run(["gio", "info", "-a", "standard::content-type", str(renamed)],
                              capture_output=True, text=True,
                              env={**env, "XDG_DATA_HOME": str(share)})
        assert "application/x-mainstream-workshop" in info.stdout, info.stdout + info.stderr

    data = home / ".local" / "share" / "mainstream-desktop" / "backups"
    data.mkdir()
    (data / "keep.mainstream").write_text("a backup")
    out = subprocess.run(["bash", str(script), "--uninstall"], capture_output=True, text=True,
                         env=env)
    assert out.returncode == 0, out.stderr
    assert not program.exists() and not entry.exists()
    assert not (home / ".local" / "bin" / "mainstream-desktop").exists()
    assert (data / "keep.mainstream").read_text() == "a backup"
