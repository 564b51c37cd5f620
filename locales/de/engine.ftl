# Meldungen der Formular-Engine: Prüfergebnisse und Bedienelemente.
### status: draft
# Prüfstatus: Entwurf des Entwicklungsteams, noch nicht von einer Muttersprachlerin oder einem Muttersprachler geprüft.

## Prüfergebnisse (error-<code>)
error-required = Machen Sie eine Angabe zu „{ $label }“
error-required-choice = Wählen Sie eine Antwort zu „{ $label }“ aus
error-required-consent = Kreuzen Sie „{ $label }“ an, um fortzufahren
error-wrong-type = „{ $label }“ wurde in einer Form gesendet, die der Dienst nicht lesen kann. Geben Sie es erneut ein
error-too-short = „{ $label }“ muss mindestens { $min ->
    [one] { $min } Zeichen
   *[other] { $min } Zeichen
  } lang sein
error-too-long = „{ $label }“ darf höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
  } lang sein
error-pattern = Geben Sie „{ $label }“ im richtigen Format ein
error-characters = { $why ->
    [look-alike] „{ $label }“ enthält Buchstaben, die nur wie lateinische aussehen: { $found }. Geben Sie sie mit lateinischer Tastatur neu ein
    [not-latin] Schreiben Sie „{ $label }“ in lateinischen Buchstaben (A bis Z, auch mit Akzenten wie é, ł oder ß)
   *[other] „{ $label }“ enthält Zeichen, die nicht verwendet werden können: { $found }
  }
error-invalid-email = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com
error-invalid-tel = Geben Sie eine Telefonnummer ein, zum Beispiel 030 90269 0 oder +49 30 90269 0
error-invalid-iban = Geben Sie für „{ $label }“ eine gültige IBAN ein, zum Beispiel DE89 3704 0044 0532 0130 00
error-invalid-integer = „{ $label }“ muss eine ganze Zahl sein
error-invalid-decimal = „{ $label }“ muss eine Zahl sein
error-ambiguous-decimal = „{ $label }“: Meinen Sie { $whole } oder { $fraction }? Geben Sie die Zahl ohne Tausendertrennzeichen ein
error-too-small = „{ $label }“ muss mindestens { $min } sein
error-too-large = „{ $label }“ darf höchstens { $max } sein
error-invalid-date = „{ $label }“ muss ein gültiges Datum sein
error-date-incomplete = „{ $label }“ muss { $missing ->
    [day] einen Tag
    [month] einen Monat
    [year] ein Jahr
    [day-month] Tag und Monat
    [day-year] Tag und Jahr
   *[month-year] Monat und Jahr
  } enthalten
error-date-too-early = „{ $label }“ darf nicht vor dem { $min } liegen
error-date-too-late = „{ $label }“ darf nicht nach dem { $max } liegen
error-invalid-time = „{ $label }“ muss eine gültige Uhrzeit sein, zum Beispiel 14:30
error-time-too-early = „{ $label }“ darf nicht vor { $min } Uhr liegen
error-time-too-late = „{ $label }“ darf nicht nach { $max } Uhr liegen
error-invalid-partial-date = „{ $label }“ muss ein gültiges Datum sein; Tag oder Tag und Monat dürfen fehlen
error-invalid-choice = Wählen Sie eine der Möglichkeiten für „{ $label }“
error-too-few-selected = Wählen Sie für „{ $label }“ mindestens { $min ->
    [one] eine Möglichkeit
   *[other] { $min } Möglichkeiten
  }
error-too-many-selected = Wählen Sie für „{ $label }“ höchstens { $max ->
    [one] eine Möglichkeit
   *[other] { $max } Möglichkeiten
  }
error-exclusive-option = Wählen Sie für „{ $label }“ entweder „{ $option }“ oder andere Möglichkeiten, nicht beides
error-too-few-items = Fügen Sie zu „{ $label }“ mindestens { $min ->
    [one] einen Eintrag
   *[other] { $min } Einträge
  } hinzu
