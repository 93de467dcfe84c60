# SPDX-License-Identifier: MIT
# Comparing snapshots, and the hostile-input tests run under the sanitizers (docs/FUZZING.md).
iv_add_test(NAME tst_snapshotdiff SOURCES tst_snapshotdiff.cpp)
add_dependencies(tst_snapshotdiff insights-viewer)
iv_add_test(NAME tst_diffpage SOURCES tst_diffpage.cpp LIBS ivwidgets)
# Every kept fuzz reproducer (tests/data/fuzz-regressions) read through the model; in the sanitizer build
# (make sanitize) any undefined behaviour on the way is a failure.
iv_add_test(NAME tst_fuzzregressions SOURCES tst_fuzzregressions.cpp)

# In the sanitizer build only: proof that the build catches a float → int64 overflow (the probe must die with
# UBSan's report; a build that lets it through prints "survived" and fails).
if(IV_SANITIZE)
  add_executable(sanitizer_probe sanitizer_probe.cpp)
  add_test(NAME sanitizer_probe COMMAND sanitizer_probe 1e300)
  set_tests_properties(sanitizer_probe PROPERTIES
    PASS_REGULAR_EXPRESSION "runtime error: 1e\\+300 is outside the range of representable values of type"
    FAIL_REGULAR_EXPRESSION "survived")
endif()
