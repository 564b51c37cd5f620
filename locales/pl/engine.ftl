# Komunikaty silnika formularzy: błędy walidacji i elementy interfejsu.
### status: draft
# Status: wersja robocza zespołu programistów, niesprawdzona przez rodzimego użytkownika języka polskiego.

## Błędy walidacji (error-<code>)
error-required = Podaj odpowiedź w polu „{ $label }”
error-required-choice = Wybierz odpowiedź w polu „{ $label }”
error-required-consent = Zaznacz „{ $label }”, aby kontynuować
error-wrong-type = Pole „{ $label }” zostało wysłane w formie, której usługa nie może odczytać. Wpisz je ponownie
error-too-short = Pole „{ $label }” musi mieć co najmniej { $min ->
    [one] { $min } znak
    [few] { $min } znaki
    [many] { $min } znaków
   *[other] { $min } znaku
  }
error-too-long = Pole „{ $label }” może mieć najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
  }
error-pattern = Wpisz „{ $label }” w prawidłowym formacie
error-characters = { $why ->
    [look-alike] „{ $label }” zawiera litery, które wyglądają jak łacińskie, ale nimi nie są: { $found }. Wpisz je ponownie na klawiaturze łacińskiej
    [not-latin] Wpisz „{ $label }” literami łacińskimi (od A do Z, także ze znakami diakrytycznymi, np. é, ł lub ß)
   *[other] „{ $label }” zawiera znaki, których nie można użyć: { $found }
  }
error-invalid-email = Wpisz adres e-mail w prawidłowym formacie, np. nazwa@example.com
error-invalid-tel = Wpisz numer telefonu, np. 030 90269 0 lub +49 30 90269 0
error-invalid-iban = Wpisz „{ $label }” jako numer IBAN w prawidłowym formacie, np. DE89 3704 0044 0532 0130 00
error-invalid-integer = „{ $label }” musi być liczbą całkowitą
error-invalid-decimal = „{ $label }” musi być liczbą
error-ambiguous-decimal = „{ $label }”: czy chodzi o { $whole }, czy o { $fraction }? Wpisz liczbę bez separatora tysięcy
error-too-small = „{ $label }” musi wynosić co najmniej { $min }
error-too-large = „{ $label }” może wynosić najwyżej { $max }
error-invalid-date = „{ $label }” musi być prawdziwą datą
error-date-incomplete = „{ $label }” musi zawierać { $missing ->
    [day] dzień
    [month] miesiąc
    [year] rok
    [day-month] dzień i miesiąc
    [day-year] dzień i rok
   *[month-year] miesiąc i rok
  }
error-date-too-early = Data w polu „{ $label }” nie może być wcześniejsza niż { $min }
error-date-too-late = Data w polu „{ $label }” nie może być późniejsza niż { $max }
error-invalid-time = „{ $label }” musi być prawdziwą godziną, na przykład 14:30
error-time-too-early = „{ $label }” nie może być wcześniej niż o { $min }
error-time-too-late = „{ $label }” nie może być później niż o { $max }
error-invalid-partial-date = „{ $label }” musi być prawdziwą datą; możesz pominąć dzień albo dzień i miesiąc
error-invalid-choice = Wybierz jedną z opcji w polu „{ $label }”
error-too-few-selected = Wybierz co najmniej { $min ->
    [one] { $min } opcję
    [few] { $min } opcje
    [many] { $min } opcji
   *[other] { $min } opcji
  } w polu „{ $label }”
error-too-many-selected = Wybierz najwyżej { $max ->
    [one] { $max } opcję
    [few] { $max } opcje
    [many] { $max } opcji
   *[other] { $max } opcji
  } w polu „{ $label }”
error-exclusive-option = Wybierz w polu „{ $label }” albo „{ $option }”, albo inne opcje, nie jedno i drugie
error-too-few-items = Dodaj co najmniej { $min ->
    [one] { $min } wpis
    [few] { $min } wpisy
    [many] { $min } wpisów
   *[other] { $min } wpisu
  } w sekcji „{ $label }”
