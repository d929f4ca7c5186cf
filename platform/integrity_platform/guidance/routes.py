"""The questions of "Where can I go?" and where each answer leads, as the integrity policy
routes people: an ethical dilemma to the integrity adviser; a suspected breach of the code
to the formal reporting channel; a labour dispute or HR question to the programme manager,
head of department or HR; financial integrity to the programme or financial manager;
something personal to a confidential counsellor.

Every answer is a plain link (no form, no JavaScript), and nothing is stored."""

from dataclasses import dataclass, field

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from certificates.queries import values_with_rules

from .models import IntegrityContact

Role = IntegrityContact.Role


@dataclass(frozen=True)
class Outcome:
    title: str
    text: str
    roles: tuple
    reporting: bool = False
    value: str = ""  # the code's value whose rules apply


@dataclass(frozen=True)
class Answer:
    slug: str
    label: str
    outcome: str = ""  # straight to an outcome, or to the follow-up question below
    question: str = ""
    answers: list = field(default_factory=list)


OUTCOMES = {
    "adviser": Outcome(
        _("Talk to the integrity adviser"),
        _(
            "The integrity adviser is the first, confidential point of contact for advice on "
            "an ethical dilemma: they listen, think along with you and, if needed, tell you "
            "where to go next. Asking for advice commits you to nothing."
        ),
        (Role.INTEGRITY_ADVISER,),
        value="integrity",
    ),
    "reporting": Outcome(
        _("Report it through the formal reporting channel"),
        _(
            "Fill in the complaint form. The complaints manager handles every report "
            "confidentially and answers within two weeks. Complaints about the staff of a "
            "municipality go to that municipality. Not sure yet? You can first ask the "
            "integrity adviser for advice."
        ),
        (Role.COMPLAINTS_MANAGER, Role.COMPLAINTS_BACKUP),
        reporting=True,
        value="integrity",
    ),
    "hr": Outcome(
        _("Talk to your programme manager, head of department or HR"),
        _(
            "Labour disputes and questions about training, well-being, evaluation or your "
            "career go to your programme manager, your head of department or HR."
        ),
        (Role.HR,),
    ),
    "financial": Outcome(
        _("Ask the programme or financial manager"),
        _(
            "Questions of financial integrity (expenses, per diems, procurement, budgets) go "
            "to the programme manager or the financial manager. The financial handbook is "
            "available in every partner language."
        ),
        (Role.FINANCIAL_MANAGER,),
        value="integrity",
    ),
    "counsellor": Outcome(
        _("Talk to a confidential counsellor"),
        _(
            "For personal matters, colleagues can turn to a confidential counsellor. What you "
            "tell them stays between you; they help you find your way."
        ),
        (Role.CONFIDENTIAL_COUNSELLOR,),
    ),
}

FIRST_QUESTION = _("What brings you here?")
ANSWERS = [
    Answer(
        "not-sure",
        _("I am not sure what the right thing to do is"),
        question=_("What is it about?"),
        answers=[
            Answer("gift", _("A gift, an invitation or hospitality"), "adviser"),
            Answer(
                "interest", _("A personal interest: a relative, a friend, a side job"), "adviser"
            ),
            Answer("other", _("Another situation where values pull apart"), "adviser"),
        ],
    ),
    Answer(
        "breach",
        _("I think someone broke the ethics code"),
        question=_("What did you see or hear?"),
        answers=[
            Answer("fraud", _("Fraud, corruption or misuse of money"), "reporting"),
            Answer(
                "abuse",
                _("Sexual exploitation or abuse, harassment, violence or discrimination"),
                "reporting",
            ),
            Answer("other", _("Another breach of the code"), "reporting"),
        ],
    ),
    Answer(
        "work",
        _("A question about my job or about money in a project"),
        question=_("Which kind of question?"),
        answers=[
            Answer(
                "hr",
                _("A labour dispute, or training, well-being, evaluation or career"),
                "hr",
            ),
            Answer("money", _("Expenses, per diems, procurement or budgets"), "financial"),
        ],
    ),
    Answer("personal", _("Something personal that weighs on me"), "counsellor"),
]


def _answer(answers, slug):
    for answer in answers:
        if answer.slug == slug:
            return answer
    raise Http404


def question_view(request, page, slug):
    if slug is None:
        question, answers, base = FIRST_QUESTION, ANSWERS, page.url
    else:
        answer = _answer(ANSWERS, slug)
        if answer.outcome:
            return render_outcome(request, page, answer.outcome, [answer])
        question, answers, base = answer.question, answer.answers, f"{page.url}{slug}/"
    return TemplateResponse(
        request,
        "guidance/question.html",
        {
            "page": page,
            "question": question,
            "choices": [(f"{base}{a.slug}/", a.label) for a in answers],
            "is_first": slug is None,
        },
    )


def outcome_view(request, page, slug, detail):
    answer = _answer(ANSWERS, slug)
    chosen = _answer(answer.answers, detail)
    return render_outcome(request, page, chosen.outcome, [answer, chosen])


def render_outcome(request, page, key, path):
    outcome = OUTCOMES[key]
    values = values_with_rules(get_language(), {outcome.value}) if outcome.value else []
    return TemplateResponse(
        request,
        "guidance/outcome.html",
        {
            "page": page,
            "outcome": outcome,
            "path": path,
            "contacts": contacts_for(outcome.roles),
            "value": values[0] if values else None,
        },
    )


def contacts_for(roles):
    """The contacts for these roles in the active language (the default language's where
    none is translated), in one query."""
    contacts = IntegrityContact.objects.filter(role__in=roles).select_related("locale")
    language = get_language()
    chosen = {}
    for contact in contacts:
        key = contact.translation_key
        if key not in chosen or contact.locale.language_code == language:
            chosen[key] = contact
    return sorted(chosen.values(), key=lambda c: (roles.index(c.role), c.sort_order))
