// The province's list of agencies as spreadsheets export it: every format read to the same
// agencies, every problem refused naming its line.
#include "agencylist.h"
#include "fixtures.h"
#include "inputlimits.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

const QList<ExpectedAgency> twoAgencies = {
    {QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), QStringLiteral("so")},
    {QStringLiteral("XA01"), QStringLiteral("Xã Gia Viễn"), QStringLiteral("xa")}};

QList<ExpectedAgency> parsed(const QByteArray &bytes)
{
    const auto list = AgencyList::parse(bytes);
    if (!list)
        FAIL(list.error().details.join(u'\n').toStdString());
    return list.value();
}

// The problems of a list that must be refused, one per line.
QString problems(const QByteArray &bytes)
{
    const auto list = AgencyList::parse(bytes);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().kind == ErrorKind::Invalid);
    return list.error().details.join(u'\n');
}

} // namespace

TEST_CASE("Agency lists exported as TSV, CSV or semicolon CSV read to the same agencies")
{
    // LibreOffice's TSV with LF; Excel's "CSV UTF-8" with a byte order mark and CRLF;
    // Excel in Vietnamese, whose list separator is the semicolon.
    CHECK(parsed("code\tname\tgroup\nSTP\tSở Tư pháp\tso\nXA01\tXã Gia Viễn\txa\n") == twoAgencies);
    CHECK(parsed("\xEF\xBB\xBF" "code,name,group\r\nSTP,Sở Tư pháp,so\r\nXA01,Xã Gia Viễn,xa\r\n") == twoAgencies);
    CHECK(parsed("code;name;group\r\nSTP;Sở Tư pháp;so\r\nXA01;Xã Gia Viễn;xa") == twoAgencies);
    // Excel's "Unicode text": UTF-16 little-endian with its mark.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray unicodeText = utf16.encode(QStringLiteral("code\tname\tgroup\r\nSTP\tSở Tư pháp\tso\r\n"
                                                               "XA01\tXã Gia Viễn\txa\r\n"));
    CHECK(parsed(unicodeText) == twoAgencies);
}

TEST_CASE("Agency lists may name groups as provinces write them: Sở, ban, ngành - Xã - Phường")
{
    const auto groups = [](const QList<ExpectedAgency> &agencies) {
        QStringList tags;
        for (const ExpectedAgency &agency : agencies)
            tags.append(agency.group);
        return tags;
    };
    CHECK(groups(parsed("mã\ttên\tnhóm\nSTP\tSở Tư pháp\tSở, ban, ngành\nXA01\tXã Gia Viễn\tXã\n"
                        "P01\tPhường Đông Thành\tPHƯỜNG\nSYT\tSở Y tế\tso ban nganh\n"))
          == QStringList({QStringLiteral("so"), QStringLiteral("xa"), QStringLiteral("phuong"), QStringLiteral("so")}));
    // Any other word is kept as written, for the criteria sets to accept or refuse.
    CHECK(groups(parsed("code\tname\tgroup\nT1\tThị trấn Me\tThị trấn\n")) == QStringList({QStringLiteral("Thị trấn")}));
}

TEST_CASE("Agency list headers name the columns in any order, in English or Vietnamese - other columns are ignored")
{
    CHECK(parsed("STT;Nhóm;Tên;Mã;Ghi chú\n1;so;Sở Tư pháp;STP;\n2;xa;Xã Gia Viễn;XA01;mới\n") == twoAgencies);
    CHECK(parsed("MÃ\tTÊN\tNHÓM\nSTP\tSở Tư pháp\tso\nXA01\tXã Gia Viễn\txa\n") == twoAgencies);
    CHECK(parsed("Group,Code,Name\nso,STP,Sở Tư pháp\nxa,XA01,Xã Gia Viễn\n") == twoAgencies);
    // "mã" typed with a combining tilde (decomposed) is the same header.
    CHECK(parsed("ma\xCC\x83;te\xCC\x82n;nho\xCC\x81m\nSTP;Sở Tư pháp;so\nXA01;Xã Gia Viễn;xa\n") == twoAgencies);
}

