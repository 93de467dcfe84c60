# SPDX-License-Identifier: MIT
from django.db import models


class Ticket(models.Model):
    created = models.DateTimeField()
    status = models.CharField(max_length=20)
    hours = models.IntegerField()

    class Meta:
        managed = False
        db_table = "tickets_ticket"
