# Meldungen für Formular-Autorinnen und -Autoren: Schema-Diagnosen und der Befehl `form`.
### status: draft
# Prüfstatus: Entwurf des Entwicklungsteams; nicht von Muttersprachlern geprüft.
### optional: a language without this file shows these messages in English.

## Schema-Diagnosen für Formular-Autorinnen und -Autoren (schema-<code>)
schema-json-syntax = Die Datei ist kein gültiges JSON (Zeile { $line }, Spalte { $column }): { json-problem }
# Warum eine JSON-Datei nicht gelesen werden kann, in beiden Meldungen oben und unten ($problem).
json-problem = { $problem ->
    [unclosed] die Datei endet, bevor jede geöffnete Klammer und jedes Anführungszeichen geschlossen ist
    [comment] JSON hat keine Kommentare (// oder /* */): entfernen Sie diesen
    [single-quotes] Namen und Texte brauchen doppelte Anführungszeichen ("…"), keine einfachen
    [typographic-quotes] Namen und Texte brauchen gerade doppelte Anführungszeichen ("…"), keine typografischen („…“, “…”): ein Editor oder eine Textverarbeitung hat sie ersetzt
    [extra-comma] ein Komma zu viel: entfernen Sie es (vor einer schließenden Klammer und nach einem anderen Komma steht keins)
    [missing-comma-object] davor fehlt ein Komma (nach dem Wert davor) oder eine schließende geschweifte Klammer
    [missing-comma-list] davor fehlt ein Komma (nach dem Eintrag davor) oder eine schließende eckige Klammer
    [expected-colon] nach dem Namen fehlt ein Doppelpunkt
    [key-not-string] ein Name braucht doppelte Anführungszeichen ("name": …)
    [expected-value] hier kann kein Wert gelesen werden: ein Text in doppelten Anführungszeichen, eine Zahl, true, false, null, ein Objekt oder eine Liste
    [invalid-escape] nach einem Backslash in einem Text dürfen nur ein Anführungszeichen, ein Backslash, ein Schrägstrich, b, f, n, r, t oder u und vier hexadezimale Ziffern folgen
    [invalid-number] diese Zahl kann nicht gelesen werden oder ist zu groß (schreiben Sie Zahlen als 12, -3.5 oder 1e6, ohne Plus und ohne führende Null)
    [line-break-in-text] ein Text in Anführungszeichen geht über ein Zeilenende oder enthält einen Tabulator: schreiben Sie stattdessen \n oder \t
    [after-the-end] nach den äußeren Klammern der Datei folgt noch etwas: eine schließende Klammer zu viel oder mehr nach der letzten
    [too-deep] Objekte und Listen sind tiefer als 128 Ebenen verschachtelt
   *[other] { $problem }
  }
schema-json-shape = Das Schema hat nicht die erwartete Form: { $problem ->
    [expected-object] erwartet wird ein Objekt
    [expected-list] erwartet wird eine Liste
    [expected-string] erwartet wird ein Text
    [expected-number] erwartet wird eine Zahl
    [expected-count] erwartet wird eine ganze Zahl ab 0
    [expected-required] erwartet wird true, false oder eine Bedingung
    [missing-property] die Eigenschaft `{ $property }` fehlt
    [unknown-property] unbekannte Eigenschaft `{ $property }`, erlaubt sind { $allowed }
    [unknown-type] unbekannter Typ `{ $value }`, erlaubt sind { $allowed }
   *[unknown-value] unbekannter Wert `{ $value }`, erlaubt sind { $allowed }
  }
schema-near = Meinten Sie „{ $near }“?
schema-unsupported-format = Formatversion { $found } wird nicht unterstützt; diese Engine liest Format { $supported }
schema-invalid-id = „{ $id }“ ist keine gültige Kennung: Kleinbuchstaben, Ziffern und Unterstriche (bei Seiten und Formularen auch Bindestriche), beginnend mit einem Buchstaben
schema-invalid-locale = „{ $value }“ ist kein Sprach-Tag wie de oder en-GB
schema-duplicate-language = „{ $value }“ steht doppelt unter den Sprachen
schema-default-language-unsupported = Die Engine hat keine Texte in „{ $value }“ (ihre Schaltflächen, Fehlermeldungen und Datumsangaben), und in der Standardsprache findet jede andere, was ihr fehlt: Wählen Sie als Standardsprache eine von { $languages } und bieten Sie „{ $value }“ unter „languages“ an
schema-invalid-message-id = „{ $id }“ ist keine gültige Fluent-Meldungskennung
schema-duplicate-id = Die Kennung „{ $id }“ wird doppelt verwendet (zuerst bei { $first })
schema-no-pages = Das Formular hat keine Seiten
schema-empty-page = „{ $id }“ enthält keine Felder
schema-not-applicable = Die Eigenschaft { $property } passt nicht zu einem Feld vom Typ { $type }
schema-missing-options = Die Auswahl „{ $id }“ braucht Optionen oder eine Codeliste
schema-duplicate-option = Der Optionswert „{ $value }“ ist leer oder doppelt
schema-unknown-code-list = Es gibt keine Codeliste „{ $name }“
schema-unknown-issue-code = „{ $code }“ ist kein Prüfcode, für den eine Meldung angegeben werden kann
schema-invalid-pattern = Das Muster ist kein gültiger regulärer Ausdruck: { $problem ->
    [too-deep] es ist zu tief verschachtelt
    [repeat-number] nach {"{"} muss eine Zahl stehen
    [unclosed-repeat] {"}"} erwartet
    [bad-repeat] die Wiederholung kann nicht gelesen werden
    [nothing-to-repeat] es gibt nichts zu wiederholen
    [trailing-backslash] es endet mit \
    [back-reference] Rückverweise werden nicht unterstützt
    [unknown-escape] unbekannte Escape-Folge nach \
    [unknown-property] eine unbekannte Eigenschaft in \p{"{"}…{"}"} (die Namen stehen in der Referenz)
    [bad-code-point] auf \u oder \x muss ein Codepunkt in Hexadezimalschreibweise folgen
    [unclosed-class] ] erwartet
    [class-in-range] eine Klasse kann nicht Ende eines Bereichs sein
    [range-order] ein Bereich ist verkehrt herum
    [unclosed-group] ) erwartet
    [unmatched-paren] ) ohne (
    [look-around] Look-around und benannte Gruppen werden nicht unterstützt
    [anchor] ^ und $ sind nur am Anfang und am Ende erlaubt
    [too-long] es ist zu lang
    [too-complex] es ist zu komplex
   *[unexpected-end] es endet unerwartet
  }
