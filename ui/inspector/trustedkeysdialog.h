#pragma once

#include "result.h"
#include "trustedkeys.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ParScore {

class ProvinceDocument;

// "Trusted keys" of the open province file (issue 14, point 3; docs/signatures.md, "Trust"):
// the agencies' keys and the colleague inspectors' it trusts, in TrustedKeys::list's order,
// a learnt key not yet confirmed standing out. Confirming a learnt key (its fingerprint
// compared with the agency's by phone or on paper), adding a key from a KEY.pub file and
// removing one are each asked first and written at once, in one transaction.
//
// Trust changes are decisions, like the explanation round's (ProvinceDocument): confirmed
// by the inspector and logged in the file (action "trust"), never undo steps. They touch no
// assessment, so the undo history of the edits stays as it was. A province file opened
// read-only lists its keys with the buttons disabled.
class TrustedKeysDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        AgencyColumn,
        HolderColumn,
        FingerprintColumn,
        SourceColumn,
        StateColumn,
        ColumnCount
    };

    explicit TrustedKeysDialog(ProvinceDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *saidLabel() const { return m_said; } // what the last action did
    const QList<KnownKey> &keys() const { return m_keys; }

    // Reads the keys again; an error (also shown in the dialog) when it cannot.
    Result<bool> reload();
    // The buttons' actions, each asking first; true when the file changed.
    bool confirmCurrent(); // the current row's learnt agency key
    bool addKeyFile();     // a KEY.pub chosen in a file dialog
    bool removeCurrent();  // the current row's key

private:
    const KnownKey *currentKey() const;
    void updateButtons();
    bool applied(const Result<TrustChange> &change, const QString &done);
    QStringList agencyChoices(QStringList *codes) const; // "C — name", with their codes

    ProvinceDocument *m_document;
    QList<KnownKey> m_keys;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_said = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ParScore
