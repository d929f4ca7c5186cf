"""The frozen text of the code as people read it: on the signing page, in the PDF's annex and
on the acknowledgement's page (its accessible equivalent)."""

import re


def paragraphs(text):
    """The frozen text, as shown: each line a paragraph (a section's heading on its own),
    consecutive rules ("- ...") as one list, and the statements' placeholders ({name}, ...)
    as the blanks they are on paper."""
    blocks = []
    for line in re.sub(r"\{[a-z]+\}", "…", text).splitlines():
        if not line.strip():
            continue
        if line.startswith("- "):
            if not blocks or "rules" not in blocks[-1]:
                blocks.append({"rules": []})
            blocks[-1]["rules"].append(line[2:])
        else:
            blocks.append({"text": line})
    return blocks


def acknowledged_text(acknowledgement):
    """The text of the code as acknowledged: the version's frozen text in the language of
    the acknowledgement; None if there is none (an acknowledgement recorded in a language
    the version was never published in)."""
    return acknowledgement.version.texts.filter(language=acknowledgement.language).first()
