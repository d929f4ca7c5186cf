"""Organisations in the plugins' admin lists.

Only the host knows who works for which organisation. A plugin's adapter answers three
questions for its lists (course progress, acknowledgements): which organisations this staff
member may filter by, the organisation of each row, and the rows of one organisation. The
defaults here know no organisations, so a plugin without a host shows no such filter.
"""

import django_filters
from django.db.models import Value
from django.utils.translation import gettext_lazy as _


class NoOrganisations:
    """The plugins' default adapters: a site without organisations."""

    def organisation_choices(self, user):
        """(id, name) pairs to filter lists by; empty when there are no organisations."""
        return []

    def annotate_organisation(self, queryset, user_path):
        """Add an `organisation_name` to each row without a query per row."""
        return queryset.annotate(organisation_name=Value(""))

    def filter_organisation(self, queryset, user_path, organisation_id):
        return queryset


class OrganisationFilterMixin:
    """An "Organisation" filter on a Wagtail list's FilterSet, with the organisations the
    adapter lets this user see, and none where it knows no organisations. The FilterSet
    names its plugin's `get_adapter` and the path from its rows to the person."""

    get_adapter = None
    user_path = "user"

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        adapter = type(self).get_adapter()
        choices = adapter.organisation_choices(request.user) if request else []
        if choices:
            organisation = django_filters.ChoiceFilter(
                label=_("Organisation"),
                choices=[(str(pk), name) for pk, name in choices],
                empty_label=_("All"),
                method=lambda queryset, name, value: adapter.filter_organisation(
                    queryset, self.user_path, value
                ),
            )
            organisation.parent = self
            organisation.model = self._meta.model
            self.filters["organisation"] = organisation
