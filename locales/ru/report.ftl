# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# Статус: черновик команды разработчиков, не проверен носителем русского языка.

## Reports of a submission (form validate, case workers' tools)
report-valid = Отправленные данные корректны.
report-invalid = { $count ->
    [one] В отправленных данных { $count } ошибка:
    [few] В отправленных данных { $count } ошибки:
    [many] В отправленных данных { $count } ошибок:
   *[other] В отправленных данных { $count } ошибки:
  }
report-dropped-hidden = отброшено (скрыто): { $path }
report-dropped-unknown = отброшено (нет в форме): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = Русский
