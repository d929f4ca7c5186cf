"""A demo that has lived a year: last year's review, closed, and this year's, running.

Everything is dated relative to the day the demo is loaded (Y is that day's year):
- version Y-1.1 of the code was in force last year, written in our own words and trimmed;
  version Y.1, in force since 1 January, is the code as written (a material change), and
  took in a proposal from Lindenhove's review session;
- last year's cycles are closed: Lindenhove and the international team held their review
  session (attendance, minutes, the proposal) and most members acknowledged the code;
- this year's cycles are running: members done, in progress, overdue (the international
  team's cycle was due ten days ago) and exempt (a colleague on parental leave in
  Scheldemeer); Lindenhove held its session with a live dilemma session linked to it;
- Scheldemeer's delegation leaves for Koudoubé in twelve days: the alderman has taken
  note of the code, the delegation member (delegate@) has not yet.

Each part is looked up before it is written, so loading the demo twice changes nothing.
Demo people are named after their role; the notes, minutes and places, in Dutch, are in
content/history.yaml and name nobody.
"""

from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from certificates.issuing import fill, issue
from certificates.models import CodeVersion, CodeVersionText, Receipt, Signature
from certificates.models.code import Change, checksum
from dilemmas import live
from dilemmas.models import LiveSession, Playlist
from integrity_platform.people.models import Member, Organisation
from integrity_platform.review.acknowledging import review_period
from integrity_platform.review.cycles import open_cycles
from integrity_platform.review.dilemma_sessions import PREFIX
from integrity_platform.review.models import (
    Attendance,
    ChangeProposal,
    Exemption,
    ReviewCycle,
    ReviewSession,
)
from integrity_platform.review.status import refresh
from integrity_platform.visits.delegation import add_delegates
from integrity_platform.visits.models import WorkVisit

from . import data
from .code import VALUES, last_years_texts

ORGANISATION_NAMES = data.load("organisations")
TEXTS = data.load("history")

# The rule Lindenhove proposed at last year's review, taken into this year's version.
PROPOSED_RULE = next(value for value in VALUES if value["key"] == "integrity")["rules"][-1]
PROPOSAL = TEXTS["proposal"]
TOWN_HALL = TEXTS["places"]["town_hall"]
OFFICE = TEXTS["places"]["office"]
PAPER = TEXTS["paper_note"]
# Where members sign, by their organisation's name; elsewhere, SIGNING_PLACE.
PLACES = {ORGANISATION_NAMES[key]: place for key, place in TEXTS["signing_places"].items()}
SIGNING_PLACE = TEXTS["signing_place"]
MINUTES = TEXTS["minutes"]


def at(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour)))


