"""Small services that more than one app needs (DESIGN.md, "Layout").

Every app, the plugins included, may import from here; this package imports none of the
project's own packages, so it never drags the host into a plugin.
"""
