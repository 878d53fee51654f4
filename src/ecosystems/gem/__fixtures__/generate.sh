#!/usr/bin/env bash
# Regenerates the Bundler fixture with Debian's bundler, offline: the gems come from local paths
# and a local git repository, so `bundle lock --local` needs no gem server. `bundle list` (all,
# and without the development and test groups) is recorded for the golden test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp=/tmp/steward-gem-fixtures
rm -rf "$tmp" && mkdir -p "$tmp"
export HOME="$tmp/home" BUNDLE_USER_HOME="$tmp/bundle" BUNDLE_DISABLE_VERSION_CHECK=1
gemspec() { # dir name version [dependency lines]
  mkdir -p "$1/lib"
  printf 'Gem::Specification.new do |s|\n  s.name = "%s"\n  s.version = "%s"\n  s.summary = "fixture"\n  s.authors = ["fixture"]\n  s.files = []\n  s.license = "MIT"\n%s\nend\n' "$2" "$3" "${4:-}" > "$1/$2.gemspec"
}
p="$here/bundler-app"
rm -rf "$p" && mkdir -p "$p"
gemspec "$p/gems/log_kit" log_kit 1.2.0
gemspec "$p/gems/http_kit" http_kit 2.0.0 '  s.add_dependency "log_kit", "~> 1.2"'
gemspec "$p/gems/spec_kit" spec_kit 0.3.0 '  s.add_dependency "log_kit", ">= 1.0"'
gemspec "$tmp/git_kit" git_kit 0.9.0
git -C "$tmp/git_kit" init -q -b main && git -C "$tmp/git_kit" add -A
GIT_AUTHOR_DATE='2024-01-01T00:00:00Z' GIT_COMMITTER_DATE='2024-01-01T00:00:00Z' git -C "$tmp/git_kit" -c user.name=f -c user.email=f@example.com commit -qm init
cat > "$p/Gemfile" <<G
source "https://rubygems.org"

gem "http_kit", path: "gems/http_kit"
gem "log_kit", path: "gems/log_kit"
gem "git_kit", git: "file://$tmp/git_kit", branch: "main"

group :development, :test do
  gem "spec_kit", path: "gems/spec_kit"
end
G
(cd "$p" && timeout 120 bundle lock >/dev/null && bundle list > bundle-list.txt 2>/dev/null || true)
(cd "$p" && BUNDLE_WITHOUT=development:test bundle list > bundle-list-prod.txt 2>/dev/null || true)
cat "$p/Gemfile.lock" "$p/bundle-list.txt" "$p/bundle-list-prod.txt"
