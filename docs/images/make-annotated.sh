#!/usr/bin/env bash
# Renders docs/images/annotated.png: page 1 of examples/brev-fore.docx after `klarlint --annotate --suggest`,
# as LibreOffice shows it (tracked changes coloured, comments as note icons). Needs pandoc, LibreOffice
# (soffice) and pdftoppm (poppler-utils). examples/brev-fore.docx is made from examples/brev-fore.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pandoc -f markdown -t docx examples/brev-fore.txt -o examples/brev-fore.docx
klarlint examples/brev-fore.docx --annotate --suggest -o "$work/brev-fore.klarlint.docx" > /dev/null || [ $? -eq 1 ]
timeout 180 soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
    --convert-to pdf --outdir "$work" "$work/brev-fore.klarlint.docx" > /dev/null
pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$work/brev-fore.klarlint.pdf" docs/images/annotated
ls -la docs/images/annotated.png examples/brev-fore.docx
