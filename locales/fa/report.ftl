# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# وضعیت بازبینی: پیش‌نویس تیم توسعه؛ هنوز توسط گویشور بومی فارسی بازبینی نشده است.

## Reports of a submission (form validate, case workers' tools)
report-valid = اطلاعات ارسال‌شده معتبر است.
report-invalid = { $count ->
    [one] اطلاعات ارسال‌شده { $count } مشکل دارد:
   *[other] اطلاعات ارسال‌شده { $count } مشکل دارد:
  }
report-dropped-hidden = حذف شد (پنهان): { $path }
report-dropped-unknown = حذف شد (در فرم نیست): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = فارسی
