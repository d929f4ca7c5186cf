"""Dilemmas on paper: a playlist as a workshop kit (one dilemma per page, with the
facilitator's notes) for rooms without internet, and one dilemma for an interview panel."""

from django.utils.translation import get_language

from certificates.pdf import download, render_template_pdf

from .guide import STEPS
from .results import in_language


def kit_pdf(title, dilemmas):
    return render_template_pdf(
        "dilemmas/pdf/kit.html", {"title": title, "dilemmas": dilemmas, "steps": STEPS}
    )


def playlist_kit(playlist):
    dilemmas = in_language(
        [item.dilemma for item in playlist.items.select_related("dilemma")], get_language()
    )
    return download(kit_pdf(playlist.title, dilemmas), "application/pdf", "dilemma-kit.pdf")


def print_view(request, dilemma):
    return download(kit_pdf(dilemma.title, [dilemma]), "application/pdf", f"{dilemma.slug}.pdf")
