"""The verbs a piece of work starts with (labels.toml [work]) decide whether
a paragraph under a topic heading is the task. Plans outside the corpus
start their work with verbs the list lacked ("Bảo dưỡng", "Thành lập",
"Kiện toàn", "Số hóa", "Nghiệm thu", "Phát động" …): under a heading that
only names a field, such a paragraph was not read as the task."""

from __future__ import annotations

import pytest

from tests.plans.reading import plan_of


@pytest.mark.parametrize(
    "work",
    [
        "Bảo dưỡng 6,5 km đường liên thôn",
        "Thành lập mới 02 hợp tác xã nông nghiệp",
        "Kiện toàn Ban phát triển các thôn",
        "Số hóa hồ sơ thủ tục hành chính của xã",
        "Nghiệm thu, bàn giao nhà văn hóa thôn Trung",
        "Phát động phong trào ngày Chủ nhật xanh",
        "Trải nhựa 1,2 km đường trục xã",
        "Giám sát chất lượng nước sạch tại các thôn",
    ],
)
def test_a_paragraph_that_starts_with_a_verb_of_work_under_a_topic_is_the_task(work):
    plan = plan_of(
        f"1. Lĩnh vực hạ tầng\n{work}. Phòng Kinh tế chủ trì; thời gian: Quý II/2027.\n"
    )
    assert [(t.title, t.lead_text) for t in plan.tasks] == [(work, "Phòng Kinh tế")]
