from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import ProfileForm


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
