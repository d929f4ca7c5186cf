"""A cache for what is read from the page tree on every request and changes only when the
tree does: where a page lives in the other languages, the footer's links, the route from an
address to its page, the site's locales, and markup that reads the same for everyone (the
site shell, a page's body: `cached_fragment`).

Computed on each request these were the largest part of a page view (a dozen queries for
the language switcher and the footer alone). Every key holds a generation that any change
to the tree replaces (receivers connected in apps.py), so all workers see the new navigation
at once and entries of an older generation are never read again; they expire on their own.

The generation is replaced twice: at once, so that the request that made the change sees
it, and again after the commit, so that a worker that rebuilt an entry from the old tree
while the change was still uncommitted does not keep it.

Each process also keeps its own copy of the entries of the current generation it has read
(`_Local`): with Redis, a page's dozen entries would otherwise be a dozen round trips over
the network; now a warm page reads the shared cache once, for the generation. The copy can
never be stale, since every key names its generation and a new generation empties it.
"""

import hashlib
import pickle
import threading
import uuid
from collections import OrderedDict
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "page-cache:generation"
TIMEOUT = 24 * 60 * 60


# The generation as this request first read it. A page reads a dozen entries, and with
# Redis each read of the generation would be a round trip of its own; a request that
# starts after a change anywhere reads the new one, and a change made by this request
# replaces it here too. Outside a request (a command, the task worker) it is read each time.
_request_generation = ContextVar("page_cache_request_generation", default=None)


class _Local:
    """This process's copy of entries, pickled as the shared cache holds them (each read
    gets its own objects, as from the shared cache), for one generation at a time, the most
    recently used `size` of them."""

    def __init__(self, size=2000):
        self.size = size
        self.generation = None
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # runserver and the test live server serve in threads

    def get(self, generation, name):
        with self.lock:
            if generation != self.generation:
                self.generation, self.entries = generation, OrderedDict()
                return None
            data = self.entries.get(name)
            if data is not None:
                self.entries.move_to_end(name)
        return None if data is None else pickle.loads(data)

    def put(self, generation, name, value):
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self.lock:
            if generation != self.generation:
                return
            self.entries[name] = data
            if len(self.entries) > self.size:
                self.entries.popitem(last=False)


_local = _Local()


def generation():
    memo = _request_generation.get()
    if memo:
        return memo[0]
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Evicted or never set: a new value, never one an older generation could have had.
        cache.add(GENERATION_KEY, _new_generation(), None)
        value = cache.get(GENERATION_KEY)
    if memo is not None:
        memo.append(value)
    return value


def _request_started(**kwargs):
    _request_generation.set([])


def _request_finished(**kwargs):
    _request_generation.set(None)


def _new_generation():
    # Random, not the time: a clock set back (or stopped, as the tests stop it) would give
    # a generation again, and the entries kept under it would be read as current.
    return uuid.uuid4().hex


def _replace_generation():
    value = _new_generation()
    cache.set(GENERATION_KEY, value, None)
    if _request_generation.get() is not None:
        _request_generation.set([value])


def tree_changed(**kwargs):
    """Receiver for anything that changes pages, sites or locales."""
    _replace_generation()
    transaction.on_commit(_replace_generation)


def page_changed(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        tree_changed()


def connect_receivers():
    from django.core.signals import request_finished, request_started
    from django.db.models.signals import post_delete, post_save
    from django.utils.autoreload import file_changed
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import post_page_move

    # Publishing and unpublishing save the page; a move updates the tree without a save
    # and has its own signal. Saving a draft starts a generation too: rare, cheap to rebuild.
    for signal in (post_save, post_delete):
        signal.connect(page_changed, dispatch_uid="page-cache-page")
        for model in (Site, Locale, PageViewRestriction):
            signal.connect(tree_changed, sender=model, dispatch_uid=f"page-cache-{model}")
    post_page_move.connect(tree_changed, dispatch_uid="page-cache-move")
    # runserver: an edited template shows on the next request, as Django's own template
    # cache does, not the markup kept from before (returning None still lets Python code
    # changes restart the server).
    file_changed.connect(_file_changed, dispatch_uid="page-cache-file-changed")
    request_started.connect(_request_started, dispatch_uid="page-cache-request-started")
    request_finished.connect(_request_finished, dispatch_uid="page-cache-request-finished")


def server_started():
    """Called as each web server process starts (wsgi.py): the shared cache outlives a
    release, and markup rendered by the old templates (blocks, the site shell) or objects
    pickled from the old models would otherwise be read until the next publish. Renewed by
    the new release's processes, after the old ones have stopped, so nothing the old
    release kept during the upgrade (between `migrate` and the restart) is read either."""
    _replace_generation()


def _file_changed(sender, file_path, **kwargs):
    if file_path.suffix == ".html":
        _replace_generation()


def renew_on_change(*models):
    """Snippets read with pages (a dilemma's themes, the code's values) renew the cache
    too; each app names its own in its `ready()`."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(tree_changed, sender=model, dispatch_uid=f"page-cache-{model}")


def key(*parts, current=None):
    name = ":".join(map(str, parts))
    if len(name) > 150:
        # A list of many ids, a long address: Memcached takes keys of 250 bytes at most.
        name = hashlib.sha256(name.encode()).hexdigest()
    return f"page-cache:{current or generation()}:{name}"


def lookup(*parts):
    """(the entry for these key parts or None, keep): this process's copy, else the shared
    cache. `keep(value)` stores a value built on a miss under the same key, hence the
    generation read before it was built: a change meanwhile leaves it unread."""
    current = generation()
    name = key(*parts, current=current)
    value = _local.get(current, name)
    if value is None:
        value = cache.get(name)
        if value is not None:
            _local.put(current, name, value)

    def keep(built):
        cache.set(name, built, TIMEOUT)
        _local.put(current, name, built)

    return value, keep


def cached(*parts, build):
    """`build()` once per generation and key parts."""
    value, keep = lookup(*parts)
    if value is None:
        value = build()
        keep(value)
    return value


def default_locale():
    """Wagtail's `Locale.get_default()`, which queries on every call."""
    from wagtail.models import Locale

    return cached("default-locale", build=Locale.get_default)


def active_locale():
    """Wagtail's `Locale.get_active()` (the locale of the active language), cached."""
    from django.utils.translation import get_language
    from wagtail.models import Locale

    return cached("locale", get_language(), build=Locale.get_active)


def locale(locale_id):
    """A Locale by id (`page.locale` costs a query)."""
    from wagtail.models import Locale

    return cached("locale-by-id", locale_id, build=lambda: Locale.objects.get(pk=locale_id))


def language_of(locale_id):
    """The language code of a locale, by id (`page.locale.language_code` costs a query)."""
    from wagtail.models import Locale

    codes = cached(
        "locale-codes", build=lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )
    return codes.get(locale_id)
