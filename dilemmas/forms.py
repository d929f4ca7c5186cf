from django import forms
from django.utils.translation import gettext_lazy as _

from .models.live import CODE_LENGTH


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Session code"),
        help_text=_("The six characters on the big screen."),
        max_length=20,
        error_messages={"required": _("Type the code shown on the big screen.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    nickname = forms.CharField(
        label=_("Your nickname"),
        help_text=_("Only you see it. Your votes stay anonymous."),
        max_length=40,
        error_messages={"required": _("Choose a nickname to join as a guest.")},
    )

    def __init__(self, *args, member=False, **kwargs):
        super().__init__(*args, **kwargs)
        if member:
            # A signed-in member joins under their account, which records attendance.
            del self.fields["nickname"]

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").upper()
        if len(code) != CODE_LENGTH or not code.isalnum():
            raise forms.ValidationError(
                _("A session code has six letters and digits, such as K7M2QX.")
            )
        return code


class StartForm(forms.Form):
    playlist = forms.ModelChoiceField(
        label=_("Playlist"),
        queryset=None,
        empty_label=None,
        error_messages={"invalid_choice": _("Choose one of the playlists.")},
    )
    language = forms.ChoiceField(label=_("Language of the big screen"))
    counts_for = forms.ChoiceField(
        label=_("Counts toward"),
        required=False,
        help_text=_("Members who join are recorded as having taken part."),
    )

    def __init__(self, *args, playlists, languages, counts_for_choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["playlist"].queryset = playlists
        self.fields["language"].choices = languages
        if counts_for_choices:
            self.fields["counts_for"].choices = [("", _("Nothing"))] + list(counts_for_choices)
        else:
            del self.fields["counts_for"]
