"""A live session through nginx with the production site's rules (deploy/nginx), as a
hall would use it: the facilitator's console and a phone both go through the proxy, the
phones' poll comes from nginx's one-second cache with the application's ETag and 304, and
the vote sent by the room's script goes through to the application."""

import json
import shutil
import time
import urllib.request
from pathlib import Path

import pytest

from dilemmas.models import LiveSession, Vote
from integrity_platform.benchmarks.servers import nginx

from .conftest import join_as_guest, start_live_session, vote_for_the_first_option

pytestmark = pytest.mark.skipif(
    not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()),
    reason="nginx is not installed (Debian: apt-get install nginx-light)",
)


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_a_session_through_nginx_with_the_poll_from_its_cache(site, browser, sign_in):
    with nginx([site]) as proxy:
        console = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        code = start_live_session(console, proxy, sign_in)
        phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
        join_as_guest(phone, proxy, code)
        console.get_by_role("button", name="Show the first dilemma").click()
        console.get_by_role("button", name="Open voting").click()
        # The phone learns that voting is open from the cached poll, within its second.
        vote_for_the_first_option(phone)
        session = LiveSession.objects.get(code=code)
        assert Vote.objects.filter(session=session).count() == 1
        phone.context.close()

        state = f"{proxy}/live/{code}/state/"
        fetch(state)
        status, headers, body = fetch(state)
        assert status == 200 and headers["X-Cache-Status"] in ("HIT", "UPDATING", "STALE")
        assert json.loads(body)["phase"] == "voting"
        # The browser is still told to ask each time; only nginx keeps the answer.
        assert headers["Cache-Control"] == "no-cache"
        status, _, body = fetch(state, {"If-None-Match": headers["ETag"]})
        assert status == 304 and body == b""

        console.get_by_role("button", name="Close voting").click()
        deadline = time.monotonic() + 3
        while json.loads(fetch(state)[2])["phase"] != "locked":
            assert time.monotonic() < deadline, "the cached state outlived its second"
            time.sleep(0.2)
        console.context.close()
