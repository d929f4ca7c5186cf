from django.urls import path

from .views import facilitating

app_name = "dilemmas"

urlpatterns = [
    path("sessions/", facilitating.sessions_view, name="sessions"),
    path("sessions/<str:code>/", facilitating.console_view, name="console"),
    path("sessions/<str:code>/screen/", facilitating.screen_view, name="screen"),
    path("sessions/<str:code>/move/", facilitating.move_view, name="move"),
    path("sessions/<str:code>/end/", facilitating.end_view, name="end"),
    path("sessions/<str:code>/progress/", facilitating.progress_view, name="progress"),
    path("sessions/<str:code>/summary/", facilitating.summary_view, name="summary"),
    path("sessions/<str:code>/summary.pdf", facilitating.summary_pdf_view, name="summary_pdf"),
    path("sessions/<str:code>/summary.csv", facilitating.summary_csv_view, name="summary_csv"),
    path("playlists/<int:playlist_id>/kit.pdf", facilitating.kit_view, name="kit"),
    path("playlists/<int:playlist_id>/kit/", facilitating.kit_page_view, name="kit_page"),
]
