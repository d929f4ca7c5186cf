from wagtail.models import Page, Site


def site_shell(request):
    """The pages linked from every page's footer, in the visitor's language."""

    def footer_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []
        home = site.root_page.localized
        # Titles and URLs only: no .specific(), which costs a query per page type.
        return list(Page.objects.live().public().in_menu().child_of(home))

    # Lazy: a page that never renders the footer (JSON, redirects) costs no query.
    return {"footer_pages": footer_pages}
