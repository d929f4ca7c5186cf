"""A small OpenID provider on localhost, started by the tests themselves (and, to try single
sign-on with `make run`, by hand: `python -m tests.sso.provider --help`).

It speaks the authorisation-code flow as an organisation's identity provider would:
discovery, a sign-in page (a form, so a browser journey can use it), the token endpoint
with client authentication and PKCE (S256 only), ID tokens signed with RS256 by a key
published at jwks_uri (joserfc, Authlib's JOSE library), and the nonce echoed. It refuses
what a real provider refuses: an unknown client or redirect address, no PKCE, no nonce, a
code used twice, a wrong code verifier.

To show the platform's checks, `provider.tamper` makes the next ID tokens wrong on
purpose: "signature" (signed by a key that is not published), "nonce" (another sign-in's).
"""

import html
import json
import secrets
import threading
import time
from base64 import b64decode
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.jwk import RSAKey


class OpenIDProvider:
    def __init__(self, *, client_id="integrity-platform", secret="test-secret", port=0):
        self.client_id = client_id
        self.secret = secret
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-1", "alg": "RS256"})
        self.people = {}  # email -> extra claims (e.g. {"amr": ["pwd", "mfa"]})
        self.redirect_prefixes = []  # where codes may be sent (registered redirect URIs)
        self.codes = {}  # code -> what the token endpoint needs to answer
        self.tamper = None
        self.token_requests = []  # (form, authorisation header) of each, for assertions
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def issuer(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.server.shutdown()
        self.server.server_close()

    def add_person(self, email, **claims):
        self.people[email.lower()] = claims

    def app(self, provider_id="lindenhove", name="Gemeente Lindenhove"):
        """This provider as an entry of the OIDC_PROVIDERS setting."""
        return {
            "id": provider_id,
            "name": name,
            "server_url": self.issuer,
            "client_id": self.client_id,
            "secret": self.secret,
        }

    # --- the protocol ------------------------------------------------------------------

    def discovery(self):
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "scopes_supported": ["openid", "email", "profile"],
        }

    def check_authorisation(self, query):
        """The error of an authorisation request, or None when it is acceptable."""
        if query.get("client_id") != self.client_id:
            return "unknown client"
        redirect_uri = query.get("redirect_uri", "")
        if not any(redirect_uri.startswith(prefix) for prefix in self.redirect_prefixes):
            return f"redirect_uri not registered: {redirect_uri}"
        if query.get("response_type") != "code" or "openid" not in query.get("scope", "").split():
            return "not an OpenID Connect code request"
        if query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
            return "PKCE (S256) is required"
        if not query.get("nonce"):
            return "a nonce is required"
        return None

    def issue_code(self, query, email):
        code = secrets.token_urlsafe(24)
        self.codes[code] = {"query": query, "email": email.lower()}
        return code

    def exchange(self, form, authorization):
        """The token response for a token request, or (status, error)."""
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if authorization.startswith("Basic "):
            client_id, _, secret = b64decode(authorization[6:]).decode().partition(":")
        if client_id != self.client_id or secret != self.secret:
            return 401, {"error": "invalid_client"}
        grant = self.codes.pop(form.get("code", ""), None)  # a code works once
        if grant is None or form.get("grant_type") != "authorization_code":
            return 400, {"error": "invalid_grant"}
        query = grant["query"]
        if form.get("redirect_uri") != query["redirect_uri"]:
            return 400, {"error": "invalid_grant", "error_description": "redirect_uri"}
        verifier = form.get("code_verifier", "")
        if create_s256_code_challenge(verifier) != query["code_challenge"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE"}
        return 200, {
            "access_token": secrets.token_urlsafe(24),
            "token_type": "Bearer",
            "expires_in": 300,
            "id_token": self.id_token(grant["email"], query["nonce"]),
        }

    def id_token(self, email, nonce):
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": f"sub-{email}",
            "aud": self.client_id,
            "iat": now,
            "exp": now + 300,
            "nonce": "another sign-in's nonce" if self.tamper == "nonce" else nonce,
            "email": email,
            "email_verified": True,
            "name": email.split("@")[0].title(),
            **self.people.get(email, {}),
        }
        key = self.key
        if self.tamper == "signature":
            key = RSAKey.generate_key(2048, parameters={"kid": "test-1", "alg": "RS256"})
        return jwt.encode({"alg": "RS256", "kid": "test-1"}, claims, key)

    def jwks(self):
        return {"keys": [self.key.as_dict(private=False)]}


def _handler_for(provider):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802 (http.server's name)
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                return self.json(200, provider.discovery())
            if url.path == "/jwks":
                return self.json(200, provider.jwks())
            if url.path == "/authorize":
                error = provider.check_authorisation(query)
                if error:
                    return self.page(400, f"<p>{html.escape(error)}</p>")
                return self.page(200, _sign_in_form(query))
            return self.page(404, "<p>Not found</p>")

        def do_POST(self):  # noqa: N802
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if url.path == "/token":
                provider.token_requests.append((form, self.headers.get("Authorization", "")))
                status, body = provider.exchange(form, self.headers.get("Authorization", ""))
                return self.json(status, body)
            if url.path == "/authorize":
                query = json.loads(form["request"])
                error = provider.check_authorisation(query)
                email = form.get("email", "").strip().lower()
                if error or email not in provider.people:
                    return self.page(400, "<p>Unknown person or request</p>")
                code = provider.issue_code(query, email)
                target = (
                    f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"
                )
                self.send_response(302)
                self.send_header("Location", target)
                self.end_headers()
                return None
            return self.page(404, "<p>Not found</p>")

        def json(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def page(self, status, body):
            data = (
                "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
                f"<title>Lindenhove sign-in</title></head><body><main>{body}</main></body></html>"
            ).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _sign_in_form(query):
    request = html.escape(json.dumps(query), quote=True)
    return (
        "<h1>Lindenhove: sign in</h1>"
        "<form method='post' action='/authorize'>"
        f"<input type='hidden' name='request' value=\"{request}\">"
        "<label for='email'>Work email</label> <input id='email' name='email' type='email'>"
        "<button type='submit'>Sign in</button></form>"
    )


def main():
    import argparse

    parser = argparse.ArgumentParser(
        description="Run the test OpenID provider for trying single sign-on with `make run`."
    )
    parser.add_argument("--port", type=int, default=8700)
    parser.add_argument("--site", default="http://127.0.0.1:8000", help="the platform's address")
    parser.add_argument(
        "--person",
        action="append",
        help="an address the provider knows (repeatable; default official@example.org)",
    )
    options = parser.parse_args()
    provider = OpenIDProvider(port=options.port)
    provider.redirect_prefixes.append(f"{options.site.rstrip('/')}/sso/")
    for email in options.person or ["official@example.org"]:
        provider.add_person(email)
    print("Start the platform with:")
    print(f"  OIDC_PROVIDERS='{json.dumps([provider.app()])}' make run")
    print("then, in the admin, give Gemeente Lindenhove the email domain example.org and the")
    print("sign-in provider Gemeente Lindenhove. Ctrl-C stops the provider.")
    try:
        provider.server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
