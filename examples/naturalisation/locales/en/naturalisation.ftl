### status: reviewed
nat-title = Pre-check: naturalisation
nat-page-you = About you
nat-family-name = Family name
nat-given-names = Given names
nat-born = Date of birth
nat-nationality = Nationality
nat-stateless = I am stateless
nat-page-stays = Your stays in Germany
nat-stays = Stays
nat-stay = Stay
nat-stay-from = From (month and year)
nat-stay-to = Until (month and year)
nat-stay-to-hint = Leave empty if you still live here on this permit
nat-stay-title = Residence permit
nat-title-eu = Free movement (EU)
nat-title-settlement = Settlement permit
nat-title-blue-card = EU Blue Card
nat-title-family = Family reunification
nat-title-study = Studies
nat-title-asylum = Asylum or protection
nat-title-none = No residence permit
nat-stay-order = A stay cannot end ({ $stay_to }) before it began ({ $stay_from })
nat-gaps = Were there gaps between your stays? If so, which?
nat-page-language = German language skills
nat-certificate = How do you show your German language skills?
nat-cert-b1 = B1 certificate
nat-cert-c1 = C1 certificate
nat-cert-school = A school qualification from Germany
nat-cert-none = No proof yet
nat-cert-date = Date of the certificate
nat-course-time = At what time of day could you attend a course?
nat-page-money = Income and contact
nat-sources = What do you live on?
nat-src-work = Work
nat-src-pension = Pension
nat-src-benefits = Social benefits
nat-src-none = No income of my own
nat-net-income = Monthly net income in euros
nat-household = How many people live in your household?
nat-income-low = The income is not enough for { $household ->
    [one] one person
   *[other] { $household } people
} (at least 300 euros a person a month)
nat-iban = IBAN
nat-phone = Telephone number
nat-email = Email address
nat-truth = I confirm that my answers are true
