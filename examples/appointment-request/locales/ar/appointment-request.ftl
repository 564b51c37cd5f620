### status: draft
ap-title = طلب موعد في دائرة الأجانب
ap-page-concern = طلبك
ap-reason = ما موضوع الموعد؟
ap-reason-extend = تمديد تصريح الإقامة
ap-reason-new = طلب تصريح إقامة جديد
ap-reason-settlement = طلب تصريح الإقامة الدائمة
ap-reason-passport = نقل تصريح الإقامة إلى جواز سفر جديد
ap-reason-passport-hint = أحضر جواز السفر القديم والجديد
ap-permit-expiry = متى ينتهي تصريح إقامتك الحالي؟
ap-passport = رقم جواز السفر
ap-passport-hint = كما هو مكتوب في جواز سفرك، مثلاً C01X00T47
ap-page-people = من سيأتي معك؟
ap-persons = أفراد العائلة الذين سيأتون معك
ap-persons-hint = الزوج أو الشريك والأطفال القاصرون فقط
ap-person = شخص
ap-person-name = الاسم الكامل
ap-person-born = تاريخ الميلاد
ap-relation = صلة القرابة
ap-relation-spouse = زوج أو زوجة أو شريك
ap-relation-child = طفل
ap-child-too-old = الطفل المولود في { $person_born } بالغ ويحتاج إلى موعد خاص به
ap-page-when = متى يناسبك؟
ap-weekdays = في أي أيام يمكنك الحضور؟
ap-mon = الاثنين
ap-tue = الثلاثاء
ap-wed = الأربعاء
ap-thu = الخميس
ap-fri = الجمعة
ap-earliest = في أقرب وقت الساعة
ap-latest = في أبعد وقت الساعة
ap-time-hint = مثلاً 9:30
ap-page-contact = التواصل
ap-interpreter = أحتاج إلى مترجم أو مترجمة
ap-interpreter-language = بأي لغة؟
ap-phone = رقم الهاتف
ap-email = البريد الإلكتروني
ap-one-spouse = { $persons ->
    [zero] لم تذكر أي شخص
    [one] ذكرت شخصاً واحداً
    [two] ذكرت شخصين، كلاهما زوج أو شريك
    [few] ذكرت { $persons } أشخاص، وأكثر من واحد منهم زوج أو شريك
    [many] ذكرت { $persons } شخصاً، وأكثر من واحد منهم زوج أو شريك
   *[other] ذكرت { $persons } شخص، وأكثر من واحد منهم زوج أو شريك
  }
ap-window-too-short = بين الساعة { $earliest } والساعة { $latest } أقل من ساعة
