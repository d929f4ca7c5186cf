from urllib.parse import urlencode

from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.log_actions import LogFormatter

from integrity_common.next_steps import NextStep

from .adapter import get_adapter
from .models import CodeVersion, EthicsCodePage
from .versions import languages_of
from .viewsets.acknowledgements import AcknowledgementViewSet
from .viewsets.code import CodeValueViewSet, CodeVersionViewSet


class EthicsCodeGroup(ViewSetGroup):
    menu_label = _("Ethics code")
    menu_icon = "doc-full"
    menu_order = 220
    items = (
        AcknowledgementViewSet(name="acknowledgements"),
        CodeValueViewSet(),
        CodeVersionViewSet(name="code_versions"),
    )


@hooks.register("register_admin_viewset")
def register_ethics_code():
    return EthicsCodeGroup()


@hooks.register("register_next_steps")
def acknowledgement_next_steps(request):
    """One step for each acknowledgement the person is asked for: the first one, a new
    review year, each work visit. Nothing while onboarding comes first (the course is the
    step then)."""
    user = request.user
    if not user.is_authenticated:
        return []
    adapter = get_adapter()
    dues = adapter.acknowledgements_due(user)
    if not dues or adapter.unfinished_before_acknowledging(user):
        return []
    base = reverse("certificates:acknowledge")
    return [
        NextStep(
            title=_("Acknowledge the ethics code"),
            text=(
                _("For: %(reason)s") % {"reason": due.label}
                if due.label
                else _("Read the ethics code in your language and acknowledge it.")
            ),
            url=f"{base}?{urlencode({'for': due.period})}" if due.period else base,
            action=_("Read and acknowledge the code"),
        )
        for due in dues
    ]


class AcknowledgementAction(LogFormatter):
    """An action on an acknowledgement, with its reason: Wagtail shows no comment column
    in the history of models without revisions, so the reason is part of the message."""

    def format_message(self, log_entry):
        reason = (log_entry.data or {}).get("reason")
        if not reason:
            return self.message
        return _("%(action)s. Reason: %(reason)s") % {"action": self.message, "reason": reason}


class NoteChanged(LogFormatter):
    label = _("Change the note")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Note on how it was obtained changed from “%(before)s” to “%(after)s”") % {
            "before": data.get("before", ""),
            "after": data.get("after", ""),
        }


class Issued(AcknowledgementAction):
    label = _("Issue")
    message = _("Acknowledgement issued")


class Revoked(AcknowledgementAction):
    label = _("Revoke")
    message = _("Acknowledgement revoked")


class Reissued(AcknowledgementAction):
    label = _("Re-issue")
    message = _("Acknowledgement re-issued with corrections")


@hooks.register("register_log_actions")
def register_acknowledgement_actions(actions):
    actions.register_action("certificates.issue")(Issued)
    actions.register_action("certificates.revoke")(Revoked)
    actions.register_action("certificates.reissue")(Reissued)
    actions.register_action("certificates.note")(NoteChanged)


@hooks.register("after_publish_page")
def say_which_languages_are_missing(request, page):
    """A version reaches the readers of a language only once its text in that language is
    published: tell the editor which languages still wait for a translation."""
    if not isinstance(page, EthicsCodePage):
        return
    version = CodeVersion.objects.filter(
        code_key=page.translation_key, label=page.version_label
    ).first()
    if version is None:
        return
    _published, missing = languages_of(version)
    if missing:
        messages.warning(
            request,
            _(
                "Version %(label)s is published in %(published)s. Still missing: "
                "%(missing)s. People who read those languages keep their current "
                "acknowledgement until you publish the translation there."
            )
            % {
                "label": version.label,
                "published": ", ".join(str(name) for _code, name in _published),
                "missing": ", ".join(str(name) for _code, name in missing),
            },
        )
