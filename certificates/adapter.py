"""What the certificates plugin asks the host about people (see CERTIFICATES_ADAPTER).

The plugin knows nothing of organisations or roles in the programme; the host does. The
default suits a site without organisations: everyone signs for agreement, and only
superusers record acknowledgements for others.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Value
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

    def language_of(self, user):
        """The language an acknowledgement recorded for this person is issued in."""
        return getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE

    def people_visible_to(self, user):
        """The people `user` may record an acknowledgement for."""
        User = get_user_model()
        return User.objects.filter(is_active=True) if user.is_superuser else User.objects.none()

    def organisation_choices(self, user):
        """(id, name) pairs to filter the list by; empty when there are no organisations."""
        return []

    def annotate_organisation(self, queryset, user_path):
        """Add an `organisation_name` to each row without a query per row."""
        return queryset.annotate(organisation_name=Value(""))

    def filter_organisation(self, queryset, user_path, organisation_id):
        return queryset


def get_adapter():
    return import_string(app_settings.ADAPTER)()
