# SPDX-License-Identifier: MIT
# Collect authoring: queries in files, --preview, the bookstore example from a clone, the cookbook recipes.
iv_add_test(NAME tst_collectpreview SOURCES tst_collectpreview.cpp)
add_dependencies(tst_collectpreview insights-viewer)

# The cookbook's recipes (tests/data/cookbook/{sqlite,postgresql}) on upstream's testapp.db and on the same data
# in the PostgreSQL cluster that area-collect.cmake's fixture starts (IV_PG_URL is set there).
if(IV_HAVE_FIXTURES AND DEFINED IV_PG_URL)
  iv_add_test(NAME tst_cookbook SOURCES tst_cookbook.cpp FIXTURES)
  set_tests_properties(tst_cookbook PROPERTIES FIXTURES_REQUIRED iv_pg)
  set_property(TEST tst_cookbook APPEND PROPERTY ENVIRONMENT "IV_PG_URL=${IV_PG_URL}")
endif()

# The Collect dialog's preview window (a widget test, offscreen).
iv_add_test(NAME tst_collectpreviewdialog SOURCES tst_collectpreviewdialog.cpp LIBS ivwidgets)