schema-pattern-never-matches = Keine Antwort kann zu diesem Muster passen{ $transform ->
    [none] {""}
   *[other] , nachdem „transform“ ({ $transform }) sie geändert hat: Schreiben Sie das Muster für die Antwort, wie sie dann ist
  }. Jede Antwort würde abgelehnt
schema-invalid-range = Das Minimum ({ $min }) ist größer als das Maximum ({ $max })
schema-invalid-autocomplete = „{ $value }“ ist kein HTML-Autocomplete-Token
schema-invalid-bound = „{ $value }“ ist keine gültige Grenze für dieses Feld
schema-nested-group = Die Gruppe „{ $id }“ steht in einer anderen Gruppe; Gruppen können nicht verschachtelt werden
schema-visibility-cycle = Die Sichtbarkeitsbedingungen hängen im Kreis voneinander ab: { $cycle }
schema-rule-unknown-field = Die Regel nennt das Feld „{ $name }“, das es hier nicht gibt
schema-rule-field-not-used = Die Regel nennt das Feld „{ $name }“, liest es aber nicht: nach dem ersten (wo ihr Fehler gezeigt wird) nennt „fields“ die Antworten, die die Regel liest, und die Regel entfällt, solange eine davon verborgen ist
schema-rule-no-fields = Die Regel „{ $id }“ nennt keine Felder; nennen Sie mindestens das Feld, bei dem ihre Meldung erscheint
schema-requires-hidden-field = Die Regel verlangt „{ $name }“, das ausgeblendet sein kann; Menschen würden für ein Feld getadelt, das sie nicht sehen
schema-rule-skipped-when-hidden = Die Regel wird übersprungen, solange „{ $name }“ ausgeblendet ist, auch wenn „{ $shown }“ angezeigt wird: Nennen Sie in „fields“ nur Antworten, die zusammen angezeigt werden, und lesen Sie die anderen in „assert“, mit value_or(), wenn eine ausgeblendete Antwort als nichts zählt
schema-rule-unknown-when-hidden = Die Regel liest „{ $name }“, das ausgeblendet sein kann, während „{ $shown }“ angezeigt wird: Dann ist die Regel erfüllt, was auch sonst geantwortet wurde. Schreiben Sie value_or({ $name }, 0), wenn eine ausgeblendete Antwort als nichts zählt, oder fragen Sie mit present({ $name })
schema-rule-value-or-skipped = Die Regel liest „{ $name }“ mit value_or(), das ihm einen Wert gibt, wo es nicht gefragt wird, nennt es aber in „fields“: Eine Regel wird übersprungen, solange ein Feld, das sie nennt, ausgeblendet ist, und so nie für Antragstellende geprüft, denen „{ $name }“ nicht gestellt wird. Zeigen Sie den Fehler bei einer Frage, die alle beantworten (nennen Sie diese zuerst), und lassen Sie „{ $name }“ aus „fields“ weg
schema-rule-total-skipped = Die Regel summiert über „{ $name }“, wo ihr Fehler gezeigt wird, und liest auch „{ $other }“, das gefragt werden kann, wenn „{ $name }“ nicht gefragt wird: Eine Regel wird übersprungen, solange das Feld, bei dem ihr Fehler gezeigt wird, ausgeblendet ist, und so für diese Antragstellenden nie geprüft, obwohl sum() „{ $name }“ für sie 0 gibt. Zeigen Sie den Fehler bei einer Frage, die alle beantworten (nennen Sie diese in „fields“ zuerst)
schema-unknown-option = „{ $name }“ hat keine Option „{ $value }“; dieser Vergleich ist nie wahr
schema-partial-date-unknown = Antworten auf „{ $name }“ dürfen { $precision ->
        [year] nur das Jahr
       *[year-month] nur Jahr und Monat
    } enthalten; für sie ist dies unbekannt (eine unbekannte Regel gilt als erfüllt): Geben Sie dem Feld eine „precision“ oder vergleichen Sie earliest({ $name }) oder latest({ $name })
