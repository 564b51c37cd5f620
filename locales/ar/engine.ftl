# رسائل محرك النماذج: أخطاء التحقق وعناصر الواجهة.
### status: draft
# حالة المراجعة: مسودة من فريق التطوير، لم يراجعها متحدث أصلي باللغة العربية.
# رسائل الأخطاء تخاطب القارئ بصيغة الأمر (أدخل، اختر، أضف)، فلا يتوقف الفعل على جنس «{ $label }»:
# التسمية قد تكون مذكّرة أو مؤنثة، و«يجب أن يكون» لا يناسب إلا المذكّر.

## أخطاء التحقق (error-<code>)
error-required = أدخل إجابة في «{ $label }»
error-required-choice = اختر إجابة في «{ $label }»
error-required-consent = ضع علامة على «{ $label }» للمتابعة
error-wrong-type = أُرسلت الإجابة في «{ $label }» بصيغة لا تستطيع الخدمة قراءتها. أدخلها مرة أخرى
error-too-short = أدخل في «{ $label }» { $min ->
    [zero] { $min } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
  } على الأقل
error-too-long = أدخل في «{ $label }» { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  } على الأكثر
error-pattern = أدخل «{ $label }» بالصيغة الصحيحة
error-characters = { $why ->
    [look-alike] في «{ $label }» حروف تشبه الحروف اللاتينية وليست منها: { $found }. اكتبها مرة أخرى بلوحة مفاتيح لاتينية
    [not-latin] اكتب «{ $label }» بالحروف اللاتينية (من A إلى Z، ويجوز معها علامات مثل é أو ł أو ß)
   *[other] لا يمكن استخدام هذه الأحرف في «{ $label }»: { $found }
  }
error-invalid-email = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
error-invalid-tel = أدخل رقم هاتف، مثل 030 90269 0 أو +49 30 90269 0
error-invalid-iban = أدخل «{ $label }» رقم IBAN بالصيغة الصحيحة، مثل DE89 3704 0044 0532 0130 00
error-invalid-integer = أدخل «{ $label }» عددًا صحيحًا
error-invalid-decimal = أدخل «{ $label }» عددًا
error-ambiguous-decimal = «{ $label }»: هل تقصد { $whole } أم { $fraction }؟ أدخل العدد دون فاصل الآلاف
error-too-small = أدخل في «{ $label }» { $min } أو أكثر
error-too-large = أدخل في «{ $label }» { $max } أو أقل
error-invalid-date = أدخل «{ $label }» تاريخًا صحيحًا
error-date-incomplete = أضف إلى «{ $label }» { $missing ->
    [day] اليوم
    [month] الشهر
    [year] السنة
    [day-month] اليوم والشهر
    [day-year] اليوم والسنة
   *[month-year] الشهر والسنة
  }
error-date-too-early = أدخل في «{ $label }» تاريخًا في { $min } أو بعده
error-date-too-late = أدخل في «{ $label }» تاريخًا في { $max } أو قبله
error-invalid-time = أدخل «{ $label }» وقتًا صحيحًا، مثل 14:30
error-time-too-early = أدخل في «{ $label }» وقتًا في الساعة { $min } أو بعدها
error-time-too-late = أدخل في «{ $label }» وقتًا في الساعة { $max } أو قبلها
error-invalid-partial-date = أدخل «{ $label }» تاريخًا صحيحًا؛ يمكنك ترك اليوم، أو اليوم والشهر
error-invalid-choice = اختر أحد الخيارات في «{ $label }»
error-too-few-selected = اختر في «{ $label }» { $min ->
    [zero] { $min } خيار
    [one] خيارًا واحدًا
    [two] خيارين
    [few] { $min } خيارات
    [many] { $min } خيارًا
   *[other] { $min } خيار
  } على الأقل
error-too-many-selected = اختر في «{ $label }» { $max ->
    [zero] { $max } خيار
    [one] خيارًا واحدًا
    [two] خيارين
    [few] { $max } خيارات
    [many] { $max } خيارًا
   *[other] { $max } خيار
  } على الأكثر
