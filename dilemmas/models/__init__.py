from .library import Context, DilemmaIndexPage, DilemmaOption, DilemmaPage, Theme
from .live import (
    LiveSession,
    LiveSessionItem,
    Participant,
    Phase,
    Playlist,
    PlaylistItem,
    Vote,
    playlists_in,
)
from .practice import PracticeAnswer
from .toolbox import PracticeCasePage, ToolboxIndexPage, ToolPage

__all__ = [
    "Context",
    "DilemmaIndexPage",
    "DilemmaOption",
    "DilemmaPage",
    "LiveSession",
    "LiveSessionItem",
    "Participant",
    "Phase",
    "Playlist",
    "PlaylistItem",
    "PracticeAnswer",
    "PracticeCasePage",
    "Theme",
    "ToolboxIndexPage",
    "ToolPage",
    "Vote",
    "playlists_in",
]
