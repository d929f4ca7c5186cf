"""What the host's data protection asks the courses plugin to forget. The plugin does not
decide when: the host's retention rules and erasure call these."""

from .models import Enrolment


def erase_learner(user):
    """Remove a person's learning record: their courses, lessons done, answers and earlier
    attempts. Returns how many courses' records went."""
    _total, per_model = Enrolment.objects.filter(user=user).delete()
    return per_model.get(Enrolment._meta.label, 0)
