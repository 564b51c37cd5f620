# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# حالة المراجعة: مسودة من فريق التطوير، لم يراجعها متحدث أصلي باللغة العربية.

## Reports of a submission (form validate, case workers' tools)
report-valid = البيانات المقدمة صحيحة.
report-invalid = { $count ->
    [zero] لا توجد مشكلات في البيانات المقدمة:
    [one] في البيانات المقدمة مشكلة واحدة:
    [two] في البيانات المقدمة مشكلتان:
    [few] في البيانات المقدمة { $count } مشكلات:
    [many] في البيانات المقدمة { $count } مشكلة:
   *[other] في البيانات المقدمة { $count } مشكلة:
  }
report-dropped-hidden = حُذف (مخفي): { $path }
report-dropped-unknown = حُذف (ليس في النموذج): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = العربية
