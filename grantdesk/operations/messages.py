"""What the operations say when they refuse or fail, in kk, ru and en.

Store failures keep their catalog in grantdesk/texts.py (STORE_ERRORS); these are the
operations' own: the output-path rule, the limits, a missing edition.
"""

from __future__ import annotations

from ..catalog import say

OPERATION_TEXTS: dict[str, dict[str, str]] = {
    "output_is_project": {
        "kk": "«{path}» — GrantDesk жобасы: оның үстіне PDF, Word немесе JSON жазылмайды. Басқа атау таңдаңыз.",
        "ru": "«{path}» — проект GrantDesk: поверх него PDF, Word или JSON не записываются. Выберите другое имя.",
        "en": "“{path}” is a GrantDesk project: a PDF, Word or JSON file is never written over it. Choose another name.",
    },
    "output_is_open_project": {
        "kk": "«{path}» — ашық жобаның өз файлы. Басқа атау таңдаңыз.",
        "ru": "«{path}» — это файл самого открытого проекта. Выберите другое имя.",
        "en": "“{path}” is the file of the project itself. Choose another name.",
    },
    "output_is_backup": {
        "kk": "«{path}» сақтық көшірмелер қалтасында. Басқа жер таңдаңыз.",
        "ru": "«{path}» находится в папке резервных копий. Выберите другое место.",
        "en": "“{path}” is in the backups folder. Choose another place.",
    },
    "output_is_folder": {
        "kk": "«{path}» — қалта. Файл атауын көрсетіңіз.",
        "ru": "«{path}» — это папка. Укажите имя файла.",
        "en": "“{path}” is a folder. Give a file name.",
    },
    "output_is_device": {
        "kk": "«{path}» — кәдімгі файл емес (құрылғы немесе арна). Кәдімгі файл атауын көрсетіңіз.",
        "ru": "«{path}» — не обычный файл (устройство или канал). Укажите имя обычного файла.",
        "en": "“{path}” is not a regular file (a device or a pipe). Give the name of a regular file.",
    },
    "force_not_project": {
        "kk": "«{path}» — GrantDesk жобасы емес: --force тек жобаны ауыстырады. Басқа атау таңдаңыз.",
        "ru": "«{path}» — не проект GrantDesk: --force заменяет только проект. Выберите другое имя.",
        "en": "“{path}” is not a GrantDesk project: --force replaces only a project. Choose another name.",
    },
    "force_no_backup": {
        "kk": "«{path}» ауыстырылмады: алдымен оның сақтық көшірмесін жасау мүмкін болмады.",
        "ru": "«{path}» не заменён: не удалось сначала сделать его резервную копию.",
        "en": "“{path}” was not replaced: a backup of it could not be taken first.",
    },
    "too_large": {
        "kk": "«{path}» тым үлкен ({what}: {got}, ең көбі {limit}). Ештеңе өзгертілмеді.",
        "ru": "«{path}» слишком велик ({what}: {got}, не больше {limit}). Ничего не изменено.",
        "en": "“{path}” is too large ({what}: {got}, at most {limit}). Nothing was changed.",
    },
    "missing_edition": {
        "kk": "Жобаның {n} құжаты осы GrantDesk-те жоқ «{editions}» нысан нұсқасында жасалған; олар ашылмайды, "
              "бірақ файлда өзгеріссіз қалады. Нұсқаны қосу: Файл → Нысан нұсқасын қосу… (немесе "
              "«grantdesk add-edition НҰСҚА.yaml»).",
        "ru": "{n} док. проекта сделаны в редакции формы «{editions}», которой нет в этом GrantDesk; они не "
              "открываются, но остаются в файле без изменений. Добавить редакцию: Файл → Добавить редакцию формы… "
              "(или «grantdesk add-edition РЕДАКЦИЯ.yaml»).",
        "en": "{n} document(s) of the project use the form edition “{editions}”, which this GrantDesk does not "
              "have; they do not open but stay in the file unchanged. To add the edition: File → Add a form "
              "edition… (or `grantdesk add-edition EDITION.yaml`).",
    },
    "document_missing_edition": {
        "kk": "№{n} құжат «{edition}» нұсқасында, ол осы GrantDesk-те жоқ. Нұсқаны қосыңыз: "
              "«grantdesk add-edition НҰСҚА.yaml» (немесе Файл → Нысан нұсқасын қосу…).",
        "ru": "Документ №{n} в редакции «{edition}», которой нет в этом GrantDesk. Добавьте редакцию: "
              "«grantdesk add-edition РЕДАКЦИЯ.yaml» (или Файл → Добавить редакцию формы…).",
        "en": "Document {n} uses the edition “{edition}”, which this GrantDesk does not have. Add the edition: "
              "`grantdesk add-edition EDITION.yaml` (or File → Add a form edition…).",
    },
    "edition_missing_row": {
        "kk": "нұсқа жоқ: {edition} — оны Файл → Нысанның нұсқасын қосу… арқылы қосыңыз",
        "ru": "нет редакции: {edition} — добавьте её: Файл → Добавить редакцию формы…",
        "en": "edition missing: {edition} — add it with File → Add a form edition…",
    },
    "repair_question": {
        "kk": "«{path}» файлын басқа бағдарлама өзгерткен. GrantDesk ол қосқанды алып тастап, жобаны ашады:\n"
              "{items}\nАлдымен файлдың қазіргі күйінің сақтық көшірмесі жасалады. Алып тастау керек пе?",
        "ru": "Файл «{path}» изменён другой программой. GrantDesk может удалить то, что она добавила, и открыть "
              "проект:\n{items}\nСначала сохраняется резервная копия файла в нынешнем виде. Удалить?",
        "en": "The file “{path}” was changed by another program. GrantDesk can remove what it added and open the "
              "project:\n{items}\nA backup of the file as it is now is kept first. Remove it?",
    },
    "repaired": {
        "kk": "«{path}» жөнделді, алынып тасталды:\n{items}\nФайлдың бұрынғы күйінің сақтық көшірмесі: {backup}",
        "ru": "«{path}» исправлен, удалено:\n{items}\nРезервная копия файла в прежнем виде: {backup}",
        "en": "“{path}” repaired; removed:\n{items}\nA backup of the file as it was: {backup}",
    },
    "repair_retype": {
        "kk": "{column}: мәтін ретінде сақталмаған {n} мән мәтінге айналдырылды",
        "ru": "{column}: {n} знач., сохранённых не как текст, сделаны текстом",
        "en": "{column}: {n} value(s) not stored as text made text",
    },
    "repair_unreadable": {
        "kk": "{column}: оқылмайтын {n} мән алынып тасталды",
        "ru": "{column}: удалено нечитаемых значений: {n}",
        "en": "{column}: {n} unreadable value(s) removed",
    },
    "cannot_read": {
        "kk": "«{path}» оқылмады: {detail}",
        "ru": "Не удалось прочитать «{path}»: {detail}",
        "en": "Cannot read “{path}”: {detail}",
    },
}


def operation_text(key: str, lang: str, **params) -> str:
    return say(OPERATION_TEXTS[key], lang, **params)
