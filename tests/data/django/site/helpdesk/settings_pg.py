# SPDX-License-Identifier: MIT
# The help desk on PostgreSQL: the database named by the environment (the test's private cluster).
import os

from .settings import *  # noqa: F401,F403

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["HELPDESK_PG_NAME"],
        "HOST": os.environ["HELPDESK_PG_HOST"],
        "PORT": os.environ["HELPDESK_PG_PORT"],
        "USER": os.environ["HELPDESK_PG_USER"],
        "PASSWORD": os.environ.get("HELPDESK_PG_PASSWORD", ""),
    }
}
