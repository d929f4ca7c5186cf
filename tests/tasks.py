"""Running the database task queue in a test, as `manage.py db_worker` would."""

from unittest import mock

from django_tasks_db.management.commands.db_worker import Worker


def run_queued_tasks():
    """Run every task waiting in the database queue, then return (batch mode: the worker
    stops when the queue is empty).

    The worker closes "old" connections between tasks; inside a test's transaction Django
    counts the connection as unusable (autocommit is off), and on PostgreSQL closing it
    would end the test's transaction. A real worker runs outside any transaction."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        Worker(
            queue_names=["default"],
            excluded_queue_names=[],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
        ).run()
