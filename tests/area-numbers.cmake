# SPDX-License-Identifier: MIT
# Numbers in the reader's language, honest gauges.
iv_add_test(NAME tst_numberformat SOURCES tst_numberformat.cpp LIBS ivmodel)
iv_add_test(NAME tst_gaugerange SOURCES tst_gaugerange.cpp LIBS ivmodel)
iv_add_test(NAME tst_gaugecard SOURCES tst_gaugecard.cpp LIBS ivwidgets)
iv_add_test(NAME tst_numberformat_cli SOURCES tst_numberformat_cli.cpp)
add_dependencies(tst_numberformat_cli insights-viewer)
