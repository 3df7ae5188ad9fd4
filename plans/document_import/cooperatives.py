"""A cooperative's name in a plan's header: "HỢP TÁC XÃ NÔNG NGHIỆP" over
"DỊCH VỤ TỔNG HỢP ĐẠI HIỆP" is one name, its first line the cooperative's
trade only (labels.toml [issuer] cooperatives, cooperative_trades); and the
"xã" of "hợp tác xã" names no commune (`AFTER_COOPERATIVE`)."""

from __future__ import annotations

import re

from plans.document_import.labels import pattern

_TRADE_ONLY = re.compile(
    rf"(?:{pattern('issuer', 'cooperatives')})"
    rf"(?:\s*(?:{pattern('issuer', 'cooperative_trades')}))*"
)
# A lookbehind for a level word ("xa") in folded text: not the "xã" that
# ends "hợp tác xã".
AFTER_COOPERATIVE = r"(?<!hop tac )"


def trade_only(folded: str) -> bool:
    """Whether a header's name so far (folded) is a cooperative named by its
    trade alone, which the next line's words go on ("hop tac xa nong
    nghiep", "htx thuong mai dich vu"); not "hop tac xa nong nghiep my
    thoi"."""
    return bool(_TRADE_ONLY.fullmatch(" ".join(folded.split())))
