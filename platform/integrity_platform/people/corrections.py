"""A member asks for a correction of their details on record.

What a member acknowledges carries their name and organisation as recorded here (see
CertificatesAdapter.details_on_record); they cannot type others. When the record is wrong,
this page tells their coordinators, who correct it in People -> Members (or, where the
organisation has no coordinator, the integrity officers).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.mail import EmailMessage
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from integrity_common import ratelimit
from integrity_common.links import absolute_url
from integrity_common.mail import send_later

from .roles import COORDINATOR, INTEGRITY_OFFICER
from .scoping import active_member

# A correction is rare: a few requests a day per member are plenty, and keep anyone from
# flooding their coordinators' mailboxes.
REQUESTS_PER_DAY = 3
RATE = f"{REQUESTS_PER_DAY}/d/user"


class CorrectionForm(forms.Form):
    message = forms.CharField(
        label=gettext_lazy("What should be corrected?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("For example: my family name is spelled “Peeters”."),
    )


def recipients(member):
    """The coordinators of the member's organisation; the integrity officers when it has
    none."""
    people = get_user_model().objects.filter(is_active=True, member__is_active=True)
    coordinators = people.filter(
        groups__name=COORDINATOR, member__organisation_id=member.organisation_id
    )
    return list(coordinators) or list(people.filter(groups__name=INTEGRITY_OFFICER))


@login_required
@require_http_methods(["GET", "POST"])
def ask_for_correction(request):
    member = active_member(request.user)
    if member is None:
        raise Http404
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = ""
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if ratelimit.exceeded(request, "correction", RATE):
            form.add_error(
                None,
                _(
                    "You have already sent %(count)s requests today. Your coordinator has "
                    "them; please wait for their answer."
                )
                % {"count": REQUESTS_PER_DAY},
            )
        else:
            _send(member, form.cleaned_data["message"])
            ratelimit.allow(request, "correction", RATE)
            messages.success(
                request,
                _("Your request is sent to your coordinator. You will hear from them."),
            )
            return redirect(back or "/")
    return render(
        request,
        "people/correction.html",
        {"form": form, "member": member, "back": back},
    )


def _send(member, text):
    user = member.user
    edit_url = absolute_url(reverse("members:edit", args=[member.pk]))
    for recipient in recipients(member):
        with translation.override(recipient.preferred_language):
            send_later(
                EmailMessage(
                    _("%(name)s asks for a correction of their details") % {"name": user},
                    _(
                        "%(name)s (%(email)s, %(organisation)s) asks for a correction of "
                        "their details on record, which their acknowledgement of the ethics "
                        "code carries:\n\n%(message)s\n\nCorrect them here: %(url)s"
                    )
                    % {
                        "name": user.get_full_name() or user.email,
                        "email": user.email,
                        "organisation": member.organisation.name,
                        "message": text,
                        "url": edit_url,
                    },
                    to=[recipient.email],
                    reply_to=[user.email],
                )
            )
