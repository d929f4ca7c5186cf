"""What the certificates plugin asks the host about people (see CERTIFICATES_ADAPTER)."""

from django.utils.module_loading import import_string

from .app_settings import app_settings
from .models import Kind


class DefaultCertificatesAdapter:
    def kind_for(self, user):
        """Which kind of acknowledgement this person is offered."""
        return Kind.SIGNATURE

    def prefill(self, user):
        """Initial values for the acknowledgement form (full_name, employer, organisation…)."""
        return {"full_name": user.get_full_name() or user.get_username()}


def get_adapter():
    return import_string(app_settings.ADAPTER)()
