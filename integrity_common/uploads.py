"""Size limits on uploaded files, with one translated message.

Django streams an upload of any size to a temporary file before a view sees it, and a view
that then reads it holds all of it in memory. A view that accepts a file therefore refuses
an oversized request by its declared length first (body_exceeds), before anything reads
the body, and its form checks the file it received (MaxFileSize), for any other way in.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext

MB = 1024 * 1024
# What a form's other fields and the multipart boundaries add to the file itself.
FORM_OVERHEAD = 64 * 1024


def file_too_large_message(max_bytes):
    return gettext("The file is larger than %(size)s MB.") % {"size": max(1, max_bytes // MB)}


def body_exceeds(request, max_bytes):
    """Whether the request declares a body too large for a file of `max_bytes`, judged
    from its Content-Length header alone (a WSGI server passes on no more than that)."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    return declared > max_bytes + FORM_OVERHEAD


class MaxFileSize:
    """A form field's validator: the uploaded file is at most `max_bytes`."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes

    def __call__(self, upload):
        if upload is not None and upload.size > self.max_bytes:
            raise ValidationError(file_too_large_message(self.max_bytes), code="file_too_large")
