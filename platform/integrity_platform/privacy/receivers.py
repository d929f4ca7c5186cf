"""Keep the day each person left: the clock of the retention periods after leaving."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from integrity_platform.people.models import Member

from .models import Departure


@receiver(post_save, sender=Member)
def membership_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if instance.is_active:
        Departure.objects.filter(user_id=instance.user_id).delete()
    else:
        # The first day counts: saving an inactive member again does not restart the clock.
        Departure.objects.get_or_create(user_id=instance.user_id)
