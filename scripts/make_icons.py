"""Draw the app's home-screen icons (static/img/icons/) from favicon.svg's shape.

The favicon is a green rounded square with a white sprout; no SVG renderer is
installed, so the same shape is drawn with Pillow at 4x and scaled down for
smooth edges. Run `.venv/bin/python scripts/make_icons.py` after changing
favicon.svg; the PNGs are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

GREEN = (25, 135, 84, 255)  # #198754, Bootstrap's success, as in favicon.svg
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "static" / "img" / "icons"


def _cubic(p0, p1, p2, p3, steps=400):
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        yield (
            u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
            u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
        )


def icon(size: int, *, maskable: bool = False) -> Image.Image:
    """The favicon at `size` pixels; `maskable` fills the square (the launcher
    crops it to its own shape) and keeps the sprout inside the safe zone."""
    scale = 4
    big = size * scale
    unit = big / 32  # favicon.svg's viewBox is 32 x 32
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle((0, 0, big, big), fill=GREEN)
    else:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=6 * unit, fill=GREEN)
    # M8 22 c4-1 6-5 8-12 2 7 4 11 8 12, shrunk toward the centre when maskable.
    shrink = 0.7 if maskable else 1.0

    def at(x, y):
        return ((16 + (x - 16) * shrink) * unit, (16 + (y - 16) * shrink) * unit)

    points = list(_cubic(at(8, 22), at(12, 21), at(14, 17), at(16, 10)))
    points += list(_cubic(at(16, 10), at(18, 17), at(20, 21), at(24, 22)))
    # A round pen stamped along the curve: smooth joins and round caps.
    r = 2.5 * unit * shrink / 2
    for x, y in points:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=WHITE)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        icon(size).save(OUT / f"icon-{size}.png", optimize=True)
    icon(512, maskable=True).save(OUT / "icon-maskable-512.png", optimize=True)
    icon(180, maskable=True).convert("RGB").save(OUT / "apple-touch-icon.png")


if __name__ == "__main__":
    main()
