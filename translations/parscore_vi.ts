<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ParScore::AgencyList</name>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>the text is not UTF-8: save the list as “CSV UTF-8” or as Unicode text</source>
        <translation>văn bản không ở mã UTF-8: hãy lưu danh sách dưới dạng “CSV UTF-8” hoặc dạng văn bản Unicode</translation>
    </message>
    <message>
        <source>a quote opened here is never closed</source>
        <translation>dấu ngoặc kép mở ở đây không được đóng lại</translation>
    </message>
    <message>
        <source>text after a closing quote: a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>có ký tự sau dấu ngoặc kép đóng: dấu ngoặc kép nằm bên trong một trường đặt trong ngoặc kép phải được viết hai lần (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the header names the column “%1” twice</source>
        <translation>dòng tiêu đề có hai cột cùng tên “%1”</translation>
    </message>
    <message>
        <source>the header has no column “%1” (or “%2”)</source>
        <translation>dòng tiêu đề không có cột “%1” (hoặc “%2”)</translation>
    </message>
    <message>
        <source>The list of agencies is larger than %1 MiB, the limit</source>
        <translation>Danh sách cơ quan, đơn vị vượt quá giới hạn %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>The list of agencies cannot be read: %n problem(s)</source>
        <translation>
            <numerusform>Không đọc được danh sách cơ quan, đơn vị: có %n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 agencies; the limit is %1</source>
        <translation>nhiều hơn %1 cơ quan, đơn vị; giới hạn là %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>có %1 trường trong khi dòng tiêu đề có %2 cột</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>mã (code) bị để trống</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>tên (name) bị để trống</translation>
    </message>
    <message>
        <source>the group is empty</source>
        <translation>nhóm (group) bị để trống</translation>
    </message>
    <message>
        <source>the code “%1” is also on line %2</source>
        <translation>mã “%1” bị trùng với mã ở dòng %2</translation>
    </message>
    <message>
        <source>the list is empty: it needs a header line naming the columns code, name and group</source>
        <translation>danh sách trống: cần có một dòng tiêu đề ghi tên các cột code, name và group</translation>
    </message>
    <message>
        <source>Cannot read the list of agencies %1: %2</source>
        <translation>Không đọc được danh sách cơ quan, đơn vị %1: %2</translation>
    </message>
    <message>
        <source>The list of agencies %1 is larger than %2 MiB, the limit</source>
        <translation>Danh sách cơ quan, đơn vị %1 vượt quá giới hạn %2 MiB</translation>
    </message>
</context>
<context>
    <name>ParScore::AnswerEditor</name>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Points (step %1):</source>
        <translation>Điểm (bước %1):</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Tỷ lệ phần trăm</translation>
    </message>
    <message>
        <source>Result (%):</source>
        <translation>Kết quả (%):</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Achieved:</source>
        <translation>Đạt:</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(chưa chấm)</translation>
    </message>
    <message>
        <source>%1 — %2 points</source>
        <translation>%1 — %2 điểm</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Phương án:</translation>
    </message>
    <message>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 điểm)</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Đã thực hiện:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Giá trị:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Out of (0: did not arise):</source>
        <translation>Trên tổng số (0: không phát sinh):</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Số vi phạm</translation>
    </message>
    <message>
        <source>Violations (−%1 each):</source>
        <translation>Số vi phạm (−%1 điểm/vi phạm):</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>Các mục đã thực hiện</translation>
    </message>
    <message>
        <source>%1 Not entered: the box keeps its value.</source>
        <translation>%1 Chưa nhập: ô vẫn giữ giá trị cũ.</translation>
    </message>
</context>
<context>
    <name>ParScore::AnswerRefusal</name>
    <message>
        <source>“%1”: points go in steps of %2, from 0 to %3.</source>
        <translation>“%1”: điểm được nhập theo bước %2, từ 0 đến %3.</translation>
    </message>
    <message>
        <source>“Done” (%1) cannot be more than “Out of” (%2).</source>
        <translation>Số “Đã thực hiện” (%1) không được lớn hơn số “Trên tổng số” (%2).</translation>
    </message>
    <message>
        <source>“Out of” is 0, which means the item did not arise, but this item must be scored: enter the real total.</source>
        <translation>Số “Trên tổng số” bằng 0 nghĩa là tiêu chí này không phát sinh, nhưng tiêu chí này bắt buộc phải chấm: hãy nhập tổng số thực tế.</translation>
    </message>
</context>
<context>
    <name>ParScore::AnswerText</name>
    <message>
        <source>NA: %1</source>
        <translation>Không áp dụng: %1</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 điểm</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation>chưa đánh dấu mục nào</translation>
    </message>
</context>
<context>
    <name>ParScore::AnswersParser</name>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>Không đọc được tệp kết quả chấm %1: %2</translation>
    </message>
    <message>
        <source>This is not an answers file: the JSON is broken at byte %1 (%2)</source>
        <translation>Đây không phải là tệp kết quả chấm: dữ liệu JSON bị lỗi tại byte %1 (%2)</translation>
    </message>
    <message>
        <source>This is not an answers file: the file holds no JSON object</source>
        <translation>Đây không phải là tệp kết quả chấm: tệp không chứa đối tượng JSON nào</translation>
    </message>
    <message>
        <source>This is not an answers file: “format” is not “%1”</source>
        <translation>Đây không phải là tệp kết quả chấm: “format” không phải là “%1”</translation>
    </message>
    <message>
        <source>This answers file has format version %1; this version of ParScore reads version %2. Install a newer ParScore.</source>
        <translation>Tệp kết quả chấm này có phiên bản định dạng %1; phiên bản ParScore đang dùng chỉ đọc được phiên bản định dạng %2. Vui lòng cài đặt phiên bản ParScore mới hơn.</translation>
    </message>
    <message>
        <source>“answers” must be an object mapping node ids to answers</source>
        <translation>“answers” phải là một đối tượng, trong đó mỗi khóa là mã một mục và giá trị là kết quả chấm của mục đó</translation>
    </message>
    <message numerus="yes">
        <source>The answers are invalid (%n problem(s)); nothing was applied</source>
        <translation>
            <numerusform>Kết quả chấm không hợp lệ (%n lỗi); chưa ghi nhận kết quả nào</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no such node in the criteria set</source>
        <translation>bộ chỉ số không có mục này</translation>
    </message>
    <message>
        <source>this node has sub-criteria; answer its sub-criteria instead</source>
        <translation>mục này có tiêu chí thành phần; vui lòng chấm điểm từng tiêu chí thành phần thay cho mục này</translation>
    </message>
    <message>
        <source>this item is scored by the appraisers; the agency cannot answer it</source>
        <translation>mục này do cơ quan thẩm định chấm điểm; cơ quan, đơn vị không được tự chấm</translation>
    </message>
    <message>
        <source>the answer must be a JSON object</source>
        <translation>kết quả chấm phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>a not-applicable answer has exactly the fields “notApplicable” and “reason”</source>
        <translation>kết quả chấm không áp dụng phải có đúng hai trường “notApplicable” và “reason”</translation>
    </message>
    <message>
        <source>“notApplicable” must be true</source>
        <translation>“notApplicable” phải là true</translation>
    </message>
    <message>
        <source>a not-applicable answer needs a reason</source>
        <translation>khi chấm không áp dụng phải ghi rõ lý do</translation>
    </message>
    <message>
        <source>this item cannot be marked not applicable</source>
        <translation>mục này không được đánh dấu “không áp dụng”</translation>
    </message>
    <message>
        <source>a %1 item is answered with {%2} (or not applicable); this answer has {%3}</source>
        <translation>mục có cách tính điểm %1 phải được chấm bằng {%2} (hoặc chấm không áp dụng); kết quả chấm này lại có {%3}</translation>
    </message>
    <message>
        <source>“points” must be a number from 0 to %1 with at most two decimals</source>
        <translation>“points” phải là số từ 0 đến %1, có tối đa hai chữ số thập phân</translation>
    </message>
    <message>
        <source>“points” must be a multiple of %1</source>
        <translation>“points” phải là bội số của %1</translation>
    </message>
    <message>
        <source>“yes” must be true or false</source>
        <translation>“yes” phải là true hoặc false</translation>
    </message>
    <message>
        <source>“option” must be one of: %1</source>
        <translation>“option” phải là một trong các giá trị: %1</translation>
    </message>
    <message>
        <source>“checked” must be a list of item ids</source>
        <translation>“checked” phải là danh sách mã các mục</translation>
    </message>
    <message>
        <source>“%1” is not an item of this checklist</source>
        <translation>“%1” không phải là một mục trong danh mục chấm điểm này</translation>
    </message>
    <message>
        <source>the item “%1” is checked twice</source>
        <translation>mục “%1” bị đánh dấu hai lần</translation>
    </message>
    <message>
        <source>“value” must be a finite number</source>
        <translation>“value” phải là một số hữu hạn</translation>
    </message>
    <message>
        <source>the numerator (%1) is larger than the denominator (%2)</source>
        <translation>tử số (%1) lớn hơn mẫu số (%2)</translation>
    </message>
    <message>
        <source>the denominator is 0 (did not arise), but this item cannot be not applicable</source>
        <translation>mẫu số bằng 0 (không phát sinh), nhưng mục này không được đánh dấu “không áp dụng”</translation>
    </message>
    <message>
        <source>“percent” must be a number from 0 to 100 with at most two decimals</source>
        <translation>“percent” phải là số từ 0 đến 100, có tối đa hai chữ số thập phân</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from 0 to 10^15</source>
        <translation>“%1” phải là số nguyên từ 0 đến 10^15</translation>
    </message>
    <message>
        <source>must be an object mapping item ids to counts</source>
        <translation>phải là một đối tượng, trong đó mỗi khóa là mã một mục và giá trị là số lượng</translation>
    </message>
    <message>
        <source>there is no such item in the criteria set</source>
        <translation>bộ chỉ số không có mục này</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, the most an answers file may have</source>
        <translation>Tệp %1 lớn hơn %2 MiB, mức tối đa của một tệp kết quả chấm</translation>
    </message>
    <message>
        <source>The answers are larger than %1 MiB, the most an answers file may have</source>
        <translation>Dữ liệu kết quả chấm lớn hơn %1 MiB, mức tối đa của một tệp kết quả chấm</translation>
    </message>
    <message>
        <source>“%1” has %2 entries; the limit is %3</source>
        <translation>“%1” có %2 phần tử; giới hạn là %3</translation>
    </message>
    <message>
        <source>“checked” has %1 entries; the limit is %2</source>
        <translation>“checked” có %1 phần tử; giới hạn là %2</translation>
    </message>
</context>
<context>
    <name>ParScore::AnswersScan</name>
    <message>
        <source>Assessments must be read in the order of their UUIDs</source>
        <translation>Các bản đánh giá phải được đọc theo thứ tự UUID của chúng</translation>
    </message>
</context>
<context>
    <name>ParScore::AppraisalExtrasPanel</name>
    <message>
        <source>Bonus points (at most %1)</source>
        <translation>Điểm thưởng (tối đa %1)</translation>
    </message>
    <message>
        <source>Penalty points (at most %1)</source>
        <translation>Điểm trừ (tối đa %1)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>The agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Lượt này</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 each time)</source>
        <translation>%1 — %2 (mỗi lần %3)</translation>
    </message>
    <message>
        <source>Times item %1 applies in this round</source>
        <translation>Số lần áp dụng tiêu chí %1 trong lượt thẩm định này</translation>
    </message>
    <message>
        <source>not appraised: the agency&apos;s count stands</source>
        <translation>chưa thẩm định: giữ nguyên số lần do cơ quan, đơn vị kê khai</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>This round says nothing of the item: the agency&apos;s count stands</source>
        <translation>Lượt thẩm định này chưa chấm tiêu chí này: giữ nguyên số lần do cơ quan, đơn vị kê khai</translation>
    </message>
</context>
<context>
    <name>ParScore::AppraisalTreeModel</name>
    <message>
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>Scored by the appraisers only (survey, statistics)</source>
        <translation>Chỉ do thẩm định viên chấm (điều tra, khảo sát, thống kê)</translation>
    </message>
    <message>
        <source>%1 [appraisers]</source>
        <translation>%1 [thẩm định viên chấm]</translation>
    </message>
    <message>
        <source>The final answers scored as the agency minus its self-assessment: negative where the agency claimed more than the council gives.</source>
        <translation>Điểm kết quả cuối cùng, tính như phần cơ quan, đơn vị tự chấm, trừ đi điểm tự đánh giá: mang giá trị âm khi cơ quan, đơn vị tự chấm cao hơn mức Hội đồng thẩm định công nhận.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Area / criterion</source>
        <translation>Lĩnh vực / tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Appraisal 1</source>
        <translation>Thẩm định lần 1</translation>
    </message>
    <message>
        <source>Appraisal 2</source>
        <translation>Thẩm định lần 2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Cuối cùng</translation>
    </message>
    <message>
        <source>Over-claim</source>
        <translation>Tự chấm vượt</translation>
    </message>
    <message>
        <source>Explanation requested: awaiting the agency</source>
        <translation>Đã yêu cầu giải trình: đang chờ cơ quan, đơn vị giải trình</translation>
    </message>
    <message>
        <source>Explanation requested: explained or closed</source>
        <translation>Đã yêu cầu giải trình: đã giải trình hoặc đã đóng</translation>
    </message>
</context>
<context>
    <name>ParScore::AppraisalWindow</name>
    <message>
        <source>Appraisal round 2</source>
        <translation>Thẩm định lần 2</translation>
    </message>
    <message>
        <source>Appraisal round 1</source>
        <translation>Thẩm định lần 1</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Lượt thẩm định:</translation>
    </message>
    <message>
        <source>The agency&apos;s self-assessment</source>
        <translation>Kết quả tự đánh giá của cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Double-click or Enter opens a read-only copy with the system&apos;s viewer</source>
        <translation>Nhấp đúp hoặc nhấn Enter để mở một bản sao chỉ đọc bằng trình xem của hệ thống</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Kết quả chấm:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Tài liệu kiểm chứng:</translation>
    </message>
    <message>
        <source>Not &amp;applicable / did not arise</source>
        <translation>Không áp &amp;dụng / không phát sinh</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>A&amp;gree with the agency (F8)</source>
        <translation>&amp;Nhất trí với cơ quan, đơn vị (F8)</translation>
    </message>
    <message>
        <source>Takes the agency&apos;s answer as the council&apos;s for this round, then goes to the next item not yet appraised</source>
        <translation>Lấy kết quả chấm của cơ quan, đơn vị làm kết quả của Hội đồng thẩm định trong lượt này, rồi chuyển sang tiêu chí tiếp theo chưa được thẩm định</translation>
    </message>
    <message>
        <source>C&amp;lear this round&apos;s answer</source>
        <translation>&amp;Xóa kết quả chấm của lượt này</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Lịch &amp;sử…</translation>
    </message>
    <message>
        <source>Appraisal &amp;note:</source>
        <translation>&amp;Ghi chú thẩm định:</translation>
    </message>
    <message>
        <source>Every item of this round has an answer.</source>
        <translation>Mọi tiêu chí của lượt này đều đã được chấm.</translation>
    </message>
    <message>
        <source>The agency did not answer this item: appraise it with the inputs.</source>
        <translation>Cơ quan, đơn vị chưa chấm tiêu chí này: hãy thẩm định bằng các ô nhập liệu.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3), %4 — %5</source>
        <translation>%1 — %2 (%3), %4 — %5</translation>
    </message>
    <message>
        <source>Appraisal of %1 — ParScore</source>
        <translation>Thẩm định %1 — ParScore</translation>
    </message>
    <message>
        <source>The appraisal file is open read-only: nothing here can change it.</source>
        <translation>Tệp thẩm định đang mở ở chế độ chỉ đọc: không thể thay đổi gì tại đây.</translation>
    </message>
    <message>
        <source>This agency&apos;s result is final: its appraisal can no longer change.</source>
        <translation>Kết quả của cơ quan, đơn vị này đã là kết quả cuối cùng: không thể thay đổi kết quả thẩm định nữa.</translation>
    </message>
    <message>
        <source>Totals — self-assessed: %1 of %2; final: %3 of %4%5</source>
        <translation>Tổng điểm — tự đánh giá: %1/%2; cuối cùng: %3/%4%5</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (tạm tính)</translation>
    </message>
    <message>
        <source>Evidence required: %1</source>
        <translation>Tài liệu kiểm chứng cần có: %1</translation>
    </message>
    <message>
        <source>Maximum: %1 points</source>
        <translation>Tối đa: %1 điểm</translation>
    </message>
    <message>
        <source>Scored by the appraisers only: the agency does not answer it.</source>
        <translation>Chỉ do thẩm định viên chấm: cơ quan, đơn vị không tự chấm tiêu chí này.</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1/%2 điểm</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 points. %4</source>
        <translation>%1 — %2/%3 điểm. %4</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Chưa chấm.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>In effect from %1</source>
        <translation>Có hiệu lực từ %1</translation>
    </message>
    <message>
        <source>(no document)</source>
        <translation>(không có tài liệu)</translation>
    </message>
    <message>
        <source>Final: %1 of %2 points</source>
        <translation>Cuối cùng: %1/%2 điểm</translation>
    </message>
    <message>
        <source>This round: %1 of %2 points. %3</source>
        <translation>Lượt này: %1/%2 điểm. %3</translation>
    </message>
    <message>
        <source>Not appraised in this round yet. Final for now: %1 of %2 points.</source>
        <translation>Chưa thẩm định trong lượt này. Kết quả cuối cùng tạm thời: %1/%2 điểm.</translation>
    </message>
    <message>
        <source>Write the reason the item is not applicable.</source>
        <translation>Vui lòng ghi lý do tiêu chí này không áp dụng.</translation>
    </message>
    <message>
        <source>%1 Not entered: the round keeps its answer.</source>
        <translation>%1 Chưa nhập: lượt này vẫn giữ kết quả chấm cũ.</translation>
    </message>
    <message>
        <source>This agency has not submitted yet: this is a draft that its submission will replace.</source>
        <translation>Cơ quan, đơn vị này chưa nộp: đây là bản nháp, sẽ được thay bằng bản nộp chính thức.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Đã làm lại: %1</translation>
    </message>
    <message>
        <source>&amp;Send for explanation…</source>
        <translation>&amp;Gửi yêu cầu giải trình…</translation>
    </message>
    <message>
        <source>Writes the file that asks this agency to explain the flagged items</source>
        <translation>Lập tệp đề nghị cơ quan, đơn vị này giải trình các tiêu chí đã đánh dấu</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>C&amp;hốt kết quả…</translation>
    </message>
    <message>
        <source>Locks this agency&apos;s final result</source>
        <translation>Chốt kết quả cuối cùng của cơ quan, đơn vị này</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <source>Moves the final result back to being appraised, with a reason</source>
        <translation>Đưa kết quả đã chốt trở lại trạng thái đang thẩm định, kèm lý do</translation>
    </message>
    <message>
        <source>Round 1: not appraised.</source>
        <translation>Thẩm định lần 1: chưa chấm.</translation>
    </message>
    <message>
        <source>Round 1: %1 of %2 points.</source>
        <translation>Thẩm định lần 1: %1/%2 điểm.</translation>
    </message>
    <message>
        <source>Round-1 note: %1</source>
        <translation>Ghi chú thẩm định lần 1: %1</translation>
    </message>
    <message>
        <source>Submission: %1</source>
        <translation>Hồ sơ nộp: %1</translation>
    </message>
    <message>
        <source>Final result: %1</source>
        <translation>Kết quả cuối cùng: %1</translation>
    </message>
</context>
<context>
    <name>ParScore::AssessmentDocument</name>
    <message numerus="yes">
        <source>%1 is an inspectors&apos; consolidated file: it holds the assessments of %n agencies. It is for the inspectors&apos; workspace; this window shows one agency&apos;s self-assessment.</source>
        <translation>
            <numerusform>%1 là tệp tổng hợp của cán bộ thẩm định: tệp chứa bản đánh giá của %n cơ quan, đơn vị. Tệp này dành cho khu vực làm việc của cán bộ thẩm định; cửa sổ này chỉ hiển thị bản tự đánh giá của một cơ quan, đơn vị.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::AssessmentStore</name>
    <message>
        <source>The file is damaged or was altered: %1</source>
        <translation>Tệp bị hỏng hoặc đã bị sửa đổi: %1</translation>
    </message>
    <message>
        <source>The agency code must be a non-empty text</source>
        <translation>Mã cơ quan, đơn vị không được để trống</translation>
    </message>
    <message>
        <source>The agency name must be a non-empty text</source>
        <translation>Tên cơ quan, đơn vị không được để trống</translation>
    </message>
    <message>
        <source>The agency group must be a non-empty text such as so, xa or phuong</source>
        <translation>Nhóm cơ quan, đơn vị không được để trống; ví dụ: so, xa hoặc phuong</translation>
    </message>
    <message>
        <source>The criteria set %1 is for the groups %2, not “%3”</source>
        <translation>Bộ chỉ số %1 dành cho các nhóm %2, không dành cho nhóm “%3”</translation>
    </message>
    <message>
        <source>The year must be between 1900 and 2999</source>
        <translation>Năm đánh giá phải nằm trong khoảng từ 1900 đến 2999</translation>
    </message>
    <message>
        <source>the list of assessments cannot be read</source>
        <translation>không đọc được danh sách bản đánh giá</translation>
    </message>
    <message>
        <source>an assessment record is invalid</source>
        <translation>dữ liệu của một bản đánh giá không hợp lệ</translation>
    </message>
    <message>
        <source>The file holds no assessment</source>
        <translation>Tệp không chứa bản đánh giá nào</translation>
    </message>
    <message>
        <source>The file holds no assessment “%1”</source>
        <translation>Tệp không chứa bản đánh giá “%1”</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n assessment(s); name one with --agency CODE or its UUID</source>
        <translation>
            <numerusform>Tệp chứa %n bản đánh giá; vui lòng chọn một bản bằng --agency CODE (mã cơ quan, đơn vị) hoặc UUID của bản đánh giá</numerusform>
        </translation>
    </message>
    <message>
        <source>the criteria set %1 is missing</source>
        <translation>thiếu bộ chỉ số %1</translation>
    </message>
    <message>
        <source>the embedded criteria set is invalid (%1)</source>
        <translation>bộ chỉ số lưu trong tệp không hợp lệ (%1)</translation>
    </message>
    <message>
        <source>the embedded criteria set does not match its fingerprint</source>
        <translation>bộ chỉ số lưu trong tệp không khớp với mã SHA-256 đã ghi nhận</translation>
    </message>
    <message>
        <source>the answers cannot be read</source>
        <translation>không đọc được kết quả chấm</translation>
    </message>
    <message>
        <source>a stored answer is invalid</source>
        <translation>có một kết quả chấm đã lưu không hợp lệ</translation>
    </message>
    <message>
        <source>stored answers are invalid: %1</source>
        <translation>kết quả chấm đã lưu không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The self-assessment of %1 was submitted (sealed) and can no longer be changed</source>
        <translation>Kết quả tự đánh giá của %1 đã được nộp (đã niêm phong) nên không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>the change log cannot be read</source>
        <translation>không đọc được nhật ký thay đổi</translation>
    </message>
    <message>
        <source>There is no item %1 in the criteria set</source>
        <translation>Bộ chỉ số không có mục %1</translation>
    </message>
    <message>
        <source>the notes cannot be read</source>
        <translation>không đọc được các ghi chú</translation>
    </message>
    <message>
        <source>A comment needs a text</source>
        <translation>Nhận xét phải có nội dung</translation>
    </message>
    <message>
        <source>the comments cannot be read</source>
        <translation>không đọc được các nhận xét</translation>
    </message>
    <message>
        <source>the assessment %1 is missing</source>
        <translation>không tìm thấy bản đánh giá %1</translation>
    </message>
    <message>
        <source>Appraisal answers are entered in the inspectors&apos; file: merge this agency file into it first (parscore-cli merge -o FILE.parx …)</source>
        <translation>Kết quả thẩm định được chấm trong tệp của cơ quan thẩm định: hãy hợp nhất tệp của cơ quan, đơn vị này vào tệp đó trước (parscore-cli merge -o FILE.parx …)</translation>
    </message>
    <message>
        <source>the stored answer of %1 is not in ParScore&apos;s form</source>
        <translation>kết quả chấm đã lưu của mục %1 không ở dạng ParScore ghi</translation>
    </message>
    <message>
        <source>There is no bonus or penalty item %1 in the criteria set</source>
        <translation>Bộ chỉ số không có nội dung điểm thưởng hoặc điểm trừ %1</translation>
    </message>
    <message>
        <source>The number of times item %1 applies must be a whole number from 0</source>
        <translation>Số lần áp dụng nội dung %1 phải là số nguyên từ 0 trở lên</translation>
    </message>
    <message>
        <source>The assessment of %1 for %2 is final and can no longer be changed</source>
        <translation>Bản đánh giá của %1 (%2) đã có kết quả cuối cùng nên không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>The answer of item %1 of %2 was changed since; nothing was written</source>
        <translation>Kết quả chấm tiêu chí %1 của %2 đã bị thay đổi trong lúc đó; chưa ghi dữ liệu nào</translation>
    </message>
    <message>
        <source>Explanation requests, finalizing and reopening are done in the inspectors&apos; province file, not in an agency&apos;s file</source>
        <translation>Yêu cầu giải trình, chốt và mở lại kết quả được thực hiện trong tệp thẩm định của tỉnh, không thực hiện trong tệp của cơ quan, đơn vị</translation>
    </message>
</context>
<context>
    <name>ParScore::BlobStream</name>
    <message>
        <source>The evidence documents of %1 cannot be read</source>
        <translation>Không đọc được các tài liệu kiểm chứng của %1</translation>
    </message>
    <message>
        <source>The evidence %1 is missing from the file</source>
        <translation>Tệp không còn tài liệu kiểm chứng %1</translation>
    </message>
    <message>
        <source>The evidence %1 could not be written out</source>
        <translation>Không ghi ra được tài liệu kiểm chứng %1</translation>
    </message>
    <message>
        <source>The evidence %1 was altered inside the file</source>
        <translation>Tài liệu kiểm chứng %1 đã bị sửa đổi bên trong tệp</translation>
    </message>
    <message>
        <source>The document could not be read whole while it was stored</source>
        <translation>Không đọc được trọn vẹn tài liệu trong khi lưu vào tệp</translation>
    </message>
    <message>
        <source>The document changed while it was stored; attach it again</source>
        <translation>Tài liệu đã thay đổi trong khi đang lưu vào tệp; vui lòng đính kèm lại</translation>
    </message>
    <message>
        <source>The document could not be read</source>
        <translation>Không đọc được tài liệu</translation>
    </message>
</context>
<context>
    <name>ParScore::BuiltinCriteria</name>
    <message>
        <source>There is no built-in criteria set “%1”. Built-in sets: %2</source>
        <translation>Không có bộ chỉ số tích hợp sẵn “%1”. Các bộ chỉ số tích hợp sẵn: %2</translation>
    </message>
