"""Settings of the courses plugin, read lazily with the COURSES_ prefix (as allauth does).

The plugin requires the certificates plugin for one thing: a lesson's "Rule from the code"
block is tagged with one of the code's values (certificates.CodeValue), and the lesson
pages' migrations name that model. The system check courses.E002 says so when certificates
is missing. Signing the code after a course is optional (ACKNOWLEDGEMENT_URL_NAME)."""

from integrity_common.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def ADAPTER(self):
        """Dotted path of the adapter through which the plugin asks the host about people."""
        return self._setting("ADAPTER", "courses.adapter.DefaultCoursesAdapter")

    @property
    def ACKNOWLEDGEMENT_URL_NAME(self):
        """Where a learner goes after a course that leads to acknowledging the ethics code.
        The certificates plugin's signing step when the host names it (this site does);
        otherwise our own page that says what comes next."""
        return self._setting("ACKNOWLEDGEMENT_URL_NAME", "courses:acknowledgement_next_step")

    @property
    def DEFAULT_PASS_MARK(self):
        return self._setting("DEFAULT_PASS_MARK", 80)


app_settings = AppSettings("COURSES_")
