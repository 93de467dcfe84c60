# SPDX-License-Identifier: MIT
# Review detectors: names, national ids, credentials (each on its own, with labelled data).
iv_add_test(NAME tst_namedetector SOURCES tst_namedetector.cpp)
iv_add_test(NAME tst_nationalid SOURCES tst_nationalid.cpp)
iv_add_test(NAME tst_credentialdetector SOURCES tst_credentialdetector.cpp)

# Phone numbers: the scanner's patterns compared with libphonenumber, where it is installed.
find_path(IV_PHONENUMBER_INCLUDE phonenumbers/phonenumbermatcher.h)
find_library(IV_PHONENUMBER_LIB phonenumber)
find_library(IV_PROTOBUF_LIB protobuf)
if(IV_PHONENUMBER_INCLUDE AND IV_PHONENUMBER_LIB AND IV_PROTOBUF_LIB)
  iv_add_test(NAME tst_phonecompare SOURCES tst_phonecompare.cpp)
  target_include_directories(tst_phonecompare PRIVATE ${IV_PHONENUMBER_INCLUDE})
  target_link_libraries(tst_phonecompare PRIVATE ${IV_PHONENUMBER_LIB} ${IV_PROTOBUF_LIB})
endif()
