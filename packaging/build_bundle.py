"""Build the one-folder bundle and its archive: ``packaging/build-bundle`` (or
``python packaging/build_bundle.py`` on Windows).

1. A clean virtual environment (``build/venv``) with the project's dependencies and
   PyInstaller, every version pinned by ``packaging/constraints-build.txt``.
2. ``pyinstaller packaging/mainstream-desktop.spec`` → ``build/dist/mainstream-desktop/``
   (macOS: ``build/dist/Mainstream Desktop.app``).
3. A check: the bundle's ``--version`` and ``values --dry-run`` (pandas, numpy) from an
   environment without PATH or PYTHONPATH, and none of the libraries or Python modules
   the spec leaves out sneaked back in. The file list with sizes is written to
   ``build/bundle-files.txt``.
4. The archive ``dist/mainstream-desktop-<version>-<os>-<arch>.tar.gz`` (``.zip`` on
   Windows; the Inno Setup installer is built from the folder, see packaging/windows/).
   On Linux the bundle carries ``linux/`` (desktop entry, MIME type, AppStream metadata
   and ``linux/install.sh``, which installs it all for the user under ~/.local/share).

``--reuse-venv`` keeps an existing build venv (iterating on the spec); the tests use it.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "mainstream-desktop"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
CONSTRAINTS = ROOT / "packaging" / "constraints-build.txt"
SPEC = ROOT / "packaging" / "mainstream-desktop.spec"
# Must never be in the bundle: the app does not load them (see the spec). Files...
FORBIDDEN = re.compile(r"(QtWebEngine|Qt6Quick|Qt6Qml|Qt63D|Qt6Multimedia|Qt6Pdf|"
                       r"tkinter|_tkinter|IPython|/pytest/|/pandas/tests/|/numpy/\S*tests/|"
                       r"_multiarray_tests|_simd\.|/numpy/f2py/|/numpy/fft/|/pandas/io/formats/"
                       r"templates/|jinja2|pyarrow|libarrow|/matplotlib/)")
# ... and Python modules (in the PYZ archive inside the executable): pandas and numpy are
# in for `values` (workbook/values_table.py reads CSV tables with pandas), their test
# suites, Styler, plotting back ends, optional engines and numpy's tools are not.
FORBIDDEN_MODULES = re.compile(
    r"(pandas\.tests|pandas\.io\.formats\.style(_render)?|pandas\.plotting\._matplotlib|jinja2|"
    r"pyarrow|matplotlib|numba|scipy|numpy\.(f2py|testing|distutils|fft|polynomial)|"
    r"pytest|_pytest|hypothesis|IPython|tkinter|PySide6\.Qt(WebEngine|Quick|Qml|Network))"
    r"(\.|$)")
# What `check` imports into the sample workshop: pandas reads it (a code of the sample)
CHECK_TABLE = "Indicator,Year,Value\n10.7.1,2025,38.5\n"


def version() -> str:
    text = (ROOT / "mainstream_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("no __version__ in mainstream_desktop/__init__.py")
    return found.group(1)


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                           sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def bundle_dir() -> Path:
    """The folder that holds the executable(s) and every library."""
    if sys.platform == "darwin":
        return BUILD / "dist" / "Mainstream Desktop.app" / "Contents" / "MacOS"
    return BUILD / "dist" / NAME


def executable(folder: Path | None = None, *, cli: bool = True) -> Path:
    """The program in a bundle folder; on Windows the console twin for the command line."""
    folder = folder or bundle_dir()
    if sys.platform == "win32":
        return folder / (f"{NAME}-cli.exe" if cli else f"{NAME}.exe")
    return folder / NAME


def clean_env(home: Path) -> dict[str, str]:
    """Only what Qt and the C library need: no PATH, no PYTHONPATH, no venv, no user
    profile (HOME and the XDG folders point at ``home``)."""
    env = {"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "HOME": str(home),
           "MAINSTREAM_DESKTOP_HOME": str(home / "data")}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home)
    if sys.platform == "win32":  # Windows cannot start a process without these
        for var in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "TEMP", "TMP", "USERPROFILE",
                    "LOCALAPPDATA", "APPDATA"):
            if var in os.environ:
                env[var] = os.environ[var]
    return env


def run(cmd: list[str], **kw) -> None:
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def make_venv(python: str, reuse: bool) -> Path:
    venv = BUILD / "venv"
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    vpython = bindir / ("python.exe" if sys.platform == "win32" else "python")
    if reuse and vpython.exists():
        return vpython
    shutil.rmtree(venv, ignore_errors=True)
    run([python, "-m", "venv", str(venv)])
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = deps["project"]["dependencies"]
    run([str(vpython), "-m", "pip", "install", "-q", "-c", str(CONSTRAINTS),
         "pyinstaller", "pyinstaller-hooks-contrib", *requirements])
    return vpython


def file_list(folder: Path) -> list[tuple[int, str]]:
    return sorted(((p.stat().st_size, p.relative_to(folder).as_posix())
                   for p in folder.rglob("*") if p.is_file() and not p.is_symlink()),
                  reverse=True)


def bundled_modules(vpython: Path, program: Path) -> list[str]:
    """The Python modules in the PYZ archive inside ``program`` (read with PyInstaller's
    own reader, from the build venv)."""
    script = ("import sys\n"
              "from PyInstaller.archive.readers import CArchiveReader\n"
              "pyz = CArchiveReader(sys.argv[1]).open_embedded_archive('PYZ.pyz')\n"
              "print('\\n'.join(pyz.toc))\n")
    out = subprocess.run([str(vpython), "-c", script, str(program)], capture_output=True,
                         text=True, check=True)
    return out.stdout.split()


def _run_bundled(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(executable(folder)), *args], capture_output=True, text=True,
                          env=clean_env(home), timeout=120, cwd=home)


def check(folder: Path, vpython: Path) -> int:
    """The bundle runs on its own (``--version``; ``values`` on a one-row table, which
    loads pandas and numpy), and nothing the spec leaves out came back; its size."""
    files = file_list(folder)
    total = sum(size for size, _ in files)
    (BUILD / "bundle-files.txt").write_text(
        "".join(f"{size:>12} {name}\n" for size, name in files), encoding="utf-8")
    sneaked = [name for _, name in files if FORBIDDEN.search("/" + name)]
    sneaked += [m for m in bundled_modules(vpython, executable(folder, cli=False))
                if FORBIDDEN_MODULES.match(m)]
    if sneaked:
        raise SystemExit("left-out libraries in the bundle: " + ", ".join(sneaked[:10]))
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        out = _run_bundled(folder, home, "--version")
        if out.returncode != 0 or out.stdout.strip() != f"{NAME} {version()}":
            raise SystemExit(f"the bundle's --version failed ({out.returncode}): "
                             f"{out.stdout}{out.stderr}")
        (home / "values.csv").write_text(CHECK_TABLE, encoding="utf-8")
        out = _run_bundled(folder, home, "demo", str(home / "w.mainstream"))
        if out.returncode == 0:
            out = _run_bundled(folder, home, "values", str(home / "w.mainstream"),
                               str(home / "values.csv"), "--dry-run")
        if out.returncode != 0 or "1 to add" not in out.stdout:
            raise SystemExit(f"the bundle's values (pandas) failed ({out.returncode}): "
                             f"{out.stdout}{out.stderr[-2000:]}")
    return total


def archive(source: Path) -> Path:
    DIST.mkdir(exist_ok=True)
    stem = f"{NAME}-{version()}-{platform_tag()}"
    if sys.platform == "win32":
        target = DIST / f"{stem}.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(source.rglob("*")):
                zf.write(path, Path(stem) / path.relative_to(source))
        return target
    target = DIST / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz") as tf:
        tf.add(source, arcname=stem if sys.platform != "darwin" else source.name)
    return target


def build(*, python: str = sys.executable, reuse_venv: bool = False) -> Path:
    """Build, check and archive; returns the bundle folder."""
    start = time.monotonic()
    vpython = make_venv(python, reuse_venv)
    run([str(vpython), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"), str(SPEC)],
        cwd=ROOT)
    folder = bundle_dir()
    if sys.platform.startswith("linux"):  # the menu entry, file type and their installer
        shutil.copytree(ROOT / "packaging" / "linux", folder / "linux", dirs_exist_ok=True)
    size = check(folder, vpython)
    shipped = folder.parent.parent.parent if sys.platform == "darwin" else folder
    target = archive(shipped)
    print(f"bundle {folder}: {size / 1e6:.1f} MB unpacked, {len(file_list(folder))} files; "
          f"archive {target.name}: {target.stat().st_size / 1e6:.1f} MB; "
          f"{time.monotonic() - start:.0f} s")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse-venv", action="store_true",
                        help="keep build/venv if it exists (faster, for iterating)")
    parser.add_argument("--python", default=sys.executable,
                        help="the Python (3.11+) the venv is made from")
    args = parser.parse_args()
    build(python=args.python, reuse_venv=args.reuse_venv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
