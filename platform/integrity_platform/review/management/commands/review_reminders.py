"""Daily: remind members who are not done with this year's review, and send coordinators
their weekly digest. Safe to run more than once a day. See review/reminders.py."""

from datetime import date

from django.core.management.base import BaseCommand
from django.utils import timezone

from integrity_platform.review.reminders import outgoing, send


class Command(BaseCommand):
    help = "Email review reminders due today (run daily from cron)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be sent; send nothing."
        )
        parser.add_argument(
            "--date", type=date.fromisoformat, help="Act as if today were this day (YYYY-MM-DD)."
        )

    def handle(self, *args, dry_run=False, date=None, **options):
        today = date or timezone.localdate()
        sent = skipped = 0
        for message in outgoing(today):
            line = f"{message.kind}\t{message.user.email}\t{message.cycle}"
            if dry_run:
                self.stdout.write(f"would send\t{line}")
            elif send(message, today):
                sent += 1
                self.stdout.write(f"sent\t{line}")
            else:
                skipped += 1
        if not dry_run:
            self.stdout.write(f"{sent} sent, {skipped} already sent today")
