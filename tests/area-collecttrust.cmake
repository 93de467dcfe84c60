# SPDX-License-Identifier: MIT
# Collect trust: consent keyed on what runs, secrets out of logs, no provider or temporary file left behind.
iv_add_test(NAME tst_collecttrust SOURCES tst_collecttrust.cpp)
add_dependencies(tst_collecttrust insights-viewer)
