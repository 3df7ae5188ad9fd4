from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from criteria import selectors


def criteria_set_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "criteria/criteriaset_list.html",
        {"criteria_sets": selectors.criteria_set_list()},
    )


def criteria_set_detail(request: HttpRequest, code: str) -> HttpResponse:
    criteria_set, criteria, outstanding_fields = selectors.criteria_set_detail(
        code=code
    )
    return render(
        request,
        "criteria/criteriaset_detail.html",
        {
            "criteria_set": criteria_set,
            "criteria": criteria,
            "outstanding_fields": outstanding_fields,
        },
    )


def criterion_detail(request: HttpRequest, code: str, number: int) -> HttpResponse:
    criterion, headings, rows = selectors.criterion_detail(code=code, number=number)
    return render(
        request,
        "criteria/criterion_detail.html",
        {
            "criterion": criterion,
            "criteria_set": criterion.criteria_set,
            "headings": headings,
            "rows": rows,
        },
    )
