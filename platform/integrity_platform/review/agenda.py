"""The agenda of a review session, as the integrity policy sets it: the code walked through
value by value with its rules, then the two standing questions. The big screen steps
through it, the printed agenda lists it, and members prepare with it in My review."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.queries import code_with_rules
from integrity_common.links import absolute_url
from integrity_common.pdf import pdf_download, render_template_pdf

from .invitations import check_in_path
from .models import STANDING_QUESTIONS

# What one screen holds, in characters of the motto and rules, each rule counting for its
# text and what it takes around it (its last line, the space below): a value whose rules do
# not fit is split over screens rather than shrunk or scrolled. The screen's type scales
# with the viewport, so what fits at 1280x720 fits at 1920x1080 (the browser test steps
# through the demo's code in Dutch and in French, which runs longer, and sees no scrolling).
SCREEN_CHARACTERS = 1060
RULE_AROUND = 60


@dataclass
class Agenda:
    session: object
    language: str
    code: object  # the ethics code page: version label and address; None if unpublished
    values: list  # the code's values, each with `rules`
    questions: tuple = STANDING_QUESTIONS

    @property
    def starts_at(self):
        return timezone.localtime(self.session.starts_at)

    @property
    def ends_at(self):
        return timezone.localtime(self.session.ends_at)


def agenda_of(session, language=None):
    """The session's agenda in `language` (default: the language of the meeting)."""
    language = language or session.language
    code, values = code_with_rules(language)
    return Agenda(session=session, language=language, code=code, values=values)


@dataclass
class Screen:
    kind: str  # check_in, overview, value or question
    title: str = ""
    value: object = None
    rules: list = field(default_factory=list)
    part: int = 1
    parts: int = 1
    item: int = 0  # its number on the agenda


def _packed(rules, capacity):
    """The rules in order, a new part whenever the next would take it over `capacity`."""
    parts, used = [[]], 0
    for rule in rules:
        size = len(rule) + RULE_AROUND
        if parts[-1] and used + size > capacity:
            parts, used = [*parts, []], 0
        parts[-1].append(rule)
        used += size
    return parts


def _split(rules, capacity):
    """The rules on as few screens as they fit on, in their order and balanced: of the
    ways to fill that many screens, the one whose fullest screen is least full (two
    screens of four rules read better than one of seven and one of one)."""
    count = len(_packed(rules, capacity))
    least = max((len(rule) + RULE_AROUND for rule in rules), default=0)
    most = max(capacity, least)
    while least < most:  # the smallest capacity that still needs no more screens
        middle = (least + most) // 2
        if len(_packed(rules, middle)) <= count:
            most = middle
        else:
            least = middle + 1
    return _packed(rules, least)


def screens_of(agenda):
    """What the big screen shows, one after the other: checking in, the agenda at a
    glance, each value with its rules (over several screens when long), each question."""
    screens = [Screen("check_in"), Screen("overview")]
    for item, value in enumerate(agenda.values, start=1):
        parts = _split(value.rules, SCREEN_CHARACTERS - len(value.motto))
        screens += [
            Screen(
                "value",
                value.name,
                value=value,
                rules=rules,
                part=part,
                parts=len(parts),
                item=item,
            )
            for part, rules in enumerate(parts, start=1)
        ]
    first = len(agenda.values) + 1
    screens += [
        Screen("question", question, item=item)
        for item, question in enumerate(agenda.questions, start=first)
    ]
    return screens


def agenda_download(session):
    """The printable agenda, in the language of the meeting. No check-in code: members
    download it beforehand, and the code is for those in the room."""
    agenda = agenda_of(session)
    pdf = render_template_pdf(
        "review/pdf/agenda.html",
        {
            "agenda": agenda,
            "check_in_address": absolute_url(check_in_path()),
            "generated": timezone.now(),
        },
        language=agenda.language,
    )
    # Translators: a file name: lowercase, words joined by hyphens.
    filename = _("review-agenda-%(date)s") % {"date": f"{agenda.starts_at:%Y-%m-%d}"}
    return pdf_download(pdf, f"{filename}.pdf")
