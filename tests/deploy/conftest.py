import pytest

from certificates.models import CodeVersion
from tests.certificates.conftest import code, integrity_value, publish  # noqa: F401


@pytest.fixture
def version(code):  # noqa: F811
    """The ethics code, published: one version to acknowledge."""
    publish(code)
    return CodeVersion.objects.get()
