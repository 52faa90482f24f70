"""Questions that ask several things read as their parts (assistant.parts), and answered part by part over real
documents."""
import re
import shutil
from dataclasses import replace

import pytest

from assistant.core import OPERATOR
from assistant.parts import Part, asked_by_date, asks_order, proper_names, split


@pytest.mark.parametrize("question, parts", [
    # two clauses, each with its own question word and topic, two documents
    ("Chỉ tiêu nhà ở xã hội năm 2025 trong Công điện 190 là bao nhiêu căn, và Nghị định 261/2025 quy định lãi suất "
     "cho vay mua nhà ở xã hội ở mức nào?",
     ["Chỉ tiêu nhà ở xã hội năm 2025 trong Công điện 190 là bao nhiêu căn?",
      "Nghị định 261/2025 quy định lãi suất cho vay mua nhà ở xã hội ở mức nào?"]),
    # "còn …" joins the second clause
    ("Chỉ thị 22/2008 quy định ban chỉ đạo địa phương báo cáo vào lúc nào, còn Chỉ thị 09/2008 của An Giang yêu cầu "
     "báo cáo định kỳ ra sao?",
     ["Chỉ thị 22/2008 quy định ban chỉ đạo địa phương báo cáo vào lúc nào?",
      "Chỉ thị 09/2008 của An Giang yêu cầu báo cáo định kỳ ra sao?"]),
    # "và sau đó …": the time word stays with its part
    ("Lũ sông Cầu tại Thái Nguyên ngày 7/10 vượt báo động 3 bao nhiêu, và sau đó Thái Nguyên được Thủ tướng hỗ trợ "
     "khẩn cấp bao nhiêu tiền?",
     ["Lũ sông Cầu tại Thái Nguyên ngày 7/10 vượt báo động 3 bao nhiêu?",
      "Sau đó Thái Nguyên được Thủ tướng hỗ trợ khẩn cấp bao nhiêu tiền?"]),
    # one question asked of two documents
    ("Việc quản lý chuyển nhượng bất động sản để chống thất thu thuế TNCN được giao cho ai theo Chỉ thị 22/2008 của "
     "Thủ tướng và theo Chỉ thị 01/2009 của Kon Tum?",
     ["Việc quản lý chuyển nhượng bất động sản để chống thất thu thuế TNCN được giao cho ai theo Chỉ thị 22/2008 của "
      "Thủ tướng?",
      "Việc quản lý chuyển nhượng bất động sản để chống thất thu thuế TNCN được giao cho ai theo Chỉ thị 01/2009 của "
      "Kon Tum?"]),
    # two things asked of two documents, in order
    ("Hạn hoàn thành rà soát dự án tồn đọng trên Hệ thống 751 và hạn gửi báo cáo kết quả đầu tư 9 tháng (theo hai "
     "công điện 193 và 194) lần lượt là ngày nào?",
     ["Hạn hoàn thành rà soát dự án tồn đọng trên Hệ thống 751 theo Công điện 193 là ngày nào?",
      "Hạn gửi báo cáo kết quả đầu tư 9 tháng theo Công điện 194 là ngày nào?"]),
    # a lead-in before a colon belongs to every clause
    ("Việc sửa các luật thuế để thúc đẩy KHCN theo tinh thần NQ 57: phía Chính phủ giao bộ nào, phía Quốc hội giao cơ "
     "quan nào rà soát, kiến nghị?",
     ["Việc sửa các luật thuế để thúc đẩy KHCN theo tinh thần NQ 57: phía Chính phủ giao bộ nào?",
      "Việc sửa các luật thuế để thúc đẩy KHCN theo tinh thần NQ 57: phía Quốc hội giao cơ quan nào rà soát, kiến "
      "nghị?"]),
    # one question of two documents named side by side (evals/sets/questions_c.jsonl): the same type, or two types
    ("Công điện 188 và 189 giao Phó Thủ tướng nào tiếp tục chỉ đạo phòng, chống mưa lũ?",
     ["Công điện 188 giao Phó Thủ tướng nào tiếp tục chỉ đạo phòng, chống mưa lũ?",
      "Công điện 189 giao Phó Thủ tướng nào tiếp tục chỉ đạo phòng, chống mưa lũ?"]),
    ("Nhiệm vụ của Bộ Nội vụ trong Quyết định 2179 và Nghị quyết 323?",
     ["Nhiệm vụ của Bộ Nội vụ trong Quyết định 2179?", "Nhiệm vụ của Bộ Nội vụ trong Nghị quyết 323?"]),
    # the second named through its appendix (Nghị quyết 57-NQ/TW, IV.5 "Ban Tuyên giáo Trung ương chủ trì …"; Phụ lục
    # II of Nghị quyết 03/NQ-CP, row 1): the appendix stays with its resolution
    ("Nghị quyết 57-NQ/TW và Phụ lục II của Nghị quyết 03/NQ-CP giao cơ quan nào chủ trì việc tuyên truyền nội dung "
     "Nghị quyết 57?",
     ["Nghị quyết 57-NQ/TW giao cơ quan nào chủ trì việc tuyên truyền nội dung Nghị quyết 57?",
      "Phụ lục II của Nghị quyết 03/NQ-CP giao cơ quan nào chủ trì việc tuyên truyền nội dung Nghị quyết 57?"]),
    # two documents compared: what each says, side by side (Nghị định 13/2016 and 14/2016, each "Điều … Bộ Quốc
    # phòng"; the joint circulars 122/2008 and 212/2013, "Thông tư này có hiệu lực thi hành kể từ ngày …")
    ("Nhiệm vụ của Bộ Quốc phòng theo Nghị định 13/2016/NĐ-CP và Nghị định 14/2016/NĐ-CP khác nhau thế nào?",
     ["Nhiệm vụ của Bộ Quốc phòng theo Nghị định 13/2016/NĐ-CP là gì?",
      "Nhiệm vụ của Bộ Quốc phòng theo Nghị định 14/2016/NĐ-CP là gì?"]),
    ("Thông tư liên tịch 122/2008/TTLT-BTC-BQP và Thông tư liên tịch 212/2013/TTLT-BTC-BQP có hiệu lực thi hành từ "
     "ngày nào, khác nhau ở điểm nào?",
     ["Thông tư liên tịch 122/2008/TTLT-BTC-BQP có hiệu lực thi hành từ ngày nào?",
      "Thông tư liên tịch 212/2013/TTLT-BTC-BQP có hiệu lực thi hành từ ngày nào?"]),
    # two documents each named further by its issuer, its year or its subject (evals/sets/devdocs_q.jsonl)
    ("Cục Thuế tỉnh có nhiệm vụ gì theo Chỉ thị 42/1998/CT-UBND của tỉnh Quảng Bình và Chỉ thị 44/2002/CT-UB của tỉnh "
     "Bà Rịa - Vũng Tàu?",
     ["Cục Thuế tỉnh có nhiệm vụ gì theo Chỉ thị 42/1998/CT-UBND của tỉnh Quảng Bình?",
      "Cục Thuế tỉnh có nhiệm vụ gì theo Chỉ thị 44/2002/CT-UB của tỉnh Bà Rịa - Vũng Tàu?"]),
    ("Bộ Tài chính có những trách nhiệm gì theo Nghị định 258/2025/NĐ-CP về quản lý công viên, cây xanh, mặt nước và "
     "Quyết định 2229/QĐ-TTg về Chiến lược phát triển dịch vụ logistics?",
     ["Bộ Tài chính có những trách nhiệm gì theo Nghị định 258/2025/NĐ-CP về quản lý công viên, cây xanh, mặt nước?",
      "Bộ Tài chính có những trách nhiệm gì theo Quyết định 2229/QĐ-TTg về Chiến lược phát triển dịch vụ logistics?"]),
    # "lần lượt" before the asked slot: each document asked in turn
    ("Quyết định 839/QĐ-UB và Quyết định 1730/2003/QĐ-UB của UBND tỉnh Bến Tre lần lượt do ai ký?",
     ["Quyết định 839/QĐ-UB do ai ký?", "Quyết định 1730/2003/QĐ-UB của UBND tỉnh Bến Tre do ai ký?"]),
    # an amount compared: "Mức …" asks "bao nhiêu"
    ("Mức tiền lương, tiền công tối đa theo Quyết định 839/QĐ-UB năm 1999 và Quyết định 1730/2003/QĐ-UB của UBND tỉnh "
     "Bến Tre khác nhau thế nào?",
     ["Mức tiền lương, tiền công tối đa theo Quyết định 839/QĐ-UB năm 1999 là bao nhiêu?",
      "Mức tiền lương, tiền công tối đa theo Quyết định 1730/2003/QĐ-UB của UBND tỉnh Bến Tre là bao nhiêu?"]),
    # a Party document's number, its kind after a hyphen ("57-NQ/TW", "3260-KH/ĐĐQH15"), each with its issuer
    ("Nghị quyết 57-NQ/TW và Nghị quyết 03/NQ-CP ban hành ngày nào?",
     ["Nghị quyết 57-NQ/TW ban hành ngày nào?", "Nghị quyết 03/NQ-CP ban hành ngày nào?"]),
    ("Nghị quyết 03/NQ-CP của Chính phủ và Kế hoạch 3260-KH/ĐĐQH15 của Đảng đoàn Quốc hội được ban hành ngày nào, "
     "ai ký?",
     ["Nghị quyết 03/NQ-CP của Chính phủ được ban hành ngày nào, ai ký?",
      "Kế hoạch 3260-KH/ĐĐQH15 của Đảng đoàn Quốc hội được ban hành ngày nào, ai ký?"]),
    # two documents by their bare numbers, each with its "về …" subject
    ("Sở Kế hoạch và Đầu tư Ninh Bình được giao gì trong Kế hoạch 193 về cây xanh và Kế hoạch 196 về công nghiệp văn "
     "hóa?",
     ["Sở Kế hoạch và Đầu tư Ninh Bình được giao gì trong Kế hoạch 193 về cây xanh?",
      "Sở Kế hoạch và Đầu tư Ninh Bình được giao gì trong Kế hoạch 196 về công nghiệp văn hóa?"]),
    # the issuer after the second document is its own where the first's number names its issuer ("/CT-TTg") …
    ("Theo Chỉ thị 22/2008/CT-TTg và Chỉ thị 19/2008/CT-UBND của Long An, cơ quan nào chủ trì tuyên truyền Luật Thuế "
     "thu nhập cá nhân ở trung ương và ở tỉnh?",
     ["Theo Chỉ thị 22/2008/CT-TTg, cơ quan nào chủ trì tuyên truyền Luật Thuế thu nhập cá nhân ở trung ương và ở tỉnh?",
      "Theo Chỉ thị 19/2008/CT-UBND của Long An, cơ quan nào chủ trì tuyên truyền Luật Thuế thu nhập cá nhân ở trung "
      "ương và ở tỉnh?"]),
    # … and both's where their bare numbers share it
    ("Ai ký Quyết định 807 và Quyết định 963 của UBND tỉnh Ninh Bình?",
     ["Ai ký Quyết định 807 của UBND tỉnh Ninh Bình?", "Ai ký Quyết định 963 của UBND tỉnh Ninh Bình?"]),
    # ", và" joins the clauses where a comma before it only lists ("khoa học cơ bản, kỹ thuật then chốt")
    ("Bộ nào chủ trì xây dựng Nghị định về chính sách học bổng cho người học các ngành khoa học cơ bản, kỹ thuật then "
     "chốt trong Chương trình hành động của Chính phủ, và Nghị quyết 57 nói gì về học bổng?",
     ["Bộ nào chủ trì xây dựng Nghị định về chính sách học bổng cho người học các ngành khoa học cơ bản, kỹ thuật then "
      "chốt trong Chương trình hành động của Chính phủ?", "Nghị quyết 57 nói gì về học bổng?"]),
    # one question asked of each of two documents is whole in each part: no earlier topic put before it again
    ("Ủy ban nhân dân các tỉnh Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh được giao gì trong Công điện 189 và Quyết "
     "định 2241?",
     ["Ủy ban nhân dân các tỉnh Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh được giao gì trong Công điện 189?",
      "Ủy ban nhân dân các tỉnh Thái Nguyên, Cao Bằng, Lạng Sơn, Bắc Ninh được giao gì trong Quyết định 2241?"]),
    # three or more documents listed (evals/sets/questions_md.jsonl): the question asked of each in turn
    ("Ai ký Kế hoạch 193, Công văn 706 và Quyết định 963 của UBND tỉnh Ninh Bình?",
     ["Ai ký Kế hoạch 193 của UBND tỉnh Ninh Bình?", "Ai ký Công văn 706 của UBND tỉnh Ninh Bình?",
      "Ai ký Quyết định 963 của UBND tỉnh Ninh Bình?"]),
    ("Ai ký Nghị quyết 57-NQ/TW, Nghị quyết 03/NQ-CP và Kế hoạch 3260-KH/ĐĐQH15?",
     ["Ai ký Nghị quyết 57-NQ/TW?", "Ai ký Nghị quyết 03/NQ-CP?", "Ai ký Kế hoạch 3260-KH/ĐĐQH15?"]),
    ("Công điện 188, 189 và 196 giao Bộ Quốc phòng những việc gì?",
     ["Công điện 188 giao Bộ Quốc phòng những việc gì?", "Công điện 189 giao Bộ Quốc phòng những việc gì?",
      "Công điện 196 giao Bộ Quốc phòng những việc gì?"]),
    # which was issued first: each document's date is asked
    ("Công điện 188 và Công điện 196, văn bản nào được ban hành trước?",
     ["Công điện 188 được ban hành ngày nào?", "Công điện 196 được ban hành ngày nào?"]),
    # … one of them a công văn named "Văn bản" with its whole number (Văn bản 9757/VPCP-CN)
    ("Quyết định 2243/QĐ-TTg và Văn bản 9757/VPCP-CN, văn bản nào được ban hành trước?",
     ["Quyết định 2243/QĐ-TTg được ban hành ngày nào?", "Văn bản 9757/VPCP-CN được ban hành ngày nào?"]),
    ("Thông báo 541/TB-VPCP ban hành trước hay sau Văn bản 9757/VPCP-CN?",
     ["Thông báo 541/TB-VPCP được ban hành ngày nào?", "Văn bản 9757/VPCP-CN được ban hành ngày nào?"]),
    # two documents described by kind and title, no number: the second runs to the verb asking of both, or to the end
    ("Phó Thủ tướng nào được giao chỉ đạo thực hiện công điện về chủ động ứng phó nguy cơ mưa lũ, lũ quét, sạt lở đất "
     "do ảnh hưởng của bão số 11 và công điện về công tác nâng hạng thị trường chứng khoán Việt Nam?",
     ["Phó Thủ tướng nào được giao chỉ đạo thực hiện công điện về chủ động ứng phó nguy cơ mưa lũ, lũ quét, sạt lở đất "
      "do ảnh hưởng của bão số 11?",
      "Phó Thủ tướng nào được giao chỉ đạo thực hiện công điện về công tác nâng hạng thị trường chứng khoán Việt Nam?"]),
    ("Quyết định kiện toàn Ủy ban Quốc gia về người cao tuổi Việt Nam và quyết định ban hành Quy chế hoạt động của Ủy "
     "ban này thay thế những quyết định nào?",
     ["Quyết định kiện toàn Ủy ban Quốc gia về người cao tuổi Việt Nam thay thế những quyết định nào?",
      "Quyết định ban hành Quy chế hoạt động của Ủy ban này thay thế những quyết định nào?"]),
    ("Thông báo kết luận cuộc họp Ban Chỉ đạo Hội chợ Mùa Thu 2025 và thông báo kết luận Phiên họp lần thứ sáu Ban Chỉ "
     "đạo Nhà nước các chương trình, công trình, dự án quan trọng quốc gia, trọng điểm ngành năng lượng do ai ký?",
     ["Thông báo kết luận cuộc họp Ban Chỉ đạo Hội chợ Mùa Thu 2025 do ai ký?",
      "Thông báo kết luận Phiên họp lần thứ sáu Ban Chỉ đạo Nhà nước các chương trình, công trình, dự án quan trọng "
      "quốc gia, trọng điểm ngành năng lượng do ai ký?"]),
    # … a described title holding "về việc triển khai" and "về cùng việc đó", and an order question asked by date
    ("Chỉ thị của Thủ tướng về việc triển khai thực hiện Luật Thuế thu nhập cá nhân và chỉ thị của UBND tỉnh Long An về "
     "cùng việc đó, văn bản nào ban hành trước?",
     ["Chỉ thị của Thủ tướng về việc triển khai thực hiện Luật Thuế thu nhập cá nhân được ban hành ngày nào?",
      "Chỉ thị của UBND tỉnh Long An về cùng việc đó được ban hành ngày nào?"]),
    # … the first numbered, the second described, ending at the comma before what is asked
    ("Theo Nghị quyết 57 và chương trình hành động của Chính phủ thực hiện nghị quyết này, cơ quan nào theo dõi việc "
     "thực hiện?",
     ["Theo Nghị quyết 57, cơ quan nào theo dõi việc thực hiện?",
      "Theo chương trình hành động của Chính phủ thực hiện nghị quyết này, cơ quan nào theo dõi việc thực hiện?"]),
    # "mỗi kế hoạch" asks each document in turn: "triển khai" relates each to a third document, not the two (ag23)
    ("Kế hoạch 193 và Kế hoạch 196 của Ninh Bình, mỗi kế hoạch triển khai chỉ thị nào?",
     ["Kế hoạch 193 của Ninh Bình triển khai chỉ thị nào?",
      "Kế hoạch 196 của Ninh Bình triển khai chỉ thị nào?"]),
    # a relation asked outward ("… triển khai chỉ thị nào?", "… thay thế những quyết định nào?") relates each to
    # documents of its own, "mỗi" said or not (rh27: asked whole, only the first document's was answered)
    ("Kế hoạch 193 và Kế hoạch 196 triển khai chỉ thị nào?",
     ["Kế hoạch 193 triển khai chỉ thị nào?", "Kế hoạch 196 triển khai chỉ thị nào?"]),
    ("Quyết định 2298/2002/QĐ-UB và Quyết định 1730/2003/QĐ-UB của UBND tỉnh Bến Tre thay thế những quyết định nào?",
     ["Quyết định 2298/2002/QĐ-UB của UBND tỉnh Bến Tre thay thế những quyết định nào?",
      "Quyết định 1730/2003/QĐ-UB của UBND tỉnh Bến Tre thay thế những quyết định nào?"]),
    # two documents compared and nothing else named: what each is about (rh71: "… là gì?" was answered with the
    # heading both share, "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    ("Quyết định 59/2003/QĐ-UB và Quyết định 60/2003/QĐ-UB của UBND tỉnh Nghệ An khác nhau ở điểm nào?",
     ["Quyết định 59/2003/QĐ-UB của UBND tỉnh Nghệ An về việc gì?",
      "Quyết định 60/2003/QĐ-UB của UBND tỉnh Nghệ An về việc gì?"]),
    # two numbers with a year only, one issuer after them (Quyết định 59/2003/QĐ-UB and 60/2003/QĐ-UB of Nghệ An)
    ("Quyết định 59/2003 và 60/2003 của UBND tỉnh Nghệ An, mỗi quyết định ban hành bảng giá tối thiểu cho loại xe nào?",
     ["Quyết định 59/2003 của UBND tỉnh Nghệ An ban hành bảng giá tối thiểu cho loại xe nào?",
      "Quyết định 60/2003 của UBND tỉnh Nghệ An ban hành bảng giá tối thiểu cho loại xe nào?"]),
])
def test_a_question_asking_two_things_is_read_as_two_questions(question, parts):
    assert [p.text for p in split(question)] == parts


