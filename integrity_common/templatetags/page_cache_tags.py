from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from integrity_common.page_cache import cached

register = template.Library()


@register.simple_tag(takes_context=True)
def parent_of(context, page):
    """{title, url} of a page's parent, for breadcrumbs: from the page cache, not the two
    queries `page.get_parent` costs each time a template names it."""
    request = context.get("request")

    def build():
        parent = page.get_parent()
        return {"title": parent.title, "url": parent.get_url(request)}

    return cached("parent-link", page.pk, build=build)


@register.simple_tag(takes_context=True)
def include_block_cached(context, block, page):
    """`{% include_block block %}` for a block that reads the same for every visitor (text,
    a quote, an image, a rule of the code): rendered once per page version and language.
    Rich text resolves its links and images with queries on each render otherwise."""

    def build():
        return str(block.render_as_block(context=context.flatten()))

    return mark_safe(cached("block", page.pk, block.id, get_language(), build=build))
