### status: draft
tm-title = Gemeinschaftssaal buchen
tm-heading = Wann brauchen Sie den Saal?
tm-day = Tag
tm-from = Von
tm-from-hint = Zum Beispiel 14:00 oder 14 Uhr; der Saal öffnet um 6 Uhr
tm-to = Bis
tm-late-quiet = Ich sorge nach 20 Uhr für Ruhe
tm-too-short = Der Saal wird für mindestens eine halbe Stunde gebucht: von { $from } bis { $to } Uhr ist weniger
