from django.dispatch import Signal

# Sent once an acknowledgement is stored (argument: acknowledgement).
acknowledgement_issued = Signal()
# Sent when the integrity officer revokes one (arguments: acknowledgement, user).
acknowledgement_revoked = Signal()
# Sent when a version of the code is published in a language (arguments: version,
# language): the acknowledgements of that language may have become superseded.
version_published = Signal()
