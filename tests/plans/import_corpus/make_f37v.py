"""Writes set f37v's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f37v.py

Set f37v: two families the importer read badly, written here before it was
changed for them:

F1. a village's plan pasted into an e-mail (.md and .txt: "**Từ:** …
    **Gửi:** … **Tiêu đề:** …", a greeting and a cover note, "---", then
    the plan) whose tasks are topic paragraphs wrapped at about 90
    characters under "**2. Những việc thôn làm trong năm**" (or "Các việc
    cần làm"): "Về đường giao thông, thôn sẽ bê tông hóa …. Ban phát triển
    thôn giao cho ông X, Phó Trưởng thôn, phụ trách việc này, cùng Chi hội
    … huy động ngày công; làm xong trước ngày 30/6/2026.";
F2. a plan typed from a scan (.txt): doubled spaces everywhere, the
    header's two columns on the same lines, a letter-spaced "K Ế  H O Ạ C
    H", the title over two indented lines, bases wrapped onto the next
    line, a page number and a rule between pages, items wrapped
    mid-sentence.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_round32 import T, hdr  # noqa: E402

OUT = HERE / "f37v"

COMMENT = """Set f37v (a village's plan pasted into an e-mail with topic
paragraphs; a plan typed from a scan), written before the importer was
changed for it: {what}
Assumptions: the topic ("Về …,") and the village as the subject ("thôn
sẽ") are no part of a task's name, nor its cost; the person before "phụ
trách" is the official (the name measured), the bodies after "cùng" /
"phối hợp với" the partners, a task the village does itself has no lead;
a month's or a quarter's last day is the deadline, a range's first day its
start; a scan's doubled spaces are single spaces, its title is kept as
written."""


def _mail(sender, to, subject, greeting, note, plan):
    return (
        f"**Từ:** {sender}\n**Gửi:** {to}\n**Tiêu đề:** {subject}\n\n"
        f"{greeting}\n\n{note}\n\nTrân trọng.\n\n---\n\n{plan}"
    )


# --- F1 (.md): a village's plan pasted into an e-mail ----------------------

NA_CA = """BAN PHÁT TRIỂN THÔN NÀ CA
Nà Ca, ngày 02 tháng 4 năm 2026

**KẾ HOẠCH**
**Xây dựng thôn Nà Ca đạt chuẩn nông thôn mới năm 2026**

Căn cứ Biên bản họp thôn ngày 28/3/2026, Ban phát triển thôn Nà Ca xây dựng kế hoạch
như sau:

**1. Mục tiêu**

Phấn đấu đến hết năm 2026 thôn Nà Ca đạt đủ các tiêu chí thôn nông thôn mới, thu nhập
bình quân đầu người đạt 45 triệu đồng/năm.

**2. Những việc thôn làm trong năm**

Về đường giao thông, thôn sẽ bê tông hóa đoạn đường từ nhà ông Nông Văn P đến khe
Khuổi Lừa, dài 650 m, rộng 3 m. Ban phát triển thôn giao cho ông Hoàng Văn T, Phó
Trưởng thôn, phụ trách việc này, cùng Chi hội Nông dân và Chi đoàn thanh niên thôn huy
động ngày công; làm xong trước ngày 30/6/2026.

Về cảnh quan, môi trường, Chi hội Phụ nữ thôn chủ trì trồng và chăm sóc 400 m hàng rào
xanh dọc đường trục thôn, thời gian từ tháng 4 đến hết tháng 8/2026.

Về nhà văn hóa, thôn sửa lại mái và lát nền nhà văn hóa thôn, kinh phí dự kiến 85 triệu
đồng (nhân dân đóng góp 30 triệu đồng). Trưởng thôn Lương Văn Đ trực tiếp phụ trách,
xong trong Quý III/2026.

Về sản xuất, vận động các hộ chuyển 5 ha đất ngô sang trồng cây ăn quả; Chi hội Nông dân
thôn chủ trì, phối hợp với Hợp tác xã Nông nghiệp Quảng Hòa, thực hiện trong năm 2026.

**3. Tổ chức thực hiện**

Ban phát triển thôn họp mỗi tháng một lần để kiểm điểm, báo cáo UBND xã kết quả.

Nơi nhận:
- UBND xã Quảng Hòa (b/c);
- Các hộ trong thôn;
- Lưu.

TM. BAN PHÁT TRIỂN THÔN
TRƯỞNG BAN

Lương Văn Đ
"""


def na_ca_md():
    data = _mail(
        "Lương Văn Đ <thonnaca@gmail.com>",
        "UBND xã Quảng Hòa <ubndquanghoa@gmail.com>",
        "Kế hoạch xây dựng thôn Nà Ca đạt chuẩn nông thôn mới năm 2026",
        "Kính gửi UBND xã Quảng Hòa,",
        "Thôn Nà Ca xin gửi kế hoạch xây dựng nông thôn mới năm 2026 của thôn để xã xem\n"
        "xét, tổng hợp. Có gì chưa đúng xin xã góp ý để thôn sửa lại.",
        NA_CA,
    )
    head = hdr("", "", "Nà Ca", "2026-04-02",
               "Xây dựng thôn Nà Ca đạt chuẩn nông thôn mới năm 2026",
               "BAN PHÁT TRIỂN THÔN NÀ CA", "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN",
               "Lương Văn Đ", ["Biên bản ngày 28/3/2026"], 3)  # fmt: skip
    tasks = [
        T("Bê tông hóa đoạn đường từ nhà ông Nông Văn P đến khe Khuổi Lừa, dài 650 m, "
          "rộng 3 m", "", ["Chi hội Nông dân", "Chi đoàn thanh niên thôn"],
          "2026-06-30", official="Hoàng Văn T"),
        T("Trồng và chăm sóc 400 m hàng rào xanh dọc đường trục thôn",
          "Chi hội Phụ nữ thôn", [], "2026-08-31", "2026-04-01"),
        T("Sửa lại mái và lát nền nhà văn hóa thôn", "", [], "2026-09-30",
          "2026-07-01", official="Lương Văn Đ"),
        T("Vận động các hộ chuyển 5 ha đất ngô sang trồng cây ăn quả",
          "Chi hội Nông dân thôn", ["Hợp tác xã Nông nghiệp Quảng Hòa"],
          "2026-12-31", "2026-01-01"),
    ]  # fmt: skip
    return (
        "f37v-thon-na-ca-thu.md",
        data,
        "a village's plan pasted into an "
        "e-mail (.md, '**Từ:** … **Gửi:** … **Tiêu đề:** …', a greeting, '---'): "
        "topic paragraphs ('Về đường giao thông, thôn sẽ …') wrapped at about 90 "
        "characters under '**2. Những việc thôn làm trong năm**'.",
        head,
        tasks,
    )


# --- F1 (.txt): another village, "Các việc cần làm" ------------------------

KHUOI_KHON = """THÔN KHUỔI KHON
Khuổi Khon, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Xây dựng thôn Khuổi Khon nông thôn mới kiểu mẫu năm 2026

Căn cứ Biên bản họp thôn ngày 25/02/2026, thôn Khuổi Khon xây dựng kế hoạch như
sau:

1. Mục tiêu
Giữ vững các tiêu chí thôn nông thôn mới, phấn đấu đạt thôn kiểu mẫu trong năm 2026.

2. Các việc cần làm

Về giao thông nội đồng, thôn sẽ cứng hóa 1,2 km đường ra cánh đồng Nà Pàn, rộng
2,5 m. Ban phát triển thôn giao cho ông Triệu Văn Sơn, Phó Trưởng thôn, phụ trách việc
này, cùng Tổ hợp tác chăn nuôi thôn và Chi hội Cựu chiến binh thôn huy động ngày công;
làm xong trước ngày 31/5/2026.

Về nước sạch, thôn lắp đặt bể lọc nước tập trung cho 35 hộ ở xóm Nà Pài, kinh phí dự
kiến 120 triệu đồng. Trưởng thôn Hà Thị Nhung trực tiếp phụ trách, xong trong Quý
II/2026.

Về văn hóa, Chi đoàn thanh niên thôn chủ trì tổ chức giải bóng chuyền và đêm văn nghệ
mừng Xuân, thời gian từ tháng 1 đến hết tháng 2/2027.

Về môi trường, vận động các hộ làm hố rác và chuồng trại xa nhà ở; Chi hội Phụ nữ
thôn chủ trì, phối hợp với Trạm Y tế xã Quảng Hòa, thực hiện trong năm 2026.

3. Tổ chức thực hiện
Trưởng thôn báo cáo kết quả với UBND xã trước ngày 15/12/2026.

Nơi nhận:
- UBND xã Quảng Hòa (b/c);
- Lưu.

TRƯỞNG THÔN

Hà Thị Nhung
"""


def khuoi_khon_txt():
    data = (
        "Từ: Hà Thị Nhung <khuoikhon2026@gmail.com>\n"
        "Gửi: Văn phòng NTM xã Quảng Hòa <vpntm.quanghoa@gmail.com>\n"
        "Tiêu đề: Kế hoạch thôn Khuổi Khon năm 2026\n\n"
        "Kính gửi Văn phòng Nông thôn mới xã,\n\n"
        "Thôn Khuổi Khon gửi kế hoạch năm 2026, mong Văn phòng xem giúp.\n\n"
        "Cảm ơn.\n\n---\n\n" + KHUOI_KHON
    )
    head = hdr("", "", "Khuổi Khon", "2026-03-05",
               "Xây dựng thôn Khuổi Khon nông thôn mới kiểu mẫu năm 2026",
               "THÔN KHUỔI KHON", "", "TRƯỞNG THÔN", "Hà Thị Nhung",
               ["Biên bản ngày 25/02/2026"], 2)  # fmt: skip
    tasks = [
        T("Cứng hóa 1,2 km đường ra cánh đồng Nà Pàn, rộng 2,5 m", "",
          ["Tổ hợp tác chăn nuôi thôn", "Chi hội Cựu chiến binh thôn"], "2026-05-31",
          official="Triệu Văn Sơn"),
        T("Lắp đặt bể lọc nước tập trung cho 35 hộ ở xóm Nà Pài", "", [],
          "2026-06-30", "2026-04-01", official="Hà Thị Nhung"),
        T("Tổ chức giải bóng chuyền và đêm văn nghệ mừng Xuân",
          "Chi đoàn thanh niên thôn", [], "2027-02-28", "2027-01-01"),
        T("Vận động các hộ làm hố rác và chuồng trại xa nhà ở", "Chi hội Phụ nữ thôn",
          ["Trạm Y tế xã Quảng Hòa"], "2026-12-31", "2026-01-01"),
    ]  # fmt: skip
    return (
        "f37v-thon-khuoi-khon-thu.txt",
        data,
        "a village's plan pasted into a "
        "plain-text e-mail ('Từ: … Gửi: … Tiêu đề: …', '---'): topic paragraphs "
        "wrapped at about 90 characters under '2. Các việc cần làm'.",
        head,
        tasks,
    )


# --- F2 (.txt): a Party committee's plan typed from a scan ------------------

YEN_THANH = """ĐẢNG   BỘ  TỈNH  NGHỆ  AN                    ĐẢNG  CỘNG  SẢN  VIỆT  NAM
ĐẢNG  ỦY  XÃ  YÊN  THÀNH
          *          Yên Thành,  ngày 22 tháng 10  năm 2026
Số  15 -KH/ĐU

                         K Ế  H O Ạ C H
          thực  hiện  Chương  trình  hành  động  xây  dựng  xã  nông  thôn
               mới  nâng  cao  giai  đoạn  2026  -  2030

- Căn  cứ Nghị quyết số 01-NQ/ĐH ngày 15/7/2025 của Đại hội Đảng bộ xã Yên
Thành lần thứ XXV, nhiệm kỳ 2025 - 2030;
- Căn  cứ Chương  trình  số  05-CTr/TU  ngày  20/3/2026  của  Ban  Thường  vụ
Tỉnh ủy về xây dựng nông thôn mới;
- Căn  cứ Kết luận của Ban Thường vụ Đảng ủy  ngày 15/10/2026,
Đảng  ủy  xã  xây  dựng  kế  hoạch  thực  hiện  như  sau:

I.  MỤC  ĐÍCH,  YÊU  CẦU
Nâng  cao  chất  lượng  các  tiêu  chí  xã  nông  thôn  mới  nâng  cao,  phát  huy
vai  trò  của  cả  hệ  thống  chính  trị.

II.  NHIỆM  VỤ  CỤ  THỂ
1.  Hoàn  thành  nhựa  hóa  3,5  km  đường  trục  xã  từ  xóm  Đông  đến  xóm  Bắc.
Giao  Ủy  ban  nhân  dân  xã  chủ  trì,  phối  hợp  với  Ủy  ban  Mặt  trận  Tổ  quốc
xã,  hoàn  thành  trước  ngày  30/6/2027.
2.  Xây  dựng  mô  hình  vườn  mẫu  tại  5  xóm.  Giao  Hội  Nông  dân  xã  chủ  trì,
phối  hợp  với  Hội  Làm  vườn  xã,  thực  hiện  trong  năm  2027.

                                       - 2 -
________________________________________________________________________________
3.  Nâng  cấp  trạm  y  tế  xã  đạt  chuẩn  quốc  gia  giai  đoạn  2.  Giao  Ủy  ban
nhân  dân  xã  chủ  trì,  phối  hợp  với  Trạm  Y  tế  xã,  hoàn  thành  trong  Quý
II/2027.
4.  Tuyên  truyền  vận  động  nhân  dân  tham  gia  phân  loại  rác  tại  nguồn.  Giao
Ủy  ban  Mặt  trận  Tổ  quốc  xã  chủ  trì,  phối  hợp  với  các  đoàn  thể,  thực  hiện
thường  xuyên.

III.  TỔ  CHỨC  THỰC  HIỆN
Các  chi  bộ  căn  cứ  kế  hoạch  xây  dựng  chương  trình  thực  hiện.

Nơi nhận:                                        T/M  ĐẢNG  ỦY
- Ban Thường vụ Huyện ủy (b/c),                        BÍ  THƯ
- Các chi bộ,
- Lưu VP.
                                                   Nguyễn  Văn  Hùng
"""


def yen_thanh_txt():
    head = hdr("15", "KH/ĐU", "Yên Thành", "2026-10-22",
               "thực hiện Chương trình hành động xây dựng xã nông thôn mới nâng cao "
               "giai đoạn 2026 - 2030", "ĐẢNG ỦY XÃ YÊN THÀNH", "T/M ĐẢNG ỦY", "BÍ THƯ",
               "Nguyễn Văn Hùng",
               ["01-NQ/ĐH", "05-CTr/TU", "Kết luận ngày 15/10/2026"], 3)  # fmt: skip
    tasks = [
        T("Hoàn thành nhựa hóa 3,5 km đường trục xã từ xóm Đông đến xóm Bắc",
          "Ủy ban nhân dân xã", ["Ủy ban Mặt trận Tổ quốc xã"], "2027-06-30"),
        T("Xây dựng mô hình vườn mẫu tại 5 xóm", "Hội Nông dân xã",
          ["Hội Làm vườn xã"], "2027-12-31", "2027-01-01"),
        T("Nâng cấp trạm y tế xã đạt chuẩn quốc gia giai đoạn 2", "Ủy ban nhân dân xã",
          ["Trạm Y tế xã"], "2027-06-30", "2027-04-01"),
        T("Tuyên truyền vận động nhân dân tham gia phân loại rác tại nguồn",
          "Ủy ban Mặt trận Tổ quốc xã", ["các đoàn thể"], "2026-12-31"),
    ]  # fmt: skip
    return (
        "f37v-dang-uy-yen-thanh-ban-go.txt",
        YEN_THANH,
        "a Party committee's "
        "plan typed from a scan: doubled spaces everywhere, the header's two "
        "columns on the same lines, 'K Ế  H O Ạ C H', the title over two indented "
        "lines, bases wrapped, a page number and a rule between pages, items "
        "wrapped mid-sentence.",
        head,
        tasks,
    )


# --- F2 (.txt): a commune's plan typed from a scan, two-column motto --------

DO_THANH = """ỦY  BAN  NHÂN  DÂN                    CỘNG  HÒA  XÃ  HỘI  CHỦ  NGHĨA  VIỆT  NAM
XÃ  ĐÔ  THÀNH                              Độc  lập  -  Tự  do  -  Hạnh  phúc
Số:  42 /KH-UBND                           Đô Thành,  ngày  05  tháng  11  năm  2026

                              K Ế  H O Ạ C H
          Duy  trì  và  nâng  cao  chất  lượng  các  tiêu  chí  nông  thôn  mới
                              năm  2027

- Căn  cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ
ban hành Bộ tiêu chí quốc gia về xã nông thôn mới;
- Căn  cứ Nghị quyết số 12/NQ-HĐND ngày 20/7/2026 của Hội đồng nhân dân xã Đô
Thành;
Ủy  ban  nhân  dân  xã  xây  dựng  kế  hoạch  như  sau:

I.  MỤC  TIÊU
Giữ  vững  19/19  tiêu  chí  nông  thôn  mới,  thu  nhập  bình  quân  đạt  68  triệu
đồng/người/năm.

II.  NHIỆM  VỤ  VÀ  GIẢI  PHÁP
1.  Cải  tạo  2  km  kênh  mương  nội  đồng  xóm  Trung.  Giao  Hợp  tác  xã  Nông
nghiệp  Đô  Thành  chủ  trì,  phối  hợp  với  Ban  quản  lý  các  xóm,  hoàn  thành
trước  ngày  31/3/2027.
2.  Tổ  chức  05  lớp  tập  huấn  kỹ  thuật  trồng  lúa  hữu  cơ  cho  nông  dân.
Giao  Hội  Nông  dân  xã  chủ  trì,  phối  hợp  với  Trạm  Khuyến  nông,  thực  hiện
trong  Quý  II/2027.

                                       - 2 -
________________________________________________________________________________
3.  Xây  dựng  02  tuyến  đường  điện  chiếu  sáng  tại  xóm  Đông  và  xóm  Nam.
Giao  Đoàn  Thanh  niên  xã  chủ  trì,  phối  hợp  với  Hội  Cựu  chiến  binh  xã,
hoàn  thành  trước  ngày  30/9/2027.

III.  TỔ  CHỨC  THỰC  HIỆN
Các  ban,  ngành,  đoàn  thể  xã  báo  cáo  kết  quả  về  UBND  xã  trước  ngày
10/12/2027.

Nơi nhận:                                        TM.  ỦY  BAN  NHÂN  DÂN
- Đảng ủy xã (b/c);                                     CHỦ  TỊCH
- Các ban, ngành, đoàn thể;
- Lưu VT.
                                                   Lê  Thị  Hòa
"""


def do_thanh_txt():
    head = hdr("42", "KH-UBND", "Đô Thành", "2026-11-05",
               "Duy trì và nâng cao chất lượng các tiêu chí nông thôn mới năm 2027",
               "ỦY BAN NHÂN DÂN XÃ ĐÔ THÀNH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Lê Thị Hòa", ["318/QĐ-TTg", "12/NQ-HĐND"], 3)  # fmt: skip
    tasks = [
        T("Cải tạo 2 km kênh mương nội đồng xóm Trung",
          "Hợp tác xã Nông nghiệp Đô Thành", ["Ban quản lý các xóm"], "2027-03-31"),
        T("Tổ chức 05 lớp tập huấn kỹ thuật trồng lúa hữu cơ cho nông dân",
          "Hội Nông dân xã", ["Trạm Khuyến nông"], "2027-06-30", "2027-04-01"),
        T("Xây dựng 02 tuyến đường điện chiếu sáng tại xóm Đông và xóm Nam",
          "Đoàn Thanh niên xã", ["Hội Cựu chiến binh xã"], "2027-09-30"),
    ]  # fmt: skip
    return (
        "f37v-xa-do-thanh-ban-go.txt",
        DO_THANH,
        "a commune's plan typed from "
        "a scan: doubled spaces everywhere, the issuer and the motto side by "
        "side, 'Số:  42 /KH-UBND' beside the place and date, 'K Ế  H O Ạ C H', "
        "the title over two indented lines, bases wrapped, a page number and a "
        "rule between pages, items wrapped mid-sentence.",
        head,
        tasks,
    )


def main():
    OUT.mkdir(exist_ok=True)
    for make in (na_ca_md, khuoi_khon_txt, yen_thanh_txt, do_thanh_txt):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
