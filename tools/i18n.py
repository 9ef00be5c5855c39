"""Maintain trainmgr's translations: resources/i18n/trainmgr_<lang>.ts (sources, committed) → .qm (built).

    .venv/bin/python tools/i18n.py update     # re-extract every tr()/translate() string, keeping translations
    .venv/bin/python tools/i18n.py compile    # .ts → .qm next to them (build artefacts, git-ignored)
    .venv/bin/python tools/i18n.py check      # unfinished or broken translations per language; exit 1 if any
    .venv/bin/python tools/i18n.py todo fr > todo_fr.json    # what still needs translating, as JSON
    .venv/bin/python tools/i18n.py fill fr todo_fr.json      # write the translations back into the .ts

Translating strings added after a change to the GUI:
  1. `update`: new strings arrive unfinished, except those the translation memory already knows
     (tools/i18n_memory/<lang>.json, {"source" or "Context|source": translation}), filled from it;
  2. `todo fr > fr.json`, `todo ar > ar.json` (and `todo en` for new plural messages); fill in each
     "translation", or "forms" for a plural: French 2 (one, many), Arabic 6 (0, 1, 2, 3–10, 11–99, 100+),
     English 2;
  3. `fill fr fr.json`, `fill ar ar.json`, `fill en en.json` (also adds them to the memory), then `check`
     and `compile`. `check` also lists code lupdate cannot read (translate() of a variable, a `tr` alias).
  Keep {placeholders}, %n and the one & mnemonic (`check` warns of letters clashing in a context);
  French: « », no-break space before : ; ? ! (U+00A0; in fill's JSON write it \\u00a0);
  Arabic: Modern Standard Arabic with the glossary already used (متدرب، فوج، جلسة تدريبية، تقييم الاحتياجات،
  إطار الكفاءات، التحقق من السوابق، مقرر for a module, وحدة for a unit).

trainmgr_en.ts holds only plural forms ("%n conflict(s)" → "1 conflict" / "2 conflicts"): English source
text is shown as is otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
MEMORY = Path(__file__).resolve().parent / "i18n_memory"  # <lang>.json: {"source" or "Context|source": text}
SOURCES = ROOT / "src" / "trainmgr"
BIN = Path(sys.executable).parent
LANGUAGES = ("fr", "ar")  # full catalogues
PLURAL_ONLY = ("en",)  # plural forms only
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def ts_path(lang: str) -> Path:
    return I18N / f"trainmgr_{lang}.ts"


def _tool(name: str) -> str:
    candidate = BIN / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def update(langs: Sequence[str], *, quiet: bool = False) -> None:
    """Run lupdate over src/trainmgr into each catalogue; existing translations are kept, and new
    messages whose text the translation memory (tools/i18n_memory/<lang>.json) knows are filled from it."""
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        _lupdate(lang)
        if memory(lang):
            fill(lang, memory(lang), only_unfinished=True)
        if not quiet:
            print(f"{lang}: {summary(lang)}")


def _lupdate(lang: str) -> None:
    cmd = [_tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "relative",
           "-source-language", "en", "-target-language", lang, str(SOURCES), "-ts", str(ts_path(lang))]
    if lang in PLURAL_ONLY:
        cmd.insert(1, "-pluralonly")
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def compile_catalogues(langs: Sequence[str]) -> None:
    """lrelease each .ts into the .qm beside it (unfinished messages left out: they show English)."""
    for lang in langs:
        source = ts_path(lang)
        if not source.exists():
            raise SystemExit(f"{source} is missing: run `tools/i18n.py update` first")
        subprocess.run([_tool("lrelease"), "-nounfinished", "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True, cwd=ROOT)


# --- reading and writing the .ts XML ---------------------------------------------------------------
@dataclass
class Message:
    context: str
    element: ET.Element

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    @property
    def live(self) -> bool:
        return self.translation.get("type") not in ("obsolete", "vanished")

    @property
    def texts(self) -> list[str]:
        if self.numerus:
            return [form.text or "" for form in self.translation.findall("numerusform")]
        return [self.translation.text or ""]


def load(lang: str) -> ET.ElementTree:
    return ET.parse(ts_path(lang))


def messages(tree: ET.ElementTree) -> Iterator[Message]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            message = Message(name, element)
            if message.live:
                yield message


def save(tree: ET.ElementTree, lang: str) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def form_count(tree: ET.ElementTree) -> int:
    return {"ar": 6, "fr": 2, "en": 2}.get((tree.getroot().get("language") or "en").split("_")[0], 2)


# --- checking -------------------------------------------------------------------------------------
def problems(lang: str) -> list[str]:
    """Unfinished, empty or inconsistent translations: one line each, naming context and source."""
    found: list[str] = []
    for message in messages(load(lang)):
        where = f"{message.context or '(no context)'}: {message.source!r}"
        if not message.context:
            found.append(f"{where}: extracted without a context (a tr alias? call QCoreApplication.translate)")
            continue
        if _unfinished(message) or not all(t.strip() for t in message.texts):
            found.append(f"{where}: unfinished")
            continue
        found.extend(f"{where}: {issue}" for issue in _inconsistencies(message))
    return found


def _inconsistencies(message: Message) -> Iterator[str]:
    wanted = sorted(p for p in PLACEHOLDER.findall(message.source) if p != "%n")
    for text in message.texts:
        got = sorted(p for p in PLACEHOLDER.findall(text) if p != "%n")
        if got != wanted:
            yield f"placeholders {got} in {text!r}, expected {wanted}"
        if _mnemonics(message.source) != _mnemonics(text):
            yield f"mnemonic count differs in {text!r}"


def mnemonic_clashes(lang: str) -> list[str]:
    """Per context (≈ one page or dialog): translations sharing a mnemonic letter whose English sources
    do not. A hint, not a failure: a context's strings are not all on screen together."""
    by_context: dict[str, list[Message]] = {}
    for message in messages(load(lang)):
        if message.context and not message.numerus and _mnemonics(message.source) == 1:
            by_context.setdefault(message.context, []).append(message)
    found = []
    for context, group in by_context.items():
        letters: dict[str, list[Message]] = {}
        for message in group:
            letters.setdefault(_mnemonic_key(message.texts[0]), []).append(message)
        for key, same in letters.items():
            if key and len(same) > 1 and len({_mnemonic_key(m.source) for m in same}) == len(same):
                found.append(f"{context}: &{key} in " + ", ".join(repr(m.texts[0]) for m in same))
    return found


