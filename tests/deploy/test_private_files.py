"""Private files after the permission check: handed to nginx with X-Accel-Redirect when
PRIVATE_FILES_ACCEL_REDIRECT names its internal location (deploy/nginx/integrity.conf),
streamed by Django as before when it is off. The nginx half: test_nginx.py."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils.sendfile import _get_sendfile

from tests.certificates.helpers import issue_signature
from tests.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def accel(settings, tmp_path):
    # As in production: the PDFs' storage is PRIVATE_ROOT (tests/conftest.py puts it in
    # tmp_path/private), Wagtail's documents go through our sendfile backend.
    settings.PRIVATE_ROOT = tmp_path / "private"
    settings.PRIVATE_FILES_ACCEL_REDIRECT = "/_protected/"
    settings.SENDFILE_BACKEND = "integrity_common.private_files"
    _get_sendfile.clear()  # Wagtail keeps the backend it loaded first
    yield settings
    _get_sendfile.clear()


@pytest.fixture
def signature(version, lindenhove):
    user = MemberFactory(organisation=lindenhove).user
    return issue_signature(user, version)[0]


def pdf_address(signature):
    return f"/nl/acknowledge/{signature.verification_code}/pdf/"


def test_the_signer_gets_the_pdf_from_nginx_and_nobody_else_does(accel, client, signature):
    client.force_login(signature.user)
    response = client.get(pdf_address(signature))
    assert response.status_code == 200 and response.content == b""
    assert response["X-Accel-Redirect"] == f"/_protected/private/{signature.pdf.name}"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{signature.display_code}.pdf"'
    )

    client.force_login(UserFactory())
    response = client.get(pdf_address(signature))
    assert response.status_code == 404 and "X-Accel-Redirect" not in response
    client.logout()
    response = client.get(pdf_address(signature))
    assert response.status_code == 302 and "X-Accel-Redirect" not in response


def test_without_the_setting_django_streams_the_pdf_as_before(settings, client, signature):
    assert not getattr(settings, "PRIVATE_FILES_ACCEL_REDIRECT", "")
    client.force_login(signature.user)
    response = client.get(pdf_address(signature))
    with signature.pdf.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()
    assert "X-Accel-Redirect" not in response


@pytest.fixture
def private_document(db):
    collection = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Handbook", collection=collection)
    document.file.save("handbook extract.pdf", ContentFile(b"%PDF-1.7 handbook"))
    return document


def test_a_document_of_a_private_collection_goes_to_nginx_after_sign_in(
    accel, client, private_document
):
    address = private_document.url
    response = client.get(address)
    assert response.status_code == 302 and "X-Accel-Redirect" not in response  # to sign in

    client.force_login(UserFactory())
    response = client.get(address)
    assert response.status_code == 200 and response.content == b""
    name = private_document.file.name.replace(" ", "%20")
    assert response["X-Accel-Redirect"] == f"/_protected/media/{name}"
    # Wagtail's choice of inline or attachment and the name reach nginx, which keeps them.
    assert response["Content-Disposition"] == 'inline; filename="handbook_extract.pdf"'


def test_without_the_setting_the_document_is_streamed(settings, client, private_document):
    settings.SENDFILE_BACKEND = "integrity_common.private_files"  # as in production
    _get_sendfile.clear()
    client.force_login(UserFactory())
    response = client.get(private_document.url)
    assert b"".join(response.streaming_content) == b"%PDF-1.7 handbook"
    assert "X-Accel-Redirect" not in response
    _get_sendfile.clear()
