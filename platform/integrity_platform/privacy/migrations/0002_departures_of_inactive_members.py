"""Members already inactive when retention came in: their clock starts today (the day
they left is not known), so nobody is erased the day the job first runs."""

from django.db import migrations
from django.utils import timezone


def record_departures(apps, schema_editor):
    Member = apps.get_model("people", "Member")
    Departure = apps.get_model("privacy", "Departure")
    today = timezone.localdate()
    Departure.objects.bulk_create(
        [
            Departure(user_id=user_id, left_on=today)
            for user_id in Member.objects.filter(is_active=False).values_list("user_id", flat=True)
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_initial"),
        ("people", "0001_initial"),
    ]

    operations = [migrations.RunPython(record_departures, migrations.RunPython.noop)]
