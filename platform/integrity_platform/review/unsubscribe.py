"""Whether a member gets the review reminders by email: switched off from the link in every
reminder, without signing in, or on their profile page, where it is switched back on.

The link carries a signed token (django.core.signing) naming the account; it is the only
authority the page asks for. Mail clients that offer "unsubscribe" post to the same address
in one click (RFC 8058) with no cookie and no CSRF token, so the view is exempt from CSRF:
a forged request would need the token, which only the member's mailbox holds. Posting it
twice, or anyone replaying it, switches off what is already off."""

from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from integrity_common.links import absolute_url
from integrity_platform.people.models import Member
from integrity_platform.people.scoping import active_member

SALT = "integrity_platform.review.unsubscribe"
# Long enough for a reminder read months later; a member with an older one switches the
# reminders off on their profile page, which the expired link's page points to.
LINK_VALID_DAYS = 180
INVALID = gettext_lazy("This link is not valid. Use the link in your latest reminder email.")


def unsubscribe_url(user):
    """The address in `user`'s reminders that stops them, in their language."""
    token = signing.dumps(user.pk, salt=SALT)
    with translation.override(user.preferred_language):
        return absolute_url(reverse("review:unsubscribe", args=[token]))


@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET asks (a link preview or a mail scanner must not switch anything off); POST, from
    the page's button or a mail client's one click, switches the reminders off."""
    member, problem = _member_of(token)
    if member is None:
        return render(request, "review/unsubscribe.html", {"problem": problem}, status=400)
    if request.method == "POST":
        Member.objects.filter(pk=member.pk).update(review_reminders=False)
        return render(request, "review/unsubscribe.html", {"stopped": True})
    return render(request, "review/unsubscribe.html", {"member": member})


def _member_of(token):
    """(the member, None) for a good token; (None, what is wrong) for any other."""
    try:
        user_pk = signing.loads(token, salt=SALT, max_age=timedelta(days=LINK_VALID_DAYS))
    except signing.SignatureExpired:
        return None, _(
            "This link has expired. Sign in and switch the reminders off on your profile page."
        )
    except signing.BadSignature:
        return None, INVALID
    member = Member.objects.select_related("user").filter(user_id=user_pk).first()
    return member, None if member else INVALID


class ReminderEmailsForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = ["review_reminders"]


@login_required
@require_http_methods(["GET", "POST"])
def reminder_emails(request):
    """The member's own choice, from their profile page."""
    member = active_member(request.user)
    if member is None:
        raise Http404
    form = ReminderEmailsForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "review/reminder_emails.html", {"form": form})
