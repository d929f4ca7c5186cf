"""The demo Week of Integrity 2026 (texts in content/campaign/): five daily items dated
around the day the demo is loaded, the first three live, the last two scheduled with
Wagtail's go-live time, so that `publish_scheduled` brings them out on their day. Items go
through a review by the integrity officer before publishing (a Wagtail workflow).

The split does not depend on the hour the demo is loaded: an item whose day has come
(the first three: the day before yesterday, yesterday and today) is published at once,
dated 08:00 on its day or, for today's item loaded before 08:00, the moment of loading;
the other two are scheduled for 08:00 on the next two mornings, always in the future."""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.core.files.images import ImageFile
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import GroupApprovalTask, Task, Workflow, WorkflowPage, WorkflowTask
from wagtail.rich_text import RichText

from integrity_platform.campaigns.models import CampaignIndexPage, CampaignItemPage, CampaignPage
from integrity_platform.people import roles

from . import data
from .pages import LANGUAGE_CODES, ensure_page

LANDING = data.load("campaign/landing")
CAMPAIGN = data.load("campaign/campaign")
ITEMS = data.load("campaign/items")

# Items appear at eight in the morning, Brussels time.
PUBLISH_AT = time(8, 0)
# The workflow and its task are named in the site's main language (Dutch), like the other
# names an editor types in the administration; the texts are in the catalogue for that.
WORKFLOW = _("Week of Integrity: review by the integrity officer")
WORKFLOW_TASK = _("Approval by the integrity officer")
# What an earlier demo called them (in English), renamed when the demo is loaded again.
EARLIER_WORKFLOW = "Week of Integrity: review by the integrity officer"
EARLIER_TASK = "Integrity officer approval"
IMAGE_TITLE = _("Week of Integrity")
EARLIER_IMAGE_TITLE = "Week of Integrity"
# Wagtail's own workflow, which its migrations create in English for every site.
DEFAULT_WORKFLOW = _("Moderators approval")


def share_image():
    """The campaign's share image, titled in the main language like the rest of the media
    library (an earlier demo titled it in English)."""
    Image = get_image_model()
    title = in_main_language(IMAGE_TITLE)
    image = Image.objects.filter(title__in=[title, EARLIER_IMAGE_TITLE]).first()
    if image is None:
        with open(finders.find("img/share.png"), "rb") as file:
            image = Image(title=title, file=ImageFile(file, name="share.png"))
            image.save()
    elif image.title != title:
        image.title = title
        image.save(update_fields=["title"])
    return image


def in_main_language(text):
    with translation.override(settings.LANGUAGE_CODE):
        return str(text)


def ensure_workflow(landing_pages):
    name, task_name = in_main_language(WORKFLOW), in_main_language(WORKFLOW_TASK)
    default_name = in_main_language(DEFAULT_WORKFLOW)
    Workflow.objects.filter(name="Moderators approval").update(name=default_name)
    Task.objects.filter(name="Moderators approval").update(name=default_name)
    Workflow.objects.filter(name=EARLIER_WORKFLOW).update(name=name)
    Task.objects.filter(name=EARLIER_TASK).update(name=task_name)
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        task = GroupApprovalTask.objects.create(name=task_name)
        task.groups.set([Group.objects.get(name=roles.INTEGRITY_OFFICER)])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in landing_pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


def ensure_campaign(home, locales, dilemmas, today=None, now=None):
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    first_day = today - timedelta(days=2)
    landing = ensure_page(
        home,
        CampaignIndexPage,
        lambda lang: {
            "title": LANDING["title"][lang],
            "slug": LANDING["slug"][lang],
            "intro": LANDING["intro"][lang],
        },
        locales,
        show_in_menus=True,
    )
    ensure_workflow([landing, *(landing.get_translations())])
    campaign = ensure_page(
        landing,
        CampaignPage,
        lambda lang: {
            "title": CAMPAIGN["title"][lang],
            "slug": CAMPAIGN["slug"][lang],
            "intro": RichText(CAMPAIGN["intro"][lang]),
            "hashtag": CAMPAIGN["hashtag"][lang],
            "starts_on": first_day,
            "ends_on": first_day + timedelta(days=len(ITEMS) - 1),
        },
        locales,
    )
    image = share_image()
    for item in ITEMS:
        day = first_day + timedelta(days=item["day"] - 1)
        ensure_item(campaign, item, day, locales, dilemmas, image, today=today, now=now)
    return landing


def ensure_item(campaign, item, day, locales, dilemmas, image, today, now):
    # Whether an item is live follows its day, not the hour of loading: today's item is
    # live even when the demo is loaded at night (then dated the moment of loading, so no
    # publication date lies ahead); an item of a later day waits for 08:00 on its day.
    go_live = timezone.make_aware(datetime.combine(day, PUBLISH_AT))
    live = day <= today
    if live:
        go_live = min(go_live, now)
    for code in LANGUAGE_CODES:
        parent = campaign.get_translation_or_none(locales[code]) or campaign
        if CampaignItemPage.objects.child_of(parent).filter(slug=item["slug"][code]).exists():
            continue
        dutch = CampaignItemPage.objects.child_of(campaign).filter(slug=item["slug"]["nl"]).first()
        page = CampaignItemPage(
            title=item["title"][code],
            slug=item["slug"][code],
            day=day,
            kind=item["kind"],
            intro=item["intro"][code],
            body=item["body"][code],
            social_text=item["social"][code],
            link=dilemmas.get(item.get("dilemma")),
            share_image=image,
            locale=locales[code],
            live=False,
        )
        if dutch is not None:
            page.translation_key = dutch.translation_key
        parent.add_child(instance=page)
        if live:
            page.save_revision().publish()
            CampaignItemPage.objects.filter(pk=page.pk).update(
                first_published_at=go_live, last_published_at=go_live
            )
        else:
            # Publishing a revision whose go-live time lies ahead schedules it: the page
            # stays unpublished until publish_scheduled runs after that time.
            page.go_live_at = go_live
            page.save_revision().publish()
