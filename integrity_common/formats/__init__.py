"""Date formats per language, found through FORMAT_MODULE_PATH (settings/base.py).

Only what differs from Django's own locale formats is here: English is British, not
American ("6 December 2026, 15:33", not "Dec. 6, 2026, 3:33 a.m."). The French "1er" is not
a format (Django's `j` is the bare day number); integrity_common.dates adds it.
"""
