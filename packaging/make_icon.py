"""Draws the GrantDesk icon: resources/icons/grantdesk.png (256 px) and grantdesk.ico
(16–256 px, for the Windows program, installer, shortcuts and .grantdesk files).

A sheet of paper with a folded corner and a green tick on a deep-blue tile: a report,
checked. Drawn at 4× and scaled down so small sizes stay smooth. Run it from a checkout
(`python packaging/make_icon.py`); Pillow comes with reportlab, already a dependency.
Licence: resources/icons/LICENSE.txt.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
BLUE, PAPER, FOLD, LINE, GREEN = "#1F4E8C", "#FFFFFF", "#C9D6E8", "#9AAFCB", "#2E9E44"


def draw(size: int = 1024) -> Image.Image:
    s = size / 256  # design units: a 256 grid
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([8 * s, 8 * s, 248 * s, 248 * s], radius=44 * s, fill=BLUE)
    # The sheet, its top-right corner folded.
    left, top, right, bottom, fold = 60, 34, 196, 222, 40
    d.polygon([(left * s, top * s), ((right - fold) * s, top * s), (right * s, (top + fold) * s),
               (right * s, bottom * s), (left * s, bottom * s)], fill=PAPER)
    d.polygon([((right - fold) * s, top * s), ((right - fold) * s, (top + fold) * s),
               (right * s, (top + fold) * s)], fill=FOLD)
    for y in (92, 118, 144):  # lines of text
        d.rounded_rectangle([82 * s, y * s, 174 * s, (y + 9) * s], radius=4 * s, fill=LINE)
    # The tick, over the lower part of the sheet.
    d.line([(92 * s, 180 * s), (122 * s, 206 * s), (178 * s, 150 * s)], fill=GREEN,
           width=int(22 * s), joint="curve")
    for x, y in ((92, 180), (178, 150)):  # round ends
        r = 11 * s
        d.ellipse([x * s - r, y * s - r, x * s + r, y * s + r], fill=GREEN)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "grantdesk.png")
    big.resize((256, 256), Image.LANCZOS).save(OUT / "grantdesk.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
