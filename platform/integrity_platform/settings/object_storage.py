"""Uploads and signed PDFs in S3-compatible object storage (django-storages, the "s3" extra),
for a deployment with more than one application server: STORAGE_BACKEND=s3.

Both storages share one bucket under two prefixes; nothing in it is public unless the
bucket's policy makes it so, and the runbook grants public reading of media/images/ and
media/original_images/ only (deploy/RUNBOOK.md, "Object storage").

- "default", the media (prefix media/): images are shown from the bucket's address, unsigned,
  because pages and the page cache keep their addresses for longer than any signature would
  last. Documents are streamed by Wagtail's permission-checking view (WAGTAILDOCS_SERVE_METHOD
  in production.py), never linked to the bucket.
- "certificates", the signed PDFs (prefix private/): private objects, and any address the
  storage builds is signed and short-lived. No view hands one out: the download view streams
  the PDF through Django after its permission check (integrity_common.private_files), so a
  link cannot be passed on and a deleted PDF is gone at once. They are a few hundred kB.
"""

from urllib.parse import urlsplit

from .env import env_str

BACKEND = "storages.backends.s3.S3Storage"


def _connection():
    return {
        "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME", required=True),
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
        "region_name": env_str("AWS_S3_REGION_NAME"),
        # Unset, boto3 finds credentials itself (an instance role, ~/.aws).
        "access_key": env_str("AWS_ACCESS_KEY_ID"),
        "secret_key": env_str("AWS_SECRET_ACCESS_KEY"),
        # As on a file system: a second upload named like the first gets a name of its own
        # instead of replacing the first one's file (django-storages' default replaces it).
        "file_overwrite": False,
    }


def s3_storages():
    """STORAGES entries for "default" and "certificates" in the bucket."""
    connection = _connection()
    return {
        "default": {
            "BACKEND": BACKEND,
            "OPTIONS": {
                **connection,
                "location": "media",
                "querystring_auth": False,
                "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),
            },
        },
        "certificates": {
            "BACKEND": BACKEND,
            "OPTIONS": {
                **connection,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
            },
        },
    }


def public_media_origin():
    """The origin images are shown from, for the Content-Security-Policy's img-src."""
    custom_domain = env_str("AWS_S3_CUSTOM_DOMAIN")
    if custom_domain:
        return "https://" + custom_domain.split("/")[0]
    endpoint = env_str("AWS_S3_ENDPOINT_URL")
    if endpoint:
        parts = urlsplit(endpoint)
        return f"{parts.scheme}://{parts.netloc}"
    bucket = env_str("AWS_STORAGE_BUCKET_NAME", required=True)
    return f"https://{bucket}.s3.amazonaws.com"
