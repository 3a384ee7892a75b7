"""What the plan import says to people, in kk, ru and en: its errors and its summary.
The CLI prints them and the app shows them, so both say the same thing."""

from __future__ import annotations

from ..catalog import say

MESSAGES: dict[str, dict[str, str]] = {
    "not_readable": {
        "kk": "«{path}» файлын Word құжаты (.docx) ретінде оқу мүмкін емес: файл бүлінген немесе басқа түрде. "
              "Ештеңе жазылған жоқ; файлдың өзі өзгертілмеді.",
        "ru": "Файл «{path}» не читается как документ Word (.docx): он повреждён или другого типа. "
              "Ничего не записано; сам файл не изменён.",
        "en": "“{path}” cannot be read as a Word document (.docx): it is damaged or of another kind. "
              "Nothing was written; the file itself was not changed.",
    },
    "too_large": {
        "kk": "«{path}» жоспар үшін тым үлкен ({what}: {got}, ең көбі {limit}). Ештеңе жазылған жоқ.",
        "ru": "«{path}» слишком велик для плана ({what}: {got}, не больше {limit}). Ничего не записано.",
        "en": "“{path}” is too large for a plan ({what}: {got}, at most {limit}). Nothing was written.",
    },
    "not_found": {
        "kk": "«{path}» файлын ашу мүмкін емес: {detail}. Ештеңе жазылған жоқ.",
        "ru": "Не удалось открыть «{path}»: {detail}. Ничего не записано.",
        "en": "Cannot open “{path}”: {detail}. Nothing was written.",
    },
    "legacy_doc": {
        "kk": "«{path}» — ескі Word құжаты (.doc), ал LibreOffice орнатылмаған. Файлды Word-та ашып, "
              "«Файл → Басқаша сақтау → Word құжаты (*.docx)» арқылы сақтаңыз да, сол .docx файлын импорттаңыз. "
              "Ештеңе жазылған жоқ.",
        "ru": "«{path}» — старый документ Word (.doc), а LibreOffice не установлен. Откройте файл в Word, "
              "сохраните его через «Файл → Сохранить как → Документ Word (*.docx)» и импортируйте этот .docx. "
              "Ничего не записано.",
        "en": "“{path}” is an old Word document (.doc) and LibreOffice is not installed. Open it in Word, "
              "save it with File → Save As → Word Document (*.docx), and import that .docx. Nothing was written.",
    },
    "legacy_failed": {
        "kk": "LibreOffice «{path}» файлын .docx түріне айналдыра алмады ({detail}). Файлды Word-та ашып, "
              ".docx ретінде сақтаңыз. Ештеңе жазылған жоқ.",
        "ru": "LibreOffice не смог преобразовать «{path}» в .docx ({detail}). Откройте файл в Word и сохраните "
              "его как .docx. Ничего не записано.",
        "en": "LibreOffice could not convert “{path}” to .docx ({detail}). Open it in Word and save it as .docx. "
              "Nothing was written.",
    },
    "empty": {
        "kk": "«{path}» құжатында мәтін жоқ: импорттайтын ештеңе жоқ. Ештеңе жазылған жоқ.",
        "ru": "В документе «{path}» нет текста: импортировать нечего. Ничего не записано.",
        "en": "“{path}” holds no text: there is nothing to import. Nothing was written.",
    },
    "not_a_plan": {
        "kk": "«{path}» жобаның толық сипаттамасына (Шарттың №3 қосымшасы) ұқсамайды: оның бірде-бір блогы "
              "танылмады. Ештеңе жазылған жоқ.",
        "ru": "«{path}» не похож на полное описание проекта (Приложение № 3 к Договору): не распознан ни один "
              "его блок. Ничего не записано.",
        "en": "“{path}” does not look like a full project description (Annex 3 to the contract): none of its "
              "blocks was recognised. Nothing was written.",
    },
    "has_plan": {
        "kk": "«{path}» жобасында жоспар бар (№{n} құжат). Ештеңе жазылған жоқ; жаңа жобаға импорттаңыз.",
        "ru": "В проекте «{path}» уже есть план (документ № {n}). Ничего не записано; импортируйте в новый проект.",
        "en": "The project “{path}” already has a plan (document {n}). Nothing was written; import into a new "
              "project instead.",
    },
    # ---- the summary ----
    "gap_fields": {"kk": "I блоктың табылмаған жолдары: {n}", "ru": "не найдено строк блока I: {n}",
                   "en": "Block I lines not found: {n}"},
    "gap_effect": {"kk": "IV блоктың табылмаған мәндері: {n}", "ru": "не найдено значений блока IV: {n}",
                   "en": "Block IV values not found: {n}"},
    "gap_to_confirm": {"kk": "тексеретін жолдар: {n}", "ru": "строк для проверки: {n}", "en": "lines to confirm: {n}"},
    "gap_unplaced": {"kk": "орны табылмаған мәтін: {n}", "ru": "текстов без места: {n}",
                     "en": "texts with no place: {n}"},
    "language": {"kk": "Құжат тілі: {name}", "ru": "Язык документа: {name}", "en": "Document language: {name}"},
    "contract": {"kk": "Шарт: №{number}, {date}", "ru": "Договор: № {number}, {date}", "en": "Contract: No. {number}, {date}"},
    "block1": {"kk": "I блок: {n} / {total} жол танылды", "ru": "Блок I: распознано {n} из {total} строк",
               "en": "Block I: {n} of {total} lines recognised"},
    "block2": {"kk": "II блок:", "ru": "Блок II:", "en": "Block II:"},
    "rows": {"kk": ("{n} жол", "{n} жол"), "ru": ("{n} строка", "{n} строки", "{n} строк"),
             "en": ("{n} row", "{n} rows")},
    "block3": {"kk": "III блок: {tasks} міндет, {activities} іс-шара, {indicators} көрсеткіш",
               "ru": "Блок III: задач {tasks}, мероприятий {activities}, показателей {indicators}",
               "en": "Block III: {tasks} tasks, {activities} activities, {indicators} indicators"},
    "task": {"kk": "{activities} іс-шара, {indicators} көрсеткіш", "ru": "мероприятий {activities}, показателей {indicators}",
             "en": "{activities} activities, {indicators} indicators"},
    "block4": {"kk": "IV блок: {n} / {total} мән танылды", "ru": "Блок IV: распознано {n} из {total} значений",
               "en": "Block IV: {n} of {total} values recognised"},
    "missing": {"kk": "табылмады: {labels}", "ru": "не найдено: {labels}", "en": "not found: {labels}"},
    "to_confirm": {"kk": "Тексеріңіз ({n}): көрсеткіштер мен жоспар мәндерінің жолдары сәйкес келмеді",
                   "ru": "Проверьте ({n}): строки показателей и плановых значений не совпали",
                   "en": "To confirm ({n}): indicator and planned-value lines did not match"},
    "unplaced": {"kk": "Орны табылмаған мәтін ({n}), жоспардың «Ескертпе» бөлімінде сақталады:",
                 "ru": "Текст, не нашедший места ({n}), сохраняется в разделе плана «Примечание»:",
                 "en": "Text that found no place ({n}), kept in the plan's Note:"},
    "empty_cells": {"kk": "Орны немесе мерзімі жоқ іс-шаралар ({n}), файлда тексеріңіз: {where}",
                    "ru": "Мероприятия без места или срока ({n}), проверьте в файле: {where}",
                    "en": "Activities without a place or a deadline ({n}), check them in the file: {where}"},
    "all_recognised": {"kk": "Файлдағының бәрі танылды және жоспардағы орнын тапты.",
                       "ru": "Всё из файла распознано и нашло свое место в плане.",
                       "en": "Everything in the file was recognised and found its place in the plan."},
    "not_all_recognised": {"kk": "Бәрі танылған жоқ: {gaps}. Жоғарыда аталғанды тексеріңіз.",
                           "ru": "Распознано не всё: {gaps}. Проверьте то, что названо выше.",
                           "en": "Not everything was recognised: {gaps}. Check what is named above."},
    "gap_empty_cells": {"kk": "орны немесе мерзімі жоқ іс-шаралар: {n}", "ru": "мероприятий без места или срока: {n}",
                        "en": "activities without a place or a deadline: {n}"},
    "dry_run": {"kk": "Ештеңе жазылған жоқ (--dry-run).", "ru": "Ничего не записано (--dry-run).",
                "en": "Nothing was written (--dry-run)."},
    "written": {"kk": "{path}: жоспар жазылды (№{n} құжат)", "ru": "{path}: план записан (документ № {n})",
                "en": "{path}: plan written (document {n})"},
    "note_to_confirm": {"kk": "Тексеру керек:", "ru": "Требует проверки:", "en": "To confirm:"},
    "note_differing": {"kk": "Word файлындағы мәндер (жобада басқа мән сақталды):",
                       "ru": "Значения из файла Word (в проекте сохранено другое значение):",
                       "en": "Values in the Word file (the project keeps another value):"},
    "differing": {"kk": "Жобада бұрыннан бар мән сақталды, файлдағысы «Ескертпе» бөлімінде: {labels}",
                  "ru": "Сохранено значение проекта, значение из файла — в «Примечании»: {labels}",
                  "en": "The project's own value was kept, the file's is in the Note: {labels}"},
    "note_unplaced": {"kk": "Word файлынан орны табылмаған мәтін:", "ru": "Текст из файла Word, не нашедший места:",
                      "en": "Text from the Word file that found no place:"},
}


def text(key: str, lang: str, **params) -> str:
    return say(MESSAGES[key], lang, **params)
