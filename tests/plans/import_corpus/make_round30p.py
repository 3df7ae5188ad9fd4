"""Writes round 30p's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round30p.py

Round 30p varies the prose families a second blind hold-out of commune
plans (round 30) still measured as failing on main 7bb6797, each written
here from its description before the importer was changed for it: a
numbered paragraph whose first sentence is the work and whose last gives
it to a body.

P1. "<body> giao <body> chủ trì, phối hợp …": the body given the work
    leads it, not the one that gives it ("UBND xã giao …", "Ban Thường vụ
    Đảng ủy giao cho …", "Chi bộ giao …").
P2. an aside between "chủ trì" and "phối hợp" ("dưới sự lãnh đạo của Chi
    bộ thôn", "theo hướng dẫn của …"): no partner, and the partners after
    it are still read.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import commune_header, write  # noqa: E402

OUT = HERE / "round30p"

COMMENT = """Round 30p (a numbered paragraph: the work, then who leads it),
written before the importer was changed for it: {what}
Assumptions: the title is the paragraph's first sentence; the body given
the work ("… giao X chủ trì") leads it, not the one that gives it; an
aside after "chủ trì" ("dưới sự lãnh đạo của …", "theo hướng dẫn của …")
is no partner; the partners are those after "phối hợp (với)" up to the
work's verb; the deadline is the time clause, a month's or quarter's last
day."""

EA_TIEU = [
    ("Tuyên truyền, vận động nhân dân giữ gìn an ninh trật tự tại các buôn. "
     "UBND xã giao Công an xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã "
     "thực hiện, hoàn thành trước 30/9/2027.",
     {"title": "Tuyên truyền, vận động nhân dân giữ gìn an ninh trật tự tại các buôn",
      "lead": "Công an xã", "coordinating": ["Ban Chỉ huy Quân sự xã"],
      "deadline": "2027-09-30"}),
    ("Xây dựng mô hình buôn văn hóa kiểu mẫu tại buôn Ea Tiêu. Ban tự quản buôn "
     "Ea Tiêu chủ trì thực hiện dưới sự lãnh đạo của Chi bộ buôn, phối hợp với "
     "Phòng Văn hóa - Xã hội; hoàn thành trong quý III/2027.",
     {"title": "Xây dựng mô hình buôn văn hóa kiểu mẫu tại buôn Ea Tiêu",
      "lead": "Ban tự quản buôn Ea Tiêu", "coordinating": ["Phòng Văn hóa - Xã hội"],
      "deadline": "2027-09-30"}),
    ("Tổ chức khám sàng lọc bệnh không lây nhiễm cho người cao tuổi. Trạm Y tế "
     "xã chủ trì, theo hướng dẫn của Trung tâm Y tế khu vực, phối hợp với Hội "
     "Người cao tuổi xã thực hiện, hoàn thành tháng 11/2027.",
     {"title": "Tổ chức khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
      "lead": "Trạm Y tế xã", "coordinating": ["Hội Người cao tuổi xã"],
      "deadline": "2027-11-30"}),
    ("Ra quân làm sạch đường làng, ngõ xóm tại 12 buôn. UBND xã giao cho Đoàn "
     "Thanh niên xã chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã thực hiện; hoàn "
     "thành tháng 6/2027.",
     {"title": "Ra quân làm sạch đường làng, ngõ xóm tại 12 buôn",
      "lead": "Đoàn Thanh niên xã", "coordinating": ["Hội Liên hiệp Phụ nữ xã"],
      "deadline": "2027-06-30"}),
]  # fmt: skip

EA_TIEU_TITLE = "Xây dựng buôn văn hóa, an toàn năm 2027"


def ea_tieu() -> str:
    body = "\n".join(f"{i}. {s}" for i, (s, _) in enumerate(EA_TIEU, 1))
    return f"""ỦY BAN NHÂN DÂN
XÃ EA TIÊU
Số: 31/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ea Tiêu, ngày 12 tháng 02 năm 2027

KẾ HOẠCH
{EA_TIEU_TITLE}

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu 100% buôn giữ vững danh hiệu buôn văn hóa.

II. NHIỆM VỤ, GIẢI PHÁP
{body}

III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đoàn thể xã căn cứ nhiệm vụ được giao chủ động tổ chức thực hiện.

Nơi nhận:
- Đảng ủy xã;
- Các buôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Y Bhim Niê
"""


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write(
        OUT,
        "r30p-xa-ea-tieu-giao-chu-tri.txt",
        ea_tieu(),
        COMMENT.format(
            what="a commune's plan pasted into a .txt, four numbered paragraphs "
            '("UBND xã giao (cho) X chủ trì", an aside after "chủ trì").'
        ),
        commune_header("Ea Tiêu", "31", "2027-02-12", EA_TIEU_TITLE, "Y Bhim Niê", 3),
        [fields for _, fields in EA_TIEU],
    )


if __name__ == "__main__":
    main()
