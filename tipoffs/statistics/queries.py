"""The public statistics, one aggregate query per chart: tip-offs by scam category and by contact channel,
contacts confirmed and appeals upheld, and reported losses in bands; all per month of the window."""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Case, CharField, Count, Value, When
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from tipoffs.models import AppealStatus, ContactAppeal, ContactChannel, ContactStatus, SuspectContact, TipOff

from .charts import COUNT, Chart, Row, count_cell

UNCATEGORISED = "—"
# Reported losses in yuan: (key, upper bound exclusive or None, label).
AMOUNT_BANDS = (
    ("under_1k", Decimal(1000), gettext_lazy("1 千元以下")),
    ("1k_5k", Decimal(5000), gettext_lazy("1 千至 5 千元")),
    ("5k_20k", Decimal(20000), gettext_lazy("5 千至 2 万元")),
    ("20k_100k", Decimal(100000), gettext_lazy("2 万至 10 万元")),
    ("100k_plus", None, gettext_lazy("10 万元及以上")),
)


def _rows(window, counts, labels):
    """Chart rows from ``{(key, month index): count}`` in the order of ``labels`` (key, label)."""
    series = defaultdict(window.empty_series)
    for (key, index), count in counts.items():
        if index is not None:
            series[key][index] += count
    return tuple(Row(label=label, cells=tuple(count_cell(n) for n in series[key])) for key, label in labels)


def _monthly(queryset, window, date_field, key, *also, **annotations):
    """One grouped query: how many rows per local month of ``date_field`` and value of ``key``.

    Returns ``(counts, rows)``: ``{(key value, month index): count}`` and the grouped rows (with ``also``).
    """
    rows = list(
        queryset.filter(**window.between(date_field))
        .annotate(month=window.trunc(date_field), **annotations)
        .values("month", key, *also)
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = defaultdict(int)
    for row in rows:
        counts[row[key], window.index(row["month"])] += row["n"]
    return counts, rows


def received_by_category(window):
    counts, rows = _monthly(
        TipOff.objects,
        window,
        "received_at",
        "category_id",
        "category__name",
        "category__name_en",
        "category__sort_order",
    )
    english = get_language() == "en"  # English pages (issue 13) show the categories' English names
    names = {
        row["category_id"]: (
            row["category__sort_order"] or 0,
            (english and row["category__name_en"]) or row["category__name"] or "",
        )
        for row in rows
    }
    labels = [(key, name) for key, (_order, name) in sorted(names.items(), key=lambda item: item[1]) if key]
    if None in names:
        labels.append((None, _("未选择分类")))
    return Chart(
        slug="received-by-category",
        title=_("每月收到的举报：按骗局类型"),
        description=_("举报人在表单中选择的骗局类型；不确定类型的单独统计。"),
        row_heading=_("骗局类型"),
        scale=COUNT,
        months=window.months,
        rows=_rows(window, counts, labels),
    )


def received_by_channel(window):
    counts, _grouped = _monthly(TipOff.objects, window, "received_at", "contact_channel")
    labels = [(value, str(label)) for value, label in ContactChannel.choices]
    if any(key == "" for key, _index in counts):
        labels.append(("", _("未填写")))
    return Chart(
        slug="received-by-channel",
        title=_("每月收到的举报：按对方的联系方式"),
        description=_("骗子最初通过什么方式联系举报人。"),
        row_heading=_("联系方式"),
        scale=COUNT,
        months=window.months,
        rows=_rows(window, counts, labels),
    )


def confirmed_and_appeals(window):
    """Contacts confirmed as black industry (still on the list, by month confirmed) and appeals upheld
    (by month decided), in one query: two grouped counts joined by UNION ALL."""
    confirmed = (
        SuspectContact.objects.filter(status=ContactStatus.CONFIRMED, **window.between("status_changed_at"))
        .annotate(
            series=Value("confirmed", output_field=CharField()), month=window.trunc("status_changed_at")
        )
        .values("series", "month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    upheld = (
        ContactAppeal.objects.filter(status=AppealStatus.UPHELD, **window.between("handled_at"))
        .annotate(series=Value("upheld", output_field=CharField()), month=window.trunc("handled_at"))
        .values("series", "month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = defaultdict(int)
    for row in confirmed.union(upheld, all=True):
        counts[row["series"], window.index(row["month"])] += row["n"]
    labels = [("confirmed", _("确认为黑灰产的联系人")), ("upheld", _("误判申诉成立"))]
    return Chart(
        slug="confirmed-and-appeals",
        title=_("每月核实结果：确认的黑灰产联系人与成立的误判申诉"),
        description=_(
            "“确认为黑灰产”按团队确认的月份统计目前仍在名单上的联系人；"
            "申诉成立（联系人随即解除标记）按决定的月份统计。"
        ),
        row_heading=_("核实结果"),
        scale=COUNT,
        months=window.months,
        rows=_rows(window, counts, labels),
    )


def amount_band():
    """SQL: the band key of a tip-off's reported loss."""
    whens = [When(amount_lost__lt=upper, then=Value(key)) for key, upper, _label in AMOUNT_BANDS if upper]
    return Case(*whens, default=Value(AMOUNT_BANDS[-1][0]), output_field=CharField())


def losses_by_band(window):
    counts, _grouped = _monthly(
        TipOff.objects.filter(amount_lost__gt=0), window, "received_at", "band", band=amount_band()
    )
    return Chart(
        slug="losses-by-band",
        title=_("每月举报中填写的损失金额：按金额区间"),
        description=_("只统计填写了损失金额的举报，金额由举报人自行填写，未经核实。"),
        row_heading=_("损失金额"),
        scale=COUNT,
        months=window.months,
        rows=_rows(window, counts, [(key, str(label)) for key, _upper, label in AMOUNT_BANDS]),
    )


PUBLIC_CHARTS = (received_by_category, received_by_channel, confirmed_and_appeals, losses_by_band)
