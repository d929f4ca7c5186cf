"""What the host's home page suggests a visitor does next.

The host collects steps through the "register_next_steps" Wagtail hook: each plugin's
function takes the request and returns NextStep objects (the plugin's own work first)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class NextStep:
    title: str
    text: str
    url: str
    action: str
