"""Messages the core hands to people (store and import errors, the CLI), in kk, ru and en.

Check messages have their own catalog (grantdesk/checks/messages.py); every catalog is read
through grantdesk/catalog.py (languages, plural forms). The Qt layer's own wording goes
through Qt Linguist; these come from the core so the CLI and the app say the same thing.
"""

from __future__ import annotations

from .catalog import say

STORE_ERRORS: dict[str, dict[str, str]] = {
    "not_found": {
        "kk": "«{path}» файлы табылмады.",
        "ru": "Файл «{path}» не найден.",
        "en": "The file “{path}” was not found.",
    },
    "empty": {
        "kk": "«{path}» файлы бос (0 байт): онда жоба жоқ. Файл өзгертілмеді.",
        "ru": "Файл «{path}» пуст (0 байт): в нём нет проекта. Файл не изменён.",
        "en": "The file “{path}” is empty (0 bytes): there is no project in it. The file was not changed.",
    },
    "not_sqlite": {
        "kk": "«{path}» — GrantDesk жобасы емес (файл түрі басқа). Файл өзгертілмеді.",
        "ru": "«{path}» — не проект GrantDesk (другой тип файла). Файл не изменён.",
        "en": "“{path}” is not a GrantDesk project (it is another kind of file). The file was not changed.",
    },
    "not_grantdesk": {
        "kk": "«{path}» — дерекқор файлы, бірақ GrantDesk жобасы емес. Файл өзгертілмеді.",
        "ru": "«{path}» — файл базы данных, но не проект GrantDesk. Файл не изменён.",
        "en": "“{path}” is a database file, but not a GrantDesk project. The file was not changed.",
    },
    "too_new": {
        "kk": "«{path}» жобасын GrantDesk-тің жаңа нұсқасы жасаған. Оны ашу үшін бағдарламаны жаңартыңыз. Файл өзгертілмеді.",
        "ru": "Проект «{path}» создан более новой версией GrantDesk. Обновите программу, чтобы открыть его. Файл не изменён.",
        "en": "The project “{path}” was made by a newer GrantDesk. Update the program to open it. The file was not changed.",
    },
    "damaged": {
        "kk": "«{path}» жобасы зақымдалған, оны оқу мүмкін емес. Файл өзгертілмеді. Сақтық көшірмеден қалпына келтіріп көріңіз.",
        "ru": "Проект «{path}» повреждён и не читается. Файл не изменён. Попробуйте восстановить его из резервной копии.",
        "en": "The project “{path}” is damaged and cannot be read. The file was not changed. Try restoring it from a backup.",
    },
    "locked": {
        "kk": "«{path}» жобасы басқа GrantDesk терезесінде ашық. Алдымен сол терезені жабыңыз.",
        "ru": "Проект «{path}» уже открыт в другом окне GrantDesk. Сначала закройте то окно.",
        "en": "The project “{path}” is already open in another GrantDesk window. Close that window first.",
    },
    "read_only": {
        "kk": "«{path}» жобасы тек оқуға ашық: өзгерістер сақталмайды.",
        "ru": "Проект «{path}» открыт только для чтения: изменения не сохраняются.",
        "en": "The project “{path}” is open read-only: changes are not saved.",
    },
    "write_failed": {
        "kk": "«{path}» файлына жазу мүмкін болмады (диск толы ма, әлде флешка алынды ма?). Енгізгендеріңіз жадта сақтаулы, сақтау қайта жасалады.",
        "ru": "Не удалось записать в «{path}» (диск заполнен или флешка извлечена?). Введённое хранится в памяти, сохранение будет повторено.",
        "en": "Could not write to “{path}” (is the disk full, or the USB stick removed?). What you typed is kept in memory and saving will be retried.",
    },
    "exists": {
        "kk": "«{path}» файлы бұрыннан бар. Басқа атау таңдаңыз.",
        "ru": "Файл «{path}» уже существует. Выберите другое имя.",
        "en": "The file “{path}” already exists. Choose another name.",
    },
    "gone": {
        "kk": "«{path}» жоба файлы орнында жоқ (өшірілген, жылжытылған немесе басқа файлмен ауыстырылған, "
              "әлде флешка алынған). Соңғы өзгерістер сақталмады, олар жадта тұр: «Көшірмесін сақтау…» арқылы "
              "басқа жерге сақтаңыз.",
        "ru": "Файла проекта «{path}» больше нет на месте (удалён, перемещён, заменён другим файлом или флешка "
              "извлечена). Последние изменения не сохранены, они в памяти: сохраните их через «Сохранить копию…» "
              "в другое место.",
        "en": "The project file “{path}” is no longer where it was (deleted, moved, replaced by another file, or "
              "the USB stick removed). The latest edits are not saved; they are kept in memory: use “Save a copy "
              "as…” to save them elsewhere.",
    },
    "disk_full": {
        "kk": "«{path}» жазылмады: дискіде орын жоқ. Орын босатып, қайталаңыз; ештеңе жартылай жазылған жоқ.",
        "ru": "Не удалось записать «{path}»: на диске нет места. Освободите место и повторите; ничего не записано "
              "наполовину.",
        "en": "Could not write “{path}”: the disk is full. Free some space and try again; nothing was left "
              "half-written.",
    },
    "write_protected": {
        "kk": "«{path}» жазылмады: файл, оның қалтасы немесе диск тек оқуға арналған (флешканың қорғау "
              "қосқышын тексеріңіз). Басқа жерге сақтаңыз.",
        "ru": "Не удалось записать «{path}»: файл, его папка или диск доступны только для чтения (проверьте "
              "переключатель защиты на флешке). Сохраните в другое место.",
        "en": "Could not write “{path}”: the file, its folder or the disk is read-only (check the USB stick's "
              "write-protect switch). Save somewhere else.",
    },
    "foreign": {
        "kk": "«{path}» файлын GrantDesk емес басқа бағдарлама өзгерткен, онда GrantDesk жазбаған нәрселер бар: "
              "{detail}. Файл өзгертілмеді. Сақтық көшірмеден қалпына келтіріңіз немесе «grantdesk repair» "
              "арқылы жөндеңіз.",
        "ru": "Файл «{path}» изменён другой программой: в нём есть то, чего GrantDesk не записывал: {detail}. "
              "Файл не изменён. Восстановите проект из резервной копии или исправьте его: «grantdesk repair».",
        "en": "The file “{path}” was changed by another program: it holds things GrantDesk did not put there: "
              "{detail}. The file was not changed. Restore the project from a backup, or repair it: "
              "`grantdesk repair`.",
    },
    "repair_impossible": {
        "kk": "«{path}» жөнделмейді: {detail}. Файл өзгертілмеді. Жобаны сақтық көшірмеден қалпына келтіріңіз.",
        "ru": "«{path}» нельзя исправить: {detail}. Файл не изменён. Восстановите проект из резервной копии.",
        "en": "“{path}” cannot be repaired: {detail}. The file was not changed. Restore the project from a backup.",
    },
    "repair_nothing": {
        "kk": "«{path}» файлында басқа бағдарлама қосқан ештеңе жоқ: жөндейтін ештеңе жоқ.",
        "ru": "В «{path}» нет ничего, добавленного другой программой: исправлять нечего.",
        "en": "“{path}” holds nothing another program added: there is nothing to repair.",
    },
    "repair_no_backup": {
        "kk": "«{path}» жөнделмеді: алдымен оның сақтық көшірмесін жасау мүмкін болмады. Файл өзгертілмеді.",
        "ru": "«{path}» не исправлен: не удалось сначала сделать его резервную копию. Файл не изменён.",
        "en": "“{path}” was not repaired: a backup of it could not be taken first. The file was not changed.",
    },
    "no_backups": {
        "kk": "«{path}» жобасының сақтық көшірмелері жоқ.",
        "ru": "Резервных копий проекта «{path}» нет.",
        "en": "There are no backups of the project “{path}”.",
    },
}

