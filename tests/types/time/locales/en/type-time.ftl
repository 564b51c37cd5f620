# A small form for times of day: as people write them, bounds fixed and from another answer, a condition and a rule on times.
### status: reference
tm-title = Book the community hall
tm-heading = When do you need the hall?
tm-day = Day
tm-from = From
tm-from-hint = For example 14:00 or 2pm; the hall opens at 06:00
tm-to = Until
tm-late-quiet = I will keep the noise down after 20:00
tm-too-short = The hall is booked for at least half an hour: from { $from } until { $to } is less
