# SPDX-License-Identifier: MIT
# Two commands on a fresh Debian 12 machine:
#   make run    installs what is missing, builds, and opens the viewer on the bundled sample
#   make test   installs what is missing, builds, and runs the whole test suite
#   make fuzz   builds the libFuzzer target with clang in build-fuzz and runs it (docs/FUZZING.md)
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 300
CMAKE_FLAGS ?=

.PHONY: deps configure build run test clean fuzz translations

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

# The suite, then the hostile-file mutation test again under AddressSanitizer + UBSan (only that target is built).
test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DIV_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) --target tst_mutations
	cd $(ASAN_BUILD) && UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 QT_QPA_PLATFORM=offscreen \
	  ctest --output-on-failure --timeout 1200 -R '^tst_mutations$$'

fuzz:
	@IV_EXTRA_PACKAGES="clang libclang-rt-14-dev" packaging/install-deps.sh
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DIV_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) --target fuzz_snapshot fuzz_corpus
	@mkdir -p $(FUZZ_BUILD)/corpus-work $(FUZZ_BUILD)/artifacts
	$(FUZZ_BUILD)/fuzz/fuzz_snapshot -max_total_time=$(FUZZ_SECONDS) -max_len=131072 -timeout=20 \
	  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/artifacts/ \
	  $(FUZZ_BUILD)/corpus-work $(FUZZ_BUILD)/fuzz/corpus

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
