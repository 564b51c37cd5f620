### status: draft
pp-title = Заява на дозвіл на паркування для мешканців
pp-page-vehicle = Ваш автомобіль
pp-plate = Номерний знак
pp-holder = На кого зареєстровано автомобіль?
pp-holder-self = На мене
pp-holder-employer = На мого роботодавця
pp-holder-leasing = На лізингову компанію
pp-page-you = Про вас
pp-full-name = Повне ім'я
pp-birth-date = Дата народження
pp-yes = Так
pp-no = Ні
pp-email = Електронна пошта
