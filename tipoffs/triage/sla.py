"""The team's promise as deadlines: acknowledge, investigate, and feed back when the reporter left contact
details, within ``settings.TIPOFF_SLA_HOURS`` (1, 24 and 48 hours), all counted from the moment a tip-off
arrives.

A tip-off's *current stage* is the first promise not yet kept; its due time decides the SLA state. The same
rules run in Python (one tip-off, ``TipOff.save``) and in SQL (``refresh_sla``, one UPDATE for many rows),
both built from ``STAGES`` so they cannot drift apart. Their result is stored on the tip-off (``sla_stage``,
``sla_due_at``, ``sla_due_soon_at``), so the queue, its filters and the dashboard read an indexed column.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Case, CharField, DateTimeField, ExpressionWrapper, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tipoffs.models import SlaStage
from tipoffs.promises import sla_hours

# The last quarter of a stage's time counts as "due soon".
DUE_SOON_FRACTION = 0.25


@dataclass(frozen=True)
class Stage:
    name: str
    limit: timedelta
    done_field: str
    needs_reporter_contact: bool = False

    @property
    def label(self):
        return SlaStage(self.name).label

    @property
    def due_soon_after(self):
        return self.limit * (1 - DUE_SOON_FRACTION)

    def applies_to(self, tipoff):
        return not self.needs_reporter_contact or bool(tipoff.reporter_contact)

    def applies_condition(self):
        """SQL for ``applies_to``: an empty Q when the stage applies to every tip-off."""
        return ~Q(reporter_contact="") if self.needs_reporter_contact else Q()

    def condition(self):
        """SQL: the stage applies and is not done yet."""
        return Q(**{f"{self.done_field}__isnull": True}) & self.applies_condition()

    def due_at(self):
        """SQL: when the stage falls due (receipt plus the stage's limit)."""
        return _received_plus(self.limit)


_HOURS = sla_hours()
STAGES = (
    Stage(SlaStage.ACKNOWLEDGE, timedelta(hours=_HOURS["acknowledge"]), "acknowledged_at"),
    # Investigating is done when the case is closed with an outcome.
    Stage(SlaStage.INVESTIGATE, timedelta(hours=_HOURS["investigate"]), "closed_at"),
    Stage(SlaStage.FEEDBACK, timedelta(hours=_HOURS["feedback"]), "fed_back_at", needs_reporter_contact=True),
)
STAGES_BY_NAME = {stage.name: stage for stage in STAGES}


class SlaState:
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"

    LABELS = {
        ON_TIME: _("按时"),
        DUE_SOON: _("即将超时"),
        OVERDUE: _("已超时"),
        MET: _("已全部完成"),
    }
    CHOICES = [(ON_TIME, LABELS[ON_TIME]), (DUE_SOON, LABELS[DUE_SOON]), (OVERDUE, LABELS[OVERDUE])]


@dataclass(frozen=True)
class Sla:
    stage: Stage | None
    due_at: object  # aware datetime, or None when every promise is kept
    state: str
    remaining: timedelta | None  # negative when overdue

    @property
    def state_label(self):
        return SlaState.LABELS[self.state]

    @property
    def is_open(self):
        return self.stage is not None


def current_stage(tipoff):
    for stage in STAGES:
        if stage.applies_to(tipoff) and getattr(tipoff, stage.done_field) is None:
            return stage
    return None


def state_at(due_at, due_soon_at, now):
    if now >= due_at:
        return SlaState.OVERDUE
    if now >= due_soon_at:
        return SlaState.DUE_SOON
    return SlaState.ON_TIME


def sla_for(tipoff, now=None):
    now = now or timezone.now()
    stage = current_stage(tipoff)
    if stage is None:
        return Sla(stage=None, due_at=None, state=SlaState.MET, remaining=None)
    due_at = tipoff.received_at + stage.limit
    state = state_at(due_at, tipoff.received_at + stage.due_soon_after, now)
    return Sla(stage=stage, due_at=due_at, state=state, remaining=due_at - now)


def _received_plus(delta):
    return ExpressionWrapper(F("received_at") + Value(delta), output_field=DateTimeField())


def _first_open_stage(value_for_stage, output_field, default=None):
    return Case(
        *(When(stage.condition(), then=value_for_stage(stage)) for stage in STAGES),
        default=default,
        output_field=output_field,
    )


def sla_expressions():
    """The SQL rules: an expression for each stored SLA column (all null when every promise is kept)."""
    return {
        "sla_stage": _first_open_stage(lambda stage: Value(stage.name), CharField(), default=Value("")),
        "sla_due_at": _first_open_stage(lambda stage: stage.due_at(), DateTimeField()),
        "sla_due_soon_at": _first_open_stage(
            lambda stage: _received_plus(stage.due_soon_after), DateTimeField()
        ),
    }


def refresh_sla(queryset):
    """Rewrite the stored SLA columns of every row of ``queryset`` in one UPDATE; returns the row count.

    For changes made without ``save()``: ``update()``, ``bulk_create()``, erasing a reporter's contact.
    """
    return queryset.update(**sla_expressions())


def stored_sla_values(tipoff):
    """The stored SLA columns for ``tipoff`` by the Python rules (``TipOff.save`` writes them)."""
    stage = current_stage(tipoff)
    if stage is None or tipoff.received_at is None:
        return {"sla_stage": "", "sla_due_at": None, "sla_due_soon_at": None}
    return {
        "sla_stage": stage.name,
        "sla_due_at": tipoff.received_at + stage.limit,
        "sla_due_soon_at": tipoff.received_at + stage.due_soon_after,
    }


def filter_sla_state(queryset, state, now=None):
    """Filter a queryset of tip-offs to one SlaState (by the stored columns)."""
    now = now or timezone.now()
    if state == SlaState.OVERDUE:
        return queryset.filter(sla_due_at__lte=now)
    if state == SlaState.DUE_SOON:
        return queryset.filter(sla_due_soon_at__lte=now, sla_due_at__gt=now)
    if state == SlaState.ON_TIME:
        return queryset.filter(sla_due_soon_at__gt=now)
    if state == SlaState.MET:
        return queryset.filter(sla_due_at__isnull=True)
    return queryset


def stored_sla(tipoff, now=None):
    """The Sla of a tip-off from its stored columns, without another query."""
    now = now or timezone.now()
    if tipoff.sla_due_at is None:
        return Sla(stage=None, due_at=None, state=SlaState.MET, remaining=None)
    state = state_at(tipoff.sla_due_at, tipoff.sla_due_soon_at, now)
    return Sla(
        stage=STAGES_BY_NAME[tipoff.sla_stage],
        due_at=tipoff.sla_due_at,
        state=state,
        remaining=tipoff.sla_due_at - now,
    )
