# SPDX-License-Identifier: MIT
# Scale and interaction tests: interactive chart view, lazy dashboard, big bar charts, reduced exports.
iv_add_test(NAME tst_chartview SOURCES tst_chartview.cpp bucketprobe.h LIBS ivwidgets)
iv_add_test(NAME tst_scale SOURCES tst_scale.cpp LIBS ivwidgets)
