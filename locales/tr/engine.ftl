# Form motorunun iletileri: doğrulama hataları ve arayüz öğeleri.
### status: draft
# İnceleme durumu: geliştirme ekibinin taslağı; anadili Türkçe olan biri tarafından incelenmedi.

## Doğrulama hataları (error-<code>)
error-required = “{ $label }” için bir yanıt girin
error-required-choice = “{ $label }” için bir seçenek seçin
error-required-consent = Devam etmek için “{ $label }” kutusunu işaretleyin
error-wrong-type = “{ $label }” hizmetin okuyamadığı bir biçimde gönderildi. Lütfen yeniden girin
error-too-short = “{ $label }” en az { $min ->
    [one] { $min } karakter
   *[other] { $min } karakter
  } olmalıdır
error-too-long = “{ $label }” en fazla { $max ->
    [one] { $max } karakter
   *[other] { $max } karakter
  } olabilir
error-pattern = “{ $label }” alanını doğru biçimde girin
error-characters = { $why ->
    [look-alike] “{ $label }” Latin harflerine benzeyen ama Latin harfi olmayan harfler içeriyor: { $found }. Bunları Latin klavye düzeniyle yeniden yazın
    [not-latin] “{ $label }” alanını Latin harfleriyle yazın (A’dan Z’ye, é, ł veya ß gibi işaretli harfler de olur)
   *[other] “{ $label }” kullanılamayan karakterler içeriyor: { $found }
  }
error-invalid-email = E-posta adresini doğru biçimde girin, örneğin ad@example.com
error-invalid-tel = Bir telefon numarası girin, örneğin 030 90269 0 veya +49 30 90269 0
error-invalid-iban = “{ $label }” alanına IBAN’ı doğru biçimde girin, örneğin DE89 3704 0044 0532 0130 00
error-invalid-integer = “{ $label }” bir tam sayı olmalıdır
error-invalid-decimal = “{ $label }” bir sayı olmalıdır
error-ambiguous-decimal = “{ $label }”: { $whole } mı, yoksa { $fraction } mı demek istiyorsunuz? Sayıyı binlik ayırıcı olmadan girin
error-too-small = “{ $label }” en az { $min } olmalıdır
error-too-large = “{ $label }” en fazla { $max } olabilir
error-invalid-date = “{ $label }” gerçek bir tarih olmalıdır
error-date-incomplete = “{ $label }” { $missing ->
    [day] bir gün
    [month] bir ay
    [year] bir yıl
    [day-month] gün ve ay
    [day-year] gün ve yıl
   *[month-year] ay ve yıl
  } içermelidir
error-date-too-early = “{ $label }” { $min } tarihinden önce olamaz
error-date-too-late = “{ $label }” { $max } tarihinden sonra olamaz
error-invalid-time = “{ $label }” gerçek bir saat olmalıdır, örneğin 14:30
error-time-too-early = “{ $label }” saat { $min } öncesi olamaz
error-time-too-late = “{ $label }” saat { $max } sonrası olamaz
error-invalid-partial-date = “{ $label }” gerçek bir tarih olmalıdır; günü ya da günü ve ayı boş bırakabilirsiniz
error-invalid-choice = “{ $label }” için seçeneklerden birini seçin
error-too-few-selected = “{ $label }” için en az { $min ->
    [one] { $min } seçenek
   *[other] { $min } seçenek
  } seçin
error-too-many-selected = “{ $label }” için en fazla { $max ->
    [one] { $max } seçenek
   *[other] { $max } seçenek
  } seçin
error-exclusive-option = “{ $label }” için ya “{ $option }” ya da diğer seçenekleri seçin, ikisini birden değil
error-too-few-items = “{ $label }” bölümüne en az { $min ->
    [one] { $min } kayıt
   *[other] { $min } kayıt
  } ekleyin
error-too-many-items = “{ $label }” bölümüne en fazla { $max ->
    [one] { $max } kayıt
   *[other] { $max } kayıt
  } ekleyebilirsiniz
error-not-an-object = Yanıtlar okunamadı. Sayfayı yenileyip yeniden deneyin
error-plausibility = Yanıtlarınızı kontrol edin: birbiriyle uyuşmuyor

## Arayüz öğeleri
form-error-summary-title = Bir sorun var
form-error-prefix = Hata:
form-page-title-error-prefix = Hata: { $title }
form-continue = Devam
form-back = Geri
form-check-answers = Yanıtlarınızı kontrol edin
form-change = Değiştir
form-add-another = { $items ->
    [none] Ekle
   *[some] Bir tane daha ekle
  }
form-group-full = En fazla { $max } ekleyebilirsiniz.
form-submit = Gönder
form-date-day = Gün
form-date-month = Ay
form-date-year = Yıl
form-progress = Adım { $current } / { $total }
form-date-order = day month year
form-date-written = { $day } { $month ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
  } { $year }
form-month-written = { $month ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
  } { $year }
form-decimal-separator = ,
form-group-separator = .
form-list-separator = {", "}
unit-eur = €
unit-m2 = m²
unit-kg = kg
form-language = Dil
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = { $label } { $number } kaldır
form-submitted = Yanıtlarınız gönderildi
form-reference = Başvuru numaranız: { $reference }
form-sending = Gönderiliyor…
form-send-retry = Yanıtlarınız gönderilemedi. Otomatik olarak yeniden deneyeceğiz.
form-loading = Form yükleniyor…
form-problem-unavailable-title = Bu form şu anda gösterilemiyor
form-problem-unavailable = İnternet bağlantınızı kontrol edip yeniden deneyin. Yine çalışmazsa hizmet kesintide olabilir: lütfen daha sonra yeniden deneyin.
form-problem-no-webassembly = Tarayıcınızın ayarları bu formun çalışmasına izin vermiyor (iPhone ve iPad’de Kilitleme Modu bunu yapar). Sayfayı başka bir tarayıcıda açın ya da bu web sitesi için Kilitleme Modu’nu kapatın.
form-try-again = Yeniden dene
form-offline = Çevrimdışısınız. Yanıtlarınız burada saklanıyor ve yeniden çevrimiçi olduğunuzda gönderilecek.
form-problem-not-sent-title = Yanıtlarınız gönderilmedi
form-problem-down = Hizmete şu anda ulaşılamıyor. Yanıtlarınız hâlâ burada: daha sonra yeniden deneyin. Yanıtlarınızı güvende tutmak için kopyalayabilirsiniz.
form-problem-too-large = Yanıtlarınız gönderilemeyecek kadar uzun. En uzun yanıtlarınızı kısaltıp yeniden gönderin.
form-problem-rejected = Hizmet, bu formdaki bir sorun nedeniyle yanıtlarınızı kabul etmedi. Yanıtlarınız hâlâ burada: kopyalayıp daha sonra yeniden deneyin ya da kurumla iletişime geçin.
form-problem-changed = Bu form, siz açtıktan sonra değişti. Yanıtlarınızı kopyalayın, sayfayı yeniden yükleyin ve yanıtlarınızı yeniden girin.
form-copy-answers = Yanıtlarınızı kopyalayın
form-copied = Yanıtlarınız kopyalandı.
form-copy-refused = Tarayıcınız kopyalamaya izin vermedi. Yanıtlarınız aşağıda seçili: kendiniz kopyalayın.
form-language-loading = Seçtiğiniz dil yükleniyor:
form-language-failed = Bu dil yüklenemedi. Bağlantınızı kontrol edip dili yeniden seçin.
form-keep-draft = Yanıtlarımı bu cihazda sakla
form-not-answered = Yanıt verilmedi
form-yes = Evet
form-no = Hayır
form-or = veya
