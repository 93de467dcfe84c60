# SPDX-License-Identifier: MIT
# Tables named and shaped like upstream's (docs/FORMATS.md), written for the tests.
from django.db import models


class App(models.Model):
    uuid = models.CharField(max_length=32, primary_key=True)
    module = models.CharField(max_length=254, unique=True)
    label = models.CharField(max_length=254, null=True)


class Counter(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    label = models.CharField(max_length=254, unique=True)
    question = models.CharField(max_length=254)
    desc = models.TextField()
    value = models.IntegerField()
    app = models.ForeignKey(App, on_delete=models.CASCADE)


class Bucket(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    label = models.CharField(max_length=254, unique=True)
    question = models.CharField(max_length=254)
    desc = models.TextField()
    type = models.IntegerField()
    xlabel = models.CharField(max_length=254, null=True)
    xformat = models.CharField(max_length=254, null=True)
    ylabel = models.CharField(max_length=254, null=True)
    yformat = models.CharField(max_length=254, null=True)
    title = models.CharField(max_length=254, null=True)
    app = models.ForeignKey(App, on_delete=models.CASCADE)


class BucketValue(models.Model):
    timestamp = models.DateTimeField(null=True)
    xvalue = models.FloatField()
    yvalue = models.FloatField()
    category = models.CharField(max_length=254, null=True)
    bucket = models.ForeignKey(Bucket, on_delete=models.CASCADE)


class Gauge(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    label = models.CharField(max_length=254, unique=True)
    question = models.CharField(max_length=254)
    desc = models.TextField()
    value = models.FloatField()
    app = models.ForeignKey(App, on_delete=models.CASCADE)


class ExecutionDelta(models.Model):
    executed_at = models.DateTimeField()
    uuid = models.CharField(max_length=32)
