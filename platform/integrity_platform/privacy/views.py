"""My data (a member's own copy) and, in the admin, erasing a person."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from certificates.models import Acknowledgement
from integrity_common.dates import date_format
from integrity_platform.people.scoping import members_managed_by

from .erasure import erase_person, identifiers_of
from .forms import ErasureForm
from .models import ERASE_PERMISSION, Departure
from .my_data import archive_of
from .retention import acknowledgements_kept_until


@login_required
def my_data(request):
    return render(request, "privacy/my_data.html")


@never_cache
@login_required
def download(request):
    response = HttpResponse(archive_of(request.user), content_type="application/zip")
    # Translators: a file name: lowercase, words joined by hyphens.
    filename = _("my-data-%(date)s") % {"date": f"{timezone.localdate():%Y-%m-%d}"}
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.zip")
    return response


class EraseView(WagtailAdminTemplateMixin, FormView):
    """The integrity officer erases a member: a confirmation page that says what goes and
    what stays, and a reason that the site history keeps."""

    form_class = ErasureForm
    template_name = "privacy/admin/erase.html"
    page_title = gettext_lazy("Erase personal data")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(ERASE_PERMISSION):
            raise PermissionDenied
        self.member = get_object_or_404(
            members_managed_by(request.user).select_related("user", "organisation"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.member)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self._members_url(), "label": gettext_lazy("Members")},
            {"url": "", "label": self.page_title, "sublabel": str(self.member)},
        ]

    def _members_url(self):
        return reverse("members:index")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "identifiers": identifiers_of(self.member.user)}

    def get_context_data(self, **kwargs):
        departure = Departure.objects.filter(user=self.member.user).first()
        left_on = departure.left_on if departure else timezone.localdate()
        return super().get_context_data(
            member=self.member,
            acknowledgement_count=Acknowledgement.objects.filter(user=self.member.user).count(),
            kept_until=acknowledgements_kept_until(left_on),
            **kwargs,
        )

    def form_valid(self, form):
        context = self.get_context_data()
        erasure = erase_person(
            self.member.user, by=self.request.user, reason=form.cleaned_data["reason"]
        )
        count = context["acknowledgement_count"]
        message = _("The person's data has been erased; they are now %(pseudonym)s.") % {
            "pseudonym": erasure.pseudonym
        }
        if count:
            message += " " + ngettext(
                "Their signed acknowledgement is kept as evidence until %(date)s.",
                "Their %(count)s signed acknowledgements are kept as evidence until %(date)s.",
                count,
            ) % {"count": count, "date": date_format(context["kept_until"])}
        messages.success(self.request, message)
        return redirect(self._members_url())
