# Convenience entry points; the build itself is plain CMake.
#   make run    install what is missing, build, start CapFlow on the bundled dataset
#   make test   install what is missing, build, run the whole test suite (CTest)
#   make install   build the program, install it into PREFIX (default /usr/local; DESTDIR honoured)
#   make package   build the program and the Debian package BUILD_DIR/capflow_<version>_<arch>.deb
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
PREFIX ?= /usr/local

.PHONY: deps build run test translations bench clean install package

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
	# Once more, so that the English file is in lupdate's own form (CI compares it byte for byte).
	cmake --build $(BUILD_DIR) --target update_translations

# Only the program is built: the tests are never installed or packaged.
install: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS) --target capflow
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)"

# cpack packages what is built, with the prefix /usr (cmake --build --target package does the
# same after building everything).
package: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS) --target capflow
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
