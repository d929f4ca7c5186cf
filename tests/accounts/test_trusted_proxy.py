"""Rate limits count the client behind our proxies, never the proxy, never a forged header."""

from datetime import datetime

import pytest
import time_machine
from django.test import RequestFactory

from integrity_common.clients import client_ip
from tests.conftest import BRUSSELS
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # what gunicorn sees as REMOTE_ADDR behind the reverse proxy


def request_from(forwarded, remote=PROXY):
    return RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)


@pytest.mark.parametrize(
    "count, forwarded, expected",
    [
        # No trusted proxy: the header is the client's own word and is ignored.
        (0, "198.51.100.7", PROXY),
        # One proxy: it appended the address it saw; what the client wrote stays left.
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),
        # Two proxies: the outer one's peer is the second entry from the right.
        (2, "6.6.6.6, 198.51.100.7, 10.0.0.1", "198.51.100.7"),
        (1, "2001:db8::1", "2001:db8::1"),
        # Not an address (a broken or hostile proxy chain): the peer address, never junk.
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
    ],
)
def test_client_ip_counts_trusted_hops_from_the_right(settings, count, forwarded, expected):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = count
    assert client_ip(request_from(forwarded)) == expected


def fail_sign_in(client, email, address, forged=None):
    forwarded = f"{forged}, {address}" if forged else address
    return client.post(
        "/en/accounts/login/",
        {"login": email, "password": "wrong-password"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded,
    )


def sign_in_from(client, email, address):
    client.post(
        "/en/accounts/login/",
        {"login": email, "password": PASSWORD},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
    )
    return client.session.get("_auth_user_id")


def test_failed_sign_ins_from_many_clients_do_not_lock_out_everyone(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    UserFactory(email="anna@example.org")
    for n in range(24):
        response = fail_sign_in(client, f"typo{n}@example.org", f"198.51.100.{n + 1}")
        assert "Too many failed login attempts" not in response.content.decode(), n
    assert sign_in_from(client, "anna@example.org", "203.0.113.50")


def test_without_a_trusted_proxy_every_client_shares_the_proxys_address(client, settings):
    # What the issue saw: the same 24 failures, counted against the proxy, lock Anna out.
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    UserFactory(email="anna@example.org")
    for n in range(24):
        fail_sign_in(client, f"typo{n}@example.org", f"198.51.100.{n + 1}")
    assert not sign_in_from(client, "anna@example.org", "203.0.113.50")


def test_one_client_failing_again_and_again_is_stopped(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    UserFactory(email="anna@example.org")
    UserFactory(email="ben@example.org")
    for n in range(10):
        fail_sign_in(client, f"typo{n}@example.org", "198.51.100.9")
    response = fail_sign_in(client, "typo-again@example.org", "198.51.100.9")
    assert "Too many failed login attempts" in response.content.decode()
    # Writing another address into the header does not help: the proxy appends the real one.
    assert not sign_in_from(client, "anna@example.org", "1.2.3.4, 198.51.100.9")
    # Another client is not affected.
    assert sign_in_from(client, "ben@example.org", "203.0.113.50")


def test_six_wrong_passwords_for_one_account_lock_that_account(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    UserFactory(email="anna@example.org")
    for _attempt in range(5):
        fail_sign_in(client, "anna@example.org", "198.51.100.9")
    response = fail_sign_in(client, "anna@example.org", "198.51.100.9")
    assert "Too many failed login attempts" in response.content.decode()


def test_public_verification_limit_counts_the_client_behind_the_proxy(client, settings):
    # The project's own limits (integrity_common.ratelimit) read the same setting.
    from integrity_common.ratelimit import allow

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    first = request_from("198.51.100.7")
    second = request_from("198.51.100.8")
    with time_machine.travel(datetime(2027, 3, 15, 10, 0, 5, tzinfo=BRUSSELS), tick=False):
        assert allow(first, "verify-test", "1/m/ip")
        assert not allow(first, "verify-test", "1/m/ip")
        assert allow(second, "verify-test", "1/m/ip")
