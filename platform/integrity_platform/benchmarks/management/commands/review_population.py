"""Generate a large synthetic population to measure the review dashboards at scale."""

import time

from django.core.management.base import BaseCommand
from django.db import connection

from ...population import generate


class Command(BaseCommand):
    help = "Add synthetic organisations and members with years of review history."

    def add_arguments(self, parser):
        parser.add_argument("--organisations", type=int, default=300)
        parser.add_argument("--members", type=int, default=100_000)
        parser.add_argument("--years", type=int, default=3)

    def handle(self, *args, organisations, members, years, **options):
        started = time.perf_counter()
        generate(organisations, members, years)
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would gather them soon after a bulk load.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"added {organisations} organisations, {members} members, {years} years of "
            f"review history in {time.perf_counter() - started:.1f} s"
        )
