"""Browsing the library: filter by theme, value and context, search the text, in the
visitor's language, never showing dilemmas kept for recruitment interviews."""

from dataclasses import dataclass, field

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from certificates.models import CodeValue
from integrity_common.page_cache import cached, default_locale

from .app_settings import app_settings
from .models import Context, DilemmaPage, Theme

LIBRARY_CONTEXTS = [choice for choice in Context.choices if choice[0] != Context.RECRUITMENT]


def names_by_key(model, locale):
    """{key: name} of a translatable tag in one language, falling back to the default
    language for a tag not translated yet. One query, whatever the number of tags, and
    none while the cache holds it (tags renew the page cache, see apps.py)."""

    def build():
        names = {}
        rows = model.objects.filter(locale__in=[default_locale(), locale])
        for key, name, locale_id in rows.values_list("key", "name", "locale_id"):
            if locale_id == locale.id or key not in names:
                names[key] = name
        return names

    return cached("tag-names", model._meta.label, locale.pk, build=build)


class LibraryFilter(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    value = forms.ChoiceField(label=_("Value of the code"), required=False)
    context = forms.ChoiceField(label=_("Context"), required=False)

    def __init__(self, *args, themes, values, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["theme"].choices = everything + list(themes.items())
        self.fields["value"].choices = everything + list(values.items())
        self.fields["context"].choices = everything + LIBRARY_CONTEXTS


@dataclass
class Library:
    form: LibraryFilter
    page: object
    themes: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)
    is_filtered: bool = False


def learner_dilemmas(locale):
    return DilemmaPage.objects.live().filter(locale=locale, for_recruitment=False)


def browse(index_page, request):
    locale = index_page.locale
    themes = names_by_key(Theme, locale)
    values = names_by_key(CodeValue, locale)
    form = LibraryFilter(request.GET or None, themes=themes, values=values)
    dilemmas = learner_dilemmas(locale).child_of(index_page)
    query = ""
    if form.is_valid():
        data = form.cleaned_data
        query = data["q"].strip()
        if data["theme"]:
            dilemmas = dilemmas.filter(themes__key=data["theme"])
        if data["value"]:
            dilemmas = dilemmas.filter(values__key=data["value"])
        if data["context"]:
            dilemmas = dilemmas.filter(context=data["context"])
    if query:
        # Searched within the learners' dilemmas of this language only, so recruitment
        # dilemmas never reach the results; tag filters then apply to the matches.
        found = learner_dilemmas(locale).child_of(index_page).search(query)
        dilemmas = dilemmas.filter(pk__in=[page.pk for page in found])
    dilemmas = dilemmas.distinct().order_by("path")
    results = Paginator(dilemmas, app_settings.LIBRARY_PAGE_SIZE).get_page(request.GET.get("page"))
    tag_pages(list(results), locale, themes)
    return Library(
        form=form,
        page=results,
        themes=themes,
        values=values,
        is_filtered=form.is_valid() and any(form.cleaned_data.values()),
    )


def tag_pages(pages, locale, themes=None):
    """Give each page (dilemmas, toolbox pages) its theme and value names in `locale`: two
    queries per kind of page, whatever the number of pages."""
    names = {
        "themes": themes if themes is not None else names_by_key(Theme, locale),
        "values": names_by_key(CodeValue, locale),
    }
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, group in by_model.items():
        for tag in ("themes", "values"):
            field = model._meta.get_field(tag)
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            ids = [page.pk for page in group]

            def build(field=field, source=source, target=target, ids=ids):
                keys = {}
                for page_id, key in field.remote_field.through.objects.filter(
                    **{f"{source}__in": ids}
                ).values_list(source, f"{target}__key"):
                    keys.setdefault(page_id, []).append(key)
                return keys

            # Tags change when the pages are published, which renews the cache.
            keys = cached("page-tags", model._meta.label, tag, *ids, build=build)
            for page in group:
                setattr(
                    page,
                    f"{tag[:-1]}_names",
                    [names[tag].get(k, k) for k in keys.get(page.pk, [])],
                )
