# SPDX-License-Identifier: MIT
# Two commands on a fresh Debian 12 machine:
#   make run    installs what is missing, builds, and opens the viewer on the bundled sample
#   make test   installs what is missing, builds, and runs the whole test suite
BUILD ?= build
CMAKE_FLAGS ?=

.PHONY: deps configure build run test clean

deps:
	@packaging/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD)

run: build
	$(BUILD)/app/insights-viewer --sample

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600

clean:
	rm -rf $(BUILD)
