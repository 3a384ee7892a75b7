"""What is wrong with a definition file, said item by item in the reader's language.

The loader, the plan and derived-link resolution, the checks' lint and the edition check
all report a problem the same way: a DefinitionProblem naming the place in the file
(file name and the YAML path there, which are the file's own names and stay as written)
and a message key with its parameters. The words are in DEFINITION_MESSAGES, kk, ru and
en, so `grantdesk add-edition`, File → Add a form edition… and the definitions tests say
the same thing; `str()` of a problem is its English text.

In a message, `{x!q}` quotes a name (a list: each one, joined by commas), `{x!o}` names a
document role; a list parameter without a conversion is joined by commas.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..catalog import template

_ROLE_WORDS = {
    "plan": {"kk": "жоспар", "ru": "плана"},
    "interim": {"kk": "аралық есеп", "ru": "промежуточного отчета"},
    "final": {"kk": "қорытынды есеп", "ru": "итогового отчета"},
    "derived": {"kk": "есептен алынған құжат", "ru": "документа из отчета"},
}


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def _quote(self, value: Any) -> str:
        if isinstance(value, (list, tuple, set, frozenset)):
            return ", ".join(self._quote(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
        return repr(value) if self.lang == "en" else f"«{value}»"

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "q":
            return self._quote(value)
        if conversion == "o":
            return value if self.lang == "en" else _ROLE_WORDS.get(value, {}).get(self.lang, value)
        if conversion is None and isinstance(value, (list, tuple)):
            return ", ".join(map(str, value))
        return super().convert_field(value, conversion)


@dataclass(frozen=True)
class DefinitionProblem:
    """One thing wrong with a definition: where (file and path in it), and what."""

    place: str
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        return _Formatter(lang).format(template(DEFINITION_MESSAGES[self.key], lang, self.params.get("n")),
                                       **self.params)

    def text(self, lang: str = "en") -> str:
        return f"{self.place}: {self.message(lang)}" if self.place else self.message(lang)

    def within(self, prefix: str) -> "DefinitionProblem":
        """The same problem with its place inside `prefix` (an edition, a check)."""
        return DefinitionProblem(f"{prefix}: {self.place}" if self.place else prefix, self.key, self.params)

    def __str__(self) -> str:
        return self.text("en")


def problem(place: str, key: str, /, **params: Any) -> DefinitionProblem:
    if key not in DEFINITION_MESSAGES:
        raise KeyError(f"no wording for definition problem {key!r}")  # a programming slip, caught by tests
    return DefinitionProblem(place, key, params)


# Braces that are part of a message (an example of YAML) are doubled, as str.format wants.
DEFINITION_MESSAGES: dict[str, dict[str, str]] = {
    # reading the file
    "cannot_read": {
        "en": "cannot read the file: {detail}",
        "kk": "файлды оқу мүмкін емес: {detail}",
        "ru": "не удалось прочитать файл: {detail}",
    },
    "not_utf8": {
        "en": "the file is not UTF-8 text (at byte {position})",
        "kk": "файл UTF-8 мәтіні емес ({position}-байт)",
        "ru": "файл не является текстом UTF-8 (байт {position})",
    },
    "not_yaml": {
        "en": "the file is not valid YAML at line {line}, column {column}",
        "kk": "файл YAML ережесіне сай емес: {line}-жол, {column}-баған",
        "ru": "файл не соответствует синтаксису YAML: строка {line}, столбец {column}",
    },
    "yaml_too_large": {
        "en": "the file is too large or too complex for a form definition ({what}: {got}, at most {limit})",
        "kk": "файл нысан анықтамасы үшін тым үлкен не тым күрделі ({what}: {got}, ең көбі {limit})",
        "ru": "файл слишком велик или сложен для определения формы ({what}: {got}, не больше {limit})",
    },
    "not_yaml_anywhere": {
        "en": "the file is not valid YAML",
        "kk": "файл YAML ережесіне сай емес",
        "ru": "файл не соответствует синтаксису YAML",
    },
    # the shape of a definition
    "not_mapping": {
        "en": "a definition is a mapping",
        "kk": "анықтама «кілт: мән» жұптарынан тұруы керек",
        "ru": "определение должно состоять из пар «ключ: значение»",
    },
    "project_not_mapping": {
        "en": "a project definition is a mapping with `fields`",
        "kk": "жоба анықтамасында `fields` тізімі болуы керек",
        "ru": "в определении проекта должен быть раздел `fields`",
    },
    "missing_key": {
        "en": "missing {key!q}",
        "kk": "{key!q} жоқ",
        "ru": "нет {key!q}",
    },
    "unknown_kind": {
        "en": "unknown kind {value!q}; known: {known}",
        "kk": "{value!q} деген түр белгісіз; белгілі түрлер: {known}",
        "ru": "неизвестный вид {value!q}; известные: {known}",
    },
    "derived_has_own": {
        "en": "a derived definition has no {what} of its own: its print blocks name the fields and "
              "tables of the document it is derived from",
        "kk": "есептен алынған анықтаманың өз {what} бөлімі болмайды: оның баспа блоктары өзі алынған "
              "құжаттың өрістері мен кестелерін атайды",
        "ru": "у производного определения нет своих разделов {what}: его блоки печати называют поля и "
              "таблицы документа, из которого оно составляется",
    },
    "only_derived_is_derived": {
        "en": "only a definition of kind derived is derived from another document",
        "kk": "басқа құжаттан тек derived түріндегі анықтама ғана алынады",
        "ru": "из другого документа составляется только определение вида derived",
    },
    "field_table_clash": {
        "en": "ids used for both a field and a table: {names!q}",
        "kk": "бір атау әрі өріске, әрі кестеге берілген: {names!q}",
        "ru": "одно имя дано и полю, и таблице: {names!q}",
    },
    # texts
    "text_expected": {
        "en": "expected a text in every language, e.g. {{kk: …, ru: …}}",
        "kk": "мұнда әр тілдегі мәтін керек, мысалы {{kk: …, ru: …}}",
        "ru": "здесь нужен текст на каждом языке, например {{kk: …, ru: …}}",
    },
    "missing_languages": {
        "en": "missing language(s) {langs}",
        "kk": "мына тілдегі мәтін жоқ: {langs}",
        "ru": "нет текста на языке: {langs}",
    },
    "missing_language": {
        "en": "missing language {lang}",
        "kk": "мына тілдегі мәтін жоқ: {lang}",
        "ru": "нет текста на языке: {lang}",
    },
    "contract_lines": {
        "en": "expected lines in every language, e.g. {{kk: […], ru: […]}}",
        "kk": "мұнда әр тілдегі жолдар керек, мысалы {{kk: […], ru: […]}}",
        "ru": "здесь нужны строки на каждом языке, например {{kk: […], ru: […]}}",
    },
    "unofficial_list": {
        "en": "expected a list of languages among {langs}",
        "kk": "мұнда тілдер тізімі керек ({langs} ішінен)",
        "ru": "здесь нужен список языков из {langs}",
    },
    "text_odd_keys": {
        "en": "unexpected {odd!q}: a text has only {langs} (quote a text that holds a comma)",
        "kk": "артық {odd!q}: мәтінде тек {langs} болады (үтірі бар мәтінді тырнақшаға алыңыз)",
        "ru": "лишнее {odd!q}: у текста есть только {langs} (текст с запятой возьмите в кавычки)",
    },
    # fields
    "field_not_mapping": {
        "en": "a field is a mapping",
        "kk": "өріс «кілт: мән» жұптарынан тұруы керек",
        "ru": "поле должно состоять из пар «ключ: значение»",
    },
    "unknown_type": {
        "en": "unknown type {value!q}; known: {known}",
        "kk": "{value!q} деген мән түрі белгісіз; белгілі түрлер: {known}",
        "ru": "неизвестный тип значения {value!q}; известные: {known}",
    },
    "bad_scope": {
        "en": "scope must be report or project, not {value!q}",
        "kk": "scope мәні report немесе project болуы керек, {value!q} емес",
        "ru": "scope должен быть report или project, а не {value!q}",
    },
    "not_project_field": {
        "en": "{name!q} is not a project field; project fields: {known}",
        "kk": "{name!q} — жоба өрісі емес; жоба өрістері: {known}",
        "ru": "{name!q} — не поле проекта; поля проекта: {known}",
    },
    "project_field_type": {
        "en": "project field {name!q} is {declared!q} in the project definition, not {value!q}",
        "kk": "{name!q} жоба өрісінің түрі жоба анықтамасында {declared!q}, {value!q} емес",
        "ru": "тип поля проекта {name!q} в определении проекта — {declared!q}, а не {value!q}",
    },
    "unknown_field": {
        "en": "unknown field {name!q}",
        "kk": "{name!q} деген өріс жоқ",
        "ru": "нет поля {name!q}",
    },
    # roles
    "roles_list": {
        "en": "expected a list of roles out of {known}",
        "kk": "мұнда рөлдер тізімі керек ({known} ішінен)",
        "ru": "здесь нужен список ролей из {known}",
    },
    "roles_mapping": {
        "en": "expected a mapping of role to {{title, short_title, contract_line}}",
        "kk": "мұнда әр рөлге {{title, short_title, contract_line}} керек",
        "ru": "здесь для каждой роли нужны {{title, short_title, contract_line}}",
    },
    "no_such_role": {
        "en": "a {kind} definition has no role {role!q} (it has {known})",
        "kk": "{kind} түріндегі анықтамада {role!q} рөлі жоқ (бары: {known})",
        "ru": "у определения вида {kind} нет роли {role!q} (есть: {known})",
    },
    # sections
    "section_not_mapping": {
        "en": "a section is a mapping with an `id`, a `title` and its `items`",
        "kk": "бөлімде `id`, `title` және `items` болуы керек",
        "ru": "у раздела должны быть `id`, `title` и `items`",
    },
    "unknown_item": {
        "en": "unknown item {name!q}",
        "kk": "{name!q} деген өріс не кесте жоқ",
        "ru": "нет поля или таблицы {name!q}",
    },
    "item_twice": {
        "en": "item {name!q} is on two sections",
        "kk": "{name!q} екі бөлімде тұр",
        "ru": "{name!q} стоит в двух разделах",
    },
    "unplaced": {
        "en": "fields or tables on no section: {names!q}",
        "kk": "ешбір бөлімге кірмеген өрістер не кестелер: {names!q}",
        "ru": "поля или таблицы вне разделов: {names!q}",
    },
    # tables
    "table_not_mapping": {
        "en": "a table is a mapping with a `label` and `columns`",
        "kk": "кестеде `label` пен `columns` болуы керек",
        "ru": "у таблицы должны быть `label` и `columns`",
    },
    "no_columns": {
        "en": "a table needs columns",
        "kk": "кестеге бағандар керек",
        "ru": "у таблицы должны быть столбцы",
    },
    "fixed_with_children": {
        "en": "a table with fixed rows cannot have child tables",
        "kk": "тұрақты жолдары бар кестенің ішкі кестелері болмайды",
        "ru": "у таблицы с постоянными строками не может быть вложенных таблиц",
    },
    "title_column": {
        "en": "title_column {name!q} is not a column",
        "kk": "title_column: {name!q} деген баған жоқ",
        "ru": "title_column: нет столбца {name!q}",
    },
    "not_a_number": {
        "en": "expected a whole number, not {value!q}",
        "kk": "мұнда бүтін сан керек, {value!q} емес",
        "ru": "здесь нужно целое число, а не {value!q}",
    },
    "fixed_row_key": {
        "en": "a fixed row is a mapping with a `key`",
        "kk": "тұрақты жолда `key` болуы керек",
        "ru": "у постоянной строки должен быть `key`",
    },
    "row_key_twice": {
        "en": "row key {key!q} used twice",
        "kk": "{key!q} жол кілті екі рет берілген",
        "ru": "ключ строки {key!q} использован дважды",
    },
    "sub_sub_rows": {
        "en": "a sub-row cannot have sub-rows of its own",
        "kk": "ішкі жолдың өз ішкі жолдары болмайды",
        "ru": "у подстроки не может быть своих подстрок",
    },
    "rows_list": {
        "en": "expected a list of rows",
        "kk": "мұнда жолдар тізімі керек",
        "ru": "здесь нужен список строк",
    },
    "print_blocks": {
        "en": "expected a list of print blocks, each a mapping with a `block`",
        "kk": "мұнда баспа блоктарының тізімі керек, әрқайсысында `block` болады",
        "ru": "здесь нужен список блоков печати, у каждого есть `block`",
    },
    "unknown_block_key": {
        "en": "this block has no {name!q}; it takes: {known}",
        "kk": "бұл блокта {name!q} болмайды; оның кілттері: {known}",
        "ru": "у этого блока нет {name!q}; его ключи: {known}",
    },
    "block_needs_one_of": {
        "en": "a {block} block needs one of {keys!q}",
        "kk": "{block} блогына {keys!q} кілттерінің бірі керек",
        "ru": "блоку {block} нужен один из ключей {keys!q}",
    },
    "text_list": {
        "en": "expected a list of texts",
        "kk": "мұнда мәтіндер тізімі керек",
        "ru": "здесь нужен список текстов",
    },
    "not_a_flag": {
        "en": "expected true or false, not {value!q}",
        "kk": "мұнда true не false керек, {value!q} емес",
        "ru": "здесь нужно true или false, а не {value!q}",
    },
    "not_a_choice": {
        "en": "expected one of {known}, not {value!q}",
        "kk": "мұнда {known} мәндерінің бірі керек, {value!q} емес",
        "ru": "здесь нужно одно из {known}, а не {value!q}",
    },
    "expected_entries": {
        "en": "expected a list of entries, each a mapping",
        "kk": "мұнда жазбалар тізімі керек, әрқайсысы «кілт: мән» жұптарынан",
        "ru": "здесь нужен список записей из пар «ключ: значение»",
    },
    "widths": {
        "en": "a width is a weight (a number) or {{weight, min, max}}",
        "kk": "ені — салмақ (сан) немесе {{weight, min, max}}",
        "ru": "ширина — вес (число) или {{weight, min, max}}",
    },
    "tree_columns": {
        "en": "expected a list of {{column: …}} or {{group: …, columns: […]}}",
        "kk": "мұнда {{column: …}} не {{group: …, columns: […]}} тізімі керек",
        "ru": "здесь нужен список {{column: …}} или {{group: …, columns: […]}}",
    },
    "no_section": {
        "en": "no section {name!q}",
        "kk": "{name!q} деген бөлім жоқ",
        "ru": "нет раздела {name!q}",
    },
    # links to the plan and to the source of a derived document
    "plan_mapping": {
        "en": "expected a mapping with editions, tables and fixed",
        "kk": "мұнда editions, tables және fixed керек",
        "ru": "здесь нужны editions, tables и fixed",
    },
    "plan_editions": {
        "en": "expected a list of plan definition ids",
        "kk": "мұнда жоспар анықтамаларының тізімі керек",
        "ru": "здесь нужен список определений плана",
    },
    "plan_table_link": {
        "en": "expected {{from: <plan table path>, columns: {{report column: plan column}}}}",
        "kk": "мұнда {{from: <жоспар кестесі>, columns: {{есеп бағаны: жоспар бағаны}}}} керек",
        "ru": "здесь нужно {{from: <таблица плана>, columns: {{столбец отчета: столбец плана}}}}",
    },
    "plan_fixed_link": {
        "en": "expected {{column: …, from: <plan table>, from_column: …, rows: {{…}}}}",
        "kk": "мұнда {{column: …, from: <жоспар кестесі>, from_column: …, rows: {{…}}}} керек",
        "ru": "здесь нужно {{column: …, from: <таблица плана>, from_column: …, rows: {{…}}}}",
    },
    "name_map": {
        "en": "expected a mapping of names to names",
        "kk": "мұнда «атау: атау» жұптары керек",
        "ru": "здесь нужны пары «имя: имя»",
    },
    "not_a_plan": {
        "en": "{edition!q} is not a plan definition",
        "kk": "{edition!q} — жоспар анықтамасы емес",
        "ru": "{edition!q} — не определение плана",
    },
    "no_rows_table": {
        "en": "no table of rows {name!q}",
        "kk": "{name!q} деген жолдар кестесі жоқ",
        "ru": "нет таблицы строк {name!q}",
    },
    "edition_no_rows_table": {
        "en": "{edition} has no table of rows {name!q}",
        "kk": "{edition} анықтамасында {name!q} деген жолдар кестесі жоқ",
        "ru": "в {edition} нет таблицы строк {name!q}",
    },
    "fixed_tables_needed": {
        "en": "{table} and {other} must be fixed-row tables",
        "kk": "{table} мен {other} тұрақты жолдары бар кестелер болуы керек",
        "ru": "{table} и {other} должны быть таблицами с постоянными строками",
    },
    "derived_from_mapping": {
        "en": "expected {{role: final, editions: [<report definition ids>]}}",
        "kk": "мұнда {{role: final, editions: [<есеп анықтамалары>]}} керек",
        "ru": "здесь нужно {{role: final, editions: [<определения отчета>]}}",
    },
    "derived_from_role": {
        "en": "expected one of {known}, not {value!q}",
        "kk": "мұнда {known} мәндерінің бірі керек, {value!q} емес",
        "ru": "здесь нужно одно из {known}, а не {value!q}",
    },
    "definition_ids": {
        "en": "expected a list of definition ids",
        "kk": "мұнда анықтамалар тізімі керек",
        "ru": "здесь нужен список определений",
    },
    "not_a_source": {
        "en": "{edition!q} is not a definition of a {role!o} document",
        "kk": "{edition!q} — {role!o} анықтамасы емес",
        "ru": "{edition!q} — не определение {role!o}",
    },
    "slot_no_column": {
        "en": "{{{slot}}}: {table} has no column {slot!q}",
        "kk": "{{{slot}}}: {table} кестесінде {slot!q} деген баған жоқ",
        "ru": "{{{slot}}}: в таблице {table} нет столбца {slot!q}",
    },
    "slot_no_row": {
        "en": "{{{slot}}}: {table} has no row {slot!q}",
        "kk": "{{{slot}}}: {table} кестесінде {slot!q} деген жол жоқ",
        "ru": "{{{slot}}}: в таблице {table} нет строки {slot!q}",
    },
    "slot_no_table": {
        "en": "{{{slot}}}: no table names {slot!q}",
        "kk": "{{{slot}}}: {slot!q} атауы ешбір кестеге жатпайды",
        "ru": "{{{slot}}}: {slot!q} не относится ни к одной таблице",
    },
    "not_child_table": {
        "en": "{table} is not a child table of {parent}",
        "kk": "{table} — {parent} кестесінің ішкі кестесі емес",
        "ru": "{table} — не вложенная таблица {parent}",
    },
    # names, shared by every kind of link
    "no_table": {
        "en": "no table {name!q}",
        "kk": "{name!q} деген кесте жоқ",
        "ru": "нет таблицы {name!q}",
    },
    "no_field": {
        "en": "no field {name!q}",
        "kk": "{name!q} деген өріс жоқ",
        "ru": "нет поля {name!q}",
    },
    "no_column": {
        "en": "{table} has no column {name!q}",
        "kk": "{table} кестесінде {name!q} деген баған жоқ",
        "ru": "в таблице {table} нет столбца {name!q}",
    },
    "no_row": {
        "en": "{table} has no row {name!q}",
        "kk": "{table} кестесінде {name!q} деген жол жоқ",
        "ru": "в таблице {table} нет строки {name!q}",
    },
    # checks (lint)
    "unknown_rule": {
        "en": "unknown rule {rule!q}; known: {known}",
        "kk": "{rule!q} деген тексеру ережесі жоқ; бары: {known}",
        "ru": "нет правила проверки {rule!q}; есть: {known}",
    },
    "unexpected_argument": {
        "en": "unexpected argument {name!q}",
        "kk": "артық параметр {name!q}",
        "ru": "лишний параметр {name!q}",
    },
    "missing_argument": {
        "en": "missing argument {name!q}",
        "kk": "{name!q} параметрі жоқ",
        "ru": "нет параметра {name!q}",
    },
    "check_not_mapping": {
        "en": "a check is a mapping with a `rule`",
        "kk": "тексеруде `rule` болуы керек",
        "ru": "у проверки должно быть `rule`",
    },
    "not_fixed_table": {
        "en": "{name!q} is not a table with fixed rows",
        "kk": "{name!q} — тұрақты жолдары бар кесте емес",
        "ru": "{name!q} — не таблица с постоянными строками",
    },
    "not_rows_table": {
        "en": "{name!q} is not a table of rows",
        "kk": "{name!q} — жолдар кестесі емес",
        "ru": "{name!q} — не таблица строк",
    },
    "not_table_column": {
        "en": "{value!q} is not table.column of a table of rows",
        "kk": "{value!q} — жолдар кестесінің «кесте.баған» атауы емес",
        "ru": "{value!q} — не имя «таблица.столбец» таблицы строк",
    },
    "expected_name": {
        "en": "expected a name",
        "kk": "мұнда атау керек",
        "ru": "здесь нужно имя",
    },
    "expected_names": {
        "en": "expected a list of names",
        "kk": "мұнда атаулар тізімі керек",
        "ru": "здесь нужен список имён",
    },
    # editions
    "unknown_block": {
        "en": "unknown block {value!q}; known: {known}",
        "kk": "{value!q} деген баспа блогы жоқ; бары: {known}",
        "ru": "нет блока печати {value!q}; есть: {known}",
    },
    "trial_print": {
        "en": "an empty document of this edition cannot be printed: {detail}",
        "kk": "бұл нұсқадағы бос құжатты басып шығару мүмкін емес: {detail}",
        "ru": "пустой документ этой редакции не печатается: {detail}",
    },
    "edition_exists": {
        "en": "an edition {id!q} exists already; a new edition needs its own id",
        "kk": "{id!q} нұсқасы бұрыннан бар; жаңа нұсқаның өз id-і болуы керек",
        "ru": "редакция {id!q} уже есть; у новой редакции должен быть свой id",
    },
    "id_twice": {
        "en": "form id {id!q} defined twice",
        "kk": "{id!q} нысаны екі рет анықталған",
        "ru": "форма {id!q} определена дважды",
    },
    "unknown_form": {
        "en": "unknown form {id!q}; known: {known}",
        "kk": "{id!q} нысаны белгісіз; бары: {known}",
        "ru": "неизвестная форма {id!q}; есть: {known}",
    },
}
