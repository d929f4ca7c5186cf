from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.models import CodeVersion
from integrity_platform.review.cycles import open_cycles
from tests.certificates.conftest import code, integrity_value, publish  # noqa: F401 (fixtures)
from tests.courses.conftest import course  # noqa: F401 (fixture)


@pytest.fixture
def version(code):  # noqa: F811
    publish(code)
    return CodeVersion.objects.get()


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def cycle(lindenhove, version, today):
    """This year's cycle of Lindenhove: opened a month ago, due in a month."""
    (opened,) = open_cycles(
        today.year,
        opens_on=today - timedelta(days=30),
        due_on=today + timedelta(days=30),
        organisations=[lindenhove],
    )
    return opened
