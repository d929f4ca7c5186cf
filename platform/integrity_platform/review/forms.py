import re
import unicodedata

from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import REVIEWED_ROLES, Answer, ReviewSession
from .scoping import cycles_for


class SessionForm(WagtailAdminModelForm):
    """Scheduling a session, for a cycle of an organisation the user runs reviews for."""

    # A meeting link typed without its scheme is https.
    online_link = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")

    class Meta:
        model = ReviewSession
        fields = ["cycle", "starts_at", "duration_minutes", "place", "online_link", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and translation.get_language() in dict(settings.LANGUAGES):
            # Most meetings are held in the language of whoever schedules them.
            self.initial["language"] = translation.get_language()
        year = timezone.localdate().year
        cycles = cycles_for(self.for_user).filter(year__gte=year - 1)
        self.fields["cycle"].queryset = cycles.select_related("organisation")
        self.fields["cycle"].label = _("Review of")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("place") and not cleaned.get("online_link"):
            raise forms.ValidationError(_("Give a place, an online link, or both."))
        return cleaned


class AttendanceForm(forms.Form):
    present = forms.ModelMultipleChoiceField(
        label=_("Present"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].queryset = (
            session.cycle.organisation.members.filter(
                is_active=True, programme_role__in=REVIEWED_ROLES
            )
            .select_related("user")
            .order_by("user__last_name", "user__first_name")
        )
        self.fields["present"].label_from_instance = lambda member: member.user.get_full_name()


# Titles written before a surname in the platform's four languages (and academic ones):
# "Mevrouw Dubois" names Claire Dubois as surely as her full name does. A dot after any
# abbreviation is optional ("Mevr." and "Mevr"); a space inside one is any space.
HONORIFICS = (
    # Dutch
    "mevrouw", "mevr", "mw", "juffrouw", "meneer", "mijnheer", "de heer", "heer", "dhr",
    # French
    "madame", "mme", "mademoiselle", "mlle", "monsieur", "m", "maître",
    # English
    "mrs", "mr", "ms", "miss", "mx", "sir", "madam",
    # Spanish
    "señora", "señorita", "señor", "sra", "srta", "sr", "doña", "don", "dña",
    # Titles
    "dr", "prof", "ir", "drs",
)  # fmt: skip


def _words(text):
    """A name as a pattern that allows any spacing between its words."""
    return r"\s+".join(re.escape(word) for word in unicodedata.normalize("NFC", text).split())


def naming(user):
    """A pattern that finds a person named in a note: their full name, or their surname
    after a title, as a whole word in any case."""
    ways = [_words(user.get_full_name())]
    if user.last_name.strip():
        titles = "|".join(_words(title) for title in sorted(HONORIFICS, key=len, reverse=True))
        ways.append(rf"(?:{titles})\.?\s+{_words(user.last_name)}")
    return re.compile(rf"(?<!\w)(?:{'|'.join(ways)})(?!\w)", flags=re.IGNORECASE)


class MinutesForm(forms.ModelForm):
    """The minutes count in the yearly moral report: yes or no per standing question, and
    notes that describe without naming anyone. Names of the organisation's members are
    refused."""

    proposals = forms.CharField(
        label=_("Proposals for changes to the code"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One proposal per paragraph (leave an empty line between them)."),
    )

    class Meta:
        model = ReviewSession
        fields = ["violations_discussed", "violations_note", "changes_needed", "changes_note"]
        widgets = {
            "violations_discussed": forms.RadioSelect(choices=Answer.choices),
            "changes_needed": forms.RadioSelect(choices=Answer.choices),
            "violations_note": forms.Textarea(attrs={"rows": 3}),
            "changes_note": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "violations_note": _(
                "Do not name people. Describe what was discussed and how it is followed up."
            ),
            "changes_note": _("Do not name people."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("violations_discussed", "changes_needed"):
            self.fields[name].required = True
            self.fields[name].choices = Answer.choices
        members = self.instance.cycle.organisation.members.select_related("user")
        self.names = [
            (member.user.get_full_name(), naming(member.user))
            for member in members
            if member.user.get_full_name()
        ]

    def _refuse_names(self, field):
        text = unicodedata.normalize("NFC", self.cleaned_data.get(field, ""))
        for name, pattern in self.names:
            if pattern.search(text):
                raise forms.ValidationError(
                    _("This note names %(name)s. Describe what happened without naming anyone.")
                    % {"name": name}
                )
        return text

    def clean_violations_note(self):
        return self._refuse_names("violations_note")

    def clean_changes_note(self):
        return self._refuse_names("changes_note")

    def clean_proposals(self):
        return self._refuse_names("proposals")

    def proposal_texts(self):
        text = self.cleaned_data.get("proposals", "")
        return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