def test_a_later_part_pointing_at_a_document_keeps_the_phrase_and_its_type():
    first, second = split("Công điện 188 yêu cầu tiếp tục thực hiện công điện nào ban hành trước đó về bão số 11, và "
                          "công điện trước đó giao Bộ Ngoại giao việc gì?")
    assert first == Part("Công điện 188 yêu cầu tiếp tục thực hiện công điện nào ban hành trước đó về bão số 11?")
    assert second == Part("Công điện trước đó giao Bộ Ngoại giao việc gì?", "Công điện trước đó", "Công điện")


def test_a_statement_about_a_named_document_before_the_question_is_a_premise():
    first, second = split("Bộ Tài chính công khai danh sách giải ngân đầu tư công chậm theo Quyết định 1544/QĐ-TTg; "
                          "quyết định đó nay đã bị thay thế bởi quyết định nào của Thủ tướng?")
    assert first.premise and first.text.endswith("theo Quyết định 1544/QĐ-TTg")
    assert (second.anaphora, second.anaphora_type) == ("Quyết định đó", "Quyết định")


@pytest.mark.parametrize("question", [
    # one task, two of its cells
    "Chỉ tiêu dành ít nhất 15% ngân sách chi sự nghiệp khoa học cho công nghệ chiến lược trong NQ 57 được Chính phủ "
    "giao cho bộ nào và thực hiện theo chu kỳ nào?",
    # two head slots of one document
    "Kế hoạch 193/KH-UBND ban hành ngày nào và ai ký?",
    # a question about two documents together
    "Trong hai kế hoạch 193 (cây xanh) và 196 (công nghiệp văn hóa) của UBND tỉnh Ninh Bình, Sở Tài chính đều được "
    "giao việc gì?",
    # a statement, then a question that leans on it for its whole topic
    "Bộ KH&CN chủ trì chương trình tuyên truyền về Nghị quyết 57; cơ quan nào phối hợp?",
    # a second clause that brings little of its own
    "Chỉ thị 30/CT-TTg yêu cầu Tập đoàn Than tăng sản lượng khai thác than bao nhiêu, và nhập khẩu than thế nào?",
    "Ai chủ trì xây dựng Luật Năng lượng nguyên tử sửa đổi?",
    # two documents named together to relate them, not to ask each the same thing
    "Quyết định 2179 thay thế Quyết định 1544 và 1545 đúng không?",
    # what two documents share ("cùng căn cứ"): asked of both together, the relation outward or not
    "Quyết định 59/2003/QĐ-UB và 60/2003/QĐ-UB của UBND tỉnh Nghệ An cùng căn cứ quyết định nào của Thủ tướng về "
    "chống thất thu thuế qua giá bán xe?",
    "Quyết định 2298/2002/QĐ-UB của Bến Tre và Quyết định 59/2003/QĐ-UB của Nghệ An cùng căn cứ quyết định nào của Thủ "
    "tướng Chính phủ?",
    # a later part that names no document leans on the one the first part names: one question about that document
    "Chỉ thị 22/2008/CT-TTg quy định ai làm trưởng BCĐ thuế TNCN cấp tỉnh, và ở An Giang ai giữ vị trí phó trưởng "
    "ban thường trực?",
    "Theo NQ 57, tầm nhìn 2045 kinh tế số chiếm bao nhiêu % GDP và cần bao nhiêu doanh nghiệp công nghệ số tầm cỡ các "
    "nước tiên tiến?",
])
def test_a_question_asking_one_thing_is_one_part_unchanged(question):
    assert split(question) == (Part(question),)


