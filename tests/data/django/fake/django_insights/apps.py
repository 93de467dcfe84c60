# SPDX-License-Identifier: MIT
from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "django_insights"
    label = "insights"
