"""The live session behind nginx with the production site's rules (deploy/nginx): the
phones' poll comes from nginx's one-second cache, with the application's ETag and 304;
joining and voting go through to the application untouched."""

import http.cookiejar
import json
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from dilemmas.live import move, start
from dilemmas.models import Vote
from integrity_common.benchmarking import nginx

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        shutil.which("nginx") is None and not shutil.os.path.exists("/usr/sbin/nginx"),
        reason="nginx is not installed (Debian: apt-get install nginx-light)",
    ),
]


@pytest.fixture
def proxy(live_server):
    with nginx([live_server.url]) as base:
        yield base


def fetch(opener, url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_the_poll_is_answered_from_nginx_and_follows_the_session_within_a_second(
    proxy, playlist, facilitator
):
    session = start(playlist, facilitator, "en")
    state = f"{proxy}/live/{session.code}/state/"
    phone = urllib.request.build_opener()
    status, headers, body = fetch(phone, state)
    assert status == 200 and json.loads(body)["phase"] == "lobby"
    status, again, _ = fetch(phone, state)
    assert status == 200 and again["X-Cache-Status"] == "HIT"
    # A phone that has the state gets the application's 304 from the cache.
    status, _, body = fetch(phone, state, headers={"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    # The browser is still told to ask again each time; only nginx keeps the answer.
    assert again["Cache-Control"] == "no-cache"

    move(session, "begin", session.version)
    deadline = time.monotonic() + 3
    while json.loads(fetch(phone, state)[2])["phase"] != "presenting":
        assert time.monotonic() < deadline, "the cached state outlived its second"
        time.sleep(0.2)


def test_joining_and_voting_go_through_to_the_application(proxy, playlist, facilitator):
    session = move(start(playlist, facilitator, "en"), "begin", 1)
    cookies = http.cookiejar.CookieJar()
    phone = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    status, _, _ = fetch(phone, f"{proxy}/live/?code={session.code}")
    assert status == 200
    token = next(cookie.value for cookie in cookies if cookie.name == "csrftoken")
    headers = {"X-CSRFToken": token, "Origin": proxy, "Accept-Language": "en"}
    form = urllib.parse.urlencode({"code": session.code, "nickname": "Ana"}).encode()
    status, _, page = fetch(phone, f"{proxy}/live/", form, headers)
    assert status == 200 and "you are Ana" in page.decode()  # followed the redirect
    session = move(session, "open", session.version)
    vote = urllib.parse.urlencode({"position": 0, "round": 1, "option": 2}).encode()
    url = f"{proxy}/live/{session.code}/vote/"
    status, _, body = fetch(phone, url, vote, {**headers, "Accept": "application/json"})
    assert status == 200 and json.loads(body)["ok"], body
    # The same vote again, through the same cache-free path, is still counted once.
    fetch(phone, url, vote, {**headers, "Accept": "application/json"})
    assert Vote.objects.filter(session=session).count() == 1
