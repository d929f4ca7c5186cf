"""Load the demo: organisations, accounts and pages in four languages.

Idempotent: everything is looked up before it is created and nothing that exists is
changed, so running it twice leaves the database as the first run left it.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from integrity_platform.demo import content
from integrity_platform.home.models import HomePage, StandardPage
from integrity_platform.people import roles
from integrity_platform.people.models import Member, Organisation

DEMO_PASSWORD = "demo-Integrity-2026"

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
    # Demo people are named after their role, in their own language, never after a person.
    first_name: str
    organisation: str
    programme_role: str
    language: str
    who: str
    groups: tuple = ()


ACCOUNTS = [
    DemoAccount(
        "officer@example.org",
        "Integriteitsverantwoordelijke",
        "international_team",
        Role.TEAM_MEMBER,
        "nl",
        "integrity officer (Wagtail editor, sees all)",
        (roles.INTEGRITY_OFFICER,),
    ),
    DemoAccount(
        "coordinator@example.org",
        "Stedenbandcoördinator",
        "lindenhove",
        Role.MUNICIPAL_OFFICIAL,
        "nl",
        "twinning coordinator of Gemeente Lindenhove",
        (roles.COORDINATOR, roles.FACILITATOR),
    ),
    DemoAccount(
        "staff@example.org",
        "Teamlid",
        "international_team",
        Role.TEAM_MEMBER,
        "nl",
        "member of the association's international team",
    ),
    DemoAccount(
        "official@example.org",
        "Ambtenaar",
        "lindenhove",
        Role.MUNICIPAL_OFFICIAL,
        "nl",
        "municipal official of Gemeente Lindenhove",
    ),
    DemoAccount(
        "partner@example.org",
        "Agent communal",
        "koudoube",
        Role.MUNICIPAL_OFFICIAL,
        "fr",
        "official of Commune de Koudoubé, prefers French",
    ),
    DemoAccount(
        "delegate@example.org",
        "Delegation member",
        "scheldemeer",
        Role.DELEGATION_MEMBER,
        "en",
        "delegation member for a work visit, prefers English",
    ),
    DemoAccount(
        "admin@example.org",
        "Beheerder",
        "international_team",
        Role.TEAM_MEMBER,
        "nl",
        "administrator",
        (roles.ADMINISTRATOR,),
    ),
]

# Colleagues who were invited but have not signed in yet, so that a coordinator's lists
# look like real ones. (first name, programme role, language, active)
INVITED_MEMBERS = {
    "lindenhove": [
        ("Medewerker financiën", Role.MUNICIPAL_OFFICIAL, "nl", True),
        ("Medewerker burgerzaken", Role.MUNICIPAL_OFFICIAL, "nl", True),
        ("Diensthoofd internationaal", Role.MUNICIPAL_OFFICIAL, "nl", True),
        ("Vertrokken medewerker", Role.MUNICIPAL_OFFICIAL, "nl", False),
    ],
    "scheldemeer": [
        ("Schepen ontwikkelingssamenwerking", Role.DELEGATION_MEMBER, "nl", True),
        ("Medewerker communicatie", Role.MUNICIPAL_OFFICIAL, "nl", True),
    ],
    "heidebeke": [("Stedenbandambtenaar", Role.MUNICIPAL_OFFICIAL, "nl", True)],
    "koudoube": [
        ("Secrétaire général", Role.MUNICIPAL_OFFICIAL, "fr", True),
        ("Agent financier", Role.MUNICIPAL_OFFICIAL, "fr", True),
    ],
    "valle_alto": [
        ("Gerente municipal", Role.PARTNER_REPRESENTATIVE, "es", True),
        ("Coordinadora de hermanamiento", Role.MUNICIPAL_OFFICIAL, "es", True),
    ],
}

LANGUAGE_CODES = ["nl", "fr", "en", "es"]


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
            for texts in (content.ACCESSIBILITY, content.PRIVACY):
                self.ensure_standard_page(home, texts, locales)
        self.print_accounts()

    def ensure_organisations(self):
        organisations = {}
        for key, (kind, country) in ORGANISATIONS.items():
            organisations[key], _ = Organisation.objects.get_or_create(
                name=content.ORGANISATION_NAMES[key],
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
                last_name="(demo)",
                preferred_language=account.language,
                is_staff=is_admin,
                is_superuser=is_admin,
            )
            user.groups.set(Group.objects.filter(name__in=account.groups))
            EmailAddress.objects.create(user=user, email=account.email, primary=True, verified=True)
            Member.objects.create(
                user=user,
                organisation=organisations[account.organisation],
                programme_role=account.programme_role,
                start_date=timezone.localdate().replace(month=1, day=6),
            )

    def ensure_invited_members(self, organisations):
        User = get_user_model()
        for key, people in INVITED_MEMBERS.items():
            for first_name, programme_role, language, active in people:
                email = f"{slugify(first_name)}.{key.replace('_', '-')}@example.org"
                if User.objects.filter(email=email).exists():
                    continue
                user = User.objects.create_user(
                    email=email,
                    first_name=first_name,
                    last_name="(demo)",
                    preferred_language=language,
                )
                Member.objects.create(
                    user=user,
                    organisation=organisations[key],
                    programme_role=programme_role,
                    start_date=timezone.localdate().replace(month=3, day=1),
                    is_active=active,
                )

    def ensure_home(self, locales):
        home = HomePage.objects.filter(locale=locales["nl"]).first()
        if home is None:
            # Wagtail's migrations create the tree's root; a flushed database lacks it.
            root = Page.get_first_root_node() or Page.add_root(
                instance=Page(title="Root", locale=locales["nl"])
            )
            # Wagtail's first migration leaves a placeholder "Welcome" page in the way.
            Page.objects.filter(depth=2, slug=content.HOME["nl"]["slug"]).exclude(
                content_type__model="homepage"
            ).delete()
            home = root.add_child(
                instance=self.fill(HomePage(locale=locales["nl"]), content.HOME["nl"])
            )
            home.save_revision().publish()
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={
                    "hostname": "localhost",
                    "port": 80,
                    "root_page": home,
                    "site_name": content.HOME["nl"]["title"],
                },
            )
        self.ensure_translations(home, content.HOME, locales)
        return home

    def ensure_standard_page(self, home, texts, locales):
        page = StandardPage.objects.filter(locale=locales["nl"], slug=texts["nl"]["slug"]).first()
        if page is None:
            page = home.add_child(instance=self.fill(StandardPage(show_in_menus=True), texts["nl"]))
            page.save_revision().publish()
        self.ensure_translations(page, texts, locales)

    def ensure_translations(self, page, texts, locales):
        # Translations are built directly (same translation_key, parent's translation as
        # parent) rather than copied and renamed, which would leave redirects behind.
        parent = page.get_parent()
        for code in LANGUAGE_CODES[1:]:
            if page.get_translation_or_none(locales[code]) is not None:
                continue
            translated_parent = parent.get_translation_or_none(locales[code]) or parent
            translation = type(page)(
                locale=locales[code],
                translation_key=page.translation_key,
                show_in_menus=page.show_in_menus,
            )
            translated_parent.add_child(instance=self.fill(translation, texts[code]))
            translation.save_revision().publish()

    @staticmethod
    def fill(page, texts):
        page.title = texts["title"]
        page.slug = texts["slug"]
        page.intro = texts["intro"]
        page.body = [
            (kind, RichText(value) if kind == "paragraph" else value)
            for kind, value in texts["body"]
        ]
        return page

    def print_accounts(self):
        heading = f"Demo loaded. Accounts (password: {DEMO_PASSWORD}):"
        self.stdout.write(self.style.SUCCESS(heading))
        for account in ACCOUNTS:
            self.stdout.write(f"  {account.email:<26} {account.who}")
