### status: draft
pd-title = Integrationskurs
pd-heading = Angaben zu Ihnen und zum Kurs
pd-born = Monat und Jahr der Geburt
pd-arrived = Jahr der Einreise nach Deutschland
pd-passport-issued = Ausstellungsdatum Ihres Passes
pd-passport-issued-hint = Wie im Pass: Tag oder Tag und Monat dürfen fehlen
pd-course-start = Kursbeginn
pd-youth-course = Ich möchte an einem Jugendintegrationskurs teilnehmen (unter 27)
pd-children = Anzahl der Kinder
pd-fee = Bisher gezahlte Gebühr in Euro
pd-too-old-for-youth-course = Jugendintegrationskurse sind für Menschen, die bei Kursbeginn jünger als 27 sind
pd-arrived-before-birth = Das Jahr der Einreise kann nicht vor dem Geburtsjahr liegen
