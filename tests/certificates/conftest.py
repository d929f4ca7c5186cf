import json
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from certificates.models import CodeValue, EthicsCodePage
from courses.models import CoursePage

from .helpers import DEMO_PASSWORD


@pytest.fixture
def integrity_value(db):
    return CodeValue.objects.create(
        key="integrity", name="Integriteit", motto="We handelen eerlijk.", sort_order=3
    )


@pytest.fixture
def code(integrity_value):
    home = Site.objects.get(is_default_site=True).root_page
    page = home.add_child(
        instance=EthicsCodePage(
            title="Ethische code",
            slug="ethische-code",
            version_label="2026.1",
            effective_date=date(2026, 1, 1),
            intro="<p>Waarom een code.</p>",
            scope="<p>Wie tekent.</p>",
            values=json.dumps(
                [
                    {
                        "type": "value",
                        "id": "v1",
                        "value": {
                            "value": integrity_value.pk,
                            "rules": [{"type": "item", "id": "r1", "value": "Je meldt misbruik."}],
                        },
                    }
                ]
            ),
            agreement_text="Ik, {name}, tewerkgesteld bij {employer}, onderteken voor akkoord.",
            receipt_text="Ik, {name}, nam kennis van de code tijdens {visit}.",
            partner_text="Ik, {name}, neem namens {organisation} kennis van de code.",
            live=False,
        )
    )
    return page


def publish(page):
    page.full_clean()
    page.save_revision().publish()
    return EthicsCodePage.objects.get(pk=page.pk)


@pytest.fixture
def official(client, demo):
    """The demo's municipal official, signed in. They have not started their onboarding,
    which the demo asks before a first signature; these tests are about signing, so the
    integrity officer's switch is off here (tests/certificates/test_onboarding_first.py
    has it on)."""
    CoursePage.objects.update(required_before_signing=False)
    # Their name on record, which every acknowledgement they sign carries: one that any
    # text handling (PDF fonts, statements, the verification page) must keep intact.
    get_user_model().objects.filter(email="official@example.org").update(
        first_name="Zoë", last_name="Façade-Muñoz"
    )
    client.login(email="official@example.org", password=DEMO_PASSWORD)
    return client
