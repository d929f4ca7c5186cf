"""The campaign for the newsletter, as HTML an email tool accepts (inline styles, absolute
links, no scripts or stylesheets) and as plain text: the items that are live."""

from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from integrity_common.links import absolute_url


# Email tools take styles only inline, so this page, shown to be copied into one, allows them.
@csp_update({"style-src": [UNSAFE_INLINE]})
def newsletter(request, campaign, form):
    items = list(campaign.live_items())
    for item in items:
        item.absolute = absolute_url(item.get_url(request), request)
    context = {
        "campaign": campaign,
        "campaign_url": absolute_url(campaign.get_url(request), request),
        "items": items,
    }
    if form == "html":
        body = render_to_string("campaigns/newsletter.html", context, request=None)
        body = absolute_links(body, request)
        # Translators: a file name: lowercase, words joined by hyphens.
        content_type, name = "text/html; charset=utf-8", str(_("newsletter")) + ".html"
    else:
        body = render_to_string("campaigns/newsletter.txt", context)
        # Translators: a file name: lowercase, words joined by hyphens.
        content_type, name = "text/plain; charset=utf-8", str(_("newsletter")) + ".txt"
    response = HttpResponse(body, content_type=content_type)
    if request.GET.get("download"):
        response["Content-Disposition"] = content_disposition_header(True, name)
    return response


def absolute_links(html, request=None):
    """Rich text links are relative to the site (href="/nl/..."); in an email they must
    name the site."""
    root = absolute_url("/", request)
    return html.replace('href="/', f'href="{root}').replace('src="/', f'src="{root}')
