"""The European Union's emblem, drawn from its published geometry.

The geometry (the EU's graphic specifications for the emblem): a blue rectangle whose width
is one and a half times its height; twelve gold five-pointed stars, upright, at the
positions of the hours on a clock face, on an invisible circle whose radius is a third of
the height; each star's points lie on a circle whose radius is an eighteenth of the
height. Colours: Reflex Blue, #003399 on screen, and Yellow, #FFDD00.

One function gives the stars' points; the SVG file the site ships
(static/img/emblems/eu-emblem.svg, written by ``eu_emblem_svg()``) and the share cards
drawn with Pillow both use it, so they cannot drift apart. Staff replace it with the
official file by uploading that (as PNG, JPEG or WebP) on the funder's visibility rules.
"""

import math

EU_BLUE = "#003399"
EU_GOLD = "#FFDD00"
# A regular five-pointed star: the inner corners lie at cos(72°)/cos(36°) of the outer radius.
_INNER_RATIO = math.cos(math.radians(72)) / math.cos(math.radians(36))


def eu_emblem_stars(height: float, *, left: float = 0, top: float = 0):
    """The twelve stars as lists of ten (x, y) points, for an emblem ``height`` high whose
    top-left corner is at (left, top); the width is 1.5 times the height."""
    width = height * 1.5
    cx, cy = left + width / 2, top + height / 2
    ring, outer = height / 3, height / 18
    inner = outer * _INNER_RATIO
    stars = []
    for hour in range(12):
        angle = math.radians(hour * 30)  # 0 = twelve o'clock, clockwise
        sx, sy = cx + ring * math.sin(angle), cy - ring * math.cos(angle)
        points = []
        for corner in range(10):
            # Upright: the first point straight up, whatever the star's place on the ring.
            a = math.radians(corner * 36)
            r = outer if corner % 2 == 0 else inner
            points.append((sx + r * math.sin(a), sy - r * math.cos(a)))
        stars.append(points)
    return stars


def eu_emblem_svg(height: int = 200) -> str:
    """The emblem as a small SVG document (no script, no external reference)."""
    width = height * 3 // 2
    paths = []
    for star in eu_emblem_stars(height):
        first, *rest = star
        path = f"M{first[0]:.2f} {first[1]:.2f}" + "".join(f"L{x:.2f} {y:.2f}" for x, y in rest)
        paths.append(path + "Z")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img">'
        "<title>European Union emblem</title>"
        f'<rect width="{width}" height="{height}" fill="{EU_BLUE}"/>'
        f'<path fill="{EU_GOLD}" d="{"".join(paths)}"/>'
        "</svg>\n"
    )


def draw_eu_emblem(draw, *, left: int, top: int, height: int) -> None:
    """Draw the emblem with Pillow's ImageDraw (share cards): same geometry as the SVG."""
    draw.rectangle([left, top, left + round(height * 1.5) - 1, top + height - 1], fill=EU_BLUE)
    for star in eu_emblem_stars(height, left=left, top=top):
        draw.polygon(star, fill=EU_GOLD)
