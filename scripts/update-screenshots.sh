#!/usr/bin/env bash
# Copy the screenshots the browser tests just took (test-artifacts/) into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
for name in overview_en_laptop overview_kk_laptop overview_ru_phone timeline_en_laptop \
            explorer_ru_laptop regions_en_laptop regions_ru_phone sources_kk_laptop \
            downloads_en_laptop series_explorer_en series_overview_ru; do
  cp "test-artifacts/$name.png" "docs/screenshots/$name.png"
done
echo "docs/screenshots/ updated from test-artifacts/"
