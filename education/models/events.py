"""Education events (live streams, salons, talks), their index and iCalendar feeds."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from common.i18n import html_lang
from common.pagecache import expire_at
from education.api import fields as api
from education.blocks import BaseStreamBlock
from education.listing import paginate
from education.search.fields import segmented

from .base import BasePage, EducationPageQuerySet, IntroductionMixin
from .sharing import ShareCardMixin


class EventFormat(models.TextChoices):
    LIVE_STREAM = "live_stream", _("线上直播")
    SALON = "salon", _("线下沙龙")
    COMMUNITY = "community", _("社区讲座")
    CAMPUS = "campus", _("校园宣讲")
    OTHER = "other", _("其他")


class EventState(models.TextChoices):
    UPCOMING = "upcoming", _("即将开始")
    LIVE = "live", _("正在进行")
    ENDED = "ended", _("已结束")


class EventPageQuerySet(EducationPageQuerySet):
    def upcoming(self, now=None):
        """Events not yet ended, soonest first: an event in progress still counts."""
        now = now or timezone.now()
        return self.live().public().filter(end__gt=now).order_by("start", "pk")

    def past(self, now=None):
        now = now or timezone.now()
        return self.live().public().filter(end__lte=now).order_by("-start", "-pk")


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class EventIndexPage(RoutablePageMixin, IntroductionMixin, BasePage):
    parent_page_types = ["education.HomePage"]
    subpage_types = ["education.EventPage"]
    max_count = 1
    subscriptions = [("calendar", _("活动日历（.ics）"))]

    class Meta:
        verbose_name = _("宣教活动列表")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = EventPage.objects.child_of(self)
        context["upcoming_events"] = list(events.upcoming(now))
        context["past_page"] = paginate(request, events.past(now))
        context["now"] = now
        return context

    def get_cached_paths(self):
        return ["/", "calendar/"]

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from education.calendars import build_calendar

        events = list(EventPage.objects.child_of(self).upcoming())
        # An event leaves the calendar when it ends.
        expire_at(request, min((event.end for event in events), default=None))
        return ics_response(build_calendar(events, request, name=self.title), "events.ics")


class EventPage(ShareCardMixin, RoutablePageMixin, BasePage):
    summary = models.TextField(_("摘要"), max_length=300, help_text=_("一两句话介绍活动内容和适合谁参加。"))
    start = models.DateTimeField(_("开始时间"), help_text=_("北京时间"))
    end = models.DateTimeField(_("结束时间"), help_text=_("北京时间"))
    format = models.CharField(_("活动形式"), max_length=20, choices=EventFormat.choices)
    city = models.CharField(_("城市"), max_length=40, blank=True)
    venue = models.CharField(
        _("地点"),
        max_length=200,
        blank=True,
        help_text=_("线下活动填写详细地址，例如 某某社区服务中心二楼多功能厅。"),
    )
    stream_url = models.URLField(
        _("直播链接"), blank=True, help_text=_("线上直播必填，活动进行时会醒目显示。")
    )
    registration_url = models.URLField(_("报名链接"), blank=True)
    capacity = models.CharField(
        _("名额说明"), max_length=60, blank=True, help_text=_("例如 限 50 人，先到先得")
    )
    signup_enabled = models.BooleanField(
        _("开放网上报名"),
        default=False,
        help_text=_("读者在本站填写称呼和手机号或邮箱报名，收到确认和活动前 24 小时的提醒；满员后进入候补。"),
    )
    signup_capacity = models.PositiveIntegerField(
        _("报名名额"),
        null=True,
        blank=True,
        help_text=_("开放网上报名时必填。满员后的报名进入候补，有人取消时按报名先后自动递补。"),
    )
    replay_url = models.URLField(_("回放链接"), blank=True, help_text=_("活动结束后添加，读者可以观看回放。"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("详细介绍"))

    objects = EventPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("format")],
            heading=_("时间与形式"),
        ),
        MultiFieldPanel(
            [FieldPanel("city"), FieldPanel("venue"), FieldPanel("stream_url")],
            heading=_("地点或直播"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signup_enabled"),
                FieldPanel("signup_capacity"),
                FieldPanel("registration_url"),
                FieldPanel("capacity"),
                FieldPanel("replay_url"),
            ],
            heading=_("报名与回放"),
        ),
        FieldPanel("body"),
    ]
    search_fields = segmented(
        Page.search_fields
        + [
            index.SearchField("summary"),
            index.SearchField("body"),
            index.SearchField("city"),
            index.SearchField("venue"),
            index.FilterField("start"),
            index.FilterField("end"),
        ]
    )
    api_fields = [
        APIField("summary"),
        APIField("start", serializer=api.LocalDateTimeField()),
        APIField("end", serializer=api.LocalDateTimeField()),
        APIField("state", serializer=api.EventStateField(source="*")),
        APIField("format"),
        APIField("format_label", serializer=api.ChoiceLabelField("format", source="*")),
        APIField("city"),
        APIField("venue"),
        APIField("stream_url"),
        APIField("registration_url"),
        APIField("capacity"),
        APIField("replay_url"),
        APIField("share_card", serializer=api.PageMethodField("share_card_url", source="*")),
        APIField("ics_url", serializer=api.PageMethodField("ics_url", source="*")),
        APIField("body"),
    ]
    parent_page_types = ["education.EventIndexPage"]
    subpage_types = []
    summary_field = "summary"
    card_kind = "event"

    class Meta:
        verbose_name = _("宣教活动")
        verbose_name_plural = _("宣教活动")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("结束时间必须晚于开始时间。")
        if self.format == EventFormat.LIVE_STREAM and not self.stream_url:
            errors["stream_url"] = _("线上直播请填写直播链接。")
        if self.format and self.format != EventFormat.LIVE_STREAM and not (self.venue or self.city):
            errors["venue"] = _("线下活动请至少填写城市或地点。")
        if self.signup_enabled and not self.signup_capacity:
            errors["signup_capacity"] = _("开放网上报名时请填写报名名额（至少 1 人）。")
        if errors:
            raise ValidationError(errors)

    def state(self, now=None):
        now = now or timezone.now()
        if now < self.start:
            return EventState.UPCOMING
        if now < self.end:
            return EventState.LIVE
        return EventState.ENDED

    @property
    def current_state(self):
        return self.state()

    @property
    def next_state_change(self):
        """When the state shown now stops being true (the start, then the end), or None once ended."""
        now = timezone.now()
        if now < self.start:
            return self.start
        return self.end if now < self.end else None

    def signup_open(self, now=None):
        """Sign-ups are taken until the event starts."""
        return self.signup_enabled and (now or timezone.now()) < self.start

    @property
    def is_online(self):
        return self.format == EventFormat.LIVE_STREAM

    def get_cached_paths(self):
        return [*super().get_cached_paths(), "ics/"]

    def ics_url(self, request=None):
        return f"{self.get_full_url(request)}ics/"

    @path("ics/", name="ics")
    def ics(self, request):
        from education.calendars import build_calendar

        return ics_response(build_calendar([self], request, name=self.title), f"{self.slug}.ics")

    @path("signup/", name="signup")
    def signup(self, request):
        """The sign-up form: its own URL, never cached (CSRF token, places left), so that the event page
        itself stays in the page cache."""
        from education.signups.views import signup

        return signup(self, request)

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.meta_description,
            "url": self.get_full_url(request),
            "startDate": timezone.localtime(self.start).isoformat(),
            "endDate": timezone.localtime(self.end).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": html_lang(),
        }
        if self.is_online:
            data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
            data["location"] = {"@type": "VirtualLocation", "url": self.stream_url}
        else:
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            data["location"] = {
                "@type": "Place",
                "name": self.venue or self.city,
                "address": " ".join(filter(None, [self.city, self.venue])),
            }
        return data
