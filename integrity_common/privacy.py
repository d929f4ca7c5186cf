"""Whether a page is private, from the page cache.

Wagtail checks, on every page it serves, whether the page or one of its ancestors is
restricted (a password, signed-in visitors only, some groups): two queries, one for the
ancestors and one for their restrictions, whose cost grows with the page's depth (a
lesson four levels down spent about a tenth of its time there). Almost no page is
restricted, and restrictions change only when an editor sets them, which renews the page
cache (integrity_common.page_cache), as does moving a page. Our page types keep the answer
there: an unrestricted page skips both queries; a restricted one is checked as before.
"""

from wagtail.models import PageViewRestriction

from .page_cache import cached


class KnownPrivacyMixin:
    """Put before Page (or its other mixins) in the bases of a page type."""

    def get_view_restrictions(self):
        if self.pk is None:  # a new page in preview: nothing to keep it under
            return super().get_view_restrictions()
        restricted = cached(
            "restricted",
            self.pk,
            build=lambda: super(KnownPrivacyMixin, self).get_view_restrictions().exists(),
        )
        if not restricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
