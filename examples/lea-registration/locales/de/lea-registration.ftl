# Meldungen des Registrierungsformulars für britische Staatsangehörige (Landesamt für Einwanderung Berlin).
### status: draft
# Prüfstatus: Entwurf des Entwicklungsteams; weder von Muttersprachlern noch vom Amt geprüft.

lea-title = Registrierung für britische Staatsangehörige in Berlin
lea-description = Wenn Sie britische Staatsangehörige oder britischer Staatsangehöriger sind und vor dem 1. Januar 2021 in Berlin gelebt haben, registrieren Sie sich hier, damit das Landesamt für Einwanderung Ihr Aufenthaltsdokument nach dem Austrittsabkommen ausstellen kann.

## Seiten
lea-page-personal = Angaben zur Person
lea-page-address = Ihre Anschrift in Berlin
lea-page-address-description = Geben Sie die Anschrift an, unter der Sie angemeldet sind.
lea-page-contact = Kontaktdaten
lea-page-residence = Ihr Aufenthalt in Deutschland
lea-page-family = Familienangehörige
lea-page-family-description = Fügen Sie Familienangehörige hinzu, die mit Ihnen in Deutschland leben. Sie können diesen Teil leer lassen.
lea-page-finish = Sprache und Einwilligung

## Angaben zur Person
lea-family-name = Familienname
lea-family-name-hint = Wie in Ihrem Reisepass
lea-family-name-required = Geben Sie Ihren Familiennamen wie im Reisepass ein
lea-given-names = Vornamen
lea-given-names-hint = Alle Vornamen, wie in Ihrem Reisepass
lea-given-names-required = Geben Sie Ihre Vornamen wie im Reisepass ein
lea-birth-date = Geburtsdatum
lea-date-hint = Zum Beispiel 27 3 1985
lea-birth-date-required = Geben Sie Ihr Geburtsdatum ein
lea-birth-date-future = Ihr Geburtsdatum muss in der Vergangenheit liegen
lea-birth-place = Geburtsort
lea-birth-country = Geburtsland
lea-nationality = Staatsangehörigkeit
lea-nationality-hint = Wenn Sie mehrere haben, wählen Sie die britische
lea-passport-number = Reisepassnummer
lea-passport-number-pattern = Geben Sie die Reisepassnummer nur mit Buchstaben und Ziffern ein
lea-passport-expiry = Gültig bis (Reisepass)
lea-passport-expired = Ihr Reisepass ist abgelaufen. Stellen Sie den Antrag mit einem gültigen Reisepass

## Anschrift
lea-street = Straße
lea-house-number = Hausnummer
lea-house-number-pattern = Geben Sie eine Hausnummer wie 12, 12a oder 12-14 ein
lea-address-extra = Adresszusatz (freiwillig)
lea-address-extra-hint = Zum Beispiel c/o, Seitenflügel, Etage
lea-postcode = Postleitzahl
lea-postcode-berlin = Geben Sie eine Berliner Postleitzahl zwischen 10115 und 14199 ein
lea-district = Bezirk
lea-district-charlottenburg-wilmersdorf = Charlottenburg-Wilmersdorf
lea-district-friedrichshain-kreuzberg = Friedrichshain-Kreuzberg
lea-district-lichtenberg = Lichtenberg
lea-district-marzahn-hellersdorf = Marzahn-Hellersdorf
lea-district-mitte = Mitte
lea-district-neukoelln = Neukölln
lea-district-pankow = Pankow
lea-district-reinickendorf = Reinickendorf
lea-district-spandau = Spandau
lea-district-steglitz-zehlendorf = Steglitz-Zehlendorf
lea-district-tempelhof-schoeneberg = Tempelhof-Schöneberg
lea-district-treptow-koepenick = Treptow-Köpenick
lea-address-since = Wohnhaft unter dieser Anschrift seit (freiwillig)
lea-address-since-hint = Monat und Jahr genügen, zum Beispiel 3 2019

