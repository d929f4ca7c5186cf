"""The synthetic population and the dashboards' benchmark, at a size a test can afford
(the README has the numbers at 100,000 members)."""

import io
import re

import pytest
from django.core.management import call_command

from integrity_platform.review.models import ReviewCycle, ReviewStatus

pytestmark = pytest.mark.django_db


def test_population_and_benchmark_print_numbers_within_the_query_budget(role_groups):
    out = io.StringIO()
    call_command("review_population", organisations=4, members=120, years=2, stdout=out)
    assert "added 4 organisations, 120 members, 2 years" in out.getvalue()
    assert ReviewCycle.objects.count() == 8 and ReviewStatus.objects.count() == 240
    out = io.StringIO()
    call_command("benchmark_review", repeat=2, stdout=out)
    rows = re.findall(r"^(\w.*?)\s+(\d+)\s+(\d+\.\d)\s+(\d+\.\d)$", out.getvalue(), re.M)
    assert len(rows) == 6
    assert all(int(queries) <= 20 for _label, queries, _median, _p95 in rows)
    assert ReviewStatus.objects.count() == 240  # the benchmark's own users were rolled back
