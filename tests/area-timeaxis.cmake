# SPDX-License-Identifier: MIT
# Tests of the time axis: calendar ticks (the chart's tests live in tst_chartview, registered by scale).
iv_add_test(NAME tst_timeticks SOURCES tst_timeticks.cpp)
