from wagtail.models import Page, Site


def site_shell(request):
    """The pages linked from every page's footer, in the visitor's language."""

    def footer_pages():
        site = Site.find_for_request(request)
        if site is None:
            return []
        home = site.root_page.localized
        return list(Page.objects.live().public().in_menu().child_of(home).specific())

    # Lazy: a page that never renders the footer (JSON, redirects) costs no query.
    return {"footer_pages": footer_pages}