@pytest.mark.parametrize("text, names", [
    ("Sau đó Thái Nguyên được Thủ tướng hỗ trợ khẩn cấp bao nhiêu tiền?", {"Thái Nguyên"}),
    ("Ở An Giang ai giữ vị trí phó trưởng ban thường trực?", {"An Giang"}),
    ("Theo quy chế hoạt động thì đơn vị nào của Bộ Y tế làm đầu mối giúp việc?", set()),  # an agency is no anchor
    ("Là doanh nghiệp nhà nước thì phải báo cáo Bộ Tài chính trước ngày nào?", set()),
])
def test_proper_names_of_a_part_leave_agencies_and_the_first_word_out(text, names):
    assert proper_names(text) == names


def test_each_part_is_answered_from_its_own_document_and_numbered(assistant):
    answer = assistant.ask("Chỉ thị 30/CT-TTg yêu cầu Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tăng sản lượng "
                           "khai thác than bao nhiêu so với năm 2024, và theo Chỉ thị 01/2009 của Kon Tum thì việc quản "
                           "lý chuyển nhượng bất động sản được giao cho ai?", filters=OPERATOR)
    first, second = answer.text.split("\n2. ")
    assert first.startswith("1. ") and "20% - 25%" in first and "Sở Tài nguyên và Môi trường" in second
    by_number = {c.number: c.doc_id for c in answer.citations}
    assert [by_number[int(n)] for n in re.findall(r"\[(\d+)\]", first)][0] == "30-ttg.signed"
    assert "01_2009_CT-UBND" in [by_number[int(n)] for n in re.findall(r"\[(\d+)\]", second)]
    assert answer.answerable


def test_a_part_the_documents_do_not_answer_is_declined_within_the_answer(assistant):
    from assistant.answering import NOT_FOUND_PART
    answer = assistant.ask("Chỉ thị 30/CT-TTg yêu cầu Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tăng sản lượng "
                           "khai thác than bao nhiêu so với năm 2024, và Nghị định 261/2025 quy định lãi suất cho vay "
                           "mua nhà ở xã hội ở mức nào?", filters=OPERATOR)
    assert not answer.answerable
    first, second = answer.text.split("\n2. ")
    assert "20% - 25%" in first and {c.doc_id for c in answer.citations} == {"30-ttg.signed"}
    assert second == NOT_FOUND_PART.format(part="Nghị định 261/2025 quy định lãi suất cho vay mua nhà ở xã hội ở mức "
                                                "nào")


def test_listed_documents_are_answered_each_and_an_order_question_says_which_came_first(assistant):
    """Three documents listed: each answered in turn, from its own document; which came first: each date, then
    the order read from them (Chỉ thị 01/2009/CT-UBND of Kon Tum, 08/01/2009; Chỉ thị 30/CT-TTg, 06/10/2025)."""
    signed = assistant.ask("Ai ký Kế hoạch 193, Chỉ thị 30/CT-TTg và Chỉ thị 01/2009/CT-UBND?", filters=OPERATOR)
    assert signed.answerable and [c.doc_id for c in signed.citations] == ["193", "30-ttg.signed", "01_2009_CT-UBND"]
    assert "Bùi Thanh Sơn" in signed.text and "Hà Ban" in signed.text
    order = assistant.ask("Chỉ thị 30/CT-TTg và Chỉ thị 01/2009/CT-UBND, văn bản nào được ban hành trước?",
                          filters=OPERATOR)
    assert order.answerable and order.text.splitlines()[-1] == (
        "Chỉ thị 01/2009/CT-UBND (ngày 08/01/2009) được ban hành trước Chỉ thị 30/CT-TTg (ngày 06/10/2025).")
    # a document described by kind and issuer is anchored in that issuer
    described = assistant.ask("Chỉ thị của Thủ tướng về tiếp tục tăng cường công tác quản lý nhà nước đối với hoạt "
                              "động sản xuất, kinh doanh than và chỉ thị của UBND tỉnh Kon Tum về triển khai thực hiện "
                              "Luật thuế thu nhập cá nhân, văn bản nào ban hành trước?", filters=OPERATOR)
    assert described.answerable and [c.doc_id for c in described.citations] == ["30-ttg.signed", "01_2009_CT-UBND"]


@pytest.fixture(scope="module")
def rates(small_index, module_folder):
    """The small corpus with the decree on social-housing loans (Nghị định 261/2025/NĐ-CP) added: the decree is
    ingested into a copy of the session's small index (the small corpus is not read and embedded again)."""
    from assistant.core import Assistant
    from assistant.settings import Settings
    from tests.data import SAMPLES
    folder, index = module_folder("rates"), module_folder("rates-index") / "index"
    shutil.copytree(small_index, index)
    shutil.copy(SAMPLES / "chinhphu" / "261nd.signed.txt", folder)
    with Assistant(Settings(index_dir=index)) as opened:
        small = {d.doc_id for d in opened.documents(OPERATOR)}
        assert opened.ingest([folder]).indexed == ["261nd.signed"]
        assert {d.doc_id for d in opened.documents(OPERATOR)} == small | {"261nd.signed"} and len(small) == 5
        yield opened


@pytest.mark.slow
def test_an_amount_asked_of_a_named_document_is_answered_by_its_sentence_stating_it(rates):
    # "quy định lãi suất … ở mức nào": the sentence stating the rate carries few of the part's words ("Nghị định",
    # "quy định", "mức" only say where and what is asked), but it is the named document's sentence stating the amount
    answer = rates.ask("Chỉ thị 30/CT-TTg yêu cầu Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tăng sản lượng khai "
                       "thác than bao nhiêu so với năm 2024, và Nghị định 261/2025 quy định lãi suất cho vay mua nhà ở "
                       "xã hội ở mức nào?", filters=OPERATOR)
    first, second = answer.text.split("\n2. ")
    assert "20% - 25%" in first and "Lãi suất cho vay bằng 5,4%/năm" in second
    by_number = {c.number: c.doc_id for c in answer.citations}
    assert [by_number[int(n)] for n in re.findall(r"\[(\d+)\]", second)] == ["261nd.signed"]
    assert answer.answerable


@pytest.mark.parametrize("question, phrase, kind", [
    # the plan implementing the document the first part names, by the type asked
    ("NQ 57 giao Đảng đoàn Quốc hội nhiệm vụ gì, và trong kế hoạch thực hiện của Đảng đoàn thì cơ quan nào làm đầu mối "
     "tham mưu?", "kế hoạch thực hiện", "Kế hoạch"),
    ("Chỉ thị 30/CT-TTg yêu cầu tăng sản lượng than bao nhiêu, và trong văn bản triển khai của Bộ Công Thương thì Tập "
     "đoàn Than được giao nhiệm vụ gì?", "văn bản triển khai", None),
])
def test_a_later_part_asking_of_the_implementing_document_is_marked(question, phrase, kind):
    second = split(question)[1]
    assert (second.anaphora, second.anaphora_type, second.implementing) == (phrase, kind, True)


