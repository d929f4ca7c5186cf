"""Every admin view keeps to the records its list shows.

A viewset whose list is scoped (a coordinator sees their organisation's records, a
facilitator their sessions) mixes in ScopedViewSetMixin and says in `visible_to(user)` which
of its model's objects the user may reach. Wagtail builds each view of a viewset with
`construct_view` (edit, delete, inspect, history, usage, copy, revisions, ...), and so does
every custom view here that names an object; the mixin wraps each such view so that an id
outside `visible_to` is a 404 before the view runs. Wagtail's generic views otherwise look
the object up among all of its model's rows, so history and usage answered for any id.

Site history (Reports) is Wagtail's too: it shows every log entry of a model to anyone with
a permission on that model. ScopedSiteHistoryView keeps each scoped model's entries to the
objects the user may see; entries of other models (pages, versions of the code) stay as
Wagtail shows them. The host serves it at Wagtail's address (see the host's urls.py).
"""

import functools

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, Value
from django.db.models.functions import Cast
from django.http import Http404
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.log_actions import registry as log_registry

from .export import SafeSpreadsheetExportMixin

# model -> its viewset's visible_to(user), filled as the viewsets are registered.
_scopes = {}


class ScopedViewSetMixin:
    """For a ModelViewSet or SnippetViewSet: put it before the Wagtail class, define
    `visible_to(user)`, and build custom views with `self.construct_view(...)`."""

    def visible_to(self, user):
        """The objects of `self.model` that `user` may reach (a queryset)."""
        raise NotImplementedError

    def construct_view(self, view_class, **kwargs):
        return only_visible(super().construct_view(view_class, **kwargs), self.visible_to)

    def on_register(self):
        super().on_register()
        _scopes[self.model] = self.visible_to


def only_visible(view, visible_to):
    """`view`, answering 404 when its `pk` is not among `visible_to(request.user)`."""

    @functools.wraps(view)
    def scoped_view(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not visible_to(request.user).filter(pk=unquote(str(pk))).exists():
            raise Http404
        return view(request, *args, **kwargs)

    return scoped_view


def log_entries_visible_to(user, log_model):
    """The entries of `log_model` Site history shows `user`: Wagtail's (by permission on the
    model), with each scoped model's entries kept to the objects `user` may see. Someone who
    sees every object of a model (the integrity officer) keeps every entry of it, those of
    deleted objects included; for anyone else a deleted object's entries are gone, as nothing
    says any longer whose it was."""
    entries = log_model.objects.viewable_by_user(user)
    for model, visible_to in _scopes.items():
        if log_registry.get_log_model_for_model(model) is not log_model:
            continue
        objects = visible_to(user)
        if not objects.query.has_filters():
            continue
        # Entries name the concrete class of the object (a Signature, not an Acknowledgement).
        content_types = [
            ContentType.objects.get_for_model(kind, for_concrete_model=False)
            for kind in apps.get_models()
            if issubclass(kind, model)
        ]
        object_ids = objects.annotate(object_key=Cast("pk", CharField())).values("object_key")
        entries = entries.filter(~Q(content_type__in=content_types) | Q(object_id__in=object_ids))
    return entries


class ScopedSiteHistoryView(SafeSpreadsheetExportMixin, LogEntriesView):
    # Its CSV export names the people who acted and what they acted on: see the mixin.
    def get_filtered_queryset(self):
        # Wagtail's own, with log_entries_visible_to in place of viewable_by_user: one
        # values() query per log model, joined with union() (see LogEntriesView).
        self.log_models = list(log_registry.get_log_entry_models())
        queryset = None
        for index, log_model in enumerate(self.log_models):
            entries = (
                log_entries_visible_to(self.request.user, log_model)
                .values("pk", "timestamp")
                .annotate(log_model_index=Value(index, output_field=IntegerField()))
            )
            entries = self.filter_queryset(entries).order_by()
            queryset = entries if queryset is None else queryset.union(entries, all=True)
        return queryset.order_by("-timestamp")
