"""Print the README's table of finding codes from the catalogue (checkers/codes.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkers.codes import _CODES

print("| code | severity | checker | what it means |")
print("|---|---|---|---|")
for c in _CODES:
    print(f"| {c.code} | {c.severity.label} | {c.checker} | {c.title} |")
