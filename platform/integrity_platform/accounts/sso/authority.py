"""Which identity provider may speak for which email address.

A provider's word that someone owns x@lindenhove.be counts only when Lindenhove's
organisation names lindenhove.be among its domains and that provider as its own: then the
address is as good as verified, and the sign-in lands on the account invited at it. Any
other provider's claim about the address is ignored, whatever its email_verified says.
"""

from integrity_platform.people.models import Organisation


def domain_of(email):
    return email.rpartition("@")[2].strip().lower()


def vouches_for(provider_id, email):
    domain = domain_of(email)
    if not domain:
        return False
    organisations = Organisation.objects.filter(sign_in_provider=provider_id).only("email_domains")
    return any(domain in organisation.domains for organisation in organisations)
