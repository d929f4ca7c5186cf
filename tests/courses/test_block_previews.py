"""The block picker previews a lesson's blocks in the editor's language."""

import pytest
from django.utils import translation

from courses.blocks import LessonBodyBlock


@pytest.mark.django_db
def test_previews_are_in_the_editors_language():
    children = LessonBodyBlock().child_blocks
    single = children["single_choice"]
    with translation.override("nl"):
        value = single.get_preview_value()
        assert str(value["question"]).startswith("Een partner biedt je")
        assert [str(option["text"]) for option in value["options"]] == [
            "Weigeren",
            "Aanvaarden en melden",
        ]
        assert str(children["quote"].get_preview_value()["attribution"]) == (
            "een stedenbandcoördinator"
        )
    with translation.override("es"):
        assert str(children["reflection"].get_preview_value()["prompt"]).startswith("¿Cuándo")
    with translation.override("en"):
        assert str(children["true_false"].get_preview_value()["statement"]) == (
            "The complaints manager answers within two weeks."
        )
    # Every preview text is translatable: none stays English in Dutch.
    with translation.override("nl"):
        for name, block in children.items():
            preview = block.meta.preview_value if hasattr(block.meta, "preview_value") else None
            for text in strings_in(preview):
                with translation.override("en"):
                    english = str(text)
                assert str(text) != english, (name, english)


def strings_in(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
    elif value is not None and not isinstance(value, bool):
        yield value
