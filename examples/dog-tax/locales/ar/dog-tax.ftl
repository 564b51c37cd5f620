# تسجيل كلب لضريبة الكلاب.
### status: draft
dt-title = تسجيل كلب لضريبة الكلاب
dt-owner = المالكة أو المالك
dt-owner-name = الاسم الكامل
dt-owner-born = تاريخ الميلاد
dt-is-company = هل تحتفظ بالكلب بصفتك شركة؟
dt-yes = نعم
dt-no = لا
dt-company = اسم الشركة
dt-dogs = كلابك
dt-dog-list = الكلاب
dt-dog = كلب
dt-dog-name = اسم الكلب
dt-dog-breed = السلالة
dt-breed-mixed = مختلط
dt-breed-labrador = لابرادور
dt-breed-pitbull = بيتبول تيرير
dt-breed-dachshund = داشهند
dt-breed-other = سلالة أخرى
dt-dog-since = منذ متى تحتفظ بالكلب؟
dt-dog-weight = الوزن بالكيلوغرام
dt-dog-test = اجتاز الكلب اختبار السلوك
dt-dog-before-owner = لا يمكن أن تكون قد احتفظت بالكلب قبل ولادتك
dt-exempt = الإعفاء من الضريبة
dt-exempt-guide = كلب إرشاد للمكفوفين
dt-exempt-rescue = كلب إنقاذ
dt-exempt-rescue-hint = فقط مع اجتياز الاختبار
dt-pay = الدفع
dt-iban = رقم IBAN للخصم المباشر
dt-email = عنوان البريد الإلكتروني
dt-start = بداية الالتزام الضريبي
dt-remarks = ملاحظات
dt-too-many = { $dog_list ->
    [zero] يمكنك الاحتفاظ بكلب بيتبول تيرير واحد على الأكثر
    [one] يمكنك الاحتفاظ بكلب بيتبول تيرير واحد على الأكثر
    [two] يمكن أن يكون بين كلبيك كلب بيتبول تيرير واحد على الأكثر
    [few] يمكن أن يكون بين كلابك الـ{ $dog_list } كلب بيتبول تيرير واحد على الأكثر
    [many] يمكن أن يكون بين كلابك الـ{ $dog_list } كلب بيتبول تيرير واحد على الأكثر
   *[other] يمكن أن يكون بين كلابك الـ{ $dog_list } كلب بيتبول تيرير واحد على الأكثر
  }
