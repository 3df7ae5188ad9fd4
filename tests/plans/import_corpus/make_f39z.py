"""Writes set f39z's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39z.py

Set f39z: one family the importer read badly, written here before it was
changed for it: a plan typed as a chat message (Zalo-style) into a .txt or
a .md. A short header ("HỘI LHPN XÃ ĐẠI ĐỒNG" / "Số: 09/KH-HPN" / "Đại
Đồng, ngày 03/8/2026" / "KẾ HOẠCH" / a title with quotes), a chatty line
("Các chị chi hội trưởng lưu ý nhé"), "Căn cứ KH số 112/KH-UBND …", then
tasks as "Việc 1: …" (or "Việc 1.", "Nhiệm vụ 1:", "*Việc 1*", "👉 Việc
1:") each followed by short informal lines, one attribute a line, in any
order ("Chi hội Đông Xuyên chủ trì", "phối hợp chi đoàn Đông Xuyên", "làm
xong trước 30/8", "tháng 10/2026", "chị Vũ Thị Mai phụ trách", "ai phụ
trách: chị X", "hạn chót 15/9"), a closing "Báo cáo kết quả về Hội xã
trước ngày 20/11 nha các chị" that is no task, "Nơi nhận:" and the
signature.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_round32 import T, hdr  # noqa: E402

OUT = HERE / "f39z"

COMMENT = """Set f39z (a plan typed as a chat message: "Việc N: …" each followed
by short informal lines, one attribute a line), written before the importer
was changed for it: {what}
Assumptions: the task's title is the "Việc N" line's text, capitalised;
"<unit> chủ trì" is the lead (one unit, even "các chi hội Trại, Giữa"),
"phối hợp <units>" the partners, "chị/anh <name> phụ trách" (or "ai phụ
trách: chị <name>") the official, "xong trước / hạn / hạn chót / trước
ngày <day>" the deadline, "tháng M/YYYY" a month (its last day the
deadline, its first the start); a day without a year takes the plan's
year; "KH số" is "Kế hoạch số"; a closing "Báo cáo kết quả … nha các chị"
is no task; the chatty lines are nothing."""


# --- 1 (.txt): the women's union's message, as the brief describes it ------

DAI_DONG = """HỘI LHPN XÃ ĐẠI ĐỒNG
Số: 09/KH-HPN
Đại Đồng, ngày 03/8/2026
KẾ HOẠCH
Thực hiện phong trào "5 không 3 sạch" góp phần xây dựng NTM 6 tháng cuối năm 2026
Các chị chi hội trưởng lưu ý nhé
Căn cứ KH số 112/KH-UBND ngày 25/7/2026 của UBND xã
Việc 1: ra quân dọn vệ sinh đường làng ngõ xóm
Chi hội Đông Xuyên chủ trì
phối hợp chi đoàn Đông Xuyên
làm xong trước 30/8
Việc 2: tập huấn phân loại rác thải tại nguồn cho hội viên
BCH Hội xã chủ trì, phối hợp Ban phát triển các thôn
tháng 10/2026
chị Vũ Thị Mai phụ trách
Việc 3: trồng hoa trên tuyến đường trục thôn Trại, thôn Giữa
hạn 15/9/2026
các chi hội Trại, Giữa chủ trì
Báo cáo kết quả về Hội xã trước ngày 20/11 nha các chị
Nơi nhận:
- BTV Hội LHPN huyện;
- Đảng ủy xã;
- Các chi hội;
- lưu
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nguyễn Thị Hòa
"""


def dai_dong_txt():
    title = (
        'Thực hiện phong trào "5 không 3 sạch" góp phần xây dựng NTM 6 tháng cuối '
        "năm 2026"
    )
    head = hdr("09", "KH-HPN", "Đại Đồng", "2026-08-03", title,
               "HỘI LHPN XÃ ĐẠI ĐỒNG", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
               "Nguyễn Thị Hòa", ["112/KH-UBND"], 4)  # fmt: skip
    tasks = [
        T("Ra quân dọn vệ sinh đường làng ngõ xóm", "Chi hội Đông Xuyên",
          ["Chi đoàn Đông Xuyên"], "2026-08-30"),
        T("Tập huấn phân loại rác thải tại nguồn cho hội viên", "BCH Hội xã",
          ["Ban phát triển các thôn"], "2026-10-31", "2026-10-01",
          official="Vũ Thị Mai"),
        T("Trồng hoa trên tuyến đường trục thôn Trại, thôn Giữa",
          "Các chi hội Trại, Giữa", [], "2026-09-15"),
    ]  # fmt: skip
    return ("f39z-hpn-dai-dong-tin-nhan.txt", DAI_DONG, "a women's union's plan "
            "typed as a chat message into a .txt: 'Việc 1: …' lines each followed by "
            "'<unit> chủ trì', 'phối hợp …', 'làm xong trước 30/8', 'chị … phụ "
            "trách' in any order.", head, tasks)  # fmt: skip


# --- 2 (.md): a Youth union's message, "*Việc 1*" and 👉 bullets -----------

DOAN = """ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ TÂN LẬP
Số: 15-KH/ĐTN
Tân Lập, ngày 12/5/2026
KẾ HOẠCH
Ra quân "Ngày Chủ nhật xanh" hưởng ứng xây dựng nông thôn mới hè 2026
Các đồng chí bí thư chi đoàn đọc kỹ giúp mình nhé 😊
Căn cứ KH số 45/KH-UBND ngày 05/5/2026 của UBND xã Tân Lập
*Việc 1*: làm đường hoa thanh niên tại thôn Đồng Lạc
👉 Chi đoàn Đồng Lạc chủ trì
👉 phối hợp Hội Cựu chiến binh thôn Đồng Lạc
👉 xong trước 30/6
*Việc 2*: thu gom rác thải nhựa dọc kênh N2
👉 hạn chót 20/7
👉 ai phụ trách: anh Hoàng Văn Nam
👉 Đội thanh niên tình nguyện xã chủ trì
*Việc 3*: sơn sửa nhà văn hóa các thôn
👉 tháng 8/2026
👉 BCH Đoàn xã chủ trì, phối hợp Ban phát triển các thôn, Hội Phụ nữ xã
ok các bạn, có gì vướng nhắn mình
Nơi nhận:
- Đảng ủy xã;
- Các chi đoàn;
- lưu VP
TM. BAN CHẤP HÀNH
BÍ THƯ
Lê Minh Tuấn
"""


def doan_md():
    title = 'Ra quân "Ngày Chủ nhật xanh" hưởng ứng xây dựng nông thôn mới hè 2026'
    head = hdr("15", "KH/ĐTN", "Tân Lập", "2026-05-12", title,
               "BCH ĐOÀN XÃ TÂN LẬP", "TM. BAN CHẤP HÀNH", "BÍ THƯ",
               "Lê Minh Tuấn", ["45/KH-UBND"], 3)  # fmt: skip
    tasks = [
        T("Làm đường hoa thanh niên tại thôn Đồng Lạc", "Chi đoàn Đồng Lạc",
          ["Hội Cựu chiến binh thôn Đồng Lạc"], "2026-06-30"),
        T("Thu gom rác thải nhựa dọc kênh N2", "Đội thanh niên tình nguyện xã", [],
          "2026-07-20", official="Hoàng Văn Nam"),
        T("Sơn sửa nhà văn hóa các thôn", "BCH Đoàn xã",
          ["Ban phát triển các thôn", "Hội Phụ nữ xã"], "2026-08-31", "2026-08-01"),
    ]  # fmt: skip
    return ("f39z-doan-tan-lap-zalo.md", DOAN, "a Youth union's plan typed as a "
            "chat message into a .md: '*Việc 1*: …' lines each followed by '👉' "
            "bullets, one attribute each ('hạn chót 20/7', 'ai phụ trách: anh …').",
            head, tasks)  # fmt: skip


# --- 3 (.txt): a village's message, "Nhiệm vụ 1:" and dash lines ----------

THON = """BAN PHÁT TRIỂN THÔN HẠ LŨNG
Số: 03/KH-BPT
Hạ Lũng, ngày 20/9/2026
KẾ HOẠCH
Làm đường bê tông ngõ xóm và thắp sáng đường quê quý IV năm 2026
Bà con các tổ đọc rồi nhắn lại cho thôn nhé
Căn cứ Kế hoạch số 210/KH-UBND ngày 10/9/2026 của UBND xã Nga Sơn
Nhiệm vụ 1: đổ bê tông ngõ xóm tổ 3, tổ 4
- trước ngày 30/10
- Tổ tự quản số 3 chủ trì
- phối hợp Chi hội Cựu chiến binh thôn, Chi đoàn thôn
Nhiệm vụ 2: lắp 40 bóng đèn đường quê
- ông Trịnh Văn Hùng phụ trách
- Chi hội Nông dân thôn chủ trì
- tháng 11/2026
Nhiệm vụ 3: vận động bà con hiến đất mở rộng ngõ
- Ban công tác Mặt trận thôn chủ trì
- hạn chót 15/12
Ok bà con, cuối tháng 12 thôn họp tổng kết
Nơi nhận:
- UBND xã;
- Các tổ;
- lưu
TRƯỞNG BAN
Phạm Văn Lực
"""


def thon_txt():
    title = "Làm đường bê tông ngõ xóm và thắp sáng đường quê quý IV năm 2026"
    head = hdr("03", "KH-BPT", "Hạ Lũng", "2026-09-20", title,
               "BAN PHÁT TRIỂN THÔN HẠ LŨNG", "", "TRƯỞNG BAN", "Phạm Văn Lực",
               ["210/KH-UBND"], 3)  # fmt: skip
    tasks = [
        T("Đổ bê tông ngõ xóm tổ 3, tổ 4", "Tổ tự quản số 3",
          ["Chi hội Cựu chiến binh thôn", "Chi đoàn thôn"], "2026-10-30"),
        T("Lắp 40 bóng đèn đường quê", "Chi hội Nông dân thôn", [], "2026-11-30",
          "2026-11-01", official="Trịnh Văn Hùng"),
        T("Vận động bà con hiến đất mở rộng ngõ", "Ban công tác Mặt trận thôn", [],
          "2026-12-15"),
    ]  # fmt: skip
    return ("f39z-thon-ha-lung-nhiem-vu.txt", THON, "a village's plan typed as a "
            "chat message: 'Nhiệm vụ 1: …' lines each followed by '- ' lines, one "
            "attribute each, the deadline first ('- trước ngày 30/10').", head,
            tasks)  # fmt: skip


# --- 4 (.txt): a farmers' union's message, "Việc 1." and emoji bullets -----

NONG_DAN = """HỘI NÔNG DÂN XÃ YÊN PHÚ
Số: 21/KH-HND
Yên Phú, ngày 02/3/2026
KẾ HOẠCH
Xây dựng mô hình "Vườn mẫu" góp phần nâng cao tiêu chí NTM năm 2026
Gửi các chi hội trưởng, anh chị xem và triển khai giúp nhé
Căn cứ KH số 18/KH-UBND ngày 20/02/2026 của UBND xã Yên Phú;
Căn cứ HD số 07/HD-HND ngày 10/01/2026 của Hội Nông dân huyện;
Việc 1. cải tạo 15 vườn tạp thành vườn mẫu
✅ chi hội Nông dân thôn Phú Thọ chủ trì
✅ hạn 30/6
✅ phối hợp Hợp tác xã nông nghiệp Yên Phú
Việc 2. mở lớp tập huấn kỹ thuật trồng cây ăn quả
✅ xong trước 15/4
✅ anh Đỗ Văn Khải phụ trách
✅ BCH Hội xã chủ trì, phối hợp Trạm khuyến nông
Việc 3. chấm điểm, công nhận vườn mẫu
✅ quý IV/2026
✅ Ban Thường vụ Hội xã chủ trì
Các chi hội báo cáo kết quả về Hội xã trước ngày 10/12 nha
Nơi nhận:
- Hội ND huyện;
- Đảng ủy xã;
- lưu
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Bùi Văn Thắng
"""


def nong_dan_txt():
    title = 'Xây dựng mô hình "Vườn mẫu" góp phần nâng cao tiêu chí NTM năm 2026'
    head = hdr("21", "KH-HND", "Yên Phú", "2026-03-02", title,
               "HỘI NÔNG DÂN XÃ YÊN PHÚ", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
               "Bùi Văn Thắng", ["18/KH-UBND", "07/HD-HND"], 3)  # fmt: skip
    tasks = [
        T("Cải tạo 15 vườn tạp thành vườn mẫu", "Chi hội Nông dân thôn Phú Thọ",
          ["Hợp tác xã nông nghiệp Yên Phú"], "2026-06-30"),
        T("Mở lớp tập huấn kỹ thuật trồng cây ăn quả", "BCH Hội xã",
          ["Trạm khuyến nông"], "2026-04-15", official="Đỗ Văn Khải"),
        T("Chấm điểm, công nhận vườn mẫu", "Ban Thường vụ Hội xã", [], "2026-12-31",
          "2026-10-01"),
    ]  # fmt: skip
    return ("f39z-hnd-yen-phu-viec-cham.txt", NONG_DAN, "a farmers' union's plan "
            "typed as a chat message: 'Việc 1. …' lines each followed by '✅' lines, "
            "one attribute each, and two bases.", head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (dai_dong_txt, doan_md, thon_txt, nong_dan_txt):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