@pytest.mark.parametrize("text", [
    "Các bộ ban hành kế hoạch thực hiện NQ 57 trong tháng nào?",  # the document implemented is named
    "Các tỉnh xây dựng kế hoạch thực hiện Nghị quyết trong tháng nào?",  # named by its type
    "Kế hoạch thực hiện nhiệm vụ này do ai chủ trì?",  # a task, not a document
])
def test_an_implementing_phrase_that_names_its_document_or_a_task_points_at_nothing(text):
    from assistant.parts import _part
    assert not _part(text).implementing


def test_the_implementing_document_is_read_from_the_relations_index(assistant):
    from assistant.answering import _implementing_part
    from assistant.parts import _part
    from assistant.records import Answer
    # Kế hoạch 193/KH-UBND of Ninh Bình implements Chỉ thị 20-CT/TU (not indexed itself)
    first = _part("Chỉ thị 20-CT/TU yêu cầu phát triển cây xanh đến năm nào?")
    second = _part("Trong kế hoạch triển khai của UBND tỉnh Ninh Bình thì Sở Tài chính được giao nhiệm vụ gì?")
    none = Answer(first.text, "", False)
    asked = _implementing_part(second, first, none, assistant._searcher, OPERATOR)
    assert asked == "Trong Kế hoạch 193/KH-UBND của UBND tỉnh Ninh Bình thì Sở Tài chính được giao nhiệm vụ gì?"
    # a document nothing indexed implements: the part cannot be placed, the question is answered whole
    first, second = split("Chỉ thị 30/CT-TTg yêu cầu tăng sản lượng than bao nhiêu, và trong kế hoạch triển khai của Bộ "
                          "Công Thương thì Tập đoàn Than được giao nhiệm vụ gì?")
    assert second.implementing
    assert _implementing_part(second, first, none, assistant._searcher, OPERATOR) is None


def test_a_whole_answer_that_covers_one_part_only_says_which_part_it_leaves_out(assistant):
    from assistant.answering import UNANSWERED_PART, _partial
    from assistant.records import Answer
    question = ("Chỉ thị 30/CT-TTg yêu cầu Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tăng sản lượng khai thác than "
                "bao nhiêu so với năm 2024, và theo Chỉ thị 01/2009 của Kon Tum thì việc quản lý chuyển nhượng bất động "
                "sản được giao cho ai?")
    split_ = split(question)
    alone = [assistant.ask(part.text, filters=OPERATOR) for part in split_]
    assert [{c.doc_id for c in a.citations} >= {d} for a, d in zip(alone, ("30-ttg.signed", "01_2009_CT-UBND"))] == \
        [True, True]
    # the first part's answer given as the whole: the second part is named as not answered
    whole = alone[0]
    partial = _partial(whole, split_, [p.text for p in split_], alone, assistant._searcher, OPERATOR)
    assert not partial.answerable and partial.citations == whole.citations
    assert partial.text.endswith(UNANSWERED_PART.format(part=split_[1].text.rstrip("?")))
    # an answer covering both parts is left as it is; one covering neither is judged as before
    both = replace(whole, citations=whole.citations + alone[1].citations)
    assert _partial(both, split_, [p.text for p in split_], alone, assistant._searcher, OPERATOR) == both
    neither = Answer(question, "…", True, assistant.ask("Kế hoạch 193/KH-UBND ban hành ngày nào?",
                                                       filters=OPERATOR).citations)
    assert _partial(neither, split_, [p.text for p in split_], alone, assistant._searcher, OPERATOR) == neither


@pytest.fixture(scope="module")
def tax(module_folder):
    """The Prime Minister's directive on personal income tax (Chỉ thị 22/2008/CT-TTg) and the directives of Long An
    and An Giang carrying it out (Chỉ thị 19/2008/CT-UBND, 09/2008/CT-UBND)."""
    from assistant.core import Assistant
    from assistant.settings import Settings
    from tests.data import SAMPLES
    folder, index = module_folder("tax"), module_folder("tax-index")
    for name in ("22_2008_CT-TTg.md", "19_2008_CT-UBND.md", "09_2008_CT-UBND.doc"):
        shutil.copy(SAMPLES / "thue" / name, folder / name)
    with Assistant(Settings(index_dir=index)) as opened:
        assert not opened.ingest([folder]).failed
        yield opened


@pytest.mark.slow
def test_a_part_giving_a_place_of_its_own_is_asked_of_that_place_not_of_the_earlier_document(tax):
    # "thực tế Long An …": the province's own document answers, not the directive the statement before it names
    answer = tax.ask("Chỉ thị 22/2008 yêu cầu các tỉnh lập ban chỉ đạo thuế TNCN trong tháng 8/2008; thực tế Long An "
                     "lập ban chỉ đạo cấp tỉnh bằng quyết định nào, ngày nào?", filters=OPERATOR)
    assert answer.answerable
    first, second = answer.text.split("\n2. ")
    assert "2482/QĐ-UBND" in second and "01/10/2008" in second
    by_number = {c.number: c.doc_id for c in answer.citations}
    assert [by_number[int(n)] for n in re.findall(r"\[(\d+)\]", second)][0] == "19_2008_CT-UBND"


@pytest.mark.slow
def test_a_part_asking_when_a_report_is_made_is_answered_by_the_report_task_of_its_document(tax):
    # of the directive's tasks near the question, only one is the local committee's report ("Vào tháng cuối của mỗi
    # quý, … báo cáo Ban Chỉ đạo Trung ương"); the others (setting the committee up, the central committee's
    # quarterly review) have other times
    answer = tax.ask("Chỉ thị 22/2008 quy định ban chỉ đạo địa phương báo cáo vào lúc nào, còn Chỉ thị 09/2008 của An "
                     "Giang yêu cầu báo cáo định kỳ ra sao?", filters=OPERATOR)
    assert answer.answerable
    first, second = answer.text.split("\n2. ")
    assert "tháng cuối của mỗi quý" in first and "hàng tháng, quý" in second
    assert {c.doc_id for c in answer.citations} == {"22_2008_CT-TTg", "09_2008_CT-UBND"}


@pytest.mark.parametrize("question, second", [
    # the later part gives only its source and the slot: it asks the earlier part's matter of that source
    ("Ban Chỉ đạo địa phương báo cáo tình hình thực hiện chỉ thị thuế TNCN vào lúc nào theo Chỉ thị 22/2008/CT-TTg, "
     "và theo Chỉ thị 19/2008 của Long An thì chậm nhất ngày nào?",
     "Ban Chỉ đạo địa phương báo cáo tình hình thực hiện chỉ thị thuế TNCN theo Chỉ thị 19/2008 của Long An thì chậm "
     "nhất ngày nào?"),
    # a later part asking a matter of its own ("trưởng ban là ai") is kept as it is: the earlier part's words name
    # another document
    ("Chỉ thị 22/2008/CT-TTg yêu cầu lập ban chỉ đạo địa phương trong tháng nào, còn theo Chỉ thị 09/2008 của An Giang "
     "thì trưởng ban là ai?",
     "Theo Chỉ thị 09/2008 của An Giang thì trưởng ban là ai?"),
    # a later part with a topic of its own is kept as it is
    ("Chỉ thị 22/2008 quy định ban chỉ đạo địa phương báo cáo vào lúc nào, còn Chỉ thị 09/2008 của An Giang yêu cầu "
     "báo cáo định kỳ ra sao?",
     "Chỉ thị 09/2008 của An Giang yêu cầu báo cáo định kỳ ra sao?"),
])
def test_a_later_part_naming_only_its_source_borrows_the_earlier_parts_matter(question, second):
    assert split(question)[1].text == second


@pytest.mark.slow
def test_a_report_asked_is_never_answered_with_another_tasks_time(tax):
    # Chỉ thị 19/2008/CT-UBND: "Chủ tịch UBND các huyện, thị xã chậm nhất đến ngày 25/10/2008 quyết định thành lập ban
    # chỉ đạo …" is no report's time; the report ("c) Chậm nhất vào ngày 05 của tháng sau tổng hợp, … báo cáo về
    # thường trực ban chỉ đạo cấp tỉnh …") says its time in words not read as a date, so it is not said to have none
    answer = tax.ask("Theo Chỉ thị 19/2008 của Long An, ban chỉ đạo báo cáo tình hình thực hiện chỉ thị chậm nhất "
                     "ngày nào?", filters=OPERATOR)
    assert "25/10/2008" not in answer.text and "không nêu thời hạn" not in answer.text


@pytest.mark.slow
def test_a_comparison_quoting_one_side_only_is_not_an_answer(tax):
    # Chỉ thị 22/2008/CT-TTg gives the provinces "trong tháng 8 năm 2008"; Long An's own time ("chậm nhất đến ngày
    # 25/10/2008", Chỉ thị 19/2008/CT-UBND) is the other side: quoting the first alone compares nothing
    answer = tax.ask("Hạn thành lập ban chỉ đạo thuế TNCN ở địa phương theo Chỉ thị 22/2008/CT-TTg và hạn Long An yêu "
                     "cầu các huyện, thị xã thành lập ban chỉ đạo khác nhau thế nào?", filters=OPERATOR)
    assert not answer.answerable or {c.doc_id for c in answer.citations} >= {"22_2008_CT-TTg", "19_2008_CT-UBND"}


@pytest.mark.parametrize("question, events", [
    # a report the question asks about (Kế hoạch 193 of Ninh Bình: "báo cáo UBND tỉnh")
    ("Các huyện phải báo cáo UBND tỉnh kết quả trồng cây xanh trước ngày nào?", {"báo cáo"}),
    # a report its "Theo …," lead names is the document asked of (CPbaocaot5, evals/devdocs), not an event asked
    ("Theo Phụ lục 1 báo cáo về Nghị quyết 57-NQ/TW, nhiệm vụ xây dựng Danh mục Công nghệ chiến lược có thời gian "
     "hoàn thành khi nào?", set()),
    ("Theo Kế hoạch 193, các huyện sơ kết việc trồng cây khi nào?", {"sơ kết"}),
    # questions_tu tu09: "về báo cáo …" describes the dispatch named by number (Công điện 194/CĐ-TTg "Về việc khẩn
    # trương rà soát, báo cáo kết quả hoạt động đầu tư …"), no report asked
    ("Phó Thủ tướng nào được giao theo dõi Công điện 194 về báo cáo đầu tư 9 tháng?", set()),
    ("Theo Công điện 194 về báo cáo đầu tư, các bộ phải báo cáo Thủ tướng trước ngày nào?", {"báo cáo"}),
])
def test_the_reports_a_question_asks_about(question, events):
    from assistant.parts import asked_events
    assert asked_events(question) == events


