# SPDX-License-Identifier: MIT
# Review records (PDF + JSON, the reviewer's decision), many files at once, policies and small counts.
iv_add_test(NAME tst_reviewrecord SOURCES tst_reviewrecord.cpp LIBS ivwidgets)
add_dependencies(tst_reviewrecord insights-viewer)
iv_add_test(NAME tst_reviewpolicy SOURCES tst_reviewpolicy.cpp)
add_dependencies(tst_reviewpolicy insights-viewer)
iv_add_test(NAME tst_reviewbatch SOURCES tst_reviewbatch.cpp)
add_dependencies(tst_reviewbatch insights-viewer)
iv_add_test(NAME tst_reviewdetectors SOURCES tst_reviewdetectors.cpp)
add_dependencies(tst_reviewdetectors insights-viewer)
