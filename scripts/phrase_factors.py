"""Write checkers/phrases/factors.json: each phrase's required literal factors.

Working them out parses every regular expression, which is most of a one-shot CLI check's
start-up; the engine reads this file instead. Run after editing the phrase files (a test
fails while the file is stale).
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkers.text import load_phrases, required_factors  # noqa: E402


def factors_table() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for patterns in load_phrases().values():
        for phrases in patterns.values():
            for phrase in phrases:
                found = required_factors(phrase)
                if found is not None:
                    table[phrase] = sorted(found)
    return dict(sorted(table.items()))


if __name__ == "__main__":
    path = ROOT / "checkers" / "phrases" / "factors.json"
    path.write_text(json.dumps(factors_table(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {path}")