</context>
<context>
    <name>ParScore::ChartsWindow</name>
    <message>
        <source>Results charts — ParScore</source>
        <translation>Biểu đồ kết quả — ParScore</translation>
    </message>
    <message>
        <source>&amp;Distribution of final indexes</source>
        <translation>&amp;Phân bố chỉ số cuối cùng</translation>
    </message>
    <message>
        <source>&amp;Self against final</source>
        <translation>&amp;Tự đánh giá so với cuối cùng</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Xuất &amp;PNG…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>bieu-do.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>chart.pdf</source>
        <translation>bieu-do.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Final indexes per group (number of agencies in each tenth)</source>
        <translation>Chỉ số cuối cùng theo nhóm (số cơ quan, đơn vị trong từng khoảng 10 %)</translation>
    </message>
    <message>
        <source>Final index (%)</source>
        <translation>Chỉ số cuối cùng (%)</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Số cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Self-assessed index against final index, per agency (below the line: claimed more)</source>
        <translation>Chỉ số tự đánh giá so với chỉ số cuối cùng của từng cơ quan, đơn vị (dưới đường chéo: tự chấm cao hơn)</translation>
    </message>
    <message>
        <source>Self-assessed index (%)</source>
        <translation>Chỉ số tự đánh giá (%)</translation>
    </message>
    <message>
        <source>self = final</source>
        <translation>tự đánh giá = cuối cùng</translation>
    </message>
    <message>
        <source>The chart cannot be written to %1</source>
        <translation>Không ghi được biểu đồ vào %1</translation>
    </message>
    <message>
        <source>Each area&apos;s average share of its maximum, final, per group (%)</source>
        <translation>Tỷ lệ điểm bình quân so với điểm tối đa của từng lĩnh vực, kết quả cuối cùng, theo nhóm (%)</translation>
    </message>
    <message>
        <source>Average share of the area&apos;s maximum (%)</source>
        <translation>Tỷ lệ bình quân so với điểm tối đa của lĩnh vực (%)</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>Over-claim per &amp;area</source>
        <translation>Tự chấm vượt theo lĩnh &amp;vực</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::CheckCommand</name>
    <message>
        <source>The assessment file.</source>
        <translation>Tệp đánh giá.</translation>
    </message>
    <message>
        <source>Read every document and check every seal.</source>
        <translation>Đọc mọi tài liệu và kiểm tra mọi niêm phong.</translation>
    </message>
    <message>
        <source>%1: every row is sound (documents and seals not read; see --deep)</source>
        <translation>%1: mọi dòng dữ liệu đều đúng (chưa đọc tài liệu và niêm phong; xem --deep)</translation>
    </message>
    <message>
        <source>%1: SEAL BROKEN, the self-assessment was changed after sealing</source>
        <translation>%1: NIÊM PHONG BỊ PHÁ VỠ, kết quả tự đánh giá đã bị thay đổi sau khi niêm phong</translation>
    </message>
    <message numerus="yes">
        <source>%1: sound — every row, every document and every seal (%n assessment(s))</source>
        <translation>
            <numerusform>%1: toàn vẹn — mọi dòng dữ liệu, mọi tài liệu và mọi niêm phong (%n bản đánh giá)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a file: every row (what every command checks before it works). With --deep, also SQLite&apos;s full integrity check, every document&apos;s bytes against its fingerprint and every seal and signature. Exit 0 when all is sound, 1 when a seal is broken or a signature does not hold, 2 when the file is damaged.</source>
        <translation>Kiểm tra một tệp: mọi dòng dữ liệu (điều mọi lệnh kiểm tra trước khi thực hiện). Với --deep, kiểm tra thêm toàn vẹn SQLite, nội dung từng tài liệu so với dấu vân tay của nó, mọi niêm phong và chữ ký số. Mã thoát 0 khi tất cả hợp lệ, 1 khi niêm phong bị phá vỡ hoặc chữ ký số không hợp lệ, 2 khi tệp bị hỏng.</translation>
    </message>
    <message>
        <source>%1: SIGNATURE DOES NOT HOLD, the file was changed after it was signed (see verify)</source>
        <translation>%1: CHỮ KÝ SỐ KHÔNG HỢP LỆ, tệp đã bị thay đổi sau khi ký (xem lệnh verify)</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::CommandLine</name>
    <message>
        <source>Run “parscore-cli %1 --help” for usage.</source>
        <translation>Chạy “parscore-cli %1 --help” để xem hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1”.</source>
        <translation>Số tham số của lệnh “%1” không đúng.</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>Bắt buộc phải có tùy chọn --%1.</translation>
    </message>
    <message>
        <source>--year must be a year such as 2026, not “%1”.</source>
        <translation>--year phải là một năm, ví dụ 2026, không phải “%1”.</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::CriteriaCommands</name>
    <message>
        <source>Lists the criteria sets built into ParScore.</source>
        <translation>Liệt kê các bộ chỉ số tích hợp sẵn trong ParScore.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>In ra một mảng JSON thay cho bảng.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên bộ chỉ số</translation>
    </message>
    <message>
        <source>Validates a criteria set file and lists every problem.</source>
        <translation>Kiểm tra tệp bộ chỉ số và liệt kê tất cả các lỗi.</translation>
    </message>
    <message>
        <source>The criteria set (JSON).</source>
        <translation>Tệp bộ chỉ số (JSON).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>OK: %1 @ %2 (%3), %4 nodes, %5 leaves, %6 points, SHA-256 %7</source>
        <translation>Hợp lệ: %1 @ %2 (%3), %4 mục, trong đó %5 mục được chấm điểm trực tiếp, tổng %6 điểm, SHA-256 %7</translation>
    </message>
    <message>
        <source>Prints a built-in criteria set&apos;s JSON exactly as shipped.</source>
        <translation>In nguyên văn JSON của một bộ chỉ số tích hợp sẵn, đúng như bản phát hành.</translation>
    </message>
    <message>
        <source>builtin:ID or builtin:ID@VERSION</source>
        <translation>builtin:ID hoặc builtin:ID@VERSION</translation>
    </message>
    <message>
        <source>Only built-in sets can be exported; write builtin:ID[@VERSION] (see “parscore-cli criteria list”).</source>
        <translation>Chỉ xuất được các bộ chỉ số tích hợp sẵn; vui lòng ghi builtin:ID[@VERSION] (xem “parscore-cli criteria list”).</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::EvidenceCommands</name>
    <message>
        <source>Embeds evidence documents and links them to items.</source>
        <translation>Đính kèm tài liệu kiểm chứng vào tệp đánh giá và gắn tài liệu với các mục.</translation>
    </message>
    <message>
        <source>The assessment file.</source>
        <translation>Tệp đánh giá.</translation>
    </message>
    <message>
        <source>The documents to embed.</source>
        <translation>Các tài liệu cần đính kèm.</translation>
    </message>
    <message>
        <source>An item the documents support (repeatable).</source>
        <translation>Mục được các tài liệu này kiểm chứng (có thể ghi tùy chọn này nhiều lần).</translation>
    </message>
    <message>
        <source>The documents&apos; effective date.</source>
        <translation>Ngày hiệu lực của tài liệu.</translation>
    </message>
    <message>
        <source>Name the .parx file and at least one document.</source>
        <translation>Vui lòng ghi tên tệp .parx và ít nhất một tài liệu.</translation>
    </message>
    <message>
        <source>%1: %2 document(s) embedded</source>
        <translation>%1: đã đính kèm %2 tài liệu</translation>
    </message>
    <message>
        <source>Lists the evidence documents of a file.</source>
        <translation>Liệt kê các tài liệu kiểm chứng trong tệp.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>In ra một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Writes the evidence documents into a folder.</source>
        <translation>Ghi các tài liệu kiểm chứng ra một thư mục.</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Thư mục để ghi tài liệu vào.</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ExportCommand</name>
    <message>
        <source>Writes the file&apos;s results to an Excel workbook: the overview (one row per agency) and the detail (one row per agency and item).</source>
        <translation>Ghi kết quả của tệp ra sổ tính Excel: bảng tổng hợp (mỗi cơ quan, đơn vị một dòng) và bảng chi tiết (mỗi cơ quan, đơn vị và tiêu chí một dòng).</translation>
    </message>
    <message>
        <source>The assessment or province file.</source>
        <translation>Tệp đánh giá hoặc tệp thẩm định của tỉnh.</translation>
    </message>
    <message>
        <source>The workbook to write (.xlsx).</source>
        <translation>Sổ tính cần ghi (.xlsx).</translation>
    </message>
    <message>
        <source>The layer ranked on: final (default) or self.</source>
        <translation>Lượt chấm dùng để xếp hạng: final (kết quả cuối cùng, mặc định) hoặc self (tự đánh giá).</translation>
    </message>
    <message>
        <source>--layer must be self or final.</source>
        <translation>--layer phải là self hoặc final.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::FileCommands</name>
    <message>
        <source>The assessment: agency code or UUID (needed when the file holds several).</source>
        <translation>Bản đánh giá: mã cơ quan, đơn vị hoặc UUID (bắt buộc khi tệp chứa nhiều bản đánh giá).</translation>
    </message>
    <message>
        <source>Your name, for the change log (default: the login name).</source>
        <translation>Họ tên người thực hiện, để ghi vào nhật ký thay đổi (mặc định: tên đăng nhập).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(chưa chấm)</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1/%2 mục</translation>
    </message>
    <message>
        <source>Creates an assessment file for one agency and year.</source>
        <translation>Tạo tệp đánh giá của một cơ quan, đơn vị cho một năm.</translation>
    </message>
    <message>
        <source>The criteria set: a JSON file or builtin:ID[@VERSION].</source>
        <translation>Bộ chỉ số: một tệp JSON hoặc builtin:ID[@VERSION].</translation>
    </message>
    <message>
        <source>The agency&apos;s code.</source>
        <translation>Mã cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>The agency&apos;s name.</source>
        <translation>Tên cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>The agency group: so, xa, phuong, …</source>
        <translation>Nhóm cơ quan, đơn vị: so, xa, phuong, …</translation>
    </message>
    <message>
        <source>The year assessed.</source>
        <translation>Năm đánh giá.</translation>
    </message>
    <message>
        <source>The new file (.parx); it must not exist.</source>
        <translation>Tệp đánh giá mới (.parx); không được trùng với tệp đã có.</translation>
    </message>
    <message>
        <source>Created %1: %2 (%3), %4, criteria set %5 @ %6, assessment %7</source>
        <translation>Đã tạo %1: %2 (%3), năm %4, bộ chỉ số %5 @ %6, bản đánh giá %7</translation>
    </message>
    <message>
        <source>Stores an answers file into one layer of an assessment.</source>
        <translation>Ghi tệp kết quả chấm vào một lượt chấm của bản đánh giá.</translation>
    </message>
    <message>
        <source>The assessment file.</source>
        <translation>Tệp đánh giá.</translation>
    </message>
    <message>
        <source>The answers file (JSON).</source>
        <translation>Tệp kết quả chấm (JSON).</translation>
    </message>
    <message>
        <source>The layer: self (default), appraisal1 or appraisal2.</source>
        <translation>Lượt chấm: self (tự đánh giá, mặc định), appraisal1 (thẩm định lần 1) hoặc appraisal2 (thẩm định lần 2).</translation>
    </message>
    <message>
        <source>--layer must be self, appraisal1 or appraisal2.</source>
        <translation>Giá trị của --layer phải là self, appraisal1 hoặc appraisal2.</translation>
    </message>
    <message>
        <source>%1: %2 item(s) changed in the %3 layer</source>
        <translation>%1: đã thay đổi %2 mục trong lượt chấm %3</translation>
    </message>
    <message>
        <source>Shows every assessment of a file with its scores.</source>
        <translation>Hiển thị mọi bản đánh giá trong tệp cùng điểm số.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>In ra một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Bản đánh giá:</translation>
    </message>
    <message>
        <source>Criteria set:</source>
        <translation>Bộ chỉ số:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>chưa niêm phong</translation>
    </message>
    <message>
        <source>sealed %1 by %2, intact, fingerprint %3</source>
        <translation>đã niêm phong lúc %1 (người niêm phong: %2), còn nguyên vẹn, mã niêm phong %3</translation>
    </message>
    <message>
        <source>SEAL BROKEN: the self-assessment was changed after it was sealed</source>
        <translation>NIÊM PHONG BỊ PHÁ VỠ: kết quả tự đánh giá đã bị thay đổi sau khi niêm phong</translation>
    </message>
    <message>
        <source>Seal:</source>
        <translation>Niêm phong:</translation>
    </message>
    <message>
        <source>Self:</source>
        <translation>Tự đánh giá:</translation>
    </message>
    <message>
        <source>Appraisal 1:</source>
        <translation>Thẩm định 1:</translation>
    </message>
    <message>
        <source>Appraisal 2:</source>
        <translation>Thẩm định 2:</translation>
    </message>
    <message>
        <source>Final:</source>
        <translation>Cuối cùng:</translation>
    </message>
    <message>
        <source>The file holds no assessment.</source>
        <translation>Tệp không chứa bản đánh giá nào.</translation>
    </message>
    <message>
        <source>Submits an assessment: seals its self-assessment.</source>
        <translation>Nộp bản đánh giá: niêm phong kết quả tự đánh giá.</translation>
    </message>
    <message>
        <source>Sealed the self-assessment of %1; fingerprint %2</source>
        <translation>Đã niêm phong kết quả tự đánh giá của %1; mã niêm phong %2</translation>
    </message>
    <message>
        <source>%1: sealed, intact (%2)</source>
        <translation>%1: đã niêm phong, còn nguyên vẹn (%2)</translation>
    </message>
    <message>
        <source>%1: not sealed</source>
        <translation>%1: chưa niêm phong</translation>
    </message>
    <message>
        <source>%1: SEAL BROKEN, the self-assessment was changed after sealing</source>
        <translation>%1: NIÊM PHONG BỊ PHÁ VỠ, kết quả tự đánh giá đã bị thay đổi sau khi niêm phong</translation>
    </message>
    <message>
        <source>Prints the change log of a file, oldest first.</source>
        <translation>In nhật ký thay đổi của tệp, theo thứ tự từ cũ đến mới.</translation>
    </message>
    <message>
        <source>%1 is open for editing in ParScore (%2): close it there, then run the command again</source>
        <translation>Tệp %1 đang được mở để sửa trong ParScore (%2): hãy đóng tệp ở đó rồi chạy lại lệnh</translation>
    </message>
    <message>
        <source>Prints the history of one item of an assessment, oldest first: every change of its answers in every layer and of its notes.</source>
        <translation>In lịch sử một tiêu chí của bản đánh giá, theo thứ tự từ cũ đến mới: mọi thay đổi kết quả chấm ở mọi lượt chấm và mọi thay đổi ghi chú của tiêu chí đó.</translation>
    </message>
    <message>
        <source>The item: a node id, or bonus:ID / penalty:ID.</source>
        <translation>Tiêu chí: mã tiêu chí (node id), hoặc bonus:ID / penalty:ID.</translation>
    </message>
    <message>
        <source>Name the item with --node ID.</source>
        <translation>Vui lòng chỉ rõ tiêu chí bằng --node ID.</translation>
    </message>
    <message>
        <source>Signed with the key %1</source>
        <translation>Đã ký bằng khóa %1</translation>
    </message>
    <message>
        <source>  %1: not signed</source>
        <translation>  %1: chưa ký số</translation>
    </message>
    <message>
        <source>  %1: SIGNATURE DOES NOT HOLD (key %2)</source>
        <translation>  %1: CHỮ KÝ SỐ KHÔNG HỢP LỆ (khóa %2)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>  %1: signed by the key %2</source>
        <translation>  %1: đã ký số bằng khóa %2</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>niêm phong</translation>
    </message>
    <message>
        <source>final result</source>
        <translation>kết quả cuối cùng</translation>
    </message>
    <message>
        <source>appraisal</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <source>Checks the seals and signatures of a file: exit 0 when every assessment is sealed and intact and every signature holds (an unsigned seal is reported as unsigned), 1 when one is not sealed, was changed after sealing or its signature does not hold, 2 when unreadable.</source>
        <translation>Kiểm tra niêm phong và chữ ký của một tệp: thoát với mã 0 khi mọi bản đánh giá đã niêm phong, nguyên vẹn và mọi chữ ký hợp lệ (niêm phong chưa ký được báo là chưa ký), 1 khi có bản chưa niêm phong, đã bị thay đổi sau khi niêm phong hoặc có chữ ký không hợp lệ, 2 khi không đọc được tệp.</translation>
    </message>
    <message>
        <source>Signs the appraisals of an inspectors&apos; file with your key before it is sent to a colleague (merge --accept-appraisals takes only signed appraisals of a trusted inspector). A later change to an appraisal removes its signature.</source>
        <translation>Ký kết quả thẩm định trong tệp của đoàn thẩm định bằng khóa của bạn trước khi gửi cho đồng nghiệp (merge --accept-appraisals chỉ nhận kết quả thẩm định có chữ ký của thẩm định viên được tin cậy). Mọi thay đổi kết quả thẩm định sau đó sẽ xóa chữ ký.</translation>
    </message>
    <message>
        <source>The inspectors&apos; file.</source>
        <translation>Tệp của đoàn thẩm định.</translation>
    </message>
    <message numerus="yes">
        <source>Signed the appraisal of %n assessment(s) with the key %1.</source>
        <translation>
            <numerusform>Đã ký kết quả thẩm định của %n bản đánh giá bằng khóa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Chữ ký số:</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::KeyCommands</name>
    <message>
        <source>There is no key in %1 yet: create one with “parscore-cli key new”.</source>
        <translation>Chưa có khóa trong %1: hãy tạo bằng lệnh “parscore-cli key new”.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Dấu vân tay: %1</translation>
    </message>
    <message>
        <source>Creates your signing key (Ed25519) in your configuration folder, protected by the passphrase in PARSCORE_KEY_PASSPHRASE when it is set.</source>
        <translation>Tạo khóa ký (Ed25519) của bạn trong thư mục cấu hình, được bảo vệ bằng cụm mật khẩu trong PARSCORE_KEY_PASSPHRASE nếu biến này được đặt.</translation>
    </message>
    <message>
        <source>The holder&apos;s name shown with the key (default: your login name).</source>
        <translation>Tên người giữ khóa hiển thị kèm khóa (mặc định: tên đăng nhập của bạn).</translation>
    </message>
    <message>
        <source>Replace an existing key; what it signed can then no longer be signed again with it.</source>
        <translation>Thay khóa đang có; những gì khóa cũ đã ký sẽ không thể ký lại bằng khóa đó nữa.</translation>
    </message>
    <message>
        <source>A key already exists in %1; “--force” replaces it.</source>
        <translation>Đã có khóa trong %1; dùng “--force” để thay.</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name: %1</translation>
    </message>
    <message>
        <source>Created the key of %1 in %2.</source>
        <translation>Đã tạo khóa của %1 trong %2.</translation>
    </message>
    <message>
        <source>It is not protected by a passphrase (PARSCORE_KEY_PASSPHRASE was not set).</source>
        <translation>Khóa không được bảo vệ bằng cụm mật khẩu (chưa đặt PARSCORE_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <source>It is protected by the passphrase in PARSCORE_KEY_PASSPHRASE.</source>
        <translation>Khóa được bảo vệ bằng cụm mật khẩu trong PARSCORE_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Shows your signing key&apos;s fingerprint and holder; needs no passphrase.</source>
        <translation>Hiển thị dấu vân tay và người giữ khóa ký của bạn; không cần cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>In ra một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Người giữ khóa: %1</translation>
    </message>
    <message>
        <source>Protected by a passphrase.</source>
        <translation>Được bảo vệ bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Not protected by a passphrase.</source>
        <translation>Không được bảo vệ bằng cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>Tệp khóa: %1</translation>
    </message>
    <message>
        <source>Writes your public key to a file of one line, to give to those who check your signatures; needs no passphrase.</source>
        <translation>Ghi khóa công khai của bạn ra một tệp một dòng, để gửi cho những người kiểm tra chữ ký của bạn; không cần cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The public key file to write (KEY.pub); it must not exist.</source>
        <translation>Tệp khóa công khai cần ghi (KEY.pub); tệp này phải chưa tồn tại.</translation>
    </message>
    <message>
        <source>Wrote the public key of %1 to %2.</source>
        <translation>Đã ghi khóa công khai của %1 vào %2.</translation>
    </message>
    <message>
        <source>Created your signing key in %1; its fingerprint is %2.</source>
        <translation>Đã tạo khóa ký của bạn trong %1; dấu vân tay của khóa là %2.</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::Main</name>
    <message>
        <source>Unknown language “%1”; use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ “%1”; vui lòng dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Không có lệnh “%1”.</translation>
    </message>
    <message>
        <source>Usage: parscore-cli [--lang vi|en] COMMAND [OPTIONS]

ParScore scores the PAR Index (Chỉ số cải cách hành chính) offline.

Commands:
  criteria list [--json]            the built-in criteria sets
  criteria check FILE.json          validate a criteria set, list every problem
  criteria export builtin:ID[@VER]  print a built-in set&apos;s JSON as shipped
  score --criteria SPEC --answers FILE [--as agency|appraiser] [--json] [--explain]
                                    score one layer of answers
  new --criteria SPEC --agency-code C --agency-name N --group G --year Y -o F.parx
                                    create an agency&apos;s assessment file
  answer F.parx --answers A.json [--layer self|appraisal1|appraisal2] [--agency C]
                                    store answers into a layer
  show F.parx [--json]              assessments, seal state and scores per layer
  evidence add F.parx --node ID FILE... [--effective-date YYYY-MM-DD]
                                    embed evidence documents for items
  evidence list F.parx [--json]     embedded evidence documents
  evidence extract F.parx --to DIR  write the evidence into a folder
  seal F.parx [--agency C]          submit: seal and sign the self-assessment
  verify F.parx [--json]            check seals and signatures (0 intact, 1 not sealed,
                                    changed or a signature that does not hold)
  sign F.parx                       sign the appraisals of an inspectors&apos; file
  check F.parx [--deep]             check every row; --deep: every document and seal too
  province new -o F.parx --year Y --title T [--criteria SPEC]... [--agencies LIST]
                                    create the inspectors&apos; province file
  province show F.parx [--json]     a province file&apos;s title, year, sets and agencies
  merge -o OUT.parx IN.parx|DIR... [--criteria SPEC]... [--accept-appraisals]
        [--accept-mismatched] [--dry-run] [--json]
                                    merge files into one
  overview F.parx [--layer self|final] [--group G] [--json]
                                    every assessment&apos;s self and final scores, ranked
                                    within its year and group
  survey F.parx --layer appraisal1|appraisal2 --tsv GRID.tsv [--year Y] [--dry-run]
                                    enter survey scores of many agencies, all or nothing
  request-explanation F.parx --agency C --node ID --text T
                                    ask an agency to explain an item
  finalize F.parx --agency C|--group G [--year Y]
                                    lock final results (complete final layer)
  reopen F.parx --agency C --reason T
                                    reopen a final result for appraisal
  export-request F.parx --agency C -o REQUEST.parx [--without-appraisal-notes]
                                    write the request file for one agency
  respond REQUEST.parx --node ID --text T [--effective-date YYYY-MM-DD] [FILE...]
                                    answer a request (seal REQUEST.parx to send it)
  log F.parx [--agency C] [--json]  the change log
  history F.parx --node ID [--agency C] [--json]
                                    who changed one item, when, old → new
  report F.parx -o card.pdf [--agency C] [--layer self|final]
                                    print the scorecard to PDF (final: every layer)
  report F.parx --ranking [--group G] -o ranking.pdf
                                    print the ranking of every group (or one) to PDF
  report F.parx --all [--group G] [--layer self|final] -o OUT.pdf|DIR/
                                    every agency&apos;s scorecard, in one PDF or one each
  export F.parx -o OUT.xlsx [--layer self|final]
                                    the overview and every item of every agency to Excel
  key new [--name NAME] [--force]   create your signing key (passphrase: PARSCORE_KEY_PASSPHRASE)
  key show [--json]                 your key&apos;s fingerprint and holder
  key export -o KEY.pub             write your public key to a file of one line
  trust F.parx --agency C KEY.pub | --inspector KEY.pub
                                    trust an agency&apos;s key (replacing its old one) or a
                                    colleague inspector&apos;s in a province file
  trust F.parx --list [--json] | --confirm --agency C | --remove --agency C
                                    the trusted keys; confirm a learnt key; forget one

Run “parscore-cli COMMAND --help” for a command&apos;s options.
Exit status: 0 success, 1 invalid input or usage, 2 a file cannot be read or written.
</source>
        <translation>Cách dùng: parscore-cli [--lang vi|en] COMMAND [OPTIONS]

ParScore chấm điểm Chỉ số cải cách hành chính (PAR Index) không cần kết nối mạng.

Các lệnh:
  criteria list [--json]            các bộ chỉ số tích hợp sẵn
  criteria check FILE.json          kiểm tra một bộ chỉ số, liệt kê mọi lỗi
  criteria export builtin:ID[@VER]  in JSON của một bộ chỉ số tích hợp sẵn, đúng như
                                    bản phát hành
  score --criteria SPEC --answers FILE [--as agency|appraiser] [--json] [--explain]
                                    chấm điểm một lượt kết quả chấm
  new --criteria SPEC --agency-code C --agency-name N --group G --year Y -o F.parx
                                    tạo tệp đánh giá của một cơ quan, đơn vị
  answer F.parx --answers A.json [--layer self|appraisal1|appraisal2] [--agency C]
                                    ghi kết quả chấm vào một lượt chấm
  show F.parx [--json]              các bản đánh giá, trạng thái niêm phong và điểm
                                    theo từng lượt chấm
  evidence add F.parx --node ID FILE... [--effective-date YYYY-MM-DD]
                                    đính kèm tài liệu kiểm chứng cho các tiêu chí
  evidence list F.parx [--json]     các tài liệu kiểm chứng đã đính kèm
  evidence extract F.parx --to DIR  ghi tài liệu kiểm chứng ra một thư mục
  seal F.parx [--agency C]          nộp: niêm phong và ký số kết quả tự đánh giá
  verify F.parx [--json]            kiểm tra niêm phong và chữ ký số (0 nguyên vẹn, 1 chưa
                                    niêm phong, đã bị thay đổi hoặc chữ ký không hợp lệ)
  sign F.parx                       ký số kết quả thẩm định trong tệp của đoàn thẩm định
  check F.parx [--deep]             kiểm tra từng dòng dữ liệu; --deep: kiểm tra thêm
                                    mọi tài liệu và niêm phong
  province new -o F.parx --year Y --title T [--criteria SPEC]... [--agencies LIST]
                                    tạo tệp thẩm định của tỉnh cho thẩm định viên
  province show F.parx [--json]     tiêu đề, năm, các bộ chỉ số và các cơ quan, đơn vị
                                    của một tệp thẩm định của tỉnh
  merge -o OUT.parx IN.parx|DIR... [--criteria SPEC]... [--accept-appraisals]
        [--accept-mismatched] [--dry-run] [--json]
                                    gộp nhiều tệp thành một
  overview F.parx [--layer self|final] [--group G] [--json]
                                    điểm tự đánh giá và điểm cuối cùng của mọi bản
                                    đánh giá, xếp hạng trong từng năm và từng nhóm
  survey F.parx --layer appraisal1|appraisal2 --tsv GRID.tsv [--year Y] [--dry-run]
                                    nhập điểm điều tra, khảo sát của nhiều cơ quan,
                                    đơn vị; nhập tất cả hoặc không nhập gì
  request-explanation F.parx --agency C --node ID --text T
                                    yêu cầu cơ quan, đơn vị giải trình một tiêu chí
  finalize F.parx --agency C|--group G [--year Y]
                                    chốt kết quả cuối cùng (khi đã chấm đủ)
  reopen F.parx --agency C --reason T
                                    mở lại kết quả đã chốt để thẩm định lại
  export-request F.parx --agency C -o REQUEST.parx [--without-appraisal-notes]
                                    lập tệp yêu cầu giải trình cho một cơ quan, đơn vị
  respond REQUEST.parx --node ID --text T [--effective-date YYYY-MM-DD] [FILE...]
                                    giải trình một yêu cầu (niêm phong REQUEST.parx để gửi)
  log F.parx [--agency C] [--json]  nhật ký thay đổi
  history F.parx --node ID [--agency C] [--json]
                                    ai đã thay đổi một tiêu chí, vào lúc nào, cũ → mới
  report F.parx -o card.pdf [--agency C] [--layer self|final]
                                    in bảng chấm điểm ra tệp PDF (final: mọi lượt chấm)
  report F.parx --ranking [--group G] -o ranking.pdf
                                    in bảng xếp hạng của mọi nhóm (hoặc một nhóm) ra tệp PDF
  report F.parx --all [--group G] [--layer self|final] -o OUT.pdf|DIR/
                                    bảng chấm điểm của mọi cơ quan, đơn vị, gộp một tệp PDF hoặc mỗi đơn vị một tệp
  export F.parx -o OUT.xlsx [--layer self|final]
                                    tổng hợp và từng tiêu chí của mọi cơ quan, đơn vị ra tệp Excel
  key new [--name NAME] [--force]   tạo khóa ký số của bạn (cụm mật khẩu: PARSCORE_KEY_PASSPHRASE)
  key show [--json]                 dấu vân tay và người giữ khóa của bạn
  key export -o KEY.pub             ghi khóa công khai của bạn ra một tệp một dòng
  trust F.parx --agency C KEY.pub | --inspector KEY.pub
                                    tin cậy khóa của một cơ quan (thay khóa cũ) hoặc của
                                    thẩm định viên đồng nghiệp trong tệp của tỉnh
  trust F.parx --list [--json] | --confirm --agency C | --remove --agency C
                                    các khóa tin cậy; xác nhận khóa đã ghi nhận; xóa một khóa

Chạy “parscore-cli COMMAND --help” để xem các tùy chọn của một lệnh.
Mã thoát: 0 thành công, 1 dữ liệu nhập hoặc cách dùng không hợp lệ, 2 không đọc hoặc ghi được tệp.

</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::MergeCommand</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: chưa ghi dữ liệu nào.</translation>
    </message>
    <message>
        <source>Added: %1, updated: %2, conflicts: %3, duplicates: %4, rejected: %5, unchanged: %6</source>
        <translation>Thêm mới: %1, cập nhật: %2, xung đột: %3, trùng lặp: %4, bị từ chối: %5, không thay đổi: %6</translation>
    </message>
    <message>
        <source>CONFLICT %1 %2 %3: kept %4, other %5 (kept in the change log)</source>
        <translation>XUNG ĐỘT %1 %2 %3: giữ %4, giá trị còn lại %5 (được lưu trong nhật ký thay đổi)</translation>
    </message>
    <message>
        <source>DUPLICATE %1 %2: two assessments %3 — both kept, resolve by hand</source>
        <translation>TRÙNG LẶP %1 %2: có hai bản đánh giá %3 — đã giữ cả hai, vui lòng xử lý thủ công</translation>
    </message>
    <message>
        <source>OTHER EDITION %1: this file uses criteria version %2, the other %3 — not merged</source>
        <translation>KHÁC PHIÊN BẢN %1: tệp đích dùng bộ chỉ số phiên bản %2, tệp nguồn dùng phiên bản %3 — không hợp nhất</translation>
    </message>
    <message>
        <source>REJECTED %1: %2</source>
        <translation>BỊ TỪ CHỐI %1: %2</translation>
    </message>
    <message>
        <source>Merges assessment files (or folders of them) into one file.</source>
        <translation>Hợp nhất các tệp đánh giá (hoặc các thư mục chứa chúng) thành một tệp.</translation>
    </message>
    <message>
        <source>The files or folders to merge.</source>
        <translation>Các tệp hoặc thư mục cần hợp nhất.</translation>
    </message>
    <message>
        <source>The file to merge into; created when missing.</source>
        <translation>Tệp đích để hợp nhất vào; tự động tạo nếu chưa có.</translation>
    </message>
    <message>
        <source>Report what would change without writing.</source>
        <translation>Chạy thử: báo cáo những nội dung sẽ thay đổi mà không ghi vào tệp.</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>In báo cáo dưới dạng một đối tượng JSON.</translation>
    </message>
    <message>
        <source>UPDATED %1 %2 %3: %4 → %5</source>
        <translation>CẬP NHẬT %1 %2 %3: %4 → %5</translation>
    </message>
    <message>
        <source>RESUBMITTED %1: the submission sealed %2 replaces the one sealed %3</source>
        <translation>NỘP LẠI %1: bản nộp niêm phong lúc %2 thay cho bản niêm phong lúc %3</translation>
    </message>
    <message>
        <source>APPRAISAL NOT TAKEN %1 from %2: only a colleague&apos;s appraisal file brings appraisals (--accept-appraisals)</source>
        <translation>KHÔNG NHẬN KẾT QUẢ THẨM ĐỊNH %1 từ %2: chỉ tệp thẩm định của đồng nghiệp mới được mang kết quả thẩm định (--accept-appraisals)</translation>
    </message>
    <message>
        <source>A criteria set the province file accepts, besides the built-in ones (repeatable): builtin:ID[@VERSION] or a file.</source>
        <translation>Bộ chỉ số mà tệp của tỉnh chấp nhận, ngoài các bộ tích hợp sẵn (có thể lặp lại): builtin:ID[@VERSION] hoặc một tệp.</translation>
    </message>
    <message>
        <source>The inputs are colleagues&apos; appraisal files: take their appraisal layers and statuses. Without it an input brings only the agency&apos;s own content.</source>
        <translation>Các tệp đầu vào là tệp thẩm định của đồng nghiệp: nhận các lớp thẩm định và trạng thái của chúng. Nếu không có tùy chọn này, mỗi tệp chỉ mang nội dung của chính cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>HELD %1 from %2: %3 — not merged (--accept-mismatched takes it as it is)</source>
        <translation>TẠM GIỮ %1 từ %2: %3 — chưa gộp (dùng --accept-mismatched để gộp nguyên trạng)</translation>
    </message>
    <message>
        <source>NOT LISTED %1 (%2, group %3) from %4: merged; the province&apos;s list does not name it</source>
        <translation>KHÔNG CÓ TRONG DANH SÁCH %1 (%2, nhóm %3) từ %4: đã gộp; danh sách cơ quan, đơn vị của tỉnh không có cơ quan, đơn vị này</translation>
    </message>
    <message>
        <source>Merge submissions that do not match the province&apos;s list of agencies (name or group) or its year as they are. Without it they are held: reported and not merged.</source>
        <translation>Gộp nguyên trạng các hồ sơ không khớp với danh sách cơ quan, đơn vị của tỉnh (về tên hoặc nhóm) hoặc với năm của tệp thẩm định. Nếu không có tùy chọn này, các hồ sơ đó bị tạm giữ: được báo cáo và không được gộp.</translation>
    </message>
    <message>
        <source>RESPONSE %1 on item %2 from %3</source>
        <translation>GIẢI TRÌNH %1 tiêu chí %2 từ %3</translation>
    </message>
    <message>
        <source>KEY MISMATCH %1 from %2: signed by the key %3, but the province file knows the agency&apos;s key %4 — not merged</source>
        <translation>KHÓA KHÔNG KHỚP %1 từ %2: được ký bằng khóa %3, nhưng tệp của tỉnh đã biết khóa của cơ quan là %4 — không hợp nhất</translation>
    </message>
    <message>
        <source>KEY MISMATCH %1 from %2: not signed, but the province file knows the agency&apos;s key %3 (a signature removed?) — not merged</source>
        <translation>KHÓA KHÔNG KHỚP %1 từ %2: không có chữ ký số, nhưng tệp của tỉnh đã biết khóa của cơ quan là %3 (chữ ký đã bị gỡ bỏ?) — không hợp nhất</translation>
    </message>
    <message>
        <source>KEY LEARNT %1: %2 — compare this fingerprint with the agency&apos;s by phone or on paper, then confirm it (trust --confirm --agency %1)</source>
        <translation>ĐÃ GHI NHẬN KHÓA %1: %2 — đề nghị đối chiếu dấu vân tay này với cơ quan qua điện thoại hoặc trên giấy, sau đó xác nhận (trust --confirm --agency %1)</translation>
    </message>
    <message>
        <source>UNSIGNED %1 from %2: merged; the submission carries no signature</source>
        <translation>CHƯA KÝ SỐ %1 từ %2: đã hợp nhất; hồ sơ nộp không có chữ ký số</translation>
    </message>
    <message>
        <source>the appraisal is not signed</source>
        <translation>kết quả thẩm định chưa được ký số</translation>
    </message>
    <message>
        <source>its signature does not hold (changed after signing)</source>
        <translation>chữ ký số không còn hợp lệ (đã bị thay đổi sau khi ký)</translation>
    </message>
    <message>
        <source>signed by the key %1, which the province file does not trust (trust --inspector)</source>
        <translation>được ký bằng khóa %1, là khóa mà tệp của tỉnh không tin cậy (trust --inspector)</translation>
    </message>
    <message>
        <source>APPRAISAL NOT TRUSTED %1 from %2: %3 — not taken</source>
        <translation>KẾT QUẢ THẨM ĐỊNH KHÔNG ĐƯỢC TIN CẬY %1 từ %2: %3 — không tiếp nhận</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::OverviewCommand</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Niêm phong</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Tự đánh giá %</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>Cuối cùng %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Ranked on the final result (scored as the appraisers).</source>
        <translation>Xếp hạng theo kết quả cuối cùng (chấm như cơ quan thẩm định).</translation>
    </message>
    <message>
        <source>Ranked on the self-assessment (scored as the agency).</source>
        <translation>Xếp hạng theo kết quả tự đánh giá (chấm như cơ quan, đơn vị).</translation>
    </message>
    <message>
        <source>Year %1, group %2</source>
        <translation>Năm %1, nhóm %2</translation>
    </message>
    <message>
        <source>* provisional: the appraisal of this agency is not final yet.</source>
        <translation>* tạm tính: cơ quan, đơn vị này chưa có kết quả thẩm định cuối cùng.</translation>
    </message>
    <message>
        <source>“—”: no percent, or not ranked (the layer is empty or not every item is answered).</source>
        <translation>“—”: không có tỷ lệ phần trăm, hoặc không xếp hạng (lượt chấm còn trống hoặc chưa chấm hết các mục).</translation>
    </message>
    <message>
        <source>Lists every assessment of a file with its self and final scores and its rank within its year and group.</source>
        <translation>Liệt kê mọi bản đánh giá trong tệp với điểm tự đánh giá, điểm cuối cùng và thứ hạng trong năm và nhóm của nó.</translation>
    </message>
    <message>
        <source>The assessment file.</source>
        <translation>Tệp đánh giá (.parx).</translation>
    </message>
    <message>
        <source>The layer ranked on: final (default) or self.</source>
        <translation>Lượt chấm dùng để xếp hạng: final (kết quả cuối cùng, mặc định) hoặc self (tự đánh giá).</translation>
    </message>
    <message>
        <source>Show only this group (ranks unchanged).</source>
        <translation>Chỉ hiện nhóm này (thứ hạng không đổi).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>In ra một đối tượng JSON.</translation>
    </message>
    <message>
        <source>--layer must be self or final.</source>
        <translation>--layer phải là self hoặc final.</translation>
    </message>
    <message>
        <source>The file holds no assessment.</source>
        <translation>Tệp không có bản đánh giá nào.</translation>
    </message>
    <message>
        <source>The file holds no assessment of the group %1.</source>
        <translation>Tệp không có bản đánh giá nào của nhóm %1.</translation>
    </message>
    <message>
        <source>Over-claim</source>
        <translation>Tự chấm vượt</translation>
    </message>
    <message numerus="yes">
        <source>Not submitted for %1 (%n agency(ies)):</source>
        <translation>
            <numerusform>Chưa nộp đối với %1 (%n cơ quan, đơn vị):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not submitted (%n agency(ies)):</source>
        <translation>
            <numerusform>Chưa nộp (%n cơ quan, đơn vị):</numerusform>
        </translation>
    </message>
    <message>
        <source>Over-claim: the final answers scored as the agency minus the self-assessment, in points (percentage points); negative when the agency claimed more than the appraisers give; “—” when the appraisers have not scored the agency&apos;s items.</source>
        <translation>Tự chấm vượt: điểm kết quả cuối cùng, tính như phần cơ quan, đơn vị tự chấm, trừ đi điểm tự đánh giá, tính bằng điểm (điểm phần trăm); mang giá trị âm khi cơ quan, đơn vị tự chấm cao hơn mức thẩm định viên công nhận; “—” khi thẩm định viên chưa chấm các tiêu chí của cơ quan, đơn vị.</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ProvinceCommands</name>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Accepted criteria sets: %1</source>
        <translation>Các bộ chỉ số được chấp nhận: %1</translation>
    </message>
    <message>
        <source>Expected agencies: %1</source>
        <translation>Các cơ quan, đơn vị phải nộp hồ sơ: %1</translation>
    </message>
    <message>
        <source>Creates the inspectors&apos; province file: its title, year, the criteria sets it accepts and the agencies expected to submit.</source>
        <translation>Tạo tệp thẩm định của tỉnh dành cho thẩm định viên: tiêu đề, năm, các bộ chỉ số được chấp nhận và các cơ quan, đơn vị phải nộp hồ sơ.</translation>
    </message>
    <message>
        <source>The new province file (.parx); it must not exist.</source>
        <translation>Tệp thẩm định mới của tỉnh (.parx); không được trùng với tệp đã có.</translation>
    </message>
    <message>
        <source>The year appraised.</source>
        <translation>Năm được thẩm định.</translation>
    </message>
    <message>
        <source>The file&apos;s title.</source>
        <translation>Tiêu đề của tệp.</translation>
    </message>
    <message>
        <source>A criteria set the province file accepts (repeatable): builtin:ID[@VERSION] or a file. Without it, the built-in sets.</source>
        <translation>Một bộ chỉ số mà tệp thẩm định của tỉnh chấp nhận (có thể ghi tùy chọn này nhiều lần): builtin:ID[@VERSION] hoặc một tệp. Nếu không có tùy chọn này, dùng các bộ chỉ số tích hợp sẵn.</translation>
    </message>
    <message>
        <source>The agencies expected to submit: a CSV or TSV file with the columns code, name and group.</source>
        <translation>Các cơ quan, đơn vị phải nộp hồ sơ: một tệp CSV hoặc TSV có các cột code, name và group.</translation>
    </message>
    <message>
        <source>Created %1: %2, %3, %4 criteria set(s), %5 expected agencies</source>
        <translation>Đã tạo %1: %2, năm %3, %4 bộ chỉ số, %5 cơ quan, đơn vị phải nộp hồ sơ</translation>
    </message>
    <message>
        <source>Shows a province file&apos;s title, year, accepted criteria sets and expected agencies.</source>
        <translation>Hiển thị tiêu đề, năm, các bộ chỉ số được chấp nhận và các cơ quan, đơn vị phải nộp hồ sơ của một tệp thẩm định của tỉnh.</translation>
    </message>
    <message>
        <source>The province file.</source>
        <translation>Tệp thẩm định của tỉnh.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>In ra một đối tượng JSON.</translation>
    </message>
    <message>
        <source>%1 is an agency&apos;s own file, not a province file</source>
        <translation>%1 là tệp riêng của một cơ quan, đơn vị, không phải tệp thẩm định của tỉnh</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ReportCommand</name>
    <message>
        <source>The assessment file.</source>
        <translation>Tệp đánh giá.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>Wrote the scorecard of %1 to %2</source>
        <translation>Đã ghi bảng chấm điểm của %1 vào %2</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Bảng xếp hạng</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the ranking of %n agency(ies) to %1</source>
        <translation>
            <numerusform>Đã ghi bảng xếp hạng %n cơ quan, đơn vị vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the ranking of every agency (per group) instead.</source>
        <translation>In bảng xếp hạng mọi cơ quan, đơn vị (theo nhóm) thay cho bảng chấm điểm.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the scorecards of %n agency(ies) to %1</source>
        <translation>
            <numerusform>Đã ghi bảng chấm điểm của %n cơ quan, đơn vị vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print every agency&apos;s scorecard: into one PDF, or one PDF each when -o ends with “/”.</source>
        <translation>In bảng chấm điểm của mọi cơ quan, đơn vị: gộp vào một tệp PDF, hoặc mỗi đơn vị một tệp khi -o kết thúc bằng “/”.</translation>
    </message>
    <message>
        <source>With --ranking or --all: only this group.</source>
        <translation>Dùng với --ranking hoặc --all: chỉ nhóm này.</translation>
    </message>
    <message>
        <source>Only one of --ranking, --all and --agency goes at a time.</source>
        <translation>Mỗi lần chỉ dùng một trong --ranking, --all và --agency.</translation>
    </message>
    <message>
        <source>--group goes with --ranking or --all.</source>
        <translation>--group chỉ dùng cùng --ranking hoặc --all.</translation>
    </message>
    <message>
        <source>Prints an assessment&apos;s scorecard (self-assessment, or the official card of every layer), every agency&apos;s, or the ranking, to PDF.</source>
        <translation>In bảng chấm điểm của một bản đánh giá (tự đánh giá, hoặc phiếu kết quả thẩm định với mọi lượt chấm), của mọi cơ quan, đơn vị, hoặc bảng xếp hạng ra tệp PDF.</translation>
    </message>
    <message>
        <source>The card: self (the self-assessment, default) or final (every layer, the official card of the appraisal).</source>
        <translation>Loại bảng: self (tự đánh giá, mặc định) hoặc final (mọi lượt chấm, phiếu kết quả thẩm định chính thức).</translation>
    </message>
    <message>
        <source>--layer must be self or final, and does not go with --ranking.</source>
        <translation>--layer phải là self hoặc final, và không dùng cùng --ranking.</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::RequestCommands</name>
    <message>
        <source>Asks an agency to explain one item (a request for explanation); the assessment&apos;s status becomes “explanation requested”.</source>
        <translation>Yêu cầu cơ quan, đơn vị giải trình một tiêu chí; trạng thái bản đánh giá chuyển thành “đã yêu cầu giải trình”.</translation>
    </message>
    <message>
        <source>The inspectors&apos; province file.</source>
        <translation>Tệp thẩm định của tỉnh.</translation>
    </message>
    <message>
        <source>The item to explain (any node id of the set).</source>
        <translation>Tiêu chí cần giải trình (mã bất kỳ của bộ chỉ số).</translation>
    </message>
    <message>
        <source>What the agency is asked to explain.</source>
        <translation>Nội dung cơ quan, đơn vị được yêu cầu giải trình.</translation>
    </message>
    <message>
        <source>Requested an explanation of item %1 from %2.</source>
        <translation>Đã yêu cầu %2 giải trình tiêu chí %1.</translation>
    </message>
    <message>
        <source>Locks the final result of an agency, or of every agency of a group whose final layer is complete; open requests are closed as unanswered.</source>
        <translation>Chốt kết quả cuối cùng của một cơ quan, đơn vị, hoặc của mọi cơ quan, đơn vị trong nhóm đã chấm đủ kết quả cuối cùng; các yêu cầu chưa được trả lời được đóng là không giải trình.</translation>
    </message>
    <message>
        <source>Every agency of this group.</source>
        <translation>Mọi cơ quan, đơn vị của nhóm này.</translation>
    </message>
    <message>
        <source>With --group: only the assessments of this year.</source>
        <translation>Với --group: chỉ các bản đánh giá của năm này.</translation>
    </message>
    <message>
        <source>Name either --agency CODE or --group G.</source>
        <translation>Hãy chỉ định một trong hai: --agency MÃ hoặc --group NHÓM.</translation>
    </message>
    <message numerus="yes">
        <source>Finalized %1 (%2); %n open request(s) closed as unanswered.</source>
        <translation>
            <numerusform>Đã chốt kết quả %1 (%2); %n yêu cầu chưa trả lời được đóng là không giải trình.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FINALIZED %1; %n open request(s) closed as unanswered</source>
        <translation>
            <numerusform>ĐÃ CHỐT %1; %n yêu cầu chưa trả lời được đóng là không giải trình</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT FINALIZED %1: %2</source>
        <translation>CHƯA CHỐT %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 assessment(s) finalized.</source>
        <translation>
            <numerusform>Đã chốt %n trên %1 bản đánh giá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopens a final result for appraisal; the reason is recorded in the log.</source>
        <translation>Mở lại kết quả đã chốt để thẩm định lại; lý do được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>Why the final result is reopened.</source>
        <translation>Lý do mở lại kết quả đã chốt.</translation>
    </message>
    <message>
        <source>Reopened %1 (%2): it is in appraisal again.</source>
        <translation>Đã mở lại %1 (%2): bản đánh giá trở lại trạng thái đang thẩm định.</translation>
    </message>
    <message>
        <source>Writes the request file for one agency: its submission, the round-1 appraisal and its open explanation requests, never other agencies&apos; data.</source>
        <translation>Lập tệp yêu cầu giải trình cho một cơ quan, đơn vị: hồ sơ tự đánh giá, kết quả thẩm định lần 1 và các yêu cầu giải trình đang mở, không kèm dữ liệu của cơ quan, đơn vị khác.</translation>
    </message>
    <message>
        <source>The request file to write (a new file).</source>
        <translation>Tệp yêu cầu giải trình cần lập (tệp mới).</translation>
    </message>
    <message>
        <source>Send the round-1 points without the appraisers&apos; notes.</source>
        <translation>Gửi điểm thẩm định lần 1 không kèm ghi chú của người thẩm định.</translation>
    </message>
    <message>
        <source>Wrote the request file for %1 to %2.</source>
        <translation>Đã lập tệp yêu cầu giải trình cho %1 tại %2.</translation>
    </message>
    <message>
        <source>Answers the explanation request on one item of a request file, with documents when given; before sealing, answering again replaces the text.</source>
        <translation>Giải trình một tiêu chí được yêu cầu trong tệp yêu cầu giải trình, kèm tài liệu nếu có; trước khi niêm phong, giải trình lại sẽ thay nội dung cũ.</translation>
    </message>
    <message>
        <source>The request file.</source>
        <translation>Tệp yêu cầu giải trình.</translation>
    </message>
    <message>
        <source>Documents to attach.</source>
        <translation>Tài liệu đính kèm.</translation>
    </message>
    <message>
        <source>The item the request is on.</source>
        <translation>Tiêu chí được yêu cầu giải trình.</translation>
    </message>
    <message>
        <source>The explanation.</source>
        <translation>Nội dung giải trình.</translation>
    </message>
    <message>
        <source>The documents&apos; effective date.</source>
        <translation>Ngày hiệu lực của tài liệu.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the response on item %1 (%n document(s)).</source>
        <translation>
            <numerusform>Đã ghi nội dung giải trình tiêu chí %1 (%n tài liệu).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed the response; fingerprint %1</source>
        <translation>Đã niêm phong nội dung giải trình; dấu vân tay %1</translation>
    </message>
    <message>
        <source>Response: sealed, intact (%1)</source>
        <translation>Giải trình: đã niêm phong, nguyên vẹn (%1)</translation>
    </message>
    <message>
        <source>Response: not sealed</source>
        <translation>Giải trình: chưa niêm phong</translation>
    </message>
    <message>
        <source>Response: SEAL BROKEN, the response was changed after sealing</source>
        <translation>Giải trình: NIÊM PHONG BỊ PHÁ VỠ, nội dung đã bị sửa sau khi niêm phong</translation>
    </message>
    <message>
        <source>Signed with the key %1</source>
        <translation>Đã ký bằng khóa %1</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ScoreCommand</name>
    <message>
        <source>Scores one layer of answers against a criteria set.</source>
        <translation>Chấm điểm một lượt kết quả chấm (tự đánh giá hoặc thẩm định) theo một bộ chỉ số.</translation>
    </message>
    <message>
        <source>The criteria set: a JSON file or builtin:ID[@VERSION].</source>
        <translation>Bộ chỉ số: một tệp JSON hoặc builtin:ID[@VERSION].</translation>
    </message>
    <message>
        <source>The answers file (JSON).</source>
        <translation>Tệp kết quả chấm (JSON).</translation>
    </message>
    <message>
        <source>Score as the agency (default; appraiser items left out) or as the appraiser.</source>
        <translation>Chấm điểm với tư cách cơ quan, đơn vị tự đánh giá (agency, mặc định; không tính các mục do cơ quan thẩm định chấm) hoặc với tư cách cơ quan thẩm định (appraiser).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>In ra một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Show how every item&apos;s points were worked out.</source>
        <translation>Trình bày cách tính điểm của từng mục.</translation>
    </message>
    <message>
        <source>--as must be agency or appraiser, not “%1”.</source>
        <translation>Giá trị của --as phải là agency hoặc appraiser, không phải “%1”.</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::ScoreTable</name>
    <message>
        <source>incomplete</source>
        <translation>chưa chấm đủ</translation>
    </message>
    <message>
        <source>Criteria set %1 @ %2, SHA-256 %3</source>
        <translation>Bộ chỉ số %1 @ %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Scored as: the agency (self-assessment)</source>
        <translation>Bên chấm điểm: cơ quan, đơn vị (tự đánh giá)</translation>
    </message>
    <message>
        <source>Scored as: the appraisers</source>
        <translation>Bên chấm điểm: cơ quan thẩm định</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Các lĩnh vực:</translation>
    </message>
    <message>
        <source>Bonus:</source>
        <translation>Điểm thưởng:</translation>
    </message>
    <message>
        <source>Penalty:</source>
        <translation>Điểm trừ:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Tổng điểm:</translation>
    </message>
    <message>
        <source>Index:</source>
        <translation>Chỉ số:</translation>
    </message>
    <message>
        <source>none (the maximum is 0)</source>
        <translation>không tính được (điểm tối đa bằng 0)</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Xếp loại:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Đã chấm:</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1/%2 mục</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::SurveyCommand</name>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: chưa ghi dữ liệu nào.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n cell(s) would change</source>
        <translation>
            <numerusform>%1 (%2): %n ô sẽ thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n cell(s) changed</source>
        <translation>
            <numerusform>%1 (%2): đã thay đổi %n ô</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) would change in the %1 layer.</source>
        <translation>
            <numerusform>%n ô sẽ thay đổi trong lượt chấm %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed in the %1 layer.</source>
        <translation>
            <numerusform>Đã thay đổi %n ô trong lượt chấm %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enters survey and other appraiser-only scores of many agencies from a tab-separated grid into an appraisal layer, all or nothing.</source>
        <translation>Nhập điểm điều tra, khảo sát và các điểm khác chỉ do thẩm định viên chấm của nhiều cơ quan, đơn vị từ một bảng phân tách bằng tab vào một lượt thẩm định; nhập tất cả hoặc không nhập gì.</translation>
    </message>
    <message>
        <source>The inspectors&apos; province file.</source>
        <translation>Tệp thẩm định của tỉnh.</translation>
    </message>
    <message>
        <source>The layer: appraisal1 or appraisal2.</source>
        <translation>Lượt chấm: appraisal1 (thẩm định lần 1) hoặc appraisal2 (thẩm định lần 2).</translation>
    </message>
    <message>
        <source>The grid (UTF-8, tab-separated): a header “agency” then item ids, one row per agency code.</source>
        <translation>Bảng dữ liệu (UTF-8, phân tách bằng tab): dòng tiêu đề gồm “agency” rồi đến mã các tiêu chí, mỗi dòng ứng với một mã cơ quan, đơn vị.</translation>
    </message>
    <message>
        <source>The year of the assessments (needed when the file holds an agency&apos;s assessments of several years).</source>
        <translation>Năm của các bản đánh giá (bắt buộc khi tệp chứa bản đánh giá nhiều năm của một cơ quan, đơn vị).</translation>
    </message>
    <message>
        <source>Check the grid and show what would change, writing nothing.</source>
        <translation>Kiểm tra bảng dữ liệu và cho biết những gì sẽ thay đổi, không ghi dữ liệu nào.</translation>
    </message>
    <message>
        <source>--layer must be appraisal1 or appraisal2: survey scores are the appraisers&apos; (the final result is computed from the layers).</source>
        <translation>Giá trị của --layer phải là appraisal1 hoặc appraisal2: điểm điều tra, khảo sát do thẩm định viên chấm (kết quả cuối cùng được tính từ các lượt chấm).</translation>
    </message>
