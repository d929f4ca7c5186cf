"""Reading QR codes back as a phone camera would: from a PDF's images, or from the inline
SVG that segno draws on a page (a console on a projector, a check-in screen)."""

import io
import re

import zxingcpp
from PIL import Image
from pypdf import PdfReader

PIXELS = 8  # per module: plenty for the decoder


def qr_texts_in_pdf(pdf_bytes):
    return [
        result.text
        for page in PdfReader(io.BytesIO(pdf_bytes)).pages
        for image in page.images
        for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)))
    ]


def qr_texts_in_html(html):
    """Every segno inline SVG in `html`, decoded. segno draws each row of dark modules as
    horizontal lines: "M x y" (absolute), "m dx dy" (relative) and "h n" (n modules)."""
    texts = []
    for svg in re.findall(r"<svg\b[^>]*class=\"segno\".*?</svg>", html, flags=re.S):
        size = int(re.search(r'width="(\d+)"', svg).group(1))
        scale = int(re.search(r"scale\((\d+)\)", svg).group(1))
        modules = size // scale
        image = Image.new("L", (modules * PIXELS, modules * PIXELS), 255)
        x = y = 0.0
        path = re.search(r'd="([^"]+)"', svg).group(1)
        for command, *numbers in re.findall(r"([MmHh])(-?[\d.]+)(?:\s+(-?[\d.]+))?", path):
            values = [float(n) for n in numbers if n]
            if command == "M":
                x, y = values
            elif command == "m":
                x, y = x + values[0], y + values[1]
            else:  # h: a run of dark modules on row y (drawn through its middle)
                length = values[0] if command == "h" else values[0] - x
                row = int(y)
                left, right = sorted((x, x + length))
                image.paste(
                    0, (int(left) * PIXELS, row * PIXELS, int(right) * PIXELS, (row + 1) * PIXELS)
                )
                x += length
        texts += [result.text for result in zxingcpp.read_barcodes(image)]
    return texts
