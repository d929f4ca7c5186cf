"""Dilemmas on paper: a playlist as a workshop kit (one dilemma per page, with the
facilitator's notes) for rooms without internet, and one dilemma for an interview panel.
Each kit is also a web page with the same content: the PDF's accessible equivalent."""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from integrity_common.pdf import pdf_download, render_template_pdf

from .guide import STEPS
from .results import in_language


def kit_pdf(title, dilemmas, language=None):
    return render_template_pdf(
        "dilemmas/pdf/kit.html",
        {"title": title, "dilemmas": dilemmas, "steps": STEPS},
        language=language,
    )


def kit_page(request, title, dilemmas, pdf_url, language=None, back=None):
    """The kit on a page, in the kit's language, with its PDF beside it."""
    back_url, back_label = back or (None, None)
    return TemplateResponse(
        request,
        "dilemmas/kit.html",
        {
            "title": title,
            "dilemmas": dilemmas,
            "steps": STEPS,
            "pdf_url": pdf_url,
            "kit_language": language or get_language(),
            "back_url": back_url,
            "back_label": back_label,
        },
    )


def playlist_dilemmas(playlist):
    return in_language(
        [item.dilemma for item in playlist.items.select_related("dilemma")], get_language()
    )


def playlist_kit(playlist):
    playlist = playlist.localized  # its title in the reader's language, where translated
    pdf = kit_pdf(playlist.title, playlist_dilemmas(playlist))
    # Translators: a file name: lowercase, words joined by hyphens.
    return pdf_download(pdf, str(_("dilemma-kit")) + ".pdf")


def playlist_kit_page(request, playlist):
    pdf_url = reverse("dilemmas:kit", args=[playlist.pk])
    playlist = playlist.localized
    return kit_page(request, playlist.title, playlist_dilemmas(playlist), pdf_url)
