from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import views_verify

from .health import health

urlpatterns = [
    path("health/", health, name="health"),
    # The Wagtail admin signs people in through the same allauth page as the site, so
    # rate limits, inactive accounts and email verification apply there too.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailadmin_login",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Printed QR codes point here: no language prefix, so they never break.
    path("verify/", views_verify.verify, name="verify"),
    path("verify/<str:code>/", views_verify.verify_code, name="verify_code"),
    # Live dilemma sessions: /live/ is typed from a projector; phones poll it unprefixed.
    path("live/", include("dilemmas.urls_live")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("integrity_platform.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("learning/", include("courses.urls")),
    path("acknowledge/", include("certificates.urls")),
    path("review/", include("integrity_platform.review.urls")),
    path("facilitate/", include("dilemmas.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
