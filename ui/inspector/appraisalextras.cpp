#include "appraisalextras.h"

#include "language.h"
#include "numberbox.h"
#include "provincedocument.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ParScore {

namespace {
constexpr int maxTimes = 1000; // far above any real count; the section's maximum caps points anyway
} // namespace

AppraisalExtrasPanel::AppraisalExtrasPanel(ProvinceDocument *document, const AgencyAppraisal &agency, Layer round,
                                           ExtraKind kind, bool editable, QWidget *parent)
    : QWidget(parent)
{
    const auto &section = agency.set.extra(kind);
    auto *grid = new QGridLayout(this);
    auto *title = new QLabel(kind == ExtraKind::Bonus
                                 ? tr("Bonus points (at most %1)").arg(formatPoints(section->maxPoints))
                                 : tr("Penalty points (at most %1)").arg(formatPoints(section->maxPoints)),
                             this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    grid->addWidget(title, 0, 0, 1, 4);
    grid->addWidget(new QLabel(tr("Item"), this), 1, 0);
    grid->addWidget(new QLabel(tr("The agency"), this), 1, 1);
    grid->addWidget(new QLabel(tr("This round"), this), 1, 2);
    const auto counts = [kind](const AnswerSet &answers) { return kind == ExtraKind::Bonus ? answers.bonus : answers.penalty; };
    const QMap<QString, qint64> self = counts(agency.layer(Layer::Self));
    const QMap<QString, qint64> council = counts(agency.layer(round));
    int row = 2;
    for (const ExtraItem &item : section->items) {
        auto *label = new QLabel(tr("%1 — %2 (%3 each time)").arg(item.id, item.title, formatExact(item.points)), this);
        label->setTextFormat(Qt::PlainText); // titles come from the criteria file
        label->setWordWrap(true);
        grid->addWidget(label, row, 0);
        grid->addWidget(new QLabel(self.contains(item.id) ? QString::number(self.value(item.id)) : QStringLiteral("—"), this),
                        row, 1, Qt::AlignRight);
        auto *count = new WholeNumberBox({0, false, Fraction(), Fraction::fromInteger(maxTimes)}, this);
        count->setObjectName(QStringLiteral("appraisalExtraCount"));
        count->setAccessibleName(tr("Times item %1 applies in this round").arg(item.id));
        count->setRange(0, maxTimes);
        count->setKeyboardTracking(false);
        // Where the round says nothing, the box starts from what stands (the agency's count).
        count->setValue(int(council.value(item.id, self.value(item.id, 0))));
        count->setEnabled(editable);
        label->setBuddy(count);
        grid->addWidget(count, row, 2);
        auto *state = new QLabel(council.contains(item.id) ? QString() : tr("not appraised: the agency's count stands"), this);
        state->setWordWrap(true);
        auto *clear = new QPushButton(tr("Clear"), this);
        clear->setToolTip(tr("This round says nothing of the item: the agency's count stands"));
        clear->setEnabled(editable && council.contains(item.id));
        auto *cell = new QWidget(this);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(state, 1);
        cellLayout->addWidget(clear);
        grid->addWidget(cell, row, 3);
        const AssessmentInfo info = agency.info;
        const CriteriaSet set = agency.set;
        connect(count, &QSpinBox::valueChanged, this, [document, info, set, round, kind, id = item.id](int times) {
            document->setAppraisalExtra(info, set, round, kind, id, times);
        });
        connect(clear, &QPushButton::clicked, this, [document, info, set, round, kind, id = item.id] {
            document->setAppraisalExtra(info, set, round, kind, id, std::nullopt);
        });
        ++row;
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(row, 1);
}

} // namespace ParScore
