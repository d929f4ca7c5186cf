"""The retention purge: the only way an acknowledgement is ever deleted."""

import pytest
from wagtail.models import ModelLogEntry

from certificates.issuing import reissue
from certificates.models import Acknowledgement, AcknowledgementIsFinal, CodeVersion
from certificates.retention import purge_acknowledgements
from certificates.storage import pdf_storage
from tests.factories import MemberFactory

from .conftest import publish
from .helpers import issue_signature

pytestmark = pytest.mark.django_db


@pytest.fixture
def version(code):
    publish(code)
    return CodeVersion.objects.get()


class Corrected:
    """What the re-issue form hands over: a corrected name."""

    def __init__(self, original, full_name):
        self.initial = {"full_name": original.full_name}
        self.cleaned_data = {"full_name": full_name, "recorded_note": ""}

    def statement_values(self):
        return {}

    def extra_fields(self):
        return {"employer": "Gemeente Lindenhove", "place": "Lindenhove", "typed_signature": ""}


def test_purging_takes_a_whole_chain_with_its_pdfs_and_history(
    version, lindenhove, officer, django_capture_on_commit_callbacks
):
    leaving = MemberFactory(organisation=lindenhove).user
    staying = MemberFactory(organisation=lindenhove).user
    original = issue_signature(leaving, version)[0]
    corrected = reissue(
        original, Corrected(original, "An Peeters-Maes"), user=officer, reason="Name"
    )[0]
    kept = issue_signature(staying, version)[0]
    files = [original.pdf.name, corrected.pdf.name]

    # The revoked original alone is asked for: its re-issue goes with it.
    with django_capture_on_commit_callbacks(execute=True):
        count = purge_acknowledgements(Acknowledgement.objects.filter(pk=original.pk))
    assert count == 2
    assert list(Acknowledgement.objects.all()) == [kept]
    assert not any(pdf_storage.exists(name) for name in files)
    assert pdf_storage.exists(kept.pdf.name)
    assert not ModelLogEntry.objects.filter(object_id__in=[str(original.pk), str(corrected.pk)])
    assert ModelLogEntry.objects.for_instance(kept).exists()
    # The guard is back at once.
    with pytest.raises(AcknowledgementIsFinal):
        kept.delete()


def test_purging_nothing_deletes_nothing(version, lindenhove):
    acknowledgement = issue_signature(MemberFactory(organisation=lindenhove).user, version)[0]
    assert purge_acknowledgements(Acknowledgement.objects.none()) == 0
    assert list(Acknowledgement.objects.all()) == [acknowledgement]
    assert pdf_storage.exists(acknowledgement.pdf.name)