@pytest.mark.parametrize("text, periods", [
    # the periods of Thông tư 99/2020/TT-BTC, Điều 29 (hợp nhất 40/VBHN-BTC, evals/devdocs), "6 tháng" before "tháng"
    ("c) Đối với báo cáo 6 tháng: Trong thời hạn 45 ngày kẻ từ ngày kết thúc 06", {"6 tháng"}),
    ("d) Đối với báo cáo năm: Trong thời han 90 ngày kể từ ngày kết thúc năm.", {"năm"}),
    ("a) Báo cáo định kỳ hằng tháng và năm về hoạt động của công ty quản lý", {"tháng"}),
    ("Theo Thông tư 99/2020/TT-BTC, báo cáo năm của công ty quản lý quỹ phải nộp trong thời hạn bao lâu?", {"năm"}),
    # a report of no period, and a financial statement, name none
    ("ty quản lý quỹ phải báo cáo Uy ban Chứng khoán Nhà nước trong thời hạn 48 giờ", set()),
    ("Trong thời hạn 90 ngày kể từ ngày kết thúc năm tài chính, báo cáo tài chính năm có kiêm toán", set()),
])
def test_the_period_of_a_report_named(text, periods):
    from assistant.parts import report_periods
    assert report_periods(text) == periods


@pytest.mark.parametrize("text, periods", [
    # a clause states a report's period as "báo cáo <kỳ>" or as a recurrence before its verb
    ("d) Đối với báo cáo năm: Trong thời han 90 ngày kể từ ngày kết thúc năm.", {"năm"}),  # 40/VBHN-BTC, Điều 29
    ("Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, Sở Tài chính báo cáo Bộ Tài chính", {"quý"}),
    ("Định kỳ 6 tháng, hằng năm báo cáo Thủ tướng Chính phủ", {"6 tháng", "năm"}),
    ("ty quản lý quỹ phải báo cáo Uy ban Chứng khoán Nhà nước trong thời hạn 48 giờ", set()),
])
def test_the_report_periods_a_clause_states(text, periods):
    from assistant.parts import periods_stated
    assert periods_stated(text) == periods


@pytest.mark.parametrize("doc_number, doc_type, anchored", [
    # Thông báo 537/TB-VPCP: its head read as "37/TB-VPCP" by OCR, no number stored; a notice of the type named
    (None, "Thông báo", True),
    (None, "Quyết định", False),  # a document of another type is not the one named
    ("536/TB-VPCP", "Thông báo", False),  # nor one whose number is read and differs
    ("537/TB-VPCP", "Thông báo", True),
])
def test_a_part_is_anchored_in_a_document_of_its_type_whose_number_could_not_be_read(doc_number, doc_type, anchored):
    from assistant.answering import _anchored
    from assistant.records import Answer, Citation
    quote = "Bộ Công an chỉ đạo các đơn vị liên quan xem xét thẩm định, phê duyệt nghiệm thu phòng cháy, chữa cháy"
    citation = Citation(1, "c1", "537-tb", doc_number, None, doc_type, None, None, "", None, None, quote, 0, len(quote),
                        "")
    answer = Answer("q", quote, True, (citation,), "agency_tasks")
    assert _anchored("Bộ Công an có những nhiệm vụ gì trong Thông báo 537/TB-VPCP?", answer) is anchored


@pytest.mark.parametrize("doc_number, doc_type, anchored", [
    # "Thông tư 212/2013" names the joint circular 212/2013/TTLT-BTC-BQP: people name a Thông tư liên tịch by the
    # short type (`corpus.vn.type_covers`)
    ("212/2013/TTLT-BTC-BQP", "Thông tư liên tịch", True),
    ("212/2013/TT-BTC", "Thông tư", True),
    ("212/2013/NĐ-CP", "Nghị định", False),
    ("123/2008/TTLT-BTC-BCA", "Thông tư liên tịch", False),  # another serial
])
def test_a_part_naming_a_circular_is_anchored_in_the_joint_circular_of_that_number(doc_number, doc_type, anchored):
    from assistant.answering import _anchored
    from assistant.records import Answer, Citation
    quote = ("b.2) Trường hợp tổ chức trả thu nhập có phát sinh việc trả thu nhập cho các cá nhân ngoài tổ chức trả thu "
             "nhập với tổng mức trả thu nhập từ 2.000.000 đồng/lần trở lên thì phải khấu trừ thuế")
    citation = Citation(1, "c1", "212", doc_number, None, doc_type, None, None, "", None, None, quote, 0, len(quote), "")
    answer = Answer("q", quote, True, (citation,), "other")
    assert _anchored("Khi trả thu nhập cho cá nhân bên ngoài, mức thu nhập phải khấu trừ thuế theo Thông tư 212/2013 "
                     "(Quốc phòng) là từ bao nhiêu đồng một lần?", answer) is anchored


@pytest.mark.parametrize("text, unstated", [
    ("Thông tư liên tịch 212/2013/TTLT-BTC-BQP, Điều 5 không nêu thời hạn cho việc này; văn bản ghi: “a) Các doanh "
     "nghiệp thuộc Bộ Quốc phòng thực hiện khai thuế, khấu trừ thuế, nộp thuế, quyết toán thuế thu nhập cá nhân …” [1]",
     True),
    ("Chỉ thị 22/2008/CT-TTg không nêu thời hạn cho nhiệm vụ này; văn bản ghi: … [1]", True),
    ("Thời hạn: Trong tháng 7 năm 2008 (tức 31/07/2008) (Chỉ thị 22/2008/CT-TTg) [1].", False),
])
def test_an_answer_saying_only_that_no_time_is_stated(text, unstated):
    from assistant.precision import time_said_unstated
    assert time_said_unstated(text) is unstated


@pytest.mark.parametrize("question, sentence, stated", [
    # the person the question names is in the sentence: it may be quoted "ngoài ra"
    ("Những công điện nào của Thủ tướng giao Phó Thủ tướng Hồ Đức Phớc chỉ đạo thực hiện?",
     "4. Giao Phó Thủ tướng Chính phủ Hồ Đức Phớc theo dõi, chi đạo, xử lý, giải quyết khó khăn vướng mắc", True),
    # another Phó Thủ tướng put in charge of another công điện: never a further answer (quotes.compose_passages)
    ("Những công điện nào của Thủ tướng giao Phó Thủ tướng Hồ Đức Phớc chỉ đạo thực hiện?",
     "6. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ, ngành, địa phương có liên quan", False),
])
def test_a_further_sentence_must_name_the_person_the_question_names(question, sentence, stated):
    from assistant.intent import office_holders
    from assistant.parts import names_stated
    assert names_stated(office_holders(question), sentence) is stated


@pytest.mark.parametrize("text, names", [
    ("Những công điện nào của Thủ tướng giao Phó Thủ tướng Hồ Đức Phớc chỉ đạo thực hiện?", {"Hồ Đức Phớc"}),
    ("6. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ", {"Trần Hồng Hà"}),
    ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình", {"Nguyễn Hòa Bình"}),
    ("Phó Thủ tướng nào được giao chỉ đạo thực hiện Công điện 196?", set()),  # asked, not named
    ("4. Bộ trưởng Bộ Tài chính cân đối nguồn lực để hỗ trợ các địa phương", set()),  # an agency after the office
    ("Văn bản đó giao Tổ đảng ở Thường trực UB Pháp luật thẩm tra những dự án luật nào?", set()),
])
def test_office_holders_are_the_names_after_an_office(text, names):
    from assistant.intent import office_holders
    assert office_holders(text) == names


@pytest.mark.parametrize("question", [
    "Phó Thủ tướng nào được giao chỉ đạo thực hiện Công điện 196?",
    "Phó Thủ tướng nào được giao chỉ đạo thực hiện Công điện 192?",
])
def test_a_person_by_office_is_asked_no_agency_row_answers_it(question):
    # answering.answer_question: a lead question asking "Phó Thủ tướng nào" is answered by the sentence naming the
    # office and its holder ("Giao Phó Thủ tướng Chính phủ Lê Thành Long theo dõi, đôn đốc …"), never a task row
    from assistant.intent import OFFICE_ASKED, classify
    assert classify(question).kind == "lead" and OFFICE_ASKED.search(question)


@pytest.mark.parametrize("question, by_date", [
    ("Công điện 188 và Công điện 196, văn bản nào được ban hành trước?",
     "Công điện 188 và Công điện 196 được ban hành ngày nào?"),
    ("Nghị quyết 03/NQ-CP của Chính phủ ban hành trước hay sau Kế hoạch 3260-KH/ĐĐQH15?",
     "Nghị quyết 03/NQ-CP của Chính phủ và Kế hoạch 3260-KH/ĐĐQH15 được ban hành ngày nào?"),
    # "ban hành trước đó" names an earlier document; it asks no order
    ("Công điện 188 yêu cầu tiếp tục thực hiện công điện nào ban hành trước đó về bão số 11?",
     "Công điện 188 yêu cầu tiếp tục thực hiện công điện nào ban hành trước đó về bão số 11?"),
])
def test_which_document_came_first_is_asked_as_each_date(question, by_date):
    assert asked_by_date(question) == by_date
    assert asks_order(question) == (by_date != question)


def test_described_documents_are_each_their_own_part():
    """The second of two described documents is asked alone, not as a follow-up of the first, and a pointer inside
    its title ("thực hiện nghị quyết này") describes it."""
    first, second = split("Nghị quyết 57 của Bộ Chính trị và chương trình hành động của Chính phủ thực hiện nghị quyết "
                          "đó được ban hành ngày nào?")
    assert first.described and second.described and second.anaphora == "nghị quyết đó"
    assert not any(p.described for p in split("Ai ký Quyết định 807 và Quyết định 963 của UBND tỉnh Ninh Bình?"))



