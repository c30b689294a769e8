// The province file's trusted keys in the inspectors' workspace (issue 14, point 3): a key
// learnt from an agency's first signed submission stands out until confirmed, a colleague's
// key file is added, a bad key file is refused with nothing changed.
#include "filedialogs.h"
#include "fixtures.h"
#include "inspectorfixtures.h"
#include "language.h"
#include "keypair.h"
#include "messages.h"
#include "provincedocument.h"
#include "publickeyfile.h"
#include "storagefixtures.h"
#include "trustedkeys.h"
#include "trustedkeysdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

KeyPair keyFromSeed(char byte)
{
    auto pair = KeyPair::fromSeed(QByteArray(KeyPair::SeedSize, byte));
    REQUIRE(pair.ok());
    return std::move(pair).value();
}

// The public key file of `pair`, as `key export` writes it.
QString keyFile(const QTemporaryDir &dir, const QString &name, const KeyPair &pair, const QString &holder)
{
    const QString path = dir.filePath(name);
    REQUIRE(PublicKeyFile{pair.publicKey(), holder}.write(path).ok());
    return path;
}

// A province expecting A and B that learnt A's key from its first signed submission.
struct LearntKey
{
    ManualClock clock;
    QTemporaryDir dir;
    QString province;
    KeyPair agencyKey = keyFromSeed('\x11');

    LearntKey()
    {
        province = provinceFile(dir, {smallSet()},
                                {{QStringLiteral("A"), QStringLiteral("Sở A"), QStringLiteral("so")},
                                 {QStringLiteral("B"), QStringLiteral("Sở B"), QStringLiteral("so")}});
        auto file = ParxFile::open(province, ParxFile::Mode::ReadWrite);
        REQUIRE(file.ok());
        const bool roleSet = !file.value()->info(QStringLiteral("role")).isEmpty();
        REQUIRE(file.value()
                    ->write([this, roleSet](QSqlDatabase &db) -> Result<bool> {
                        if (!roleSet) {
                            if (auto role = ParxFile::setInfo(db, QStringLiteral("role"), QStringLiteral("inspector"));
                                !role)
                                return role;
                        }
                        return TrustedKeys::learn(db, QStringLiteral("A"), agencyKey.publicKey(), QStringLiteral("Sở A"),
                                                  QStringLiteral("Thanh tra"), Clock::nowMs());
                    })
                    .ok());
    }

    QList<KnownKey> keys() const
    {
        auto file = ParxFile::open(province, ParxFile::Mode::ReadOnly);
        REQUIRE(file.ok());
        auto keys = TrustedKeys::list(*file.value());
        REQUIRE(keys.ok());
        return keys.value();
    }
};

std::unique_ptr<ProvinceDocument> openProvince(const QString &path,
                                               ProvinceDocument::Access access = ProvinceDocument::Access::Edit)
{
    auto document = ProvinceDocument::open(path, QStringLiteral("Thanh tra"), access);
    if (!document)
        FAIL(document.error().message.toStdString());
    return std::move(document).value();
}

// The questions asked, answered `yes`; the file dialogs "choose" `chosen`; choose() answers
// `answer`, pick() `picked`.
struct Answers
{
    QStringList errors;
    QStringList questions;
    bool yes = true;
    int answer = -1;
    int picked = -1;
    QString chosen;
    Answers()
    {
        Messages::TestHooks hooks{[this](const Error &error) { errors.append(error.message); },
                                  [this](const QString &question) {
                                      questions.append(question);
                                      return yes;
                                  },
                                  [this](const QString &question, const QStringList &) {
                                      questions.append(question);
                                      return answer;
                                  }};
        hooks.pick = [this](const QString &question, const QStringList &) {
            questions.append(question);
            return picked;
        };
        Messages::setTestHooks(hooks);
        FileDialogs::setTestHook([this](FileDialogs::Purpose, const QString &) {
            return chosen.isEmpty() ? QStringList() : QStringList{chosen};
        });
    }
    ~Answers()
    {
        Messages::setTestHooks({});
        FileDialogs::setTestHook({});
    }
};

QString cell(const TrustedKeysDialog &dialog, int row, int column)
{
    return dialog.table()->item(row, column)->text();
}

} // namespace

TEST_CASE("A learnt agency key is listed as not confirmed, and confirming it changes the row and the file")
{
    LearntKey province;
    Answers answers;
    auto document = openProvince(province.province);
    TrustedKeysDialog dialog(document.get());
    REQUIRE(dialog.table()->rowCount() == 1);
    const QString fingerprint = province.agencyKey.publicKey().fingerprint();
    CHECK(cell(dialog, 0, TrustedKeysDialog::KindColumn) == QStringLiteral("Agency"));
    CHECK(cell(dialog, 0, TrustedKeysDialog::AgencyColumn) == QStringLiteral("A"));
    CHECK(cell(dialog, 0, TrustedKeysDialog::FingerprintColumn) == fingerprint);
    CHECK(cell(dialog, 0, TrustedKeysDialog::SourceColumn) == QStringLiteral("learnt"));
    CHECK(cell(dialog, 0, TrustedKeysDialog::StateColumn) == QStringLiteral("NOT CONFIRMED"));
    CHECK(dialog.table()->item(0, TrustedKeysDialog::StateColumn)->font().bold());
    CHECK(dialog.table()->item(0, TrustedKeysDialog::FingerprintColumn)->font().fixedPitch());

    dialog.table()->setCurrentCell(0, 0);
    REQUIRE(dialog.confirmButton()->isEnabled());
    // Answered no: nothing changes.
    answers.yes = false;
    dialog.confirmButton()->click();
    REQUIRE(answers.questions.size() == 1);
    CHECK(answers.questions[0].contains(QStringLiteral("by phone or on paper")));
    CHECK(answers.questions[0].endsWith(fingerprint)); // shown apart, to read out
    CHECK_FALSE(province.keys()[0].confirmed());

    province.clock.advance(3600000);
    answers.yes = true;
    dialog.confirmButton()->click();
    CHECK(answers.errors.isEmpty());
    CHECK(cell(dialog, 0, TrustedKeysDialog::StateColumn)
          == QStringLiteral("confirmed %1").arg(formatLocalTime(Clock::nowMs())));
    CHECK_FALSE(dialog.table()->item(0, TrustedKeysDialog::StateColumn)->font().bold());
    CHECK(dialog.saidLabel()->text() == QStringLiteral("Confirmed the key of the agency A."));
    const auto keys = province.keys();
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].confirmed());
    CHECK(keys[0].source == KeySource::Learned);
    dialog.table()->setCurrentCell(0, 0);
    CHECK_FALSE(dialog.confirmButton()->isEnabled()); // confirmed once
}

