from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.assignment import assign_required_courses

from .models import Member


@receiver(post_save, sender=Member)
def assign_courses_to_new_member(sender, instance, created, **kwargs):
    """A new member gets the courses required for their role, due after their start date."""
    if created:
        user = instance.user
        transaction.on_commit(lambda: assign_required_courses(user))