schema-date-range-ends = Ab dem { $day } wird hier kein Datum mehr angenommen ({ $min } bis { $max }): Ein Formular, das dann noch online ist, lehnt jede Antwort ab. Lassen Sie es nur so, wenn das Formular vor diesem Tag abgeschaltet wird
schema-never-shown = Keine Kombination der Antworten, die diese Bedingung liest, macht sie wahr: { $what ->
    [page] Diese Seite
   *[field] Diese Frage
  } wird niemandem gezeigt. Prüfen Sie die Werte, mit denen sie vergleicht, und ob ein „and“ ein „or“ sein sollte (eine Antwort hat nie zwei Werte zugleich)
schema-rule-never-fails = Keine Kombination der Antworten, die die Regel „{ $id }“ liest, macht ihre Prüfung (assert) falsch: Sie lehnt niemanden ab. Prüfen Sie sie mit den Antworten, die sie ablehnen soll
schema-exclusive-not-last = Die Möglichkeit „{ $value }“ steht allein („exclusive“), aber nach ihr kommt noch eine gewöhnliche: Setzen Sie sie ans Ende, wo sie unter „oder“ erscheint, wie GOV.UK „Nichts davon“ zeigt
schema-long-checkbox-list = Diese Frage zeigt { $count } Kästchen zum Ankreuzen: auf einem Telefon ein langer Weg bis zu dem gemeinten, und ein Screenreader liest sie eins nach dem anderen vor. Fragen Sie jede Antwort mit einer Auswahlliste ab (eine „choice“ mit „"widget": "select"“), eine zweite gezeigt, sobald die erste beantwortet ist, oder bieten Sie nur die wenigen Möglichkeiten an, die gebraucht werden (mehr als { $most } Kästchen geben diese Warnung)
schema-long-radio-list = Diese Frage zeigt { $count } Auswahlknöpfe: auf einem Telefon ein langer Weg bis zu dem gemeinten, und ein Screenreader liest sie einen nach dem anderen vor. Zeigen Sie sie als Auswahlliste („"widget": "select"“); in einer langen Liste von Namen findet man leichter in der alphabetischen Reihenfolge der Lesenden, wie bei den Ländern der Engine und einer Codeliste mit „"order": "alphabetical"“ (mehr als { $most } Auswahlknöpfe geben diese Warnung)
schema-last-not-sorted = Die Codeliste „{ $name }“ hält Werte am Ende („last“), wird aber in der geschriebenen Reihenfolge gezeigt, in der jeder Wert ohnehin bleibt, wo er steht: Ergänzen Sie „"order": "alphabetical"“, wenn die übrigen Werte sortiert werden sollen, oder entfernen Sie „last“ und schreiben Sie diese Werte ans Ende
schema-unused-code-list = Keine Frage verwendet die Codeliste „{ $name }“: Nennen Sie sie im „codeList“ einer Frage, oder entfernen Sie sie (ein falsch geschriebener Name in einer Frage ist ein eigener Fehler)
schema-exclusive-min-items = Die Möglichkeit „{ $value }“ steht allein („exclusive“), aber mindestens { $min } Möglichkeiten müssen angekreuzt werden: Allein ist sie zu wenig, mit anderen wird sie abgelehnt, also kann niemand sie wählen. Setzen Sie „minItems“ auf 1 oder machen Sie die Möglichkeit zu einer gewöhnlichen
schema-reads-later-page = Diese Bedingung liest „{ $name }“, das erst später gefragt wird, auf der Seite „{ $page }“: Antragstellende träfen { $what ->
    [page] diese Seite
   *[field] diese Frage
  } vor der Antwort, die über sie entscheidet. Fragen Sie „{ $name }“ früher, oder stellen Sie { $what ->
    [page] diese Seite
   *[field] diese Frage
  } dahinter
schema-rule-shown-early = Der Fehler dieser Regel wird bei „{ $shown }“ gezeigt, sie liest aber auch „{ $name }“, das erst auf einer späteren Seite gefragt wird, „{ $page }“: Wer diese Antwort gibt, erfährt von dem Problem erst nach der letzten Seite. Nennen Sie „{ $name }“ in `fields` zuerst, damit der Fehler dort gezeigt wird, wo die Antwort gegeben wird
schema-expr-too-long = Der Ausdruck ist länger als { $max } Zeichen
schema-expr-too-deep = Der Ausdruck ist tiefer als { $max } Ebenen verschachtelt
schema-expr-syntax = Syntaxfehler: { $problem ->
    [unterminated-string] ein Text in Anführungszeichen ist nicht geschlossen
    [bad-escape] nach einem Backslash dürfen nur \" und \\ stehen
    [bad-number] die Zahl kann nicht gelesen werden
    [unexpected-character] das Zeichen „{ $found }“ ist hier nicht erlaubt
    [expected] erwartet wurde „{ $expected }“, gefunden „{ $found }“
    [expected-at-end] erwartet wurde „{ $expected }“, aber der Ausdruck endet
    [unexpected-end] der Ausdruck endet zu früh
    [chained-comparison] Vergleiche können nicht verkettet werden; verbinden Sie sie mit „and“
    [single-equals] ein „=“ vergleicht nicht; schreiben Sie „==“
    [c-operator] schreiben Sie „and“, „or“ und „not“ („!=“ für „ist nicht“) statt „{ $found }“
    [other-quote] ein Text steht in geraden doppelten Anführungszeichen ("ja"), nicht in „{ $found }“
    [bare-date] ein Datum wird date("2020-01-01") geschrieben
    [keyword-case] schreiben Sie „{ $expected }“ in Kleinbuchstaben, nicht „{ $found }“
    [no-null] „{ $found }“ gibt es nicht: present(x) fragt, ob x beantwortet ist, und not present(x), ob nicht
    [yes-no] es gibt kein Feld „{ $found }“: eine Option steht in Anführungszeichen ("{ $found }"), und „required“ ist true oder false
   *[unexpected-token] „{ $found }“ wird hier nicht erwartet
  }
