# SPDX-License-Identifier: MIT
from django.db import models


class Visit(models.Model):
    created = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "visits_visit"
