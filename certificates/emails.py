"""The signer's copy: the signed PDF by email, in the language they acknowledged in."""

from integrity_common.mail import compose, send_later


def send_copy(acknowledgement, pdf):
    """Queue the copy with `pdf`, the signed bytes as stored. Called inside the issuing
    transaction: the message leaves only if the acknowledgement is committed."""
    message = compose(
        "certificates/email/copy",
        {"acknowledgement": acknowledgement},
        to=[acknowledgement.user.email],
        language=acknowledgement.language,
    )
    message.attach(f"{acknowledgement.display_code}.pdf", pdf, "application/pdf")
    send_later(message)
