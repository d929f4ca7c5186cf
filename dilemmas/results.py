"""What a session's votes add up to, per dilemma and round, in the words of a language:
for the big screen, the summary page and its PDF and CSV. Never who voted what."""

from dataclasses import dataclass

from django.db.models import Prefetch
from wagtail.models import Locale

from integrity_common.page_cache import default_locale

from .live import counts
from .models import DilemmaOption, DilemmaPage
from .practice import shares


def in_language(dilemmas, language):
    """The same dilemmas in `language` where translated (else as they are), options
    prefetched: two queries, however many dilemmas."""
    locale = Locale.objects.filter(language_code=language).first()
    keys = [d.translation_key for d in dilemmas]
    translated = {}
    pages = DilemmaPage.objects.filter(translation_key__in=keys)
    if locale is not None:
        pages = pages.filter(locale__in=[locale, default_locale()])
    for page in pages.prefetch_related(
        Prefetch("options", queryset=DilemmaOption.objects.order_by("sort_order"))
    ):
        if page.locale_id == getattr(locale, "id", None) or page.translation_key not in translated:
            translated[page.translation_key] = page
    return [translated.get(d.translation_key, d) for d in dilemmas]


@dataclass
class OptionResult:
    number: int
    label: str
    before: object  # Share of the first vote
    after: object = None  # Share of the second vote, if there was one

    @property
    def shift(self):
        """Percentage points gained (or lost) between the two votes."""
        return self.after.percent - self.before.percent if self.after else None


@dataclass
class DilemmaResult:
    position: int
    dilemma: object
    options: list
    votes_before: int
    votes_after: int | None
    reached: bool = True

    @property
    def counted(self):
        """Whether there are votes to show: a dilemma the session never reached, or one
        nobody voted on, has no results, rather than 0 votes and 0% for every option."""
        return self.reached and self.votes_before > 0


def dilemma_result(item, dilemma, per_round):
    """How the votes on one dilemma fell; per_round is {round: {option: votes}}."""
    labels = [option.label for option in dilemma.options.all()]
    before = shares(labels, per_round.get(1, {}))
    after = shares(labels, per_round.get(2, {})) if item.rounds > 1 else None
    return DilemmaResult(
        position=item.position,
        dilemma=dilemma,
        options=[
            OptionResult(n, label, before[n - 1], after[n - 1] if after else None)
            for n, label in enumerate(labels, start=1)
        ],
        votes_before=sum(per_round.get(1, {}).values()),
        votes_after=sum(per_round.get(2, {}).values()) if after else None,
    )


def session_results(session, language):
    items = list(session.items.select_related("dilemma"))
    dilemmas = in_language([item.dilemma for item in items], language)
    votes = counts(session)
    results = [
        dilemma_result(item, dilemma, votes.get(item.position, {}))
        for item, dilemma in zip(items, dilemmas, strict=True)
    ]
    for result in results:
        # A session ended early never showed the dilemmas after the one it stopped at; one
        # that never opened a vote (ended in the lobby, say) reached none.
        result.reached = (
            result.position <= session.position and session.voting_opened_at is not None
        )
    return results
