# SPDX-License-Identifier: MIT
# Collect sources: the SQL text check per dialect, UTC conversion, SQLite sources that never get sidecar files.
# (The PostgreSQL cluster tests, tst_collect_pg, are registered in area-collect.cmake with their fixture.)
iv_add_test(NAME tst_sqlsource SOURCES tst_sqlsource.cpp)
add_dependencies(tst_sqlsource insights-viewer)
