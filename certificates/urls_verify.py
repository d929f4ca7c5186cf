"""The public verification pages, without a language prefix: the printed QR code of every
acknowledgement points here, so these addresses must never change. The host includes them
at `app_settings.VERIFY_PATH` (by default /verify/) outside its language patterns."""

from django.urls import path

from . import views_verify

app_name = "verify"

urlpatterns = [
    path("", views_verify.verify, name="index"),
    path("<str:code>/", views_verify.verify_code, name="code"),
]
