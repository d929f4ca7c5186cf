"""The dilemma page's own addresses (DilemmaPage's routes): answering it alone, the
moral-judgement guide step by step, and the dilemma on paper. The rules behind them live
in practice.py, guide.py and kit.py."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from integrity_common.pdf import pdf_download

from .guide import STEPS, code_values_of
from .kit import kit_page, kit_pdf
from .models import PracticeAnswer
from .practice import AnswerForm


def answer_view(request, dilemma):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect_to_login(dilemma.url)
    dilemma.check_visible_to(request.user)
    options = list(dilemma.options.all())
    form = AnswerForm(request.POST, options=options)
    if not form.is_valid():
        context = dilemma.get_context(request)
        context["practice"]["form"] = form
        return TemplateResponse(request, dilemma.get_template(request), context)
    try:
        with transaction.atomic():
            PracticeAnswer.objects.create(
                user=request.user,
                dilemma=dilemma.canonical(),
                option=form.cleaned_data["option"],
                justification=form.cleaned_data["justification"],
                language=get_language(),
            )
    except IntegrityError:
        messages.info(request, _("You had already answered this dilemma; your answer stays."))
    else:
        messages.success(request, _("Thank you: your answer is saved, for you only."))
    return redirect(dilemma.url + "#your-answer")


def guide_view(request, dilemma, step):
    if not 1 <= step <= len(STEPS):
        raise Http404
    dilemma.check_visible_to(request.user)
    current = STEPS[step - 1]
    context = {
        "page": dilemma,
        "steps": STEPS,
        "step": current,
        "number": step,
        "previous": step - 1 if step > 1 else None,
        "next": step + 1 if step < len(STEPS) else None,
        "in_room": request.GET.get("room") == "1",
    }
    if current.slug == "values":
        context["values"] = code_values_of(dilemma, get_language())
    if current.slug == "options":
        context["options"] = list(dilemma.options.all())
    return TemplateResponse(request, "dilemmas/guide.html", context)


def print_view(request, dilemma):
    # In the dilemma's own language, so that the headings match its text.
    pdf = kit_pdf(dilemma.title, [dilemma], language=dilemma.locale.language_code)
    return pdf_download(pdf, f"{dilemma.slug}.pdf")


def print_page_view(request, dilemma):
    pdf_url = dilemma.url + dilemma.reverse_subpage("print")
    language = dilemma.locale.language_code
    return kit_page(
        request, dilemma.title, [dilemma], pdf_url, language, (dilemma.url, dilemma.title)
    )
