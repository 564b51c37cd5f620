# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# Статус: чернетка команди розробників, не перевірена носієм української мови.

## Reports of a submission (form validate, case workers' tools)
report-valid = Надіслані дані правильні.
report-invalid = { $count ->
    [one] У надісланих даних { $count } помилка:
    [few] У надісланих даних { $count } помилки:
    [many] У надісланих даних { $count } помилок:
   *[other] У надісланих даних { $count } помилки:
  }
report-dropped-hidden = відкинуто (приховано): { $path }
report-dropped-unknown = відкинуто (немає у формі): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = Українська
