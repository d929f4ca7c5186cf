"""Files that a view hands out only after checking who asks: signed acknowledgements
(PRIVATE_ROOT) and documents of private collections (MEDIA_ROOT/documents).

By default Django streams them, which ties up a gunicorn worker for the whole download. With
PRIVATE_FILES_ACCEL_REDIRECT set (the address of an `internal` location of nginx, see
deploy/nginx/integrity.conf) the view still checks permission, then answers with an empty
response whose X-Accel-Redirect header tells nginx which file to send. nginx serves that
location only for such answers, never to a visitor who asks for it.

A file with no path on this machine (object storage, STORAGE_BACKEND=s3) is streamed through
Django whatever the setting: nginx cannot reach it.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, HttpResponse
from django.utils.http import content_disposition_header
from wagtail.utils import sendfile_streaming_backend

# Folder under the internal location -> the setting naming the folder on disk; nginx aliases
# each folder to the same place (deploy/nginx/integrity.conf).
ROOTS = {"private": "PRIVATE_ROOT", "media": "MEDIA_ROOT"}


def accel_redirect_uri(path):
    """Where nginx's internal location finds the file at `path`, or None when the setting is
    off or the file is in none of the folders the location covers."""
    prefix = getattr(settings, "PRIVATE_FILES_ACCEL_REDIRECT", "")
    if not prefix or path is None:
        return None
    path = Path(path).resolve()
    for folder, setting in ROOTS.items():
        root = getattr(settings, setting, None)
        if root and path.is_relative_to(Path(root).resolve()):
            relative = path.relative_to(Path(root).resolve()).as_posix()
            return f"{prefix.rstrip('/')}/{folder}/{quote(relative)}"
    return None


def _local_path(file):
    try:
        return file.path
    except NotImplementedError:  # a storage without local files (S3)
        return None


def private_file_response(file, *, filename, content_type):
    """The stored `file` (a FieldFile) as a download named `filename`: handed to nginx when
    it can reach it, streamed otherwise. Call it only after the permission check."""
    uri = accel_redirect_uri(_local_path(file))
    if uri is None:
        return FileResponse(
            file.open("rb"), as_attachment=True, filename=filename, content_type=content_type
        )
    response = HttpResponse(content_type=content_type)
    response["X-Accel-Redirect"] = uri
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def sendfile(request, filename, mimetype=None, **kwargs):
    """Wagtail's SENDFILE_BACKEND (wagtail.utils.sendfile) for documents: its serve view has
    checked the collection's privacy when it calls this."""
    uri = accel_redirect_uri(filename)
    if uri is None:
        return sendfile_streaming_backend.sendfile(request, filename, **kwargs)
    response = HttpResponse(content_type=mimetype)
    response["X-Accel-Redirect"] = uri
    return response
