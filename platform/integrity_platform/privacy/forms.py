from django import forms
from django.utils.translation import gettext_lazy as _


class ErasureForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Kept in the site history, e.g. “request of the person, 12 March”. Do not name "
            "the person: the record of the erasure holds no personal data."
        ),
        error_messages={"required": _("Give the reason for erasing this person.")},
    )

    def __init__(self, *args, identifiers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.identifiers = identifiers

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if any(identifier.lower() in reason.lower() for identifier in self.identifiers):
            raise forms.ValidationError(
                _("The reason names the person; describe it without their name or email.")
            )
        return reason
