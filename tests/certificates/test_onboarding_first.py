"""A member finishes the onboarding that leads to signing before their first
acknowledgement; the integrity officer can switch this off per course."""

import pytest

from certificates.models import Acknowledgement
from courses.models import CoursePage

from .helpers import DEMO_PASSWORD, sign

pytestmark = pytest.mark.django_db


def test_a_new_official_finishes_onboarding_before_signing(client, demo):
    client.login(email="official@example.org", password=DEMO_PASSWORD)
    page = client.get("/en/acknowledge/").content.decode()
    assert 'name="confirm"' not in page
    ethics_course = CoursePage.objects.get(locale__language_code="en", slug="our-ethics-code")
    assert ethics_course.title in page and f'href="{ethics_course.url}"' in page
    sign(client, language="en")  # a forged POST signs nothing either
    assert not Acknowledgement.objects.filter(user__email="official@example.org").exists()

    CoursePage.objects.filter(translation_key=ethics_course.translation_key).update(
        required_before_signing=False
    )
    assert 'name="confirm"' in client.get("/en/acknowledge/").content.decode()