def _mnemonic_key(text: str) -> str:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


VARIABLE_TEXT = re.compile(r"""\btranslate\(\s*["'][^"']+["']\s*,\s*[A-Za-z_][\w.]*\s*[,)]""")
TR_ALIAS = re.compile(r"^\s*(\w+)\s*=\s*QCoreApplication\.translate\s*$", re.MULTILINE)


def source_problems() -> list[str]:
    """Code whose strings lupdate cannot extract: translate() of a variable (a `_tr(text)` wrapper: its
    callers' literals never reach the catalogue) and translate() aliased to another name than
    `translate` (lupdate reads `tr("Context", "text")` as a context-less "Context")."""
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT)
        for match in VARIABLE_TEXT.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{where}:{line}: translate() of a variable: call it with the literal text")
        for match in TR_ALIAS.finditer(text):
            if match.group(1) != "translate":
                line = text.count("\n", 0, match.start(1)) + 1
                found.append(f"{where}:{line}: `{match.group(1)} = QCoreApplication.translate`: lupdate reads "
                             f"{match.group(1)}(\"Context\", \"text\") wrongly; name it `translate`")
    return found


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def summary(lang: str) -> str:
    all_messages = list(messages(load(lang)))
    return f"{len(all_messages)} messages, {len(problems(lang))} to do"


