"""A new delegate is emailed in their own language: the visit, its dates in that language
and the absolute link to take note of the code for this visit."""

from datetime import date

import pytest
from django.core import mail
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from integrity_platform.visits.delegation import add_delegates

from .conftest import delegate_member, make_visit

pytestmark = pytest.mark.django_db

MONTH = {"nl": "november", "fr": "novembre", "en": "November", "es": "noviembre"}


@pytest.mark.parametrize("language", ["nl", "fr", "en", "es"])
def test_the_email_is_in_the_delegates_language_with_their_link(
    committed, lindenhove, visit, language
):
    member = delegate_member(lindenhove, "Reiziger", language=language)
    with committed():
        add_delegates(visit, [member])
    (message,) = mail.outbox
    assert message.to == [member.user.email]
    assert f"http://testserver/{language}/acknowledge/?for=visit-{visit.pk}" in message.body
    with translation.override(language):
        first_day = date_format(date(2026, 11, 2), "DATE_FORMAT")
        subject = gettext("Your work visit to %(destination)s: take note of the ethics code") % {
            "destination": "Koudoubé, Burkina Faso"
        }
        hello = gettext("Hello %(name)s,") % {"name": member.user.get_full_name()}
    assert MONTH[language] in first_day and first_day in message.body
    assert message.subject == subject
    assert message.body.startswith(hello)
    assert "Stedenbandbezoek" in message.body and "Gemeente Lindenhove" in message.body
    # Someone with a password is not told to choose one.
    assert "invitation" not in message.body


def test_an_existing_delegate_is_not_emailed_twice(committed, visit, an):
    with committed():
        assert add_delegates(visit, [an]) == []
    assert mail.outbox == []


def test_the_demo_can_add_delegates_without_email(lindenhove, visit, committed):
    member = delegate_member(lindenhove, "Stil")
    with committed():
        (delegate,) = add_delegates(visit, [member], notify=False)
    assert delegate.member == member and mail.outbox == []


def test_a_newcomer_is_told_to_choose_a_password_first(committed, lindenhove, visit):
    member = delegate_member(lindenhove, "Nieuw", language="en")
    member.user.set_unusable_password()
    member.user.save()
    with committed():
        add_delegates(visit, [member])
    assert "Choose your password with the link in that email first" in mail.outbox[0].body


def test_names_reach_the_email_as_typed(committed, lindenhove, an):
    visit = make_visit(lindenhove, name="Visite <officielle>", destination="Côte d'Ivoire & Mali")
    with committed():
        add_delegates(visit, [an])
    (message,) = mail.outbox
    assert "Côte d'Ivoire & Mali" in message.subject
    assert "Visite <officielle>" in message.body and "&amp;" not in message.body