</context>
<context>
    <name>ParScore::Cli::TrustCommand</name>
    <message>
        <source>Agency %1</source>
        <translation>Cơ quan %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Thẩm định viên</translation>
    </message>
    <message>
        <source>learnt, NOT CONFIRMED: compare the fingerprint with the agency by phone or on paper, then run “trust --confirm --agency %1”</source>
        <translation>ghi nhận tự động, CHƯA XÁC NHẬN: đề nghị đối chiếu dấu vân tay với cơ quan qua điện thoại hoặc trên giấy, sau đó chạy “trust --confirm --agency %1”</translation>
    </message>
    <message>
        <source>learnt, confirmed %1</source>
        <translation>ghi nhận tự động, đã xác nhận lúc %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>nhập từ tệp khóa lúc %1</translation>
    </message>
    <message>
        <source>The province file trusts no key yet.</source>
        <translation>Tệp của tỉnh chưa tin cậy khóa nào.</translation>
    </message>
    <message>
        <source>Nothing to change: the province file already says so.</source>
        <translation>Không có gì thay đổi: tệp của tỉnh đã ghi nhận như vậy.</translation>
    </message>
    <message>
        <source>It replaces the key %1 (%2).</source>
        <translation>Khóa này thay thế khóa %1 (%2).</translation>
    </message>
    <message>
        <source>Records the public keys the province file trusts: an agency&apos;s (one per agency: a new one replaces the old) or a colleague inspector&apos;s; lists, confirms and removes them.</source>
        <translation>Ghi nhận các khóa công khai mà tệp của tỉnh tin cậy: của cơ quan (mỗi cơ quan một khóa: khóa mới thay thế khóa cũ) hoặc của thẩm định viên đồng nghiệp; liệt kê, xác nhận và xóa các khóa đó.</translation>
    </message>
    <message>
        <source>The province file.</source>
        <translation>Tệp của tỉnh.</translation>
    </message>
    <message>
        <source>The public key file (one line, as key export writes it).</source>
        <translation>Tệp khóa công khai (một dòng, như lệnh key export tạo ra).</translation>
    </message>
    <message>
        <source>The agency whose key it is.</source>
        <translation>Cơ quan sở hữu khóa.</translation>
    </message>
    <message>
        <source>The key is a colleague inspector&apos;s.</source>
        <translation>Khóa của thẩm định viên đồng nghiệp.</translation>
    </message>
    <message>
        <source>List the keys the file trusts.</source>
        <translation>Liệt kê các khóa mà tệp tin cậy.</translation>
    </message>
    <message>
        <source>With --list: print one JSON object.</source>
        <translation>Kèm --list: in ra một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Confirm the agency&apos;s learnt key, once its fingerprint was compared with the agency&apos;s.</source>
        <translation>Xác nhận khóa đã ghi nhận của cơ quan, sau khi đã đối chiếu dấu vân tay với cơ quan.</translation>
    </message>
    <message>
        <source>Forget the agency&apos;s key (--agency C) or an inspector&apos;s (--inspector KEY.pub).</source>
        <translation>Xóa khóa của cơ quan (--agency C) hoặc của thẩm định viên (--inspector KEY.pub).</translation>
    </message>
    <message>
        <source>Use one of: trust F.parx --agency C KEY.pub | trust F.parx --inspector KEY.pub | trust F.parx --list [--json] | trust F.parx --confirm --agency C | trust F.parx --remove --agency C | trust F.parx --remove --inspector KEY.pub</source>
        <translation>Dùng một trong các dạng: trust F.parx --agency C KEY.pub | trust F.parx --inspector KEY.pub | trust F.parx --list [--json] | trust F.parx --confirm --agency C | trust F.parx --remove --agency C | trust F.parx --remove --inspector KEY.pub</translation>
    </message>
    <message>
        <source>--agency: %1</source>
        <translation>--agency: %1</translation>
    </message>
    <message>
        <source>Confirmed the key of the agency %1.</source>
        <translation>Đã xác nhận khóa của cơ quan %1.</translation>
    </message>
    <message>
        <source>Removed the key of the agency %1.</source>
        <translation>Đã xóa khóa của cơ quan %1.</translation>
    </message>
    <message>
        <source>Removed the inspector&apos;s key.</source>
        <translation>Đã xóa khóa của thẩm định viên.</translation>
    </message>
    <message>
        <source>Recorded the key of the agency %1.</source>
        <translation>Đã ghi nhận khóa của cơ quan %1.</translation>
    </message>
    <message>
        <source>Recorded the inspector&apos;s key.</source>
        <translation>Đã ghi nhận khóa của thẩm định viên.</translation>
    </message>
