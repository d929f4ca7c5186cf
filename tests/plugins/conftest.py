"""Each plugin run on its own defaults, as a site without this host would run it.

The host names its own adapters in COURSES_ADAPTER, CERTIFICATES_ADAPTER and
DILEMMAS_ADAPTER (settings/base.py). Here those settings are removed, not pointed
elsewhere, so that each plugin's app_settings falls back to its own default: the tests
prove both that the default path resolves and that the plugin works through it.
`get_adapter()` builds a new adapter from the setting on every call (no cache), so the
override takes effect at once; the tests still assert the adapter's class.
"""

import pytest
from django.contrib.auth.models import Permission

# The certificates tests' published code (a Dutch ethics code, version 2026.1): the
# fixtures only build pages of the certificates plugin, nothing of the host.
from tests.certificates.conftest import code, integrity_value  # noqa: F401

HOST_ADAPTER_SETTINGS = ("COURSES_ADAPTER", "CERTIFICATES_ADAPTER", "DILEMMAS_ADAPTER")
PASSWORD = "a-Plugin-password-2026"


@pytest.fixture(autouse=True)
def without_host_adapters(settings):
    for name in HOST_ADAPTER_SETTINGS:
        if hasattr(settings, name):
            delattr(settings, name)
    return settings


@pytest.fixture
def make_person(django_user_model):
    """A plain account, as any Django site has: no Member, no organisation, no role
    (those are the host's; the plugins must not need them)."""

    def make(email, first_name="", last_name="", language="nl", permissions=()):
        user = django_user_model.objects.create_user(
            email=email,
            password=PASSWORD,
            first_name=first_name,
            last_name=last_name,
            preferred_language=language,
        )
        for codename in permissions:
            app_label, name = codename.split(".")
            user.user_permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=name)
            )
        return django_user_model.objects.get(pk=user.pk)  # without the permission cache

    return make


@pytest.fixture
def sign_in():
    def sign_in(client, user):
        assert client.login(email=user.email, password=PASSWORD)
        return client

    return sign_in
