"""One suite over every kind of bad workshop file and bad workbook, through the command line.

Each case must exit 1 with a clear message on stderr (no traceback), and leave the input,
the workshop and the folder exactly as they were. The detailed behaviour of each reader is
tested beside it (test_file_format.py, test_workbook_hostile.py); this is the user's view.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mainstream_desktop.cli import main
from tests.test_file_format import HOSTILE as BAD_WORKSHOPS
from tests.test_workbook_helpers import replace_part, sheet_part, write_sample

BOMB_DTD = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(f'<!ENTITY lol{i} "{"&lol;" * 10 if i == 1 else f"&lol{i - 1};" * 10}">'
                       .encode() for i in range(1, 10)) + b"]>")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _sheet_xml(xlsx: Path, sheet: str) -> tuple[str, str]:
    part = sheet_part(xlsx, sheet)
    with zipfile.ZipFile(xlsx) as zf:
        return part, zf.read(part).decode()


def _text(src: Path, dest: Path) -> None:
    dest.write_text("name,type\nMinistry,gov_line\n", encoding="utf-8")


def _old_xls(src: Path, dest: Path) -> None:
    dest.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)


def _empty(src: Path, dest: Path) -> None:
    dest.write_bytes(b"")


def _truncated(src: Path, dest: Path) -> None:
    data = src.read_bytes()
    dest.write_bytes(data[: len(data) // 2])


def _other_zip(src: Path, dest: Path) -> None:
    with zipfile.ZipFile(dest, "w") as zf:
        zf.writestr("hello.txt", "hi")


def _entity_bomb(src: Path, dest: Path) -> None:
    part, xml = _sheet_xml(src, "Stakeholders")
    body = xml.split("?>", 1)[-1]
    body = body.replace("<t>Ministry of Planning and Development</t>", "<t>&lol9;</t>", 1)
    replace_part(src, dest, part, b'<?xml version="1.0"?>' + BOMB_DTD + body.encode())


def _zip_bomb(src: Path, dest: Path) -> None:
    replace_part(src, dest, "xl/media/big.xml", b"<a>" + b" " * (40 * 2**20) + b"</a>")


def _damaged_part(src: Path, dest: Path) -> None:
    part, _ = _sheet_xml(src, "Stakeholders")
    replace_part(src, dest, part, b"<worksheet><sheetData><row")


def _edit_cell(src: Path, dest: Path, column: str, row: int, inner: str, attrs: str) -> None:
    part, xml = _sheet_xml(src, "Stakeholders")
    ref = f"{column}{row}"
    new, n = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', f'<c r="{ref}"{attrs}>{inner}</c>',
                     xml, count=1)
    assert n == 1, ref
    replace_part(src, dest, part, new.encode())


def _overlong_cell(src: Path, dest: Path) -> None:
    _edit_cell(src, dest, "B", 2, "<is><t>" + "x" * 40_000 + "</t></is>", ' t="inlineStr"')


def _formula_without_value(src: Path, dest: Path) -> None:
    _edit_cell(src, dest, "B", 3, '<f>HYPERLINK("x")</f>', "")


def _influence_out_of_range(src: Path, dest: Path) -> None:
    _edit_cell(src, dest, "I", 2, "<v>9</v>", "")


BAD_WORKBOOKS: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "text file": (_text, "not an Excel workbook"),
    "old .xls": (_old_xls, ".xls"),
    "empty file": (_empty, "in.xlsx"),
    "truncated workbook": (_truncated, "in.xlsx"),
    "zip of something else": (_other_zip, "not an Excel workbook"),
    "entity bomb": (_entity_bomb, "potentially harmful"),
    "zip bomb": (_zip_bomb, "potentially harmful"),
    "damaged sheet": (_damaged_part, "damaged"),
    "overlong cell": (_overlong_cell, "32,767"),
    "formula without a saved value": (_formula_without_value, "formula"),
    "influence out of range": (_influence_out_of_range, "between 1 and 5"),
}


@pytest.fixture(scope="module")
def sample_xlsx(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(demo_master, tmp_path_factory.mktemp("hostile-xlsx"))


@pytest.mark.parametrize("kind", list(BAD_WORKSHOPS))
def test_bad_workshop_file(kind: str, tmp_path: Path, capsys) -> None:
    make, message = BAD_WORKSHOPS[kind]
    bad = tmp_path / "bad.mainstream"
    make(bad)
    before, listing = _digest(bad), _listing(tmp_path)
    for args in (["check", str(bad)], ["export", str(bad), "--xlsx", str(tmp_path / "o.xlsx")],
                 ["import", str(bad), str(tmp_path / "none.xlsx")]):
        assert main(args) == 1, args
        err = capsys.readouterr().err.strip()
        assert message in err and "Traceback" not in err and len(err.splitlines()) == 1, err
    assert _digest(bad) == before
    assert _listing(tmp_path) == listing


@pytest.mark.parametrize("kind", list(BAD_WORKBOOKS))
@pytest.mark.parametrize("dry_run", [False, True], ids=["import", "dry-run"])
def test_bad_workbook(kind: str, dry_run: bool, sample_xlsx: Path, demo_path: Path,
                      capsys) -> None:
    make, message = BAD_WORKBOOKS[kind]
    bad = demo_path.with_name("in.xlsx")
    make(sample_xlsx, bad)
    workshop, workbook = _digest(demo_path), _digest(bad)
    listing = _listing(demo_path.parent)
    args = ["import", str(demo_path), str(bad)] + (["--dry-run"] if dry_run else [])
    assert main(args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err, err
    assert _digest(demo_path) == workshop and _digest(bad) == workbook
    assert _listing(demo_path.parent) == listing
