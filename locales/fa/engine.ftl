# پیام‌های موتور فرم: خطاهای اعتبارسنجی و اجزای رابط کاربری.
### status: draft
# وضعیت بازبینی: پیش‌نویس تیم توسعه؛ هنوز توسط گویشور بومی فارسی بازبینی نشده است.

## خطاهای اعتبارسنجی (error-<code>)
error-required = برای «{ $label }» پاسخی وارد کنید
error-required-choice = برای «{ $label }» یک گزینه انتخاب کنید
error-required-consent = برای ادامه، «{ $label }» را علامت بزنید
error-wrong-type = «{ $label }» به شکلی فرستاده شده که سرویس نمی‌تواند آن را بخواند. دوباره وارد کنید
error-too-short = «{ $label }» باید دست‌کم { $min ->
    [one] { $min } نویسه
   *[other] { $min } نویسه
  } باشد
error-too-long = «{ $label }» باید حداکثر { $max ->
    [one] { $max } نویسه
   *[other] { $max } نویسه
  } باشد
error-pattern = «{ $label }» را با قالب درست وارد کنید
error-characters = { $why ->
    [look-alike] «{ $label }» حروفی دارد که شبیه حروف لاتین‌اند ولی لاتین نیستند: { $found }. آن‌ها را دوباره با صفحه‌کلید لاتین بنویسید
    [not-latin] «{ $label }» را با حروف لاتین بنویسید (A تا Z، همچنین حروف نشانه‌دار مانند é، ł یا ß)
   *[other] این نویسه‌ها را نمی‌توان در «{ $label }» به کار برد: { $found }
  }
error-invalid-email = نشانی ایمیل را با قالب درست وارد کنید، مانند name@example.com
error-invalid-tel = شماره تلفن وارد کنید، مانند 030 90269 0 یا +49 30 90269 0
error-invalid-iban = «{ $label }» را به‌صورت شمارهٔ IBAN با قالب درست وارد کنید، مانند DE89 3704 0044 0532 0130 00
error-invalid-integer = «{ $label }» باید عدد صحیح باشد
error-invalid-decimal = «{ $label }» باید عدد باشد
error-ambiguous-decimal = «{ $label }»: منظورتان { $whole } است یا { $fraction }؟ عدد را بدون جداکنندهٔ هزارگان وارد کنید
error-too-small = «{ $label }» باید { $min } یا بیشتر باشد
error-too-large = «{ $label }» باید { $max } یا کمتر باشد
error-invalid-date = «{ $label }» باید تاریخی واقعی باشد
error-date-incomplete = «{ $label }» باید { $missing ->
    [day] روز
    [month] ماه
    [year] سال
    [day-month] روز و ماه
    [day-year] روز و سال
   *[month-year] ماه و سال
  } را داشته باشد
error-date-too-early = «{ $label }» نباید پیش از { $min } باشد
error-date-too-late = «{ $label }» نباید پس از { $max } باشد
error-invalid-time = «{ $label }» باید زمانی واقعی باشد، مانند 14:30
error-time-too-early = «{ $label }» نباید پیش از ساعت { $min } باشد
error-time-too-late = «{ $label }» نباید پس از ساعت { $max } باشد
error-invalid-partial-date = «{ $label }» باید تاریخی واقعی باشد؛ می‌توانید روز، یا روز و ماه را خالی بگذارید
error-invalid-choice = یکی از گزینه‌های «{ $label }» را انتخاب کنید
error-too-few-selected = برای «{ $label }» دست‌کم { $min ->
    [one] { $min } گزینه
   *[other] { $min } گزینه
  } انتخاب کنید
error-too-many-selected = برای «{ $label }» حداکثر { $max ->
    [one] { $max } گزینه
   *[other] { $max } گزینه
  } انتخاب کنید
error-exclusive-option = برای «{ $label }» یا فقط «{ $option }» را انتخاب کنید یا گزینه‌های دیگر را، نه هر دو
error-too-few-items = دست‌کم { $min ->
    [one] { $min } مورد
   *[other] { $min } مورد
  } به «{ $label }» اضافه کنید
error-too-many-items = حداکثر { $max ->
    [one] { $max } مورد
   *[other] { $max } مورد
  } می‌توانید به «{ $label }» اضافه کنید
error-not-an-object = پاسخ‌ها خوانده نشد. صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید
error-plausibility = پاسخ‌هایتان را بررسی کنید: با هم سازگار نیستند

