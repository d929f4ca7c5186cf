"""Signing in with the organisation's own account (OpenID Connect, e.g. Microsoft Entra ID).

An allauth provider of ours ("organisation"), one app per identity provider named in the
OIDC_PROVIDERS setting (config.py). Each organisation names its email domains and the
provider that speaks for them (people.Organisation); a person signing in through that
provider with an address in those domains lands on the account they were invited with
(authority.py), and nobody else gets an account: invitation-only stays true (adapter.py).
"""
