# Ein kleines Formular für den Feldtyp iban und seine Fälle.
### status: draft
iban-title = Erstattung von Gebühren
iban-heading = Wohin sollen wir die Erstattung überweisen?
iban-holder = Name der Kontoinhaberin oder des Kontoinhabers
iban-iban = IBAN
iban-iban-hint = Sie finden sie auf Ihrer Bankkarte oder Ihrem Kontoauszug, zum Beispiel DE89 3704 0044 0532 0130 00
iban-has-second = Auch auf ein zweites Konto überweisen
iban-second = IBAN des zweiten Kontos
iban-second-invalid = Die IBAN des zweiten Kontos ist nicht gültig: prüfen Sie sie auf Ihrem Kontoauszug
iban-same-account = Das zweite Konto muss ein anderes Konto als das erste sein
iban-refund-countries = Erstattungen können nur auf ein Konto in Deutschland, Österreich oder den Niederlanden gezahlt werden