</context>
<context>
    <name>ParScore::CriteriaParser</name>
    <message>
        <source>node %1</source>
        <translation>mục %1</translation>
    </message>
    <message>
        <source>Cannot read the criteria file %1: %2</source>
        <translation>Không đọc được tệp bộ chỉ số %1: %2</translation>
    </message>
    <message>
        <source>This is not a criteria set: the JSON is broken at byte %1 (%2)</source>
        <translation>Đây không phải là bộ chỉ số: dữ liệu JSON bị lỗi tại byte %1 (%2)</translation>
    </message>
    <message>
        <source>This is not a criteria set: the file holds no JSON object</source>
        <translation>Đây không phải là bộ chỉ số: tệp không chứa đối tượng JSON nào</translation>
    </message>
    <message>
        <source>This is not a criteria set: “format” is not “%1”</source>
        <translation>Đây không phải là bộ chỉ số: “format” không phải là “%1”</translation>
    </message>
    <message>
        <source>This criteria set has format version %1; this version of ParScore reads version %2. Install a newer ParScore.</source>
        <translation>Bộ chỉ số này có phiên bản định dạng %1; phiên bản ParScore đang dùng chỉ đọc được phiên bản định dạng %2. Vui lòng cài đặt phiên bản ParScore mới hơn.</translation>
    </message>
    <message>
        <source>“nodes” must be a non-empty list of areas</source>
        <translation>“nodes” phải là danh sách các lĩnh vực và không được để trống</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message numerus="yes">
        <source>The criteria set is invalid (%n problem(s))</source>
        <translation>
            <numerusform>Bộ chỉ số không hợp lệ (%n lỗi)</numerusform>
        </translation>
    </message>
    <message>
        <source>“status” is “%1”; it must be official, draft or illustrative</source>
        <translation>“status” đang là “%1”; giá trị phải là official, draft hoặc illustrative</translation>
    </message>
    <message>
        <source>“unitKinds” must be a list of agency groups such as &quot;so&quot;</source>
        <translation>“unitKinds” phải là danh sách các nhóm cơ quan, đơn vị, ví dụ &quot;so&quot;</translation>
    </message>
    <message>
        <source>“unitKinds” must hold non-empty texts only</source>
        <translation>“unitKinds” chỉ được chứa các chuỗi văn bản không rỗng</translation>
    </message>
    <message>
        <source>“grades” must be a list</source>
        <translation>“grades” phải là một danh sách</translation>
    </message>
    <message>
        <source>must be an object with “label” and “minPercent”</source>
        <translation>phải là một đối tượng có “label” và “minPercent”</translation>
    </message>
    <message>
        <source>another grade (“%1”) has the same minPercent</source>
        <translation>một mức xếp loại khác (“%1”) có cùng minPercent</translation>
    </message>
    <message>
        <source>must be an object with “maxPoints” and “items”</source>
        <translation>phải là một đối tượng có “maxPoints” và “items”</translation>
    </message>
    <message>
        <source>“items” must be a list</source>
        <translation>“items” phải là một danh sách</translation>
    </message>
    <message>
        <source>must be an object with “id”, “title” and “points”</source>
        <translation>phải là một đối tượng có “id”, “title” và “points”</translation>
    </message>
    <message>
        <source>the id “%1” is used more than once</source>
        <translation>mã “%1” được dùng nhiều hơn một lần</translation>
    </message>
    <message>
        <source>a node must be a JSON object</source>
        <translation>mỗi mục phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>“id” must be a non-empty text</source>
        <translation>“id” phải là chuỗi văn bản không rỗng</translation>
    </message>
    <message>
        <source>the id is used by more than one node</source>
        <translation>mã này được dùng cho nhiều hơn một mục</translation>
    </message>
    <message>
        <source>“children” must be a list of nodes</source>
        <translation>“children” phải là danh sách các mục</translation>
    </message>
    <message>
        <source>“scoredBy” must be agency or appraiser</source>
        <translation>“scoredBy” phải là agency hoặc appraiser</translation>
    </message>
    <message>
        <source>“notApplicable” must be forbidden, exclude, full or zero</source>
        <translation>“notApplicable” phải là forbidden, exclude, full hoặc zero</translation>
    </message>
    <message>
        <source>a node with children cannot have a rule</source>
        <translation>mục có mục con thì không được có quy tắc chấm điểm</translation>
    </message>
    <message>
        <source>“scoredBy” and “notApplicable” apply to leaves only and are ignored here</source>
        <translation>“scoredBy” và “notApplicable” chỉ áp dụng cho mục không có mục con, nên được bỏ qua ở đây</translation>
    </message>
    <message>
        <source>a leaf (a node without children) needs a “rule”</source>
        <translation>mục không có mục con phải có “rule”</translation>
    </message>
    <message>
        <source>maxPoints is %1 but its children add up to %2</source>
        <translation>maxPoints là %1 nhưng tổng điểm các mục con là %2</translation>
    </message>
    <message>
        <source>the areas add up to %1 points, not 100</source>
        <translation>tổng điểm các lĩnh vực là %1, không phải 100</translation>
    </message>
    <message>
        <source>“rule” must be an object with a “kind”</source>
        <translation>“rule” phải là một đối tượng có “kind”</translation>
    </message>
    <message>
        <source>the rule kind “%1” is unknown; use manual, boolean, choice, checklist, ratio, tiers, deduction or percent</source>
        <translation>không có loại quy tắc “%1”; vui lòng dùng manual, boolean, choice, checklist, ratio, tiers, deduction hoặc percent</translation>
    </message>
    <message>
        <source>“step” must be greater than 0</source>
        <translation>“step” phải lớn hơn 0</translation>
    </message>
    <message>
        <source>“floorPercent” must not be above “fullAtPercent”</source>
        <translation>“floorPercent” không được lớn hơn “fullAtPercent”</translation>
    </message>
    <message>
        <source>“perItem” must be greater than 0</source>
        <translation>“perItem” phải lớn hơn 0</translation>
    </message>
    <message>
        <source>“floorPoints” (%1) must not be above maxPoints (%2)</source>
        <translation>“floorPoints” (%1) không được lớn hơn maxPoints (%2)</translation>
    </message>
    <message>
        <source>the rule needs a non-empty list “%1”</source>
        <translation>quy tắc phải có danh sách “%1” không rỗng</translation>
    </message>
    <message>
        <source>must be an object with “id”, “label” and “points”</source>
        <translation>phải là một đối tượng có “id”, “label” và “points”</translation>
    </message>
    <message>
        <source>option “%1” gives %2 points, more than the maximum %3</source>
        <translation>phương án “%1” cho %2 điểm, vượt điểm tối đa %3</translation>
    </message>
    <message>
        <source>a tiers rule needs “input”: percent or number</source>
        <translation>quy tắc tiers phải có “input”: percent hoặc number</translation>
    </message>
    <message>
        <source>the rule needs a non-empty list “tiers”</source>
        <translation>quy tắc phải có danh sách “tiers” không rỗng</translation>
    </message>
    <message>
        <source>must be an object with “atLeast” and “points”</source>
        <translation>phải là một đối tượng có “atLeast” và “points”</translation>
    </message>
    <message>
        <source>gives %1 points, more than the maximum %2</source>
        <translation>cho %1 điểm, vượt điểm tối đa %2</translation>
    </message>
    <message>
        <source>two tiers start at the same “atLeast”</source>
        <translation>có hai mức bắt đầu từ cùng một giá trị “atLeast”</translation>
    </message>
    <message>
        <source>“label” must be a text</source>
        <translation>“label” phải là chuỗi văn bản</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, the most a criteria set may have</source>
        <translation>Tệp %1 lớn hơn %2 MiB, mức tối đa của một bộ chỉ số</translation>
    </message>
    <message>
        <source>The criteria set is larger than %1 MiB, the most a criteria set may have</source>
        <translation>Bộ chỉ số lớn hơn %1 MiB, mức tối đa của một bộ chỉ số</translation>
    </message>
    <message>
        <source>“%1” has %2 entries; the limit is %3</source>
        <translation>“%1” có %2 phần tử; giới hạn là %3</translation>
    </message>
    <message>
        <source>the set has more than %1 nodes, the limit; the nodes from here on are not read</source>
        <translation>bộ chỉ số có hơn %1 mục, vượt giới hạn; các mục từ đây trở đi không được đọc</translation>
    </message>
    <message>
        <source>the nodes are nested more than %1 levels deep, the limit; the nodes from here down are not read</source>
        <translation>các mục lồng nhau sâu hơn %1 cấp, vượt giới hạn; các mục từ cấp này trở xuống không được đọc</translation>
    </message>
</context>
<context>
    <name>ParScore::CriteriaTreeModel</name>
    <message>
        <source>Not scored</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Chưa chấm đủ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>No evidence or explanation</source>
        <translation>Thiếu TLKC hoặc giải trình</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Đã chấm</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Points claimed with an explanation but no evidence document</source>
        <translation>Có điểm tự chấm và có giải trình nhưng chưa có tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Explained, no evidence</source>
        <translation>Có giải trình, chưa có TLKC</translation>
    </message>
    <message>
        <source>Points claimed with neither evidence nor an explanation: attach a document or write a note before submitting</source>
        <translation>Có điểm tự chấm nhưng không có tài liệu kiểm chứng và không có giải trình: đính kèm tài liệu hoặc ghi giải trình trước khi nộp</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>The council asks for an explanation: %1</source>
        <translation>Hội đồng yêu cầu giải trình: %1</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Đã giải trình</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>Cần giải trình</translation>
    </message>
</context>
<context>
    <name>ParScore::DemoFile</name>
    <message>
        <source>The demo answers are missing from this build</source>
        <translation>Bản cài đặt này không có dữ liệu chấm điểm mẫu</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Sở Tư pháp (demo)</source>
        <translation>Sở Tư pháp (dữ liệu mẫu)</translation>
    </message>
    <message>
        <source>The plan was issued late because of the merger of the provinces.</source>
        <translation>Kế hoạch được ban hành chậm do thực hiện việc hợp nhất các tỉnh.</translation>
    </message>
</context>
<context>
    <name>ParScore::DetailPanel</name>
    <message>
        <source>How it is scored:</source>
        <translation>Cách tính điểm:</translation>
    </message>
    <message>
        <source>Evidence required:</source>
        <translation>Tài liệu kiểm chứng cần có:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Not &amp;applicable / did not arise</source>
        <translation>Không áp &amp;dụng / không phát sinh</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>Reason it is not applicable</source>
        <translation>Lý do không áp dụng</translation>
    </message>
    <message>
        <source>C&amp;lear the score</source>
        <translation>&amp;Xóa điểm đã chấm</translation>
    </message>
    <message>
        <source>Note / explanation</source>
        <translation>Ghi chú / giải trình</translation>
    </message>
    <message>
        <source>Note or explanation</source>
        <translation>Ghi chú hoặc giải trình</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>Tài liệu kiểm chứng (kéo thả tệp vào đây)</translation>
    </message>
    <message>
        <source>Evidence documents</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>Đính kèm tài &amp;liệu…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Points: %1 of %2</source>
        <translation>Điểm: %1/%2</translation>
    </message>
    <message>
        <source>%1 (effective %2)</source>
        <translation>%1 (hiệu lực từ %2)</translation>
    </message>
    <message>
        <source>Write the reason the item is not applicable.</source>
        <translation>Vui lòng ghi lý do tiêu chí này không áp dụng.</translation>
    </message>
    <message>
        <source>Attach evidence to item %1</source>
        <translation>Đính kèm tài liệu kiểm chứng cho mục %1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Documents take effect on:</source>
        <translation>Tài liệu có hiệu lực từ ngày:</translation>
    </message>
    <message>
        <source>Effective date of the documents to attach</source>
        <translation>Ngày hiệu lực của tài liệu sẽ đính kèm</translation>
    </message>
    <message>
        <source>Effective &amp;date…</source>
        <translation>Ngày &amp;hiệu lực…</translation>
    </message>
    <message>
        <source>Not scored yet (at most %1 points).</source>
        <translation>Chưa chấm (tối đa %1 điểm).</translation>
    </message>
    <message>
        <source>Enter the other number too: the item is scored from both.</source>
        <translation>Nhập cả số còn lại: mục được chấm từ cả hai số.</translation>
    </message>
    <message>
        <source>%1 Not entered: the box keeps its value.</source>
        <translation>%1 Chưa nhập: ô vẫn giữ giá trị cũ.</translation>
    </message>
    <message>
        <source>%1 Not entered: correct the numbers.</source>
        <translation>%1 Chưa nhập: vui lòng sửa lại số.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
</context>
<context>
    <name>ParScore::EditCommands</name>
    <message>
        <source>Score item %1</source>
        <translation>chấm điểm mục %1</translation>
    </message>
    <message>
        <source>Note on item %1</source>
        <translation>ghi chú mục %1</translation>
    </message>
    <message>
        <source>Attach %1 to item %2</source>
        <translation>đính kèm %1 vào mục %2</translation>
    </message>
    <message>
        <source>Remove %1 from item %2</source>
        <translation>gỡ %1 khỏi mục %2</translation>
    </message>
    <message>
        <source>Attach evidence to item %1</source>
        <translation>đính kèm tài liệu kiểm chứng cho mục %1</translation>
    </message>
    <message>
        <source>Bonus item %1</source>
        <translation>điểm thưởng %1</translation>
    </message>
    <message>
        <source>Penalty item %1</source>
        <translation>điểm trừ %1</translation>
    </message>
    <message>
        <source>Effective date of %1</source>
        <translation>ngày hiệu lực của %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2 on item %3</source>
        <translation>Đổi tên %1 thành %2 ở mục %3</translation>
    </message>
    <message>
        <source>Explanation of item %1</source>
        <translation>Giải trình tiêu chí %1</translation>
    </message>
    <message>
        <source>Documents of the explanation of item %1</source>
        <translation>Tài liệu giải trình tiêu chí %1</translation>
    </message>
</context>
<context>
    <name>ParScore::EditLock</name>
    <message>
        <source>%1 on %2, process %3</source>
        <translation>%1 trên máy %2, tiến trình %3</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>một chương trình</translation>
    </message>
</context>
<context>
    <name>ParScore::EvidenceDateDialog</name>
    <message>
        <source>Effective date</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>The document takes &amp;effect on:</source>
        <translation>Tài liệu có &amp;hiệu lực từ ngày:</translation>
    </message>
</context>
<context>
    <name>ParScore::EvidenceStore</name>
    <message>
        <source>The evidence of the file cannot be read</source>
        <translation>Không đọc được tài liệu kiểm chứng trong tệp</translation>
    </message>
    <message>
        <source>The self-assessment of %1 was submitted (sealed); its evidence can no longer be changed</source>
        <translation>Kết quả tự đánh giá của %1 đã được nộp (đã niêm phong); không thể thay đổi tài liệu kiểm chứng nữa</translation>
    </message>
    <message>
        <source>Name at least one item the evidence supports (--node)</source>
        <translation>Vui lòng ghi ít nhất một mục được tài liệu này kiểm chứng (--node)</translation>
    </message>
    <message>
        <source>There is no item %1 in the criteria set</source>
        <translation>Bộ chỉ số không có mục %1</translation>
    </message>
    <message>
        <source>The effective date “%1” is not a date of the form YYYY-MM-DD</source>
        <translation>Ngày hiệu lực “%1” không đúng định dạng ngày YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1</source>
        <translation>Không đọc được tệp tài liệu kiểm chứng %1</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB</source>
        <translation>Tệp %1 lớn hơn 1 GiB, không thể đính kèm</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>Refused to write outside %1</source>
        <translation>Từ chối ghi ra ngoài thư mục %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The evidence %1 is not in this assessment</source>
        <translation>Tài liệu kiểm chứng %1 không thuộc bản đánh giá này</translation>
    </message>
    <message>
        <source>A document needs a name on the item it supports</source>
        <translation>Tài liệu kiểm chứng phải có tên ở mục mà nó chứng minh</translation>
    </message>
</context>
<context>
    <name>ParScore::EvidenceViewer</name>
    <message>
        <source>Could not make a copy of %1 to open: %2</source>
        <translation>Không tạo được bản sao của %1 để mở: %2</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. The copy is at %2</source>
        <translation>Máy tính này không có chương trình nào mở được %1. Bản sao được lưu tại %2</translation>
    </message>
    <message>
        <source>%1 is not a kind of document ParScore opens (%2): it could be a program. The copy is at %3</source>
        <translation>%1 không thuộc loại tài liệu ParScore mở (%2): tệp có thể là một chương trình. Bản sao nằm tại %3</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>không có phần mở rộng</translation>
    </message>
    <message>
        <source>%1 is named as %2 but its content is %3: it is not opened. The copy is at %4</source>
        <translation>%1 mang tên của %2 nhưng nội dung là %3: không mở tệp này. Bản sao nằm tại %4</translation>
    </message>
</context>
<context>
    <name>ParScore::ExplanationBox</name>
    <message>
        <source>Explanation requested by the appraisal council</source>
        <translation>Nội dung Hội đồng thẩm định yêu cầu giải trình</translation>
    </message>
    <message>
        <source>Your e&amp;xplanation:</source>
        <translation>Nội dung &amp;giải trình:</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Nội dung giải trình</translation>
    </message>
    <message>
        <source>Documents sent with the explanation:</source>
        <translation>Tài liệu gửi kèm giải trình:</translation>
    </message>
    <message>
        <source>Documents sent with the explanation</source>
        <translation>Tài liệu gửi kèm giải trình</translation>
    </message>
    <message>
        <source>Attach &amp;documents…</source>
        <translation>Đính kèm &amp;tài liệu…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Effective date…</source>
        <translation>Ngày hiệu lực…</translation>
    </message>
    <message>
        <source>The explanation is sealed and ready to send back to the Department of Home Affairs. Send this file itself, by email or on a USB stick: %1
Response seal: %2</source>
        <translation>Nội dung giải trình đã được niêm phong, sẵn sàng gửi lại Sở Nội vụ. Gửi chính tệp này qua thư điện tử hoặc USB: %1
Mã niêm phong giải trình: %2</translation>
    </message>
    <message>
        <source>The council asks:</source>
        <translation>Hội đồng đề nghị:</translation>
    </message>
    <message>
        <source>your self-assessment: %1</source>
        <translation>tự đánh giá: %1</translation>
    </message>
    <message>
        <source>your self-assessment: not scored</source>
        <translation>tự đánh giá: chưa chấm</translation>
    </message>
    <message>
        <source>Round 1 (council): %1 of %2 points — %3</source>
        <translation>Thẩm định lần 1 (Hội đồng): %1/%2 điểm — %3</translation>
    </message>
    <message>
        <source>Round 1 (council): not scored — %1</source>
        <translation>Thẩm định lần 1 (Hội đồng): chưa chấm — %1</translation>
    </message>
    <message>
        <source>Council&apos;s note: %1</source>
        <translation>Ý kiến của Hội đồng: %1</translation>
    </message>
    <message>
        <source>%1 (effective %2)</source>
        <translation>%1 (hiệu lực từ %2)</translation>
    </message>
    <message>
        <source>Documents for the explanation of item %1</source>
        <translation>Tài liệu giải trình tiêu chí %1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>The appraisal council asks for explanations on %n item(s), highlighted in the tree (the filter “Items to explain” shows them alone). Write an explanation for each, attach documents where you have them, then choose Assessment → Send the explanation. The self-assessment stays as it was submitted.</source>
        <translation>
            <numerusform>Hội đồng thẩm định yêu cầu giải trình %n tiêu chí, được tô màu trên cây tiêu chí (bộ lọc “Tiêu chí cần giải trình”). Nhập nội dung giải trình cho từng tiêu chí, đính kèm tài liệu (nếu có), sau đó chọn Đánh giá → Gửi giải trình. Kết quả tự đánh giá giữ nguyên như khi đã nộp.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ExplanationPanel</name>
    <message>
        <source>explained by the agency</source>
        <translation>cơ quan, đơn vị đã giải trình</translation>
    </message>
    <message>
        <source>closed unanswered on %1</source>
        <translation>đã đóng do không giải trình lúc %1</translation>
    </message>
    <message>
        <source>awaiting the agency&apos;s explanation</source>
        <translation>đang chờ cơ quan, đơn vị giải trình</translation>
    </message>
    <message>
        <source>Explanation round</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Documents the agency added with its explanation. Double-click or Enter opens a read-only copy with the system&apos;s viewer</source>
        <translation>Tài liệu cơ quan, đơn vị gửi kèm giải trình. Nhấp đúp hoặc nhấn Enter để mở bản sao chỉ đọc bằng trình xem của hệ thống</translation>
    </message>
    <message>
        <source>&amp;Request an explanation…</source>
        <translation>&amp;Yêu cầu giải trình…</translation>
    </message>
    <message>
        <source>Asks the agency to explain this item or add documents; undone with Ctrl+Z until the request file is sent</source>
        <translation>Đề nghị cơ quan, đơn vị giải trình tiêu chí này hoặc bổ sung tài liệu; có thể hoàn tác bằng Ctrl+Z cho đến khi gửi tệp yêu cầu</translation>
    </message>
    <message>
        <source>Council&apos;s request (%1, %2) — %3:</source>
        <translation>Yêu cầu của Hội đồng (%1, %2) — %3:</translation>
    </message>
    <message>
        <source>Agency&apos;s explanation (%1, %2):</source>
        <translation>Giải trình của cơ quan, đơn vị (%1, %2):</translation>
    </message>
    <message>
        <source>In effect from %1</source>
        <translation>Có hiệu lực từ %1</translation>
    </message>
    <message>
        <source>No explanation was requested on this item.</source>
        <translation>Chưa yêu cầu giải trình tiêu chí này.</translation>
    </message>
    <message>
        <source>No explanation was requested on this item; none can be now.</source>
        <translation>Không yêu cầu giải trình tiêu chí này; hiện không thể yêu cầu.</translation>
    </message>
