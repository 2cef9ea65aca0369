# Sourced by the other scripts: where the project's tools live.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
cd "$ROOT"
# The NO_COLOR convention is "any non-empty value"; Trunk reads the variable as its --no-color
# flag and refuses anything but true/false ("invalid value '1' for '--no-color'").
if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi
