# SPDX-License-Identifier: MIT
# Packaging area: the macOS file-open filter, and the desktop files, install layout and .deb checked with the
# real freedesktop tools (desktop-file-validate, appstreamcli, update-mime-database, cpack, dpkg-deb).

iv_add_test(NAME tst_fileopeneventfilter SOURCES tst_fileopeneventfilter.cpp LIBS ivwidgets)

add_executable(iv-mimeprobe mimeprobe.cpp)
target_link_libraries(iv-mimeprobe PRIVATE Qt6::Core)

set(iv_pkg_env "LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false")
add_test(NAME packaging_validate
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging_validate.sh
          ${PROJECT_SOURCE_DIR}/packaging ${IV_APP_ID} ${PROJECT_VERSION})
add_test(NAME packaging_install
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging_install.sh
          ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR}/packaging ${IV_APP_ID} $<TARGET_FILE:iv-mimeprobe>)
# cpack installs, strips and runs dpkg-shlibdeps: slower than the rest, so its own test with a generous timeout.
add_test(NAME packaging_deb
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/packaging_deb.sh ${PROJECT_BINARY_DIR} ${IV_APP_ID} ${PROJECT_VERSION})
set_tests_properties(packaging_validate packaging_install PROPERTIES ENVIRONMENT "${iv_pkg_env}" TIMEOUT 300)
set_tests_properties(packaging_deb PROPERTIES ENVIRONMENT "${iv_pkg_env}" TIMEOUT 900)
set_property(TEST packaging_validate packaging_install packaging_deb APPEND PROPERTY LABELS packaging)
