"""A coordinator's import runs in the background: the progress page follows it by itself."""

import re
from concurrent.futures import ThreadPoolExecutor

from django.db import connections
from playwright.sync_api import expect

from tests.tasks import run_queued_tasks

CSV = "email,name,organisation,role,language\n" + "".join(
    f"ambtenaar{n}@example.org,Ambtenaar {n},Gemeente Lindenhove,municipal_official,nl\n"
    for n in range(5)
)


def run_the_worker():
    """What `manage.py db_worker` does, until the queue is empty (in a thread of its own,
    like the live server: Playwright keeps an event loop in this one)."""

    shared = connections["default"]  # this thread's, which the live server shares

    def work():
        # On SQLite in memory, the live server's connection too: a second connection to the
        # shared in-memory database is refused ("database table is locked") whenever the
        # page's script reads the progress while the worker writes it.
        in_memory = shared.vendor == "sqlite" and shared.is_in_memory_db()
        if in_memory:
            shared.inc_thread_sharing()
            connections["default"] = shared
        try:
            run_queued_tasks()
        finally:
            if in_memory:
                shared.dec_thread_sharing()
            else:
                connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(work).result()


def test_import_waits_for_the_worker_then_shows_what_it_did(
    page, site, sign_in, assert_accessible, settings, tmp_path
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    csv_file = tmp_path / "officials.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    sign_in(page, site, "coordinator@example.org", language="en")

    page.goto(f"{site}/admin/members/import/")
    page.set_input_files("input[type=file]", str(csv_file))
    page.locator("main form button[type=submit]").click()
    page.get_by_role("button", name=re.compile("Invite 5 members|5 leden")).click()

    expect(page).to_have_url(re.compile(r"/admin/members/import/\d+/$"))
    progress = page.locator("[data-import-progress]")
    expect(progress).to_have_attribute("role", "status")  # a live region: read out as it changes
    expect(progress).to_contain_text(re.compile("wait|wacht", re.I))
    assert_accessible(page, "import-waiting")

    page.evaluate("window.notReloaded = true")
    run_the_worker()
    # The page's script fetches the progress and updates the live region, without a reload.
    expect(progress).to_contain_text(re.compile("5 (members invited|leden)"))
    assert page.evaluate("window.notReloaded") is True
    assert_accessible(page, "import-done")
    page.get_by_role("link", name=re.compile("members list|ledenlijst", re.I)).click()
    expect(page.get_by_role("table")).to_contain_text("ambtenaar4@example.org")
