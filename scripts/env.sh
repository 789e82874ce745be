# Sourced by the scripts: the tools setup installed come first on PATH
# (wasm-opt from npm's binaryen, never Debian's older one).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
