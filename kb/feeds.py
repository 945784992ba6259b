from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from kb.models import NewsIndexPage, NewsPage

FEED_ITEMS = 30


class NewsFeed(Feed):
    """Atom feed of the news the logged-in user may see (the feed is behind login too)."""

    feed_type = Atom1Feed
    title = "Callpath team news"
    subtitle = "Announcements, shift and cover, campaigns, recognition and policy updates."

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return NewsIndexPage.objects.live().first()

    def link(self, index):
        return index.url if index else "/news/"

    def items(self, index):
        return (
            NewsPage.objects.live()
            .visible_to(self.request.user)
            .order_by("-date", "-pk")
            .select_related("owner")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return f"[Must read] {item.title}" if item.must_read else item.title

    def item_description(self, item):
        # Atom declares the summary as HTML, so feed readers render it: the plain-text
        # summary is escaped, or markup typed into it would reach readers as markup.
        return escape(item.summary)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at or timezone.make_aware(
            datetime.combine(item.date, time(9, 0))
        )

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return item.owner.get_full_name() if item.owner else None

    def item_categories(self, item):
        return [item.get_category_display()]