</context>
<context>
    <name>ParScore::ExtrasPanel</name>
    <message>
        <source>Enter how many times each item applies to the agency this year (0: it does not). The section never counts more than its maximum.</source>
        <translation>Nhập số lần mỗi nội dung được áp dụng đối với cơ quan trong năm (0: không áp dụng). Tổng điểm của phần này không vượt quá mức tối đa.</translation>
    </message>
    <message>
        <source>Bonus points (at most %1)</source>
        <translation>Điểm thưởng (tối đa %1)</translation>
    </message>
    <message>
        <source>Penalty points (at most %1)</source>
        <translation>Điểm trừ (tối đa %1)</translation>
    </message>
    <message>
        <source>Times item %1 applies</source>
        <translation>Số lần áp dụng nội dung %1</translation>
    </message>
    <message>
        <source>Bonus counted: %1 of at most %2</source>
        <translation>Điểm thưởng được tính: %1 (tối đa %2)</translation>
    </message>
    <message>
        <source>Penalty counted: %1 of at most %2</source>
        <translation>Điểm trừ được tính: %1 (tối đa %2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 each time)</source>
        <translation>%1 — %2 (mỗi lần %3)</translation>
    </message>
    <message>
        <source>%1 Not entered: the box keeps its value.</source>
        <translation>%1 Chưa nhập: ô vẫn giữ giá trị cũ.</translation>
    </message>
</context>
<context>
    <name>ParScore::FileDialogs</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã có. Thay thế?</translation>
    </message>
</context>
<context>
    <name>ParScore::FinalCardHtml</name>
    <message>
        <source>APPRAISAL COUNCIL</source>
        <translation>HỘI ĐỒNG THẨM ĐỊNH</translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>………………, date ………/………/…………</source>
        <comment>place and date, filled in by hand; Vietnamese: …, ngày … tháng … năm …</comment>
        <translation>………………, ngày ……… tháng ……… năm …………</translation>
    </message>
    <message>
        <source>PAR INDEX APPRAISAL RESULT</source>
        <translation>KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH</translation>
    </message>
    <message>
        <source>Agency code %1 — year %2 — %3</source>
        <translation>Mã cơ quan, đơn vị %1 — năm %2 — %3</translation>
    </message>
    <message>
        <source>Criteria set: %1 (%2, version %3)</source>
        <translation>Bộ chỉ số: %1 (%2, phiên bản %3)</translation>
    </message>
    <message>
        <source>PROVISIONAL: the appraisal is not final; the final points, index and grade may change.</source>
        <translation>TẠM TÍNH: kết quả thẩm định chưa phải kết quả cuối cùng; điểm, chỉ số và xếp loại cuối cùng có thể thay đổi.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Area / criterion / sub-criterion</source>
        <translation>Lĩnh vực / tiêu chí / tiêu chí thành phần</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>Điểm tự đánh giá</translation>
    </message>
    <message>
        <source>Appraisal 1</source>
        <translation>Thẩm định lần 1</translation>
    </message>
    <message>
        <source>Appraisal 2</source>
        <translation>Thẩm định lần 2</translation>
    </message>
    <message>
        <source>Final (provisional)</source>
        <translation>Cuối cùng (tạm tính)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Cuối cùng</translation>
    </message>
    <message>
        <source>Note / explanation</source>
        <translation>Ghi chú / giải trình</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TỔNG ĐIỂM</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>The appraisal is not final: this card is provisional.</source>
        <translation>Kết quả thẩm định chưa phải kết quả cuối cùng: phiếu này là tạm tính.</translation>
    </message>
    <message>
        <source>The appraisal is final.</source>
        <translation>Kết quả thẩm định là kết quả cuối cùng.</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>CHAIR OF THE APPRAISAL COUNCIL</source>
        <translation>CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(ký, ghi rõ họ tên và đóng dấu)</translation>
    </message>
    <message>
        <source>The final result is signed with the key %1.</source>
        <translation>Kết quả cuối cùng đã được ký số bằng khóa %1.</translation>
    </message>
    <message>
        <source>The final result is not signed: finalized before ParScore signed results.</source>
        <translation>Kết quả cuối cùng chưa được ký số: được chốt trước khi ParScore ký số kết quả.</translation>
    </message>
    <message>
        <source>WARNING: the signature of the final result does not hold (key %1).</source>
        <translation>CẢNH BÁO: chữ ký số của kết quả cuối cùng không hợp lệ (khóa %1).</translation>
    </message>
</context>
<context>
    <name>ParScore::Group</name>
    <message>
        <source>Departments, boards and sectors</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Phường</translation>
    </message>
</context>
<context>
    <name>ParScore::HeatMapModel</name>
    <message>
        <source>%1 — %2: %3 percentage points</source>
        <translation>%1 — %2: %3 điểm phần trăm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
</context>
<context>
    <name>ParScore::HeatMapWidget</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>Over-claim per area, %1 (percentage points of the area&apos;s maximum)</source>
        <translation>Tự chấm vượt theo lĩnh vực, %1 (điểm phần trăm so với điểm tối đa của lĩnh vực)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — final answers scored as the agency minus its self-assessment, per area. &lt;span style=&apos;background:#b00020;color:white&apos;&gt;&amp;nbsp;−, bold&amp;nbsp;&lt;/span&gt; claimed more than the appraisers give; &lt;span style=&apos;background:#1f4ea0;color:white&apos;&gt;&amp;nbsp;+&amp;nbsp;&lt;/span&gt; claimed less; white: as given; empty: nothing to compare. Strongest colour at ±%2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — kết quả cuối cùng chấm như cơ quan, đơn vị trừ điểm tự đánh giá, theo từng lĩnh vực. &lt;span style=&apos;background:#b00020;color:white&apos;&gt;&amp;nbsp;−, in đậm&amp;nbsp;&lt;/span&gt; tự chấm cao hơn điểm thẩm định; &lt;span style=&apos;background:#1f4ea0;color:white&apos;&gt;&amp;nbsp;+&amp;nbsp;&lt;/span&gt; tự chấm thấp hơn; màu trắng: đúng như điểm thẩm định; ô trống: không có gì để so sánh. Màu đậm nhất ứng với ±%2.</translation>
    </message>
</context>
<context>
    <name>ParScore::HistoryDialog</name>
    <message>
        <source>Answer</source>
        <translation>Kết quả chấm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Answer brought by a merge</source>
        <translation>Kết quả chấm có được từ việc gộp</translation>
    </message>
    <message>
        <source>Merge conflict: the new value was kept</source>
        <translation>Xung đột khi gộp: đã giữ giá trị mới</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Lượt</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Cũ → mới</translation>
    </message>
    <message>
        <source>History of item %1 — agency %2</source>
        <translation>Lịch sử tiêu chí %1 — cơ quan, đơn vị %2</translation>
    </message>
    <message>
        <source>Item %1: %2
%3 — %4, %5</source>
        <translation>Tiêu chí %1: %2
%3 — %4, %5</translation>
    </message>
    <message>
        <source>No change of this item has been recorded yet.</source>
        <translation>Chưa ghi nhận thay đổi nào của tiêu chí này.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Trước: %1
Sau: %2</translation>
    </message>
</context>
<context>
    <name>ParScore::ImportDialog</name>
    <message>
        <source>Import submissions</source>
        <translation>Nhập hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import into %1.</source>
        <translation>
            <numerusform>Có %n tệp sẽ được nhập vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are a &amp;colleague&apos;s appraisal files: take their appraisal points, appraisal notes and statuses too</source>
        <translation>Đây là các &amp;tệp thẩm định của đồng nghiệp: lấy cả điểm thẩm định, ghi chú thẩm định và trạng thái</translation>
    </message>
    <message>
        <source>Leave this unticked for agencies&apos; submissions: an agency&apos;s file brings only its own self-assessment, whatever it says about itself.</source>
        <translation>Để trống ô này khi nhập hồ sơ của các cơ quan, đơn vị: tệp của một cơ quan, đơn vị chỉ đưa vào kết quả tự đánh giá của chính cơ quan, đơn vị đó, bất kể tệp ghi gì về bản thân.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Kết quả dự kiến khi nhập</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Checking file %1 of %2…</source>
        <translation>Đang kiểm tra tệp %1/%2…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Đang kiểm tra các tệp…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2…</source>
        <translation>Đang nhập tệp %1/%2…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Import cancelled: the province file is as it was.</source>
        <translation>Đã hủy nhập: tệp thẩm định của tỉnh vẫn giữ nguyên như trước.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không có gì được nhập.</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Không tạo được bản xem trước.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Không có gì để nhập.</translation>
    </message>
    <message>
        <source>Nothing has been written yet: check the list, then Import.</source>
        <translation>Chưa ghi dữ liệu nào: hãy kiểm tra danh sách, rồi bấm Nhập.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>New agencies</source>
        <translation>Cơ quan, đơn vị mới</translation>
    </message>
    <message>
        <source>Resubmissions</source>
        <translation>Hồ sơ nộp lại</translation>
    </message>
    <message>
        <source>the submission sealed %1 replaces the one sealed %2</source>
        <translation>hồ sơ niêm phong lúc %1 thay thế hồ sơ niêm phong lúc %2</translation>
    </message>
    <message>
        <source>Updated items</source>
        <translation>Tiêu chí được cập nhật</translation>
    </message>
    <message>
        <source>%1, item %2: %3 → %4</source>
        <translation>%1, tiêu chí %2: %3 → %4</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>%1, item %2: kept %3 (the newer edit), other %4 (kept in the change log)</source>
        <translation>%1, tiêu chí %2: giữ %3 (bản sửa mới hơn), bản còn lại %4 (lưu trong nhật ký thay đổi)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) for %1: all kept, resolve by hand</source>
        <translation>
            <numerusform>%n bản đánh giá của %1: giữ lại tất cả, cần xử lý thủ công</numerusform>
        </translation>
    </message>
    <message>
        <source>Other editions of a criteria set</source>
        <translation>Các phiên bản khác của một bộ chỉ số</translation>
    </message>
    <message>
        <source>this file uses criteria version %1, the province file %2: not imported</source>
        <translation>tệp này dùng bộ chỉ số phiên bản %1, tệp thẩm định của tỉnh dùng phiên bản %2: không nhập</translation>
    </message>
    <message>
        <source>Appraisals not taken</source>
        <translation>Kết quả thẩm định không được nhập</translation>
    </message>
    <message>
        <source>%1 carries appraisal points: only a colleague&apos;s appraisal file brings them (tick the box above if it is one)</source>
        <translation>%1 có điểm thẩm định: chỉ tệp thẩm định của đồng nghiệp mới được mang điểm thẩm định vào (đánh dấu ô phía trên nếu đây là tệp đó)</translation>
    </message>
    <message>
        <source>Held until you decide</source>
        <translation>Tạm giữ, chờ quyết định</translation>
    </message>
    <message>
        <source>%1: %2 — not imported unless you tick it</source>
        <translation>%1: %2 — chưa nhập, trừ khi được đánh dấu chọn</translation>
    </message>
    <message>
        <source>Tick to import this file as it is</source>
        <translation>Đánh dấu để nhập nguyên trạng tệp này</translation>
    </message>
    <message>
        <source>Taken as they are, though unlike the list</source>
        <translation>Đã nhập nguyên trạng, dù khác với danh sách</translation>
    </message>
    <message>
        <source>Not on the province&apos;s list</source>
        <translation>Không có trong danh sách của tỉnh</translation>
    </message>
    <message>
        <source>%1: imported, though the list of expected agencies does not name it</source>
        <translation>%1: đã nhập, dù không có tên trong danh sách cơ quan, đơn vị phải nộp</translation>
    </message>
    <message>
        <source>Rejected files</source>
        <translation>Tệp bị từ chối</translation>
    </message>
    <message>
        <source>Agencies already up to date</source>
        <translation>Cơ quan, đơn vị đã có dữ liệu mới nhất</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Nội dung giải trình</translation>
    </message>
    <message>
        <source>explains item %1 (from %2)</source>
        <translation>giải trình tiêu chí %1 (từ %2)</translation>
    </message>
    <message>
        <source>Not signed by the agency&apos;s known key</source>
        <translation>Không được ký bằng khóa đã biết của cơ quan</translation>
    </message>
    <message>
        <source>%1 is signed by the key %2, but the agency&apos;s key is %3: not imported</source>
        <translation>%1 được ký bằng khóa %2, nhưng khóa của cơ quan là %3: không nhập</translation>
    </message>
    <message>
        <source>%1 is not signed, but the agency&apos;s key is %2 (a signature removed?): not imported</source>
        <translation>%1 không có chữ ký số, nhưng khóa của cơ quan là %2 (chữ ký đã bị gỡ bỏ?): không nhập</translation>
    </message>
    <message>
        <source>Appraisals not trusted</source>
        <translation>Kết quả thẩm định không được tin cậy</translation>
    </message>
    <message>
        <source>%1: the appraisal is not signed: not taken</source>
        <translation>%1: kết quả thẩm định chưa được ký số: không tiếp nhận</translation>
    </message>
    <message>
        <source>%1: the appraisal was changed after it was signed: not taken</source>
        <translation>%1: kết quả thẩm định đã bị thay đổi sau khi ký: không tiếp nhận</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, which this province file does not trust: not taken</source>
        <translation>%1: được ký bằng khóa %2, là khóa mà tệp của tỉnh này không tin cậy: không tiếp nhận</translation>
    </message>
    <message>
        <source>Agency keys learnt, to confirm</source>
        <translation>Khóa cơ quan mới ghi nhận, cần xác nhận</translation>
    </message>
    <message>
        <source>key %1: compare this fingerprint with the agency&apos;s by phone or on paper</source>
        <translation>khóa %1: đề nghị đối chiếu dấu vân tay này với cơ quan qua điện thoại hoặc trên giấy</translation>
    </message>
