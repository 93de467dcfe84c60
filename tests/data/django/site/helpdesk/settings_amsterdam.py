# SPDX-License-Identifier: MIT
# The help desk in the time zone of its users, with the visits app (metrics in that zone).
from .settings import *  # noqa: F401,F403

TIME_ZONE = "Europe/Amsterdam"
INSTALLED_APPS = INSTALLED_APPS + ["visits"]  # noqa: F405