schema-expr-unknown-field = Es gibt kein Feld „{ $name }“
schema-expr-unknown-function = Es gibt keine Funktion „{ $name }“
schema-expr-arity = { $name } erwartet { $expected } Argumente, nicht { $found }
schema-expr-type = Erwartet: { $expected ->
    [boolean] Wahrheitswert
    [number] Zahl
    [text] Text
    [date] Datum
    [partial-date] unvollständiges Datum
    [time] Uhrzeit
    [set] Menge
    [group] Gruppe
    [value] ein Wert (für eine Gruppe count() oder present() verwenden)
    [number-date-or-time] Zahl, Datum oder Uhrzeit
    [number-text-date-or-time] Zahl, Text, Datum oder Uhrzeit
    [comparable] Zahl, Datum, Text oder Wahrheitswert
    [date-literal] ein Text „JJJJ-MM-TT“
    [time-literal] ein Text „HH:MM“
    [field-name] ein Feldname
    [group-name] ein Gruppenname
    [group-or-set] eine Gruppe oder Mehrfachauswahl
    [text-or-number] Text oder Zahl
    [date-or-partial-date] Datum oder unvollständiges Datum
    [expression] Ausdruck
    [option] eine der Optionen { $options }
   *[code] { $expected }
  }, gefunden: { $found ->
    [boolean] Wahrheitswert
    [number] Zahl
    [text] Text
    [date] Datum
    [partial-date] unvollständiges Datum
    [time] Uhrzeit
    [set] Menge
    [group] Gruppe
    [value] ein Wert (für eine Gruppe count() oder present() verwenden)
    [number-date-or-time] Zahl, Datum oder Uhrzeit
    [number-text-date-or-time] Zahl, Text, Datum oder Uhrzeit
    [comparable] Zahl, Datum, Text oder Wahrheitswert
    [date-literal] ein Text „JJJJ-MM-TT“
    [time-literal] ein Text „HH:MM“
    [field-name] ein Feldname
    [group-name] ein Gruppenname
    [group-or-set] eine Gruppe oder Mehrfachauswahl
    [text-or-number] Text oder Zahl
    [date-or-partial-date] Datum oder unvollständiges Datum
    [expression] Ausdruck
    [date-text] ein Text (ein Datum wird date("2020-01-01") geschrieben)
    [time-text] ein Text (eine Uhrzeit wird time("14:30") geschrieben)
    [number-text] ein Text (eine Zahl steht ohne Anführungszeichen: 2)
    [text-for-box] ein Text (ein Kästchen ist selbst wahr, wenn es angekreuzt ist: schreiben Sie seinen Namen, oder not und seinen Namen)
   *[code] { $found }
  }
schema-expr-out-of-scope = „{ $name }“ gehört zu einer wiederholbaren Gruppe; verwenden Sie es in count() oder in den Regeln der Gruppe
schema-expr-invalid-date = „{ $value }“ ist kein Datum im Format JJJJ-MM-TT
schema-expr-invalid-time = „{ $value }“ ist keine Uhrzeit im Format HH:MM
schema-missing-message = Die Meldung „{ $id }“ fehlt in { $locale }
schema-limit-exceeded = Zu viele { $what ->
    [fields] Felder
    [bytes] Bytes
    [pages] Seiten
    [options] Optionen
    [rules] Regeln
    [items] Einträge
    [pattern] Zeichen im Muster
   *[code] { $what }
  }: höchstens { $max }
schema-options-and-code-list = Eine Auswahl hat entweder Optionen oder eine Codeliste, nicht beides

