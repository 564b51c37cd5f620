# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# İnceleme durumu: geliştirme ekibinin taslağı; anadili Türkçe olan biri tarafından incelenmedi.

## Reports of a submission (form validate, case workers' tools)
report-valid = Gönderilen bilgiler geçerli.
report-invalid = { $count ->
    [one] Gönderilen bilgilerde { $count } sorun var:
   *[other] Gönderilen bilgilerde { $count } sorun var:
  }
report-dropped-hidden = çıkarıldı (gizli): { $path }
report-dropped-unknown = çıkarıldı (formda yok): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = Türkçe
