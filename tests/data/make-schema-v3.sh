#!/bin/sh
# Builds schema-v3.parx: a province file of schema version 3 (the last before responses)
# holding STP's sealed demo submission and one explanation request on 1.1.2. It was made
# with parscore-cli at commit de19b81 (schema 3); the file is committed, this script
# documents how:  sh make-schema-v3.sh path/to/parscore-cli
set -e
C=$1
T=$(mktemp -d)
"$C" new --criteria builtin:vn.ninhbinh.par.so --agency-code STP --agency-name "Sở Tư pháp" --group so \
    --year 2026 -o "$T/stp.parx"
"$C" answer "$T/stp.parx" --answers "$(dirname "$0")/../../resources/demo/so-2026-self.json"
"$C" seal "$T/stp.parx"
"$C" merge -o "$T/province.parx" "$T/stp.parx"
"$C" request-explanation "$T/province.parx" --agency STP --node 1.1.2 --text "Bổ sung kế hoạch"
sqlite3 "$T/province.parx" vacuum
cp "$T/province.parx" "$(dirname "$0")/schema-v3.parx"
