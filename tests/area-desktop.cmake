# SPDX-License-Identifier: MIT
# Desktop area: preferences, opening files like a desktop app (recent files, drag and drop, reload,
# automatic reload), shortcuts and accessibility, translations.
iv_add_test(NAME tst_preferences SOURCES tst_preferences.cpp LIBS ivwidgets)
add_dependencies(tst_preferences insights-viewer)
iv_add_test(NAME tst_desktop SOURCES tst_desktop.cpp LIBS ivwidgets)

# The source list lupdate reads (one file per line), the same list update_translations uses.
list(JOIN IV_TR_SOURCES "\n" iv_tr_lines)
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/translation-sources.lst" "${iv_tr_lines}\n")
iv_add_test(NAME tst_translations SOURCES tst_translations.cpp LIBS ivwidgets)
add_dependencies(tst_translations insights-viewer)
target_compile_definitions(tst_translations PRIVATE
  IV_TS_DIR="${PROJECT_SOURCE_DIR}/translations"
  IV_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
  IV_TR_SOURCES_FILE="${CMAKE_CURRENT_BINARY_DIR}/translation-sources.lst")
