"""Print the README's table of concepts × languages (term counts of checkers/lexicon/)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkers.concepts import concept_table, shipped_lexicon

print(concept_table(shipped_lexicon()))
