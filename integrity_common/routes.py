"""Addresses below a routable page (RoutablePageMixin), in the page's own language.

A route is declared with a lazily translated pattern, `path(_("print/"), name="print")`;
Django keeps a translated pattern per active language. A page answers and builds its
addresses in its own language, whatever language the request or the template around the
link is in (a console in English linking to a dilemma in French), so a French dilemma's
printed version lives at .../imprimer/ and a Dutch one's at .../afdrukken/. The English
segments keep working on every page: links sent or bookmarked before the routes were
translated still arrive.
"""

from django.http import Http404
from django.utils import translation

from .page_cache import language_of

FALLBACK_LANGUAGE = "en"  # the language the patterns are written in


class RoutesInPageLanguageMixin:
    """Put before RoutablePageMixin in the bases of a page whose routes are translated."""

    def _route_language(self):
        return (self.locale_id and language_of(self.locale_id)) or translation.get_language()

    def reverse_subpage(self, name, args=None, kwargs=None):
        with translation.override(self._route_language()):
            return super().reverse_subpage(name, args=args, kwargs=kwargs)

    def resolve_subpage(self, path):
        with translation.override(self._route_language()):
            try:
                return super().resolve_subpage(path)
            except Http404:  # Resolver404 is one
                pass
        with translation.override(FALLBACK_LANGUAGE):
            return super().resolve_subpage(path)
