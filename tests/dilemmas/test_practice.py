import re

import pytest
from django.test import Client

from dilemmas.models import PracticeAnswer
from tests.factories import PASSWORD, UserFactory


def answer(client, dilemma, option="2", justification="Report it to the head of department."):
    return client.post(dilemma.url + "answer/", {"option": option, "justification": justification})


@pytest.fixture
def signed_in(client, learner):
    client.login(email=learner.email, password=PASSWORD)
    return client


def test_a_learner_answers_then_sees_the_commentary(signed_in, library, learner):
    gift = library["gift"]
    before = signed_in.get(gift.url).content.decode()
    assert "The expert says" not in before
    response = answer(signed_in, gift)
    assert response.status_code == 302
    saved = PracticeAnswer.objects.get(user=learner)
    assert (saved.option, saved.dilemma_id) == (2, gift.pk)
    after = signed_in.get(gift.url).content.decode()
    assert "The expert says: report every gift." in after
    assert "Report it to the head of department." in after


def test_a_second_answer_changes_nothing(signed_in, library, learner):
    answer(signed_in, library["gift"], option="2")
    answer(signed_in, library["gift"], option="1", justification="Changed my mind.")
    assert list(PracticeAnswer.objects.values_list("option", "justification")) == [
        (2, "Report it to the head of department.")
    ]


@pytest.mark.parametrize(
    ("option", "justification", "message"),
    [
        ("9", "Why not.", "That option is not one of this dilemma"),
        ("abc", "Why not.", "That option is not one of this dilemma"),
        ("", "Why not.", "Choose one of the options."),
        ("1", "", "Say briefly why you chose this option."),
    ],
)
def test_bad_answers_are_refused_with_a_message(signed_in, library, option, justification, message):
    response = answer(signed_in, library["gift"], option, justification)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PracticeAnswer.objects.exists()


def test_visitors_must_sign_in_and_cannot_answer_recruitment_dilemmas(client, library, learner):
    response = answer(client, library["gift"])
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.login(email=learner.email, password=PASSWORD)
    assert answer(client, library["interview"]).status_code == 404
    assert not PracticeAnswer.objects.exists()


def test_how_others_chose_shows_only_from_five_answers(client, library):
    gift = library["gift"]
    people = [UserFactory() for _ in range(5)]
    for n, person in enumerate(people[:4]):
        PracticeAnswer.objects.create(
            user=person, dilemma=gift, option=1 + n % 2, justification="…", language="en"
        )
    client.force_login(people[0])
    page = client.get(gift.url)
    assert page.context["practice"]["shares"] is None
    assert "at least 5 people" in page.content.decode()
    PracticeAnswer.objects.create(
        user=people[4], dilemma=gift, option=1, justification="…", language="en"
    )
    shares = client.get(gift.url).context["practice"]["shares"]
    assert [(s.count, s.percent) for s in shares] == [(3, 60), (2, 40), (0, 0)]


def test_answers_in_another_language_count_together(client, library, learner):
    from wagtail.models import Locale

    # The dilemma in the default language (Dutch) is the one answers are counted on.
    dutch = library["gift"].copy_for_translation(Locale.get_default(), copy_parents=True)
    dutch.save_revision().publish()
    client.login(email=learner.email, password=PASSWORD)
    answer(client, library["gift"])
    assert PracticeAnswer.objects.get().dilemma_id == dutch.pk


def test_practice_and_sessions_appear_in_the_training_record(client, library, learner, playlist):
    from dilemmas.live import join, start

    client.login(email=learner.email, password=PASSWORD)
    answer(client, library["gift"])
    session = start(playlist, learner, "en")
    join(session, learner)
    record = client.get("/en/review/record/").content.decode()
    assert "Dilemma practised" in record and "A gift from the partner" in record
    assert "Live dilemma session" in record and "Review session" in record


def test_the_blank_form_kept_for_every_reader_carries_each_ones_own_token(library, learner):
    """The form not yet answered is kept rendered (the same for everyone); the token in it
    is filled in per request, and an error is shown to the reader who made it only."""
    gift = library["gift"]
    other = UserFactory()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.force_login(other)
    first.get(gift.url)  # now kept
    second.login(email=learner.email, password=PASSWORD)
    page = second.get(gift.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    refused = second.post(
        gift.url + "answer/", {"option": "", "justification": "", "csrfmiddlewaretoken": token}
    )
    assert "Choose one of the options." in refused.content.decode()
    assert "Choose one of the options." not in first.get(gift.url).content.decode()
    data = {"option": "2", "justification": "Report it.", "csrfmiddlewaretoken": token}
    assert second.post(gift.url + "answer/", data).status_code == 302
    assert PracticeAnswer.objects.get().user == learner