## Kontakt
lea-email = E-Mail-Adresse
lea-email-hint = An diese Adresse senden wir Ihren Termin
lea-email-repeat = E-Mail-Adresse bestätigen
lea-phone = Telefonnummer (freiwillig)
lea-phone-hint = Bei ausländischen Nummern mit Ländervorwahl

## Aufenthalt
lea-arrival-date = Datum Ihres Zuzugs nach Deutschland
lea-arrival-before-birth = Das Datum Ihres Zuzugs darf nicht vor Ihrem Geburtsdatum liegen
lea-arrival-future = Das Datum Ihres Zuzugs darf nicht in der Zukunft liegen
lea-has-residence-document = Haben Sie zurzeit ein deutsches Aufenthaltsdokument?
lea-has-residence-document-hint = Zum Beispiel eine Aufenthaltskarte oder einen Aufenthaltstitel
lea-yes = Ja
lea-no = Nein
lea-residence-document-number = Dokumentennummer
lea-document-number-pattern = Geben Sie die Dokumentennummer nur mit Buchstaben und Ziffern ein
lea-residence-document-expiry = Gültig bis (Aufenthaltsdokument)
lea-document-expired = Ihr Aufenthaltsdokument ist abgelaufen. Beantworten Sie die vorige Frage mit „Nein“

## Familie
lea-household-size = Wie viele Personen leben in Ihrem Haushalt, Sie eingeschlossen?
lea-household-size-hint = Zählen Sie alle, die mit Ihnen unter Ihrer Anschrift wohnen
lea-family-members = Familienangehörige
lea-family-member = Familienangehörige Person
lea-member-family-name = Familienname
lea-member-given-names = Vornamen
lea-member-birth-date = Geburtsdatum
lea-member-relationship = Verwandtschaftsverhältnis zu Ihnen
lea-relationship-spouse = Ehegattin oder Ehegatte
lea-relationship-partner = Eingetragene Lebenspartnerin oder eingetragener Lebenspartner
lea-relationship-child = Kind
lea-relationship-parent = Elternteil
lea-relationship-other = Andere familienangehörige Person
lea-member-nationality = Staatsangehörigkeit (freiwillig)

## Abschluss
lea-correspondence-language = In welcher Sprache sollen wir Ihnen schreiben?
lea-language-de = Deutsch
lea-language-en = Englisch
lea-language-fr = Französisch
lea-language-pl = Polnisch
lea-language-tr = Türkisch
lea-language-ar = Arabisch
lea-language-ru = Russisch
lea-language-uk = Ukrainisch
lea-other-languages = Weitere Sprachen, die Sie sprechen (freiwillig)
lea-other-languages-hint = Wählen Sie bis zu 3 aus
lea-remarks = Was sollten wir noch wissen? (freiwillig)
lea-remarks-hint = Machen Sie hier keine Angaben zu Ihrer Gesundheit
lea-consent = Ich willige ein, dass das Landesamt für Einwanderung meine Daten zur Registrierung verarbeitet
lea-consent-hint = Ihre Daten werden nur für diese Registrierung verwendet und nach Artikel 17 DSGVO gelöscht, sobald sie nicht mehr benötigt werden.
lea-consent-required = Sie müssen der Verarbeitung Ihrer Daten zustimmen, um sich zu registrieren

## Plausibilitätsregeln
lea-rule-british = Diese Registrierung ist nur für britische Staatsangehörige. Wählen Sie „Vereinigtes Königreich“, wenn Sie britisch sind
lea-rule-adult = Sie müssen mindestens 18 Jahre alt sein, um sich selbst zu registrieren. Kinder werden als Familienangehörige eines Elternteils angegeben
lea-rule-email-match = Die E-Mail-Adressen stimmen nicht überein
lea-rule-arrival-before-2021 = Sie müssen vor dem 1. Januar 2021 nach Deutschland gezogen sein, um sich nach dem Austrittsabkommen zu registrieren
lea-rule-child-younger = Ein Kind muss jünger sein als Sie
lea-rule-one-partner = Sie können nur eine Ehegattin, einen Ehegatten oder eine eingetragene Lebenspartnerschaft angeben
