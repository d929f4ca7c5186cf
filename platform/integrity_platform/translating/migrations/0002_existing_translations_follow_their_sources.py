"""Translations that exist when the status is introduced are taken as up to date: nobody
knows better, and marking every page out of date would bury the real changes."""

from django.conf import settings
from django.db import migrations


def follow_sources(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    TranslationSync = apps.get_model("translating", "TranslationSync")

    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        return
    live = dict(
        Page.objects.filter(locale=default).values_list("translation_key", "live_revision_id")
    )
    TranslationSync.objects.bulk_create(
        [
            TranslationSync(page_id=pk, source_revision_id=live[key])
            for pk, key in Page.objects.exclude(locale=default)
            .filter(depth__gt=1)
            .values_list("pk", "translation_key")
            if key in live
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [("translating", "0001_initial")]

    operations = [migrations.RunPython(follow_sources, migrations.RunPython.noop)]