</context>
<context>
    <name>ParScore::InspectorWindow</name>
    <message>
        <source>&amp;Group:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Search by code or name (marks optional)</source>
        <translation>Tìm theo mã hoặc tên (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>No appraisal file is open</source>
        <translation>Chưa mở tệp thẩm định nào</translation>
    </message>
    <message>
        <source>Open an appraisal file (File → Open…), or make a new one (File → New appraisal file…).</source>
        <translation>Mở một tệp thẩm định (Tệp → Mở…), hoặc tạo tệp mới (Tệp → Tạo tệp thẩm định mới…).</translation>
    </message>
    <message>
        <source>Inspectors&apos; workspace — ParScore</source>
        <translation>Không gian làm việc của thẩm định viên — ParScore</translation>
    </message>
    <message>
        <source>%1 — year %2</source>
        <translation>%1 — năm %2</translation>
    </message>
    <message>
        <source>%1 (read-only) — ParScore</source>
        <translation>%1 (chỉ đọc) — ParScore</translation>
    </message>
    <message>
        <source>%1 — ParScore</source>
        <translation>%1 — ParScore</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Chỉ đọc: %1</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies expected, </source>
        <translation>
            <numerusform>%n cơ quan, đơn vị phải nộp, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted, </source>
        <translation>
            <numerusform>%n đã nộp, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not submitted yet</source>
        <translation>
            <numerusform>%n chưa nộp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n shown</source>
        <translation>
            <numerusform> — đang hiển thị %n</numerusform>
        </translation>
    </message>
    <message>
        <source>. * provisional: final points, grades and ranks stand once the agency&apos;s result is final.</source>
        <translation>. * tạm tính: điểm cuối cùng, xếp loại và xếp hạng chỉ chính thức khi kết quả của cơ quan, đơn vị là kết quả cuối cùng.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>New &amp;appraisal file…</source>
        <translation>&amp;Tạo tệp thẩm định mới…</translation>
    </message>
    <message>
        <source>&amp;New self-assessment…</source>
        <translation>Tạo &amp;bản tự đánh giá mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Import submissions…</source>
        <translation>&amp;Nhập hồ sơ…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of submissions…</source>
        <translation>Nhập cả thư mục &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Đóng &amp;cửa sổ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Appraisal</source>
        <translation>T&amp;hẩm định</translation>
    </message>
    <message>
        <source>&amp;Survey scores…</source>
        <translation>Điểm điều tra, khảo &amp;sát…</translation>
    </message>
    <message>
        <source>Open an appraisal file</source>
        <translation>Mở tệp thẩm định</translation>
    </message>
    <message>
        <source>ParScore files (*.parx)</source>
        <translation>Tệp ParScore (*.parx)</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Nhập hồ sơ</translation>
    </message>
    <message>
        <source>Import every submission in a folder</source>
        <translation>Nhập mọi hồ sơ trong một thư mục</translation>
    </message>
    <message>
        <source>There is no .parx file in %1</source>
        <translation>Không có tệp .parx nào trong %1</translation>
    </message>
    <message>
        <source>Imported. The import cannot be undone; the edits before it can no longer be undone either.</source>
        <translation>Đã nhập. Không thể hoàn tác thao tác nhập; các chỉnh sửa trước đó cũng không thể hoàn tác được nữa.</translation>
    </message>
    <message>
        <source>%1 has not submitted yet: there is nothing to appraise.</source>
        <translation>%1 chưa nộp hồ sơ: chưa có gì để thẩm định.</translation>
    </message>
    <message>
        <source>Send the selected agency for &amp;explanation…</source>
        <translation>Gửi yêu cầu &amp;giải trình cho cơ quan, đơn vị đang chọn…</translation>
    </message>
    <message>
        <source>&amp;Finalize the selected agency&apos;s result…</source>
        <translation>C&amp;hốt kết quả của cơ quan, đơn vị đang chọn…</translation>
    </message>
    <message>
        <source>Finalize every complete result of a &amp;group…</source>
        <translation>Chốt mọi kết quả đã chấm đủ của một &amp;nhóm…</translation>
    </message>
    <message>
        <source>Finalize the results of which group?</source>
        <translation>Chốt kết quả của nhóm nào?</translation>
    </message>
    <message>
        <source>Re&amp;open the selected agency&apos;s result…</source>
        <translation>&amp;Mở lại kết quả của cơ quan, đơn vị đang chọn…</translation>
    </message>
    <message>
        <source>Select an agency in the overview first.</source>
        <translation>Hãy chọn một cơ quan, đơn vị trong bảng tổng hợp trước.</translation>
    </message>
    <message>
        <source>&amp;Export the results to Excel…</source>
        <translation>&amp;Xuất kết quả ra Excel…</translation>
    </message>
    <message>
        <source>Results &amp;charts…</source>
        <translation>&amp;Biểu đồ kết quả…</translation>
    </message>
    <message>
        <source>Export the &amp;scorecards to PDF…</source>
        <translation>Xuất &amp;bảng chấm điểm ra PDF…</translation>
    </message>
    <message>
        <source>&amp;Ranking…</source>
        <translation>&amp;Xếp hạng…</translation>
    </message>
    <message numerus="yes">
        <source>%n agency key(s) learnt and not confirmed: compare the fingerprints with the agencies, then confirm them in Appraisal ▸ Trusted keys…</source>
        <translation>
            <numerusform>%n khóa của cơ quan đã được tự ghi nhận nhưng chưa xác nhận: hãy đối chiếu dấu vân tay với các cơ quan, rồi xác nhận tại Thẩm định ▸ Khóa tin cậy…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted &amp;keys…</source>
        <translation>&amp;Khóa tin cậy…</translation>
    </message>
</context>
<context>
    <name>ParScore::JsonFields</name>
    <message>
        <source>“%1” is missing</source>
        <translation>thiếu “%1”</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty text</source>
        <translation>“%1” phải là chuỗi văn bản không rỗng</translation>
    </message>
    <message>
        <source>“%1” must be a text</source>
        <translation>“%1” phải là chuỗi văn bản</translation>
    </message>
    <message>
        <source>“%1” must be a number</source>
        <translation>“%1” phải là số</translation>
    </message>
    <message>
        <source>“%1” is %2; it must be between %3 and %4</source>
        <translation>“%1” đang là %2; giá trị phải nằm trong khoảng từ %3 đến %4</translation>
    </message>
    <message>
        <source>“%1” is %2; it may have at most %3 decimals</source>
        <translation>“%1” đang là %2; chỉ được có tối đa %3 chữ số thập phân</translation>
    </message>
    <message>
        <source>“%1” must be a finite number</source>
        <translation>“%1” phải là một số hữu hạn</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation>“%1” phải là số nguyên từ %2 đến %3</translation>
    </message>
    <message>
        <source>unknown field “%1” is ignored</source>
        <translation>bỏ qua trường không xác định “%1”</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… và %n lỗi khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… và %n cảnh báo khác</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has %2 characters; the limit is %3</source>
        <translation>“%1” có %2 ký tự; giới hạn là %3</translation>
    </message>
</context>
<context>
    <name>ParScore::KeyPair</name>
    <message>
        <source>the signing library (libsodium) cannot start or has no secure memory</source>
        <translation>thư viện ký số (libsodium) không khởi động được hoặc không có vùng nhớ an toàn</translation>
    </message>
    <message>
        <source>a key&apos;s seed has %1 bytes, not %2</source>
        <translation>hạt giống của khóa có %1 byte, không phải %2</translation>
    </message>
</context>
<context>
    <name>ParScore::KeyPrompt</name>
    <message>
        <source>Your signing key (%1) is protected by a passphrase. Enter it to sign:</source>
        <translation>Khóa ký số của bạn (%1) được bảo vệ bằng cụm mật khẩu. Vui lòng nhập cụm mật khẩu để ký:</translation>
    </message>
    <message>
        <source>Passphrase of your signing key</source>
        <translation>Cụm mật khẩu của khóa ký số</translation>
    </message>
    <message>
        <source>That passphrase does not open your signing key (%1). Enter it again:</source>
        <translation>Cụm mật khẩu không mở được khóa ký số của bạn (%1). Vui lòng nhập lại:</translation>
    </message>
    <message>
        <source>Signed with the key %1.</source>
        <translation>Đã ký số bằng khóa %1.</translation>
    </message>
    <message>
        <source>Signed with your new signing key %1, made now and kept in %2. Whoever checks your files compares this fingerprint.</source>
        <translation>Đã ký số bằng khóa ký số mới của bạn %1, vừa được tạo và lưu tại %2. Người kiểm tra hồ sơ của bạn sẽ đối chiếu dấu vân tay này.</translation>
    </message>
</context>
<context>
    <name>ParScore::KeyStore</name>
    <message>
        <source>%1 cannot be examined</source>
        <translation>không kiểm tra được %1</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 thuộc về người dùng khác</translation>
    </message>
    <message>
        <source>the folder %1 is open to other users (permissions %2); only its owner may have access (chmod 700)</source>
        <translation>thư mục %1 đang mở cho người dùng khác (quyền %2); chỉ chủ sở hữu mới được truy cập (chmod 700)</translation>
    </message>
    <message>
        <source>%1 is open to other users (permissions %2); only its owner may read or write a secret key (chmod 600)</source>
        <translation>%1 đang mở cho người dùng khác (quyền %2); chỉ chủ sở hữu mới được đọc hoặc ghi khóa bí mật (chmod 600)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>the permissions of the folder %1 cannot be set</source>
        <translation>không đặt được quyền của thư mục %1</translation>
    </message>
    <message>
        <source>it is not lines of UTF-8 text</source>
        <translation>tệp không phải các dòng văn bản UTF-8</translation>
    </message>
    <message>
        <source>its first line is not “%1 %2”</source>
        <translation>dòng đầu không phải “%1 %2”</translation>
    </message>
    <message>
        <source>its version is not a number</source>
        <translation>phiên bản không phải là số</translation>
    </message>
    <message>
        <source>it was made by a newer version of ParScore (format %1)</source>
        <translation>tệp được tạo bởi phiên bản ParScore mới hơn (định dạng %1)</translation>
    </message>
    <message>
        <source>the line “%1” is not known</source>
        <translation>không nhận biết dòng “%1”</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>“%1” xuất hiện hai lần</translation>
    </message>
    <message>
        <source>its protection “%1” is not known</source>
        <translation>không nhận biết kiểu bảo vệ “%1”</translation>
    </message>
    <message>
        <source>it has lines that do not belong to its protection</source>
        <translation>tệp có các dòng không thuộc kiểu bảo vệ của nó</translation>
    </message>
    <message>
        <source>the line “%1” is missing</source>
        <translation>thiếu dòng “%1”</translation>
    </message>
    <message>
        <source>its kind is not ed25519</source>
        <translation>loại khóa không phải ed25519</translation>
    </message>
    <message>
        <source>there is no key in %1 yet</source>
        <translation>chưa có khóa trong %1</translation>
    </message>
    <message>
        <source>The key is refused: %1.</source>
        <translation>Khóa bị từ chối: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>không đọc được %1</translation>
    </message>
    <message>
        <source>%1 is not a ParScore key file: %2</source>
        <translation>%1 không phải tệp khóa của ParScore: %2</translation>
    </message>
    <message>
        <source>its public key is not the base64 of an Ed25519 public key</source>
        <translation>khóa công khai không phải dạng base64 của một khóa công khai Ed25519</translation>
    </message>
    <message>
        <source>there is not enough memory to derive the key from the passphrase</source>
        <translation>không đủ bộ nhớ để tạo khóa từ cụm mật khẩu</translation>
    </message>
    <message>
        <source>its secret is not the base64 of 32 bytes</source>
        <translation>phần bí mật không phải dạng base64 của 32 byte</translation>
    </message>
    <message>
        <source>its passphrase limits are out of range</source>
        <translation>các giới hạn của cụm mật khẩu nằm ngoài phạm vi cho phép</translation>
    </message>
    <message>
        <source>its salt, nonce or sealed secret has the wrong length</source>
        <translation>muối, nonce hoặc phần bí mật đã mã hóa có độ dài không đúng</translation>
    </message>
    <message>
        <source>The key in %1 is protected by a passphrase, and none was given.</source>
        <translation>Khóa trong %1 được bảo vệ bằng cụm mật khẩu nhưng chưa nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key in %1.</source>
        <translation>Cụm mật khẩu không mở được khóa trong %1.</translation>
    </message>
    <message>
        <source>its secret does not belong to its public key</source>
        <translation>phần bí mật không khớp với khóa công khai của nó</translation>
    </message>
    <message>
        <source>A key already exists in %1.</source>
        <translation>Đã có khóa trong %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written with permissions for its owner only</source>
        <translation>không ghi được %1 với quyền chỉ dành cho chủ sở hữu</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>it is locked</source>
        <translation>tệp đang bị khóa</translation>
    </message>
</context>
<context>
    <name>ParScore::Layer</name>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Appraisal 1</source>
        <translation>Thẩm định lần 1</translation>
    </message>
    <message>
        <source>Appraisal 2</source>
        <translation>Thẩm định lần 2</translation>
    </message>
</context>
<context>
    <name>ParScore::Merger</name>
    <message>
        <source>A file cannot be read while merging</source>
        <translation>Không đọc được một tệp trong khi hợp nhất</translation>
    </message>
    <message>
        <source>the self-assessment of %1 was changed after it was sealed</source>
        <translation>kết quả tự đánh giá của %1 đã bị thay đổi sau khi niêm phong</translation>
    </message>
    <message>
        <source>the assessment %1 names another agency or year (%2, %3) than in this file (%4, %5)</source>
        <translation>bản đánh giá %1 ghi cơ quan, đơn vị hoặc năm khác (%2, %3) so với tệp này (%4, %5)</translation>
    </message>
    <message>
        <source>%1 is an agency&apos;s own file, not a province file: merge into a new file instead</source>
        <translation>%1 là tệp riêng của một cơ quan, đơn vị, không phải tệp của tỉnh: hãy hợp nhất vào một tệp mới</translation>
    </message>
    <message>
        <source>the file does not say whose it is (its role is missing)</source>
        <translation>tệp không cho biết thuộc về ai (thiếu vai trò của tệp)</translation>
    </message>
    <message>
        <source>the file&apos;s role “%1” is unknown</source>
        <translation>vai trò “%1” của tệp không xác định</translation>
    </message>
    <message>
        <source>FORGED criteria set: %1 is scored on a set that calls itself %2 version %3 but differs from the accepted one</source>
        <translation>BỘ CHỈ SỐ GIẢ MẠO: %1 được chấm theo một bộ chỉ số tự nhận là %2 phiên bản %3 nhưng khác với bộ đã được chấp nhận</translation>
    </message>
    <message>
        <source>%1 is scored on the criteria set %2 version %3, which this province file does not accept (add it with --criteria)</source>
        <translation>%1 được chấm theo bộ chỉ số %2 phiên bản %3, bộ này không được tệp của tỉnh chấp nhận (thêm bằng --criteria)</translation>
    </message>
    <message>
        <source>The merge was cancelled: nothing was written</source>
        <translation>Đã hủy hợp nhất: không có gì được ghi</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Không hợp nhất được gì: %1</translation>
    </message>
    <message>
        <source>the seal of %1 does not hold once merged: the submission&apos;s content was not taken as it was sealed</source>
        <translation>niêm phong của %1 không còn đúng sau khi hợp nhất: nội dung bản nộp không được nhận đúng như khi niêm phong</translation>
    </message>
    <message>
        <source>the evidence document %1 does not match its fingerprint</source>
        <translation>tài liệu kiểm chứng %1 không khớp với mã SHA-256 đã ghi nhận</translation>
    </message>
    <message>
        <source>The file merged into (%1) cannot be read</source>
        <translation>Không đọc được tệp đích của việc hợp nhất (%1)</translation>
    </message>
    <message>
        <source>named “%1”, the list says “%2”</source>
        <translation>tên là “%1”, danh sách ghi “%2”</translation>
    </message>
    <message>
        <source>group “%1”, the list says “%2”</source>
        <translation>nhóm “%1”, danh sách ghi “%2”</translation>
    </message>
    <message>
        <source>year %1, the province file is for %2</source>
        <translation>năm %1, tệp thẩm định của tỉnh là năm %2</translation>
    </message>
    <message>
        <source>the change log of %1 names an unknown status</source>
        <translation>nhật ký thay đổi của %1 ghi một trạng thái không xác định</translation>
    </message>
    <message>
        <source>the response is for another province file</source>
        <translation>nội dung giải trình thuộc tệp thẩm định của tỉnh khác</translation>
    </message>
    <message>
        <source>the result of %1 is final: its response is no longer taken</source>
        <translation>kết quả của %1 đã chốt: không tiếp nhận nội dung giải trình nữa</translation>
    </message>
    <message>
        <source>%1 already responded to the request on item %2 differently: a second response is not taken</source>
        <translation>%1 đã giải trình tiêu chí %2 với nội dung khác: không tiếp nhận lần giải trình thứ hai</translation>
    </message>
    <message>
        <source>the request to %1 on item %2 was closed unanswered</source>
        <translation>yêu cầu giải trình tiêu chí %2 gửi %1 đã đóng do không được trả lời</translation>
    </message>
    <message>
        <source>the response&apos;s document %1 does not match its fingerprint</source>
        <translation>tài liệu giải trình %1 không khớp với dấu vân tay</translation>
    </message>
    <message>
        <source>the file holds no response to a request of this province file</source>
        <translation>tệp không có nội dung giải trình nào cho yêu cầu của tệp thẩm định này</translation>
    </message>
    <message>
        <source>the response in this request file is not sealed (seal it first)</source>
        <translation>nội dung giải trình trong tệp này chưa được niêm phong (hãy niêm phong trước)</translation>
    </message>
    <message>
        <source>TAMPERED: the response was changed after it was sealed</source>
        <translation>BỊ CAN THIỆP: nội dung giải trình đã bị sửa sau khi niêm phong</translation>
    </message>
    <message>
        <source>the result of %1 is final: what this file brings for it (a new submission or appraisal) is not taken; reopen the result first</source>
        <translation>kết quả của %1 đã chốt: nội dung tệp này mang đến cho cơ quan, đơn vị đó (hồ sơ nộp lại hoặc kết quả thẩm định) không được tiếp nhận; cần mở lại kết quả trước</translation>
    </message>
    <message>
        <source>the seal of %1 is signed but the signature does not hold: the seal, its key or its signature was altered</source>
        <translation>niêm phong của %1 có chữ ký số nhưng chữ ký không hợp lệ: niêm phong, khóa hoặc chữ ký đã bị sửa đổi</translation>
    </message>
</context>
<context>
    <name>ParScore::NewAssessmentDialog</name>
    <message>
        <source>New self-assessment</source>
        <translation>Tạo bản tự đánh giá mới</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>&amp;Chọn từ tệp…</translation>
    </message>
    <message>
        <source>&amp;Criteria set:</source>
        <translation>&amp;Bộ chỉ số:</translation>
    </message>
    <message>
        <source>Agency &amp;code:</source>
        <translation>&amp;Mã cơ quan, đơn vị:</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>&amp;Tên cơ quan, đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Year assessed:</source>
        <translation>Năm đánh &amp;giá:</translation>
    </message>
    <message>
        <source>C&amp;reate…</source>
        <translation>&amp;Khởi tạo…</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Bộ chỉ số</translation>
    </message>
    <message>
        <source>Criteria sets (*.json)</source>
        <translation>Bộ chỉ số (*.json)</translation>
    </message>
    <message>
        <source>This criteria set is ILLUSTRATIVE or a draft, not the province&apos;s official set: results and printouts will say so.</source>
        <translation>Bộ chỉ số này là bản MINH HỌA hoặc DỰ THẢO, không phải bộ chỉ số chính thức của tỉnh: kết quả và bản in sẽ ghi rõ điều này.</translation>
    </message>
    <message>
        <source>Save the assessment as</source>
        <translation>Lưu tệp đánh giá thành</translation>
    </message>
    <message>
        <source>ParScore assessments (*.parx)</source>
        <translation>Tệp đánh giá ParScore (*.parx)</translation>
    </message>
    <message>
        <source>e.g. STP</source>
        <translation>ví dụ: STP</translation>
    </message>
    <message>
        <source>e.g. Sở Tư pháp</source>
        <translation>ví dụ: Sở Tư pháp</translation>
    </message>
</context>
<context>
    <name>ParScore::NewProvinceDialog</name>
    <message>
        <source>PAR Index appraisal %1</source>
        <translation>Thẩm định Chỉ số CCHC năm %1</translation>
    </message>
    <message>
        <source>New appraisal file</source>
        <translation>Tệp thẩm định mới</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Criteria sets accepted (submissions on any other set are refused):</source>
        <translation>&amp;Bộ chỉ số được chấp nhận (hồ sơ theo bộ chỉ số khác sẽ bị từ chối):</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>&amp;Load a criteria set from a file…</source>
        <translation>&amp;Mở bộ chỉ số từ tệp…</translation>
    </message>
    <message>
        <source>A&amp;gencies expected to submit (code, name, group):</source>
        <translation>&amp;Cơ quan, đơn vị phải nộp hồ sơ (mã, tên, nhóm):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Group: so (departments, boards and sectors), xa (communes), phuong (wards), or another group a criteria set is for.</source>
        <translation>Nhóm: so (sở, ban, ngành), xa (xã), phuong (phường), hoặc một nhóm khác mà bộ chỉ số áp dụng.</translation>
    </message>
    <message>
        <source>&amp;Add agency</source>
        <translation>Thêm cơ &amp;quan, đơn vị</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Xóa dòng đã chọn</translation>
    </message>
    <message>
        <source>&amp;Import a list (CSV/TSV)…</source>
        <translation>Nhập &amp;danh sách (CSV/TSV)…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Khởi tạo…</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies</source>
        <translation>
            <numerusform>%n cơ quan, đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Bộ chỉ số</translation>
    </message>
    <message>
        <source>Criteria sets (*.json)</source>
        <translation>Bộ chỉ số (*.json)</translation>
    </message>
    <message>
        <source>%1 (version %2) — %3</source>
        <translation>%1 (phiên bản %2) — %3</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n agencies in the table with the %1 of %2?</source>
        <translation>
            <numerusform>Thay %n cơ quan, đơn vị trong bảng bằng %1 trong %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>List of agencies</source>
        <translation>Danh sách cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Lists of agencies (*.csv *.tsv *.txt)</source>
        <translation>Danh sách cơ quan, đơn vị (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>The appraisal file needs a title</source>
        <translation>Tệp thẩm định phải có tiêu đề</translation>
    </message>
    <message>
        <source>Tick at least one criteria set</source>
        <translation>Vui lòng chọn ít nhất một bộ chỉ số</translation>
    </message>
    <message>
        <source>Save the appraisal file</source>
        <translation>Lưu tệp thẩm định</translation>
    </message>
    <message>
        <source>appraisal-%1.parx</source>
        <translation>tham-dinh-%1.parx</translation>
    </message>
    <message>
        <source>ParScore files (*.parx)</source>
        <translation>Tệp ParScore (*.parx)</translation>
    </message>
</context>
<context>
    <name>ParScore::OfficerWindow</name>
    <message>
        <source>Create a new self-assessment (Ctrl+N) or open a .parx file (Ctrl+O).
You can also drop a .parx file onto this window.</source>
        <translation>Tạo bản tự đánh giá mới (Ctrl+N) hoặc mở tệp .parx (Ctrl+O).
Bạn cũng có thể kéo thả tệp .parx vào cửa sổ này.</translation>
    </message>
    <message>
        <source>ParScore — PAR Index self-assessment</source>
        <translation>ParScore — Tự đánh giá Chỉ số cải cách hành chính</translation>
    </message>
    <message>
        <source>Search by number or title (Ctrl+F)</source>
        <translation>Tìm theo STT hoặc tên tiêu chí (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tất cả các mục</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Chưa chấm</translation>
    </message>
    <message>
        <source>Points without evidence</source>
        <translation>Có điểm nhưng thiếu TLKC</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Danh sách tiêu chí</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — ParScore</source>
        <translation>%1 — %2, năm %3 — ParScore</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New self-assessment…</source>
        <translation>Tạo &amp;bản tự đánh giá mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Every change is saved in the file as you make it.</source>
        <translation>Mọi thay đổi đã được lưu vào tệp ngay khi bạn thực hiện.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export scorecard to PDF…</source>
        <translation>Xuất bảng chấm điểm ra &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Đánh &amp;giá</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Next item to score</source>
        <translation>&amp;Mục chưa chấm tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Readiness check…</source>
        <translation>&amp;Kiểm tra điều kiện nộp…</translation>
    </message>
    <message>
        <source>&amp;Submit (seal)…</source>
        <translation>&amp;Nộp (niêm phong)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Self-assessed: %1 of %2 points</source>
        <translation>Tự đánh giá: %1/%2 điểm</translation>
    </message>
    <message>
        <source> — index %1 %</source>
        <translation> — chỉ số %1 %</translation>
    </message>
    <message>
        <source> — grade %1</source>
        <translation> — xếp loại %1</translation>
    </message>
    <message>
        <source> — scored %1 of %2 items</source>
        <translation> — đã chấm %1/%2 mục</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE criteria set (minh họa): %1 is not the province&apos;s official set.</source>
        <translation>Bộ chỉ số MINH HỌA: %1 không phải là bộ chỉ số chính thức của tỉnh.</translation>
    </message>
    <message>
        <source>Submitted and sealed: the self-assessment is read-only. Seal fingerprint: %1</source>
        <translation>Đã nộp và niêm phong: kết quả tự đánh giá chỉ được xem, không thể chỉnh sửa. Mã niêm phong: %1</translation>
    </message>
    <message>
        <source>Every item is scored.</source>
        <translation>Đã chấm tất cả các mục.</translation>
    </message>
    <message>
        <source>Open a self-assessment</source>
        <translation>Mở bản tự đánh giá</translation>
    </message>
    <message>
        <source>ParScore assessments (*.parx)</source>
        <translation>Tệp đánh giá ParScore (*.parx)</translation>
    </message>
    <message>
        <source>Submit the self-assessment of %1 for %2?

It will be sealed: the scores, notes and evidence can no longer be changed.</source>
        <translation>Nộp kết quả tự đánh giá của %1 năm %2?

Kết quả sẽ được niêm phong: điểm, ghi chú và tài liệu kiểm chứng sẽ không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>Export the scorecard</source>
        <translation>Xuất bảng chấm điểm</translation>
    </message>
    <message>
        <source>Scorecard written to %1</source>
        <translation>Đã ghi bảng chấm điểm vào %1</translation>
    </message>
    <message>
        <source>Switch between the &amp;tree and the item</source>
        <translation>Chuyển giữa &amp;cây tiêu chí và mục đang chọn</translation>
    </message>
    <message>
        <source>Print preview of the scorecard</source>
        <translation>Xem trước bảng chấm điểm khi in</translation>
    </message>
    <message>
        <source>Opened read-only: another window or program is editing this file. What you see is the file as it was when opened.</source>
        <translation>Đang mở ở chế độ chỉ xem: một cửa sổ hoặc chương trình khác đang sửa tệp này. Nội dung hiển thị là nội dung của tệp tại thời điểm mở.</translation>
    </message>
    <message>
        <source>Some notes could not be written: the file is busy or cannot be written (see the message before). Close the file anyway and lose them?</source>
        <translation>Một số ghi chú chưa ghi được vào tệp: tệp đang bận hoặc không ghi được (xem thông báo trước). Vẫn đóng tệp và bỏ các ghi chú đó?</translation>
    </message>
    <message>
        <source> — grade %1 (provisional)</source>
        <translation> — xếp loại %1 (tạm tính)</translation>
    </message>
    <message>
        <source>%1 is being edited in another window or program (%2).

Open it read-only, to look without changing it? If you are sure it is not open there (for example the file was copied from another computer), you can edit it here.</source>
        <translation>Tệp %1 đang được sửa trong một cửa sổ hoặc chương trình khác (%2).

Mở ở chế độ chỉ xem, không sửa được? Nếu chắc chắn tệp không còn mở ở nơi đó (ví dụ tệp được chép từ máy tính khác), có thể sửa tại đây.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Mở chỉ để &amp;xem</translation>
    </message>
    <message>
        <source>&amp;Edit here</source>
        <translation>&amp;Sửa tại đây</translation>
    </message>
    <message>
        <source>The mark beside %1 cannot be removed</source>
        <translation>Không xóa được dấu khóa bên cạnh tệp %1</translation>
    </message>
    <message>
        <source>%1 (read-only) — %2 %3 — ParScore</source>
        <translation>%1 (chỉ xem) — %2 %3 — ParScore</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing here can change it.</source>
        <translation>Tệp đang mở ở chế độ chỉ xem: không thay đổi được gì.</translation>
    </message>
    <message>
        <source>Save an editable &amp;copy…</source>
        <translation>Lư&amp;u bản sao để chỉnh sửa…</translation>
    </message>
    <message>
        <source>Opened read-only: %1. Nothing can be changed here. To work on it, choose File → Save an editable copy…, or make the file writable (in its properties) and open it again.</source>
        <translation>Đang mở ở chế độ chỉ xem: %1. Không thể thay đổi gì tại đây. Để làm việc tiếp, hãy chọn Tệp → Lưu bản sao để chỉnh sửa…, hoặc bỏ thuộc tính chỉ đọc của tệp (trong phần Thuộc tính của tệp) rồi mở lại.</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Lưu bản sao để chỉnh sửa</translation>
    </message>
    <message>
        <source>%1 (copy).parx</source>
        <translation>%1 (bản sao).parx</translation>
    </message>
    <message>
        <source>New &amp;appraisal file…</source>
        <translation>&amp;Tạo tệp thẩm định mới…</translation>
    </message>
    <message>
        <source>Items to explain</source>
        <translation>Tiêu chí cần giải trình</translation>
    </message>
    <message>
        <source>&amp;Send the explanation…</source>
        <translation>&amp;Gửi giải trình…</translation>
    </message>
    <message>
        <source>Send the explanation of %1?

It will be sealed: the explanations and their documents can no longer be changed. Then send this file back to the Department of Home Affairs.</source>
        <translation>Gửi giải trình của %1?

Nội dung giải trình sẽ được niêm phong: nội dung giải trình và tài liệu kèm theo không thể chỉnh sửa được nữa. Sau đó gửi tệp này lại cho Sở Nội vụ.</translation>
    </message>
    <message>
        <source>The explanation is sealed. Send this file: %1</source>
        <translation>Đã niêm phong nội dung giải trình. Gửi tệp này: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: an explanation could not be written (see the message before). Try again when the file can be written.</source>
        <translation>Chưa gửi: có nội dung giải trình chưa ghi được vào tệp (xem thông báo trước đó). Vui lòng thử lại khi tệp có thể ghi.</translation>
    </message>
    <message>
        <source>Signature of the submission: %1</source>
        <translation>Chữ ký số của hồ sơ nộp: %1</translation>
    </message>
    <message>
        <source>Submitted and sealed.</source>
        <translation>Đã nộp và niêm phong.</translation>
    </message>
</context>
<context>
    <name>ParScore::OverviewModel</name>
    <message>
        <source>Provisional: this agency&apos;s result is not final yet.</source>
        <translation>Tạm tính: kết quả của cơ quan, đơn vị này chưa phải là kết quả cuối cùng.</translation>
    </message>
    <message>
        <source>draft, not submitted</source>
        <translation>bản nháp, chưa nộp</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <source>The council&apos;s answers scored as the agency scores itself: directly comparable with the self-assessed points.</source>
        <translation>Kết quả chấm của Hội đồng thẩm định, tính điểm theo cùng cách cơ quan, đơn vị tự chấm: so sánh trực tiếp được với điểm tự đánh giá.</translation>
    </message>
    <message>
        <source>Appraised minus self-assessed, on the agency&apos;s own items: negative where the agency claimed more than the council gives.</source>
        <translation>Điểm thẩm định trừ điểm tự đánh giá, trên các tiêu chí do cơ quan, đơn vị tự chấm: mang giá trị âm khi cơ quan, đơn vị tự chấm cao hơn điểm Hội đồng thẩm định cho.</translation>
    </message>
    <message>
        <source>Rank within the agency&apos;s group on the final result; * provisional.</source>
        <translation>Xếp hạng trong nhóm của cơ quan, đơn vị theo kết quả cuối cùng; * tạm tính.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Niêm phong</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Thời điểm nộp</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Tự đánh giá %</translation>
    </message>
    <message>
        <source>Appraised</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Cuối cùng</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>Cuối cùng %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Over-claim</source>
        <translation>Tự chấm vượt</translation>
    </message>
    <message>
        <source>Over-claim (pp)</source>
        <translation>Tự chấm vượt (điểm %)</translation>
    </message>
    <message>
        <source>Items the council asked the agency to explain, still awaiting its response.</source>
        <translation>Số tiêu chí Hội đồng đã yêu cầu cơ quan, đơn vị giải trình mà chưa nhận được trả lời.</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>Cần giải trình</translation>
    </message>
    <message>
        <source>Seal: %1. Signature: %2.</source>
        <translation>Niêm phong: %1. Chữ ký số: %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>seal state, signature state</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ParScore::ParxFile</name>
    <message>
        <source>The file %1 does not exist</source>
        <translation>Tệp %1 không tồn tại</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ParScore assessment file (.parx)</source>
        <translation>%1 không phải là tệp đánh giá (.parx) của ParScore</translation>
    </message>
    <message>
        <source>%1 is a database, but not a ParScore assessment file</source>
        <translation>%1 là một cơ sở dữ liệu nhưng không phải là tệp đánh giá của ParScore</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of ParScore (file format %2; this version reads up to %3). Install a newer ParScore.</source>
        <translation>%1 được tạo bằng phiên bản ParScore mới hơn (định dạng tệp %2; phiên bản đang dùng chỉ đọc được đến định dạng %3). Vui lòng cài đặt phiên bản ParScore mới hơn.</translation>
    </message>
    <message>
        <source>%1 is not a complete ParScore assessment file</source>
        <translation>%1 không phải là tệp đánh giá hoàn chỉnh của ParScore</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite)</source>
        <translation>Thiếu trình điều khiển SQLite của Qt; vui lòng cài đặt gói libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 đã tồn tại; vui lòng chọn tên khác</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Không tạo được %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely</source>
        <translation>%1 bị hỏng, không thể đọc an toàn</translation>
    </message>
    <message>
        <source>%1 is being changed by another program; try again when it has finished</source>
        <translation>%1 đang được một chương trình khác sửa đổi; vui lòng thử lại khi chương trình đó đã hoàn tất</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while it was open: open it again from where it is now</source>
        <translation>Tệp %1 đã bị di chuyển hoặc xóa trong khi đang mở: hãy mở lại tệp tại vị trí mới</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only</source>
        <translation>Không ghi được vào %1: tệp hoặc thư mục chứa tệp chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk or network drive may be unavailable</source>
        <translation>Không đọc hoặc ghi được %1: ổ đĩa hoặc ổ mạng có thể không truy cập được</translation>
    </message>
    <message>
        <source>%1 is damaged (for example a copy that did not finish) and cannot be used</source>
        <translation>Tệp %1 bị hỏng (ví dụ bản sao chép chưa hoàn tất) nên không dùng được</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free some space and try again</source>
        <translation>Ổ đĩa chứa %1 đã đầy: hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <source>%1 cannot be opened: check that it exists and that you may read it</source>
        <translation>Không mở được %1: hãy kiểm tra tệp còn tồn tại và bạn có quyền đọc</translation>
    </message>
    <message>
        <source>Error in the file %1: %2</source>
        <translation>Lỗi trong tệp %1: %2</translation>
    </message>
    <message>
        <source>the file %1 is marked read-only on this computer</source>
        <translation>tệp %1 đang được đặt thuộc tính chỉ đọc trên máy tính này</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written, so the file cannot be changed safely there</source>
        <translation>không thể ghi vào thư mục %1, nên không thể thay đổi tệp một cách an toàn tại đó</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name</source>
        <translation>%1 đã tồn tại: vui lòng chọn tên khác</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened safely: this SQLite library does not offer the protections ParScore needs against crafted files</source>
        <translation>Không thể mở %1 một cách an toàn: thư viện SQLite này không có các cơ chế bảo vệ mà ParScore cần để chống tệp bị làm giả</translation>
    </message>
</context>
<context>
    <name>ParScore::ParxSchema</name>
    <message>
        <source>Cannot write the file&apos;s structure: %1</source>
        <translation>Không ghi được cấu trúc của tệp: %1</translation>
    </message>
    <message>
        <source>This file is not a ParScore assessment file, or it was altered by another program</source>
        <translation>Tệp này không phải là tệp đánh giá của ParScore hoặc đã bị chương trình khác sửa đổi</translation>
    </message>
</context>
<context>
    <name>ParScore::ParxValidator</name>
    <message>
        <source>the table %1 cannot be read</source>
        <translation>không đọc được bảng %1</translation>
    </message>
    <message>
        <source>the table %1 holds values ParScore never writes</source>
        <translation>bảng %1 chứa giá trị mà ParScore không bao giờ ghi</translation>
    </message>
    <message>
        <source>a note refers to the unknown item %1</source>
        <translation>một ghi chú tham chiếu đến mục không tồn tại %1</translation>
    </message>
    <message>
        <source>the evidence links cannot be read</source>
        <translation>không đọc được liên kết tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>evidence or a comment refers to the unknown item %1</source>
        <translation>tài liệu kiểm chứng hoặc nhận xét tham chiếu đến mục không tồn tại %1</translation>
    </message>
    <message>
        <source>the table %1 holds a time in the future or before 2000</source>
        <translation>bảng %1 chứa thời điểm ở tương lai hoặc trước năm 2000</translation>
    </message>
    <message>
        <source>the evidence document %1 does not match its fingerprint</source>
        <translation>tài liệu kiểm chứng %1 không khớp với mã SHA-256 đã ghi nhận</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read safely</source>
        <translation>Tệp %1 bị hỏng, không thể đọc an toàn</translation>
    </message>
    <message>
        <source>the criteria set of %1 is not labelled as its content says</source>
        <translation>bộ chỉ số của %1 được ghi nhãn không khớp với nội dung</translation>
    </message>
    <message>
        <source>the agency %1 is of group %2, which its criteria set is not for</source>
        <translation>cơ quan, đơn vị %1 thuộc nhóm %2, không thuộc đối tượng của bộ chỉ số</translation>
    </message>
    <message>
        <source>an explanation request refers to the unknown item %1</source>
        <translation>một yêu cầu giải trình tham chiếu tiêu chí không tồn tại %1</translation>
    </message>
</context>
<context>
    <name>ParScore::ProvinceDocument</name>
    <message>
        <source>Appraisal note on item %1 of %2</source>
        <translation>Ghi chú thẩm định tiêu chí %1 của %2</translation>
    </message>
    <message>
        <source>Appraise bonus item %1 of %2</source>
        <translation>Thẩm định tiêu chí điểm thưởng %1 của %2</translation>
    </message>
    <message>
        <source>Appraise penalty item %1 of %2</source>
        <translation>Thẩm định tiêu chí điểm trừ %1 của %2</translation>
    </message>
    <message>
        <source>Appraise item %1 of %2</source>
        <translation>Thẩm định tiêu chí %1 của %2</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n survey score(s)</source>
        <translation>
            <numerusform>Dán %n điểm điều tra, khảo sát</numerusform>
        </translation>
    </message>
    <message>
        <source>The survey scores could not be written; nothing was changed</source>
        <translation>Không ghi được điểm điều tra, khảo sát; chưa có thay đổi nào</translation>
    </message>
    <message>
        <source>Explanation request on item %1 of %2</source>
        <translation>Yêu cầu %2 giải trình tiêu chí %1</translation>
    </message>
</context>
<context>
    <name>ParScore::ProvinceFile</name>
    <message>
        <source>%1: the code is empty or too long</source>
        <translation>%1: mã để trống hoặc quá dài</translation>
    </message>
    <message>
        <source>%1: the code begins or ends with a space</source>
        <translation>%1: mã có khoảng trắng ở đầu hoặc cuối</translation>
    </message>
    <message>
        <source>%1: the name is empty or too long</source>
        <translation>%1: tên để trống hoặc quá dài</translation>
    </message>
    <message>
        <source>%1: the group is empty or too long</source>
        <translation>%1: nhóm để trống hoặc quá dài</translation>
    </message>
    <message>
        <source>%1: no accepted criteria set is for the group “%2”</source>
        <translation>%1: không có bộ chỉ số được chấp nhận nào dành cho nhóm “%2”</translation>
    </message>
    <message>
        <source>%1: the code is listed twice</source>
        <translation>%1: mã xuất hiện hai lần trong danh sách</translation>
    </message>
    <message numerus="yes">
        <source>The list of agencies has %n problem(s)</source>
        <translation>
            <numerusform>Danh sách cơ quan, đơn vị có %n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>The province file needs a title</source>
        <translation>Tệp thẩm định của tỉnh phải có tiêu đề</translation>
    </message>
    <message>
        <source>The year must be between 1900 and 2999</source>
        <translation>Năm đánh giá phải nằm trong khoảng từ 1900 đến 2999</translation>
    </message>
    <message>
        <source>Choose at least one criteria set for the province file</source>
        <translation>Vui lòng chọn ít nhất một bộ chỉ số cho tệp thẩm định của tỉnh</translation>
    </message>
</context>
<context>
    <name>ParScore::PublicKeyFile</name>
    <message>
        <source>the holder&apos;s name is empty</source>
        <translation>tên người giữ khóa đang để trống</translation>
    </message>
    <message>
        <source>the holder&apos;s name begins or ends with a space</source>
        <translation>tên người giữ khóa bắt đầu hoặc kết thúc bằng dấu cách</translation>
    </message>
    <message>
        <source>the holder&apos;s name is longer than %1 characters</source>
        <translation>tên người giữ khóa dài hơn %1 ký tự</translation>
    </message>
    <message>
        <source>the holder&apos;s name contains the control character U+%1</source>
        <translation>tên người giữ khóa chứa ký tự điều khiển U+%1</translation>
    </message>
    <message>
        <source>a public key file is one short line, but this one has %1 bytes</source>
        <translation>tệp khóa công khai chỉ là một dòng ngắn, nhưng tệp này có %1 byte</translation>
    </message>
    <message>
        <source>a public key file has exactly one line</source>
        <translation>tệp khóa công khai phải có đúng một dòng</translation>
    </message>
    <message>
        <source>the line does not begin with the kind “%1” followed by a space</source>
        <translation>dòng không bắt đầu bằng loại “%1” và một dấu cách</translation>
    </message>
    <message>
        <source>the line has no holder&apos;s name after the key</source>
        <translation>dòng không có tên người giữ khóa sau khóa</translation>
    </message>
    <message>
        <source>the key is not the base64 of an Ed25519 public key (44 characters)</source>
        <translation>khóa không phải dạng base64 của một khóa công khai Ed25519 (44 ký tự)</translation>
    </message>
    <message>
        <source>the holder&apos;s name is not UTF-8 text</source>
        <translation>tên người giữ khóa không phải văn bản UTF-8</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>không đọc được %1</translation>
    </message>
    <message>
        <source>%1 is not a ParScore public key file: %2</source>
        <translation>%1 không phải tệp khóa công khai của ParScore: %2</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name</source>
        <translation>%1 đã tồn tại: hãy chọn tên khác</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>ParScore::RankingHtml</name>
    <message>
        <source>PAR INDEX RANKING</source>
        <translation>BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH</translation>
    </message>
    <message>
        <source>Ranked on the final result (scored as the appraisers)</source>
        <translation>Xếp hạng theo kết quả cuối cùng (chấm như cơ quan thẩm định)</translation>
    </message>
    <message>
        <source>Ranked on the self-assessment (scored as the agency)</source>
        <translation>Xếp hạng theo kết quả tự đánh giá (chấm như cơ quan, đơn vị)</translation>
    </message>
    <message numerus="yes">
        <source>PROVISIONAL: the results of %n agency(ies) are not final yet; their figures marked * may change.</source>
        <translation>
            <numerusform>TẠM TÍNH: kết quả của %n cơ quan, đơn vị chưa phải kết quả cuối cùng; các số liệu có dấu * có thể thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Tự đánh giá %</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>Cuối cùng %</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>* provisional: the appraisal of this agency is not final yet.</source>
        <translation>* tạm tính: kết quả thẩm định của cơ quan, đơn vị chưa phải kết quả cuối cùng.</translation>
    </message>
    <message>
        <source>“—”: no percent, or not ranked (the layer is empty or not every item is answered). Equal percents share a rank.</source>
        <translation>“—”: không có tỷ lệ phần trăm, hoặc không xếp hạng (chưa chấm hoặc chưa chấm đủ các tiêu chí). Các tỷ lệ bằng nhau đồng hạng.</translation>
    </message>
</context>
<context>
    <name>ParScore::RankingWindow</name>
    <message>
        <source>Ranking — ParScore</source>
        <translation>Xếp hạng — ParScore</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất P&amp;DF…</translation>
    </message>
    <message>
        <source>No agency of this file has submitted yet.</source>
        <translation>Chưa có cơ quan, đơn vị nào trong tệp nộp bản tự đánh giá.</translation>
    </message>
    <message>
        <source>Print preview of the ranking</source>
        <translation>Xem trước bản in bảng xếp hạng</translation>
    </message>
    <message>
        <source>%1-ranking-%2.pdf</source>
        <translation>%1-xep-hang-%2.pdf</translation>
    </message>
    <message>
        <source>ranking-%1.pdf</source>
        <translation>xep-hang-%1.pdf</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>Xuất bảng xếp hạng</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Bảng xếp hạng</translation>
    </message>
</context>
<context>
    <name>ParScore::ReadinessDialog</name>
    <message>
        <source>Readiness check</source>
        <translation>Kiểm tra điều kiện nộp</translation>
    </message>
    <message>
        <source>Every item is ready: the self-assessment can be submitted.</source>
        <translation>Tất cả các mục đã đủ điều kiện: có thể nộp kết quả tự đánh giá.</translation>
    </message>
    <message>
        <source>Items to complete</source>
        <translation>Các mục cần hoàn thiện</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>points claimed without evidence or explanation</source>
        <translation>có điểm nhưng thiếu tài liệu kiểm chứng hoặc giải trình</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) must be completed before submitting. Press Enter or double-click one to go to it:</source>
        <translation>
            <numerusform>Cần hoàn thiện %n mục trước khi nộp. Nhấn Enter hoặc nhấp đúp vào một mục để chuyển tới mục đó:</numerusform>
        </translation>
    </message>
    <message>
        <source>no explanation yet</source>
        <translation>chưa có nội dung giải trình</translation>
    </message>
    <message>
        <source>Every item the council flagged is explained: the explanation can be sent.</source>
        <translation>Đã giải trình đủ các tiêu chí Hội đồng yêu cầu; có thể gửi giải trình.</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged item(s) still need an explanation before sending. Press Enter or double-click one to go to it:</source>
        <translation>
            <numerusform>Còn %n tiêu chí cần giải trình trước khi gửi. Nhấn Enter hoặc nhấp đúp vào một tiêu chí để chuyển đến:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::RequestFile</name>
    <message>
        <source>%1 cannot be read</source>
        <translation>Không đọc được %1</translation>
    </message>
    <message>
        <source>The table %1 cannot be read</source>
        <translation>Không đọc được bảng %1</translation>
    </message>
    <message>
        <source>%1 is not a request file (made by export-request)</source>
        <translation>%1 không phải là tệp yêu cầu giải trình (tạo bằng export-request)</translation>
    </message>
    <message>
        <source>a request file holds one assessment</source>
        <translation>tệp yêu cầu giải trình chỉ chứa một bản đánh giá</translation>
    </message>
    <message>
        <source>%1 has no explanation request awaiting a response: there is nothing to send</source>
        <translation>%1 không có yêu cầu giải trình nào đang chờ trả lời: không có gì để gửi</translation>
    </message>
    <message>
        <source>A response needs a text</source>
        <translation>Nội dung giải trình không được để trống</translation>
    </message>
    <message>
        <source>A response holds at most %1 characters</source>
        <translation>Nội dung giải trình dài tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>The response is sealed and can no longer be changed</source>
        <translation>Nội dung giải trình đã được niêm phong, không thể sửa đổi</translation>
    </message>
    <message>
        <source>No explanation request is open on item %1</source>
        <translation>Không có yêu cầu giải trình nào đang mở đối với tiêu chí %1</translation>
    </message>
    <message>
        <source>The responses cannot be read</source>
        <translation>Không đọc được nội dung giải trình</translation>
    </message>
    <message>
        <source>The response does not belong to request %1</source>
        <translation>Nội dung giải trình không thuộc yêu cầu %1</translation>
    </message>
    <message>
        <source>The response lists a document twice or without a name</source>
        <translation>Nội dung giải trình có tài liệu bị trùng hoặc không có tên</translation>
    </message>
    <message>
        <source>The document %1 is no longer where it was attached from: it cannot be attached again</source>
        <translation>Tài liệu %1 không còn ở vị trí đã đính kèm: không thể đính kèm lại</translation>
    </message>
    <message>
        <source>No explanation request %1 is open in this file</source>
        <translation>Tệp này không có yêu cầu giải trình %1 đang chờ</translation>
    </message>
</context>
<context>
    <name>ParScore::RequestPart</name>
    <message>
        <source>The documents are sent with an explanation: it cannot be empty while they are attached. The explanation written before is kept.</source>
        <translation>Tài liệu được gửi kèm nội dung giải trình nên không được để trống nội dung khi còn tài liệu đính kèm. Nội dung đã nhập trước đó được giữ nguyên.</translation>
    </message>
    <message>
        <source>Write the explanation first: the documents are sent with it.</source>
        <translation>Vui lòng nhập nội dung giải trình trước; tài liệu được gửi kèm nội dung này.</translation>
    </message>
    <message>
        <source>A copy of the document cannot be kept for undo in %1</source>
        <translation>Không lưu được bản sao tài liệu để hoàn tác tại %1</translation>
    </message>
    <message>
        <source>its identifier is not a UUID</source>
        <translation>mã định danh không phải là UUID</translation>
    </message>
    <message>
        <source>request %1 on item %2: %3</source>
        <translation>yêu cầu %1 về tiêu chí %2: %3</translation>
    </message>
    <message>
        <source>The request file %1 cannot be opened: its requests for explanation are damaged or were altered.
%2</source>
        <translation>Không thể mở tệp yêu cầu %1: các yêu cầu giải trình trong tệp bị hỏng hoặc đã bị sửa đổi.
%2</translation>
    </message>
    <message>
        <source>The explanation in %1 was altered after it was sealed: the response seal no longer matches the explanations and documents it covers. Ask for the file as it was sealed.</source>
        <translation>Nội dung giải trình trong %1 đã bị sửa đổi sau khi niêm phong: mã niêm phong giải trình không còn khớp với nội dung giải trình và tài liệu kèm theo. Đề nghị cung cấp lại tệp đúng như khi đã niêm phong.</translation>
    </message>
</context>
<context>
    <name>ParScore::RequestStore</name>
    <message>
        <source>the explanation requests cannot be read</source>
        <translation>không đọc được các yêu cầu giải trình</translation>
    </message>
    <message>
        <source>An explanation request needs a text</source>
        <translation>Yêu cầu giải trình phải có nội dung</translation>
    </message>
    <message>
        <source>An explanation request holds at most %1 characters</source>
        <translation>Yêu cầu giải trình dài tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>%1 has not submitted its self-assessment: there is nothing to explain yet</source>
        <translation>%1 chưa nộp bản tự đánh giá: chưa có nội dung để giải trình</translation>
    </message>
    <message>
        <source>The explanation request is no longer in the file</source>
        <translation>Yêu cầu giải trình không còn trong tệp</translation>
    </message>
    <message>
        <source>The explanation request on item %1 was answered or closed: it stays on record</source>
        <translation>Yêu cầu giải trình tiêu chí %1 đã được trả lời hoặc đã đóng nên được giữ lại trong hồ sơ</translation>
    </message>
    <message>
        <source>the change log cannot be read</source>
        <translation>không đọc được nhật ký thay đổi</translation>
    </message>
    <message>
        <source>The explanation request on item %1 was already sent to the agency: it stays on record</source>
        <translation>Yêu cầu giải trình tiêu chí %1 đã được gửi cho cơ quan, đơn vị nên được giữ lại trong hồ sơ</translation>
    </message>
    <message>
        <source>An explanation request on item %1 already awaits the agency&apos;s response: withdraw it or wait for the response before asking again</source>
        <translation>Yêu cầu giải trình tiêu chí %1 đang chờ cơ quan, đơn vị trả lời: hãy rút lại yêu cầu đó hoặc chờ nội dung giải trình trước khi yêu cầu tiếp</translation>
    </message>
</context>
<context>
    <name>ParScore::ResponseSeal</name>
    <message>
        <source>The response is already sealed</source>
        <translation>Nội dung giải trình đã được niêm phong</translation>
    </message>
    <message>
        <source>There is no response to seal: answer a request with respond first</source>
        <translation>Chưa có nội dung giải trình để niêm phong: hãy trả lời yêu cầu bằng lệnh respond trước</translation>
    </message>
</context>
<context>
    <name>ParScore::ResultSeal</name>
    <message>
        <source>The file cannot be read to check its signatures</source>
        <translation>Không đọc được tệp để kiểm tra chữ ký</translation>
    </message>
    <message>
        <source>The file holds no appraisal to sign</source>
        <translation>Tệp không có kết quả thẩm định nào để ký</translation>
    </message>
</context>
<context>
    <name>ParScore::RoundActions</name>
    <message>
        <source>Request an explanation</source>
        <translation>Yêu cầu giải trình</translation>
    </message>
    <message>
        <source>What should %1 explain, or which documents should it add, for item %2 “%3”? The agency reads this text.</source>
        <translation>Đề nghị %1 giải trình nội dung gì, hoặc bổ sung tài liệu nào, đối với tiêu chí %2 “%3”? Cơ quan, đơn vị sẽ đọc nội dung này.</translation>
    </message>
    <message>
        <source>Explanation requested on item %1. Send the request file when every item is flagged.</source>
        <translation>Đã yêu cầu giải trình tiêu chí %1. Gửi tệp yêu cầu khi đã đánh dấu đủ các tiêu chí.</translation>
    </message>
    <message>
        <source>The request file for %1 carries its submission as it was sealed, the council&apos;s round-1 points and the requests awaiting its explanation, and nothing of any other agency. Should the agency also read the appraisers&apos; round-1 notes?</source>
        <translation>Tệp yêu cầu gửi %1 gồm hồ sơ tự đánh giá như khi đã niêm phong, điểm thẩm định lần 1 của Hội đồng và các yêu cầu đang chờ giải trình, không có dữ liệu của cơ quan, đơn vị nào khác. Có gửi kèm ghi chú thẩm định lần 1 của Hội đồng cho cơ quan, đơn vị không?</translation>
    </message>
    <message>
        <source>Send &amp;without the notes</source>
        <translation>Gửi &amp;không kèm ghi chú</translation>
    </message>
    <message>
        <source>Send &amp;with the notes</source>
        <translation>Gửi &amp;kèm ghi chú</translation>
    </message>
    <message>
        <source>Save the request file</source>
        <translation>Lưu tệp yêu cầu giải trình</translation>
    </message>
    <message>
        <source>%1-%2-explanation-request.parx</source>
        <translation>%1-%2-yeu-cau-giai-trinh.parx</translation>
    </message>
    <message>
        <source>ParScore files (*.parx)</source>
        <translation>Tệp ParScore (*.parx)</translation>
    </message>
    <message>
        <source>%1 already exists: a request file is never written over another file. Choose another name.</source>
        <translation>%1 đã tồn tại: tệp yêu cầu không bao giờ được ghi đè lên tệp khác. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Request file written: %1. Send it to %2; its explanation comes back in the same file.</source>
        <translation>Đã lập tệp yêu cầu: %1. Gửi tệp này cho %2; nội dung giải trình sẽ được gửi lại trong chính tệp này.</translation>
    </message>
    <message>
        <source>Finalize the result of %1? After this, no layer changes without reopening it with a reason.</source>
        <translation>Chốt kết quả của %1? Sau khi chốt, không kết quả nào thay đổi được nếu không mở lại kèm lý do.</translation>
    </message>
    <message numerus="yes">
        <source>%n explanation request still awaits the agency&apos;s response: it will be closed as unanswered.</source>
        <translation>
            <numerusform>Còn %n yêu cầu giải trình chưa được cơ quan, đơn vị trả lời: yêu cầu sẽ được đóng là không giải trình.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The result of %1 is final; %n request was closed as unanswered.</source>
        <translation>
            <numerusform>Đã chốt kết quả của %1; %n yêu cầu được đóng là không giải trình.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result of %1 is final.</source>
        <translation>Đã chốt kết quả của %1.</translation>
    </message>
    <message>
        <source>Finalize the results of every agency of the group “%1” whose final layer is complete? Their open explanation requests are closed as unanswered; the others stay as they are.</source>
        <translation>Chốt kết quả của mọi cơ quan, đơn vị thuộc nhóm “%1” đã chấm đủ kết quả cuối cùng? Các yêu cầu giải trình chưa được trả lời sẽ được đóng là không giải trình; các cơ quan, đơn vị khác giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>%n result of the group is now final.</source>
        <translation>
            <numerusform>Đã chốt %n kết quả của nhóm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency was not finalized (see the details).</source>
        <translation>
            <numerusform>%n cơ quan, đơn vị chưa được chốt (xem chi tiết).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen a final result</source>
        <translation>Mở lại kết quả đã chốt</translation>
    </message>
    <message>
        <source>Why is the final result of %1 reopened? The reason is kept in the file&apos;s log; the agency goes back to being appraised.</source>
        <translation>Lý do mở lại kết quả đã chốt của %1? Lý do được ghi vào nhật ký của tệp; cơ quan, đơn vị trở lại trạng thái đang thẩm định.</translation>
    </message>
    <message>
        <source>The result of %1 is reopened and is being appraised again.</source>
        <translation>Đã mở lại kết quả của %1 để thẩm định lại.</translation>
    </message>
</context>
<context>
    <name>ParScore::RuleEngine</name>
    <message>
        <source>Not answered → 0</source>
        <translation>Chưa chấm → 0</translation>
    </message>
    <message>
        <source>Not applicable (%1)</source>
        <translation>Không áp dụng (%1)</translation>
    </message>
    <message>
        <source>Points entered: %1</source>
        <translation>Điểm đã nhập: %1</translation>
    </message>
    <message>
        <source>Yes → the maximum</source>
        <translation>Có → điểm tối đa</translation>
    </message>
    <message>
        <source>No → 0</source>
        <translation>Không → 0</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 → left out of both the points and the maximum</source>
        <translation>%1 → không tính vào điểm đạt và điểm tối đa</translation>
    </message>
    <message>
        <source>%1 → scores the maximum %2</source>
        <translation>%1 → đạt điểm tối đa %2</translation>
    </message>
    <message>
        <source>%1 → 0</source>
        <translation>%1 → 0</translation>
    </message>
    <message>
        <source>0/0: did not arise</source>
        <translation>0/0: không phát sinh</translation>
    </message>
    <message>
        <source>the maximum</source>
        <translation>điểm tối đa</translation>
    </message>
    <message>
        <source>%1, below every tier</source>
        <translation>%1: thấp hơn mọi mức</translation>
    </message>
    <message>
        <source>Nothing checked</source>
        <translation>Không đánh dấu mục nào</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n item(s): %1</source>
        <translation>
            <numerusform>Đã đánh dấu %n mục: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>capped at the maximum</source>
        <translation>không vượt quá điểm tối đa</translation>
    </message>
    <message>
        <source>No violations</source>
        <translation>Không có vi phạm</translation>
    </message>
    <message>
        <source>not below %1</source>
        <translation>không thấp hơn %1</translation>
    </message>
</context>
<context>
    <name>ParScore::ScorecardHtml</name>
    <message>
        <source>PAR INDEX SCORECARD</source>
        <translation>BẢNG CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH</translation>
    </message>
    <message>
        <source>Agency code %1 — self-assessment for the year %2</source>
        <translation>Mã cơ quan, đơn vị %1 — tự đánh giá năm %2</translation>
    </message>
    <message>
        <source>Criteria set: %1 (%2, version %3)</source>
        <translation>Bộ chỉ số: %1 (%2, phiên bản %3)</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE criteria set (minh họa): not the province&apos;s official set</source>
        <translation>Bộ chỉ số MINH HỌA: không phải bộ chỉ số chính thức của tỉnh</translation>
    </message>
    <message>
        <source>DRAFT criteria set: not yet official</source>
        <translation>Bộ chỉ số DỰ THẢO: chưa phải bộ chỉ số chính thức</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Area / criterion / sub-criterion</source>
        <translation>Lĩnh vực / tiêu chí / tiêu chí thành phần</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>Điểm tự đánh giá</translation>
    </message>
    <message>
        <source>Notes / explanation / evidence</source>
        <translation>Ghi chú / giải trình / tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Tài liệu kiểm chứng: %1</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(chưa chấm)</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty points</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Submitted (sealed) on %1. Seal fingerprint: %2</source>
        <translation>Đã nộp (niêm phong) lúc %1. Mã niêm phong: %2</translation>
    </message>
    <message>
        <source>WARNING: the self-assessment was changed after it was sealed.</source>
        <translation>CẢNH BÁO: kết quả tự đánh giá đã bị thay đổi sau khi niêm phong.</translation>
    </message>
    <message>
        <source>Not yet submitted (draft).</source>
        <translation>Chưa nộp (bản nháp).</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>HEAD OF THE AGENCY</source>
        <translation>THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(ký, ghi rõ họ tên và đóng dấu)</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TỔNG ĐIỂM</translation>
    </message>
    <message>
        <source>………………………………, date ………/………/…………</source>
        <comment>place and date of signing, filled in by hand; Vietnamese: …, ngày … tháng … năm …</comment>
        <translation>………………………………, ngày ……… tháng ……… năm …………</translation>
    </message>
    <message>
        <source>Signed with the agency&apos;s key %1.</source>
        <translation>Đã ký số bằng khóa của cơ quan, đơn vị: %1.</translation>
    </message>
    <message>
        <source>Not signed: made before ParScore signed submissions.</source>
        <translation>Chưa ký số: lập trước khi ParScore ký số hồ sơ nộp.</translation>
    </message>
    <message>
        <source>WARNING: the signature of the submission does not hold (key %1).</source>
        <translation>CẢNH BÁO: chữ ký số của hồ sơ nộp không hợp lệ (khóa %1).</translation>
    </message>
</context>
<context>
    <name>ParScore::ScorecardPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>ParScore::ScorecardRun</name>
    <message>
        <source>The file holds no assessment.</source>
        <translation>Tệp không có bản đánh giá nào.</translation>
    </message>
    <message>
        <source>The file holds no assessment of the group %1.</source>
        <translation>Tệp không có bản đánh giá nào của nhóm %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bảng chấm điểm</translation>
    </message>
    <message>
        <source>The criteria set of %1 cannot be read</source>
        <translation>Không đọc được bộ chỉ số của %1</translation>
    </message>
</context>
<context>
    <name>ParScore::ScorecardsDialog</name>
    <message>
        <source>Export the scorecards to PDF</source>
        <translation>Xuất bảng chấm điểm ra PDF</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Loại bảng:</translation>
    </message>
    <message>
        <source>The agency&apos;s &amp;self-assessment card</source>
        <translation>Bảng &amp;tự đánh giá của cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>The official card of the &amp;appraisal (every layer)</source>
        <translation>Phiếu kết quả &amp;thẩm định chính thức (mọi lượt chấm)</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Ghi ra:</translation>
    </message>
    <message>
        <source>&amp;One PDF with every card</source>
        <translation>&amp;Một tệp PDF gồm tất cả các bảng</translation>
    </message>
    <message>
        <source>One PDF per agency in a &amp;folder</source>
        <translation>Mỗi cơ quan, đơn vị một tệp PDF trong &amp;thư mục</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Tiếp tục…</translation>
    </message>
</context>
<context>
    <name>ParScore::ScorecardsExport</name>
    <message>
        <source>scorecards</source>
        <translation>bang-cham-diem</translation>
    </message>
    <message>
        <source>scorecards-%1</source>
        <translation>bang-cham-diem-%1</translation>
    </message>
    <message>
        <source>Export the scorecards</source>
        <translation>Xuất bảng chấm điểm</translation>
    </message>
    <message>
        <source>The folder for the scorecards</source>
        <translation>Thư mục lưu bảng chấm điểm</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 will be replaced: %2. Replace them?</source>
        <translation>
            <numerusform>%n tệp trong %1 sẽ bị thay thế: %2. Thay thế?</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the scorecards…</source>
        <translation>Đang ghi bảng chấm điểm…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Writing the scorecard of %1 (%2 of %3)…</source>
        <translation>Đang ghi bảng chấm điểm của %1 (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the scorecards of %n agency(ies) written before stay in %1.</source>
        <translation>
            <numerusform>Đã hủy: bảng chấm điểm của %n cơ quan, đơn vị đã ghi trước đó vẫn nằm trong %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Đã hủy: không ghi tệp PDF nào.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the scorecards of %n agency(ies) to %1</source>
        <translation>
            <numerusform>Đã ghi bảng chấm điểm của %n cơ quan, đơn vị vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::ScoringText</name>
    <message>
        <source>complete</source>
        <translation>đã chấm đủ</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>chưa chấm đủ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE criteria set (minh họa): not the province&apos;s official set</source>
        <translation>Bộ chỉ số MINH HỌA: không phải bộ chỉ số chính thức của tỉnh</translation>
    </message>
    <message>
        <source>DRAFT criteria set: not yet official</source>
        <translation>Bộ chỉ số DỰ THẢO: chưa phải bộ chỉ số chính thức</translation>
    </message>
</context>
<context>
    <name>ParScore::Seal</name>
    <message>
        <source>The file cannot be read to check its seal</source>
        <translation>Không đọc được tệp để kiểm tra niêm phong</translation>
    </message>
    <message>
        <source>The self-assessment of %1 is already sealed</source>
        <translation>Kết quả tự đánh giá của %1 đã được niêm phong trước đó</translation>
    </message>
    <message>
        <source>The seal of %1 is of an unknown kind (%2)</source>
        <translation>Niêm phong của %1 thuộc loại không xác định (%2)</translation>
    </message>
    <message>
        <source>A document of %1 was altered inside the file: it cannot be sealed</source>
        <translation>Một tài liệu kiểm chứng của %1 đã bị sửa đổi bên trong tệp: không thể niêm phong</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BỊ PHÁ VỠ</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>chưa niêm phong</translation>
    </message>
</context>
<context>
    <name>ParScore::Signatures</name>
    <message>
        <source>The file cannot be read to check its signatures</source>
        <translation>Không đọc được tệp để kiểm tra chữ ký</translation>
    </message>
    <message>
        <source>not signed (made before signatures)</source>
        <translation>chưa ký số (lập trước khi có chữ ký số)</translation>
    </message>
    <message>
        <source>SIGNATURE DOES NOT HOLD (the key is unreadable)</source>
        <translation>CHỮ KÝ SỐ KHÔNG HỢP LỆ (không đọc được khóa)</translation>
    </message>
    <message>
        <source>SIGNATURE DOES NOT HOLD (key %1)</source>
        <translation>CHỮ KÝ SỐ KHÔNG HỢP LỆ (khóa %1)</translation>
    </message>
    <message>
        <source>signed by the key %1</source>
        <translation>đã ký số bằng khóa %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>chưa ký số</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>đã ký số</translation>
    </message>
    <message>
        <source>SIGNATURE DOES NOT HOLD</source>
        <translation>CHỮ KÝ SỐ KHÔNG HỢP LỆ</translation>
    </message>
</context>
<context>
    <name>ParScore::Status</name>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã nộp</translation>
    </message>
    <message>
        <source>in appraisal</source>
        <translation>đang thẩm định</translation>
    </message>
    <message>
        <source>explanation requested</source>
        <translation>yêu cầu giải trình</translation>
    </message>
    <message>
        <source>final</source>
        <translation>đã chốt</translation>
    </message>
    <message>
        <source>official</source>
        <translation>chính thức</translation>
    </message>
    <message>
        <source>draft set</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>minh họa</translation>
    </message>
</context>
<context>
    <name>ParScore::StatusFlow</name>
    <message>
        <source>already final</source>
        <translation>đã chốt kết quả</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <source>the final layer is not complete (%1 of %2 items answered)</source>
        <translation>kết quả cuối cùng chưa đầy đủ (đã chấm %1 trên %2 tiêu chí)</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be finalized: %3</source>
        <translation>Không thể chốt kết quả %1 (%2): %3</translation>
    </message>
    <message>
        <source>The file holds no assessment of the group “%1”</source>
        <translation>Tệp không có bản đánh giá nào thuộc nhóm “%1”</translation>
    </message>
    <message>
        <source>Reopening a final result needs a reason</source>
        <translation>Mở lại kết quả đã chốt phải nêu lý do</translation>
    </message>
    <message>
        <source>The reason holds at most %1 characters</source>
        <translation>Lý do dài tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>The assessment of %1 for %2 is not final: there is nothing to reopen</source>
        <translation>Bản đánh giá năm %2 của %1 chưa chốt kết quả: không có gì để mở lại</translation>
    </message>
</context>
<context>
    <name>ParScore::SurveyCell</name>
    <message>
        <source>write why the item is not applicable after “NA:”</source>
        <translation>ghi lý do tiêu chí không áp dụng sau “NA:”</translation>
    </message>
    <message>
        <source>“%1” is not a multiple of %2, the step of this item</source>
        <translation>“%1” không phải là bội số của %2 (bước điểm của tiêu chí này)</translation>
    </message>
    <message>
        <source>write 1 (yes) or 0 (no), not “%1”</source>
        <translation>ghi 1 (có) hoặc 0 (không), không phải “%1”</translation>
    </message>
    <message>
        <source>“%1” is not an option of this item; write one of: %2</source>
        <translation>“%1” không phải là một phương án của tiêu chí này; ghi một trong các giá trị: %2</translation>
    </message>
    <message>
        <source>%1 item ids; the limit is %2</source>
        <translation>%1 mã tiêu chí; giới hạn là %2</translation>
    </message>
    <message>
        <source>an item id is missing between the “;”</source>
        <translation>thiếu mã tiêu chí giữa các dấu “;”</translation>
    </message>
    <message>
        <source>write two whole numbers as a/b (done/due, e.g. 9/10), not “%1”</source>
        <translation>ghi hai số nguyên dạng a/b (đã thực hiện/phải thực hiện, ví dụ 9/10), không phải “%1”</translation>
    </message>
    <message>
        <source>this item takes no survey score</source>
        <translation>tiêu chí này không nhận điểm điều tra, khảo sát</translation>
    </message>
    <message>
        <source>the cell has more than %1 characters</source>
        <translation>ô có hơn %1 ký tự</translation>
    </message>
    <message>
        <source>this item has sub-criteria; enter the scores of its sub-criteria</source>
        <translation>tiêu chí này có tiêu chí thành phần; vui lòng nhập điểm của từng tiêu chí thành phần</translation>
    </message>
</context>
<context>
    <name>ParScore::SurveyGrid</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… và %n lỗi khác</numerusform>
        </translation>
    </message>
    <message>
        <source>this agency&apos;s criteria set (%1 @ %2) has no such item</source>
        <translation>bộ chỉ số của cơ quan, đơn vị này (%1 @ %2) không có tiêu chí này</translation>
    </message>
    <message>
        <source>this item has sub-criteria; enter the scores of its sub-criteria</source>
        <translation>tiêu chí này có tiêu chí thành phần; vui lòng nhập điểm của từng tiêu chí thành phần</translation>
    </message>
    <message>
        <source>this item is scored by the agency itself; the grid takes only items scored by the appraisers (surveys, statistics)</source>
        <translation>tiêu chí này do cơ quan, đơn vị tự chấm; bảng điểm chỉ nhận các tiêu chí do cơ quan thẩm định chấm (điều tra, khảo sát, số liệu thống kê)</translation>
    </message>
    <message>
        <source>Cannot read the grid %1: %2</source>
        <translation>Không đọc được bảng điểm %1: %2</translation>
    </message>
    <message>
        <source>The grid %1 is larger than %2 MiB, the most a grid may have</source>
        <translation>Bảng điểm %1 lớn hơn %2 MiB, mức tối đa của một bảng điểm</translation>
    </message>
    <message>
        <source>The grid %1 is not UTF-8 text: save it from the spreadsheet as “Unicode text” or UTF-8</source>
        <translation>Bảng điểm %1 không phải là văn bản UTF-8: vui lòng lưu lại từ bảng tính dưới dạng “Unicode text” hoặc UTF-8</translation>
    </message>
    <message>
        <source>the grid is larger than %1 MiB, the most a grid may have</source>
        <translation>bảng điểm lớn hơn %1 MiB, mức tối đa của một bảng điểm</translation>
    </message>
    <message>
        <source>the first line must be the header: “agency”, then the item ids, separated by tabs</source>
        <translation>dòng đầu tiên phải là dòng tiêu đề: “agency”, tiếp theo là các mã tiêu chí, phân cách bằng dấu tab</translation>
    </message>
    <message>
        <source>the header must begin with “agency”, then the item ids, separated by tabs</source>
        <translation>dòng tiêu đề phải bắt đầu bằng “agency”, tiếp theo là các mã tiêu chí, phân cách bằng dấu tab</translation>
    </message>
    <message>
        <source>the header has %1 item columns; the limit is %2</source>
        <translation>dòng tiêu đề có %1 cột tiêu chí; giới hạn là %2</translation>
    </message>
    <message>
        <source>the header names no item</source>
        <translation>dòng tiêu đề không có mã tiêu chí nào</translation>
    </message>
    <message>
        <source>column %1 of the header has no item id</source>
        <translation>cột %1 của dòng tiêu đề không có mã tiêu chí</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>cột này xuất hiện hai lần trong dòng tiêu đề</translation>
    </message>
    <message>
        <source>the grid has more than %1 rows, the most it may have</source>
        <translation>bảng điểm có hơn %1 dòng, vượt mức tối đa cho phép</translation>
    </message>
    <message>
        <source>the row has no agency code in its first cell</source>
        <translation>ô đầu tiên của dòng không có mã cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>the row has %1 cells; the header has %2 columns</source>
        <translation>dòng có %1 ô; dòng tiêu đề có %2 cột</translation>
    </message>
    <message>
        <source>the agency already has a row, on line %1</source>
        <translation>cơ quan, đơn vị này đã có một dòng, tại dòng %1</translation>
    </message>
    <message>
        <source>the file holds assessments of this agency for several years (%1); give the year</source>
        <translation>tệp chứa bản đánh giá của cơ quan, đơn vị này cho nhiều năm (%1); vui lòng chỉ rõ năm</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n assessments of this agency for %1; resolve the duplicates first</source>
        <translation>
            <numerusform>tệp chứa %n bản đánh giá của cơ quan, đơn vị này cho năm %1; vui lòng xử lý các bản trùng trước</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds no assessment of this agency for %1</source>
        <translation>tệp không chứa bản đánh giá nào của cơ quan, đơn vị này cho năm %1</translation>
    </message>
    <message>
        <source>the file holds no assessment of this agency</source>
        <translation>tệp không chứa bản đánh giá nào của cơ quan, đơn vị này</translation>
    </message>
    <message>
        <source>the assessment is final and can no longer be changed</source>
        <translation>bản đánh giá đã là kết quả cuối cùng và không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>the grid has no row of an agency under its header</source>
        <translation>bảng điểm không có dòng nào của cơ quan, đơn vị dưới dòng tiêu đề</translation>
    </message>
    <message>
        <source>line %1, agency %2, column %3: %4</source>
        <translation>dòng %1, đơn vị %2, cột %3: %4</translation>
    </message>
    <message>
        <source>line %1, agency %2: %3</source>
        <translation>dòng %1, đơn vị %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>The survey grid was refused; nothing was changed</source>
        <translation>Bảng điểm điều tra, khảo sát bị từ chối; chưa có thay đổi nào</translation>
    </message>
    <message>
        <source>Survey scores go into an appraisal layer (appraisal1 or appraisal2), never into the agency&apos;s self-assessment</source>
        <translation>Điểm điều tra, khảo sát được ghi vào lượt thẩm định (appraisal1 hoặc appraisal2), không bao giờ ghi vào phần tự đánh giá của cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>%1 is not the inspectors&apos; province file: survey scores are entered there, after merging the agencies&apos; files into it</source>
        <translation>%1 không phải là tệp thẩm định của tỉnh: điểm điều tra, khảo sát được nhập tại tệp đó, sau khi gộp các tệp của cơ quan, đơn vị vào</translation>
    </message>
</context>
<context>
    <name>ParScore::SurveyGridModel</name>
    <message>
        <source>%1 — %2
%3, %4</source>
        <translation>%1 — %2
%3, %4</translation>
    </message>
    <message>
        <source>The criteria set of %1 (%2 @ %3) has no survey item %4</source>
        <translation>Bộ chỉ số của %1 (%2 @ %3) không có tiêu chí điều tra, khảo sát %4</translation>
    </message>
    <message>
        <source>The assessment of %1 is final and can no longer be changed</source>
        <translation>Bản đánh giá của %1 đã là kết quả cuối cùng và không thể thay đổi nữa</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>%1, item %2: “%3” was not taken: %4</source>
        <translation>%1, tiêu chí %2: không nhận “%3”: %4</translation>
    </message>
</context>
<context>
    <name>ParScore::SurveyGridWindow</name>
    <message>
        <source>Survey scores — %1</source>
        <translation>Điểm điều tra, khảo sát — %1</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Lượt thẩm định:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Nhó&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Paste scores copied from a spreadsheet (Ctrl+V)</source>
        <translation>Dán điểm đã sao chép từ bảng tính (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Type a score and press Enter (F2 edits the cell); an emptied cell clears the score. Ctrl+V pastes rows copied from a spreadsheet — the agency&apos;s code first, then its scores for the columns from the current one rightwards — or a whole grid with its header line “agency, item ids…”. Grey cells: the agency&apos;s criteria set has no such item.</source>
        <translation>Nhập điểm rồi nhấn Enter (F2 để sửa ô); xóa trống một ô sẽ xóa điểm. Ctrl+V dán các dòng sao chép từ bảng tính — mã cơ quan, đơn vị ở cột đầu, tiếp theo là điểm cho các cột từ cột hiện tại sang phải — hoặc cả một bảng điểm kèm dòng tiêu đề “agency, mã tiêu chí…”. Ô màu xám: bộ chỉ số của cơ quan, đơn vị không có tiêu chí đó.</translation>
    </message>
    <message>
        <source>The file is open read-only: the scores can be read, not changed.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: có thể xem điểm nhưng không thay đổi được.</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>The clipboard holds no scores to paste</source>
        <translation>Bộ nhớ tạm không có điểm nào để dán</translation>
    </message>
    <message>
        <source>Paste rows that begin with the agency&apos;s code, then its scores (as copied from a spreadsheet), or a whole grid with its header line</source>
        <translation>Vui lòng dán các dòng bắt đầu bằng mã cơ quan, đơn vị, tiếp theo là điểm (như khi sao chép từ bảng tính), hoặc cả một bảng điểm kèm dòng tiêu đề</translation>
    </message>
    <message numerus="yes">
        <source>The pasted rows have %n score column(s) after the agency&apos;s code; from column %1 rightwards the grid has only %2</source>
        <translation>
            <numerusform>Các dòng được dán có %n cột điểm sau mã cơ quan, đơn vị; từ cột %1 sang phải, bảng điểm chỉ có %2 cột</numerusform>
        </translation>
    </message>
    <message>
        <source>Line 1 is the header made from the grid&apos;s columns; line 2 is the first row pasted.</source>
        <translation>Dòng 1 là dòng tiêu đề được tạo từ các cột của bảng điểm; dòng 2 là dòng đầu tiên được dán.</translation>
    </message>
    <message>
        <source>Nothing changed: the pasted scores are those already entered</source>
        <translation>Không có thay đổi: điểm được dán trùng với điểm đã nhập</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) pasted</source>
        <translation>
            <numerusform>Đã dán %n điểm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParScore::TrustedKeys</name>
    <message>
        <source>The trusted keys of the file cannot be read: the file is damaged or was altered</source>
        <translation>Không đọc được các khóa tin cậy của tệp: tệp bị hỏng hoặc đã bị sửa đổi</translation>
    </message>
    <message>
        <source>%1 is not the inspectors&apos; province file: keys are trusted only there</source>
        <translation>%1 không phải là tệp của tỉnh dành cho đoàn thẩm định: chỉ tệp đó mới ghi nhận khóa tin cậy</translation>
    </message>
    <message>
        <source>The agency code must be a non-empty text of at most %1 characters</source>
        <translation>Mã cơ quan phải là chuỗi không rỗng, tối đa %1 ký tự</translation>
    </message>
    <message>
        <source>The agency code “%1” begins or ends with a space</source>
        <translation>Mã cơ quan “%1” có khoảng trắng ở đầu hoặc cuối</translation>
    </message>
    <message>
        <source>The province file knows no key of the agency %1</source>
        <translation>Tệp của tỉnh chưa có khóa nào của cơ quan %1</translation>
    </message>
    <message>
        <source>The province file does not trust the inspector key %1</source>
        <translation>Tệp của tỉnh không tin cậy khóa thẩm định viên %1</translation>
    </message>
</context>
<context>
    <name>ParScore::TrustedKeysDialog</name>
    <message>
        <source>confirmed %1</source>
        <translation>đã xác nhận lúc %1</translation>
    </message>
    <message>
        <source>NOT CONFIRMED</source>
        <translation>CHƯA XÁC NHẬN</translation>
    </message>
    <message>
        <source>the key of the agency %1 (%2)</source>
        <translation>khóa của cơ quan %1 (%2)</translation>
    </message>
    <message>
        <source>the key of the inspector %1</source>
        <translation>khóa của thẩm định viên %1</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Khóa tin cậy</translation>
    </message>
    <message>
        <source>The keys this province file trusts: an agency&apos;s signs its submissions, a colleague inspector&apos;s the appraisals sent to this file. A key learnt from an agency&apos;s first signed submission is to be confirmed: compare its fingerprint with the agency&apos;s by phone or on paper.</source>
        <translation>Các khóa mà tệp của tỉnh tin cậy: khóa của cơ quan dùng để ký hồ sơ nộp, khóa của thẩm định viên đồng nghiệp dùng để ký kết quả thẩm định gửi về tệp này. Khóa tự ghi nhận từ hồ sơ có chữ ký đầu tiên của một cơ quan cần được xác nhận: đối chiếu dấu vân tay của khóa với cơ quan qua điện thoại hoặc trên giấy.</translation>
    </message>
    <message>
        <source>The province file trusts no key yet.</source>
        <translation>Tệp của tỉnh chưa tin cậy khóa nào.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Chủ khóa</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Mã cơ quan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên người giữ khóa</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Confirm…</source>
        <translation>&amp;Xác nhận…</translation>
    </message>
    <message>
        <source>&amp;Add a key file…</source>
        <translation>&amp;Thêm tệp khóa…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Gỡ bỏ…</translation>
    </message>
    <message>
        <source>The province file is open read-only: its keys cannot be changed here.</source>
        <translation>Tệp của tỉnh đang mở ở chế độ chỉ đọc: không thể thay đổi các khóa tại đây.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Thẩm định viên</translation>
    </message>
    <message>
        <source>learnt</source>
        <translation>tự ghi nhận từ hồ sơ</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>nhập từ tệp khóa</translation>
    </message>
    <message>
        <source>Nothing to change: the province file already says so.</source>
        <translation>Không có gì thay đổi: tệp của tỉnh đã ghi nhận như vậy.</translation>
    </message>
    <message>
        <source>Was this fingerprint compared with the agency %1 (%2), by phone or on paper, and found the same? Confirm only then: the key decides which of its submissions are taken.</source>
        <translation>Dấu vân tay này đã được đối chiếu với cơ quan %1 (%2) qua điện thoại hoặc trên giấy và trùng khớp chưa? Chỉ xác nhận khi đã đối chiếu: khóa này quyết định hồ sơ nào của cơ quan được tiếp nhận.</translation>
    </message>
    <message>
        <source>Confirmed the key of the agency %1.</source>
        <translation>Đã xác nhận khóa của cơ quan %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add a trusted key file</source>
        <translation>Thêm tệp khóa tin cậy</translation>
    </message>
    <message>
        <source>Public key files (*.pub);;All files (*)</source>
        <translation>Tệp khóa công khai (*.pub);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Whose is the key of “%1” (fingerprint %2)?</source>
        <translation>Khóa của “%1” (dấu vân tay %2) là của ai?</translation>
    </message>
    <message>
        <source>An &amp;agency&apos;s</source>
        <translation>Của một &amp;cơ quan</translation>
    </message>
    <message>
        <source>A colleague &amp;inspector&apos;s</source>
        <translation>Của một &amp;thẩm định viên đồng nghiệp</translation>
    </message>
    <message>
        <source>Recorded the key of the inspector %1.</source>
        <translation>Đã ghi nhận khóa của thẩm định viên %1.</translation>
    </message>
    <message>
        <source>The province file names no agency yet: add the list of expected agencies first.</source>
        <translation>Tệp của tỉnh chưa có cơ quan nào: hãy thêm danh sách cơ quan phải nộp trước.</translation>
    </message>
    <message>
        <source>Which agency&apos;s key is it?</source>
        <translation>Đây là khóa của cơ quan nào?</translation>
    </message>
    <message>
        <source>The agency %1 already has the key %2 (%3, %4). The new key replaces it: submissions signed with the old key will no longer be taken. Replace it?</source>
        <translation>Cơ quan %1 đã có khóa %2 (%3, %4). Khóa mới sẽ thay thế khóa này: hồ sơ ký bằng khóa cũ sẽ không còn được tiếp nhận. Thay thế?</translation>
    </message>
    <message>
        <source>Recorded the key of the agency %1.</source>
        <translation>Đã ghi nhận khóa của cơ quan %1.</translation>
    </message>
    <message>
        <source>Remove %1, fingerprint %2? The next signed submission of the agency will teach the file a key again, to be confirmed.</source>
        <translation>Gỡ bỏ %1, dấu vân tay %2? Hồ sơ có chữ ký tiếp theo của cơ quan sẽ lại được tệp tự ghi nhận khóa, cần xác nhận lại.</translation>
    </message>
    <message>
        <source>Remove %1, fingerprint %2? Appraisals signed with it will no longer be taken.</source>
        <translation>Gỡ bỏ %1, dấu vân tay %2? Kết quả thẩm định ký bằng khóa này sẽ không còn được tiếp nhận.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Đã gỡ bỏ %1.</translation>
    </message>
</context>
<context>
    <name>ParScore::TypedNumber</name>
    <message>
        <source>Enter a number.</source>
        <translation>Vui lòng nhập một số.</translation>
    </message>
    <message>
        <source>%1: write the number without spaces or thousands separators.</source>
        <translation>%1: hãy viết số liền, không có dấu cách hay dấu phân cách hàng nghìn.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 không phải là số.</translation>
    </message>
    <message>
        <source>%1: enter a whole number, without “,” or “.”.</source>
        <translation>%1: hãy nhập số nguyên, không có dấu “,” hay “.”.</translation>
    </message>
    <message>
        <source>%1: write the number without thousands separators, with one “,” or “.” as the decimal point.</source>
        <translation>%1: hãy viết số không có dấu phân cách hàng nghìn, chỉ dùng một dấu “,” hoặc “.” làm dấu thập phân.</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n decimal(s).</source>
        <translation>
            <numerusform>%1: chỉ được tối đa %n chữ số thập phân.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the number cannot be negative.</source>
        <translation>%1: không được nhập số âm.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 quá lớn.</translation>
    </message>
    <message>
        <source>%1 is more than %2, the most this item takes.</source>
        <translation>%1 lớn hơn %2, mức tối đa của mục này.</translation>
    </message>
    <message>
        <source>%1 is less than %2, the least this item takes.</source>
        <translation>%1 nhỏ hơn %2, mức tối thiểu của mục này.</translation>
    </message>
    <message numerus="yes">
        <source>%1: thousands separators are not taken (write 1000 for one thousand); a decimal has at most %n digit(s) after the point.</source>
        <translation>
            <numerusform>%1: không dùng dấu phân cách hàng nghìn (một nghìn viết là 1000); số thập phân chỉ có tối đa %n chữ số sau dấu thập phân.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too small.</source>
        <translation>%1 quá nhỏ.</translation>
    </message>
</context>
<context>
    <name>ParScore::WindowActions</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>ParScore::WindowFile</name>
    <message>
        <source>%1 is being edited in another window or program (%2); open it read-only, or close it there first</source>
        <translation>%1 đang được chỉnh sửa trong một cửa sổ hoặc chương trình khác (%2); vui lòng mở ở chế độ chỉ đọc, hoặc đóng tệp ở đó trước</translation>
    </message>
</context>
<context>
    <name>ParScore::Workbook</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Niêm phong</translation>
    </message>
    <message>
        <source>Self points</source>
        <translation>Tự đánh giá (điểm)</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>Tự đánh giá %</translation>
    </message>
    <message>
        <source>Final points</source>
        <translation>Cuối cùng (điểm)</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>Cuối cùng %</translation>
    </message>
    <message>
        <source>Over-claim (points)</source>
        <translation>Tự chấm vượt (điểm)</translation>
    </message>
    <message>
        <source>Over-claim (percentage points)</source>
        <translation>Tự chấm vượt (điểm phần trăm)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>tạm tính</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Appraisal 1</source>
        <translation>Thẩm định lần 1</translation>
    </message>
    <message>
        <source>Appraisal 2</source>
        <translation>Thẩm định lần 2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Cuối cùng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The criteria set of %1 cannot be read</source>
        <translation>Không đọc được bộ chỉ số của %1</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Điểm thưởng</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>Không ghi được %1</translation>
    </message>
    <message>
        <source>The workbook cannot be written over the file it is made from</source>
        <translation>Không được ghi sổ tính đè lên chính tệp dùng để lập sổ tính</translation>
    </message>
    <message>
        <source>A temporary file cannot be made in %1</source>
        <translation>Không tạo được tệp tạm trong %1</translation>
    </message>
    <message>
        <source>The workbook cannot be made</source>
        <translation>Không tạo được sổ tính</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1</source>
        <translation>Không ghi được sổ tính: %1</translation>
    </message>
    <message>
        <source>The export was cancelled: no workbook was written</source>
        <translation>Đã hủy xuất: không ghi sổ tính nào</translation>
    </message>
</context>
<context>
    <name>ParScore::WorkbookExport</name>
    <message>
        <source>%1-results.xlsx</source>
        <translation>%1-ket-qua.xlsx</translation>
    </message>
    <message>
        <source>results.xlsx</source>
        <translation>ket-qua.xlsx</translation>
    </message>
    <message>
        <source>Export the results to Excel</source>
        <translation>Xuất kết quả ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Đang ghi sổ tính…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export cancelled: no workbook was written.</source>
        <translation>Đã hủy xuất: không ghi sổ tính nào.</translation>
    </message>
    <message>
        <source>Results written to %1</source>
        <translation>Đã ghi kết quả vào %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>ParScore</source>
        <translation>ParScore</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PAR Index self-assessment</source>
        <translation>Tự đánh giá Chỉ số cải cách hành chính</translation>
    </message>
    <message>
        <source>An assessment to open (.parx).</source>
        <translation>Bản đánh giá cần mở (.parx).</translation>
    </message>
    <message>
        <source>Open the demo assessment (made on first use).</source>
        <translation>Mở bản đánh giá mẫu (được tạo ở lần dùng đầu tiên).</translation>
    </message>
    <message>
        <source>Displays the version number.</source>
        <translation>Hiển thị số phiên bản.</translation>
    </message>
    <message>
        <source>The language of this session: vi or en (otherwise the one chosen in Settings).</source>
        <translation>Ngôn ngữ của phiên làm việc này: vi hoặc en (nếu không chỉ định, dùng ngôn ngữ đã chọn trong Cài đặt).</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ “%1”; vui lòng dùng vi hoặc en.</translation>
    </message>
</context>
</TS>
