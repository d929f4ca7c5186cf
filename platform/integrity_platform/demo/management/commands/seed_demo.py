"""Load the demo: organisations, accounts and pages in four languages.

Idempotent: everything is looked up before it is created and nothing that exists is
changed, so running it twice leaves the database as the first run left it.
"""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from integrity_platform.accounts.two_step import must_use_two_step
from integrity_platform.demo import data
from integrity_platform.demo.campaign import ensure_campaign
from integrity_platform.demo.code import ensure_ethics_code
from integrity_platform.demo.courses import ensure_courses, ensure_learner_states
from integrity_platform.demo.dilemmas import ensure_dilemmas
from integrity_platform.demo.guidance import ensure_guidance
from integrity_platform.demo.history import ensure_history
from integrity_platform.demo.pages import LANGUAGE_CODES, content_fields, ensure_page, root_page
from integrity_platform.demo.toolbox import ensure_toolbox
from integrity_platform.demo.translations import ensure_translation_status
from integrity_platform.home.models import HomePage, StandardPage
from integrity_platform.people import roles
from integrity_platform.people.models import Member, Organisation
from integrity_platform.privacy.models import PrivacyNoticePage

DEMO_PASSWORD = "demo-Integrity-2026"
# FOR THE DEMO ONLY: the authenticator-app secret of the demo accounts that open the admin,
# which requires two-step verification. Anyone who reads this can make their codes; add it
# to an authenticator app (or compute a code) to try the admin. Real accounts set up their
# own at their first visit to the admin.
DEMO_TOTP_SECRET = "DEMOINTEGRITYDEMOINTEGRITY234567"

ORGANISATIONS = {
    "international_team": (Organisation.Kind.INTERNATIONAL_TEAM, "BE"),
    "lindenhove": (Organisation.Kind.FLEMISH_MUNICIPALITY, "BE"),
    "scheldemeer": (Organisation.Kind.FLEMISH_MUNICIPALITY, "BE"),
    "heidebeke": (Organisation.Kind.FLEMISH_MUNICIPALITY, "BE"),
    "koudoube": (Organisation.Kind.PARTNER_MUNICIPALITY, "BF"),
    "valle_alto": (Organisation.Kind.PARTNER_MUNICIPALITY, "PE"),
}

Role = Member.ProgrammeRole


@dataclass(frozen=True)
class DemoAccount:
    email: str
    # Named after their role, in their own language, never after a person.
    first_name: str
    organisation: str
    programme_role: str
    language: str
    who: str
    started_days_ago: int
    groups: tuple = ()


# The demo's people (content/people.yaml): accounts, and colleagues who have not signed in
# yet (some signed the code on paper), so that a coordinator's lists look like real ones.
PEOPLE = data.load("people")
LAST_NAME = PEOPLE["last_name"]
# Role groups by the key the data file uses.
GROUPS = {
    "facilitator": roles.FACILITATOR,
    "coordinator": roles.COORDINATOR,
    "integrity_officer": roles.INTEGRITY_OFFICER,
    "administrator": roles.ADMINISTRATOR,
}
ACCOUNTS = [
    DemoAccount(
        **{
            **account,
            "programme_role": Role(account["programme_role"]),
            "groups": tuple(GROUPS[key] for key in account["groups"]),
        }
    )
    for account in PEOPLE["accounts"]
]
# By organisation key: (first name, programme role, language, active, started days ago).
INVITED_MEMBERS = {
    key: [
        (
            member["first_name"],
            Role(member["programme_role"]),
            member["language"],
            member["active"],
            member["started_days_ago"],
        )
        for member in members
    ]
    for key, members in PEOPLE["invited"].items()
}


