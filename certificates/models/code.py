"""The ethics code as Wagtail content, and the versions of it that people acknowledge.

Publishing the code page records its version: label, effective date, whether the change is
material (everyone acknowledges again) or minor, and, per language, the exact text with its
SHA-256. A published text never changes under the same label; a change needs a new label.
"""

import hashlib
import re
from html import unescape

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from integrity_common.kept_pages import KeptPageMixin
from integrity_common.languages import language_choices

from ..blocks import ValueBlock


class CodeValue(TranslatableMixin, models.Model):
    """A value of the code (collegiality, service, ...); courses and dilemmas tag with it."""

    key = models.SlugField(
        _("key"), max_length=40, help_text=_("The same in every language, e.g. integrity.")
    )
    name = models.CharField(_("name"), max_length=80)
    # A paragraph: the code's mottos run to several sentences.
    motto = models.TextField(_("motto"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("key"), FieldPanel("name"), FieldPanel("motto"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("value of the code")
        verbose_name_plural = _("values of the code")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("key", "locale")]

    def __str__(self):
        return self.name


class Change(models.TextChoices):
    MATERIAL = "material", _("Material: everyone acknowledges the code again")
    MINOR = "minor", _("Minor: earlier acknowledgements stay current")


def normalise(text):
    """Plain text with one space between words and one blank line between paragraphs, so
    that the checksum depends on the words only, not on HTML or editor whitespace."""
    text = unescape(strip_tags(re.sub(r"</(p|li|h\d)>|<br\s*/?>", "\n", text)))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


TEXT_FEATURES = ["bold", "italic", "ul", "ol", "link"]
# The code's numbered sections ("1.1. Toepassingsgebied ...") are headings in its text.
SECTION_FEATURES = ["h2", "h3", *TEXT_FEATURES]


def compose_text(title, sections, values, statements):
    """The text people acknowledge, as frozen and checksummed: the title, the sections
    (rich text), each value as "name: motto", the sentence before its rules and its rules
    ("- ..."), then the acknowledgement statements; parts one blank line apart.

    `values` holds (name, motto, lead_in, rules) per value. Pages compose their text here,
    and so may anything that needs the text of a version no page holds any more."""
    parts = [title, *(normalise(section) for section in sections)]
    for name, motto, lead_in, rules in values:
        parts += [f"{name}: {motto}", " ".join(lead_in.split())]
        parts.extend(f"- {' '.join(rule.split())}" for rule in rules)
    parts += [statement.strip() for statement in statements]
    return "\n\n".join(part for part in parts if part)


class EthicsCodePage(KeptPageMixin, Page):
    version_label = models.CharField(
        _("version"),
        max_length=20,
        help_text=_("For example 2026.1. Publish a change under a new label."),
    )
    effective_date = models.DateField(_("effective from"), default=timezone.localdate)
    change = models.CharField(
        _("kind of change"), max_length=10, choices=Change.choices, default=Change.MATERIAL
    )
    intro = RichTextField(_("introduction"), features=SECTION_FEATURES)
    scope = RichTextField(_("scope: who signs, who takes note"), features=SECTION_FEATURES)
    # The sections between the scope and the rules (who the team is, its vision, mission
    # and values): part of the text acknowledged, so blank adds nothing to older texts.
    background = RichTextField(
        _("context, vision, mission and values"), blank=True, features=SECTION_FEATURES
    )
    values = StreamField([("value", ValueBlock())], verbose_name=_("values and rules"))
    agreement_text = models.TextField(
        _("text signed for agreement"),
        help_text=_("Use {name} and {employer} where the signer's details go."),
    )
    receipt_text = models.TextField(
        _("text acknowledged for information"),
        help_text=_("For delegation members on a work visit. Use {name} and {visit}."),
    )
    partner_text = models.TextField(
        _("text for partner organisations"),
        help_text=_("Use {name} and {organisation}."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("version_label"), FieldPanel("effective_date")]),
                FieldPanel("change"),
            ],
            heading=_("Version"),
        ),
        FieldPanel("intro"),
        FieldPanel("scope"),
        FieldPanel("background"),
        FieldPanel("values"),
        MultiFieldPanel(
            [FieldPanel("agreement_text"), FieldPanel("receipt_text"), FieldPanel("partner_text")],
            heading=_("Acknowledgement texts"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("scope"),
        index.SearchField("background"),
    ]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ethics code")

    def plain_text(self):
        """The text people acknowledge, as frozen and checksummed for each version."""
        values = []
        for block in self.values:
            chosen = block.value["value"]
            value = chosen.get_translation_or_none(self.locale) or chosen
            values.append(
                (value.name, value.motto, block.value.get("lead_in") or "", block.value["rules"])
            )
        return compose_text(
            self.title,
            [self.intro, self.scope, self.background],
            values,
            [self.agreement_text, self.receipt_text, self.partner_text],
        )

    def clean(self):
        super().clean()
        published = CodeVersionText.objects.filter(
            version__code_key=self.translation_key,
            version__label=self.version_label,
            language=self.locale.language_code if self.locale_id else None,
        ).first()
        if published and published.checksum != checksum(self.plain_text()):
            raise ValidationError(
                {
                    "version_label": _(
                        "Version %(label)s is already published with other text. Give this "
                        "change a new version label; a minor change keeps earlier "
                        "acknowledgements current."
                    )
                    % {"label": self.version_label}
                }
            )


def checksum(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Per language, in the versions list.
PUBLISHED, MISSING = _("published"), _("missing")


class CodeVersion(models.Model):
    code_key = models.UUIDField(_("code"), db_index=True, editable=False)
    label = models.CharField(_("version"), max_length=20)
    effective_date = models.DateField(_("effective from"))
    change = models.CharField(_("kind of change"), max_length=10, choices=Change.choices)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    class Meta:
        verbose_name = _("version of the code")
        verbose_name_plural = _("versions of the code")
        ordering = ["-effective_date", "-published_at"]
        constraints = [
            models.UniqueConstraint(fields=["code_key", "label"], name="one_version_per_label")
        ]

    def __str__(self):
        return self.label

    @property
    def is_material(self):
        """Whether everyone who signed an earlier version acknowledges the code again."""
        return self.change == Change.MATERIAL

    def languages_published(self):
        """Per language, published or still missing: for the versions list (prefetch
        "texts" there, so that a long list stays one query)."""
        published = {text.language for text in self.texts.all()}
        return "; ".join(
            f"{name}: {PUBLISHED if code in published else MISSING}"
            for code, name in settings.LANGUAGES
        )

    languages_published.short_description = _("languages")


class CodeVersionText(models.Model):
    """The exact text of one version in one language, frozen when first published."""

    version = models.ForeignKey(CodeVersion, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=8, choices=language_choices)
    text = models.TextField(_("text"))
    checksum = models.CharField(_("SHA-256"), max_length=64)
    page = models.ForeignKey(EthicsCodePage, on_delete=models.SET_NULL, null=True, related_name="+")
    published_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("text of a version")
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="one_text_per_language")
        ]

    def __str__(self):
        return f"{self.version} ({self.language})"
