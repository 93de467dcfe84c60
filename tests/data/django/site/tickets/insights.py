# SPDX-License-Identifier: MIT
# The help desk's metrics, declared as django-insights declares them. Some are one query whose rows are the
# value (a draft gets their SQL); others are computed in Python, combine queries or filter in Python (a draft
# keeps their source to finish by hand).
from django.db import connection
from django.db.models import Avg

from django_insights.metrics import metrics
from tickets.models import Ticket

label = "Tickets"


@metrics.counter(question="How many tickets?")
def count_tickets():
    return Ticket.objects.count()


@metrics.counter(question="How many tickets are open?", desc="Tickets nobody closed yet.")
def count_open_tickets():
    return Ticket.objects.filter(status="open", hours__gte=0).count()


@metrics.gauge(question="Average handling time?", desc="Hours per ticket, all tickets.")
def average_hours():
    return Ticket.objects.aggregate(h=Avg("hours"))["h"]


@metrics.hbarchart(question="Hours per status?", xlabel="Hours", xformat="%d", ylabel="Tickets",
                   yformat="%d", title="Handling time")
def hours_per_status():
    with connection.cursor() as cursor:
        cursor.execute("SELECT sum(hours), count(*), status FROM tickets_ticket WHERE hours >= %s "
                       "GROUP BY status ORDER BY status", [0])
        return cursor.fetchall()


@metrics.timeseries(question="Tickets per day?", xlabel="Day", xformat="%Y-%m-%d", ylabel="Tickets")
def tickets_per_day():
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT date_trunc('day', created), count(*) FROM tickets_ticket "
                           "WHERE created >= %s GROUP BY 1 ORDER BY 1", ["2024-01-01 00:00:00+00"])
        else:
            cursor.execute("SELECT strftime('%%Y-%%m-%%d 00:00:00', created), count(*) FROM tickets_ticket "
                           "WHERE created >= %s GROUP BY 1 ORDER BY 1", ["2024-01-01 00:00:00"])
        return cursor.fetchall()


# Only on PostgreSQL: psycopg's named parameters.
if connection.vendor == "postgresql":
    @metrics.counter(question="Open tickets over two hours?")
    def count_long_open_tickets():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM tickets_ticket WHERE hours > %(min)s AND status = %(status)s "
                           "AND hours > %(min)s - 10", {"min": 2, "status": "open"})
            return cursor.fetchone()[0]


# Computed in Python: the rows' index is the y value.
@metrics.barchart(question="Tickets per status?", xlabel="Status", ylabel="Tickets")
def tickets_per_status():
    per_status = {}
    for status in Ticket.objects.order_by("status").values_list("status", flat=True):
        per_status[status] = per_status.get(status, 0) + 1
    return [(n, index, status) for index, (status, n) in enumerate(sorted(per_status.items()))]


# One query, rounded in Python.
@metrics.gauge(question="Average handling time, rounded?")
def average_hours_rounded():
    return round(Ticket.objects.aggregate(h=Avg("hours"))["h"], 0)


# Two queries combined.
@metrics.gauge(question="Share of open tickets?", desc="Open tickets divided by all tickets.")
def open_share():
    return Ticket.objects.filter(status="open").count() / Ticket.objects.count()


# Filtered in Python after the query.
@metrics.counter(question="Tickets that took long?")
def count_long_tickets():
    return len([t for t in Ticket.objects.all() if t.hours > 4])


# No query at all.
@metrics.counter(question="How many teams?")
def count_teams():
    return 2
