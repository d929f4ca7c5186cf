#!/usr/bin/env python
"""Django's command-line utility for the integrity platform."""

import os
import sys
from pathlib import Path


def main():
    # platform/ is a plain folder like src/ (a package named "platform" would shadow the
    # standard-library module), so its contents go on the path rather than being imported.
    sys.path.insert(0, str(Path(__file__).resolve().parent / "platform"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrity_platform.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
