"""The signer's copy: the signed PDF by email, in the language they acknowledged in."""

from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext as _


def send_copy(acknowledgement):
    user = acknowledgement.user
    with translation.override(acknowledgement.language):
        message = EmailMessage(
            _("Your acknowledgement of the ethics code"),
            _(
                "Attached is your acknowledgement of the ethics code, version %(version)s. "
                "Anyone can check it with the verification code %(code)s."
            )
            % {"version": acknowledgement.version.label, "code": acknowledgement.display_code},
            to=[user.email],
        )
    acknowledgement.pdf.open("rb")
    message.attach(
        f"{acknowledgement.display_code}.pdf", acknowledgement.pdf.read(), "application/pdf"
    )
    acknowledgement.pdf.close()
    message.send()
