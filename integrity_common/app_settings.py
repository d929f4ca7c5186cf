"""Settings of the shared services, read lazily (as allauth does), so that a test or a
deployment that changes them is heard at once."""


class PrefixedSettings:
    """Settings named with a prefix, read at each access (allauth's app_settings): the
    base of the shared services' settings here and of each plugin's."""

    def __init__(self, prefix):
        self.prefix = prefix

    def _setting(self, name, default):
        from django.conf import settings

        return getattr(settings, self.prefix + name, default)


class AppSettings(PrefixedSettings):
    @property
    def RETRY_DELAYS(self):
        """Seconds to wait before each new attempt at an email the mail server did not
        take: one retry per entry, so the default tries seven times over about a day and a
        half, long enough for a mail server's maintenance window or a weekend outage."""
        return self._setting("RETRY_DELAYS", (60, 5 * 60, 30 * 60, 2 * 3600, 6 * 3600, 24 * 3600))


app_settings = AppSettings("MAIL_")
