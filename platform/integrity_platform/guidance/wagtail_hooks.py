from wagtail import hooks

from .viewsets import IntegrityContactViewSet


@hooks.register("register_admin_viewset")
def register_integrity_contacts():
    return IntegrityContactViewSet()
