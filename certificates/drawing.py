"""The optional drawn signature: strokes kept as SVG path data ("M x y L x y …") in a
600 × 200 box, checked on the server and drawn into the PDF as an image.

Drawing is never required: the typed name is the signature, and the way to sign with a
keyboard. The drawing only adds a familiar mark to the paper-like PDF.
"""

import base64
import re
from io import BytesIO

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 600, 200
MAX_LENGTH = 20_000  # a signature, not a drawing
_STROKE = re.compile(r"M \d{1,3} \d{1,3}(?: L \d{1,3} \d{1,3})*")
_PATH = re.compile(rf"{_STROKE.pattern}(?: {_STROKE.pattern})*")


def strokes(path):
    """The strokes of a path as lists of (x, y), or None when it is not one of ours."""
    if not path or len(path) > MAX_LENGTH or not _PATH.fullmatch(path):
        return None
    result = []
    for stroke in _STROKE.findall(path):
        numbers = [int(n) for n in re.findall(r"\d+", stroke)]
        points = list(zip(numbers[::2], numbers[1::2], strict=True))
        if any(x > WIDTH or y > HEIGHT for x, y in points):
            return None
        result.append(points)
    return result


def png_data_uri(path):
    """The drawing as a PNG for the PDF (xhtml2pdf has no SVG paths); "" without one."""
    drawn = strokes(path)
    if not drawn:
        return ""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    pen = ImageDraw.Draw(image)
    for points in drawn:
        if len(points) == 1:
            x, y = points[0]
            pen.ellipse((x - 2, y - 2, x + 2, y + 2), fill="#0b2e4f")
        else:
            pen.line(points, fill="#0b2e4f", width=4, joint="curve")
    output = BytesIO()
    image.save(output, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(output.getvalue()).decode()