error-too-many-items = Sie können zu „{ $label }“ höchstens { $max ->
    [one] einen Eintrag
   *[other] { $max } Einträge
  } hinzufügen
error-not-an-object = Die Angaben konnten nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal
error-plausibility = Prüfen Sie Ihre Angaben: Sie passen nicht zusammen

## Bedienelemente
form-error-summary-title = Es gibt ein Problem
form-error-prefix = Fehler:
form-page-title-error-prefix = Fehler: { $title }
form-continue = Weiter
form-back = Zurück
form-check-answers = Prüfen Sie Ihre Angaben
form-change = Ändern
form-add-another = { $items ->
    [none] Hinzufügen
   *[some] Weitere hinzufügen
  }
form-group-full = Sie können nicht mehr als { $max } hinzufügen.
form-submit = Absenden
form-date-day = Tag
form-date-month = Monat
form-date-year = Jahr
form-progress = Schritt { $current } von { $total }
form-date-order = day month year
form-date-written = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
  } { $year }
form-month-written = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
  } { $year }
form-decimal-separator = ,
form-group-separator = .
form-list-separator = {", "}
unit-eur = €
unit-m2 = m²
unit-kg = kg
form-language = Sprache
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = { $label } { $number } entfernen
form-submitted = Ihre Angaben wurden gesendet
form-reference = Ihre Vorgangsnummer lautet { $reference }
form-sending = Wird gesendet …
form-send-retry = Ihre Angaben konnten nicht gesendet werden. Wir versuchen es automatisch noch einmal.
form-loading = Das Formular wird geladen …
form-problem-unavailable-title = Dieses Formular kann gerade nicht angezeigt werden
form-problem-unavailable = Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Wenn es weiterhin nicht funktioniert, ist der Dienst vielleicht gestört: Versuchen Sie es bitte später noch einmal.
form-problem-no-webassembly = Die Einstellungen Ihres Browsers lassen dieses Formular nicht laufen (auf iPhone und iPad tut das der Blockierungsmodus). Öffnen Sie die Seite in einem anderen Browser oder schalten Sie den Blockierungsmodus für diese Website aus.
form-try-again = Erneut versuchen
form-offline = Sie sind offline. Ihre Angaben bleiben hier erhalten und werden gesendet, sobald Sie wieder online sind.
form-problem-not-sent-title = Ihre Angaben wurden nicht gesendet
form-problem-down = Der Dienst ist gerade nicht erreichbar. Ihre Angaben sind noch hier: Versuchen Sie es später erneut. Sie können Ihre Angaben auch kopieren, um sie zu sichern.
form-problem-too-large = Ihre Angaben sind zu lang zum Senden. Kürzen Sie Ihre längsten Angaben und senden Sie sie dann erneut.
form-problem-rejected = Der Dienst hat Ihre Angaben wegen eines Problems mit diesem Formular nicht angenommen. Ihre Angaben sind noch hier: Kopieren Sie sie und versuchen Sie es später erneut, oder wenden Sie sich an das Amt.
form-problem-changed = Dieses Formular wurde geändert, seit Sie es geöffnet haben. Kopieren Sie Ihre Angaben, laden Sie die Seite neu und geben Sie sie erneut ein.
form-copy-answers = Angaben kopieren
form-copied = Ihre Angaben wurden kopiert.
form-copy-refused = Ihr Browser hat das Kopieren nicht erlaubt. Ihre Angaben sind unten markiert: Kopieren Sie sie selbst.
form-language-loading = Die gewählte Sprache wird geladen:
form-language-failed = Diese Sprache konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und wählen Sie sie erneut aus.
form-keep-draft = Meine Angaben auf diesem Gerät speichern
form-not-answered = Keine Angabe
form-yes = Ja
form-no = Nein
form-or = oder
