from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import drawing
from .models import Kind, PartnerAcknowledgement

CONFIRM_LABELS = {
    Kind.SIGNATURE: _("I have read the ethics code and sign it for agreement."),
    Kind.RECEIPT: _("I have received and read the ethics code."),
    Kind.PARTNER: _("On behalf of my organisation, I take note of the ethics code."),
}


class SignaturePad(forms.HiddenInput):
    """A drawing area revealed by signature-pad.js; the strokes travel in a hidden input.
    Without JavaScript nothing shows and the typed signature suffices."""

    template_name = "certificates/widgets/signature_pad.html"
    is_hidden = False  # rendered among the visible fields, below the typed signature

    class Media:
        js = ["certificates/signature-pad.js"]


class AcknowledgementForm(forms.Form):
    kind = None
    full_name = forms.CharField(label=_("Full name (first and last name)"), max_length=200)
    confirm = forms.BooleanField(label="", required=True)

    def __init__(self, *args, fixed=(), on_record=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].label = CONFIRM_LABELS[self.kind]
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.order_fields([name for name in self.fields if name != "confirm"] + ["confirm"])
        # What the host fills in for the person (the work visit they take note for) is
        # shown but cannot be changed: a disabled field keeps its initial value, whatever
        # is posted.
        for name in fixed:
            self.fields[name].disabled = True
        # Their details on record (name, employer, organisation) are shown as text above
        # the fields, with a way to ask for a correction (see details_on_record).
        self.on_record = [name for name in on_record if name in self.fields]
        for name in self.on_record:
            self.fields[name].disabled = True
            self.fields[name].widget = forms.HiddenInput()

    def details_on_record(self):
        """(label, value) of the details the person cannot change, for the page."""
        return [
            (self.fields[name].label, self.get_initial_for_field(self.fields[name], name))
            for name in self.on_record
        ]


class SignatureForm(AcknowledgementForm):
    kind = Kind.SIGNATURE
    employer = forms.CharField(
        label=_("Employed at"),
        max_length=200,
        help_text=_("The association's international team, or the name of your local government."),
    )
    place = forms.CharField(label=_("Place"), max_length=120)
    typed_signature = forms.CharField(
        label=_("Signature"),
        max_length=200,
        help_text=_("Type your full name as your signature."),
    )
    drawn_signature = forms.CharField(
        label=_("Drawn signature (optional)"),
        required=False,
        widget=SignaturePad,
        help_text=_(
            "Draw with a mouse, a finger or a pen if you like. It is not needed: the name you "
            "typed is your signature."
        ),
    )

    def clean_drawn_signature(self):
        path = self.cleaned_data["drawn_signature"]
        if path and drawing.strokes(path) is None:
            raise forms.ValidationError(
                _("The drawing could not be read. Clear it and draw again.")
            )
        return path

    def clean(self):
        cleaned = super().clean()
        name, signature = cleaned.get("full_name"), cleaned.get("typed_signature")
        if (
            name
            and signature
            and " ".join(name.split()).casefold() != " ".join(signature.split()).casefold()
        ):
            self.add_error("typed_signature", _("Type exactly the full name given above."))
        return cleaned

    def extra_fields(self):
        return {
            "employer": self.cleaned_data["employer"],
            "place": self.cleaned_data["place"],
            "signed_on": timezone.localdate(),
            "typed_signature": self.cleaned_data["typed_signature"],
            "drawn_signature": self.cleaned_data.get("drawn_signature", ""),
        }

    def statement_values(self):
        return {"employer": self.cleaned_data["employer"]}


