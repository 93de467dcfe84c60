#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# A stand-in for a Django project's manage.py: "collect_insights" prints tqdm-style progress on stderr like
# django-insights does and writes an insights database (upstream schema from tests/data/schema.sql) to
# $FAKE_INSIGHTS_DB. Checks that it was called the way the django provider promises.
import os, sqlite3, sys, time

assert sys.argv[1:] == ["collect_insights"], sys.argv
assert os.environ.get("DJANGO_SETTINGS_MODULE") == "fake.settings", os.environ.get("DJANGO_SETTINGS_MODULE")
target = os.environ["FAKE_INSIGHTS_DB"]
here = os.path.dirname(os.path.abspath(__file__))
schema = open(os.path.join(here, "..", "..", "schema.sql")).read()
metrics = ["count_things", "avg_things", "things_per_day"]
for k, name in enumerate(metrics, 1):
    sys.stderr.write("\rCreate insights for fake.app.insights.%s: %3d%%|#   | %d/%d [00:00<00:00]"
                     % (name, 100 * k // len(metrics), k, len(metrics)))
    sys.stderr.flush()
    time.sleep(0.01)
sys.stderr.write("\n")
if os.path.exists(target):
    os.remove(target)
db = sqlite3.connect(target)
db.executescript(schema)
db.executescript("""
INSERT INTO insights_app VALUES ('00000000000000000000000000000001', 'fake.app.insights', 'Fake');
INSERT INTO insights_counter VALUES (1, '2024-01-01 00:00:00.123456', 'count_things', 'How many things?', NULL, 12, '00000000000000000000000000000001');
INSERT INTO insights_gauge VALUES (1, '2024-01-01 00:00:00.123456', 'avg_things', NULL, 'per day', 0.75, '00000000000000000000000000000001');
INSERT INTO insights_bucket VALUES (1, '2024-01-01 00:00:00.123456', 'things_per_day', 'Things per day?', NULL, 1, 'Day', '%d', 'Things', NULL, NULL, '00000000000000000000000000000001');
INSERT INTO insights_bucketvalue VALUES (1, '2024-01-01 00:00:00', 5.0, 0.0, NULL, 1);
INSERT INTO insights_bucketvalue VALUES (2, '2024-01-02 00:00:00', 7.0, 0.0, NULL, 1);
""")
db.commit()
db.close()
print("done")
