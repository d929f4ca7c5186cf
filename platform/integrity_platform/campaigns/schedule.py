"""Which campaign the landing page shows: the one running today, else the next one
(with a countdown), and the past ones."""

from django.utils import timezone

from .models import CampaignPage


def landing(index_page, today=None):
    today = today or timezone.localdate()
    campaigns = list(
        CampaignPage.objects.live().public().child_of(index_page).order_by("starts_on")
    )
    current = next((c for c in campaigns if c.starts_on <= today <= c.ends_on), None)
    upcoming = next((c for c in campaigns if c.starts_on > today), None)
    return {
        "current": current,
        "day_number": (today - current.starts_on).days + 1 if current else None,
        "day_count": (current.ends_on - current.starts_on).days + 1 if current else None,
        "current_items": list(current.live_items()) if current else [],
        "upcoming": upcoming if current is None else None,
        "days_to_go": (upcoming.starts_on - today).days if upcoming else None,
        "past": [c for c in campaigns if c.ends_on < today][::-1],
    }