class ReceiptForm(AcknowledgementForm):
    kind = Kind.RECEIPT
    visit = forms.CharField(label=_("Work visit"), max_length=200)
    visit_start = forms.DateField(
        label=_("First day"), widget=forms.DateInput(attrs={"type": "date"})
    )
    visit_end = forms.DateField(label=_("Last day"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("visit_start"), cleaned.get("visit_end")
        if start and end and end < start:
            self.add_error("visit_end", _("The last day cannot be before the first day."))
        return cleaned

    def extra_fields(self):
        return {name: self.cleaned_data[name] for name in ("visit", "visit_start", "visit_end")}

    def statement_values(self):
        return {"visit": self.cleaned_data["visit"]}


class PartnerForm(AcknowledgementForm):
    kind = Kind.PARTNER
    organisation = forms.CharField(label=_("Partner organisation"), max_length=200)
    commitment = forms.ChoiceField(
        label=_("The organisation commits"),
        choices=[
            (value, label)
            for value, label in PartnerAcknowledgement.Commitment.choices
            if value != PartnerAcknowledgement.Commitment.SHARE
        ],
        widget=forms.RadioSelect,
    )

    def extra_fields(self):
        return {name: self.cleaned_data[name] for name in ("organisation", "commitment")}

    def statement_values(self):
        return {"organisation": self.cleaned_data["organisation"]}


FORMS = {form.kind: form for form in (SignatureForm, ReceiptForm, PartnerForm)}


class OnBehalfMixin(forms.Form):
    """What the integrity officer adds when recording or re-issuing an acknowledgement on
    someone's behalf: how it was obtained and the date it was acknowledged (a paper
    signature of last year counts for last year)."""

    acknowledged_on = forms.DateField(
        label=_("Date acknowledged"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("As on the paper, the email or the minutes of the meeting."),
    )
    recorded_note = forms.CharField(
        label=_("How it was obtained"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("On paper, by email, at a meeting… Kept with the acknowledgement."),
    )
    officer_reason = forms.CharField(
        label=_("Why the details differ from the person's record"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Only when the name, employer or organisation is not the one on record. Kept "
            "with the acknowledgement and in its history."
        ),
    )

    def __init__(self, *args, person_on_record, **kwargs):
        """`person_on_record`: the person's details as the site records them (the
        adapter's details_on_record), which the acknowledgement carries unless a reason
        is given."""
        super().__init__(*args, **kwargs)
        self.person_on_record = person_on_record
        self.fields["confirm"].label = _(
            "I confirm that this person acknowledged the code as recorded here."
        )
        if self.kind == Kind.SIGNATURE:
            self.fields["acknowledged_on"].label = _("Date signed")
        # A signature obtained on paper stays on paper; the officer does not draw one.
        self.fields.pop("drawn_signature", None)

    def clean(self):
        cleaned = super().clean()
        record = self.person_on_record
        different = [
            name
            for name in ("full_name", "employer", "organisation")
            if name in record and name in cleaned and cleaned[name] != record[name]
        ]
        if different and not cleaned.get("officer_reason"):
            self.add_error(
                "officer_reason",
                _("These details differ from the person's record (%(details)s): say why.")
                % {"details": ", ".join(str(self.fields[name].label) for name in different)},
            )
        return cleaned

    def clean_acknowledged_on(self):
        day = self.cleaned_data["acknowledged_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."))
        return day

    def extra_fields(self):
        fields = super().extra_fields()
        fields["acknowledged_on"] = self.cleaned_data["acknowledged_on"]
        if "signed_on" in fields:
            fields["signed_on"] = self.cleaned_data["acknowledged_on"]
        return fields


ON_BEHALF_FORMS = {
    kind: type(f"{form.__name__}OnBehalf", (OnBehalfMixin, form), {})
    for kind, form in FORMS.items()
}


class ReissueMixin(OnBehalfMixin):
    """A re-issue corrects details: the reason is always asked, and kept with the new
    acknowledgement, in the original's revocation and in the history."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reason = self.fields["officer_reason"]
        reason.required = True
        reason.label = _("Reason for re-issuing")
        reason.help_text = _("What was wrong. Kept with both acknowledgements and in the history.")
        # How it was obtained stays as it was, unless the officer changes it.
        self.fields["recorded_note"].required = False


REISSUE_FORMS = {
    kind: type(f"{form.__name__}Reissue", (ReissueMixin, form), {}) for kind, form in FORMS.items()
}
