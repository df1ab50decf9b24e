#!/usr/bin/env bash
# Installs what the end-to-end tests need, using only the npm registry and Debian's apt:
#   - Debian packages: chromium (the browser playwright-core drives), neovim (the second LSP
#     client), ripgrep + libkrb5-dev + a C toolchain (to build code-server's native modules),
#     and a Japanese font so the screenshots of the Japanese plan are readable;
#   - code-server (VS Code for the browser, with the real Node extension host) into a
#     git-ignored cache folder, default .cache/code-server/ at the repository root.
#
# Idempotent: apt runs only when something is missing (and only as root; otherwise it fails
# saying what to install), npm only when the pinned code-server version is not installed yet.
#
# Usage: scripts/e2e/install-code-server.sh [DEST_DIR]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEST=${1:-$ROOT/.cache/code-server}
# 4.100.3 = VS Code 1.100.3: the newest code-server whose engines.node accepts Node 20
# (4.103+ want Node 22). The extension's engines.vscode must therefore accept 1.100.
CS_VERSION=4.100.3
# @vscode/ripgrep as pinned in code-server 4.100.3's lib/vscode/npm-shrinkwrap.json, and the
# asset its postinstall would download for linux x64.
RG_PKG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
# Every code-server call gets its own --config, or code-server writes
# ~/.config/code-server/config.yaml (with a random password) into the user's home.
CS_CONFIG=$DEST/code-server-config.yaml

say() { echo "[install-code-server] $*"; }
die() { echo "[install-code-server] ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------- Debian packages
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
command -v rg >/dev/null || missing+=(ripgrep)
# kerberos (a code-server dependency) compiles against the GSSAPI headers.
[ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
command -v pkg-config >/dev/null || missing+=(pkg-config)
# Without a CJK font Chromium draws the Japanese plan as boxes in the screenshots.
if ! { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=ja 2>/dev/null | head -n1)" ]; }; then
  missing+=(fonts-ipafont-gothic)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    die "missing Debian packages: ${missing[*]} (not root, so not installing them). Run: sudo apt-get install -y ${missing[*]}"
  fi
  say "apt-get install ${missing[*]}"
  t=$SECONDS
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  say "apt took $((SECONDS - t))s"
else
  say "Debian packages present"
fi

# ---------------------------------------------------------------- code-server
CS_BIN=$DEST/node_modules/.bin/code-server
# written only after a complete install, so an interrupted one is redone
MARKER=$DEST/.installed-$CS_VERSION
installed_version() {
  node -e 'try { console.log(require(process.argv[1]).version) } catch { console.log("") }' \
    "$DEST/node_modules/code-server/package.json"
}
if [ -f "$MARKER" ] && [ -x "$CS_BIN" ] && [ "$(installed_version)" = "$CS_VERSION" ]; then
  say "code-server $CS_VERSION already installed in $DEST"
  "$CS_BIN" --config "$CS_CONFIG" --version | head -n1
  exit 0
fi

say "installing code-server $CS_VERSION into $DEST"
t=$SECONDS
rm -f "$DEST"/.installed-*

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here. It first
# looks for $TMPDIR/vscode-ripgrep-cache-<pkgver>/<asset>, so seed that with Debian's rg.
export TMPDIR=${TMPDIR:-/tmp}
seed=$(mktemp -d)
mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
cp "$(command -v rg)" "$seed/rg"
tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$seed" rg
rm -rf "$seed"

mkdir -p "$DEST"
cd "$DEST"
# A package.json of its own, so npm installs here and not into the project.
[ -f package.json ] || echo '{"name":"alliance-lint-e2e-code-server","private":true}' > package.json
printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' > "$CS_CONFIG"
# npm_config_unsafe_perm: code-server's postinstall.sh refuses to run as root without it.
# npm_config_yes: node-pty's postinstall runs `npx node-gyp configure`, and npx must not ask
#   (there is no stdin in CI; ~/.npmrc may say yes=false).
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --save-exact --foreground-scripts --loglevel=warn "code-server@$CS_VERSION"

[ -x "$CS_BIN" ] || die "npm install finished but $CS_BIN is missing"
[ "$(installed_version)" = "$CS_VERSION" ] || die "installed code-server is '$(installed_version)', wanted $CS_VERSION"
"$CS_BIN" --config "$CS_CONFIG" --version | head -n1
touch "$MARKER"
say "code-server install took $((SECONDS - t))s"
