"""The room's URLs, without a language prefix: /live/ is short enough to type from a
projector, and a printed or projected QR code keeps working whatever the language."""

from django.urls import path

from .views import room

app_name = "live"

urlpatterns = [
    path("", room.join_view, name="join"),
    path("<str:code>/", room.room_view, name="room"),
    path("<str:code>/state/", room.state_view, name="state"),
    path("<str:code>/vote/", room.vote_view, name="vote"),
]