## Übersetzungsprüfung für Übersetzerinnen und Übersetzer (lint-<code>)
lint-syntax = Dieser Eintrag kann nicht gelesen werden und wird ausgelassen: { $problem ->
    [expected-token] hier fehlt ein Zeichen oder steht an falscher Stelle (eine schließende Klammer, „=“?)
    [expected-message-field] die Nachricht hat nach „=“ keinen Text
    [missing-value] die Nachricht hat nach „=“ keinen Text
    [missing-default-variant] eine der Varianten muss mit „*“ als Standard markiert sein (*[other])
    [multiple-default-variants] nur eine Variante darf mit „*“ markiert sein
    [unbalanced-closing-brace] eine schließende geschweifte Klammer schließt hier nichts
    [unterminated-string-literal] ein Text in Anführungszeichen wird in seiner Zeile nicht geschlossen
    [too-deep] Klammern oder Aufrufe sind tiefer als 32 Ebenen verschachtelt
    [duplicate-message] eine Nachricht dieses Namens gibt es schon
    [tab] eine Zeile beginnt mit einem Tabulator: Fluent setzt einen Text nur in Zeilen fort, die mit Leerzeichen eingerückt sind
    [odd-space] eine Zeile beginnt mit einem besonderen Leerzeichen (einem geschützten, oft aus einer Textverarbeitung kopiert): rücken Sie mit einfachen Leerzeichen ein
    [id-not-latin] hier wurde der Name einer Nachricht verändert: Namen bleiben wie in der Referenz (lateinische Buchstaben, Ziffern, „-“); übersetzt wird nur der Text nach „=“
    [variant-translated] die Namen der Varianten ([one], [few], [other], …) bleiben wie in der Referenz; übersetzt wird nur der Text dahinter
    [typographic-quotes] ein Text in geschweiften Klammern braucht gerade Anführungszeichen ("…"), keine typografischen („…“, “…”, «…»)
    [expected-char-range] ein Name enthält hier ein Zeichen, das er nicht haben darf: Namen beginnen mit einem lateinischen Buchstaben und haben nur lateinische Buchstaben, Ziffern, „-“ und „_“
    [expected-inline-expression] in den geschweiften Klammern steht etwas, das nicht gelesen werden kann: dort stehen eine Variable ($name), der Name einer Nachricht, eine Zahl oder ein Text in geraden Anführungszeichen
    [expected-term-field] der Begriff (ein Name, der mit „-“ beginnt) hat nach „=“ keinen Text
    [forbidden-callee] aufrufen lassen sich nur Funktionen in Großbuchstaben (NUMBER, DATETIME)
    [message-reference-as-selector] eine Auswahl von Varianten muss von einer Variablen ($name) abhängen, nicht von einer Nachricht
    [term-reference-as-selector] eine Auswahl von Varianten kann nicht von einem Begriff abhängen, nur von einem seiner Attribute
    [message-attribute-as-selector] eine Auswahl von Varianten muss von einer Variablen ($name) abhängen, nicht vom Attribut einer Nachricht
    [term-attribute-as-placeable] das Attribut eines Begriffs kann nur eine Variante auswählen, nicht als Text erscheinen
    [positional-argument-follows-named] in einem Aufruf müssen Werte ohne Namen vor den benannten stehen
    [duplicated-named-argument] in einem Aufruf ist ein benannter Wert zweimal angegeben
    [unknown-escape-sequence] in einem Text in Anführungszeichen dürfen auf einen Backslash nur ein Anführungszeichen, ein Backslash, u oder U folgen
    [invalid-unicode-escape-sequence] ein Backslash mit u braucht danach vier hexadezimale Ziffern, mit U sechs
    [expected-simple-expression-as-selector] eine Auswahl von Varianten muss von einer Variablen, einer Zahl oder einem Text in Anführungszeichen abhängen
    [expected-literal] hier wird ein Text in Anführungszeichen oder eine Zahl gebraucht
   *[other] { $problem }
  }
lint-missing-file = { $locale } hat keine Datei { $file }
lint-missing-message = { $id } fehlt (Referenz Zeile { $line })
lint-extra-message = { $id } steht nicht in der Referenz
lint-variables = { $id } verwendet andere Variablen als die Referenz: es fehlen [{ $missing }], unbekannt sind [{ $unknown }]
lint-unknown-variable = { $count ->
    [0] { $id } verwendet { $unknown }, aber das Formular übergibt dieser Nachricht keine Variablen, sodass Lesende es roh sähen
    [one] { $id } verwendet { $unknown }, was das Formular dieser Nachricht nie übergibt, sodass Lesende es roh sähen; verwendbar sind: { $allowed }
   *[other] { $id } verwendet { $unknown }, was das Formular dieser Nachricht nie übergibt, sodass Lesende es roh sähen; verwendbar sind: { $allowed }
  }
lint-attributes = { $id } hat die Attribute [{ $has }], die Referenz hat [{ $reference }]
lint-plural-categories = { $id } hat keine Variante für { $categories }
lint-unknown-reference = { $id } verweist auf { $reference }, das es in dieser Sprache nicht gibt, sodass Lesende es roh sähen
lint-cyclic-reference = { $id } verweist über andere Nachrichten auf sich selbst, sodass Lesende einen rohen Verweis sähen
lint-unloaded-file = { $file } wird nie geladen: Die Einbettung und der Empfänger lesen die Nachrichten dieses Formulars nur aus { $expected }. Benennen Sie die Datei um, oder verschieben Sie ihre Nachrichten dorthin
lint-duplicate-message = { $id } ist bereits in { $first } festgelegt: Diese Festlegung wird nicht verwendet
lint-missing-status = Erwartet wird eine Zeile `### status: { $statuses }`
lint-extra-file = Die Referenz hat keine Datei { $file }
lint-encoding = Die Datei ist nicht als UTF-8 gespeichert, darum wird nichts aus ihr gelesen: { $found ->
    [utf-16] sie ist in UTF-16 (das der Windows-Editor „Unicode“ nennt)
   *[other] sie ist wahrscheinlich in Windows-1252 (das der Windows-Editor „ANSI“ nennt)
  }. Speichern Sie sie erneut als „UTF-8“
