"""What the review hands out as files: PDFs (rendered like the acknowledgements, with the
same embedded fonts and locked-down resources) and other downloads."""

from io import BytesIO

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header
from xhtml2pdf import pisa

from certificates.pdf import PdfError, static_only


def render_pdf(template, context):
    output = BytesIO()
    result = pisa.CreatePDF(
        render_to_string(template, context),
        dest=output,
        encoding="utf-8",
        link_callback=static_only,
    )
    if result.err:
        raise PdfError(f"xhtml2pdf reported {result.err} error(s)")
    return output.getvalue()


def download(content, content_type, filename):
    """A response the browser saves as `filename`."""
    return HttpResponse(
        content,
        content_type=content_type,
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )
