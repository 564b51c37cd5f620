# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# Prüfstatus: Entwurf des Entwicklungsteams, noch nicht von einer Muttersprachlerin oder einem Muttersprachler geprüft.

## Reports of a submission (form validate, case workers' tools)
report-valid = Die Angaben sind gültig.
report-invalid = { $count ->
    [one] Die Angaben haben { $count } Fehler:
   *[other] Die Angaben haben { $count } Fehler:
  }
report-dropped-hidden = verworfen (ausgeblendet): { $path }
report-dropped-unknown = verworfen (nicht im Formular): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = Deutsch
