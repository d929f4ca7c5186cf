"""Sign N acknowledgements end to end (render, digital signature, store) and print the
median and 95th percentile time per acknowledgement. Everything is rolled back."""

import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from certificates.issuing import issue
from certificates.models import Signature
from certificates.storage import pdf_storage
from certificates.versions import current_version


class Command(BaseCommand):
    help = "Time issuing signed acknowledgement PDFs (budget: median under 250 ms)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=50)

    def handle(self, *args, count, **options):
        version = current_version()
        if version is None:
            raise CommandError("Publish the ethics code first (manage.py seed_demo).")
        text = version.texts.first()
        User = get_user_model()
        timings, files = [], []
        with transaction.atomic():
            users = User.objects.bulk_create(
                User(
                    email=f"signing-benchmark-{n}@example.org",
                    first_name="Zoë",
                    last_name=f"Łódź {n}",
                )
                for n in range(count + 1)
            )
            for number, user in enumerate(users):
                started = time.perf_counter()
                acknowledgement, _created = issue(
                    Signature,
                    user=user,
                    version=version,
                    language=text.language,
                    text_checksum=text.checksum,
                    statement=f"Ik, {user.get_full_name()}, onderteken deze code voor akkoord.",
                    full_name=user.get_full_name(),
                    employer="Gemeente Lindenhove",
                    place="Łódź",
                    typed_signature=user.get_full_name(),
                    notify=False,
                )
                if number:  # the first one also loads fonts and the key: not a fair sample
                    timings.append((time.perf_counter() - started) * 1000)
                files.append(acknowledgement.pdf.name)
            transaction.set_rollback(True)
        # Rolled back on purpose, not failed: the PDFs stored meanwhile are removed here.
        for name in files:
            pdf_storage.delete(name)
        timings.sort()
        p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
        self.stdout.write(
            f"signed {len(timings)} acknowledgements: median {statistics.median(timings):.1f} ms, "
            f"p95 {p95:.1f} ms"
        )