# Why a backup was taken (BackupInfo.reason), for the "Restore from backup…" list.
BACKUP_REASONS: dict[str, dict[str, str]] = {
    "open": {"kk": "ашқанда", "ru": "при открытии", "en": "on opening"},
    "edit": {"kk": "өңдеу кезінде", "ru": "во время работы", "en": "while editing"},
    "before-delete": {"kk": "құжат өшірілер алдында", "ru": "перед удалением документа", "en": "before a document was deleted"},
    "before-replace": {"kk": "файл ауыстырылар алдында (--force)", "ru": "перед заменой файла (--force)",
                       "en": "before the file was replaced (--force)"},
    "before-repair": {"kk": "файл жөнделер алдында", "ru": "перед исправлением файла", "en": "before a repair"},
    "pre-migrate": {
        "kk": "файл пішімі жаңартылар алдында",
        "ru": "перед обновлением формата файла",
        "en": "before the file format was upgraded",
    },
}

BACKUP_REPORTS = {"kk": ("{n} есеп", "{n} есеп"), "ru": ("{n} отчет", "{n} отчета", "{n} отчетов"),
                  "en": ("{n} report", "{n} reports")}

IMPORT_ERROR = {
    "kk": "«{path}» есебін оқу мүмкін емес: {detail}",
    "ru": "Не удалось прочитать отчет «{path}»: {detail}",
    "en": "Cannot read the report “{path}”: {detail}",
}


