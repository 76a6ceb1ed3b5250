"""Message catalogues (gettext) for English, 中文, Bahasa Melayu and தமிழ்.

The English text is the message id. Catalogues live in ``bot/i18n/locale/<lang>/LC_MESSAGES/
scamcheck.po`` (edited by translators) and ``.mo`` (compiled with ``python scripts/i18n.py
compile``, loaded here by the standard :mod:`gettext`).
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from html import escape
from pathlib import Path
from string import Formatter
from typing import Final

from checkers.codes import CATALOGUE
from checkers.verdict import Finding

DOMAIN: Final = "scamcheck"
LOCALE_DIR: Final = Path(__file__).resolve().parent / "locale"
LANGUAGES: Final[dict[str, str]] = {
    "en": "English",
    "zh": "中文",
    "ms": "Bahasa Melayu",
    "ta": "தமிழ்",
}
DEFAULT_LANGUAGE: Final = "en"
# Telegram's language_code (IETF tags) → our catalogue.
_ALIASES: Final = {"zh": "zh", "ms": "ms", "id": "ms", "ta": "ta", "en": "en"}
# Finding parameters that name an organisation, a country, a language or the shape of a
# phishing address (URL019's, checkers.url.Shape): translated when the catalogue knows them,
# left as they are otherwise (a domain or a number never is).
_TRANSLATED_PARAMS: Final = ("brand", "country", "language", "shape")
# Parameters that quote what the message contains.
_QUOTED_PARAMS: Final = frozenset(
    {"evidence", "domain", "shown", "official", "tld", "port", "file"}
)


def normalize_language(code: str | None) -> str:
    """Our language for a Telegram ``language_code`` or a user's choice (``zh-hans`` → ``zh``)."""
    if not code:
        return DEFAULT_LANGUAGE
    base = code.strip().lower().replace("_", "-").split("-", 1)[0]
    return _ALIASES.get(base, DEFAULT_LANGUAGE)


class Translator:
    """Translates message ids and findings into one language."""

    def __init__(self, lang: str, translations: gettext.NullTranslations) -> None:
        self.lang = lang
        self._translations = translations

    def __call__(self, message: str, /, **params: object) -> str:
        """The translation of ``message``, with ``params`` filled in."""
        text = self._translations.gettext(message)
        return text.format(**params) if params else text

    def reason(self, item: Finding) -> str:
        """The finding's reason in this language (plain text)."""
        return self._reason(item, html=False)

    def reason_html(self, item: Finding) -> str:
        """The finding's reason as Telegram HTML.

        Everything is escaped, and the quoted evidence (links, numbers, handles) is set in
        ``<code>`` so that Telegram never turns a scam link into a tappable one.
        """
        return self._reason(item, html=True)

    def _reason(self, item: Finding, *, html: bool) -> str:
        entry = CATALOGUE.get(item.code)
        if entry is None:
            return escape(item.reason) if html else item.reason
        params = dict(item.params)
        for key in _TRANSLATED_PARAMS:
            if key in params:
                params[key] = self._translations.gettext(params[key])
        template = self._translations.gettext(entry.template)
        out: list[str] = []
        try:
            for literal, field, _spec, _conv in Formatter().parse(template):
                out.append(escape(literal) if html else literal)
                if field is None:
                    continue
                value = str(params.get(field, "?"))
                if html:
                    value = escape(value)
                    if field in _QUOTED_PARAMS:
                        value = f"<code>{value}</code>"
                out.append(value)
        except ValueError:
            return escape(item.reason) if html else item.reason
        return "".join(out)


@lru_cache(maxsize=8)
def translator(lang: str | None) -> Translator:
    """The translator for a language (English when there is no catalogue for it)."""
    code = normalize_language(lang)
    if code == DEFAULT_LANGUAGE:
        return Translator(code, gettext.NullTranslations())
    translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)
    return Translator(code, translations)
