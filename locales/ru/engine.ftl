# Сообщения движка форм: ошибки проверки и элементы интерфейса.
### status: draft
# Статус: черновик команды разработчиков, не проверен носителем русского языка.

## Ошибки проверки (error-<code>)
error-required = Заполните поле «{ $label }»
error-required-choice = Выберите ответ в поле «{ $label }»
error-required-consent = Отметьте «{ $label }», чтобы продолжить
error-wrong-type = Поле «{ $label }» отправлено в виде, который сервис не может прочитать. Введите его ещё раз
error-too-short = Поле «{ $label }» должно содержать не менее { $min ->
    [one] { $min } символа
    [few] { $min } символов
    [many] { $min } символов
   *[other] { $min } символа
  }
error-too-long = Поле «{ $label }» должно содержать не более { $max ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
  }
error-pattern = Введите «{ $label }» в правильном формате
error-characters = { $why ->
    [look-alike] «{ $label }» содержит буквы, которые похожи на латинские, но ими не являются: { $found }. Введите их заново в латинской раскладке клавиатуры
    [not-latin] Напишите «{ $label }» латинскими буквами (от A до Z, также с диакритическими знаками, например é, ł или ß)
   *[other] «{ $label }» содержит символы, которые нельзя использовать: { $found }
  }
error-invalid-email = Введите адрес электронной почты в правильном формате, например name@example.com
error-invalid-tel = Введите номер телефона, например 030 90269 0 или +49 30 90269 0
error-invalid-iban = Введите «{ $label }» как IBAN в правильном формате, например DE89 3704 0044 0532 0130 00
error-invalid-integer = В поле «{ $label }» должно быть целое число
error-invalid-decimal = В поле «{ $label }» должно быть число
error-ambiguous-decimal = «{ $label }»: вы имеете в виду { $whole } или { $fraction }? Введите число без разделителя тысяч
error-too-small = Значение в поле «{ $label }» должно быть не меньше { $min }
error-too-large = Значение в поле «{ $label }» должно быть не больше { $max }
error-invalid-date = В поле «{ $label }» должна быть существующая дата
error-date-incomplete = В поле «{ $label }» укажите { $missing ->
    [day] день
    [month] месяц
    [year] год
    [day-month] день и месяц
    [day-year] день и год
   *[month-year] месяц и год
  }
error-date-too-early = «{ $label }» не может быть раньше { $min }
error-date-too-late = «{ $label }» не может быть позже { $max }
error-invalid-time = В поле «{ $label }» должно быть существующее время, например 14:30
error-time-too-early = «{ $label }» не может быть раньше { $min }
error-time-too-late = «{ $label }» не может быть позже { $max }
error-invalid-partial-date = В поле «{ $label }» должна быть существующая дата; день или день и месяц можно не указывать
error-invalid-choice = Выберите один из вариантов в поле «{ $label }»
error-too-few-selected = Выберите не менее { $min ->
    [one] { $min } варианта
    [few] { $min } вариантов
    [many] { $min } вариантов
   *[other] { $min } варианта
  } в поле «{ $label }»
error-too-many-selected = Выберите не более { $max ->
    [one] { $max } варианта
    [few] { $max } вариантов
    [many] { $max } вариантов
   *[other] { $max } варианта
  } в поле «{ $label }»
error-exclusive-option = Выберите в поле «{ $label }» либо «{ $option }», либо другие варианты, но не то и другое вместе
error-too-few-items = Добавьте в раздел «{ $label }» не менее { $min ->
    [one] { $min } записи
    [few] { $min } записей
    [many] { $min } записей
   *[other] { $min } записи
  }
error-too-many-items = В раздел «{ $label }» можно добавить не более { $max ->
    [one] { $max } записи
    [few] { $max } записей
    [many] { $max } записей
   *[other] { $max } записи
  }
error-not-an-object = Не удалось прочитать ответы. Обновите страницу и попробуйте ещё раз
error-plausibility = Проверьте ответы: они не согласуются друг с другом

## Элементы интерфейса
form-error-summary-title = Возникла проблема
form-error-prefix = Ошибка:
form-page-title-error-prefix = Ошибка: { $title }
form-continue = Продолжить
form-back = Назад
form-check-answers = Проверьте свои ответы
form-change = Изменить
form-add-another = { $items ->
    [none] Добавить
   *[some] Добавить ещё
  }
form-group-full = Нельзя добавить больше { $max }.
form-submit = Отправить
form-date-day = День
form-date-month = Месяц
form-date-year = Год
form-progress = Шаг { $current } из { $total }
form-date-order = day month year
form-date-written = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
  } { $year }
form-month-written = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
  } { $year }
form-decimal-separator = ,
form-group-separator = {"\u00A0"}
form-list-separator = {", "}
unit-eur = €
unit-m2 = м²
unit-kg = кг
form-language = Язык
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = Удалить: { $label } { $number }
form-submitted = Ваши ответы отправлены
form-reference = Номер вашего обращения: { $reference }
form-sending = Отправка…
form-send-retry = Не удалось отправить ответы. Мы автоматически попробуем ещё раз.
form-loading = Загрузка формы…
form-problem-unavailable-title = Сейчас эту форму невозможно показать
form-problem-unavailable = Проверьте подключение к интернету и попробуйте ещё раз. Если это не поможет, возможно, сервис недоступен: попробуйте позже.
form-problem-no-webassembly = Настройки вашего браузера не позволяют запустить эту форму (на iPhone и iPad так действует режим блокировки). Откройте страницу в другом браузере или отключите режим блокировки для этого сайта.
form-try-again = Попробовать ещё раз
form-offline = Нет подключения к интернету. Ваши ответы сохранены здесь и будут отправлены, как только подключение восстановится.
form-problem-not-sent-title = Ваши ответы не отправлены
form-problem-down = Сервис сейчас недоступен. Ваши ответы остались здесь: попробуйте позже. Вы также можете скопировать ответы, чтобы сохранить их.
form-problem-too-large = Ваши ответы слишком длинные для отправки. Сократите самые длинные ответы и отправьте их снова.
form-problem-rejected = Сервис не принял ваши ответы из-за проблемы с этой формой. Ваши ответы остались здесь: скопируйте их и попробуйте позже или обратитесь в ведомство.
form-problem-changed = Эта форма изменилась с тех пор, как вы её открыли. Скопируйте ответы, перезагрузите страницу и введите их снова.
form-copy-answers = Скопировать ответы
form-copied = Ваши ответы скопированы.
form-copy-refused = Браузер не разрешил копирование. Ваши ответы выделены ниже: скопируйте их сами.
form-language-loading = Загрузка выбранного языка:
form-language-failed = Не удалось загрузить этот язык. Проверьте подключение и выберите его снова.
form-keep-draft = Сохранить мои ответы на этом устройстве
form-not-answered = Нет ответа
form-yes = Да
form-no = Нет
form-or = или
