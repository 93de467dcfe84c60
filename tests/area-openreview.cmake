# SPDX-License-Identifier: MIT
# Opening and reviewing hostile files: special files, identity during review, hidden personal data, numbers.
iv_add_test(NAME tst_snapshotfile_hostile SOURCES tst_snapshotfile_hostile.cpp)
iv_add_test(NAME tst_review_hostile SOURCES tst_review_hostile.cpp)
add_dependencies(tst_review_hostile insights-viewer)
