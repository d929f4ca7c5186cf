"""OIDC_PROVIDERS (a JSON list in the environment) as allauth's SOCIALACCOUNT_PROVIDERS apps.

Read by the settings, so nothing here imports Django. Each entry names one identity
provider:

    {"id": "lindenhove", "name": "Gemeente Lindenhove",
     "server_url": "https://idp.lindenhove.be/realms/staff",
     "client_id": "...", "secret": "..."}

or, for an organisation's Microsoft Entra ID tenant, "entra_tenant": "<tenant id>" instead
of "server_url". A tenant of its own per organisation, not the shared "organizations"
endpoint: any Entra tenant can put any address in its users' email claim, so only the
tenant of the organisation that owns a domain may speak for that domain (authority.py).
"""

import json
from urllib.parse import urlsplit

ENTRA_AUTHORITY = "https://login.microsoftonline.com/{tenant}/v2.0"


class ProviderConfigError(ValueError):
    pass


def provider_apps(value):
    """The allauth apps for OIDC_PROVIDERS' JSON text ("" or unset: none)."""
    if not value:
        return []
    try:
        entries = json.loads(value)
    except json.JSONDecodeError as error:
        raise ProviderConfigError(f"OIDC_PROVIDERS is not valid JSON: {error}") from None
    if not isinstance(entries, list):
        raise ProviderConfigError("OIDC_PROVIDERS must be a JSON list of providers")
    return [_app(entry) for entry in entries]


def _app(entry):
    missing = {"id", "name", "client_id", "secret"} - set(entry)
    if missing:
        raise ProviderConfigError(f"OIDC_PROVIDERS entry lacks {', '.join(sorted(missing))}")
    settings = {
        # PKCE even for a confidential client: a stolen code is worthless without the
        # verifier kept in this browser's session.
        "oauth_pkce_enabled": True,
        "email_claims": ["email"],
        # Who signs in is read from the signed ID token alone (provider.py).
        "fetch_userinfo": False,
    }
    if "entra_tenant" in entry:
        settings["server_url"] = ENTRA_AUTHORITY.format(tenant=entry["entra_tenant"])
        # Entra puts the sign-in address in preferred_username; email only when the
        # tenant's administrator adds it as an optional claim.
        settings["email_claims"] = ["email", "preferred_username"]
    elif "server_url" in entry:
        settings["server_url"] = entry["server_url"]
    else:
        raise ProviderConfigError(f"OIDC_PROVIDERS entry {entry['id']!r} needs server_url")
    return {
        "provider_id": entry["id"],
        "name": entry["name"],
        "client_id": entry["client_id"],
        "secret": entry["secret"],
        "settings": settings,
    }


def sign_in_origins(apps):
    """Where the sign-in button's POST is redirected to: the providers' origins, which the
    page's Content-Security-Policy must allow as form targets (browsers apply form-action
    to the redirects that follow a form's submission too). The authorisation endpoint is
    assumed on the provider's own origin, as with Entra ID, Keycloak or AD FS."""
    origins = []
    for app in apps:
        parts = urlsplit(app["settings"]["server_url"])
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in origins:
            origins.append(origin)
    return origins
