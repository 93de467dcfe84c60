# SPDX-License-Identifier: MIT
# Review, compare and hostile-input tests.
iv_add_test(NAME tst_personaldatascanner SOURCES tst_personaldatascanner.cpp)
iv_add_test(NAME tst_review SOURCES tst_review.cpp)
add_dependencies(tst_review insights-viewer)
iv_add_test(NAME tst_review_fixtures SOURCES tst_review_fixtures.cpp FIXTURES)
if(TARGET tst_review_fixtures)
  add_dependencies(tst_review_fixtures insights-viewer)
endif()
iv_add_test(NAME tst_reviewpages SOURCES tst_reviewpages.cpp LIBS ivwidgets)
add_dependencies(tst_reviewpages insights-viewer)
iv_add_test(NAME tst_mutations SOURCES tst_mutations.cpp)
