"""Parse what moderators import: plain lists, CSV, the public feeds, and our own exports.

Pure functions over lines of text; nothing here touches Redis. Every line is accounted for:
a parsed entry, a comment or header, or an invalid line with its number and reason, so an
import can report "added / already present / invalid" and refuse nothing silently.

Formats (recognised from the first lines, or named explicitly):

* ``plain``: one value a line, ``VALUE [# reason]``; the kind is recognised per value.
* ``csv``: a header with ``value`` (or ``url``/``domain``/``phone``/``handle``/``account``)
  and optional ``kind``, ``list``, ``reason``, ``expires`` columns.
* ``urlhaus``: abuse.ch URLhaus CSV (``# id,dateadded,url,url_status,...``), comment lines
  start with ``#``.
* ``openphish``: one phishing URL a line.
* ``phishtank``: PhishTank CSV (``phish_id,url,phish_detail_url,submission_time,...``).
* ``export``: ScamCheck's own JSON-lines export; restores every field exactly.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final, Literal

from blocklists.keys import ListName
from blocklists.lookups import Entry
from blocklists.normalize import KINDS, InvalidValue, Kind, detect_kind, normalize

Format = Literal["plain", "csv", "urlhaus", "openphish", "phishtank", "export"]
FORMATS: Final[tuple[Format, ...]] = (
    "plain",
    "csv",
    "urlhaus",
    "openphish",
    "phishtank",
    "export",
)
MAX_LINE: Final = 4096


@dataclass(frozen=True, slots=True)
class Invalid:
    """A line that could not be imported, and why."""

    line: int
    reason: str


def sniff(lines: list[str]) -> Format:
    """Guess the format from the first non-blank lines."""
    head = [line.strip() for line in lines[:50] if line.strip()]
    if not head:
        return "plain"
    first = head[0].lower()
    if first.startswith("{") and '"kind"' in first:
        return "export"
    if any("urlhaus" in line.lower() for line in head[:10]) or first.startswith(
        "# id,dateadded,url"
    ):
        return "urlhaus"
    if first.startswith("phish_id,url"):
        return "phishtank"
    if "," in first and any(
        col in first.split(",") for col in ("value", "url", "domain", "phone", "handle", "account")
    ):
        return "csv"
    data = [line for line in head if not line.startswith("#")]
    if data and all(re.match(r"^https?://\S+$", line, re.IGNORECASE) for line in data[:20]):
        return "openphish"
    return "plain"


def parse(
    lines: Iterable[str],
    fmt: Format | None = None,
    *,
    list_name: ListName = "block",
    source: str = "import",
    region: str = "SG",
) -> tuple[list[Entry], list[Invalid]]:
    """Every entry of a file and every line that could not be used."""
    lines = list(lines)
    fmt = fmt or sniff(lines)
    reader = {
        "plain": _plain,
        "openphish": _openphish,
        "csv": _csv,
        "urlhaus": _urlhaus,
        "phishtank": _phishtank,
        "export": _export,
    }[fmt]
    entries: list[Entry] = []
    invalid: list[Invalid] = []
    for item in reader(lines, list_name, source, region):
        if isinstance(item, Entry):
            entries.append(item)
        else:
            invalid.append(item)
    return entries, invalid


def _value(number: int, kind: Kind | None, value: str, region: str) -> tuple[Kind, str] | Invalid:
    if len(value) > MAX_LINE:
        return Invalid(number, "line too long")
    try:
        found = kind or detect_kind(value, region=region)
        return found, normalize(found, value, region=region)
    except InvalidValue as exc:
        return Invalid(number, str(exc))


def _plain(
    lines: list[str], list_name: ListName, source: str, region: str
) -> Iterator[Entry | Invalid]:
    for number, line in enumerate(lines, start=1):
        value, _, reason = line.partition("#")
        if not value.strip():
            continue
        if "\x00" in line:
            yield Invalid(number, "binary data")
            continue
        found = _value(number, None, value.strip(), region)
        if isinstance(found, Invalid):
            yield found
        else:
            yield Entry(list_name, found[0], found[1], reason.strip(), source)


def _openphish(
    lines: list[str], list_name: ListName, source: str, region: str
) -> Iterator[Entry | Invalid]:
    for number, line in enumerate(lines, start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        found = _value(number, "url", url, region)
        yield (
            found
            if isinstance(found, Invalid)
            else Entry(list_name, "url", found[1], "OpenPhish feed", source)
        )


def _rows(lines: list[str], start: int) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO("\n".join(lines[start:])))
    try:
        for offset, row in enumerate(reader):
            yield start + offset + 1, row
    except csv.Error as exc:
        yield -1, [f"__error__{exc}"]


def _csv(
    lines: list[str], list_name: ListName, source: str, region: str
) -> Iterator[Entry | Invalid]:
    header_at = next(
        (i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")), 0
    )
    header = [h.strip().lower() for h in next(csv.reader([lines[header_at]]))] if lines else []
    value_col = next(
        (c for c in ("value", "url", "domain", "phone", "handle", "account") if c in header), None
    )
    if value_col is None:
        yield Invalid(header_at + 1, "no value column in the CSV header")
        return
    for number, row in _rows(lines, header_at + 1):
        if number < 0:
            yield Invalid(header_at + 1, row[0].removeprefix("__error__"))
            return
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, row, strict=False))
        raw = (record.get(value_col) or "").strip()
        kind_text = (
            (record.get("kind") or (value_col if value_col != "value" else "")).strip().lower()
        )
        if kind_text and kind_text not in KINDS:
            yield Invalid(number, f"unknown kind {kind_text!r}")
            continue
        row_list_text = (record.get("list") or list_name).strip().lower()
        if row_list_text == "block":
            row_list: ListName = "block"
        elif row_list_text == "allow":
            row_list = "allow"
        else:
            yield Invalid(number, f"unknown list {row_list_text!r}")
            continue
        kind: Kind | None = next((k for k in KINDS if k == kind_text), None)
        found = _value(number, kind, raw, region)
        if isinstance(found, Invalid):
            yield found
            continue
        expires = None
        if record.get("expires"):
            try:
                expires = float(record["expires"])
            except ValueError:
                yield Invalid(number, "expires is not a Unix time")
                continue
        yield Entry(
            row_list,
            found[0],
            found[1],
            (record.get("reason") or "").strip(),
            source,
            expires_at=expires,
        )


def _urlhaus(
    lines: list[str], list_name: ListName, source: str, region: str
) -> Iterator[Entry | Invalid]:
    # Columns: id, dateadded, url, url_status, last_online, threat, tags, urlhaus_link, reporter
    data = [
        (i, line)
        for i, line in enumerate(lines, start=1)
        if line.strip() and not line.startswith("#")
    ]
    reader = csv.reader(line for _, line in data)
    for (number, _), row in zip(data, reader, strict=False):
        if len(row) < 3:
            yield Invalid(number, "not a URLhaus row")
            continue
        threat = row[5] if len(row) > 5 else ""
        found = _value(number, "url", row[2].strip(), region)
        if isinstance(found, Invalid):
            yield found
        else:
            reason = f"URLhaus: {threat}".strip().rstrip(":") if threat else "URLhaus feed"
            yield Entry(list_name, "url", found[1], reason, source)


def _phishtank(
    lines: list[str], list_name: ListName, source: str, region: str
) -> Iterator[Entry | Invalid]:
    header = [h.strip().lower() for h in next(csv.reader([lines[0]]))]
    url_at = header.index("url") if "url" in header else 1
    target_at = header.index("target") if "target" in header else None
    for number, row in _rows(lines, 1):
        if number < 0:
            yield Invalid(1, row[0].removeprefix("__error__"))
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= url_at:
            yield Invalid(number, "not a PhishTank row")
            continue
        found = _value(number, "url", row[url_at].strip(), region)
        if isinstance(found, Invalid):
            yield found
            continue
        target = row[target_at].strip() if target_at is not None and len(row) > target_at else ""
        reason = f"PhishTank: phishing {target}".strip() if target else "PhishTank feed"
        yield Entry(list_name, "url", found[1], reason, source)


def _export(
    lines: list[str], list_name: ListName, source: str, region: str
) -> Iterator[Entry | Invalid]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            kind = data["kind"]
            entry_list = data["list"]
            if kind not in KINDS or entry_list not in ("block", "allow"):
                raise ValueError("bad kind or list")
            value = normalize(kind, data["value"], region=region)
            expires = data.get("expires_at")
            yield Entry(
                entry_list,
                kind,
                value,
                str(data.get("reason", "")),
                str(data.get("source", "")),
                str(data.get("added_by", "")),
                float(data.get("added_at", 0) or 0),
                float(expires) if expires is not None else None,
            )
        except (ValueError, KeyError, TypeError, InvalidValue) as exc:
            yield Invalid(number, f"not an export line ({type(exc).__name__})")


def json_line(record: dict[str, object]) -> str:
    """One record of an export file: compact JSON, keys sorted, text as written (not escaped).

    List entries and campaigns (``bot.campaign_io``) share the file and this form.
    """
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def export_line(entry: Entry) -> str:
    """One entry as a line of the export format (what :func:`parse` reads back)."""
    return json_line(
        {
            "list": entry.list_name,
            "kind": entry.kind,
            "value": entry.value,
            "reason": entry.reason,
            "source": entry.source,
            "added_by": entry.added_by,
            "added_at": entry.added_at,
            "expires_at": entry.expires_at,
        }
    )
