# SPDX-License-Identifier: MIT
# Discovers the site's insights modules and stores what their metrics return (see ../../metrics.py).
from django.core.management.base import BaseCommand

from django_insights.metrics import metrics
from django_insights.registry import registry


class Command(BaseCommand):
    def handle(self, *args, **options):
        registry.autodiscover_insights()
        metrics.collect(reset=True)