TEST_CASE("Agency list fields follow RFC 4180 quoting, are trimmed, and blank lines are skipped")
{
    const auto agencies = parsed("\n code , name , group \n"
                                 "\"STP\",\"Sở Tư pháp, Hộ tịch\",so\r\n"
                                 "\r\n"
                                 ",,\n" // a blank spreadsheet row
                                 "VP,\"Văn phòng \"\"UBND\"\" tỉnh\",so\n"
                                 "TNMT,  \"Sở Tài nguyên\r\nvà Môi trường\"  ,so\n"
                                 "  XA01\t , Xã Gia Viễn ,xa\n");
    REQUIRE(agencies.size() == 4);
    CHECK(agencies[0].name == QStringLiteral("Sở Tư pháp, Hộ tịch"));
    CHECK(agencies[1].name == QStringLiteral("Văn phòng \"UBND\" tỉnh"));
    CHECK(agencies[2].name == QStringLiteral("Sở Tài nguyên\nvà Môi trường"));
    CHECK(agencies[3] == twoAgencies[1]);
}

TEST_CASE("An agency list refused names the line and what is wrong on it")
{
    SECTION("a header without a column")
    {
        const QString text = problems("code;name\nSTP;Sở Tư pháp\n");
        CHECK(text == QStringLiteral("line 1: the header has no column “group” (or “nhóm”)"));
        CHECK(problems("code;name;group;mã\n").contains(QStringLiteral("line 1: the header names the column “mã” twice")));
    }
    SECTION("a quote never closed")
    {
        CHECK(problems("code,name,group\nSTP,Sở Tư pháp,so\nSNV,\"Sở Nội vụ,so\nXA01,Xã,xa\n")
              == QStringLiteral("line 3: a quote opened here is never closed"));
    }
    SECTION("text after a closing quote")
    {
        CHECK(problems("code,name,group\nSTP,\"Sở\" Tư pháp,so\n")
                  .startsWith(QStringLiteral("line 2: text after a closing quote")));
    }
    SECTION("a wrong number of fields, counted after a quoted line break")
    {
        CHECK(problems("code,name,group\nSTP,\"Sở\nTư pháp\",so\nSNV,Sở Nội vụ\n")
              == QStringLiteral("line 4: 2 fields where the header has 3"));
    }
    SECTION("not UTF-8")
    {
        // Windows-1258 (Vietnamese ANSI) bytes on the third line.
        CHECK(problems("code,name,group\nSTP,Sở Tư pháp,so\nSNV,S\xD5 N\xF4i v\xF2,so\n")
                  .startsWith(QStringLiteral("line 3: the text is not UTF-8")));
        // UTF-16 without its byte order mark is full of NULs.
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        CHECK(problems(utf16.encode(QStringLiteral("code,name,group\nSTP,Sở,so\n")))
                  .startsWith(QStringLiteral("line 1: the text is not UTF-8")));
    }
    SECTION("empty code, name or group, and a code listed twice: every problem at once")
    {
        const QString text = problems("code\tname\tgroup\n"
                                      "\tSở Tư pháp\tso\n"
                                      "SNV\t \tso\n"
                                      "SCT\tSở Công Thương\t\n"
                                      "SNV\tSở Nội vụ\tso\n");
        CHECK(text
              == QStringLiteral("line 2: the code is empty\nline 3: the name is empty\nline 4: the group is empty\n"
                                "line 5: the code “SNV” is also on line 3"));
    }
    SECTION("nothing but blank lines")
    {
        CHECK(problems("\r\n  \r\n").startsWith(QStringLiteral("line 1: the list is empty")));
    }
}

TEST_CASE("An agency list over its caps is refused naming the cap")
{
    QByteArray many = "code,name,group\n";
    for (int i = 0; i <= Limits::maxAgencyListRows; ++i)
        many += "X" + QByteArray::number(i) + ",Xã,xa\n";
    CHECK(problems(many)
          == QStringLiteral("line %1: more than 20000 agencies; the limit is 20000").arg(Limits::maxAgencyListRows + 2));

    const QByteArray huge(int(Limits::maxAgencyListBytes) + 1, 'x');
    const auto tooBig = AgencyList::parse(huge);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().message.contains(QStringLiteral("4 MiB")));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(huge);
    file.close();
    const auto read = AgencyList::readFile(file.fileName());
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::Invalid);
    CHECK(read.error().message.contains(QStringLiteral("4 MiB")));
    CHECK(AgencyList::readFile(dir.filePath(QStringLiteral("missing.csv"))).error().kind == ErrorKind::Unreadable);
}
