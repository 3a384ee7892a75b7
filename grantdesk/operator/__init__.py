"""The operator's side (FORMS.md, "Handing over, and the operator's side"), pure: no Qt.

One module per job: `sources` (the project files under folders, opened read-only),
`annex4` (the operator's Annex 4 compiled from their OP4 entries), `register` (one row per
project, as a workbook or an SQLite file), `page_code` (what the code on each printed page
says, and the record of each print), `verify` (a scan or photo of a page against its
project), `package` (one zip to hand over). `texts` holds their words in kk, ru and en.
"""
