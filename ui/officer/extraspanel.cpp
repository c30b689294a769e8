#include "extraspanel.h"

#include "assessmentdocument.h"
#include "language.h"
#include "numberbox.h"
#include "undokeys.h"

#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ParScore {
namespace {

constexpr int maxTimes = 1000; // far above any real count; the section's maximum caps points anyway

} // namespace

ExtrasPanel::ExtrasPanel(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    auto *hint = new QLabel(tr("Enter how many times each item applies to the agency this year (0: it does "
                               "not). The section never counts more than its maximum."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("extrasResultLabel"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    layout->addStretch();
    connect(document, &AssessmentDocument::scoresChanged, this, &ExtrasPanel::refresh);
    connect(document, &AssessmentDocument::sealed, this, &ExtrasPanel::refresh);
}

void ExtrasPanel::showSection(ExtraKind kind)
{
    m_document->visit();
    m_kind = kind;
    rebuild();
}

void ExtrasPanel::rebuild()
{
    delete m_items;
    m_counts.clear();
    const auto &section = m_document->set().extra(*m_kind);
    if (!section)
        return;
    m_title->setText(*m_kind == ExtraKind::Bonus
                         ? tr("Bonus points (at most %1)").arg(formatPoints(section->maxPoints))
                         : tr("Penalty points (at most %1)").arg(formatPoints(section->maxPoints)));
    m_items = new QWidget(this);
    auto *form = new QFormLayout(m_items);
    form->setContentsMargins(0, 0, 0, 0);
    for (const ExtraItem &item : section->items) {
        auto *label = new QLabel(tr("%1 — %2 (%3 each time)")
                                     .arg(item.id, item.title, formatExact(item.points)),
                                 m_items);
        label->setTextFormat(Qt::PlainText); // titles come from the criteria file
        label->setWordWrap(true);
        auto *count = new WholeNumberBox({0, false, Fraction(), Fraction::fromInteger(maxTimes)}, m_items);
        count->setObjectName(QStringLiteral("extraCountSpinBox"));
        count->setAccessibleName(tr("Times item %1 applies").arg(item.id));
        count->setRange(0, maxTimes);
        count->setKeyboardTracking(false);
        UndoKeysToWindow::install(count);
        label->setBuddy(count);
        form->addRow(label, count);
        m_counts.append(count);
        connect(count, &QSpinBox::valueChanged, this, [this, count, id = item.id](int times) {
            // A typed count is its own step to undo; quick steps of the arrows are one.
            const bool typed = !count->isStepping();
            if (typed)
                m_document->visit();
            if (!m_document->setExtraCount(*m_kind, id, times))
                refresh(); // refused by the file: show what it holds
            if (typed)
                m_document->visit();
        });
        // Right under its box: why a typed count was not taken.
        auto *refusal = new QLabel(m_items);
        refusal->setObjectName(QStringLiteral("inputRefusedLabel"));
        refusal->setTextFormat(Qt::PlainText);
        refusal->setWordWrap(true);
        refusal->setStyleSheet(QStringLiteral("color: #b00000;"));
        refusal->hide();
        form->addRow(QString(), refusal);
        connect(count, &WholeNumberBox::refusalChanged, this, [this, refusal](const QString &why) {
            refusal->setText(why.isEmpty() ? QString() : tr("%1 Not entered: the box keeps its value.").arg(why));
            refusal->setVisible(!why.isEmpty());
            if (!why.isEmpty())
                emit inputRefused(refusal->text());
        });
    }
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_items);
    refresh();
}

void ExtrasPanel::refresh()
{
    if (!m_kind || !m_items)
        return;
    const auto &section = m_document->set().extra(*m_kind);
    const bool readOnly = m_document->isReadOnly();
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        const QSignalBlocker block(m_counts[i]);
        m_counts[i]->setValue(int(m_document->extraCount(*m_kind, section->items[i].id)));
        m_counts[i]->setEnabled(!readOnly);
    }
    const Scorecard &card = m_document->scorecard();
    m_result->setText(*m_kind == ExtraKind::Bonus
                          ? tr("Bonus counted: %1 of at most %2").arg(formatSignedPoints(card.bonus, false),
                                                                       formatPoints(section->maxPoints))
                          : tr("Penalty counted: %1 of at most %2")
                                .arg(formatSignedPoints(card.penalty, true), formatPoints(section->maxPoints)));
}

bool ExtrasPanel::focusInput()
{
    if (m_counts.isEmpty() || !m_counts.constFirst()->isEnabled())
        return false;
    m_counts.constFirst()->setFocus(Qt::TabFocusReason);
    return true;
}

} // namespace ParScore