class Command(BaseCommand):
    help = "Load demo organisations, accounts and four-language pages (safe to run again)."

    def handle(self, *args, **options):
        with transaction.atomic():
            if Collection.get_first_root_node() is None:
                Collection.add_root(name="Root")
            roles.sync_role_groups()
            locales = {
                code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES
            }
            organisations = self.ensure_organisations()
            self.ensure_accounts(organisations)
            self.ensure_invited_members(organisations)
            home = self.ensure_home(locales)
            # Again now that the page tree has its root: after a flush (the browser tests' live
            # server) the officers' page permissions could not be granted before it existed.
            roles.sync_role_groups()
            accessibility = content_fields(data.page("accessibility"))
            ensure_page(home, StandardPage, accessibility, locales, show_in_menus=True)
            # The privacy notice states the retention periods from the settings (its own page
            # type); a database seeded before it keeps its plain page of the same slug.
            privacy = content_fields(data.page("privacy"))
            if not StandardPage.objects.child_of(home).filter(slug=privacy("nl")["slug"]).exists():
                ensure_page(home, PrivacyNoticePage, privacy, locales, show_in_menus=True)
            code_values = ensure_ethics_code(home, locales)
            courses = ensure_courses(home, locales, code_values)
            dilemmas = ensure_dilemmas(home, locales, code_values)
            ensure_toolbox(home, locales, code_values, dilemmas, courses)
            ensure_guidance(home, locales)
            ensure_campaign(home, locales, dilemmas)
            ensure_learner_states(courses)
            ensure_history(courses)
            ensure_translation_status(courses)
        self.print_accounts()

    def ensure_organisations(self):
        organisations = {}
        for key, (kind, country) in ORGANISATIONS.items():
            organisations[key], _ = Organisation.objects.get_or_create(
                name=data.load("organisations")[key],
                defaults={"kind": kind, "country": country},
            )
        return organisations

    def ensure_accounts(self, organisations):
        User = get_user_model()
        for account in ACCOUNTS:
            if User.objects.filter(email=account.email).exists():
                continue
            is_admin = roles.ADMINISTRATOR in account.groups
            user = User.objects.create_user(
                email=account.email,
                password=DEMO_PASSWORD,
                first_name=account.first_name,
                last_name=LAST_NAME,
                preferred_language=account.language,
                is_staff=is_admin,
                is_superuser=is_admin,
            )
            user.groups.set(Group.objects.filter(name__in=account.groups))
            EmailAddress.objects.create(user=user, email=account.email, primary=True, verified=True)
            if must_use_two_step(user):
                TOTP.activate(user, DEMO_TOTP_SECRET)
            Member.objects.create(
                user=user,
                organisation=organisations[account.organisation],
                programme_role=account.programme_role,
                start_date=timezone.localdate() - timedelta(days=account.started_days_ago),
            )

    def ensure_invited_members(self, organisations):
        User = get_user_model()
        for key, people in INVITED_MEMBERS.items():
            for first_name, programme_role, language, active, started_days_ago in people:
                email = f"{slugify(first_name)}.{key.replace('_', '-')}@example.org"
                if User.objects.filter(email=email).exists():
                    continue
                user = User.objects.create_user(
                    email=email,
                    first_name=first_name,
                    last_name=LAST_NAME,
                    preferred_language=language,
                )
                Member.objects.create(
                    user=user,
                    organisation=organisations[key],
                    programme_role=programme_role,
                    start_date=timezone.localdate() - timedelta(days=started_days_ago),
                    is_active=active,
                )

    def ensure_home(self, locales):
        root = root_page(locales["nl"])
        if not HomePage.objects.filter(locale=locales["nl"]).exists():
            # Wagtail's first migration leaves a placeholder "Welcome" page in the way.
            Page.objects.filter(depth=2, slug=data.page("home")["nl"]["slug"]).exclude(
                content_type__model="homepage"
            ).delete()
        home = ensure_page(root, HomePage, content_fields(data.page("home")), locales)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                # No name of its own: the admin then names the platform by
                # WAGTAIL_SITE_NAME, in the reader's language, not in Dutch for everyone.
                "site_name": "",
            },
        )
        return home

    def print_accounts(self):
        heading = f"Demo loaded. Accounts (password: {DEMO_PASSWORD}):"
        self.stdout.write(self.style.SUCCESS(heading))
        for account in ACCOUNTS:
            self.stdout.write(f"  {account.email:<26} {account.who}")
        self.stdout.write(
            "The officer, coordinator, staff and admin accounts sign in with two-step "
            f"verification. Demo-only authenticator secret: {DEMO_TOTP_SECRET}"
        )
