# The two commands of the README:
#   make serve   build the release app and serve it on http://127.0.0.1:8080
#   make test    every check: fmt, clippy, native tests, wasm tests in Chromium, end-to-end tests
# Both install what they need first (scripts/setup.sh) and are quick the second time.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
# wasm-opt from the npm package binaryen must come first on PATH (Debian's wasm-opt breaks the app).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium
# A clean CI run compiles everything once: incremental caches would only take disk space.
ifeq ($(CI),true)
export CARGO_INCREMENTAL := 0
endif

TRUNK_BUILD := trunk build --release --offline

.PHONY: serve test build size bench bench-web setup setup-browser lint test-native test-wasm test-e2e test-e2e-repeat

serve: setup
	trunk serve --release --offline --address 127.0.0.1 --port 8080 --no-autoreload

test: setup-browser lint test-native test-wasm test-e2e

setup:
	scripts/setup.sh

setup-browser:
	scripts/setup.sh --browser

lint:
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
	# The release wasm build compiles the split points (cfg(wasm_split), see build.rs).
	cargo clippy --locked --release --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --locked

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --tests

build: setup
	$(TRUNK_BUILD)

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

# The end-to-end suite N times in a row (default 10), stopping at the first failing run: a test
# that fails one run in ten is broken. Prints one line per run and the count at the end.
N ?= 10
test-e2e-repeat: setup-browser build
	@for i in $$(seq 1 $(N)); do \
	  start=$$(date +%s); \
	  if node --test --test-concurrency=1 tests/e2e/ > target/e2e-run.log 2>&1; then \
	    echo "e2e run $$i of $(N): passed ($$(grep -E '^# pass' target/e2e-run.log | cut -d' ' -f3) tests, $$(( $$(date +%s) - start )) s)"; \
	  else \
	    grep -E '^not ok|^# (pass|fail)' target/e2e-run.log; \
	    echo "e2e run $$i of $(N): FAILED (log: target/e2e-run.log)"; exit 1; \
	  fi; \
	done; echo "All $(N) end-to-end runs passed in a row."

# Sizes of every shipped file, then the top 20 contributors of each WebAssembly module (from
# copies that keep their function names, made by the same build).
size: setup
	scripts/setup.sh --brotli
	rm -rf target/size
	WASM_NAMES_DIR=$(CURDIR)/target/size $(TRUNK_BUILD)
	scripts/size_report.sh dist
	python3 scripts/wasm_contributors.py target/size/*.wasm

# Native micro-benchmark of the domain core (prints figures; not part of the tests).
bench:
	cargo bench --locked --bench domain

# Web benchmark: the release app against a minimal Leptos counter built the same way, in headless
# Chromium (prints a table; not part of the tests). BENCH_RUNS=20 by default.
bench-web: setup-browser build
	cd benches/baseline && CARGO_TARGET_DIR=$(CURDIR)/target/baseline $(TRUNK_BUILD)
	node scripts/bench_web.mjs