error-exclusive-option = اختر في «{ $label }» إما «{ $option }» وحده أو خيارات أخرى، لا كليهما
error-too-few-items = أضف إلى «{ $label }» { $min ->
    [zero] { $min } إدخال
    [one] إدخالًا واحدًا
    [two] إدخالين
    [few] { $min } إدخالات
    [many] { $min } إدخالًا
   *[other] { $min } إدخال
  } على الأقل
error-too-many-items = يمكنك أن تضيف إلى «{ $label }» { $max ->
    [zero] { $max } إدخال
    [one] إدخالًا واحدًا
    [two] إدخالين
    [few] { $max } إدخالات
    [many] { $max } إدخالًا
   *[other] { $max } إدخال
  } على الأكثر
error-not-an-object = تعذّرت قراءة الإجابات. أعد تحميل الصفحة وحاول مرة أخرى
error-plausibility = راجع إجاباتك: إنها لا تتوافق مع بعضها

## عناصر الواجهة
form-error-summary-title = توجد مشكلة
form-error-prefix = خطأ:
form-page-title-error-prefix = خطأ: { $title }
form-continue = متابعة
form-back = رجوع
form-check-answers = راجع إجاباتك
form-change = تغيير
form-add-another = { $items ->
    [none] إضافة
   *[some] إضافة المزيد
  }
form-group-full = لا يمكنك إضافة أكثر من { $max }.
form-submit = إرسال
form-date-day = اليوم
form-date-month = الشهر
form-date-year = السنة
form-progress = الخطوة { $current } من { $total }
form-date-order = day month year
form-date-written = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
  } { $year }
form-month-written = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
  } { $year }
form-decimal-separator = .
form-group-separator = ,
form-list-separator = {"، "}
unit-eur = €
unit-m2 = م²
unit-kg = كغ
form-language = اللغة
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = حذف { $label } { $number }
form-submitted = تم إرسال إجاباتك
form-reference = رقم معاملتك هو { $reference }
form-sending = جارٍ الإرسال…
form-send-retry = تعذّر إرسال إجاباتك. سنحاول مرة أخرى تلقائيًا.
form-loading = جارٍ تحميل النموذج…
form-problem-unavailable-title = لا يمكن عرض هذا النموذج حاليًا
form-problem-unavailable = تحقّق من اتصالك بالإنترنت وحاول مرة أخرى. إذا استمرت المشكلة فقد تكون الخدمة متوقفة: يُرجى المحاولة لاحقًا.
form-problem-no-webassembly = لا تسمح إعدادات متصفحك بتشغيل هذا النموذج (على iPhone وiPad يفعل ذلك «وضع القفل»). افتح الصفحة في متصفح آخر، أو أوقف «وضع القفل» لهذا الموقع.
form-try-again = حاول مرة أخرى
form-offline = أنت غير متصل بالإنترنت. إجاباتك محفوظة هنا وستُرسل فور عودة الاتصال.
form-problem-not-sent-title = لم تُرسل إجاباتك
form-problem-down = لا يمكن الوصول إلى الخدمة حاليًا. إجاباتك لا تزال هنا: حاول مرة أخرى لاحقًا. يمكنك أيضًا نسخ إجاباتك للاحتفاظ بها.
form-problem-too-large = إجاباتك أطول من أن تُرسل. اختصر أطول إجاباتك ثم أرسلها مرة أخرى.
form-problem-rejected = لم تقبل الخدمة إجاباتك بسبب مشكلة في هذا النموذج. إجاباتك لا تزال هنا: انسخها وحاول مرة أخرى لاحقًا، أو تواصل مع المكتب.
form-problem-changed = تغيّر هذا النموذج منذ أن فتحته. انسخ إجاباتك، ثم أعد تحميل الصفحة وأدخلها من جديد.
form-copy-answers = انسخ إجاباتك
form-copied = تم نسخ إجاباتك.
form-copy-refused = لم يسمح متصفحك بالنسخ. إجاباتك محدّدة أدناه: انسخها بنفسك.
form-language-loading = جارٍ تحميل اللغة التي اخترتها:
form-language-failed = تعذّر تحميل هذه اللغة. تحقّق من اتصالك واخترها مرة أخرى.
form-keep-draft = احفظ إجاباتي على هذا الجهاز
form-not-answered = لم تتم الإجابة
form-yes = نعم
form-no = لا
form-or = أو
