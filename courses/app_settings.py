"""Settings of the courses plugin, read lazily with the COURSES_ prefix (as allauth does)."""


class AppSettings:
    def __init__(self, prefix):
        self.prefix = prefix

    def _setting(self, name, default):
        from django.conf import settings

        return getattr(settings, self.prefix + name, default)

    @property
    def ADAPTER(self):
        """Dotted path of the adapter through which the plugin asks the host about people."""
        return self._setting("ADAPTER", "courses.adapter.DefaultCoursesAdapter")

    @property
    def ACKNOWLEDGEMENT_URL_NAME(self):
        """Where a learner goes after a course that leads to acknowledging the ethics code.
        The certificates plugin's signing step; until it is installed, our next-step page."""
        return self._setting("ACKNOWLEDGEMENT_URL_NAME", "courses:acknowledgement_next_step")

    @property
    def DEFAULT_PASS_MARK(self):
        return self._setting("DEFAULT_PASS_MARK", 80)


app_settings = AppSettings("COURSES_")
