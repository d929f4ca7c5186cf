from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import ProfileForm
from .two_step import has_two_step

# Where to continue once two-step verification is set up (the staff page that was asked).
TWO_STEP_NEXT = "accounts_two_step_next"


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        with translation.override(user.preferred_language):
            messages.success(request, _("Your profile has been saved."))
            return redirect(reverse("accounts:profile"))
    member = getattr(request.user, "member", None)
    return render(request, "accounts/profile.html", {"form": form, "member": member})


@login_required
@require_http_methods(["GET"])
def two_step_required(request):
    """Why the admin asks for two-step verification, and the ways to set it up."""
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("wagtailadmin_home")
    if has_two_step(request.user):
        return redirect(target)
    request.session[TWO_STEP_NEXT] = target
    return render(request, "accounts/two_step_required.html")
