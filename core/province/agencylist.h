#pragma once

#include "provincefile.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace ParScore {

// The province's list of expected agencies as a spreadsheet exports it (CSV or TSV): UTF-8
// with or without a byte order mark (or UTF-16 with one, Excel's "Unicode text"), CRLF or
// LF, the separator (tab, semicolon or comma) taken from the header line, RFC 4180 quoting.
// The header names the columns code/mã, name/tên and group/nhóm in any order (any letter
// case); other columns are ignored, blank lines skipped, fields trimmed. Lines are counted
// as a text editor shows them (a quoted line break starts a new line). Whether the groups
// are ones the province accepts is ProvinceFile::checkAgencies's to say.
class AgencyList
{
    Q_DECLARE_TR_FUNCTIONS(ParScore::AgencyList)

public:
    // The agencies in the order listed; or every problem, each named by its line.
    static Result<QList<ExpectedAgency>> parse(const QByteArray &bytes);
    // Reads the file (at most Limits::maxAgencyListBytes) and parses it.
    static Result<QList<ExpectedAgency>> readFile(const QString &path);
};

} // namespace ParScore
