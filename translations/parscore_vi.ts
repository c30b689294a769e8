<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ParScore::AnswersParser</name>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>Không đọc được tệp kết quả chấm %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an answers file</source>
        <translation>Tệp %1 quá lớn, không thể là tệp kết quả chấm</translation>
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
        <translation>mục này không được chấm không áp dụng</translation>
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
        <translation>mẫu số bằng 0 (không phát sinh), nhưng mục này không được chấm không áp dụng</translation>
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
</context>
<context>
    <name>ParScore::BuiltinCriteria</name>
    <message>
        <source>There is no built-in criteria set “%1”. Built-in sets: %2</source>
        <translation>Không có bộ chỉ số tích hợp sẵn “%1”. Các bộ chỉ số tích hợp sẵn: %2</translation>
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
    <name>ParScore::Cli::Main</name>
    <message>
        <source>Usage: parscore-cli [--lang vi|en] COMMAND [OPTIONS]

ParScore scores the PAR Index (Chỉ số cải cách hành chính) offline.

Commands:
  criteria list [--json]            the built-in criteria sets
  criteria check FILE.json          validate a criteria set, list every problem
  criteria export builtin:ID[@VER]  print a built-in set&apos;s JSON as shipped
  score --criteria SPEC --answers FILE [--as agency|appraiser] [--json] [--explain]
                                    score one layer of answers

Run “parscore-cli COMMAND --help” for a command&apos;s options.
Exit status: 0 success, 1 invalid input or usage, 2 a file cannot be read or written.
</source>
        <translation>Cách dùng: parscore-cli [--lang vi|en] COMMAND [OPTIONS]

ParScore chấm điểm Chỉ số cải cách hành chính (PAR Index), không cần kết nối mạng.

Các lệnh:
  criteria list [--json]            liệt kê các bộ chỉ số tích hợp sẵn
  criteria check FILE.json          kiểm tra bộ chỉ số, liệt kê mọi lỗi
  criteria export builtin:ID[@VER]  in nguyên văn JSON của bộ chỉ số tích hợp sẵn
  score --criteria SPEC --answers FILE [--as agency|appraiser] [--json] [--explain]
                                    chấm điểm một lượt kết quả chấm

Chạy “parscore-cli COMMAND --help” để xem các tùy chọn của từng lệnh.
Mã thoát: 0 – thành công; 1 – dữ liệu hoặc câu lệnh không hợp lệ; 2 – không đọc/ghi được tệp.
</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ “%1”; vui lòng dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Không có lệnh “%1”.</translation>
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
        <source>The file %1 is too large to be a criteria set</source>
        <translation>Tệp %1 quá lớn, không thể là bộ chỉ số</translation>
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
        <translation>%1, thấp hơn mọi mức</translation>
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
</TS>
