import io

from django.core.management.base import OutputWrapper

from integrity_platform.benchmarks.management.commands.benchmark import Throughput

# Requests per second of each target of the page benchmark, as if measured.
RATES = {
    "bare": 2000,
    "json": 1500,
    "plain": 800,
    "plain-signed-in": 600,
    "home": 900,
    "lesson": 300,
    "course": 450,
    "my-learning": 240,
    "dilemma": 150,
    "poll": 1200,
}


def report(rates):
    targets = {name: (name, f"/{name}/", "cookie" if "signed" in name else None) for name in rates}
    results = {name: [(rate, 10.0)] for name, rate in rates.items()}
    out = io.StringIO()
    # As the command gives it: a stream that ends each line.
    Throughput(OutputWrapper(out), {}).report(targets, results)
    return out.getvalue().splitlines()


def test_the_anchors_run_ends_with_the_pages_against_the_wagtail_lms_course_page():
    # The anchors' run is not run here (it installs wagtail-lms from PyPI): its report is.
    lines = report({**RATES, "lms": 150})
    assert lines[-5:] == [
        "ratio-lms home 6.00",
        "ratio-lms lesson 2.00",
        "ratio-lms course 3.00",
        "ratio-lms my-learning 1.60",
        "ratio-lms dilemma 1.00",
    ]
    assert lines[-6] == "ratio poll 0.80"


def test_without_the_anchors_the_report_has_no_ratio_lms_lines():
    assert not any(line.startswith("ratio-lms") for line in report(RATES))