def store_error_text(code: str, path: str, lang: str, detail: str = "") -> str:
    return say(STORE_ERRORS.get(code) or STORE_ERRORS["damaged"], lang, path=path, detail=detail[:500])


def backup_reason_text(reason: str, lang: str) -> str:
    # "pre-migrate-v1" and any later version share one wording.
    texts = BACKUP_REASONS.get("pre-migrate" if reason.startswith("pre-migrate") else reason)
    return say(texts, lang) if texts else reason


def backup_reports_text(n: int | None, lang: str) -> str:
    """How many reports a backup holds («3 отчета», «5 отчетов»); "?" when it cannot tell."""
    return say(BACKUP_REPORTS, lang, n="?" if n is None else n)


def import_error_text(path: str, detail: str, lang: str) -> str:
    return say(IMPORT_ERROR, lang, path=path, detail=detail)


# What the command line says when a command cannot run.
CLI_ERRORS = {
    "too_many_pages": {
        "kk": "Құжат тым ұзын: шамамен {pages} бет, ал басып шығару шегі {limit} бет. Ештеңе жазылған жоқ; "
              "ең ұзын мәндерді қысқартыңыз (енгізілгені сақталды).",
        "ru": "Документ слишком длинный: около {pages} страниц, а предел печати — {limit} страниц. Ничего не "
              "записано; сократите самые длинные значения (введённое сохранено).",
        "en": "The document is too long: about {pages} pages, and the print limit is {limit} pages. Nothing was "
              "written; shorten the longest values (what was typed is kept).",
    },
    "import_plan_target": {
        "kk": "Жоспарды қайда жазу керек: жаңа жоба үшін -o ЖОБА.grantdesk немесе бар жоба үшін --into ЖОБА.grantdesk "
              "(тек көру үшін --dry-run).",
        "ru": "Куда записать план: -o ПРОЕКТ.grantdesk для нового проекта или --into ПРОЕКТ.grantdesk для "
              "существующего (только посмотреть: --dry-run).",
        "en": "Where should the plan go: -o PROJECT.grantdesk for a new project or --into PROJECT.grantdesk for an "
              "existing one (--dry-run to only look).",
    },
    "no_report": {
        "kk": "«{path}» жобасында есеп жоқ.",
        "ru": "В проекте «{path}» нет отчетов.",
        "en": "The project “{path}” has no report.",
    },
    "bad_report": {
        "kk": "«{path}» жобасында №{n} есеп жоқ. Бар есептер: {ids}.",
        "ru": "В проекте «{path}» нет отчета №{n}. Есть: {ids}.",
        "en": "The project “{path}” has no report {n}. It has: {ids}.",
    },
    "many_documents": {
        "kk": "«{path}» жобасында бірнеше құжат бар; --document N арқылы біреуін таңдаңыз:\n{listing}",
        "ru": "В проекте «{path}» несколько документов; выберите один: --document N\n{listing}",
        "en": "The project “{path}” has several documents; choose one with --document N:\n{listing}",
    },
    "no_edition": {
        "kk": "«{kind}» түріне «{edition}» нұсқасы жоқ. Бар нұсқалар: {known}.",
        "ru": "Для вида «{kind}» нет редакции «{edition}». Есть: {known}.",
        "en": "There is no edition “{edition}” of kind “{kind}”. Known: {known}.",
    },
    "no_final": {
        "kk": "«{path}» жобасында қорытынды есеп жоқ: OP4 қорытынды есептен жасалады.",
        "ru": "В проекте «{path}» нет итогового отчета: OP4 составляется из итогового отчета.",
        "en": "The project “{path}” has no final report: OP4 is made from a final report.",
    },
    "many_finals": {
        "kk": "«{path}» жобасында бірнеше қорытынды есеп бар; --document N арқылы біреуін таңдаңыз:\n{listing}",
        "ru": "В проекте «{path}» несколько итоговых отчетов; выберите один: --document N\n{listing}",
        "en": "The project “{path}” has several final reports; choose one with --document N:\n{listing}",
    },
    "not_final": {
        "kk": "«{path}» жобасындағы №{n} құжат қорытынды есеп емес. Қорытынды есептер: {ids}.",
        "ru": "Документ №{n} в проекте «{path}» — не итоговый отчет. Итоговые отчеты: {ids}.",
        "en": "Document {n} of “{path}” is not a final report. Final reports: {ids}.",
    },
    "no_derived": {
        "kk": "«{edition}» нұсқасындағы қорытынды есептен OP4 жасалмайды.",
        "ru": "Из итогового отчета редакции «{edition}» OP4 не составляется.",
        "en": "No OP4 is made from a final report of edition “{edition}”.",
    },
    "cannot_create": {
        "kk": "Құжатты жасау мүмкін емес: {detail}",
        "ru": "Не удалось создать документ: {detail}",
        "en": "Cannot create the document: {detail}",
    },
    "edition_refused": {
        "kk": "«{path}» нысан нұсқасын қабылдау мүмкін емес:\n{items}",
        "ru": "Редакцию формы «{path}» нельзя добавить:\n{items}",
        "en": "The form edition “{path}” cannot be added:\n{items}",
    },
    "edition_added": {
        "kk": "«{id}» нұсқасы қосылды: {title}",
        "ru": "Редакция «{id}» добавлена: {title}",
        "en": "Edition “{id}” added: {title}",
    },
    "edition_user": {"kk": "қосылған", "ru": "добавлена", "en": "added"},
    "edition_shipped": {"kk": "бастапқы", "ru": "встроена", "en": "shipped"},
    "cannot_write": {
        "kk": "«{path}» файлына жазу мүмкін емес: {detail}",
        "ru": "Не удалось записать «{path}»: {detail}",
        "en": "Cannot write “{path}”: {detail}",
    },
}


