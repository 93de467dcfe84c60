# SPDX-License-Identifier: MIT
# Visits counted by day, week, month, hour and weekday in the site's time zone (helpdesk.settings_amsterdam:
# Europe/Amsterdam, USE_TZ): Django's Trunc*/Extract*, which on SQLite call Django's own functions
# (django_datetime_trunc …). The visits lie across both summer-time changes of 2024 and the turn of the year.
import datetime

from django.db.models import Count
from django.db.models.functions import ExtractHour, ExtractWeek, TruncDate, TruncDay, TruncMonth, TruncWeek

from django_insights.metrics import metrics
from visits.models import Visit

label = "Visits"


def per(trunc):
    return Visit.objects.annotate(t=trunc("created")).values("t").annotate(n=Count("id")).order_by("t")


@metrics.timeseries(question="Visits per day?", xlabel="Day", ylabel="Visits")
def visits_per_day():
    return list(per(TruncDay).values_list("t", "n"))


@metrics.timeseries(question="Visits per week?", xlabel="Week", ylabel="Visits")
def visits_per_week():
    return list(per(TruncWeek).values_list("t", "n"))


@metrics.timeseries(question="Visits per month?", xlabel="Month", ylabel="Visits")
def visits_per_month():
    return list(per(TruncMonth).values_list("t", "n"))


@metrics.timeseries(question="Visits per date?", xlabel="Date", ylabel="Visits")
def visits_per_date():
    return list(per(TruncDate).values_list("t", "n"))


@metrics.barchart(question="Visits per hour of the day?", xlabel="Hour", ylabel="Visits")
def visits_per_hour():
    return list(per(ExtractHour).values_list("t", "n"))


@metrics.barchart(question="Visits per ISO week?", xlabel="Week", ylabel="Visits")
def visits_per_iso_week():
    return list(per(ExtractWeek).values_list("t", "n"))


@metrics.counter(question="Visits on a Sunday?")
def visits_on_sundays():
    return Visit.objects.filter(created__week_day=1).count()


@metrics.counter(question="Visits in April?")
def visits_in_april():
    return Visit.objects.filter(created__month=4).count()


@metrics.counter(question="Visits on the day summer time began?")
def visits_on_summer_day():
    return Visit.objects.filter(created__date=datetime.date(2024, 3, 31)).count()
