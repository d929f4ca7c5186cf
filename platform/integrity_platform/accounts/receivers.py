from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset
from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.users.models import UserProfile


@receiver(password_reset)
def verify_email_on_password_reset(sender, request, user, **kwargs):
    """A password-reset link (also how invited members set a first password) was
    delivered to the member's address, so using it proves they own that address."""
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def admin_speaks_the_preferred_language(sender, instance, **kwargs):
    """One language preference: Wagtail's admin keeps its own copy, so mirror ours there."""
    profile = UserProfile.get_for_user(instance)
    if profile.preferred_language != instance.preferred_language:
        profile.preferred_language = instance.preferred_language
        profile.save(update_fields=["preferred_language"])