def cli_text(key: str, lang: str, **params) -> str:
    return say(CLI_ERRORS[key], lang, **params)


# What a document is in its project, and its state, for lists (CLI; the app has its own in i18n/).
ROLE_NAMES = {
    "plan": {"kk": "Жоспар (№3 қосымша)", "ru": "План (приложение № 3)", "en": "Plan (Annex 3)"},
    "interim": {"kk": "Аралық есеп", "ru": "Промежуточный отчет", "en": "Interim report"},
    "final": {"kk": "Қорытынды есеп", "ru": "Итоговый отчет", "en": "Final report"},
    "derived": {"kk": "Есептен алынған", "ru": "Из отчета", "en": "Derived"},
}
STATE_NAMES = {
    "empty": {"kk": "бос", "ru": "пусто", "en": "empty"},
    "in_progress": {"kk": "толтырылуда", "ru": "заполняется", "en": "in progress"},
    "complete": {"kk": "толық", "ru": "заполнено", "en": "complete"},
    "has_errors": {"kk": "қателері бар", "ru": "есть ошибки", "en": "has errors"},
}


def role_text(role: str, lang: str) -> str:
    return say(ROLE_NAMES[role], lang) if role in ROLE_NAMES else role


def state_text(state: str, lang: str) -> str:
    return say(STATE_NAMES[state], lang) if state in STATE_NAMES else state


# Counts in lists and verdicts: plural forms, chosen by grantdesk/catalog.py.
COUNTS = {
    "errors": {"kk": ("{n} қате", "{n} қате"), "ru": ("{n} ошибка", "{n} ошибки", "{n} ошибок"),
               "en": ("{n} error", "{n} errors")},
    "warnings": {"kk": ("{n} ескерту", "{n} ескерту"),
                 "ru": ("{n} предупреждение", "{n} предупреждения", "{n} предупреждений"),
                 "en": ("{n} warning", "{n} warnings")},
    "owed": {"kk": ("{n} орын толтырылмаған", "{n} орын толтырылмаған"),
             "ru": ("{n} место не заполнено", "{n} места не заполнено", "{n} мест не заполнено"),
             "en": ("{n} place still to fill", "{n} places still to fill")},
}
CLEAN = {"kk": "Қате де, ескерту де жоқ, толтырылмаған орын жоқ.",
         "ru": "Ошибок и предупреждений нет, все обязательные места заполнены.",
         "en": "No errors, no warnings, nothing left to fill."}


def errors_text(n: int, lang: str) -> str:
    """`3 ошибки`, `3 қате`, `3 errors`."""
    return say(COUNTS["errors"], lang, n=n)


def warnings_text(n: int, lang: str) -> str:
    return say(COUNTS["warnings"], lang, n=n)


def owed_text(n: int, lang: str) -> str:
    """How many owed places are still empty: `5 мест не заполнено`, `5 орын толтырылмаған`."""
    return say(COUNTS["owed"], lang, n=n)


def state_line(state, lang: str) -> str:
    """A document's state as lists show it (progress.DocumentState): its kind, then what
    remains, so "complete" or "no problems" is never said while anything is owed."""
    parts = [state_text(state.kind, lang)]
    if state.errors:
        parts.append(errors_text(state.errors, lang))
    if state.owed and state.kind != "empty":
        parts.append(owed_text(state.owed, lang))
    return parts[0] + (f" ({', '.join(parts[1:])})" if len(parts) > 1 else "")


def summary_line(state, lang: str) -> str:
    """The one-line verdict of `grantdesk check` and the problems panel's header."""
    if state.clean:
        return say(CLEAN, lang)
    parts = [errors_text(state.errors, lang), warnings_text(state.warnings, lang)]
    if state.owed:
        parts.append(owed_text(state.owed, lang))
    return ", ".join(parts) + "."
