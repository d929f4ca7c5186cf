from django.dispatch import Signal

# Sent when a signed-in person joins a live session that counts toward something the host
# keeps (the session's `counts_for`, a reference the host's adapter offered).
# Arguments: session, user, counts_for.
session_attended = Signal()