error-too-many-items = W sekcji „{ $label }” możesz dodać najwyżej { $max ->
    [one] { $max } wpis
    [few] { $max } wpisy
    [many] { $max } wpisów
   *[other] { $max } wpisu
  }
error-not-an-object = Nie udało się odczytać odpowiedzi. Odśwież stronę i spróbuj ponownie
error-plausibility = Sprawdź odpowiedzi: nie pasują do siebie

## Elementy interfejsu
form-error-summary-title = Wystąpił problem
form-error-prefix = Błąd:
form-page-title-error-prefix = Błąd: { $title }
form-continue = Dalej
form-back = Wstecz
form-check-answers = Sprawdź swoje odpowiedzi
form-change = Zmień
form-add-another = { $items ->
    [none] Dodaj
   *[some] Dodaj kolejny element
  }
form-group-full = Nie można dodać więcej niż { $max }.
form-submit = Wyślij
form-date-day = Dzień
form-date-month = Miesiąc
form-date-year = Rok
form-progress = Krok { $current } z { $total }
form-date-order = day month year
form-date-written = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
  } { $year }
form-month-written = { $month ->
    [1] styczeń
    [2] luty
    [3] marzec
    [4] kwiecień
    [5] maj
    [6] czerwiec
    [7] lipiec
    [8] sierpień
    [9] wrzesień
    [10] październik
    [11] listopad
   *[12] grudzień
  } { $year }
form-decimal-separator = ,
form-group-separator = {"\u00A0"}
form-list-separator = {", "}
unit-eur = €
unit-m2 = m²
unit-kg = kg
form-language = Język
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = Usuń: { $label } { $number }
form-submitted = Twoje odpowiedzi zostały wysłane
form-reference = Twój numer sprawy to { $reference }
form-sending = Wysyłanie…
form-send-retry = Nie udało się wysłać odpowiedzi. Spróbujemy ponownie automatycznie.
form-loading = Wczytywanie formularza…
form-problem-unavailable-title = Tego formularza nie można teraz wyświetlić
form-problem-unavailable = Sprawdź połączenie z internetem i spróbuj ponownie. Jeśli nadal nie działa, usługa może być niedostępna: spróbuj ponownie później.
form-problem-no-webassembly = Ustawienia przeglądarki nie pozwalają uruchomić tego formularza (na iPhonie i iPadzie robi to Tryb blokady). Otwórz stronę w innej przeglądarce albo wyłącz Tryb blokady dla tej witryny.
form-try-again = Spróbuj ponownie
form-offline = Jesteś offline. Twoje odpowiedzi są tu zachowane i zostaną wysłane, gdy tylko znów będziesz online.
form-problem-not-sent-title = Twoje odpowiedzi nie zostały wysłane
form-problem-down = Usługa jest obecnie niedostępna. Twoje odpowiedzi nadal tu są: spróbuj ponownie później. Możesz też skopiować odpowiedzi, aby je zachować.
form-problem-too-large = Twoje odpowiedzi są zbyt długie, by je wysłać. Skróć najdłuższe odpowiedzi i wyślij je ponownie.
form-problem-rejected = Usługa nie przyjęła odpowiedzi z powodu problemu z tym formularzem. Twoje odpowiedzi nadal tu są: skopiuj je i spróbuj ponownie później albo skontaktuj się z urzędem.
form-problem-changed = Ten formularz zmienił się, odkąd go otwarto. Skopiuj odpowiedzi, wczytaj stronę ponownie i wpisz je jeszcze raz.
form-copy-answers = Skopiuj odpowiedzi
form-copied = Odpowiedzi zostały skopiowane.
form-copy-refused = Przeglądarka nie pozwoliła na skopiowanie. Odpowiedzi są zaznaczone poniżej: skopiuj je samodzielnie.
form-language-loading = Wczytywanie wybranego języka:
form-language-failed = Nie udało się wczytać tego języka. Sprawdź połączenie i wybierz go ponownie.
form-keep-draft = Zachowaj moje odpowiedzi na tym urządzeniu
form-not-answered = Brak odpowiedzi
form-yes = Tak
form-no = Nie
form-or = lub
