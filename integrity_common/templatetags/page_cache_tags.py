from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from integrity_common.page_cache import cached

register = template.Library()

# What a cached fragment holds where `{% csrf_token %}` was; each request puts its own
# token there. Letters and digits only, so that escaping leaves it as it is.
CSRF_HOLE = "cachedfragmentcsrftokenhole"


@register.simple_tag(takes_context=True)
def parent_of(context, page):
    """{title, url} of a page's parent, for breadcrumbs: from the page cache, not the two
    queries `page.get_parent` costs each time a template names it."""
    request = context.get("request")

    def build():
        parent = page.get_parent()
        return {"title": parent.title, "url": parent.get_url(request)}

    return cached("parent-link", page.pk, build=build)


@register.tag
def cached_fragment(parser, token):
    """`{% cached_fragment "name" [per_address] value… %}…{% endcached_fragment %}`: what is
    between the tags (the site shell's header and footer, a page's body or text blocks) rendered
    once per page-cache generation, language, host and the values named, then read as
    markup. Rendered with the template language on every request, the shell cost about a
    third of a millisecond per page, and the home page's body a quarter.

    `per_address`: the fragment depends on the address (the language switcher, the
    sign-in link's way back), so it is kept per page and path, or per path of a view that
    takes no arguments; any other address (a query string, a 404, a view with an id in its
    path) renders it afresh, so made-up addresses cannot fill the cache. `{% csrf_token %}`
    inside is filled per request. The values must name whatever else the markup depends
    on (signed in or not, a permission), never anything private: the markup is shared by
    everyone with the same values."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
    per_address = len(bits) > 2 and bits[2] == "per_address"
    values = [parser.compile_filter(bit) for bit in bits[2 + per_address :]]
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, parser.compile_filter(bits[1]), per_address, values)


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, name, per_address, values):
        self.nodelist = nodelist
        self.name = name
        self.per_address = per_address
        self.values = values

    def render(self, context):
        request = context.get("request")
        address = _address(request, context.get("page")) if self.per_address else ()
        # Rendered as it is: outside a request (no host, no token to fill the hole), at an
        # address outside the known set, or in a preview, which renders a draft (kept, its
        # markup would reach visitors before it is published).
        kept = request is not None and "csrf_token" in context and address is not None
        if not kept or getattr(request, "is_preview", False):
            return self.nodelist.render(context)

        def build():
            with context.push(csrf_token=CSRF_HOLE):
                return str(self.nodelist.render(context))

        markup = cached(
            "fragment",
            self.name.resolve(context),
            get_language(),
            request.get_host(),
            *address,
            *(value.resolve(context) for value in self.values),
            build=build,
        )
        if CSRF_HOLE in markup:
            markup = markup.replace(CSRF_HOLE, escape(str(context["csrf_token"])))
        return mark_safe(markup)


def _address(request, page):
    """What a per-address fragment is kept under, or None where the address is not one of
    a known, bounded set."""
    if request is None or request.GET:
        return None
    if isinstance(page, Page):
        return ("page", page.pk, request.path)
    match = request.resolver_match
    if match is not None and not match.args and not match.kwargs:
        return ("view", match.view_name, request.path)
    return None
