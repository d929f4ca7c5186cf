"""Our page types, kept in the page cache between publishes: the page's own row and
whether it is private.

Wagtail reads, on every page it serves, the page's row (a query across the tables of its
type, which Django took 0.4 ms to build and SQLite 0.03 ms to answer; unpickling a kept
lesson takes 0.01 ms) and whether the page or one of its ancestors is restricted (a
password, signed-in visitors only, some groups: two queries, costlier the deeper the page,
a tenth of a lesson's time). Both change only when an editor saves, publishes,
unpublishes, moves or restricts a page, and each of these renews the page cache
(integrity_common.page_cache). Only the row is kept, never what is read with it: a
course's lessons, a dilemma's themes and every learner's state are read as before.

A page type opts in by putting `KeptPageMixin` before Page in its bases, as all of ours
do: it says that its pages carry nothing the tree's generation does not cover. A page
type that does not (a third party's, or the benchmark's plain Wagtail page) is read and
checked as Wagtail reads it.
"""

from wagtail.models import PageViewRestriction

from .page_cache import cached, lookup


class KeptPageMixin:
    """Put before Page (or its other mixins) in the bases of a page type."""

    @classmethod
    def kept(cls, pk):
        """The page as last saved, or None if there is none with this pk. Each call gets
        its own object (unpickled), so what one request sets on it stays there."""
        page, keep = lookup("page", pk)
        if page is None:
            page = cls.objects.filter(pk=pk).first()
            if page is not None:
                keep(page)
        return page

    def get_view_restrictions(self):
        if self.pk is None:  # a new page in preview: nothing to keep it under
            return super().get_view_restrictions()
        restricted = cached(
            "restricted",
            self.pk,
            build=lambda: super(KeptPageMixin, self).get_view_restrictions().exists(),
        )
        if not restricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
