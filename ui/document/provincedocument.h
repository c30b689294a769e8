#pragma once

#include "overview.h"
#include "provincefile.h"
#include "result.h"
#include "windowfile.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace ParScore {

// The inspectors' open province file: what it says of itself (title, year, expected
// agencies), its overview, and the undo stack of the workspace's edits. Like the officer's
// document, every edit writes through at once; an import is written by a worker thread on
// its own connection (ImportJob), after which imported() reads the file again.
class ProvinceDocument : public QObject
{
    Q_OBJECT

public:
    using Access = WindowFile::Access;
    static Result<std::unique_ptr<ProvinceDocument>> open(const QString &path, const QString &author,
                                                          Access access = Access::Edit);
    ~ProvinceDocument() override;

    const QString &path() const { return m_path; }
    const QString &author() const { return m_author; }
    const ProvinceInfo &info() const { return m_info; }
    const Overview &overview() const { return m_overview; }
    bool isReadOnly() const { return m_readOnly; }
    const QString &readOnlyOnDisk() const { return m_readOnlyOnDisk; }
    QUndoStack *undoStack() { return &m_undoStack; }
    ParxFile &file() { return *m_file; }

    // Submissions were merged into the file by another connection: reads it again. An
    // import is not an undo step (the preview is its safeguard), and the steps before it
    // could only write back values the import replaced: the undo history starts again.
    Result<bool> imported();

signals:
    void overviewChanged();
    void errorOccurred(const QString &message);

private:
    ProvinceDocument(QString path, QString author, WindowFile opened);
    Result<bool> reload();

    QString m_path;
    QString m_author;
    std::unique_ptr<QLockFile> m_lock; // released last
    std::unique_ptr<ParxFile> m_file;
    bool m_readOnly = false;
    QString m_readOnlyOnDisk;
    ProvinceInfo m_info;
    Overview m_overview;
    QUndoStack m_undoStack;
};

} // namespace ParScore