@pytest.mark.parametrize("question, asked", [
    ("Văn bản nào giao Bộ Y tế chủ trì hướng dẫn việc xác nhận đối tượng bị tàn tật: Chỉ thị 22/2008/CT-TTg hay Chỉ "
     "thị 19/2008/CT-UBND?",
     ["Chỉ thị 22/2008/CT-TTg giao Bộ Y tế chủ trì hướng dẫn việc xác nhận đối tượng bị tàn tật?",
      "Chỉ thị 19/2008/CT-UBND giao Bộ Y tế chủ trì hướng dẫn việc xác nhận đối tượng bị tàn tật?"]),
    ("Trong hai văn bản Công điện 193 và Công điện 194, công điện nào giao Phó Thủ tướng Hồ Đức Phớc theo dõi?",
     ["Công điện 193 giao Phó Thủ tướng Hồ Đức Phớc theo dõi?", "Công điện 194 giao Phó Thủ tướng Hồ Đức Phớc theo dõi?"]),
    # a công văn named "Văn bản" with its whole number is one of the two
    ("Văn bản nào giao Bộ Y tế chủ trì phê duyệt dự toán thiết kế bản vẽ thi công: Thông báo 537/TB-VPCP hay Văn bản "
     "9533/VPCP-CN?",
     ["Thông báo 537/TB-VPCP giao Bộ Y tế chủ trì phê duyệt dự toán thiết kế bản vẽ thi công?",
      "Văn bản 9533/VPCP-CN giao Bộ Y tế chủ trì phê duyệt dự toán thiết kế bản vẽ thi công?"]),
    # the choice first, what is asked after it; the pair before "<type> nào" without "trong" (rh29, rh30, rh80, rh81)
    ("Công điện 188 hay Công điện 189 cho phép địa phương cho học sinh học trực tuyến thay vì đến trường?",
     ["Công điện 188 cho phép địa phương cho học sinh học trực tuyến thay vì đến trường?",
      "Công điện 189 cho phép địa phương cho học sinh học trực tuyến thay vì đến trường?"]),
    ("Công điện 190 và Công điện 192, văn bản nào yêu cầu triển khai cơ chế đối tác bù trừ trung tâm (CCP)?",
     ["Công điện 190 yêu cầu triển khai cơ chế đối tác bù trừ trung tâm (CCP)?",
      "Công điện 192 yêu cầu triển khai cơ chế đối tác bù trừ trung tâm (CCP)?"]),
    ("Nghị định 124/2008/NĐ-CP và Nghị định 24/2007/NĐ-CP, nghị định nào có hiệu lực từ ngày 01 tháng 01 năm 2009?",
     ["Nghị định 124/2008/NĐ-CP có hiệu lực từ ngày 01 tháng 01 năm 2009?",
      "Nghị định 24/2007/NĐ-CP có hiệu lực từ ngày 01 tháng 01 năm 2009?"]),
    # which came first is no choice of one (dev wd26): each one's date is asked, and both are needed
    ("Chỉ thị 31/CT-TTg và Thông báo 541/TB-VPCP, văn bản nào được ban hành trước?",
     ["Chỉ thị 31/CT-TTg được ban hành ngày nào?", "Thông báo 541/TB-VPCP được ban hành ngày nào?"]),
    # no documents to choose from: the question is asked of the whole corpus, as before
    ("Văn bản nào giao Bộ Y tế chủ trì hướng dẫn việc xác nhận đối tượng bị tàn tật?",
     ["Văn bản nào giao Bộ Y tế chủ trì hướng dẫn việc xác nhận đối tượng bị tàn tật?"]),
])
def test_which_of_two_named_documents_is_asked_of_each(question, asked):
    from assistant.parts import asks_which_of
    assert [part.text for part in split(question)] == asked
    assert asks_which_of(question) is (len(asked) == 2 and "ban hành trước" not in question)


def test_a_described_document_after_a_numbered_one_is_its_own_part():
    # "chương trình hành động của Chính phủ" names no number and no pointer: it is described by its issuer and does
    # not lean on "Nghị quyết 57"
    asked = [part.text for part in split("Nghị quyết 57 và chương trình hành động của Chính phủ giao cơ quan nào theo "
                                         "dõi việc thực hiện?")]
    assert asked == ["Nghị quyết 57 giao cơ quan nào theo dõi việc thực hiện?",
                     "Chương trình hành động của Chính phủ giao cơ quan nào theo dõi việc thực hiện?"]


def test_which_of_two_documents_names_each_as_the_question_does():
    from assistant.parts import which_of_documents
    assert which_of_documents("Văn bản nào giao Bộ Y tế chủ trì phê duyệt dự toán thiết kế bản vẽ thi công: Thông báo "
                              "537/TB-VPCP hay Văn bản 9533/VPCP-CN?") == ["Thông báo 537/TB-VPCP", "Văn bản 9533/VPCP-CN"]
    assert which_of_documents("Văn bản nào giao Bộ Y tế chủ trì hướng dẫn việc xác nhận đối tượng bị tàn tật?") == []


@pytest.mark.parametrize("question", [
    # an agency's tasks in two documents, one named "Văn bản": listed document by document when asked whole
    "Văn bản 9533/VPCP-CN và Thông báo 537/TB-VPCP giao Bộ Tài chính những việc gì?",
    # "văn bản" with a bare number is no document named
    "Văn bản 5 và 6 của Phụ lục giao Bộ Tài chính những việc gì?",
])
def test_a_document_named_van_ban_is_split_off_only_for_its_head(question):
    assert [part.text for part in split(question)] == [question]


@pytest.mark.parametrize("question, asked", [
    # devdocs_od od45 (dc25): which takes effect first is asked as the day each takes effect; two numbers of one code
    # ("QĐ-UB") share the issuer named after them, so each is asked in turn; "Hai" counts them, no part names it
    ("Hai quyết định 2298/2002/QĐ-UB và 839/QĐ-UB của tỉnh Bến Tre, quyết định nào áp dụng trước, từ ngày nào?",
     ["Quyết định 2298/2002/QĐ-UB của tỉnh Bến Tre có hiệu lực từ ngày nào?",
      "Quyết định 839/QĐ-UB của tỉnh Bến Tre có hiệu lực từ ngày nào?"]),
    ("Theo hai công điện 188 và 196, ai chủ trì?", ["Theo công điện 188, ai chủ trì?", "Theo công điện 196, ai chủ trì?"]),
    # numbers of two codes: the first names its own issuer (`_qualified_pair`, ag23)
    ("Chỉ thị 22/2008/CT-TTg và Chỉ thị 19/2008/CT-UBND của Long An giao ai?",
     ["Chỉ thị 22/2008/CT-TTg giao ai?", "Chỉ thị 19/2008/CT-UBND của Long An giao ai?"]),
])
def test_which_takes_effect_first_is_asked_of_each_document(question, asked):
    assert [part.text for part in split(question)] == asked


@pytest.mark.parametrize("question, asked", [
    # "có cùng giao … không?": what each document assigns is asked of each, side by side (questions_pa pa67, pa37)
    ("Chỉ thị 42/1998 của Quảng Bình và Chỉ thị 44/2002 của Bà Rịa - Vũng Tàu có cùng giao Cục Thuế tỉnh đứng ra tổ "
     "chức thu thuế không?",
     ["Chỉ thị 42/1998 của Quảng Bình có cùng giao Cục Thuế tỉnh đứng ra tổ chức thu thuế không?",
      "Chỉ thị 44/2002 của Bà Rịa - Vũng Tàu có cùng giao Cục Thuế tỉnh đứng ra tổ chức thu thuế không?"]),
    # "chủ trì hướng dẫn …" is the work asked, no relation between the two; "An Giang" after the second number is its
    # issuer's place, not the first's
    ("Hai chỉ thị 22/2008/CT-TTg và 09/2008/CT-UBND An Giang có cùng giao ngành lao động chủ trì hướng dẫn xác định "
     "mức phụ cấp, trợ cấp để tính thu nhập được trừ không?",
     ["Chỉ thị 22/2008/CT-TTg có cùng giao ngành lao động chủ trì hướng dẫn xác định mức phụ cấp, trợ cấp để tính thu "
      "nhập được trừ không?",
      "Chỉ thị 09/2008/CT-UBND An Giang có cùng giao ngành lao động chủ trì hướng dẫn xác định mức phụ cấp, trợ cấp để "
      "tính thu nhập được trừ không?"]),
    # "cùng nói đến việc …: ngân hàng nào …?": the matter both speak of, asked of each (pa48)
    ("Chỉ thị 22/2008/CT-TTg và Chỉ thị 01/2009 của Kon Tum cùng nói đến việc quản lý thu nhập từ chuyển nhượng vốn, "
     "chứng khoán: ngân hàng nào phải phối hợp với cơ quan thuế?",
     ["Chỉ thị 22/2008/CT-TTg cùng nói đến việc quản lý thu nhập từ chuyển nhượng vốn, chứng khoán: ngân hàng nào "
      "phải phối hợp với cơ quan thuế?",
      "Chỉ thị 01/2009 của Kon Tum cùng nói đến việc quản lý thu nhập từ chuyển nhượng vốn, chứng khoán: ngân hàng nào "
      "phải phối hợp với cơ quan thuế?"]),
    # "<question of A>, có giống <B> không?": asked of A, then of B in A's place, A's "về …" subject left out (pa43)
    ("Công điện 196 về khắc phục thiệt hại bão số 11 giao Phó Thủ tướng nào theo dõi, đôn đốc, có giống Công điện 188 "
     "không?",
     ["Công điện 196 về khắc phục thiệt hại bão số 11 giao Phó Thủ tướng nào theo dõi, đôn đốc?",
      "Công điện 188 giao Phó Thủ tướng nào theo dõi, đôn đốc?"]),
    # a verb capitalised by the restored marks is no place ("… 194/CD-TTg Giao Phó Thủ tướng …", dev mw14)
    ("Công điện 188/CD-TTg và Công điện 194/CD-TTg Giao Phó Thủ tướng nào chỉ đạo?",
     ["Công điện 188/CD-TTg Giao Phó Thủ tướng nào chỉ đạo?", "Công điện 194/CD-TTg Giao Phó Thủ tướng nào chỉ đạo?"]),
    # a relation between the two stays one question
    ("Thông tư 89/2001/TTLT-BTC-BCA và Thông tư 123/2008/TTLT-BTC-BCA có cùng hướng dẫn Nghị định nào không?",
     ["Thông tư 89/2001/TTLT-BTC-BCA và Thông tư 123/2008/TTLT-BTC-BCA có cùng hướng dẫn Nghị định nào không?"]),
])
def test_what_two_documents_each_assign_is_asked_of_each(question, asked):
    assert [part.text for part in split(question)] == asked


