from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from certificates.app_settings import app_settings as certificates_settings
from dilemmas.app_settings import app_settings as dilemmas_settings
from integrity_common.admin_scoping import ScopedSiteHistoryView

from .home import routing
from .people import corrections

urlpatterns = [
    # The Wagtail admin signs people in through the same allauth page as the site, so
    # rate limits, inactive accounts and email verification apply there too.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailadmin_login",
    ),
    # Reports -> Site history at Wagtail's own address, keeping each organisation's
    # records to those who may see them (integrity_common.admin_scoping).
    path(
        "admin/reports/site-history/",
        never_cache(require_admin_access(ScopedSiteHistoryView.as_view())),
    ),
    path(
        "admin/reports/site-history/results/",
        never_cache(require_admin_access(ScopedSiteHistoryView.as_view(results_only=True))),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The plugins' addresses without a language prefix, where each asks for them
    # (middleware.unprefixed_paths lists them too): printed QR codes point to /verify/,
    # and /live/ is typed from a projector.
    path(certificates_settings.VERIFY_PATH, include("certificates.urls_verify")),
    path(dilemmas_settings.LIVE_PATH, include("dilemmas.urls_live")),
    # The address identity providers send people back to, registered with each of them.
    path("sso/", include("integrity_platform.accounts.sso.urls_unprefixed")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("integrity_platform.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("learning/", include("courses.urls")),
    path("acknowledge/", include("certificates.urls")),
    path("my-details/correction/", corrections.ask_for_correction, name="people_correction"),
    path("review/", include("integrity_platform.review.urls")),
    path("my-data/", include("integrity_platform.privacy.urls")),
    path("facilitate/", include("dilemmas.urls")),
    # Wagtail's own URLs, with its page view replaced by one that remembers routes.
    *wagtail_urls.urlpatterns[:-1],
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
