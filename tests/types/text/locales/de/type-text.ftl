# Ein kleines Formular für Text: Zeichensätze nach DIN 91379 und Ziffern anderer Schriften, wo ein Muster Ziffern erwartet.
### status: draft
tx-title = Namen und Anschriften
tx-heading = Ihr Name und Ihre Anschrift
tx-family-name = Familienname
tx-street = Straße und Hausnummer
tx-name-any-script = Name in der eigenen Schrift
tx-postcode = Postleitzahl
tx-phone = Telefonnummer
tx-remarks = Bemerkungen
