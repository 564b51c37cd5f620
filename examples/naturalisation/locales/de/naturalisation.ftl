### status: reference
# Vorprüfung für die Einbürgerung: ein Beispiel mit Aufenthalten als Gruppe (Monat und Jahr),
# einer Uhrzeit, einer Mehrfachauswahl mit „keine“ und einer Regel mit Mindestbetrag.
nat-title = Vorprüfung: Einbürgerung
nat-page-you = Angaben zu Ihrer Person
nat-family-name = Familienname
nat-given-names = Vornamen
nat-born = Geburtsdatum
nat-nationality = Staatsangehörigkeit
nat-stateless = Ich bin staatenlos
nat-page-stays = Ihre Aufenthalte in Deutschland
nat-stays = Aufenthalte
nat-stay = Aufenthalt
nat-stay-from = Seit (Monat und Jahr)
nat-stay-to = Bis (Monat und Jahr)
nat-stay-to-hint = Leer lassen, wenn der Aufenthalt andauert
nat-stay-title = Aufenthaltstitel
nat-title-eu = Freizügigkeit (EU)
nat-title-settlement = Niederlassungserlaubnis
nat-title-blue-card = Blaue Karte EU
nat-title-family = Familiennachzug
nat-title-study = Studium
nat-title-asylum = Asyl oder Schutz
nat-title-none = Ohne Aufenthaltstitel
nat-stay-order = Der Aufenthalt kann nicht enden ({ $stay_to }), bevor er begonnen hat ({ $stay_from })
nat-gaps = Gab es Lücken zwischen den Aufenthalten? Wenn ja, welche?
nat-page-language = Deutschkenntnisse
nat-certificate = Wie weisen Sie Ihre Deutschkenntnisse nach?
nat-cert-b1 = Zertifikat B1
nat-cert-c1 = Zertifikat C1
nat-cert-school = Schulabschluss in Deutschland
nat-cert-none = Noch kein Nachweis
nat-cert-date = Datum des Zertifikats
nat-course-time = Zu welcher Uhrzeit könnten Sie einen Kurs besuchen?
nat-page-money = Lebensunterhalt und Kontakt
nat-sources = Wovon leben Sie?
nat-src-work = Arbeit
nat-src-pension = Rente
nat-src-benefits = Sozialleistungen
nat-src-none = Kein eigenes Einkommen
nat-net-income = Monatliches Nettoeinkommen in Euro
nat-household = Wie viele Personen leben in Ihrem Haushalt?
nat-income-low = Das Einkommen reicht für { $household ->
    [one] eine Person
   *[other] { $household } Personen
} nicht aus (mindestens 300 Euro je Person im Monat)
nat-iban = IBAN
nat-phone = Telefonnummer
nat-email = E-Mail-Adresse
nat-truth = Ich versichere, dass meine Angaben richtig sind
