# Reports of a submission: what `form validate` prints (not loaded by the embed).
### status: draft
# Tình trạng: bản nháp của nhóm phát triển, chưa được người bản ngữ tiếng Việt duyệt.

## Reports of a submission (form validate, case workers' tools)
report-valid = Thông tin đã gửi hợp lệ.
report-invalid = Thông tin đã gửi có { $count } vấn đề:
report-dropped-hidden = đã bỏ (bị ẩn): { $path }
report-dropped-unknown = đã bỏ (không có trong biểu mẫu): { $path }

# This language's name in itself; locales/languages.ftl (the language switch) must say the same.
form-language-name = Tiếng Việt
