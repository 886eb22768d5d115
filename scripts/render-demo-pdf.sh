#!/usr/bin/env bash
# The demo workbook as LibreOffice shows and prints it, for a person to look at: a PDF, its text
# (pdftotext -layout) and a PNG per page. Not run in CI (it needs LibreOffice and poppler-utils).
#   scripts/render-demo-pdf.sh [OUTDIR]        (default demo-render/)
# Then look: plan dates read 2023-03-08 (no 00:00), the 健步走 row 2023-04-28 09:00, template bodies
# wrap within the 正文 column, 比例(%) reads 10.0 / 0.0 (not "10."), money 1,000.00.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-demo-render}")"
book="$out/demo/工会工作簿-示例.xlsx"
rm -rf "$out" && mkdir -p "$out"
npm run --silent build >/dev/null
node bin/uniondesk.js demo --out "$out/demo" >"$out/demo.log"
# A private LibreOffice profile: works while the clerk's own LibreOffice is open, leaves hers alone.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" "$book" >/dev/null
pdf="$out/工会工作簿-示例.pdf"
pdftotext -layout "$pdf" "$out/工会工作簿-示例.txt"
pdftoppm -png -r 70 "$pdf" "$out/page"
echo "PDF：$pdf（$(ls "$out"/page*.png | wc -l) 页，PNG 在 $out/page-*.png）"
# What to look for, counted from the text (a hint for the reader, not a test).
txt="$out/工会工作簿-示例.txt"
echo "计划日期带 00:00 的：$(grep -c '2023-[0-9][0-9]-[0-9][0-9] 00:00' "$txt" || true) 处（应为 0）"
echo "含 2023-03-08 的行：$(grep -c '2023-03-08' "$txt" || true)；含 2023-04-28 09:00 的行：$(grep -c '2023-04-28 09:00' "$txt" || true)"
echo "以小数点结尾的比例（如“10.”）：$(grep -cE '(^|[^0-9.])[0-9]+\.( |$)' "$txt" || true) 处（应为 0）"
