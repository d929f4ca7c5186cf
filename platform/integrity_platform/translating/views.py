"""The translation status in the admin: per language, which translations of the code,
courses, dilemmas and campaign items follow their Dutch source, which are out of date (with
what changed) and which are missing; and translators' "Mark as up to date"."""

from collections import Counter

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import po
from .status import OUT_OF_DATE, UP_TO_DATE, follow, source_of, status_of, translations, with_status

STATUS_LABELS = {UP_TO_DATE: _("Up to date"), OUT_OF_DATE: _("Out of date")}


def may_translate(user):
    return PagePermissionPolicy().user_has_any_permission(user, {"change", "publish"})


def changes_url(row):
    """Where a translator sees what changed in the source since the translation followed it:
    Wagtail's comparison of the two revisions, or the source's history."""
    if row["followed_revision"] and row["source_revision"]:
        return reverse(
            "wagtailadmin_pages:revisions_compare",
            args=(row["source_id"], row["followed_revision"], row["source_revision"]),
        )
    return reverse("wagtailadmin_pages:history", args=(row["source_id"],))


class StatusView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translating/status.html"
    page_title = _("Translation status")
    header_icon = "globe"
    per_page = 50

    def dispatch(self, request, *args, **kwargs):
        if not may_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def languages(self):
        default = Locale.get_default().language_code
        return [(code, name) for code, name in settings.LANGUAGES if code != default]

    def get_context_data(self, **kwargs):
        languages = self.languages()
        language = self.request.GET.get("language", "")
        status = self.request.GET.get("status", "")
        editable = PagePermissionPolicy().instances_user_has_permission_for(
            self.request.user, "change"
        )
        rows = with_status(translations().filter(pk__in=editable.values("pk")))
        if language in dict(languages):
            rows = rows.filter(locale__language_code=language)
        if status in STATUS_LABELS:
            rows = rows.filter(status=status)
        rows = rows.order_by("-status", "locale__language_code", "path").values(
            "pk",
            "title",
            "content_type",
            "locale__language_code",
            "status",
            "source_id",
            "followed_revision",
            "source_revision",
        )
        page = Paginator(rows, self.per_page).get_page(self.request.GET.get("p"))
        kinds = self.kinds
        for row in page:
            row["changes_url"] = changes_url(row)
            row["status_label"] = STATUS_LABELS[row["status"]]
            row["kind"] = kinds.get(row["content_type"], "")
        return super().get_context_data(
            summary=self.summary(languages),
            languages=languages,
            statuses=STATUS_LABELS.items(),
            language=language,
            status=status,
            rows=page,
            **kwargs,
        )

    @cached_property
    def kinds(self):
        """{content type id: verbose name} of the page types, for both tables (one query)."""
        return {
            ct.pk: ct.model_class()._meta.verbose_name if ct.model_class() else ct.model
            for ct in ContentType.objects.filter(
                pk__in=Page.objects.values("content_type").distinct()
            )
        }

    def summary(self, languages):
        """Per kind of page and language: up to date, out of date, missing (three queries,
        however many pages)."""
        default = Locale.get_default()
        sources = dict(
            Page.objects.filter(locale=default, depth__gt=2)
            .order_by()
            .values_list("content_type")
            .annotate(n=Count("pk"))
        )
        counts = Counter()
        for kind, code, status, n in (
            with_status(translations().filter(depth__gt=2))
            .order_by()
            .values_list("content_type", "locale__language_code", "status")
            .annotate(n=Count("pk"))
        ):
            counts[kind, code, status] += n
        kinds = self.kinds
        table = []
        for kind, total in sorted(sources.items(), key=lambda item: str(kinds.get(item[0]))):
            cells = []
            for code, _name in languages:
                up, out = counts[kind, code, UP_TO_DATE], counts[kind, code, OUT_OF_DATE]
                cells.append({"up": up, "out": out, "missing": max(total - up - out, 0)})
            table.append({"kind": kinds.get(kind), "total": total, "cells": cells})
        return table


class MarkUpToDateView(View):
    """A translator's "Mark as up to date": the source's change needed no new wording."""

    def post(self, request, pk):
        page = get_object_or_404(Page, pk=pk)
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        source = source_of(page)
        if source is None or status_of(page) is None:
            raise Http404
        follow(page, source, request.user)
        messages.success(request, _("“%(title)s” is marked as up to date.") % {"title": page.title})
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("translation_status")
        return redirect(back)


def translation_for_editor(request, pk):
    """The latest version (draft included) of a translation `request.user` may edit."""
    page = get_object_or_404(Page, pk=pk)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if source_of(page) is None:
        raise Http404
    return page.get_latest_revision_as_object() if page.latest_revision_id else page.specific


class DownloadView(View):
    """The translation's texts beside the Dutch originals, as a PO file to translate offline."""

    def get(self, request, pk):
        page = translation_for_editor(request, pk)
        response = HttpResponse(
            po.export(page), content_type="text/x-gettext-translation; charset=utf-8"
        )
        name = f"{page.slug}-{page.locale.language_code}.po"
        response["Content-Disposition"] = content_disposition_header(True, name)
        return response


class UploadForm(forms.Form):
    MAX_BYTES = 2 * 1024 * 1024

    file = forms.FileField(
        label=_("Translated PO file"),
        help_text=_("The file downloaded for this translation, with its texts translated."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise ValidationError(_("The file is larger than 2 MB: is it the right one?"))
        try:
            return upload.read().decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(_("The file is not in UTF-8, as PO files are.")) from None


class UploadView(WagtailAdminTemplateMixin, TemplateView):
    """A translated PO file back into the page, as a draft an editor reviews and publishes."""

    template_name = "translating/upload.html"
    page_title = _("Upload a translation")
    header_icon = "upload"

    def dispatch(self, request, pk, *args, **kwargs):
        self.translation = translation_for_editor(request, pk)
        return super().dispatch(request, pk, *args, **kwargs)

    def get_page_subtitle(self):
        return self.translation.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("translation_status"), "label": _("Translation status")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, form=None, **kwargs):
        return super().get_context_data(
            form=form or UploadForm(), translation=self.translation, **kwargs
        )

    def post(self, request, pk):
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        page = self.translation
        try:
            changed = po.read(page, form.cleaned_data["file"])
            if changed:
                page.full_clean()
        except po.FileError as error:
            form.add_error("file", FILE_ERRORS[str(error)])
            return self.render_to_response(self.get_context_data(form=form))
        except ValidationError as error:
            form.add_error(
                "file",
                _("The translated page would not be valid: %(errors)s")
                % {"errors": "; ".join(error.messages)},
            )
            return self.render_to_response(self.get_context_data(form=form))
        if not changed:
            messages.info(request, _("Nothing changed: the file holds the texts the page has."))
            return redirect("wagtailadmin_pages:edit", page.pk)
        page.save_revision(user=request.user, log_action=True)
        messages.success(
            request,
            ngettext(
                "%(count)s text was saved in a draft of this translation. Review it and publish.",
                "%(count)s texts were saved in a draft of this translation. Review it and publish.",
                changed,
            )
            % {"count": changed},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)


FILE_ERRORS = {
    "unreadable": _(
        "This is not a PO file that can be read. Upload the file downloaded for this translation."
    ),
    "another page": _(
        "This file belongs to another page or language: download this translation's own file."
    ),
}
