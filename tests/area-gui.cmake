# SPDX-License-Identifier: MIT
# Tests of the GUI area: chart builder, background loading, values table, main window.
iv_add_test(NAME tst_chartbuilder SOURCES tst_chartbuilder.cpp chartprobe.h bucketprobe.h LIBS ivwidgets)
iv_add_test(NAME tst_chartbuilder_fixtures SOURCES tst_chartbuilder_fixtures.cpp chartprobe.h bucketprobe.h LIBS ivwidgets FIXTURES)
iv_add_test(NAME tst_bucketloader SOURCES tst_bucketloader.cpp LIBS ivmodel)
iv_add_test(NAME tst_bucketvaluestablemodel SOURCES tst_bucketvaluestablemodel.cpp LIBS ivmodel)
iv_add_test(NAME tst_mainwindow SOURCES tst_mainwindow.cpp LIBS ivwidgets)
iv_add_test(NAME tst_mainwindow_fixtures SOURCES tst_mainwindow_fixtures.cpp LIBS ivwidgets FIXTURES)
