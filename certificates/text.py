"""The frozen text of the code as people read it: on the signing page, in the PDF's annex and
on the acknowledgement's page (its accessible equivalent)."""

import re


def paragraphs(text):
    """The frozen text, as shown: paragraphs, rules ("- ...") as lists, and the statements'
    placeholders ({name}, ...) as the blanks they are on paper."""
    blocks = []
    for block in re.sub(r"\{[a-z]+\}", "…", text).split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("- ") for line in lines):
            blocks.append({"rules": [line[2:] for line in lines]})
        else:
            blocks.append({"text": block})
    return blocks


def acknowledged_text(acknowledgement):
    """The text of the code as acknowledged: the version's frozen text in the language of
    the acknowledgement; None if there is none (an acknowledgement recorded in a language
    the version was never published in)."""
    return acknowledgement.version.texts.filter(language=acknowledgement.language).first()
