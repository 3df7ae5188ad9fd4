"""Mends of review 40 (m40a): a commune UBND plan whose "Thứ nhất, về …:"
groups hold "-" tasks is no Party committee's plan, its groups stay headings
over their tasks (party_groups.py); a chairman of the UBND who "Chỉ đạo
Công an xã thực hiện …" hands the work to the Công an, only a Front or mass
organisation's chairman directing its own branches keeps the lead
(members.py)."""

from __future__ import annotations

from tests.plans.reading import by_title, check_task, read_plan

UBND_GROUPS = """ỦY BAN NHÂN DÂN
XÃ HÒA AN
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa An, ngày 15 tháng 02 năm 2026

KẾ HOẠCH
Xây dựng xã nông thôn mới nâng cao năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Phấn đấu đạt chuẩn xã nông thôn mới nâng cao trong năm 2026.

II. NHIỆM VỤ, GIẢI PHÁP
Thứ nhất, về phát triển sản xuất:
- Công chức Địa chính - Nông nghiệp chủ trì, phối hợp các thôn xây dựng 05 mô hình trồng rau an toàn, hoàn thành trong quý III/2026.
- Tổ chức tập huấn kỹ thuật chăn nuôi cho 300 hộ nông dân, hoàn thành trước ngày 30/6/2026.
- Vận động nhân dân chuyển đổi 20 ha đất lúa kém hiệu quả sang trồng cây ăn quả.
Thứ hai, về văn hóa - xã hội:
- Nâng cấp 04 nhà văn hóa thôn, hoàn thành trước ngày 31/10/2026.
- Duy trì hoạt động của các câu lạc bộ văn nghệ ở 8 thôn.
Thứ ba, về môi trường:
- Trồng 2.000 cây xanh dọc các tuyến đường liên thôn, hoàn thành trong tháng 3/2026.

III. TỔ CHỨC THỰC HIỆN
Các ban, ngành, đoàn thể xã căn cứ Kế hoạch này triển khai thực hiện.

Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Bình
"""


def test_a_commune_plans_ordinal_groups_keep_all_their_tasks():
    plan = read_plan(UBND_GROUPS)
    assert len(plan.tasks) == 6, [t.title for t in plan.tasks]
    tasks = by_title(plan)
    assert "Nâng cấp 04 nhà văn hóa thôn" in tasks
    check_task(
        tasks["Trồng 2.000 cây xanh dọc các tuyến đường liên thôn"],
        "",
        deadline="2026-03-31",
    )


MEMBERS = """ỦY BAN NHÂN DÂN
XÃ YÊN LẠC
Số: 30/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Lạc, ngày 01 tháng 4 năm 2026

KẾ HOẠCH
Bảo đảm an ninh trật tự và xây dựng nông thôn mới năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Giữ vững an ninh trật tự trên địa bàn xã.

II. NHIỆM VỤ
Tổ chức tập huấn cho 50 cán bộ thôn trong quý II/2026.

III. TỔ CHỨC THỰC HIỆN
1. Phân công các thành viên
- Đồng chí Nguyễn Văn Hòa, Chủ tịch UBND xã:
+ Chỉ đạo Công an xã thực hiện cao điểm tấn công trấn áp tội phạm, hoàn thành trước ngày 30/6/2026.
+ Chỉ đạo Ban quản lý các thôn triển khai mô hình camera an ninh.
- Đồng chí Lê Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam xã:
+ Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 7 thôn trong tháng 11/2026.
+ Chỉ đạo Ban Công tác Mặt trận các thôn thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới".

2. Chế độ báo cáo
Các thành viên triển khai thực hiện Kế hoạch này.

Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hòa
"""


def test_the_ubnd_chairman_directing_the_police_gives_them_the_lead():
    tasks = by_title(read_plan(MEMBERS))
    check_task(
        tasks["Thực hiện cao điểm tấn công trấn áp tội phạm"],
        "Công an xã",
        official="nguyen van hoa",
        deadline="2026-06-30",
    )
    check_task(tasks["Triển khai mô hình camera an ninh"], "Ban quản lý các thôn")


def test_the_front_chairman_directing_its_own_boards_keeps_the_lead():
    tasks = by_title(read_plan(MEMBERS))
    check_task(
        tasks['Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới"'],
        "Ủy ban MTTQ Việt Nam xã",
        ["Ban Công tác Mặt trận các thôn"],
        official="le thi thu",
    )
