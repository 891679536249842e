#!/usr/bin/env bash
# End-to-end tests. Under X (xvfb-run when installed) so the real keyboard-shortcut test can press keys with
# xdotool: CDP key events never reach extension commands (testing-recipe.md §4). Without Xvfb that one test skips.
set -euo pipefail
if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" node --test --test-concurrency=1 tests/e2e/
fi
exec node --test --test-concurrency=1 tests/e2e/
