# SPDX-License-Identifier: MIT
# Charts that tell the truth (value axes, labelled bars, scatter density) and layouts that hold.
iv_add_test(NAME tst_chartbuilder_honest SOURCES tst_chartbuilder_honest.cpp LIBS ivwidgets)
iv_add_test(NAME tst_pagelayout SOURCES tst_pagelayout.cpp LIBS ivwidgets)