lint-older-than-engine = { $count ->
    [one] Dieser Datei fehlt eine Nachricht
   *[other] Dieser Datei fehlen { $count } Nachrichten
  }, die diese Version der Engine anzeigt ({ $ids }): Lesende sähen stattdessen { $count ->
    [one] ihre Kennung
   *[other] ihre Kennungen
  }. Die Datei ist älter als die Engine: Veröffentlichen Sie den Ordner locales aus derselben Version wie die Einbettung (dist/embed)

## Der Befehl form
cli-check-ok = { $file }: keine Fehler ({ $warnings ->
    [0] keine Warnungen
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
  })
cli-check-failed = { $file }: { $errors ->
    [one] { $errors } Fehler
   *[other] { $errors } Fehler
  }, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
  }
cli-pack-wrote = { $file } geschrieben ({ $bytes } Bytes): das übersetzte Formular für die Einbettung.
cli-pack-wrote-first-page = { $file } geschrieben ({ $bytes } Bytes): die erste Seite in dieser Sprache, gezeigt, bevor die Einbettung geladen ist.
cli-pack-wrote-messages = { $file } geschrieben ({ $bytes } Bytes): Meldungen für den Browser, ohne die Kommentare für Übersetzende.
cli-test-summary = { $folder }: { $passed } von { $cases } { $cases ->
    [one] Fall
   *[other] Fällen
  } wie ihre Schnappschüsse
