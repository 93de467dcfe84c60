# SPDX-License-Identifier: MIT
# Desktop area (issue 6): preferences, opening files like a desktop app (recent files, drag and drop, reload,
# automatic reload), shortcuts and accessibility, translations.
iv_add_test(NAME tst_preferences SOURCES tst_preferences.cpp LIBS ivwidgets)
add_dependencies(tst_preferences insights-viewer)
iv_add_test(NAME tst_desktop SOURCES tst_desktop.cpp LIBS ivwidgets)
