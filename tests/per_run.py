"""Work done once for all the xdist workers of a test run, whichever worker asks first."""

import fcntl
import os
import pickle


def run_folder(tmp_path_factory):
    """The run's own temporary folder, shared by its workers (each has one of its own
    below it) and by the controlling process."""
    root = tmp_path_factory.getbasetemp()
    return root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root


def once(tmp_path_factory, name, build):
    """build(folder)'s result, made by the first worker to ask while the others wait for
    it, then read back by each of them. `folder` is the run's, for files the result
    refers to; the result is pickled."""
    root = run_folder(tmp_path_factory)
    folder = root / name
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        saved = folder / "result.pickle"
        if saved.exists():
            return pickle.loads(saved.read_bytes())
        folder.mkdir(exist_ok=True)
        result = build(folder)
        saved.write_bytes(pickle.dumps(result))
        return result
