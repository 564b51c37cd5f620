# Messages of the Berlin registration form for British residents (Landesamt für Einwanderung).
### status: reference
# Review status: reference text written by the engineering team; not yet reviewed by the office.

lea-title = Registration for British citizens living in Berlin
lea-description = If you are a British citizen and lived in Berlin before 1 January 2021, register here so that the immigration office can issue your residence document under the Withdrawal Agreement.

## Pages
lea-page-personal = Personal details
lea-page-address = Your address in Berlin
lea-page-address-description = Give the address where you are registered (angemeldet).
lea-page-contact = Contact details
lea-page-residence = Your residence in Germany
lea-page-family = Family members
lea-page-family-description = Add your family members who live with you in Germany. You can leave this empty.
lea-page-finish = Language and consent

## Personal details
lea-family-name = Family name
lea-family-name-hint = As shown in your passport
lea-family-name-required = Enter your family name as shown in your passport
lea-given-names = Given names
lea-given-names-hint = All given names, as shown in your passport
lea-given-names-required = Enter your given names as shown in your passport
lea-birth-date = Date of birth
lea-date-hint = For example, 27 3 1985
lea-birth-date-required = Enter your date of birth
lea-birth-date-future = Your date of birth must be in the past
lea-birth-place = Place of birth
lea-birth-country = Country of birth
lea-nationality = Nationality
lea-nationality-hint = If you have more than one, choose British
lea-passport-number = Passport number
lea-passport-number-pattern = Enter the passport number using only letters and digits
lea-passport-expiry = Passport expiry date
lea-passport-expired = Your passport has expired. Apply with a valid passport

## Address
lea-street = Street
lea-house-number = House number
lea-house-number-pattern = Enter a house number such as 12, 12a or 12-14
lea-address-extra = Address line 2 (optional)
lea-address-extra-hint = For example c/o, side wing, floor
lea-postcode = Postcode
lea-postcode-berlin = Enter a Berlin postcode, between 10115 and 14199
lea-district = District
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
lea-address-since = Living at this address since (optional)
lea-address-since-hint = Month and year are enough, for example 3 2019

## Contact
lea-email = Email address
lea-email-hint = We will send your appointment to this address
lea-email-repeat = Confirm email address
lea-phone = Telephone number (optional)
lea-phone-hint = For international numbers include the country code

## Residence
lea-arrival-date = Date you moved to Germany
lea-arrival-before-birth = The date you moved to Germany must be on or after your date of birth
lea-arrival-future = The date you moved to Germany must be today or in the past
lea-has-residence-document = Do you currently have a German residence document?
lea-has-residence-document-hint = For example an EU residence card or a residence permit
lea-yes = Yes
lea-no = No
lea-residence-document-number = Document number
lea-document-number-pattern = Enter the document number using only letters and digits
lea-residence-document-expiry = Expiry date of the document
lea-document-expired = Your residence document has expired. Answer ‘No’ to the previous question

## Family
lea-household-size = How many people live in your household, including you?
lea-household-size-hint = Count everyone who lives with you at your address
lea-family-members = Family members
lea-family-member = Family member
lea-member-family-name = Family name
lea-member-given-names = Given names
lea-member-birth-date = Date of birth
lea-member-relationship = Relationship to you
lea-relationship-spouse = Spouse
lea-relationship-partner = Registered partner
lea-relationship-child = Child
lea-relationship-parent = Parent
lea-relationship-other = Other family member
lea-member-nationality = Nationality (optional)

## Finish
lea-correspondence-language = In which language should we write to you?
lea-language-de = German
lea-language-en = English
lea-language-fr = French
lea-language-pl = Polish
lea-language-tr = Turkish
lea-language-ar = Arabic
lea-language-ru = Russian
lea-language-uk = Ukrainian
lea-other-languages = Other languages you speak (optional)
lea-other-languages-hint = Select up to 3
lea-remarks = Anything else we should know (optional)
lea-remarks-hint = Do not include information about your health
lea-consent = I agree that the immigration office processes my data to register me
lea-consent-hint = Your data is used only for this registration and deleted under Article 17 GDPR when it is no longer needed.
lea-consent-required = You must agree to the processing of your data to register

## Plausibility rules
lea-rule-british = This registration is only for British citizens. Choose United Kingdom if you are British
lea-rule-adult = You must be 18 or over to register yourself. Add children as family members of a parent
lea-rule-email-match = The email addresses do not match
lea-rule-arrival-before-2021 = You must have moved to Germany before 1 January 2021 to register under the Withdrawal Agreement
lea-rule-child-younger = A child must be younger than you
lea-rule-one-partner = You can add only one spouse or registered partner
