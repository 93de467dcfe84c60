# SPDX-License-Identifier: MIT
# Sends the "insights" app to the "insights" database, everything else elsewhere.


class Router:
    def db_for_read(self, model, **hints):
        return "insights" if model._meta.app_label == "insights" else None

    def db_for_write(self, model, **hints):
        return "insights" if model._meta.app_label == "insights" else None

    def allow_migrate(self, db, app_label, **hints):
        if app_label == "insights":
            return db == "insights"
        return None
