"""Settings of the dilemmas plugin, read lazily with the DILEMMAS_ prefix (as allauth does)."""

from integrity_common.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def ADAPTER(self):
        """Dotted path of the adapter through which the plugin asks the host about people."""
        return self._setting("ADAPTER", "dilemmas.adapter.DefaultDilemmasAdapter")

    @property
    def LIVE_PATH(self):
        """Where the host includes urls_live, outside its language prefixes: short enough
        to type from a projector, and the QR code on the big screen points there."""
        return self._setting("LIVE_PATH", "live/")

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
    def STATE_MAX_AGE(self):
        """Seconds a worker may answer the phones' poll from the state it read last, instead
        of asking the database again. A full room asks a thousand times a second for the
        same row; phones poll every POLL_SECONDS, so half a second of age goes unnoticed.
        0 reads the database every time (the tests)."""
        return self._setting("STATE_MAX_AGE", 0.5)

    @property
    def RATE_LIMITS(self):
        """Limits on joining a live session, as allauth writes its own
        (integrity_common.ratelimit); the setting overrides some or all of them.

        "wrong_code": wrong session codes one phone (its browser's cookie) may send before
        it pauses. Only that phone pauses: the rest of the room, which often shares one
        address, goes on joining.
        "wrong_code_per_address": wrong codes from one address, all phones together. Far
        above what a hall of people mistyping sends, it stops a script that drops its
        cookie to start afresh: at 300 per ten minutes, finding one of even a hundred open
        sessions among the 887 million codes takes one address over half a year on
        average."""
        return {
            "wrong_code": "10/10m/key",
            "wrong_code_per_address": "300/10m/ip",
            **self._setting("RATE_LIMITS", {}),
        }


app_settings = AppSettings("DILEMMAS_")
