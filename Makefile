# SPDX-License-Identifier: MIT
# Two commands on a fresh Debian 12 machine:
#   make run    installs what is missing, builds, and opens the viewer on the bundled sample
#   make test   installs what is missing, builds, and runs the whole test suite, its model-level tests again under
#               TZ=America/New_York and LC_ALL=de_DE.UTF-8, the sanitizer tests and the fuzzer
#   make sanitize  the hostile-input tests alone under ASan + UBSan (clang, build-asan)
#   make fuzz   builds the libFuzzer target with clang in build-fuzz and runs it (docs/FUZZING.md)
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 300
CMAKE_FLAGS ?=
# ccache (when installed) makes rebuilds of a fresh clone cheap; paths below this folder are hashed relative to it.
ifneq ($(shell command -v ccache 2>/dev/null),)
LAUNCHER_FLAGS := -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
CMAKE_FLAGS += $(LAUNCHER_FLAGS)
export CCACHE_BASEDIR := $(CURDIR)
endif

.PHONY: deps configure build run test sanitize clean fuzz fuzz-run translations

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD)

run: build
	$(BUILD)/app/insights-viewer --sample

# lupdate: refresh translations/*.ts from the sources (docs/TRANSLATIONS.md)
translations: configure
	@cmake --build $(BUILD) --target update_translations

# The suite, then its model-level tests in New York with German formats (tests/CMakeLists.txt, iv_add_test),
# then the hostile-file tests under the sanitizers (clang, build-asan), then the fuzzer for
# FUZZ_CI_SECONDS. Each step fails the target on any failure or sanitizer report.
FUZZ_CI_SECONDS ?= 180
test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600
	cd $(BUILD) && ctest --test-dir tests-locale -j2 --output-on-failure --timeout 600
	@$(MAKE) --no-print-directory sanitize
	@$(MAKE) --no-print-directory fuzz-run FUZZ_BUILD=$(ASAN_BUILD) FUZZ_SECONDS=$(FUZZ_CI_SECONDS)

# AddressSanitizer + UBSan with float-cast-overflow, every report fatal, built with clang (GCC's UBSan does not
# check float-to-integer overflow). Only the model and the tests that feed it hostile input are built: the
# mutation test, the kept fuzz reproducers, and a probe proving that an out-of-range cast is caught. The same
# tree carries libFuzzer coverage, so `make test` fuzzes from it without compiling the model again.
SANITIZE_TESTS = tst_mutations tst_fuzzregressions sanitizer_probe
SANITIZE_TEST_NAMES = format/tst_mutations format/tst_fuzzregressions format/sanitizer_probe
sanitize: deps
	@grep -qs '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' $(ASAN_BUILD)/CMakeCache.txt || rm -rf $(ASAN_BUILD)
	@CC=clang CXX=clang++ cmake -S . -B $(ASAN_BUILD) -G Ninja -DIV_SANITIZE=ON $(LAUNCHER_FLAGS) >/dev/null
	@cmake --build $(ASAN_BUILD) --target $(SANITIZE_TESTS)
	cd $(ASAN_BUILD) && UBSAN_OPTIONS=print_stacktrace=1 QT_QPA_PLATFORM=offscreen \
	  ctest --output-on-failure --timeout 1200 -R '^($(subst $(eval) ,|,$(SANITIZE_TEST_NAMES)))$$'

# The fuzzer alone: model + fuzz targets only, in build-fuzz.
fuzz: deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DIV_FUZZ=ON $(LAUNCHER_FLAGS) >/dev/null
	@$(MAKE) --no-print-directory fuzz-run

fuzz-run:
	@cmake --build $(FUZZ_BUILD) --target fuzz_snapshot fuzz_corpus
	@mkdir -p $(FUZZ_BUILD)/corpus-work $(FUZZ_BUILD)/artifacts
	$(FUZZ_BUILD)/fuzz/fuzz_snapshot -max_total_time=$(FUZZ_SECONDS) -max_len=131072 -timeout=20 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/artifacts/ \
	  $(FUZZ_BUILD)/corpus-work $(FUZZ_BUILD)/fuzz/corpus

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