# --- todo / fill ------------------------------------------------------------------------------------
def todo(lang: str) -> list[dict[str, object]]:
    tree = load(lang)
    items: list[dict[str, object]] = []
    for message in messages(tree):
        if message.context and _unfinished(message):
            item: dict[str, object] = {"context": message.context, "source": message.source}
            if message.numerus:
                item["forms"] = [t for t in message.texts] or [""] * form_count(tree)
            else:
                item["translation"] = message.texts[0]
            items.append(item)
    return items


def memory(lang: str) -> dict[str, object]:
    path = MEMORY / f"{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def remember(lang: str, data: list[dict[str, object]] | dict[str, object]) -> None:
    """Add translations to the memory (a todo list is keyed "Context|source" where the text differs
    from the plain-source entry), so a later `update` reuses them wherever the text appears."""
    known = memory(lang)
    if isinstance(data, dict):
        known.update(data)
    else:
        for item in data:
            value = item.get("forms", item.get("translation"))
            if value:
                source = str(item["source"])
                key = source if known.get(source, value) == value else f"{item['context']}|{source}"
                known[key] = value
    MEMORY.mkdir(exist_ok=True)
    text = json.dumps(dict(sorted(known.items())), ensure_ascii=False, indent=1)
    (MEMORY / f"{lang}.json").write_text(text + "\n", encoding="utf-8")


def fill(lang: str, data: list[dict[str, object]] | dict[str, object], *, only_unfinished: bool = False) -> int:
    """Write translations into the .ts: a todo-style list, or {source: translation} for every context
    ("Context|source" keys win over plain ones). A numerus message takes a list of forms.
    Returns the number of messages filled."""
    if isinstance(data, dict):
        by_source = data
        by_key: dict[tuple[str, str], object] = {}
    else:
        by_source = {}
        by_key = {(str(i["context"]), str(i["source"])): i.get("forms", i.get("translation")) for i in data}
    tree = load(lang)
    filled = 0
    for message in messages(tree):
        if not message.context or (only_unfinished and not _unfinished(message)):
            continue
        value = by_key.get((message.context, message.source),
                           by_source.get(f"{message.context}|{message.source}", by_source.get(message.source)))
        if not value:
            continue
        _set(message, value, form_count(tree))
        filled += 1
    if filled:
        save(tree, lang)
        _lupdate(lang)  # lupdate's own layout: small diffs in review
    return filled


def _unfinished(message: Message) -> bool:
    return message.translation.get("type") == "unfinished" or not all(message.texts)


def _set(message: Message, value: object, forms: int) -> None:
    translation = message.translation
    translation.attrib.pop("type", None)
    if message.numerus:
        values = [str(v) for v in value] if isinstance(value, list) else [str(value)] * forms
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in values:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = str(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="re-extract strings from src/trainmgr (keeps translations)")
    sub.add_parser("compile", help="build the .qm files")
    sub.add_parser("check", help="list unfinished/broken translations; exit 1 if any")
    todo_cmd = sub.add_parser("todo", help="print the unfinished messages of LANG as JSON")
    todo_cmd.add_argument("lang")
    fill_cmd = sub.add_parser("fill", help="write translations from a JSON file into LANG's .ts")
    fill_cmd.add_argument("lang")
    fill_cmd.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    every = (*LANGUAGES, *PLURAL_ONLY)
    if args.command == "update":
        update(every)
    elif args.command == "compile":
        compile_catalogues(every)
    elif args.command == "check":
        hidden = source_problems()
        print(f"sources: {len(hidden)} place(s) lupdate cannot read")
        for line in hidden:
            print(f"  {line}")
        failed = bool(hidden)
        for lang in every:
            found = problems(lang)
            print(f"{lang}: {len(found)} unfinished or broken")
            for line in found:
                print(f"  {line}")
            for line in mnemonic_clashes(lang):
                print(f"  warning: mnemonic {line}")
            failed = failed or bool(found)
        return 1 if failed else 0
    elif args.command == "todo":
        json.dump(todo(args.lang), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        data = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{args.lang}: {fill(args.lang, data)} messages filled")
        remember(args.lang, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
