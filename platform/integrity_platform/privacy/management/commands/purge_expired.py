from django.core.management.base import BaseCommand

from integrity_platform.privacy.retention import purge_expired


class Command(BaseCommand):
    help = (
        "Remove personal data whose retention period has ended (settings RETENTION_*): "
        "former members, acknowledgements of people who left long ago, guests' nicknames, "
        "check-ins and practice answers. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print how many of each kind would be removed; remove nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        counts = purge_expired(dry_run=dry_run)
        verb = "would be removed" if dry_run else "removed"
        for kind, count in counts.items():
            self.stdout.write(f"{kind}: {count} {verb}")
