"""Settings of the dilemmas plugin, read lazily with the DILEMMAS_ prefix (as allauth does)."""


class AppSettings:
    def __init__(self, prefix):
        self.prefix = prefix

    def _setting(self, name, default):
        from django.conf import settings

        return getattr(settings, self.prefix + name, default)

    @property
    def ADAPTER(self):
        """Dotted path of the adapter through which the plugin asks the host about people."""
        return self._setting("ADAPTER", "dilemmas.adapter.DefaultDilemmasAdapter")

    @property
    def MIN_ANSWERS_FOR_DISTRIBUTION(self):
        """How others chose stays hidden until this many people answered, so that nobody
        can work out how one colleague answered."""
        return self._setting("MIN_ANSWERS_FOR_DISTRIBUTION", 5)

    @property
    def LIBRARY_PAGE_SIZE(self):
        return self._setting("LIBRARY_PAGE_SIZE", 12)

    @property
    def POLL_SECONDS(self):
        """How often phones and the big screen ask whether the session moved on."""
        return self._setting("POLL_SECONDS", 2)

    @property
    def WRONG_CODE_LIMIT(self):
        """Wrong session codes one address may send in ten minutes before a pause. A room of
        phones often shares one address, so this is generous: codes are too many to guess."""
        return self._setting("WRONG_CODE_LIMIT", 30)


app_settings = AppSettings("DILEMMAS_")
