# SPDX-License-Identifier: MIT
# Review detectors: names, national ids, credentials (each on its own, with labelled data).
iv_add_test(NAME tst_namedetector SOURCES tst_namedetector.cpp)
iv_add_test(NAME tst_nationalid SOURCES tst_nationalid.cpp)
iv_add_test(NAME tst_credentialdetector SOURCES tst_credentialdetector.cpp)
