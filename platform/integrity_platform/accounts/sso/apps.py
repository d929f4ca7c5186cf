from django.apps import AppConfig


class SsoConfig(AppConfig):
    name = "integrity_platform.accounts.sso"
    label = "sso"
