#include "provincedocument.h"

#include <QFileInfo>

namespace ParScore {

ProvinceDocument::ProvinceDocument(QString path, QString author, WindowFile opened)
    : m_path(std::move(path))
    , m_author(std::move(author))
    , m_lock(std::move(opened.lock))
    , m_file(std::move(opened.file))
    , m_readOnly(opened.readOnly)
    , m_readOnlyOnDisk(std::move(opened.readOnlyOnDisk))
{
}

ProvinceDocument::~ProvinceDocument()
{
    m_file.reset(); // before the lock goes
}

Result<std::unique_ptr<ProvinceDocument>> ProvinceDocument::open(const QString &path, const QString &author,
                                                                 Access access)
{
    auto opened = WindowFile::open(path, access);
    if (!opened)
        return opened.error();
    std::unique_ptr<ProvinceDocument> document(
        new ProvinceDocument(QFileInfo(path).absoluteFilePath(), author, std::move(opened).value()));
    auto loaded = document->reload();
    if (!loaded)
        return loaded.error();
    return document;
}

Result<bool> ProvinceDocument::reload()
{
    auto info = ProvinceFile::read(*m_file);
    if (!info)
        return info.error();
    auto overview = Overview::load(*m_file);
    if (!overview)
        return overview.error();
    m_info = std::move(info).value();
    m_overview = std::move(overview).value();
    emit overviewChanged();
    return true;
}

Result<bool> ProvinceDocument::imported()
{
    m_undoStack.clear();
    return reload();
}

} // namespace ParScore
