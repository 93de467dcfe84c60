# SPDX-License-Identifier: MIT
# The metric decorators of the test double (see ../../README.md), with upstream's names and keywords:
# counter/gauge(question, desc), timeseries/scatterplot/barchart/hbarchart(question, desc, xlabel, xformat,
# ylabel, yformat, title). A decorated function is registered under its module and name; its return value is
# stored when collect() runs. Written for the tests; not upstream's code.
import importlib

from django_insights.models import App, Bucket, BucketValue, Counter, Gauge
from django_insights.registry import registry

BUCKET_TYPES = {"timeseries": 1, "scatterplot": 3, "barchart": 4, "hbarchart": 5}


class InsightMetrics:
    def __init__(self):
        self.counters = []
        self.gauges = []
        self.values = []

    def _app(self, func):
        module = func.__module__
        label = getattr(importlib.import_module(module), "label", None)
        app, _ = App.objects.get_or_create(module=module, defaults={"uuid": module.replace(".", "_"), "label": label})
        return app

    def _register(self, func, store):
        def run():
            store(self._app(func), func())

        registry.register_insight(label=func.__name__, module=func.__module__, question=None, func=run)
        return func

    def counter(self, question=None, desc=None):
        def decorator(func):
            def store(app, value):
                self.counters.append(Counter(app=app, label=func.__name__, question=question, desc=desc or "", value=value))

            return self._register(func, store)

        return decorator

    def gauge(self, question=None, desc=None):
        def decorator(func):
            def store(app, value):
                self.gauges.append(Gauge(app=app, label=func.__name__, question=question, desc=desc or "", value=value))

            return self._register(func, store)

        return decorator

    def _bucket(self, kind, question, desc, xlabel, xformat, ylabel, yformat, title):
        def decorator(func):
            def store(app, rows):
                bucket = Bucket.objects.create(app=app, label=func.__name__, question=question, desc=desc or "",
                                               type=BUCKET_TYPES[kind], xlabel=xlabel, xformat=xformat,
                                               ylabel=ylabel, yformat=yformat, title=title)
                for row in rows:
                    if kind == "timeseries":
                        self.values.append(BucketValue(bucket=bucket, timestamp=row[0], xvalue=row[1], yvalue=0))
                    else:
                        self.values.append(BucketValue(bucket=bucket, xvalue=row[0], yvalue=row[1],
                                                       category=row[2] if len(row) > 2 else None))

            return self._register(func, store)

        return decorator

    def timeseries(self, question=None, desc=None, xlabel=None, xformat=None, ylabel=None, yformat=None, title=None):
        return self._bucket("timeseries", question, desc, xlabel, xformat, ylabel, yformat, title)

    def scatterplot(self, question=None, desc=None, xlabel=None, xformat=None, ylabel=None, yformat=None, title=None):
        return self._bucket("scatterplot", question, desc, xlabel, xformat, ylabel, yformat, title)

    def barchart(self, question=None, desc=None, xlabel=None, xformat=None, ylabel=None, yformat=None, title=None):
        return self._bucket("barchart", question, desc, xlabel, xformat, ylabel, yformat, title)

    def hbarchart(self, question=None, desc=None, xlabel=None, xformat=None, ylabel=None, yformat=None, title=None):
        return self._bucket("hbarchart", question, desc, xlabel, xformat, ylabel, yformat, title)

    def collect(self, reset=False):
        registry.collect_insights()
        Counter.objects.bulk_create(self.counters)
        Gauge.objects.bulk_create(self.gauges)
        BucketValue.objects.bulk_create(self.values)


metrics = InsightMetrics()