TEST_CASE("A colleague inspector's key is added from a .pub file")
{
    LearntKey province;
    Answers answers;
    const KeyPair colleague = keyFromSeed('\x22');
    answers.chosen = keyFile(province.dir, QStringLiteral("colleague.pub"), colleague, QStringLiteral("Trần Thị B"));
    auto document = openProvince(province.province);
    TrustedKeysDialog dialog(document.get());
    answers.answer = 1; // a colleague inspector's
    dialog.addButton()->click();
    CHECK(answers.errors.isEmpty());
    REQUIRE(answers.questions.size() == 1);
    CHECK(answers.questions[0].contains(QStringLiteral("Trần Thị B")));
    REQUIRE(dialog.table()->rowCount() == 2); // agencies first, then inspectors
    CHECK(cell(dialog, 1, TrustedKeysDialog::KindColumn) == QStringLiteral("Inspector"));
    CHECK(cell(dialog, 1, TrustedKeysDialog::HolderColumn) == QStringLiteral("Trần Thị B"));
    CHECK(cell(dialog, 1, TrustedKeysDialog::SourceColumn) == QStringLiteral("imported"));
    CHECK(cell(dialog, 1, TrustedKeysDialog::StateColumn).startsWith(QStringLiteral("confirmed ")));
    const auto keys = province.keys();
    REQUIRE(keys.size() == 2);
    CHECK(keys[1].holderKind == KeyHolderKind::Inspector);
    CHECK(keys[1].key.fingerprint() == colleague.publicKey().fingerprint());
}

TEST_CASE("An agency key file that replaces the agency's key is asked about first")
{
    LearntKey province;
    Answers answers;
    const KeyPair newKey = keyFromSeed('\x33');
    answers.chosen = keyFile(province.dir, QStringLiteral("a-new.pub"), newKey, QStringLiteral("Sở A"));
    auto document = openProvince(province.province);
    TrustedKeysDialog dialog(document.get());
    answers.answer = 0; // an agency's
    answers.picked = 0; // A, the first of the expected agencies
    answers.yes = false;
    const QByteArray before = fileHash(province.province);
    dialog.addButton()->click();
    REQUIRE(answers.questions.size() == 3);
    CHECK(answers.questions[2].contains(QStringLiteral("replaces")));
    CHECK(answers.questions[2].contains(province.agencyKey.publicKey().fingerprint()));
    CHECK(fileHash(province.province) == before);
    answers.yes = true;
    dialog.addButton()->click();
    CHECK(answers.errors.isEmpty());
    const auto keys = province.keys();
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].key.fingerprint() == newKey.publicKey().fingerprint());
    CHECK(cell(dialog, 0, TrustedKeysDialog::SourceColumn) == QStringLiteral("imported"));
}

TEST_CASE("A bad .pub file shows the error and changes nothing")
{
    LearntKey province;
    Answers answers;
    answers.chosen = writeFile(province.dir, QStringLiteral("bad.pub"), "ssh-ed25519 AAAAC3Nza not ours\n");
    auto document = openProvince(province.province);
    TrustedKeysDialog dialog(document.get());
    const QByteArray before = fileHash(province.province);
    answers.answer = 1;
    dialog.addButton()->click();
    REQUIRE(answers.errors.size() == 1);
    CHECK(answers.errors[0] == PublicKeyFile::read(answers.chosen).error().message);
    CHECK(answers.questions.isEmpty()); // refused before asking whose it is
    CHECK(dialog.table()->rowCount() == 1);
    CHECK(fileHash(province.province) == before);
}

TEST_CASE("Removing a key is asked first - a read-only province file's keys cannot be changed")
{
    LearntKey province;
    Answers answers;
    {
        auto document = openProvince(province.province);
        TrustedKeysDialog dialog(document.get());
        dialog.table()->setCurrentCell(0, 0);
        REQUIRE(dialog.removeButton()->isEnabled());
        dialog.removeButton()->click();
        REQUIRE(answers.questions.size() == 1);
        CHECK(answers.questions[0].contains(province.agencyKey.publicKey().fingerprint()));
        CHECK(province.keys().isEmpty());
        CHECK(dialog.table()->rowCount() == 0);
    }
    LearntKey other;
    auto readOnly = openProvince(other.province, ProvinceDocument::Access::ReadOnly);
    TrustedKeysDialog dialog(readOnly.get());
    dialog.table()->setCurrentCell(0, 0);
    CHECK(dialog.table()->rowCount() == 1);
    CHECK_FALSE(dialog.confirmButton()->isEnabled());
    CHECK_FALSE(dialog.addButton()->isEnabled());
    CHECK_FALSE(dialog.removeButton()->isEnabled());
}

