from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Locale

from integrity_common.page_cache import default_locale

from .status import OUT_OF_DATE, status_of
from .views import (
    DownloadView,
    MarkUpToDateView,
    StatusView,
    UploadView,
    changes_url,
    may_translate,
)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("translation-status/", StatusView.as_view(), name="translation_status"),
        path(
            "translation-status/<int:pk>/up-to-date/",
            MarkUpToDateView.as_view(),
            name="translation_status_up_to_date",
        ),
        path("translation-status/<int:pk>/po/", DownloadView.as_view(), name="translation_po"),
        path(
            "translation-status/<int:pk>/upload/", UploadView.as_view(), name="translation_upload"
        ),
    ]


class TranslationFileButton(PageMenuItem):
    """In a translation's header menu: its texts to translate offline, and back."""

    def is_shown(self, user):
        return (
            self.page.locale_id != default_locale().pk
            and self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def translation_file_buttons(page, user, view_name, next_url=None):
    yield TranslationFileButton(
        _("Download for translation (PO)"),
        reverse("translation_po", args=(page.pk,)),
        icon_name="download",
        priority=80,
        page=page,
    )
    yield TranslationFileButton(
        _("Upload a translation (PO)"),
        reverse("translation_upload", args=(page.pk,)),
        icon_name="upload",
        priority=81,
        page=page,
    )


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_translate(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="globe", order=300
    )


@hooks.register("before_edit_page")
def warn_when_the_source_changed(request, page):
    """A translator opening an out-of-date translation learns it, with what changed."""
    if request.method != "GET":
        return None
    row = status_of(page)
    if row and row["status"] == OUT_OF_DATE:
        messages.warning(
            request,
            _(
                "The original of this page (%(language)s) has changed since this translation "
                "was brought up to date. Publishing this translation marks it as up to date."
            )
            % {"language": Locale.get_default().get_display_name()},
            buttons=[messages.button(changes_url(row), _("See what changed"))],
        )
    return None
