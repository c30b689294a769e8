#include "trustedkeysdialog.h"

#include "filedialogs.h"
#include "language.h"
#include "messages.h"
#include "provincedocument.h"
#include "publickeyfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ParScore {

namespace {

QString stateText(const KnownKey &key)
{
    return key.confirmed() ? TrustedKeysDialog::tr("confirmed %1").arg(formatLocalTime(*key.confirmedAt))
                           : TrustedKeysDialog::tr("NOT CONFIRMED");
}

QString whoseKey(const KnownKey &key)
{
    return key.holderKind == KeyHolderKind::Agency ? TrustedKeysDialog::tr("the key of the agency %1 (%2)")
                                                         .arg(key.agencyCode, key.holder)
                                                   : TrustedKeysDialog::tr("the key of the inspector %1")
                                                         .arg(key.holder);
}

} // namespace

TrustedKeysDialog::TrustedKeysDialog(ProvinceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("trustedKeysDialog"));
    setWindowTitle(tr("Trusted keys"));
    resize(1000, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The keys this province file trusts: an agency's signs its submissions, a colleague "
                                "inspector's the appraisals sent to this file. A key learnt from an agency's first "
                                "signed submission is to be confirmed: compare its fingerprint with the agency's by "
                                "phone or on paper."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_empty = new QLabel(tr("The province file trusts no key yet."), this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    layout->addWidget(m_empty);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Holder"), tr("Agency code"), tr("Name"), tr("Fingerprint"), tr("Source"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_said = new QLabel(this);
    m_said->setObjectName(QStringLiteral("saidLabel"));
    m_said->setWordWrap(true);
    m_said->setTextFormat(Qt::PlainText);
    layout->addWidget(m_said);

    auto *row = new QHBoxLayout;
    m_confirm = new QPushButton(tr("&Confirm…"), this);
    m_add = new QPushButton(tr("&Add a key file…"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    for (QPushButton *button : {m_confirm, m_add, m_remove}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Messages::nameStandardButtons(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);
    if (m_document->isReadOnly()) {
        auto *readOnly = new QLabel(tr("The province file is open read-only: its keys cannot be changed here."), this);
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }

    connect(m_confirm, &QPushButton::clicked, this, [this] { confirmCurrent(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addKeyFile(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateButtons(); });
    if (auto read = reload(); !read)
        m_said->setText(read.error().message);
}

Result<bool> TrustedKeysDialog::reload()
{
    auto keys = TrustedKeys::list(m_document->file());
    if (!keys) {
        updateButtons();
        return keys.error();
    }
    m_keys = std::move(keys).value();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_keys.size()));
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setStyleHint(QFont::Monospace);
    fixed.setFixedPitch(true);
    for (int row = 0; row < m_keys.size(); ++row) {
        const KnownKey &key = m_keys[row];
        const bool agency = key.holderKind == KeyHolderKind::Agency;
        const QStringList texts{agency ? tr("Agency") : tr("Inspector"), agency ? key.agencyCode : QString(),
                                key.holder, key.key.fingerprint(),
                                key.source == KeySource::Learned ? tr("learnt") : tr("imported"), stateText(key)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            QFont font = column == FingerprintColumn ? fixed : m_table->font();
            if (!key.confirmed()) {
                // A learnt key nobody compared yet: it decides which submissions are taken.
                font.setBold(true);
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            item->setFont(font);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_keys.isEmpty());
    m_empty->setVisible(m_keys.isEmpty());
    updateButtons();
    return true;
}

const KnownKey *TrustedKeysDialog::currentKey() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_keys.size() ? &m_keys[row] : nullptr;
}

void TrustedKeysDialog::updateButtons()
{
    const bool writable = !m_document->isReadOnly();
    const KnownKey *key = currentKey();
    m_confirm->setEnabled(writable && key && key->holderKind == KeyHolderKind::Agency && !key->confirmed());
    m_remove->setEnabled(writable && key);
    m_add->setEnabled(writable);
}

bool TrustedKeysDialog::applied(const Result<TrustChange> &change, const QString &done)
{
    if (!change) {
        Messages::showError(this, change.error());
        return false;
    }
    m_said->setText(change.value().changed ? done : tr("Nothing to change: the province file already says so."));
    if (auto read = reload(); !read)
        Messages::showError(this, read.error());
    return change.value().changed;
}

bool TrustedKeysDialog::confirmCurrent()
{
    const KnownKey *key = currentKey();
    if (m_document->isReadOnly() || !key || key->holderKind != KeyHolderKind::Agency || key->confirmed())
        return false;
    const QString code = key->agencyCode;
    if (!Messages::confirmFingerprint(
            this,
            tr("Was this fingerprint compared with the agency %1 (%2), by phone or on paper, and found the same? "
               "Confirm only then: the key decides which of its submissions are taken.")
                .arg(code, key->holder),
            key->key.fingerprint()))
        return false;
    return applied(TrustedKeys::confirmAgency(m_document->file(), code, m_document->author()),
                   tr("Confirmed the key of the agency %1.").arg(code));
}

QStringList TrustedKeysDialog::agencyChoices(QStringList *codes) const
{
    // The agencies the file expects, and those that submitted without being listed.
    QMap<QString, QString> names;
    for (const ExpectedAgency &agency : m_document->info().agencies)
        names.insert(agency.code, agency.name);
    for (const OverviewRow &row : m_document->overview().rows) {
        if (!names.contains(row.assessment.agencyCode))
            names.insert(row.assessment.agencyCode, row.assessment.agencyName);
    }
    QStringList shown;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        codes->append(it.key());
        shown.append(it.value().isEmpty() ? it.key() : tr("%1 — %2").arg(it.key(), it.value()));
    }
    return shown;
}

bool TrustedKeysDialog::addKeyFile()
{
    if (m_document->isReadOnly())
        return false;
    const QString path = FileDialogs::openFile(this, FileDialogs::Purpose::Keys, tr("Add a trusted key file"),
                                               tr("Public key files (*.pub);;All files (*)"));
    if (path.isEmpty())
        return false;
    const auto read = PublicKeyFile::read(path);
    if (!read) {
        Messages::showError(this, read.error());
        return false;
    }
    const PublicKeyFile &keyFile = read.value();
    const int whose = Messages::choose(this,
                                       tr("Whose is the key of “%1” (fingerprint %2)?")
                                           .arg(keyFile.holder, keyFile.key.fingerprint()),
                                       {tr("An &agency's"), tr("A colleague &inspector's")});
    if (whose < 0)
        return false;
    const QString author = m_document->author();
    if (whose == 1)
        return applied(TrustedKeys::recordInspector(m_document->file(), keyFile.key, keyFile.holder, author),
                       tr("Recorded the key of the inspector %1.").arg(keyFile.holder));
    QStringList codes;
    const QStringList choices = agencyChoices(&codes);
    if (codes.isEmpty()) {
        Messages::showError(this, Error::invalid(tr("The province file names no agency yet: add the list of "
                                                    "expected agencies first.")));
        return false;
    }
    const int chosen = Messages::pick(this, tr("Agency"), tr("Which agency's key is it?"), choices);
    if (chosen < 0)
        return false;
    const QString code = codes[chosen];
    const auto known = std::find_if(m_keys.cbegin(), m_keys.cend(), [&code](const KnownKey &key) {
        return key.holderKind == KeyHolderKind::Agency && key.agencyCode == code;
    });
    if (known != m_keys.cend() && known->key.fingerprint() != keyFile.key.fingerprint()
        && !Messages::confirm(this, tr("The agency %1 already has the key %2 (%3, %4). The new key replaces it: "
                                       "submissions signed with the old key will no longer be taken. Replace it?")
                                        .arg(code, known->key.fingerprint(), known->holder, stateText(*known))))
        return false;
    return applied(TrustedKeys::recordAgency(m_document->file(), code, keyFile.key, keyFile.holder, author),
                   tr("Recorded the key of the agency %1.").arg(code));
}

bool TrustedKeysDialog::removeCurrent()
{
    const KnownKey *key = currentKey();
    if (m_document->isReadOnly() || !key)
        return false;
    const KnownKey removed = *key;
    const bool agency = removed.holderKind == KeyHolderKind::Agency;
    if (!Messages::confirm(this, agency ? tr("Remove %1, fingerprint %2? The next signed submission of the agency "
                                             "will teach the file a key again, to be confirmed.")
                                              .arg(whoseKey(removed), removed.key.fingerprint())
                                        : tr("Remove %1, fingerprint %2? Appraisals signed with it will no longer "
                                             "be taken.")
                                              .arg(whoseKey(removed), removed.key.fingerprint())))
        return false;
    const QString author = m_document->author();
    return applied(agency ? TrustedKeys::removeAgency(m_document->file(), removed.agencyCode, author)
                          : TrustedKeys::removeInspector(m_document->file(), removed.key, author),
                   tr("Removed %1.").arg(whoseKey(removed)));
}

} // namespace ParScore
