"""Draw the application icon and write it in every format a platform asks for.

``python packaging/make_icons.py`` writes ``resources/icons/``: PNGs (the window's icon,
the Linux hicolor theme: 48, 128, 256 px), ``mainstream-desktop.ico`` (Windows: the .exe,
the installer, the ``.mainstream`` file type) and ``mainstream-desktop.icns`` (macOS).
The drawing is code, so every format comes from one source; Pillow writes .ico and .icns
itself. Run it again after changing the drawing and commit the files (the build does not
need Pillow's drawing, only the files).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
NAME = "mainstream-desktop"
BLUE, TEAL, WHITE = (31, 78, 121), (0, 150, 136), (255, 255, 255)


def draw(size: int = 1024) -> Image.Image:
    """A blue rounded square; two streams (white, teal) flowing into one broad band."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 64
    d.rounded_rectangle((2 * s, 2 * s, 62 * s, 62 * s), radius=12 * s, fill=BLUE)
    width = round(5 * s)
    d.line([(12 * s, 16 * s), (24 * s, 16 * s), (34 * s, 32 * s)], fill=WHITE, width=width,
           joint="curve")
    d.line([(12 * s, 48 * s), (24 * s, 48 * s), (34 * s, 32 * s)], fill=TEAL, width=width,
           joint="curve")
    d.rounded_rectangle((32 * s, 27 * s, 54 * s, 37 * s), radius=4 * s, fill=WHITE)
    return img


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    for px in (48, 128, 256):
        big.resize((px, px), Image.Resampling.LANCZOS).save(OUT / f"{NAME}-{px}.png")
    big.resize((256, 256), Image.Resampling.LANCZOS).save(
        OUT / f"{NAME}.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                    (128, 128), (256, 256)])
    big.resize((1024, 1024), Image.Resampling.LANCZOS).save(OUT / f"{NAME}.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
