# SPDX-License-Identifier: MIT
# Collect: project files, providers, snapshot writer, --collect, the dialog.
iv_add_test(NAME tst_collector SOURCES tst_collector.cpp tst_collector.h)
add_dependencies(tst_collector insights-viewer)
iv_add_test(NAME tst_collectdialog SOURCES tst_collectdialog.cpp LIBS ivwidgets)
iv_add_test(NAME tst_collect_bookstore SOURCES tst_collect_bookstore.cpp FIXTURES)
if(TARGET tst_collect_bookstore)
  add_dependencies(tst_collect_bookstore insights-viewer)
endif()

# PostgreSQL: a private cluster (initdb in a temp dir, unix socket only, owned by "postgres" when run as root)
# started by a ctest fixture, loaded with the bookstore data, stopped and removed afterwards.
if(IV_HAVE_FIXTURES)
  string(MD5 iv_pg_hash "${CMAKE_BINARY_DIR}")
  string(SUBSTRING "${iv_pg_hash}" 0 10 iv_pg_hash)
  set(IV_PG_DIR "/tmp/iv-pgtest-${iv_pg_hash}")
  set(IV_PG_URL "postgresql://ivtest@/bookstore?host=${IV_PG_DIR}/socket&port=54329")
  add_test(NAME collect_pg_start
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/pg/start-cluster.sh ${IV_PG_DIR} ${IV_FIXTURES_DIR}/bookstore/testapp.db)
  add_test(NAME collect_pg_stop COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/pg/stop-cluster.sh ${IV_PG_DIR})
  set_tests_properties(collect_pg_start PROPERTIES FIXTURES_SETUP iv_pg TIMEOUT 180)
  set_tests_properties(collect_pg_stop PROPERTIES FIXTURES_CLEANUP iv_pg)
  iv_add_test(NAME tst_collect_pg SOURCES tst_collect_pg.cpp FIXTURES)
  add_dependencies(tst_collect_pg insights-viewer)
  set_tests_properties(tst_collect_pg PROPERTIES FIXTURES_REQUIRED iv_pg)
  set_property(TEST tst_collect_pg APPEND PROPERTY ENVIRONMENT "IV_PG_URL=${IV_PG_URL}")
endif()
