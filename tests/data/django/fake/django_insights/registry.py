# SPDX-License-Identifier: MIT
# The registry of the test double (see ../../README.md): insights modules are discovered, each decorated metric
# is registered with its module and label, and collect_insights runs them in order, printing upstream's tqdm
# progress form on stderr. Written for the tests; not upstream's code.
import sys

from django.utils.module_loading import autodiscover_modules


class InsightRegistry:
    def __init__(self):
        self.registered_insights = []

    def autodiscover_insights(self):
        autodiscover_modules("insights")

    def register_insight(self, label, module, question, func):
        self.registered_insights.append((module, label, question, func))

    def collect_insights(self):
        total = len(self.registered_insights)
        for done, (module, label, question, func) in enumerate(self.registered_insights, 1):
            sys.stderr.write("Create insights for %s.%s: %d%%| %d/%d\n" % (module, label, 100 * done // total, done, total))
            func()


registry = InsightRegistry()
