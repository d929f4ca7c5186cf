"""Browsing the practice toolbox by theme and value of the code, and what a practice case
shows beside its text: whom to ask and the pages it relates to, in the reader's language."""

from dataclasses import dataclass

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from certificates.models import CodeValue

from .adapter import get_adapter
from .app_settings import app_settings
from .library import names_by_key, tag_pages
from .models import PracticeCasePage, Theme, ToolPage


class ToolboxFilter(forms.Form):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    value = forms.ChoiceField(label=_("Value of the code"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def __init__(self, *args, themes, values, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["theme"].choices = everything + list(themes.items())
        self.fields["value"].choices = everything + list(values.items())
        self.fields["kind"].choices = everything + [
            ("case", _("Situations from practice")),
            ("tool", _("Tools")),
        ]


@dataclass
class Toolbox:
    form: ToolboxFilter
    page: object
    is_filtered: bool


def browse(index_page, request):
    locale = index_page.locale
    themes = names_by_key(Theme, locale)
    form = ToolboxFilter(request.GET or None, themes=themes, values=names_by_key(CodeValue, locale))
    kinds = {"case": PracticeCasePage, "tool": ToolPage}
    filters = {}
    if form.is_valid():
        data = form.cleaned_data
        if data["kind"]:
            kinds = {data["kind"]: kinds[data["kind"]]}
        if data["theme"]:
            filters["themes__key"] = data["theme"]
        if data["value"]:
            filters["values__key"] = data["value"]
    pages = []
    for model in kinds.values():
        pages += model.objects.live().child_of(index_page).filter(**filters).distinct()
    pages.sort(key=lambda page: page.path)
    results = Paginator(pages, app_settings.LIBRARY_PAGE_SIZE).get_page(request.GET.get("page"))
    tag_pages(list(results), locale, themes)
    return Toolbox(
        form=form,
        page=results,
        is_filtered=form.is_valid() and any(form.cleaned_data.values()),
    )


def case_context(case):
    adapter = get_adapter()
    related = []
    for block in case.related:
        page = block.value
        if page is not None:
            page = page.specific.localized
            if page.live and not getattr(page, "for_recruitment", False):
                related.append(page)
    return {
        "ask_label": dict(adapter.contact_choices()).get(case.ask, ""),
        "contacts": adapter.contacts_for(case.ask),
        "code_value": case.code_value.localized if case.code_value else None,
        "related": related,
    }
