"""QR codes to project: inline SVG a stylesheet can size to the screen."""

import segno


def qr_svg(url, dark="#000"):
    """The QR code of `url` as inline SVG with both its size (which SVG readers, and
    tests/qr.py, rely on) and a viewBox, so that CSS can scale it: small on a console, as
    big as the wall on a big screen. Segno writes one or the other, and scaling needs both."""
    qr = segno.make(url, error="m")
    width, height = qr.symbol_size(scale=6, border=2)
    svg = qr.svg_inline(scale=6, border=2, dark=dark)
    return svg.replace("<svg ", f'<svg viewBox="0 0 {width} {height}" ', 1)
