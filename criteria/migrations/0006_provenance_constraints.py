from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("criteria", "0005_provenance_data"),
    ]

    operations = [
        migrations.RemoveField(
            model_name='legaldocument',
            name='amends',
        ),
        migrations.RenameField(
            model_name='legaldocument',
            old_name='amends_many',
            new_name='amends',
        ),
        migrations.AlterField(
            model_name='legaldocument',
            name='amends',
            field=models.ManyToManyField(blank=True, related_name='amended_by', to='criteria.legaldocument', verbose_name='sửa đổi, bổ sung văn bản'),
        ),
        migrations.AddConstraint(
            model_name='criteriaset',
            constraint=models.UniqueConstraint(fields=('code', 'version'), name='criteriaset_unique_code_version'),
        ),
        migrations.AddConstraint(
            model_name='criteriaset',
            constraint=models.UniqueConstraint(condition=models.Q(('superseded_at__isnull', True)), fields=('code',), name='criteriaset_one_current_version', violation_error_message='Bộ tiêu chí chỉ có một phiên bản hiện hành.'),
        ),
        migrations.AddConstraint(
            model_name='criteriaset',
            constraint=models.CheckConstraint(condition=models.Q(('verified', False), models.Q(('checked_at__isnull', False), ('paraphrase', False), models.Q(models.Q(('source', ''), _negated=True), ('source_document__isnull', False), _connector='OR')), _connector='OR'), name='criteriaset_verified_is_checked', violation_error_message='Chỉ đánh dấu đã đối chiếu khi có nguồn trích dẫn, có lần đối chiếu và nội dung không phải bản diễn giải.'),
        ),
        migrations.AddConstraint(
            model_name='criterion',
            constraint=models.CheckConstraint(condition=models.Q(('verified', False), models.Q(('checked_at__isnull', False), ('paraphrase', False), models.Q(models.Q(('source', ''), _negated=True), ('source_document__isnull', False), _connector='OR')), _connector='OR'), name='criterion_verified_is_checked', violation_error_message='Chỉ đánh dấu đã đối chiếu khi có nguồn trích dẫn, có lần đối chiếu và nội dung không phải bản diễn giải.'),
        ),
        migrations.AddConstraint(
            model_name='criterion',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('inherited', True), _negated=True), ('verified', False), _connector='OR'), name='criterion_inherited_not_verified', violation_error_message='Dòng kế thừa từ bộ tiêu chí cha không được đánh dấu đã đối chiếu.'),
        ),
        migrations.AddConstraint(
            model_name='indicator',
            constraint=models.CheckConstraint(condition=models.Q(('verified', False), models.Q(('checked_at__isnull', False), ('paraphrase', False), models.Q(models.Q(('source', ''), _negated=True), ('source_document__isnull', False), _connector='OR')), _connector='OR'), name='indicator_verified_is_checked', violation_error_message='Chỉ đánh dấu đã đối chiếu khi có nguồn trích dẫn, có lần đối chiếu và nội dung không phải bản diễn giải.'),
        ),
        migrations.AddConstraint(
            model_name='indicator',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('inherits_from__isnull', False), ('overrides_parent', False), _negated=True), ('verified', False), _connector='OR'), name='indicator_inherited_not_verified', violation_error_message='Dòng kế thừa từ bộ tiêu chí cha không được đánh dấu đã đối chiếu.'),
        ),
        migrations.AddConstraint(
            model_name='indicatorrequirement',
            constraint=models.CheckConstraint(condition=models.Q(('verified', False), models.Q(('checked_at__isnull', False), ('paraphrase', False), models.Q(models.Q(('source', ''), _negated=True), ('source_document__isnull', False), _connector='OR')), _connector='OR'), name='indicatorrequirement_verified_is_checked', violation_error_message='Chỉ đánh dấu đã đối chiếu khi có nguồn trích dẫn, có lần đối chiếu và nội dung không phải bản diễn giải.'),
        ),
        migrations.AddConstraint(
            model_name='indicatorrequirement',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('inherited', True), _negated=True), ('verified', False), _connector='OR'), name='indicatorrequirement_inherited_not_verified', violation_error_message='Dòng kế thừa từ bộ tiêu chí cha không được đánh dấu đã đối chiếu.'),
        ),
        migrations.AddConstraint(
            model_name='legaldocument',
            constraint=models.CheckConstraint(condition=models.Q(('verified', False), models.Q(('checked_at__isnull', False), ('paraphrase', False), models.Q(models.Q(('source', ''), _negated=True), ('source_document__isnull', False), _connector='OR')), _connector='OR'), name='legaldocument_verified_is_checked', violation_error_message='Chỉ đánh dấu đã đối chiếu khi có nguồn trích dẫn, có lần đối chiếu và nội dung không phải bản diễn giải.'),
        ),
        migrations.AddConstraint(
            model_name='outstandingfield',
            constraint=models.CheckConstraint(condition=models.Q(('verified', False), models.Q(('checked_at__isnull', False), ('paraphrase', False), models.Q(models.Q(('source', ''), _negated=True), ('source_document__isnull', False), _connector='OR')), _connector='OR'), name='outstandingfield_verified_is_checked', violation_error_message='Chỉ đánh dấu đã đối chiếu khi có nguồn trích dẫn, có lần đối chiếu và nội dung không phải bản diễn giải.'),
        ),
        migrations.AddConstraint(
            model_name='outstandingfield',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('inherited', True), _negated=True), ('verified', False), _connector='OR'), name='outstandingfield_inherited_not_verified', violation_error_message='Dòng kế thừa từ bộ tiêu chí cha không được đánh dấu đã đối chiếu.'),
        ),
        migrations.AddConstraint(
            model_name='communegroupassignment',
            constraint=models.UniqueConstraint(fields=('area', 'valid_from'), name='communegroup_one_per_day', violation_error_message='Xã đã có nhóm áp dụng từ ngày này.'),
        ),
        migrations.AddConstraint(
            model_name='communegroupassignment',
            constraint=models.CheckConstraint(condition=models.Q(('group__in', [1, 2, 3])), name='communegroup_group_1_to_3'),
        ),
        migrations.AddConstraint(
            model_name='communegroupassignment',
            constraint=models.CheckConstraint(condition=models.Q(('agriculture_share__isnull', True), models.Q(('agriculture_share__gte', 0), ('agriculture_share__lte', 100)), _connector='OR'), name='communegroup_share_is_percent', violation_error_message='Tỷ trọng nông nghiệp phải từ 0 đến 100%%.'),
        ),
    ]
