#!/bin/sh
# Builds schema-v4.parx: a province file of schema version 4 after one explanation round:
# STP's demo submission with a dated document (sealed by the third definition of the seal),
# appraised in round 1, one request on 1.1.2 answered in a request file with a document,
# the response sealed and merged back. It was made with parscore-cli at the commit that
# added this script (schema 4); the file is committed, this script documents how:
#   sh make-schema-v4.sh path/to/parscore-cli
set -e
C=$1
D=$(cd "$(dirname "$0")" && pwd)
DEMO=$D/../../resources/demo
T=$(mktemp -d)
printf '%%PDF-1.4\n%% Ke hoach CCHC 2026\n' > "$T/ke-hoach.pdf"
printf '%%PDF-1.4\n%% Ke hoach bo sung 2026\n' > "$T/ke-hoach-bo-sung.pdf"
"$C" new --criteria builtin:vn.ninhbinh.par.so --agency-code STP --agency-name "Sở Tư pháp" --group so \
    --year 2026 -o "$T/stp.parx"
"$C" answer "$T/stp.parx" --answers "$DEMO/so-2026-self.json"
"$C" evidence add "$T/stp.parx" --node 1.1.1 "$T/ke-hoach.pdf" --effective-date 2026-01-10
"$C" seal "$T/stp.parx"
"$C" province new -o "$T/province.parx" --year 2026 --title "Thẩm định Chỉ số CCHC năm 2026"
"$C" merge -o "$T/province.parx" "$T/stp.parx"
"$C" answer "$T/province.parx" --agency STP --layer appraisal1 --answers "$DEMO/so-2026-appraisal.json"
"$C" request-explanation "$T/province.parx" --agency STP --node 1.1.2 --text "Bổ sung kế hoạch"
"$C" export-request "$T/province.parx" --agency STP -o "$T/stp-request.parx"
"$C" respond "$T/stp-request.parx" --node 1.1.2 --text "Đã bổ sung kế hoạch" \
    --effective-date 2026-02-01 "$T/ke-hoach-bo-sung.pdf"
"$C" seal "$T/stp-request.parx"
"$C" merge -o "$T/province.parx" "$T/stp-request.parx"
sqlite3 "$T/province.parx" vacuum
cp "$T/province.parx" "$D/schema-v4.parx"
rm -r "$T"
