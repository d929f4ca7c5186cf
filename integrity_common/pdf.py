"""Documents as PDF, for every plugin and the host: acknowledgements, session kits and
summaries, review agendas and records, the demo's handbook.

xhtml2pdf fetches fonts and images through link_callback; ours answers only with the
project's own static files (and inline PNG images such as QR codes), never the network or
other files. Templates extend integrity_common/pdf/base.html, which embeds DejaVu Sans.
"""

import os
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.template.loader import render_to_string
from django.utils import translation

from .export import download


class PdfError(Exception):
    pass


def static_file(name):
    """The file of the static file `name`, or None when it is not one.

    Under the production storage (ManifestStaticFilesStorage, after collectstatic) `{% static %}`
    writes hashed names ("logo.4e1f0b5c2d3a.png") that only the collected files and the
    storage's manifest know; the finders know only the original names. So a name the manifest
    lists (hashed or original) is read from the collected copy, and otherwise, mapped back to
    its original name, found by the finders. Nothing else is a static file: the storage is
    asked only for names its manifest lists, and the finders refuse "../" and absolute paths
    (SuspiciousFileOperation)."""
    manifest = getattr(staticfiles_storage, "hashed_files", None) or {}
    originals = {hashed: original for original, hashed in manifest.items()}
    try:
        if name in manifest or name in originals:
            collected = staticfiles_storage.path(name)
            if os.path.isfile(collected):
                return collected
    except NotImplementedError:  # collected elsewhere than on this disk (a remote storage)
        pass
    try:
        return finders.find(originals.get(name, name))
    except SuspiciousFileOperation:
        return None


def static_only(uri, rel):
    """xhtml2pdf's link_callback: inline PNGs (QR code, drawn signature) and static files."""
    if uri.startswith("data:image/png;base64,"):
        return uri
    if uri.startswith(settings.STATIC_URL):
        path = static_file(uri[len(settings.STATIC_URL) :])
        if path:
            return path
    return ""  # refused; the resource policy (below) keeps xhtml2pdf from reading it itself


def static_roots():
    """The folders static files are read from: the collected files and every finder's."""
    roots = [getattr(staticfiles_storage, "location", None)]
    for finder in finders.get_finders():
        roots += [storage.location for storage in getattr(finder, "storages", {}).values()]
    return tuple(Path(root) for root in roots if root)


def resource_policy():
    """What a PDF may read: static files, and nothing from the network. A link_callback that
    refuses (answers "") leaves xhtml2pdf the original address to fetch itself, confined by
    default only to the working directory; this confines it to the static folders."""
    from xhtml2pdf.config.resources import ResourceAccessPolicy

    return ResourceAccessPolicy(allow_remote=False, base_dir=None, extra_roots=static_roots())


def render_template_pdf(template, context, *, language=None):
    """`template` rendered with `context` as a PDF, with embedded fonts and locked-down
    resources.

    `language` is the document's language (by default the active one): the template is
    rendered in it, and it is the PDF's /Lang. Templates extend integrity_common/pdf/base.html,
    which puts it in <html lang> (xhtml2pdf writes that to /Lang) and their title block in
    <title> (the PDF's /Title): a screen reader announces both. A template that leaves either
    out is refused here rather than found out by a reader."""
    # Imported here, not with the module: xhtml2pdf costs a second of every process's start
    # (each worker, each periodic job), and most processes never render a PDF.
    from xhtml2pdf import pisa

    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string(template, {**context, "pdf_language": language})
    output = BytesIO()
    result = pisa.CreatePDF(
        html,
        dest=output,
        encoding="utf-8",
        link_callback=static_only,
        resource_policy=resource_policy(),
    )
    if result.err:
        raise PdfError(f"xhtml2pdf reported {result.err} error(s)")
    if result.lang_tag != language or not result.meta["title"].strip():
        raise PdfError(f"{template} must declare its language ({language}) and a title")
    return output.getvalue()


def pdf_download(content, filename):
    """A PDF the browser saves as `filename`."""
    return download(content, "application/pdf", filename)
