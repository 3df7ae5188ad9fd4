"""Import a plan document: read the file (ntm.documents), build its outline
(outline), read what each block means (meaning, timeframes), match the bodies
it names (matching, proposal), let the user review it (review, views) and
create it (importing). Nothing is saved before confirm. Design and quality:
docs/import-quality.md; for users: docs/import.md."""
