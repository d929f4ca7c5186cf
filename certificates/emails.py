"""The signer's copy: the signed PDF by email, in the language they acknowledged in."""

from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _

from integrity_common.mail import send_later


def send_copy(acknowledgement, pdf):
    """Queue the copy with `pdf`, the signed bytes as stored. Called inside the issuing
    transaction: the message leaves only if the acknowledgement is committed."""
    with translation.override(acknowledgement.language):
        message = EmailMessage(
            _("Your acknowledgement of the ethics code"),
            _(
                "Attached is your acknowledgement of the ethics code, version %(version)s. "
                "Anyone can check it with the verification code %(code)s."
            )
            % {"version": acknowledgement.version.label, "code": acknowledgement.display_code},
            to=[acknowledgement.user.email],
        )
    message.attach(f"{acknowledgement.display_code}.pdf", pdf, "application/pdf")
    send_later(message)
