# Thông báo của bộ máy biểu mẫu: lỗi kiểm tra và các thành phần giao diện.
### status: draft
# Tình trạng: bản nháp của nhóm phát triển, chưa được người bản ngữ tiếng Việt duyệt.

## Lỗi kiểm tra (error-<code>)
error-required = Nhập câu trả lời cho “{ $label }”
error-required-choice = Chọn một câu trả lời cho “{ $label }”
error-required-consent = Đánh dấu “{ $label }” để tiếp tục
error-wrong-type = “{ $label }” được gửi ở dạng mà dịch vụ không đọc được. Vui lòng nhập lại
error-too-short = “{ $label }” phải có ít nhất { $min ->
   *[other] { $min } ký tự
  }
error-too-long = “{ $label }” chỉ được có tối đa { $max ->
   *[other] { $max } ký tự
  }
error-pattern = Nhập “{ $label }” theo đúng định dạng
error-characters = { $why ->
    [look-alike] “{ $label }” có các chữ cái trông giống chữ Latinh nhưng không phải: { $found }. Hãy gõ lại bằng bàn phím Latinh
    [not-latin] Hãy viết “{ $label }” bằng chữ cái Latinh (A đến Z, kể cả chữ có dấu như é, ł hoặc ß)
   *[other] “{ $label }” có các ký tự không được dùng: { $found }
  }
error-invalid-email = Nhập địa chỉ email đúng định dạng, ví dụ ten@example.com
error-invalid-tel = Nhập số điện thoại, ví dụ 030 90269 0 hoặc +49 30 90269 0
error-invalid-iban = Nhập “{ $label }” là số IBAN đúng định dạng, ví dụ DE89 3704 0044 0532 0130 00
error-invalid-integer = “{ $label }” phải là số nguyên
error-invalid-decimal = “{ $label }” phải là một số
error-ambiguous-decimal = “{ $label }”: ý bạn là { $whole } hay { $fraction }? Hãy nhập số không có dấu phân cách hàng nghìn
error-too-small = “{ $label }” phải từ { $min } trở lên
error-too-large = “{ $label }” phải từ { $max } trở xuống
error-invalid-date = “{ $label }” phải là một ngày có thật
error-date-incomplete = “{ $label }” phải có { $missing ->
    [day] ngày
    [month] tháng
    [year] năm
    [day-month] ngày và tháng
    [day-year] ngày và năm
   *[month-year] tháng và năm
  }
error-date-too-early = “{ $label }” không được trước ngày { $min }
error-date-too-late = “{ $label }” không được sau ngày { $max }
error-invalid-time = “{ $label }” phải là một giờ có thật, ví dụ 14:30
error-time-too-early = “{ $label }” không được trước { $min }
error-time-too-late = “{ $label }” không được sau { $max }
error-invalid-partial-date = “{ $label }” phải là một ngày có thật; bạn có thể bỏ trống ngày, hoặc ngày và tháng
error-invalid-choice = Chọn một trong các phương án cho “{ $label }”
error-too-few-selected = Chọn ít nhất { $min ->
   *[other] { $min } phương án
  } cho “{ $label }”
error-too-many-selected = Chọn tối đa { $max ->
   *[other] { $max } phương án
  } cho “{ $label }”
error-exclusive-option = Chọn “{ $option }” hoặc các phương án khác cho “{ $label }”, không chọn cả hai
error-too-few-items = Thêm ít nhất { $min ->
   *[other] { $min } mục
  } vào “{ $label }”
error-too-many-items = Bạn chỉ có thể thêm tối đa { $max ->
   *[other] { $max } mục
  } vào “{ $label }”
error-not-an-object = Không đọc được câu trả lời. Hãy tải lại trang và thử lại
error-plausibility = Hãy kiểm tra câu trả lời: chúng không khớp với nhau

## Thành phần giao diện
form-error-summary-title = Có vấn đề
form-error-prefix = Lỗi:
form-page-title-error-prefix = Lỗi: { $title }
form-continue = Tiếp tục
form-back = Quay lại
form-check-answers = Kiểm tra câu trả lời của bạn
form-change = Thay đổi
form-add-another = { $items ->
    [none] Thêm
   *[some] Thêm mục khác
  }
form-group-full = Bạn không thể thêm quá { $max }.
form-submit = Gửi
form-date-day = Ngày
form-date-month = Tháng
form-date-year = Năm
form-progress = Bước { $current } trên { $total }
form-date-order = day month year
form-date-written = ngày { $day } tháng { $month } năm { $year }
form-month-written = tháng { $month } năm { $year }
form-decimal-separator = ,
form-group-separator = .
form-list-separator = {", "}
unit-eur = €
unit-m2 = m²
unit-kg = kg
form-language = Ngôn ngữ
form-item-heading = { $label } { $number }
form-item-issue = { $label } { $number }: { $issue }
form-remove-item = Xóa { $label } { $number }
form-submitted = Câu trả lời của bạn đã được gửi
form-reference = Mã hồ sơ của bạn là { $reference }
form-sending = Đang gửi…
form-send-retry = Không gửi được câu trả lời. Chúng tôi sẽ tự động thử lại.
form-loading = Đang tải biểu mẫu…
form-problem-unavailable-title = Hiện không thể hiển thị biểu mẫu này
form-problem-unavailable = Hãy kiểm tra kết nối internet và thử lại. Nếu vẫn không được, có thể dịch vụ đang gặp sự cố: vui lòng thử lại sau.
form-problem-no-webassembly = Cài đặt trình duyệt của bạn không cho phép biểu mẫu này chạy (trên iPhone và iPad, Chế độ phong tỏa làm điều này). Hãy mở trang bằng trình duyệt khác, hoặc tắt Chế độ phong tỏa cho trang web này.
form-try-again = Thử lại
form-offline = Bạn đang ngoại tuyến. Câu trả lời của bạn được giữ ở đây và sẽ được gửi ngay khi bạn có kết nối trở lại.
form-problem-not-sent-title = Câu trả lời của bạn chưa được gửi
form-problem-down = Hiện không thể kết nối tới dịch vụ. Câu trả lời của bạn vẫn còn ở đây: hãy thử lại sau. Bạn cũng có thể sao chép câu trả lời để lưu lại.
form-problem-too-large = Câu trả lời của bạn quá dài để gửi. Hãy rút ngắn những câu trả lời dài nhất rồi gửi lại.
form-problem-rejected = Dịch vụ không chấp nhận câu trả lời của bạn do có sự cố với biểu mẫu này. Câu trả lời của bạn vẫn còn ở đây: hãy sao chép và thử lại sau, hoặc liên hệ với cơ quan.
form-problem-changed = Biểu mẫu này đã thay đổi kể từ khi bạn mở. Hãy sao chép câu trả lời, tải lại trang và nhập lại.
form-copy-answers = Sao chép câu trả lời
form-copied = Đã sao chép câu trả lời của bạn.
form-copy-refused = Trình duyệt của bạn không cho phép sao chép. Câu trả lời của bạn đã được chọn bên dưới: hãy tự sao chép.
form-language-loading = Đang tải ngôn ngữ bạn đã chọn:
form-language-failed = Không tải được ngôn ngữ này. Hãy kiểm tra kết nối và chọn lại.
form-keep-draft = Lưu câu trả lời của tôi trên thiết bị này
form-not-answered = Chưa trả lời
form-yes = Có
form-no = Không
form-or = hoặc
