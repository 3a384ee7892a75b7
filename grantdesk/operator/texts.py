"""The operator commands' words in kk, ru and en: why a file was left out (also printed,
kk or ru, in the compiled Annex 4's appendix), and what the commands say."""

from __future__ import annotations

REASONS: dict[str, dict[str, str]] = {
    "not_project": {
        "kk": "GrantDesk жобасы емес",
        "ru": "не проект GrantDesk",
        "en": "not a GrantDesk project",
    },
    "damaged": {
        "kk": "файл зақымдалған, оқылмайды",
        "ru": "файл повреждён и не читается",
        "en": "the file is damaged and cannot be read",
    },
    "too_new": {
        "kk": "GrantDesk-тің жаңа нұсқасы жасаған",
        "ru": "создан более новой версией GrantDesk",
        "en": "made by a newer GrantDesk",
    },
    "unreadable": {
        "kk": "файлды оқу мүмкін болмады: {detail}",
        "ru": "файл не удалось прочитать: {detail}",
        "en": "the file could not be read: {detail}",
    },
    "no_final": {
        "kk": "қорытынды есеп жоқ",
        "ru": "нет итогового отчёта",
        "en": "no final report",
    },
    "no_entry": {
        "kk": "қорытынды есептің {edition} басылымының 4-қосымша жазбасы жоқ",
        "ru": "у редакции {edition} итогового отчёта нет записи приложения 4",
        "en": "the final report's edition {edition} has no Annex 4 entry",
    },
    "errors": {
        "kk": "қорытынды есеп нобай: қателер {n}, толтырылмаған міндетті орындар {owed}",
        "ru": "итоговый отчёт — черновик: ошибок {n}, незаполненных обязательных мест {owed}",
        "en": "the final report is a draft: {n} errors, {owed} owed places empty",
    },
    "no_period": {
        "kk": "жобаның іске асыру кезеңі оқылмайды",
        "ru": "период реализации проекта не читается",
        "en": "the project period cannot be read",
    },
    "outside": {
        "kk": "кезең {end} аяқталады, есепті кезеңнен тыс",
        "ru": "период заканчивается {end}, вне отчётного периода",
        "en": "the period ends on {end}, outside the reporting period",
    },
}

