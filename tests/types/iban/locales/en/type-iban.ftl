# A small form for the iban field type and its cases.
### status: reference
iban-title = Refund of fees
iban-heading = Where should we send the refund?
iban-holder = Name of the account holder
iban-iban = IBAN
iban-iban-hint = You can find it on your bank card or statement, for example DE89 3704 0044 0532 0130 00
iban-has-second = Also pay to a second account
iban-second = IBAN of the second account
iban-second-invalid = The IBAN of the second account is not valid: check it on your statement
iban-same-account = The second account must be another account than the first
iban-refund-countries = Refunds can only be paid to an account in Germany, Austria or the Netherlands
