"""Send again the emails the mail server refused until the last retry (integrity_common.mail).

Each failed `deliver` task keeps its letter; this queues it afresh (with a new round of
retries) and removes the failed record, in one transaction, so a second run sends nothing
twice. Run it once the mail server is back, or after fixing the EMAIL_* settings."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from integrity_common.mail import deliver, letter_of


class Command(BaseCommand):
    help = "Queue again the emails whose sending failed after every retry."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List the failed emails; send nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        failed = DBTaskResult.objects.failed().filter(task_path=deliver.module_path)
        count = 0
        for record in failed.order_by("enqueued_at"):
            letter = letter_of(record.task_result)
            line = f"{letter['subject']}\t{', '.join(letter['to'])}\t{record.exception_class_path}"
            if dry_run:
                self.stdout.write(f"would resend\t{line}")
                continue
            with transaction.atomic():
                deliver.using(backend=record.backend_name).enqueue(letter)
                record.delete()
            self.stdout.write(f"queued\t{line}")
            count += 1
        if not dry_run:
            self.stdout.write(f"{count} queued again")
