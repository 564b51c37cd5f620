# A small form for text: character sets of DIN 91379, and digits of other scripts where a pattern expects digits.
### status: reference
tx-title = Names and addresses
tx-heading = Your name and address
tx-family-name = Family name
tx-street = Street and house number
tx-name-any-script = Name as written in your own script
tx-postcode = Postcode
tx-phone = Telephone number
tx-remarks = Remarks
