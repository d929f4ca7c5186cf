"""Running the database task queue in a test, as `manage.py db_worker` would."""

from django_tasks_db.management.commands.db_worker import Worker


def run_queued_tasks():
    """Run every task waiting in the database queue, then return (batch mode: the worker
    stops when the queue is empty)."""
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
