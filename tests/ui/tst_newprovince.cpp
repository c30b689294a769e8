// File → New appraisal file: the province's list imported from a spreadsheet's CSV, a bad
// list refused naming its lines, and the file made whole with what the dialog shows.
#include "filedialogs.h"
#include "fixtures.h"
#include "messages.h"
#include "newprovincedialog.h"
#include "parxfile.h"
#include "provincefile.h"
#include "storagefixtures.h"

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// Errors shown and files "chosen" without modal dialogs, for one test.
struct Hooks
{
    QStringList errors;
    QString chosen;
    Hooks()
    {
        Messages::setTestHooks({[this](const Error &error) {
                                    errors.append(error.message + u'\n' + error.details.join(u'\n'));
                                },
                                [](const QString &) { return true; }, {}});
        FileDialogs::setTestHook([this](FileDialogs::Purpose, const QString &) { return QStringList{chosen}; });
    }
    ~Hooks()
    {
        Messages::setTestHooks({});
        FileDialogs::setTestHook({});
    }
};

} // namespace

TEST_CASE("New appraisal file: the list from a Vietnamese Excel CSV fills the table, and Create makes the file")
{
    QTemporaryDir dir;
    Hooks hooks;
    const QString list = writeFile(dir, QStringLiteral("ds.csv"),
                                   QByteArrayLiteral("\xEF\xBB\xBFm\xC3\xA3;t\xC3\xAAn;nh\xC3\xB3m\r\n"
                                                     "STP;S\xE1\xBB\x9F T\xC6\xB0 ph\xC3\xA1p;so\r\n"
                                                     "SYT;\"S\xE1\xBB\x9F Y t\xE1\xBA\xBF; th\xE1\xBB\xAD nghi\xE1\xBB\x87m\";so\r\n"));
    NewProvinceDialog dialog;
    REQUIRE(dialog.importAgencies(list));
    QTableWidget *table = dialog.agencyTable();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Sở Tư pháp"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Sở Y tế; thử nghiệm"));

    const NewProvince province = dialog.province();
    CHECK(province.title.endsWith(QString::number(province.year)));
    CHECK_FALSE(province.criteria.isEmpty());
    hooks.chosen = dir.filePath(QStringLiteral("tham-dinh"));
    dialog.accept();
    INFO(hooks.errors.join(u'\n').toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.createdPath() == dir.filePath(QStringLiteral("tham-dinh.parx")));
    auto file = ParxFile::open(dialog.createdPath(), ParxFile::Mode::ReadOnly);
    REQUIRE(file);
    auto info = ProvinceFile::read(*file.value());
    REQUIRE(info);
    CHECK(info.value().year == province.year);
    REQUIRE(info.value().agencies.size() == 2);
    CHECK(info.value().expected(QStringLiteral("SYT"))->name == QStringLiteral("Sở Y tế; thử nghiệm"));
}

TEST_CASE("New appraisal file: a bad list is refused naming its line and leaves the table as it was - nothing is written for a group no set is for")
{
    QTemporaryDir dir;
    Hooks hooks;
    NewProvinceDialog dialog;
    REQUIRE(dialog.importAgencies(writeFile(dir, QStringLiteral("ok.tsv"),
                                            QByteArrayLiteral("code\tname\tgroup\nSTP\tS\xE1\xBB\x9F T\xC6\xB0 ph\xC3\xA1p\tso\n"))));
    CHECK_FALSE(dialog.importAgencies(
        writeFile(dir, QStringLiteral("bad.tsv"), QByteArrayLiteral("code\tname\tgroup\nSYT\t\tso\n"))));
    REQUIRE(hooks.errors.size() == 1);
    CHECK(hooks.errors[0].contains(QStringLiteral("line 2"))); // where, in the list
    CHECK(dialog.agencyTable()->rowCount() == 1);

    // A group none of the sets is for: refused before any file name is asked for.
    dialog.agencyTable()->item(0, 2)->setText(QStringLiteral("tinh"));
    hooks.chosen = dir.filePath(QStringLiteral("x.parx"));
    dialog.accept();
    CHECK(hooks.errors.size() == 2);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(QFile::exists(hooks.chosen));
}
