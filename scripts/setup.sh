#!/usr/bin/env bash
# Installs everything the build and the tests need, from the package registries only, at pinned
# versions. Idempotent: a second run only checks versions and returns in seconds.
#   scripts/setup.sh            Rust wasm target, Trunk, wasm-bindgen-cli, wasm-split-cli, npm
#                               tools, crates
#   scripts/setup.sh --browser  the same, plus Debian's chromium and chromium-driver
#   scripts/setup.sh --brotli   the same, plus Debian's brotli (for the size report)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock (pinned with "=" in Cargo.toml).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

# Building the tools with Trunk's own release profile (fat LTO) takes twice as long.
fast_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the Rust component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  fast_install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Without --locked: its lock file pins a crate version the registry mirror lacks.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes on 2 cores)"
  fast_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Splits the release WebAssembly into the first module and chunks loaded later
# (scripts/split_wasm.py); the runtime half is wasm_split_helpers, which Leptos brings.
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes on 2 cores)"
  fast_install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# npm tools from the committed lock file; the stamp records which lock file was installed.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sha256 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.lock-sha256
fi

# Trunk runs with --offline (so it never tries to download a tool), which makes cargo offline too:
# fetch the crates first. Quick when they are already there.
cargo fetch --locked --quiet  # all targets, wasm32 included

# Debian packages, installed only when missing: apt_need COMMAND PACKAGE...
apt_need() {
  local probe=$1
  shift
  command -v "$probe" >/dev/null && return 0
  say "installing Debian packages: $*"
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "$@"
}
for arg in "$@"; do
  case "$arg" in
    --browser) apt_need chromium chromium chromium-driver; apt_need chromedriver chromium-driver ;;
    --brotli) apt_need brotli brotli ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done
say "ready (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-split-cli $WASM_SPLIT_VERSION, $(node_modules/.bin/wasm-opt --version))"
