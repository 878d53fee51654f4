#!/usr/bin/env bash
# Regenerates the Composer fixture with Debian's composer 2.5 offline: Packagist is disabled and
# the dependencies come from path repositories, so the lockfile is the real tool's output.
# `composer show --locked` (all, and --no-dev) is recorded for the golden test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export COMPOSER_HOME=/tmp/steward-composer-home COMPOSER_NO_INTERACTION=1 COMPOSER_ALLOW_SUPERUSER=1
p="$here/composer-app"
rm -rf "$p" && mkdir -p "$p/libs/log" "$p/libs/http" "$p/libs/testkit"
cat > "$p/libs/log/composer.json" <<'J'
{ "name": "acme/log", "version": "1.2.0", "license": "MIT", "require": { "php": ">=8.0" } }
J
cat > "$p/libs/http/composer.json" <<'J'
{ "name": "acme/http", "version": "2.0.0", "license": "MIT", "require": { "php": ">=8.0", "acme/log": "^1.2", "ext-json": "*" } }
J
cat > "$p/libs/testkit/composer.json" <<'J'
{ "name": "acme/testkit", "version": "0.3.0", "license": ["MIT", "Apache-2.0"], "require": { "acme/log": "^1.0" } }
J
cat > "$p/composer.json" <<'J'
{
  "name": "acme/app",
  "require": { "php": ">=8.0", "acme/http": "^2.0" },
  "require-dev": { "acme/testkit": "^0.3" },
  "repositories": [{ "packagist.org": false }, { "type": "path", "url": "libs/*", "options": { "symlink": false } }]
}
J
(cd "$p" && composer update --no-install --ignore-platform-reqs -q && composer show --locked --format=json > composer-show.json && composer show --locked --no-dev --format=json > composer-show-no-dev.json)
cat "$p/composer.lock" | head -60
