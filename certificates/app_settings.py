"""Settings of the certificates plugin, read lazily with the CERTIFICATES_ prefix."""

from integrity_common.app_settings import PrefixedSettings


class AppSettings(PrefixedSettings):
    @property
    def ADAPTER(self):
        """Dotted path of the adapter through which the plugin asks the host about people."""
        return self._setting("ADAPTER", "certificates.adapter.DefaultCertificatesAdapter")

    @property
    def ORGANISATION_NAME(self):
        """The organisation's name, printed at the top of every acknowledgement, in the active
        language (an acknowledgement is rendered in its own language): the signer reads the
        name of the association in the language of what they signed, as on its letterhead.

        The setting is one name for every language, or a dict by language code,
        {"nl": "Vereniging van ...", "fr": "Association des ...", ...}; a language it leaves
        out gets the name in LANGUAGE_CODE, else the first one given."""
        return self.organisation_name()

    def organisation_name(self, language=None):
        from django.conf import settings
        from django.utils.translation import get_language

        names = self._setting("ORGANISATION_NAME", "")
        if not isinstance(names, dict):
            return str(names)
        language = language or get_language() or settings.LANGUAGE_CODE
        return (
            names.get(language)
            or names.get(language.split("-")[0])
            or names.get(settings.LANGUAGE_CODE)
            or next(iter(names.values()), "")
        )

    @property
    def RATE_LIMITS(self):
        """Limits on the public pages, as allauth writes its own (integrity_common.ratelimit);
        the setting overrides some or all of them. "verify": lookups of a code or a PDF,
        per client address: enough for an employer checking a pile of PDFs by hand, far too
        few to guess codes."""
        return {"verify": "30/m/ip", **self._setting("RATE_LIMITS", {})}

    @property
    def VERIFY_PATH(self):
        """Where the host includes urls_verify, outside its language prefixes: printed QR
        codes point there, so a site keeps it once it has issued acknowledgements."""
        return self._setting("VERIFY_PATH", "verify/")

    @property
    def PDF_STORAGE(self):
        """The alias in STORAGES of the private storage that keeps the signed PDFs: never the
        public media (see storage.py); the system checks refuse one served under MEDIA_URL."""
        return self._setting("PDF_STORAGE", "certificates")

    @property
    def LOGO(self):
        """A static file (path under STATIC) printed beside the organisation's name."""
        return self._setting("LOGO", "")

    @property
    def SIGNING_KEY(self):
        """PEM file of the private key that signs the PDFs (PAdES)."""
        return self._setting("SIGNING_KEY", "")

    @property
    def SIGNING_CERT(self):
        """PEM file of the certificate that goes with SIGNING_KEY."""
        return self._setting("SIGNING_CERT", "")

    @property
    def SIGNING_KEY_PASSPHRASE(self):
        return self._setting("SIGNING_KEY_PASSPHRASE", "") or None

    @property
    def DEVELOPMENT_KEY_DIR(self):
        """Without SIGNING_KEY, a self-signed key and certificate are made here on first use
        (development and tests). Keep it outside the repository."""
        from django.conf import settings

        default = settings.BASE_DIR / "var" / "signing" if hasattr(settings, "BASE_DIR") else ""
        return self._setting("DEVELOPMENT_KEY_DIR", default)

    @property
    def VERIFY_MAX_UPLOAD_BYTES(self):
        """The largest file /verify/ accepts to check. The PDFs it issues are far smaller;
        a larger upload is refused before it is read."""
        return self._setting("VERIFY_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)


app_settings = AppSettings("CERTIFICATES_")
