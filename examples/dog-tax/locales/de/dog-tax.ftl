# Hundesteuer-Anmeldung: eine dritte Form, nach der Anleitung geschrieben, ungleich den
# beiden anderen (Gruppen mit Regeln, Teildaten, Dezimalzahlen, IBAN, eine bedingte Seite).
### status: reference
dt-title = Hund zur Hundesteuer anmelden
dt-owner = Halterin oder Halter
dt-owner-name = Vollständiger Name
dt-owner-born = Geburtsdatum
dt-is-company = Halten Sie den Hund als Unternehmen?
dt-yes = Ja
dt-no = Nein
dt-company = Name des Unternehmens
dt-dogs = Ihre Hunde
dt-dog-list = Hunde
dt-dog = Hund
dt-dog-name = Name des Hundes
dt-dog-breed = Rasse
dt-breed-mixed = Mischling
dt-breed-labrador = Labrador
dt-breed-pitbull = Pitbull-Terrier
dt-breed-dachshund = Dackel
dt-breed-other = Andere Rasse
dt-dog-since = Seit wann halten Sie den Hund?
dt-dog-weight = Gewicht in Kilogramm
dt-dog-test = Der Hund hat den Wesenstest bestanden
dt-dog-before-owner = Sie können den Hund nicht vor Ihrer Geburt gehalten haben
dt-exempt = Steuerbefreiung
dt-exempt-guide = Blindenführhund
dt-exempt-rescue = Rettungshund
dt-exempt-rescue-hint = Nur mit bestandener Prüfung
dt-pay = Zahlung
dt-iban = IBAN für das Lastschriftverfahren
dt-email = E-Mail-Adresse
dt-start = Beginn der Steuerpflicht
dt-remarks = Bemerkungen
dt-too-many = { $dog_list ->
    [one] Sie dürfen höchstens einen Pitbull-Terrier halten
   *[other] Sie dürfen unter Ihren { $dog_list } Hunden höchstens einen Pitbull-Terrier halten
  }
