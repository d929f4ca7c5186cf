from django.dispatch import Signal

# Sent once an acknowledgement is stored (argument: acknowledgement).
acknowledgement_issued = Signal()
# Sent when the integrity officer revokes one (arguments: acknowledgement, user).
acknowledgement_revoked = Signal()
