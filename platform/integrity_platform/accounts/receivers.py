from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset
from django.dispatch import receiver


@receiver(password_reset)
def verify_email_on_password_reset(sender, request, user, **kwargs):
    """A password-reset link (also how invited members set a first password) was
    delivered to the member's address, so using it proves they own that address."""
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)
