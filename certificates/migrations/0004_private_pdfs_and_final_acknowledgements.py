"""Signed PDFs move out of the public media into the plugin's private storage, and on
PostgreSQL the database itself refuses to delete an issued acknowledgement.

Existing PDFs are moved by this migration (same names, so nothing else changes): a PDF
left under MEDIA_ROOT would stay reachable at /media/ wherever a web server serves it.
"""

from django.db import migrations, models

import certificates.storage

TABLES = ["acknowledgement", "signature", "receipt", "partneracknowledgement"]


def _move(apps, source, target):
    Acknowledgement = apps.get_model("certificates", "Acknowledgement")
    stored = Acknowledgement.objects.exclude(pdf="").values_list("pk", "pdf")
    for pk, name in stored.iterator():
        if not source.exists(name):
            continue  # moved already, or never stored
        if not target.exists(name):
            with source.open(name, "rb") as pdf:
                saved = target.save(name, pdf)
            if saved != name:
                Acknowledgement.objects.filter(pk=pk).update(pdf=saved)
        source.delete(name)


def move_pdfs_to_private_storage(apps, schema_editor):
    from django.core.files.storage import storages

    _move(apps, storages["default"], certificates.storage.pdf_storage)


def move_pdfs_back_to_media(apps, schema_editor):
    from django.core.files.storage import storages

    _move(apps, certificates.storage.pdf_storage, storages["default"])


def create_deletion_trigger(apps, schema_editor):
    """The ORM's guard (models.refuse_deletion) does not see raw SQL or other clients: on
    PostgreSQL a trigger refuses any DELETE, unless the retention purge has switched
    `certificates.allow_purge` on for its own transaction. SQLite has no equivalent."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        """
        CREATE OR REPLACE FUNCTION certificates_refuse_deletion() RETURNS trigger AS $$
        BEGIN
            IF coalesce(current_setting('certificates.allow_purge', true), '') <> 'on' THEN
                RAISE EXCEPTION 'An issued acknowledgement cannot be deleted; revoke it.';
            END IF;
            RETURN OLD;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER certificates_{table}_final BEFORE DELETE ON certificates_{table} "
            "FOR EACH ROW EXECUTE FUNCTION certificates_refuse_deletion()"
        )


def drop_deletion_trigger(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f"DROP TRIGGER IF EXISTS certificates_{table}_final ON certificates_{table}"
        )
    schema_editor.execute("DROP FUNCTION IF EXISTS certificates_refuse_deletion()")


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0003_acknowledgement_period"),
    ]

    operations = [
        migrations.AddField(
            model_name="acknowledgement",
            name="officer_reason",
            field=models.TextField(
                blank=True,
                help_text=(
                    "Why the integrity officer issued it in other details than the person's "
                    "record, or re-issued it."
                ),
                verbose_name="reason for these details",
            ),
        ),
        migrations.AlterField(
            model_name="acknowledgement",
            name="pdf",
            field=models.FileField(
                blank=True,
                storage=certificates.storage.get_pdf_storage,
                upload_to="acknowledgements/%Y/",
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(move_pdfs_to_private_storage, move_pdfs_back_to_media),
        migrations.RunPython(create_deletion_trigger, drop_deletion_trigger),
    ]