@pytest.mark.parametrize("question, asked", [
    # devdocs_qa qa51 (qa26): the two amounts compared, each asked of its decision; the comparison alone asks nothing
    ("Quyết định 839/QĐ-UB năm 1999 và Quyết định 1730/2003/QĐ-UB của Bến Tre cho trừ tiền lương tối đa bao nhiêu một "
     "người một tháng khi tính thuế TNDN, mức nào cao hơn?",
     ["Quyết định 839/QĐ-UB năm 1999 cho trừ tiền lương tối đa bao nhiêu một người một tháng khi tính thuế TNDN?",
      "Quyết định 1730/2003/QĐ-UB của Bến Tre cho trừ tiền lương tối đa bao nhiêu một người một tháng khi tính thuế "
      "TNDN?"]),
    ("Công điện 193 và Công điện 194 giao các bộ hạn báo cáo là ngày nào, hạn nào đến trước?",
     ["Công điện 193 giao các bộ hạn báo cáo là ngày nào?", "Công điện 194 giao các bộ hạn báo cáo là ngày nào?"]),
    # devdocs_qa qa52 (qa26): "giao ai hướng dẫn …" is the work given, no relation between the two decisions
    ("Cả Quyết định 839/QĐ-UB và Quyết định 1730/2003/QĐ-UB của Bến Tre cùng giao ai hướng dẫn quy chế quản lý lao "
     "động?",
     ["Cả Quyết định 839/QĐ-UB của Bến Tre cùng giao ai hướng dẫn quy chế quản lý lao động?",
      "Cả Quyết định 1730/2003/QĐ-UB của Bến Tre cùng giao ai hướng dẫn quy chế quản lý lao động?"]),
    # a comparison of one document alone is not split, and keeps its words
    ("Quyết định 839/QĐ-UB cho trừ tiền lương tối đa bao nhiêu, mức nào cao hơn?",
     ["Quyết định 839/QĐ-UB cho trừ tiền lương tối đa bao nhiêu, mức nào cao hơn?"]),
])
def test_a_comparison_of_two_documents_asks_each_its_own(question, asked):
    assert [part.text for part in split(question)] == asked


@pytest.mark.parametrize("question, asked", [
    # devdocs_qa qa56: the second decision named by its coded number alone ("59/2003/QĐ-UB"), its type the first's
    ("Hai quyết định 2298/2002/QĐ-UB của Bến Tre và 59/2003/QĐ-UB của Nghệ An về bảng giá xe gắn máy cùng giao những "
     "ai chịu trách nhiệm thi hành?",
     ["Quyết định 2298/2002/QĐ-UB của Bến Tre về bảng giá xe gắn máy cùng giao những ai chịu trách nhiệm thi hành?",
      "Quyết định 59/2003/QĐ-UB của Nghệ An về bảng giá xe gắn máy cùng giao những ai chịu trách nhiệm thi hành?"]),
    # a number without its code names no second document
    ("Quyết định 2298/2002/QĐ-UB của Bến Tre và 59 huyện giao ai thi hành?",
     ["Quyết định 2298/2002/QĐ-UB của Bến Tre và 59 huyện giao ai thi hành?"]),
])
def test_a_second_document_named_by_its_coded_number_alone(question, asked):
    assert [part.text for part in split(question)] == asked


@pytest.mark.parametrize("question, asked", [
    # ", còn <B> thì sao?": the question asked of A, then of B in A's place
    ("Công điện 190 giao Bộ Xây dựng việc gì, còn Công điện 192 thì sao?",
     ["Công điện 190 giao Bộ Xây dựng việc gì?", "Công điện 192 giao Bộ Xây dựng việc gì?"]),
    ("Công điện 196 về mưa lũ giao Phó Thủ tướng nào theo dõi, còn theo Công điện 188 thì thế nào?",
     ["Công điện 196 về mưa lũ giao Phó Thủ tướng nào theo dõi?", "Công điện 188 giao Phó Thủ tướng nào theo dõi?"]),
    ("Phiên họp thứ nhất của Ban Chỉ đạo giao Bộ Công an việc gì, còn phiên họp thứ hai thì sao?",
     ["Phiên họp thứ nhất của Ban Chỉ đạo giao Bộ Công an việc gì?",
      "Phiên họp thứ hai của Ban Chỉ đạo giao Bộ Công an việc gì?"]),
    # devdocs_qa qa58: two meetings, each by its ordinal, each clause with its own question
    ("Phiên họp thứ nhất giao Bộ trưởng Công an chỉ đạo việc gì, còn phiên họp thứ hai nhắc Bộ Công an trong việc gì?",
     ["Phiên họp thứ nhất giao Bộ trưởng Công an chỉ đạo việc gì?", "Phiên họp thứ hai nhắc Bộ Công an trong việc gì?"]),
    # devdocs_qa qa57: "phiên họp thứ nhất và phiên họp thứ hai": the question asked of each meeting
    ("Theo phiên họp thứ nhất và phiên họp thứ hai của Ban Chỉ đạo Trung ương về khoa học, công nghệ, Bộ chỉ số theo "
     "dõi, giám sát thực hiện Nghị quyết 57 phải đưa vào sử dụng khi nào?",
     ["Theo phiên họp thứ nhất của Ban Chỉ đạo Trung ương về khoa học, công nghệ, Bộ chỉ số theo dõi, giám sát thực "
      "hiện Nghị quyết 57 phải đưa vào sử dụng khi nào?",
      "Theo phiên họp thứ hai của Ban Chỉ đạo Trung ương về khoa học, công nghệ, Bộ chỉ số theo dõi, giám sát thực "
      "hiện Nghị quyết 57 phải đưa vào sử dụng khi nào?"]),
    # what the two meetings share is asked once; one meeting stays whole
    ("Phiên họp thứ nhất và thứ hai đều yêu cầu gì?", ["Phiên họp thứ nhất và thứ hai đều yêu cầu gì?"]),
    ("Phiên họp thứ nhất giao Bộ Công an việc gì?", ["Phiên họp thứ nhất giao Bộ Công an việc gì?"]),
])
def test_a_second_document_or_meeting_after_con_is_its_own_part(question, asked):
    assert [part.text for part in split(question)] == asked


@pytest.mark.parametrize("part, premise, filled", [
    # questions_rq rq20: the thing the statement names, written out in the part that points back to it
    ("Ở trung ương, Chỉ thị 22/2008/CT-TTg giao việc ban hành danh mục này cho bộ nào?",
     "Chỉ thị 09/2008 của An Giang giao Sở Y tế công bố danh mục bệnh hiểm nghèo",
     "Ở trung ương, Chỉ thị 22/2008/CT-TTg giao việc ban hành danh mục bệnh hiểm nghèo cho bộ nào?"),
    # a document, a body or a time pointed back to is read elsewhere; a thing the statement does not name stays
    ("Chỉ thị này giao bộ nào?", "Chỉ thị 09/2008 của An Giang giao Sở Y tế công bố danh mục", "Chỉ thị này giao bộ nào?"),
    ("Kế hoạch đó giao sở nào?", "Kế hoạch 193 giao Sở Xây dựng rà soát quy hoạch", "Kế hoạch đó giao sở nào?"),
    ("Nhiệm vụ này hạn khi nào?", "Kế hoạch 193 giao Sở Xây dựng rà soát quy hoạch", "Nhiệm vụ này hạn khi nào?"),
])
def test_a_thing_pointed_back_to_is_the_statements(part, premise, filled):
    from assistant.parts import filled_from_premise
    assert filled_from_premise(part, premise) == filled


@pytest.mark.parametrize("question, which", [
    # questions_rq rq31: which of three listed documents; each asked in turn, a part not found is an answer too
    ("Trong các Nghị định 259, 260 và 261 năm 2025, nghị định nào quy định về phát triển và quản lý nhà ở xã hội?", True),
    ("Trong các Thông báo 536, 537 và 541 của Văn phòng Chính phủ, thông báo nào là kết luận của Phó Thủ tướng Lê "
     "Thành Long?", True),
    # a list asked of each, no "<kind> nào": every part must be answered
    ("Công điện 186, 188 và 189 giao Bộ Công an gì?", False),
])
def test_which_of_three_listed_documents(question, which):
    from assistant.parts import asks_which_of
    assert asks_which_of(question) is which


def test_the_ministry_given_the_guidance_is_asked_of_each_document():
    # devdocs_rq rq67: "giao bộ nào hướng dẫn thi hành" is the work given, not one document guiding the other
    assert [part.text for part in split("Quyết định 41/2002/QĐ-TTg và Quyết định 08/2000/QĐ-TTg giao bộ nào hướng "
                                        "dẫn thi hành?")] == ["Quyết định 41/2002/QĐ-TTg giao bộ nào hướng dẫn thi hành?",
                                                              "Quyết định 08/2000/QĐ-TTg giao bộ nào hướng dẫn thi hành?"]
    # a circular guiding a decree stays one question relating the two
    assert len(split("Thông tư 130/2008/TT-BTC và Nghị định 124/2008/NĐ-CP, thông tư hướng dẫn nghị định không?")) == 1