def ensure_history(courses, officer_email="officer@example.org"):
    today = timezone.localdate()
    year = today.year
    people = {user.email: user for user in get_user_model().objects.filter(member__isnull=False)}
    officer = people[officer_email]
    organisations = {key: _organisation(key) for key in ORGANISATION_NAMES}
    catch_up = courses["integrity-policy"]

    last_version = ensure_last_years_version(year - 1)
    this_version = CodeVersion.objects.exclude(pk=last_version.pk).order_by("-effective_date")[0]
    # Published last December, ready for the new year (the demo page records it on loading).
    published = at(date(year - 1, 12, 15), 10)
    CodeVersion.objects.filter(pk=this_version.pk, published_at__gt=published).update(
        published_at=published
    )
    this_version.texts.filter(published_at__gt=published).update(published_at=published)

    # Last year: every organisation's cycle, closed.
    open_cycles(
        year - 1,
        opens_on=date(year - 1, 3, 1),
        due_on=date(year - 1, 6, 30),
        catch_up_course=catch_up,
        by=officer,
    )
    lindenhove_then = _cycle(organisations["lindenhove"], year - 1)
    team_then = _cycle(organisations["international_team"], year - 1)
    held = _session(
        lindenhove_then,
        at(date(year - 1, 5, 20), 14),
        TOWN_HALL,
        attending=["colleague", "medewerker-financien", "diensthoofd-internationaal"],
        people=people,
        violations=("no", MINUTES["lindenhove_last_year"]["violations"]),
        changes=("yes", MINUTES["lindenhove_last_year"]["changes"]),
        by=officer,
    )
    if not held.proposals.exists():
        ChangeProposal.objects.create(
            session=held,
            text=PROPOSAL,
            status=ChangeProposal.Status.TAKEN,
            version_label=this_version.label,
            created_at=held.ends_at,
            handled_by=officer,
            handled_at=at(date(year - 1, 11, 15), 10),
        )
    _session(
        team_then,
        at(date(year - 1, 4, 22), 10),
        OFFICE,
        attending=["officer", "admin"],
        people=people,
        violations=("yes", MINUTES["international_team_last_year"]["violations"]),
        changes=("no", MINUTES["international_team_last_year"]["changes"]),
        by=officer,
    )
    for who, day, recorded in [
        ("colleague", date(year - 1, 5, 20), False),
        ("medewerker-financien", date(year - 1, 5, 20), True),
        ("diensthoofd-internationaal", date(year - 1, 5, 22), True),
        ("officer", date(year - 1, 4, 22), False),
        ("admin", date(year - 1, 4, 24), False),
    ]:
        _signature(people, who, last_version, day, review_period(year - 1), officer, recorded)

    # This year: Lindenhove and the others due in a month, the international team overdue.
    opens_on = max(today - timedelta(days=60), date(year, 1, 1))
    others = [o for key, o in organisations.items() if key != "international_team"]
    open_cycles(
        year,
        opens_on=opens_on,
        due_on=min(today + timedelta(days=30), date(year, 12, 31)),
        organisations=others,
        catch_up_course=catch_up,
        by=officer,
    )
    team_opens_on = max(today - timedelta(days=100), date(year, 1, 1))
    open_cycles(
        year,
        opens_on=team_opens_on,
        due_on=max(team_opens_on, today - timedelta(days=10)),
        organisations=[organisations["international_team"]],
        catch_up_course=catch_up,
        by=officer,
    )
    lindenhove_now = _cycle(organisations["lindenhove"], year)
    session_day = max(opens_on, today - timedelta(days=14))
    session = _session(
        lindenhove_now,
        # Held: at the latest three hours ago (a demo loaded on 1 January, say).
        min(at(session_day, 14), timezone.now() - timedelta(hours=3)).replace(
            minute=0, second=0, microsecond=0
        ),
        TOWN_HALL,
        attending=["colleague", "medewerker-financien", "coordinator"],
        people=people,
        violations=("no", MINUTES["lindenhove_this_year"]["violations"]),
        changes=("no", MINUTES["lindenhove_this_year"]["changes"]),
        by=officer,
    )
    ensure_live_session(session, people)
    for who, day, recorded in [
        ("colleague", session_day, False),
        ("medewerker-financien", session_day, True),
        ("diensthoofd-internationaal", session_day, False),
        ("officer", team_opens_on, False),
        ("admin", team_opens_on, False),
    ]:
        _signature(people, who, this_version, day, review_period(year), officer, recorded)
    scheldemeer_now = _cycle(organisations["scheldemeer"], year)
    on_leave = Member.objects.get(user__email="medewerker-communicatie.scheldemeer@example.org")
    Exemption.objects.get_or_create(
        cycle=scheldemeer_now,
        member=on_leave,
        defaults={"reason": TEXTS["exemption_reason"], "recorded_by": officer},
    )
    for cycle in ReviewCycle.objects.filter(year__in=(year - 1, year)):
        refresh(cycle)
    ensure_work_visit(people, organisations["scheldemeer"], this_version, officer)


def _organisation(key):
    return Organisation.objects.get(name=ORGANISATION_NAMES[key])


def _cycle(organisation, year):
    return ReviewCycle.objects.get(organisation=organisation, year=year)


def _email(who):
    if "@" in who:
        return who
    if "-" in who:  # an invited colleague of Lindenhove
        return f"{who}.lindenhove@example.org"
    return f"{who}@example.org"


def _session(cycle, starts_at, place, *, attending, people, violations, changes, by):
    """A review session that was held: attendance and minutes."""
    session = ReviewSession.objects.filter(cycle=cycle, starts_at=starts_at).first()
    if session is not None:
        return session
    session = ReviewSession.objects.create(
        cycle=cycle,
        starts_at=starts_at,
        place=place,
        scheduled_by=by,
        violations_discussed=violations[0],
        violations_note=violations[1],
        changes_needed=changes[0],
        changes_note=changes[1],
        minutes_recorded_at=starts_at + timedelta(hours=2),
        minutes_recorded_by=by,
    )
    for index, who in enumerate(attending):
        Attendance.objects.create(
            session=session,
            member=people[_email(who)].member,
            how=Attendance.How.CODE if index == 0 else Attendance.How.LIST,
            recorded_at=starts_at + timedelta(minutes=5),
        )
    return session


