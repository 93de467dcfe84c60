# SPDX-License-Identifier: MIT
# Export: chart files, data files, the PDF report and the --export-* commands.
iv_add_test(NAME tst_dataexport SOURCES tst_dataexport.cpp csvparse.h)
iv_add_test(NAME tst_chartrenderer SOURCES tst_chartrenderer.cpp LIBS ivwidgets)
iv_add_test(NAME tst_chartexportactions SOURCES tst_chartexportactions.cpp LIBS ivwidgets)
iv_add_test(NAME tst_exportcommands SOURCES tst_exportcommands.cpp)
add_dependencies(tst_exportcommands insights-viewer)
iv_add_test(NAME tst_export_fixtures SOURCES tst_export_fixtures.cpp csvparse.h FIXTURES)
if(TARGET tst_export_fixtures)
  add_dependencies(tst_export_fixtures insights-viewer)
endif()
