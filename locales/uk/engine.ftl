# Повідомлення рушія форм: помилки перевірки та елементи інтерфейсу.
### status: draft
# Статус: чернетка команди розробників, не перевірена носієм української мови.

## Помилки перевірки (error-<code>)
error-required = Заповніть поле «{ $label }»
error-required-choice = Виберіть відповідь у полі «{ $label }»
error-required-consent = Позначте «{ $label }», щоб продовжити
error-wrong-type = Поле «{ $label }» надіслано у вигляді, який сервіс не може прочитати. Введіть його ще раз
error-too-short = Поле «{ $label }» має містити щонайменше { $min ->
    [one] { $min } символ
    [few] { $min } символи
    [many] { $min } символів
   *[other] { $min } символу
  }
error-too-long = Поле «{ $label }» може містити щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
  }
error-pattern = Введіть «{ $label }» у правильному форматі
error-characters = { $why ->
    [look-alike] «{ $label }» містить літери, схожі на латинські, але не латинські: { $found }. Введіть їх знову в латинській розкладці клавіатури
    [not-latin] Напишіть «{ $label }» латинськими літерами (від A до Z, також із діакритичними знаками, як-от é, ł або ß)
   *[other] «{ $label }» містить символи, які не можна використовувати: { $found }
  }
error-invalid-email = Введіть адресу електронної пошти у правильному форматі, наприклад name@example.com
error-invalid-tel = Введіть номер телефону, наприклад 030 90269 0 або +49 30 90269 0
error-invalid-iban = Введіть «{ $label }» як IBAN у правильному форматі, наприклад DE89 3704 0044 0532 0130 00
error-invalid-integer = «{ $label }» має бути цілим числом
error-invalid-decimal = «{ $label }» має бути числом
error-ambiguous-decimal = «{ $label }»: ви маєте на увазі { $whole } чи { $fraction }? Введіть число без роздільника тисяч
error-too-small = «{ $label }» має бути не менше { $min }
error-too-large = «{ $label }» має бути не більше { $max }
error-invalid-date = «{ $label }» має бути справжньою датою
error-date-incomplete = У полі «{ $label }» вкажіть { $missing ->
    [day] день
    [month] місяць
    [year] рік
    [day-month] день і місяць
    [day-year] день і рік
   *[month-year] місяць і рік
  }
error-date-too-early = «{ $label }» не може бути раніше { $min }
error-date-too-late = «{ $label }» не може бути пізніше { $max }
error-invalid-time = «{ $label }» має бути справжнім часом, наприклад 14:30
error-time-too-early = «{ $label }» не може бути раніше { $min }
error-time-too-late = «{ $label }» не може бути пізніше { $max }
error-invalid-partial-date = «{ $label }» має бути справжньою датою; день або день і місяць можна не вказувати
error-invalid-choice = Виберіть один із варіантів у полі «{ $label }»
error-too-few-selected = Виберіть щонайменше { $min ->
    [one] { $min } варіант
    [few] { $min } варіанти
    [many] { $min } варіантів
   *[other] { $min } варіанта
  } у полі «{ $label }»
error-too-many-selected = Виберіть щонайбільше { $max ->
    [one] { $max } варіант
    [few] { $max } варіанти
    [many] { $max } варіантів
   *[other] { $max } варіанта
  } у полі «{ $label }»
error-exclusive-option = Виберіть у полі «{ $label }» або «{ $option }», або інші варіанти, але не те й інше разом
error-too-few-items = Додайте до розділу «{ $label }» щонайменше { $min ->
    [one] { $min } запис
    [few] { $min } записи
    [many] { $min } записів
   *[other] { $min } запису
  }
error-too-many-items = До розділу «{ $label }» можна додати щонайбільше { $max ->
    [one] { $max } запис
    [few] { $max } записи
    [many] { $max } записів
   *[other] { $max } запису
  }
error-not-an-object = Не вдалося прочитати відповіді. Оновіть сторінку та спробуйте ще раз
error-plausibility = Перевірте відповіді: вони не узгоджуються між собою

## Елементи інтерфейсу
form-error-summary-title = Виникла проблема
form-error-prefix = Помилка:
form-page-title-error-prefix = Помилка: { $title }
form-continue = Продовжити
form-back = Назад
form-check-answers = Перевірте свої відповіді
form-change = Змінити
form-add-another = { $items ->
    [none] Додати
   *[some] Додати ще
  }
form-group-full = Не можна додати більше ніж { $max }.
form-submit = Надіслати
form-date-day = День
form-date-month = Місяць
form-date-year = Рік
form-progress = Крок { $current } з { $total }
form-date-order = day month year
form-date-written = { $day } { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
  } { $year }
form-month-written = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
  } { $year }
form-decimal-separator = ,
form-group-separator = {"\u00A0"}
form-list-separator = {", "}
unit-eur = €
unit-m2 = м²
unit-kg = кг
form-language = Мова
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = Видалити: { $label } { $number }
form-submitted = Ваші відповіді надіслано
form-reference = Номер вашого звернення: { $reference }
form-sending = Надсилання…
form-send-retry = Не вдалося надіслати відповіді. Ми автоматично спробуємо ще раз.
form-loading = Завантаження форми…
form-problem-unavailable-title = Зараз цю форму неможливо показати
form-problem-unavailable = Перевірте з’єднання з інтернетом і спробуйте ще раз. Якщо це не допоможе, можливо, сервіс недоступний: спробуйте пізніше.
form-problem-no-webassembly = Налаштування вашого браузера не дозволяють запустити цю форму (на iPhone та iPad так діє режим блокування). Відкрийте сторінку в іншому браузері або вимкніть режим блокування для цього сайту.
form-try-again = Спробувати ще раз
form-offline = Немає з’єднання з інтернетом. Ваші відповіді збережено тут, і їх буде надіслано, щойно з’єднання відновиться.
form-problem-not-sent-title = Ваші відповіді не надіслано
form-problem-down = Сервіс зараз недоступний. Ваші відповіді залишилися тут: спробуйте пізніше. Ви також можете скопіювати відповіді, щоб зберегти їх.
form-problem-too-large = Ваші відповіді задовгі для надсилання. Скоротіть найдовші відповіді й надішліть їх знову.
form-problem-rejected = Сервіс не прийняв ваші відповіді через проблему з цією формою. Ваші відповіді залишилися тут: скопіюйте їх і спробуйте пізніше або зверніться до установи.
form-problem-changed = Ця форма змінилася відтоді, як ви її відкрили. Скопіюйте відповіді, перезавантажте сторінку й введіть їх знову.
form-copy-answers = Скопіювати відповіді
form-copied = Ваші відповіді скопійовано.
form-copy-refused = Браузер не дозволив копіювання. Ваші відповіді виділено нижче: скопіюйте їх самостійно.
form-language-loading = Завантаження вибраної мови:
form-language-failed = Не вдалося завантажити цю мову. Перевірте з’єднання й виберіть її знову.
form-keep-draft = Зберегти мої відповіді на цьому пристрої
form-not-answered = Немає відповіді
form-yes = Так
form-no = Ні
form-or = або
