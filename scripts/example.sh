#!/usr/bin/env bash
# The main job on the example: set up, then brief the sample article into every format under examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for fmt in pdf html; do
    .venv/bin/brief make examples/seed_article.txt --config examples/brief.toml -o "examples/seed_article.$fmt"
done
.venv/bin/brief make examples/seed_article.txt --config examples/brief.toml -f email -o examples/seed_article.email.html
.venv/bin/brief make examples/seed_article.txt --config examples/brief.toml -o examples/seed_article.md
.venv/bin/brief make examples/seed_article.txt --config examples/brief.toml -o examples/seed_article.json
echo "wrote examples/seed_article.{pdf,html,email.html,md,json}"
