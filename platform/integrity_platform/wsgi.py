"""WSGI entry point (gunicorn integrity_platform.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrity_platform.settings.production")

application = get_wsgi_application()

# A new release must not read what the previous one kept (integrity_common.page_cache).
from integrity_common.page_cache import server_started  # noqa: E402

server_started()
