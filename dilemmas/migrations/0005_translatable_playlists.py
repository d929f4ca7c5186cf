"""Playlists become translatable snippets (TranslatableMixin): every existing playlist gets
the site's main language and a translation key of its own, and each title it had in
another language (PlaylistTitle) becomes a translation of it, with the same dilemmas."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def default_locale(Locale):
    """What Locale.get_default() answers, with the historical model."""
    return (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
        or Locale.objects.create(language_code=settings.LANGUAGE_CODE)
    )


def playlists_to_translations(apps, schema_editor):
    Playlist = apps.get_model("dilemmas", "Playlist")
    PlaylistItem = apps.get_model("dilemmas", "PlaylistItem")
    PlaylistTitle = apps.get_model("dilemmas", "PlaylistTitle")
    Locale = apps.get_model("wagtailcore", "Locale")
    playlists = list(Playlist.objects.order_by("pk"))
    if not playlists:
        return
    main = default_locale(Locale)
    for playlist in playlists:
        playlist.locale = main
        playlist.translation_key = uuid.uuid4()
        playlist.save(update_fields=["locale", "translation_key"])
    for other in PlaylistTitle.objects.exclude(locale=main).select_related("playlist"):
        original = other.playlist
        translation = Playlist.objects.create(
            title=other.title,
            description=original.description,
            created_by_id=original.created_by_id,
            locale_id=other.locale_id,
            translation_key=original.translation_key,
        )
        PlaylistItem.objects.bulk_create(
            PlaylistItem(
                playlist=translation, dilemma_id=item.dilemma_id, sort_order=item.sort_order
            )
            for item in PlaylistItem.objects.filter(playlist=original).order_by("sort_order")
        )


def translations_to_titles(apps, schema_editor):
    """Back: each translation becomes a title in another language of the playlist in the
    main language (or of the first one), and is removed."""
    Playlist = apps.get_model("dilemmas", "Playlist")
    PlaylistTitle = apps.get_model("dilemmas", "PlaylistTitle")
    Locale = apps.get_model("wagtailcore", "Locale")
    if not Playlist.objects.exists():
        return
    main = default_locale(Locale)
    keys = set(Playlist.objects.values_list("translation_key", flat=True))
    for key in keys:
        family = list(Playlist.objects.filter(translation_key=key).order_by("pk"))
        kept = next((p for p in family if p.locale_id == main.pk), family[0])
        for other in family:
            if other.pk != kept.pk:
                PlaylistTitle.objects.create(
                    playlist=kept, locale_id=other.locale_id, title=other.title
                )
                other.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dilemmas", "0004_playlist_titles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="playlist",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="playlist",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(playlists_to_translations, translations_to_titles),
        migrations.AlterField(
            model_name="playlist",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="playlist",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="playlist",
            name="title",
            field=models.CharField(max_length=200, verbose_name="title"),
        ),
        migrations.AlterUniqueTogether(
            name="playlist",
            unique_together={("translation_key", "locale")},
        ),
        migrations.DeleteModel(
            name="PlaylistTitle",
        ),
    ]