## اجزای رابط کاربری
form-error-summary-title = مشکلی وجود دارد
form-error-prefix = خطا:
form-page-title-error-prefix = خطا: { $title }
form-continue = ادامه
form-back = بازگشت
form-check-answers = پاسخ‌هایتان را بررسی کنید
form-change = تغییر
form-add-another = { $items ->
    [none] افزودن
   *[some] افزودن مورد دیگر
  }
form-group-full = نمی‌توانید بیش از { $max } مورد اضافه کنید.
form-submit = ارسال
form-date-day = روز
form-date-month = ماه
form-date-year = سال
form-progress = مرحلهٔ { $current } از { $total }
form-date-order = year month day
form-date-written = { $day } { $month ->
    [1] ژانویه
    [2] فوریه
    [3] مارس
    [4] آوریل
    [5] مه
    [6] ژوئن
    [7] ژوئیه
    [8] اوت
    [9] سپتامبر
    [10] اکتبر
    [11] نوامبر
   *[12] دسامبر
  } { $year }
form-month-written = { $month ->
    [1] ژانویه
    [2] فوریه
    [3] مارس
    [4] آوریل
    [5] مه
    [6] ژوئن
    [7] ژوئیه
    [8] اوت
    [9] سپتامبر
    [10] اکتبر
    [11] نوامبر
   *[12] دسامبر
  } { $year }
form-decimal-separator = .
form-group-separator = ,
form-list-separator = {"، "}
unit-eur = €
unit-m2 = m²
unit-kg = کیلوگرم
form-language = زبان
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = حذف { $label } { $number }
form-submitted = پاسخ‌های شما فرستاده شد
form-reference = شمارهٔ پروندهٔ شما { $reference } است
form-sending = در حال ارسال…
form-send-retry = پاسخ‌های شما فرستاده نشد. به‌طور خودکار دوباره تلاش می‌کنیم.
form-loading = در حال بارگذاری فرم…
form-problem-unavailable-title = این فرم هم‌اکنون نمایش داده نمی‌شود
form-problem-unavailable = اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید. اگر باز هم کار نکرد، شاید سرویس از دسترس خارج شده باشد: لطفاً بعداً دوباره تلاش کنید.
form-problem-no-webassembly = تنظیمات مرورگر شما اجازهٔ اجرای این فرم را نمی‌دهد (در iPhone و iPad، «حالت قفل» این کار را می‌کند). صفحه را در مرورگر دیگری باز کنید یا «حالت قفل» را برای این وب‌سایت خاموش کنید.
form-try-again = تلاش دوباره
form-offline = شما آفلاین هستید. پاسخ‌هایتان اینجا نگه داشته می‌شود و به‌محض برقراری دوبارهٔ اتصال فرستاده می‌شود.
form-problem-not-sent-title = پاسخ‌های شما فرستاده نشد
form-problem-down = هم‌اکنون دسترسی به سرویس ممکن نیست. پاسخ‌هایتان هنوز اینجاست: بعداً دوباره تلاش کنید. می‌توانید پاسخ‌هایتان را برای نگه‌داری کپی کنید.
form-problem-too-large = پاسخ‌های شما برای فرستادن بیش از حد طولانی است. طولانی‌ترین پاسخ‌ها را کوتاه کنید و دوباره بفرستید.
form-problem-rejected = سرویس به‌دلیل مشکلی در این فرم پاسخ‌های شما را نپذیرفت. پاسخ‌هایتان هنوز اینجاست: آن‌ها را کپی کنید و بعداً دوباره تلاش کنید، یا با اداره تماس بگیرید.
form-problem-changed = این فرم پس از باز کردن شما تغییر کرده است. پاسخ‌هایتان را کپی کنید، صفحه را دوباره بارگذاری کنید و پاسخ‌ها را دوباره وارد کنید.
form-copy-answers = کپی پاسخ‌ها
form-copied = پاسخ‌های شما کپی شد.
form-copy-refused = مرورگر شما اجازهٔ کپی نداد. پاسخ‌های شما در پایین انتخاب شده‌اند: خودتان آن‌ها را کپی کنید.
form-language-loading = در حال بارگذاری زبانی که انتخاب کردید:
form-language-failed = این زبان بارگذاری نشد. اتصال خود را بررسی کنید و دوباره آن را انتخاب کنید.
form-keep-draft = پاسخ‌هایم را روی این دستگاه نگه دار
form-not-answered = پاسخ داده نشده
form-yes = بله
form-no = خیر
form-or = یا
