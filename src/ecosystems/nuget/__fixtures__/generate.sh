#!/usr/bin/env bash
# No .NET SDK installs from Debian here, so these lockfiles are copied unchanged from public
# projects rather than generated:
#   brainwart-example/packages.lock.json     BrainWart/Example @ 1104eeca13445be623cc70b5a7037064a09ca9bb
#   github-action-pinner/packages.lock.json  Aldaviva/GitHubActionPinner @ 0f6c355cafc01d4f5e0983ec1500f5c918e4b354
# With a .NET SDK, `dotnet restore --use-lock-file` in a project writes the same format.
echo "nothing to generate: see the comments in $0" >&2
