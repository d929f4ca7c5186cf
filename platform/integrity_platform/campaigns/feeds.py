"""An Atom feed per language of the Week of Integrity items that are live: the landing
page in each language has its own, so readers follow the week in their language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from integrity_common.links import absolute_url

from .models import CampaignItemPage


class CampaignFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, landing):
        self.request = request
        return landing

    def title(self, landing):
        return landing.title

    def link(self, landing):
        return absolute_url(landing.get_url(self.request), self.request)

    def feed_url(self, landing):
        # The feed's own address (rel="self"); Django would otherwise take the request's host.
        return absolute_url(self.request.path, self.request)

    def subtitle(self, landing):
        return landing.intro

    def items(self, landing):
        return (
            CampaignItemPage.objects.live()
            .public()
            .descendant_of(landing)
            .filter(locale=landing.locale)
            .order_by("-day", "-first_published_at")[:50]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return absolute_url(item.get_url(self.request), self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