cli-test-differs = { $file }: weicht in Zeile { $line } von seinem Schnappschuss ab: erwartet „{ $expected }“, erhalten „{ $got }“
cli-test-now-valid = jetzt: gültig
cli-test-now-issues = jetzt: { $issues }
cli-test-unmet = { $file }: erwartet { $expected }; es ergibt { $got }
cli-test-valid = gültig
cli-test-unknown-code = { $file }: "$expect" nennt „{ $code }“, das weder ein Fehlercode noch die ID einer Regel des Formulars ist; der Fall kann es nie ergeben
cli-bad-case-expect = { $file }: "$expect" { $value } ist weder "valid" noch eine Liste von Fehlern der Form "Pfad Code"
cli-test-new = { $file }: noch kein Schnappschuss; form test --update schreibt ihn (lesen Sie ihn, bevor Sie ihn einchecken)
cli-test-wrote = { $file } geschrieben
cli-test-no-cases = { $folder }: keine Fälle (cases/*.json)
cli-test-schema-errors = { $folder }: Das Schema hat Fehler; form check { $file } nennt sie
cli-error = Fehler
cli-load-problem = { $problem ->
    [duplicate-message] Eine Nachricht dieses Namens ist bereits festgelegt: Diese wird nicht verwendet
    [too-deep] Klammern oder Aufrufe sind hier zu tief verschachtelt: Dieser Eintrag wird ausgelassen
    [not-utf-8] Die Datei ist nicht als UTF-8 gespeichert: Nichts aus ihr wird gelesen (form check sagt, was sie ist)
   *[other] Die Datei kann hier nicht gelesen werden ({ $problem })
  }
cli-warning = Warnung
cli-not-a-language-tag = „{ $tag }“ ist kein Sprach-Tag
cli-no-message-files = Hier gibt es keine form.json und keine Nachrichtendateien (<Sprache>/*.ftl) zu prüfen
cli-bad-today = --today { $value }: kein Datum in der Form JJJJ-MM-TT
cli-bad-case-today = { $file }: „$today“ { $value } ist kein Datum in der Form JJJJ-MM-TT
cli-cannot-read = { $file }: { $reason ->
    [missing] diese Datei gibt es nicht
    [denied] diese Datei darf nicht gelesen werden
    [folder] das ist ein Ordner, keine Datei
    [not-a-folder] ein Teil dieses Pfades ist eine Datei, kein Ordner
    [not-text] kein Text in UTF-8
    [utf-16] als UTF-16 gespeichert (das der Windows-Editor „Unicode“ nennt), nicht als UTF-8: Speichern Sie die Datei erneut als UTF-8
   *[failed] die Datei kann nicht gelesen werden
  }
cli-cannot-write = { $file }: { $reason ->
    [missing] der Ordner kann nicht angelegt werden
    [denied] hier darf nicht geschrieben werden
    [folder] das ist ein Ordner, keine Datei
    [not-a-folder] ein Teil dieses Pfades ist eine Datei, kein Ordner
    [full] der Datenträger ist voll
   *[failed] die Datei kann nicht geschrieben werden
  }
cli-data-not-json = { $file }: kein gültiges JSON (Zeile { $line }, Spalte { $column }): { json-problem }

## form: its help and the mistakes in a command line (cli-help-<command>-<argument>)
cli-help-about = Formularschemas und ihre Übersetzungen prüfen, Einsendungen validieren, Formulare für die Einbettung packen und ein entstehendes Formular zeigen.
cli-help-usage = Aufruf
cli-help-commands = Befehle
cli-help-command = BEFEHL
cli-help-options = Optionen
cli-help-arguments = Argumente
cli-help-help = Diese Hilfe zeigen
cli-help-version = Die Version zeigen
cli-help-locales = Ordner mit den Texten der Engine (<tag>/*.ftl); Standard: die eingebaute Kopie
cli-help-check = Schemas kompilieren, ihre Übersetzungen und Sprachordner (etwa locales/) prüfen und jedes Problem mit seiner Stelle melden; Exit-Code 1 bei Fehlern.
cli-help-check-files = Zu prüfende Schemas (form.json) und Sprachordner
cli-help-check-locale = Sprache des Berichts (Standard: die der Umgebung, sonst Englisch)
cli-help-validate = Eine Einsendung validieren; Exit-Code 1, wenn sie ungültig ist, 2, wenn Schema oder Daten nicht gelesen werden können.
cli-help-validate-schema = Das Schema des Formulars (form.json)
cli-help-validate-data = Die Einsendung (JSON)
cli-help-validate-locale = Sprache des Berichts (Standard: die Standardsprache des Formulars)
cli-help-validate-today = Das Datum, zu dem validiert wird, JJJJ-MM-TT (Standard: heute in Berlin)
cli-help-validate-format = text (für Menschen, der Standard) oder json (für Programme)
cli-help-schema = Das JSON-Schema des Formularformats ausgeben.
cli-help-dev = Das entstehende Formular live mit der echten Einbettung zeigen, daneben Probleme, Übersetzungen und Fälle; bei jedem Speichern neu gebaut.
cli-help-dev-folder = Der Ordner des Formulars (form.json, locales/, cases/); Standard: der aktuelle Ordner
cli-help-dev-port = Der Port auf 127.0.0.1 (Standard: 8090)
cli-help-dev-dist = Die gebaute Einbettung (dist/embed); Standard: oberhalb des aktuellen Ordners gesucht
cli-help-dev-locale = Sprache der Bereiche (Standard: die der Umgebung, sonst Englisch)
cli-help-pack = Ein Schema prüfen, dann das übersetzte Formular für die Einbettung schreiben (<schema>.form oder --out), seine erste Seite in jeder seiner Sprachen (<name>/locales/<tag>/first-page.json daneben) und die Meldungen ohne die Kommentare für Übersetzende (die des Formulars neben den ersten Seiten, die der Engine in locales/); alles neben dem Schema veröffentlichen.
cli-help-pack-schema = Das Schema des Formulars (form.json)
cli-help-pack-out = Wohin das übersetzte Formular geschrieben wird (Standard: der Name des Schemas mit .form)
cli-help-pack-locale = Sprache des Berichts (Standard: die der Umgebung, sonst Englisch)
cli-help-pack-today = Das Datum, zu dem die ersten Seiten beurteilt werden, JJJJ-MM-TT (Standard: heute in Berlin)
cli-help-test = Die Fälle eines Formulars (cases/*.json) wie form validate prüfen und jeden Bericht mit seinem Schnappschuss (cases/snapshots/*.snap) vergleichen; Exit-Code 1, wenn einer abweicht, keinen hat oder nicht gelesen werden kann.
cli-help-test-folders = Formularordner oder ihre form.json (Standard: der aktuelle Ordner)
cli-help-test-update = Die Schnappschüsse neuer und geänderter Fälle schreiben (lesen Sie sie, bevor Sie sie einchecken)
cli-help-test-locale = Sprache des Berichts (Standard: die der Umgebung, sonst Englisch)
cli-usage-unknown-argument = { $arg } ist keine Option dieses Befehls
cli-usage-invalid-value = { $arg }: „{ $value }“ ist hier nicht möglich
cli-usage-invalid-value-of = { $arg }: „{ $value }“ ist hier nicht möglich; möglich: { $valid }
cli-usage-missing = { $arg } muss angegeben werden
cli-usage-unknown-command = „{ $command }“ ist kein Befehl von { $program }
cli-usage-missing-command = { $program } braucht einen Befehl
cli-usage-too-many = „{ $value }“ ist ein Wert zu viel
cli-usage-other = Die Befehlszeile kann nicht gelesen werden.
cli-usage-more = Siehe { $program } --help oder { $program } BEFEHL --help.

## form-server: der annehmende Dienst und die Befehle der Sachbearbeitung (server-help-<command>-<argument>)
server-help-about = Formulareingänge annehmen, prüfen und aufbewahren; exportieren und alte löschen.
server-help-db = Die Datenbank: eine Datei (oder sqlite:DATEI) für SQLite, oder postgres://benutzer@host/db; sonst die Variable FORM_DB; Vorgabe: submissions.sqlite3
server-help-forms = Der Ordner der Formulare (<id>/form.json und <id>/locales/); Vorgabe: examples
server-help-locale = Sprache dessen, was der Befehl sagt (Vorgabe: die der Umgebung, sonst Englisch)
server-help-serve = Den HTTP-Dienst starten: Er liefert die Formulare, ihre Texte und die Einbettung aus und nimmt Eingänge an.
server-help-serve-listen = Adresse und Port, an denen er lauscht (Vorgabe: 127.0.0.1:8080)
server-help-serve-locales = Der Ordner mit den Texten der Engine (Vorgabe: locales)
server-help-serve-dist = Der Build für den Browser (dist), ausgeliefert unter /assets/engine/
server-help-serve-site = Eine Website, ausgeliefert unter / (etwa die CMS-Seite der Demo)
server-help-serve-allow_origins = Ein Ursprung, von dessen Website gesendet werden darf (für jeden einmal angeben)
server-help-serve-rate_limit = Anfragen je Sekunde von einer Adresse; 0 schaltet die Grenze ab (Vorgabe: 5)
server-help-serve-rate_burst = Anfragen, die eine Adresse auf einmal stellen darf, bevor die Grenze greift (Vorgabe: 20)
server-help-serve-today = Eingänge nach dem Stand dieses Tages prüfen, JJJJ-MM-TT (Vorgabe: heute)
server-help-serve-time_zone = Die Zeitzone, deren Datum „heute“ ist: Europe/Berlin (oder eine andere mitteleuropäische) oder UTC (Vorgabe: Europe/Berlin)
server-help-export = Die Eingänge eines Formulars aus einem Zeitraum auf die Standardausgabe schreiben.
server-help-export-form = Die Kennung (id) des Formulars
server-help-export-from = Der erste Tag, JJJJ-MM-TT (UTC), eingeschlossen
server-help-export-to = Der letzte Tag, JJJJ-MM-TT (UTC), eingeschlossen
server-help-export-format = csv (für Tabellen, die Vorgabe) oder jsonl (ein JSON-Objekt je Zeile)
server-help-purge = Die Eingänge löschen, die älter als die Aufbewahrungsfrist sind.
server-help-purge-older_than_days = Die Aufbewahrungsfrist in Tagen
server-listening = form-server lauscht an { $address }
server-exported = { $count ->
    [one] Ein Eingang exportiert.
   *[other] { $count } Eingänge exportiert.
  }
server-purged = { $count ->
    [one] Ein Eingang
   *[other] { $count } Eingänge
  } älter als { $days ->
    [one] ein Tag
   *[other] { $days } Tage
  } gelöscht.
server-bad-date = { $option } { $value }: Datum bitte als JJJJ-MM-TT schreiben
server-bad-zone = --time-zone { $value }: Europe/Berlin (oder eine andere mitteleuropäische Zeitzone) oder UTC angeben
server-cannot-listen = { $address }: Der Dienst kann dort nicht lauschen ({ $reason })
server-no-form = In { $folder } gibt es kein Formular „{ $form }“.
server-forms-folder = { $folder }: { $reason ->
    [missing] diesen Ordner gibt es nicht
    [denied] keine Berechtigung, diesen Ordner zu lesen
    [not-a-folder] das ist kein Ordner
   *[failed] der Ordner der Formulare kann nicht gelesen werden
  }
server-schema-errors = { $file }: Das Schema hat Fehler; form check { $file } zeigt sie
server-messages-broken = { $file }:{ $line }: Die Texte können nicht gelesen werden ({ $problem }); form check zeigt, warum
server-database = Die Datenbank kann nicht benutzt werden: { $reason }
server-stopped = Der Dienst wurde beendet: { $reason }
server-store-failed = Ein Eingang des Formulars „{ $form }“ konnte nicht gespeichert werden; der Absender wurde gebeten, es später erneut zu versuchen: { $reason }

## form dev: die Seite, die das entstehende Formular zeigt
dev-title = Formularvorschau
dev-diagnostics = Probleme
dev-no-diagnostics = Keine Probleme.
dev-translations = Übersetzungen
dev-cases = Fälle
dev-no-cases = Noch keine Fälle: legen Sie Einsendungen in cases/*.json ab.
dev-language = Sprache
dev-pseudo-accented = Pseudosprache, längere Texte
dev-pseudo-bidi = Pseudosprache, von rechts nach links
dev-rtl-host = Gastseite von rechts nach links
dev-narrow = 320 px
dev-message-ids = Nachrichten-IDs
dev-translated = übersetzt
dev-missing = fehlen
dev-extra = überzählig
dev-broken = fehlerhaft
dev-reference = Referenz
dev-not-offered = nicht angeboten
dev-pass = bestanden
dev-fail = FEHLER
dev-new-case = neu (kein erwarteter Bericht)
dev-expected = erwartet
dev-got = erhalten
dev-valid = gültig
dev-invalid = ungültig
dev-updated = Aktualisiert um
dev-error = Fehler
dev-warning = Warnungen
dev-severity-error = Fehler
dev-severity-warning = Warnung
dev-no-form = Das Schema hat Fehler: Die Vorschau zeigt das zuletzt übersetzbare Formular.
dev-no-schema = { $detail } enthält keine form.json: Geben Sie den Ordner eines Formulars an.
dev-no-embed = Das Embed ist nicht gebaut: Führen Sie `cargo xtask embed` (oder `cargo xtask dev ORDNER`) aus oder geben Sie --dist an.
dev-cannot-listen = Kann nicht auf { $detail } lauschen: Wählen Sie einen anderen --port.
dev-serving = { $folder } unter { $url } (Strg+C beendet); jedes Speichern lädt die Seite neu.