MESSAGES: dict[str, dict[str, str]] = {
    "annex4_done": {
        "kk": "{path}: {n} жоба, {pages} бет; енгізілмеген файлдар: {skipped}",
        "ru": "{path}: проектов {n}, страниц {pages}; не включено файлов: {skipped}",
        "en": "{path}: {n} projects, {pages} pages; files left out: {skipped}",
    },
    "annex4_done_docx": {
        "kk": "{path}: {n} жоба (Word); енгізілмеген файлдар: {skipped}",
        "ru": "{path}: проектов {n} (Word); не включено файлов: {skipped}",
        "en": "{path}: {n} projects (Word); files left out: {skipped}",
    },
    "register_done": {
        "kk": "{path}: {n} жоба; оқылмаған файлдар: {skipped}",
        "ru": "{path}: проектов {n}; не прочитано файлов: {skipped}",
        "en": "{path}: {n} projects; files not read: {skipped}",
    },
    "skipped_line": {"kk": "  енгізілмеді: {path}: {reason}", "ru": "  не включён: {path}: {reason}",
                     "en": "  left out: {path}: {reason}"},
    "bad_date": {
        "kk": "«{value}» күні түсініксіз: КК.АА.ЖЖЖЖ түрінде жазыңыз.",
        "ru": "Дата «{value}» непонятна: укажите её как ДД.ММ.ГГГГ.",
        "en": "The date “{value}” cannot be understood: write it as DD.MM.YYYY.",
    },
    "bad_range": {
        "kk": "--from және --to бірге беріледі, --from --to-дан кейін болмауы керек.",
        "ru": "--from и --to задаются вместе, и --from не позже --to.",
        "en": "--from and --to go together, and --from is not after --to.",
    },
    "bad_output": {
        "kk": "Шығыс файлы {suffixes} болуы керек: {path}",
        "ru": "Выходной файл должен быть {suffixes}: {path}",
        "en": "The output must be {suffixes}: {path}",
    },
    "verify_match": {
        "kk": "{scan}: файлмен сәйкес келеді (құжат {n}, {page}-бет{printed})",
        "ru": "{scan}: совпадает с файлом (документ {n}, страница {page}{printed})",
        "en": "{scan}: matches the file (document {n}, page {page}{printed})",
    },
    # the latest print of this content: the paper may be an earlier print of the same values
    "verify_printed": {"kk": ", осы мазмұнмен соңғы рет басылған уақыты {at}",
                       "ru": ", в этом виде последний раз напечатано {at}",
                       "en": ", last printed with this content {at}"},
    "verify_other": {
        "kk": "{scan}: бұл бет басқа құжатқа жатады (жоба {project}, құжат {n}, {edition})",
        "ru": "{scan}: эта страница относится к другому документу (проект {project}, документ {n}, {edition})",
        "en": "{scan}: this page belongs to another document (project {project}, document {n}, {edition})",
    },
    "verify_changed": {
        "kk": "{scan}: бұл бет басылғаннан кейін файл өзгерді{printed}. Өзгерген мәндер ({count}):",
        "ru": "{scan}: после печати этой страницы файл изменился{printed}. Изменённые значения ({count}):",
        "en": "{scan}: the file has changed since this page was printed{printed}. Values changed ({count}):",
    },
    "verify_change": {"kk": "  {what}: «{then}» → «{now}»", "ru": "  {what}: «{then}» → «{now}»",
                      "en": "  {what}: “{then}” → “{now}”"},
    "verify_unrecorded": {
        "kk": "{scan}: бұл бет басылғаннан кейін файл өзгерді; сол басылымның жазбасы бұл файлда жоқ, сондықтан нені өзгергенін айту мүмкін емес.",
        "ru": "{scan}: после печати этой страницы файл изменился; записи об этой печати в файле нет, поэтому назвать изменения нельзя.",
        "en": "{scan}: the file has changed since this page was printed; this file has no record of that print, so the changes cannot be named.",
    },
    "verify_unreadable": {
        "kk": "{scan}: GrantDesk коды оқылмады. 200 dpi немесе одан жоғары сканерлеңіз не бетті тегіс әрі анық суретке түсіріңіз (төменгі оң жақ бұрышы көрінсін).",
        "ru": "{scan}: код GrantDesk не прочитан. Отсканируйте с разрешением от 200 dpi или сфотографируйте страницу ровно и резко (с правым нижним углом).",
        "en": "{scan}: no GrantDesk code could be read. Scan at 200 dpi or more, or photograph the page flat and sharp (its lower right corner included).",
    },
    "package_done": {
        "kk": "{path}: {size}, {pages} бет, файлдар: {names}{draft}",
        "ru": "{path}: {size}, страниц {pages}, файлы: {names}{draft}",
        "en": "{path}: {size}, {pages} pages, files: {names}{draft}",
    },
    "package_draft": {"kk": " (НОБАЙ)", "ru": " (ЧЕРНОВИК)", "en": " (draft)"},
    "package_refused": {
        "kk": "Пакет жасалмады: құжат әлі нобай (қателер {n}, толтырылмаған міндетті орындар {owed}). Оларды түзетіңіз (grantdesk check) немесе нобай пакет үшін --draft қосыңыз.",
        "ru": "Пакет не создан: документ ещё черновик (ошибок {n}, незаполненных обязательных мест {owed}). Исправьте их (grantdesk check) или добавьте --draft для пакета-черновика.",
        "en": "No package made: the document is still a draft ({n} errors, {owed} owed places empty). Correct them (grantdesk check), or add --draft for a draft package.",
    },
    "package_which": {
        "kk": "Қай құжат? --document N көрсетіңіз (grantdesk documents тізімдейді): {path}",
        "ru": "Какой документ? Укажите --document N (их перечисляет grantdesk documents): {path}",
        "en": "Which document? Give --document N (grantdesk documents lists them): {path}",
    },
    "cancelled": {"kk": "Тоқтатылды.", "ru": "Остановлено.", "en": "Cancelled."},
}


def reason_text(code: str, lang: str, **params) -> str:
    texts = REASONS[code]
    return texts.get(lang, texts["en"]).format(**params)


def operator_text(key: str, lang: str, **params) -> str:
    texts = MESSAGES[key]
    return texts.get(lang, texts["en"]).format(**params)


def size_text(size: int, lang: str) -> str:
    """A file size as people read it: KB below a megabyte, else MB with one decimal."""
    units = {"kk": ("КБ", "МБ"), "ru": ("КБ", "МБ"), "en": ("KB", "MB")}.get(lang, ("KB", "MB"))
    if size < 1024 * 1024:
        return f"{(size + 1023) // 1024} {units[0]}"
    return f"{size / (1024 * 1024):.1f} {units[1]}"
