# SPDX-License-Identifier: MIT
# The review desk: findings resolved to questions, the findings model, redacted copies.
iv_add_test(NAME tst_findingsmodel SOURCES tst_findingsmodel.cpp)
iv_add_test(NAME tst_redactor SOURCES tst_redactor.cpp)
add_dependencies(tst_redactor insights-viewer)
iv_add_test(NAME tst_redactor_fixtures SOURCES tst_redactor_fixtures.cpp FIXTURES)
if(TARGET tst_redactor_fixtures)
  add_dependencies(tst_redactor_fixtures insights-viewer)
endif()