@pytest.mark.parametrize("question, clause, other", [
    # Nghị định 24/2007/NĐ-CP, Điều 24: the monthly payment's day is not the quarterly one's
    ("Theo Nghị định 24/2007/NĐ-CP, cơ sở kinh doanh tạm nộp thuế thu nhập doanh nghiệp từng quý chậm nhất là khi nào?",
     "Cơ sở kinh doanh chưa thực hiện chế độ kế toán … phải nộp thuế hàng tháng theo thông báo của cơ quan Thuế.", True),
    ("Theo Nghị định 24/2007/NĐ-CP, cơ sở kinh doanh tạm nộp thuế thu nhập doanh nghiệp từng quý chậm nhất là khi nào?",
     "Cơ sở kinh doanh có trách nhiệm kê khai …, có chia ra từng quý … chậm nhất là ngày 25 của tháng 01 hàng năm", False),
    # no recurrence asked, or none stated: nothing is told apart
    ("Theo Nghị định 24/2007/NĐ-CP, cơ sở kinh doanh nộp tờ khai thuế cả năm chậm nhất là ngày nào?",
     "… phải nộp thuế hàng tháng theo thông báo của cơ quan Thuế.", False),
    ("Định kỳ 6 tháng, Bộ Tài chính báo cáo khi nào?", "Bộ Tài chính báo cáo Thủ tướng trước ngày 15/7.", False),
    ("Định kỳ 6 tháng, Bộ Tài chính báo cáo khi nào?", "Hằng năm, Bộ Tài chính báo cáo Thủ tướng trước ngày 15/12.", True),
])
def test_a_clause_recurring_by_another_period_than_the_one_asked(question, clause, other):
    from assistant.parts import other_recurrence
    assert other_recurrence(question, clause) is other


@pytest.mark.parametrize("question, parts", [
    # two laws named by their whole numbers (Luật 26/2012/QH13 amends the TNCN law, 32/2013/QH13 the TNDN law)
    ("Luật 26/2012/QH13 và Luật 32/2013/QH13 lần lượt sửa đổi, bổ sung luật thuế nào?",
     ["Luật 26/2012/QH13 sửa đổi, bổ sung luật thuế nào?", "Luật 32/2013/QH13 sửa đổi, bổ sung luật thuế nào?"]),
    # "luật" with no number is the subject matter, and a law's type is never lent to a decree's coded number
    ("Theo luật thuế thu nhập doanh nghiệp và Nghị định 124/2008/NĐ-CP, ai nộp thuế?",
     ["Theo luật thuế thu nhập doanh nghiệp và Nghị định 124/2008/NĐ-CP, ai nộp thuế?"]),
    ("Luật 14/2008/QH12 và 124/2008/NĐ-CP do ai ký?", ["Luật 14/2008/QH12 và 124/2008/NĐ-CP do ai ký?"]),
])
def test_two_laws_named_by_number_are_asked_in_turn(question, parts):
    assert [part.text for part in split(question)] == parts


@pytest.mark.parametrize("question, pieces", [
    ("Các kế hoạch năm 2024 của UBND tỉnh Ninh Bình về cây xanh và về công nghiệp văn hóa do ai ký?",
     ["Kế hoạch năm 2024 của UBND tỉnh Ninh Bình về cây xanh do ai ký?",
      "Kế hoạch năm 2024 của UBND tỉnh Ninh Bình về công nghiệp văn hóa do ai ký?"]),
    # what both share asked, or an agency's tasks (dev tb32): asked whole
    ("Hai kế hoạch về cây xanh và về công nghiệp văn hóa đều do ai ký?", None),
    ("Sở Giáo dục và Đào tạo có nhiệm vụ gì trong các kế hoạch năm 2024 của UBND tỉnh Ninh Bình về cây xanh và về "
     "công nghiệp văn hóa?", None),
])
def test_two_documents_of_one_kind_by_their_subjects_are_asked_in_turn(question, pieces):
    assert [p.text for p in split(question)] == (pieces or [question])


@pytest.mark.parametrize("question, whole", [
    # both roles of one task, the task said once (Nghị quyết 03/NQ-CP, Phụ lục II row 112): one question, its row
    # answers it whole (it was split, "đơn vị nào chủ trì?" answered with another row)
    ("Nghị quyết 03/NQ-CP: đơn vị nào chủ trì, đơn vị nào phối hợp nghiên cứu, đề nghị doanh nghiệp cung cấp chữ ký "
     "số công cộng ưu đãi cấp chữ ký số cho cơ sở y tế?", True),
    ("Ai chủ trì, ai phối hợp xây dựng Đề án phát triển các trường đại học trở thành các chủ thể nghiên cứu mạnh?", True),
    # a role asked beside another thing, each with its own topic, is still asked in turn
    ("Ai chủ trì xây dựng Luật Nhà giáo và thời hạn hoàn thành Đề án khung chiến lược giáo dục đại học là khi nào?",
     False),
])
def test_both_roles_of_one_task_are_one_question(question, whole):
    assert (len(split(question)) == 1) is whole


@pytest.mark.parametrize("question, asked", [
    # devdocs tu73: the first issuer named by its office ("của Thủ tướng"), which no agency list reads alone
    ("Quyết định 41/2002/QĐ-TTg của Thủ tướng và Quyết định 60/2003/QĐ-UB của Nghệ An được ban hành theo đề nghị của "
     "cơ quan nào?",
     ["Quyết định 41/2002/QĐ-TTg của Thủ tướng được ban hành theo đề nghị của cơ quan nào?",
      "Quyết định 60/2003/QĐ-UB của Nghệ An được ban hành theo đề nghị của cơ quan nào?"]),
    ("Chỉ thị 22/2008/CT-TTg của Thủ tướng Chính phủ và Chỉ thị 19/2008/CT-UBND của Long An giao Cục Thuế tỉnh việc gì?",
     ["Chỉ thị 22/2008/CT-TTg của Thủ tướng Chính phủ giao Cục Thuế tỉnh việc gì?",
      "Chỉ thị 19/2008/CT-UBND của Long An giao Cục Thuế tỉnh việc gì?"]),
    # an office and the body it heads ("của Chủ tịch Ủy ban nhân dân tỉnh Long An")
    ("Quyết định 2482/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh Long An và Chỉ thị 22/2008/CT-TTg do ai ký?",
     ["Quyết định 2482/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh Long An do ai ký?", "Chỉ thị 22/2008/CT-TTg do ai ký?"]),
])
def test_an_issuer_named_by_its_office_names_the_first_of_two_documents(question, asked):
    assert [part.text for part in split(question)] == asked


@pytest.mark.parametrize("question, asked", [
    # devdocs tu64: two joint circulars, each with its own scope after "đối với", the second by its number alone
    ("Theo Thông tư liên tịch 122/2008 đối với Quân đội và 123/2008 đối với Công an, hết năm phải nộp hết số thuế thu "
     "nhập cá nhân còn phải nộp chậm nhất ngày nào?",
     ["Theo Thông tư liên tịch 122/2008 đối với Quân đội, hết năm phải nộp hết số thuế thu nhập cá nhân còn phải nộp "
      "chậm nhất ngày nào?",
      "Theo Thông tư liên tịch 123/2008 đối với Công an, hết năm phải nộp hết số thuế thu nhập cá nhân còn phải nộp "
      "chậm nhất ngày nào?"]),
    # devdocs g16: the scope first ("trong Quân đội theo …"), each before its circular
    ("Ai có thẩm quyền quyết định giảm thuế thu nhập cá nhân trong Quân đội theo Thông tư 122/2008 và trong Công an "
     "theo Thông tư 123/2008?",
     ["Ai có thẩm quyền quyết định giảm thuế thu nhập cá nhân trong Quân đội theo Thông tư 122/2008?",
      "Ai có thẩm quyền quyết định giảm thuế thu nhập cá nhân trong Công an theo Thông tư 123/2008?"]),
])
def test_two_documents_each_with_its_own_scope(question, asked):
    assert [part.text for part in split(question)] == asked


@pytest.mark.parametrize("question", [
    # what both share is asked once
    "Theo Thông tư liên tịch 122/2008 đối với Quân đội và 123/2008 đối với Công an, cả hai đều có hiệu lực từ ngày nào?",
    # one scope, no second document
    "Ai có thẩm quyền quyết định giảm thuế thu nhập cá nhân trong Quân đội theo Thông tư 122/2008?",
])
def test_scopes_not_split(question):
    assert len(split(question)) == 1


@pytest.mark.parametrize("question, asked", [
    # devdocs tu72: the later clause names its circular by number and year alone
    ("Theo Thông tư liên tịch 123/2008, Công an các tỉnh nộp thuế thu nhập cá nhân hằng quý chậm nhất ngày nào, còn "
     "theo 122/2008 Cục Tài chính/Bộ Quốc phòng chuyển thuế hằng quý chậm nhất ngày nào?",
     ["Theo Thông tư liên tịch 123/2008, Công an các tỉnh nộp thuế thu nhập cá nhân hằng quý chậm nhất ngày nào?",
      "Theo Thông tư liên tịch 122/2008 Cục Tài chính/Bộ Quốc phòng chuyển thuế hằng quý chậm nhất ngày nào?"]),
])
def test_a_later_clause_naming_its_source_by_number_alone_takes_the_first_type(question, asked):
    assert [part.text for part in split(question)] == asked


def test_a_bare_number_is_typed_only_after_theo():
    from assistant.parts import _bare_sources_typed
    pieces = ["Theo Chỉ thị 19/2008, ai chủ trì?", "còn 2.000/2008 hồ sơ thì sao?"]
    assert _bare_sources_typed(pieces) == pieces
    assert _bare_sources_typed(["Ai chủ trì?", "theo 19/2008 thì sao?"]) == ["Ai chủ trì?", "theo 19/2008 thì sao?"]


@pytest.mark.parametrize("question, asked", [
    # dev mw05: "mỗi văn bản" says each is asked; left in a part, "mỗi" is a topic no passage quotes
    ("Quyết định 807/QĐ-UBND và Công văn 706/UBND-VP7 của UBND tỉnh Ninh Bình mỗi văn bản giao cơ quan nào chủ trì?",
     ["Quyết định 807/QĐ-UBND giao cơ quan nào chủ trì?",
      "Công văn 706/UBND-VP7 của UBND tỉnh Ninh Bình giao cơ quan nào chủ trì?"]),
    ("Kế hoạch 193 và Kế hoạch 196, mỗi kế hoạch triển khai chỉ thị nào?",
     ["Kế hoạch 193 triển khai chỉ thị nào?", "Kế hoạch 196 triển khai chỉ thị nào?"]),
])
def test_each_document_said_is_left_out_of_its_part(question, asked):
    assert [part.text for part in split(question)] == asked
