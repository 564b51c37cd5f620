# Реєстрація собаки для сплати податку на собак.
### status: draft
dt-title = Зареєструвати собаку для податку на собак
dt-owner = Власниця або власник
dt-owner-name = Повне ім'я
dt-owner-born = Дата народження
dt-is-company = Ви утримуєте собаку як підприємство?
dt-yes = Так
dt-no = Ні
dt-company = Назва підприємства
dt-dogs = Ваші собаки
dt-dog-list = Собаки
dt-dog = Собака
dt-dog-name = Кличка собаки
dt-dog-breed = Порода
dt-breed-mixed = Метис
dt-breed-labrador = Лабрадор
dt-breed-pitbull = Пітбультер'єр
dt-breed-dachshund = Такса
dt-breed-other = Інша порода
dt-dog-since = Відколи ви утримуєте собаку?
dt-dog-weight = Вага в кілограмах
dt-dog-test = Собака склала тест на поведінку
dt-dog-before-owner = Ви не могли утримувати собаку до свого народження
dt-exempt = Звільнення від податку
dt-exempt-guide = Собака-поводир
dt-exempt-rescue = Рятувальна собака
dt-exempt-rescue-hint = Лише зі складеним іспитом
dt-pay = Оплата
dt-iban = IBAN для прямого дебету
dt-email = Адреса електронної пошти
dt-start = Початок податкового обов'язку
dt-remarks = Примітки
dt-too-many = { $dog_list ->
    [one] Ви можете утримувати щонайбільше одного пітбультер'єра
    [few] Серед ваших { $dog_list } собак може бути щонайбільше один пітбультер'єр
    [many] Серед ваших { $dog_list } собак може бути щонайбільше один пітбультер'єр
   *[other] Серед ваших { $dog_list } собак може бути щонайбільше один пітбультер'єр
  }
