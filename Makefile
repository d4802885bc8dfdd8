# Convenience entry points; the build itself is plain CMake.
#   make run    install what is missing, build, start CapFlow on the bundled dataset
#   make test   install what is missing, build, run the whole test suite (CTest)
BUILD_DIR ?= build
JOBS ?= $(shell nproc)

.PHONY: deps build run test translations bench clean

deps:
	./scripts/install-deps.sh

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	./$(BUILD_DIR)/capflow

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Refresh translations/*.ts from the sources (lupdate) and finish the English file.
translations: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --target update_translations
	python3 scripts/fill-english-ts.py translations/capflow_en.ts

clean:
	rm -rf $(BUILD_DIR)
