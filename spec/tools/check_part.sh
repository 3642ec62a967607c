#!/usr/bin/env bash
# Validates one spec part: merges it into the root spec and runs openapi-generator's validator
# (the same one the build uses). Usage: spec/tools/check_part.sh spec/parts/NAME.yaml
set -euo pipefail
cd "$(dirname "$0")/../.."
part=$1; out=/tmp/check-$(basename "$part" .yaml)-spec.yaml
python3 spec/tools/merge_parts.py "$out" "$part"
mvn -q -o org.openapitools:openapi-generator-maven-plugin:7.25.0:validate -Dopenapi.generator.maven.plugin.inputSpec="$out" && echo "VALID: $out"
