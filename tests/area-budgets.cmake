# SPDX-License-Identifier: MIT
# Budgets: file text drawn within TextBudget, scatter series folded, axes that place every finite value, date
# formats that render, file names within NAME_MAX, and hostile files exported within time and memory.
iv_add_test(NAME tst_textbudget SOURCES tst_textbudget.cpp)
iv_add_test(NAME tst_budgets SOURCES tst_budgets.cpp LIBS ivwidgets)
add_dependencies(tst_budgets insights-viewer)
