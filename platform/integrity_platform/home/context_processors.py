from django.utils.translation import get_language
from wagtail.models import Page, Site

from integrity_common.page_cache import cached


def site_shell(request):
    """The pages linked from every page's footer, in the visitor's language."""

    def footer_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []

        def build():
            home = site.root_page.localized
            # Titles and URLs only: no .specific(), which costs a query per page type.
            pages = Page.objects.live().public().in_menu().child_of(home)
            return [{"title": page.title, "url": page.get_url(request)} for page in pages]

        return cached("footer", site.pk, get_language(), build=build)

    # Lazy: a page that never renders the footer (JSON, redirects) costs no query.
    return {"footer_pages": footer_pages}