def _signature(people, who, version, day, period, officer, recorded):
    """A signature for agreement made on `day`: online, or on paper and recorded by the
    integrity officer afterwards. Issued as the platform issues one: signed PDF, history."""
    user = people[_email(who)]
    if Signature.objects.filter(user=user, version=version, period=period).exists():
        return
    member = user.member
    language = user.preferred_language
    text = version.texts.filter(language=language).first() or version.texts.get(language="nl")
    employer = member.organisation.name
    full_name = user.get_full_name()
    issued_at = at(day + timedelta(days=3), 9) if recorded else at(day, 16)
    issue(
        Signature,
        user=user,
        version=version,
        language=text.language,
        text_checksum=text.checksum,
        statement=fill(text.page.agreement_text, name=full_name, employer=employer),
        period=period,
        recorded_by=officer if recorded else None,
        recorded_note=PAPER if recorded else "",
        full_name=full_name,
        employer=employer,
        place=PLACES.get(member.organisation.name, SIGNING_PLACE),
        signed_on=day,
        acknowledged_on=day,
        typed_signature=full_name,
        issued_at=issued_at,
        shown_at=None if recorded else issued_at - timedelta(minutes=6),
        notify=False,  # demo people have no mailbox
    )


def ensure_last_years_version(year):
    """Version `year`.1, in force last year, in every language: the trimmed text of
    content/ethics-code-last-year/, without the rule proposed at last year's review."""
    current = CodeVersion.objects.order_by("-effective_date").first()
    label = f"{year}.1"
    version, created = CodeVersion.objects.get_or_create(
        code_key=current.code_key,
        label=label,
        defaults={
            "effective_date": date(year, 1, 1),
            "change": Change.MATERIAL,
            "published_at": at(date(year - 2, 12, 15), 10),
        },
    )
    if created:
        old_texts = last_years_texts()
        for text in current.texts.all():
            old = old_texts[text.language]
            CodeVersionText.objects.create(
                version=version,
                language=text.language,
                text=old,
                checksum=checksum(old),
                page=text.page,
                published_at=version.published_at,
            )
    return version


def ensure_live_session(review_session, people):
    """The live dilemma session Lindenhove ran during its review session: members and
    guests voted on every dilemma of the playlist, twice on the first one."""
    playlist = Playlist.objects.order_by("pk").first()
    counts_for = f"{PREFIX}{review_session.pk}"
    if playlist is None or LiveSession.objects.filter(counts_for=counts_for).exists():
        return
    facilitator = people[_email("coordinator")]
    session = live.start(playlist, facilitator, "nl", counts_for, str(review_session))
    voters = [live.join(session, people[_email(who)]) for who in ("colleague", "coordinator")]
    guest = TEXTS["guest_nickname"]
    voters += [live.join(session, nickname=guest.format(number=n)) for n in range(1, 7)]
    session = live.move(session, "begin", session.version)
    items = list(session.items.order_by("position"))
    for item in items:
        session = live.move(session, "open", session.version)
        rounds = 2 if item.position == 0 else 1
        for round_ in range(1, rounds + 1):
            if round_ == 2:
                session = live.move(session, "revote", session.version)
            for index, participant in enumerate(voters):
                # Opinions differ, and move after the discussion.
                option = 1 + (index + item.position + round_ - 1) % item.option_count
                live.cast_vote(participant, item.position, round_, option)
            session = live.move(session, "reveal", session.version)
        if item.position < len(items) - 1:
            session = live.move(session, "next", session.version)
    live.move(session, "end", session.version)
    started = review_session.starts_at + timedelta(minutes=30)
    LiveSession.objects.filter(pk=session.pk).update(
        started_at=started, ended_at=started + timedelta(minutes=50)
    )


def ensure_work_visit(people, scheldemeer, version, officer):
    today = timezone.localdate()
    visit, created = WorkVisit.objects.get_or_create(
        organisation=scheldemeer,
        name=TEXTS["work_visit"]["name"],
        defaults={
            "destination": TEXTS["work_visit"]["destination"],
            "starts_on": today + timedelta(days=12),
            "ends_on": today + timedelta(days=19),
            "created_by": officer,
        },
    )
    if not created:
        return
    alderman = people["schepen-ontwikkelingssamenwerking.scheldemeer@example.org"]
    add_delegates(visit, [alderman.member, people["delegate@example.org"].member], notify=False)
    text = version.texts.get(language=alderman.preferred_language)
    full_name = alderman.get_full_name()
    issue(
        Receipt,
        user=alderman,
        version=version,
        language=text.language,
        text_checksum=text.checksum,
        statement=fill(text.page.receipt_text, name=full_name, visit=visit.receipt_title),
        period=visit.period,
        full_name=full_name,
        visit=visit.receipt_title,
        visit_start=visit.starts_on,
        visit_end=visit.ends_on,
        shown_at=timezone.now() - timedelta(minutes=4),
        notify=False,
    )
