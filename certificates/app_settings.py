"""Settings of the certificates plugin, read lazily with the CERTIFICATES_ prefix."""


class AppSettings:
    def __init__(self, prefix):
        self.prefix = prefix

    def _setting(self, name, default):
        from django.conf import settings

        return getattr(settings, self.prefix + name, default)

    @property
    def ADAPTER(self):
        """Dotted path of the adapter through which the plugin asks the host about people."""
        return self._setting("ADAPTER", "certificates.adapter.DefaultCertificatesAdapter")


app_settings = AppSettings("CERTIFICATES_")
