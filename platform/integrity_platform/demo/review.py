"""This year's annual review, open for every organisation, relative to the day the demo is
loaded: opened two months ago, due in a month (by the year's end at the latest), with the
integrity-policy course as catch-up."""

from datetime import date, timedelta

from django.utils import timezone

from integrity_platform.review.cycles import open_cycles


def ensure_review(courses):
    today = timezone.localdate()
    return open_cycles(
        today.year,
        opens_on=max(today - timedelta(days=60), today.replace(month=1, day=1)),
        due_on=min(today + timedelta(days=30), date(today.year, 12, 31)),
        catch_up_course=courses["integrity-policy"],
    )
