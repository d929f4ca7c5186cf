from django.conf import settings


def absolute_url(path):
    """A path on this site as a full address, for emails and calendar files, which are read
    away from the site (WAGTAILADMIN_BASE_URL is the public address)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
