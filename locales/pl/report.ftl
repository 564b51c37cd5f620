# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# Status: wersja robocza zespołu programistów, niesprawdzona przez rodzimego użytkownika języka polskiego.

## Reports of a submission (form validate, case workers' tools)
report-valid = Przesłane dane są poprawne.
report-invalid = { $count ->
    [one] Przesłane dane zawierają { $count } problem:
    [few] Przesłane dane zawierają { $count } problemy:
    [many] Przesłane dane zawierają { $count } problemów:
   *[other] Przesłane dane zawierają { $count } problemu:
  }
report-dropped-hidden = odrzucone (ukryte): { $path }
report-dropped-unknown = odrzucone (nie ma w formularzu): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = Polski
