"""Kept for imports written before the shared package: absolute links now live in
integrity_common.links (SITE_URL, or the request in development). Import from there."""

from integrity_common.links import absolute_url, site_host, site_url  # noqa: F401
