# A small form for partial dates with a precision, comparisons of partial and full dates, and digits of other scripts.
### status: reference
pd-title = Integration course
pd-heading = About you and the course
pd-born = Month and year of birth
pd-arrived = Year of arrival in Germany
pd-passport-issued = Date your passport was issued
pd-passport-issued-hint = As on the passport: the day, or the day and month, may be missing
pd-course-start = Course start
pd-youth-course = I want to join a youth course (under 27)
pd-children = Number of children
pd-fee = Fee paid so far, in euros
pd-too-old-for-youth-course = Youth courses are for people under 27 when the course starts
pd-arrived-before-birth = The year of arrival cannot be before the year of birth
