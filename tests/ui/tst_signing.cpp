// Signing in the windows: submitting signs the seal and finalizing signs the final result
// with the user's key (made on first use, its passphrase asked for in the window), and every
// window that shows a seal says who signed it — or that it is not signed. Each test keeps its
// key in a temporary XDG_CONFIG_HOME.
#include "answersparser.h"
#include "appraisalwindow.h"
#include "fixtures.h"
#include "inspectorfixtures.h"
#include "inspectorwindow.h"
#include "keystore.h"
#include "messages.h"
#include "officerwindow.h"
#include "overviewmodel.h"
#include "provincedocument.h"
#include "readinessdialog.h"
#include "uifixtures.h"
#include "verification.h"

#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <deque>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// The user's key folder in a temporary folder, for as long as it lives.
struct KeyHome
{
    QTemporaryDir dir;
    QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    KeyHome() { qputenv("XDG_CONFIG_HOME", dir.path().toLocal8Bit()); }
    ~KeyHome() { qputenv("XDG_CONFIG_HOME", saved); }
    QString fingerprint() const
    {
        const auto info = KeyStore().info();
        REQUIRE(info);
        return info.value().key.fingerprint();
    }
};

// Every question answered yes; passphrases typed from a queue (none: Cancel); each prompt
// and error recorded.
struct SigningDialogs
{
    QStringList errors;
    QStringList prompts;
    std::deque<std::optional<QString>> passphrases;
    SigningDialogs()
    {
        Messages::TestHooks hooks;
        hooks.error = [this](const Error &error) { errors.append(error.message); };
        hooks.confirm = [](const QString &) { return true; };
        hooks.askPassphrase = [this](const QString &question) -> std::optional<QString> {
            prompts.append(question);
            REQUIRE_FALSE(passphrases.empty());
            const auto typed = passphrases.front();
            passphrases.pop_front();
            return typed;
        };
        Messages::setTestHooks(std::move(hooks));
    }
    ~SigningDialogs() { Messages::setTestHooks({}); }
};

// A department's assessment ready to submit: the demo self-assessment, a note on each item.
QString readyFile(const QTemporaryDir &dir)
{
    const QString path = newFile(dir);
    auto document = openDocument(path);
    answerDemo(*document);
    REQUIRE(ReadinessDialog(document.get()).problemCount() == 0);
    return path;
}

// What `verify` says of the file's one assessment.
Verification verified(const QString &path)
{
    auto file = ParxFile::open(path, ParxFile::Mode::ReadOnly);
    REQUIRE(file);
    auto all = AssessmentStore(*file.value()).list();
    REQUIRE(all);
    REQUIRE(all.value().size() == 1);
    auto result = Verification::of(*file.value(), all.value().constFirst());
    REQUIRE(result);
    return result.value();
}

bool labelSays(const QWidget &window, const QString &text)
{
    const auto labels = window.findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) { return label->text().contains(text); });
}

} // namespace

TEST_CASE("Submitting in the officer's window signs the seal with the user's key, made on first use and named")
{
    KeyHome home;
    SigningDialogs dialogs;
    QTemporaryDir dir;
    const QString path = readyFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));
    CHECK_FALSE(KeyStore().exists());
    window.submit();

    REQUIRE(window.document()->isSealed());
    const QString fingerprint = home.fingerprint(); // made just now, without a passphrase
    CHECK(dialogs.prompts.isEmpty());
    CHECK(dialogs.errors.isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Signed with your new signing key ") + fingerprint));
    CHECK(labelSays(window, QStringLiteral("Signature of the submission: signed by the key ") + fingerprint));
    const Verification v = verified(path);
    CHECK(v.holds());
    CHECK(v.sealSignature.isSigned);
    CHECK(v.sealSignature.valid);
    REQUIRE(v.sealSignature.signer);
    CHECK(v.sealSignature.signer->fingerprint() == fingerprint);
}

TEST_CASE("A key with a passphrase is asked for in the window - again after a wrong one - and Cancel submits nothing")
{
    KeyHome home;
    const KeyPair pair = KeyPair::generate().value();
    REQUIRE(KeyStore().save(pair, QStringLiteral("Sở Tư pháp"), QByteArrayView("mật khẩu đúng"), false));
    const QString fingerprint = pair.publicKey().fingerprint();
    SigningDialogs dialogs;
    QTemporaryDir dir;
    const QString path = readyFile(dir);
    OfficerWindow window;
    REQUIRE(window.openFile(path));

    // A wrong passphrase, then Cancel: nothing sealed, nothing signed, no error.
    dialogs.passphrases = {QStringLiteral("sai"), std::nullopt};
    window.submit();
    REQUIRE(dialogs.prompts.size() == 2);
    CHECK(dialogs.prompts.at(0).contains(QStringLiteral("protected by a passphrase")));
    CHECK(dialogs.prompts.at(1).contains(QStringLiteral("does not open your signing key")));
    CHECK(dialogs.errors.isEmpty());
    CHECK_FALSE(window.document()->isSealed());
    CHECK_FALSE(readDocument(path)->isSealed());
    CHECK(verified(path).seal == SealState::NotSealed);

    // A wrong passphrase, then the right one: sealed and signed by that key.
    dialogs.prompts.clear();
    dialogs.passphrases = {QStringLiteral("sai nữa"), QStringLiteral("mật khẩu đúng")};
    window.submit();
    CHECK(dialogs.prompts.size() == 2);
    CHECK(dialogs.errors.isEmpty());
    REQUIRE(window.document()->isSealed());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Signed with the key ") + fingerprint));
    const Verification v = verified(path);
    CHECK(v.holds());
    REQUIRE(v.sealSignature.signer);
    CHECK(v.sealSignature.signer->fingerprint() == fingerprint);
}

TEST_CASE("The overview and the appraisal window label each seal's signature - finalizing signs the final result")
{
    KeyHome home;
    SigningDialogs dialogs;
    SubmittedProvince province;
    const KeyPair agencyKey = KeyPair::generate().value();
    {
        // STP submitted signed, SNV as files made before signatures were.
        auto file = ParxFile::open(province.path, ParxFile::Mode::ReadWrite);
        REQUIRE(file);
        REQUIRE(Seal::seal(*file.value(), province.stp, QStringLiteral("Thủ trưởng"), &agencyKey));
        REQUIRE(Seal::seal(*file.value(), province.snv, QStringLiteral("Thủ trưởng")));
    }
    InspectorWindow workspace;
    REQUIRE(workspace.openFile(province.path));
    const QAbstractItemModel *model = workspace.table()->model();
    QMap<QString, QModelIndex> seals; // by agency
    for (int row = 0; row < model->rowCount(); ++row)
        seals.insert(model->index(row, 0).data(OverviewModel::AgencyRole).toString(),
                     model->index(row, OverviewModel::SealColumn));
    REQUIRE(seals.size() == 2);
    CHECK(seals.value(QStringLiteral("STP")).data().toString() == QStringLiteral("intact, signed"));
    CHECK(seals.value(QStringLiteral("STP")).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("signed by the key ") + agencyKey.publicKey().fingerprint()));
    CHECK(seals.value(QStringLiteral("SNV")).data().toString() == QStringLiteral("intact, not signed"));
    CHECK(seals.value(QStringLiteral("SNV")).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("not signed (made before signatures)")));

    AppraisalWindow *snv = workspace.openAppraisal(province.snv.uuid);
    REQUIRE(snv);
    CHECK(snv->signatureText() == QStringLiteral("Submission: not signed (made before signatures)"));
    AppraisalWindow *stp = workspace.openAppraisal(province.stp.uuid);
    REQUIRE(stp);
    CHECK(stp->signatureText()
          == QStringLiteral("Submission: signed by the key ") + agencyKey.publicKey().fingerprint());

    // Round 1 complete (1.1 and 1.2 as the agency, the appraisers' 2.1), then finalized here.
    ProvinceDocument &document = *workspace.document();
    const auto read = document.agency(province.stp.uuid);
    REQUIRE(read);
    for (const QString &node : {QStringLiteral("1.1"), QStringLiteral("1.2")})
        REQUIRE(document.setAppraisalAnswer(read.value().info, read.value().set, Layer::Appraisal1, node,
                                            read.value().layer(Layer::Self).answers.value(node)));
    const auto survey = AnswersParser::parseAnswer(read.value().set, QStringLiteral("2.1"),
                                                   QJsonObject{{QStringLiteral("percent"), 90}}, Role::Appraiser);
    REQUIRE(survey);
    REQUIRE(document.setAppraisalAnswer(read.value().info, read.value().set, Layer::Appraisal1, QStringLiteral("2.1"),
                                        survey.value()));
    stp->finalize();
    CHECK(dialogs.errors.isEmpty());
    const QString inspector = home.fingerprint();
    CHECK(stp->notice().contains(QStringLiteral("Signed with your new signing key ") + inspector));
    CHECK(stp->signatureText().contains(QStringLiteral("Final result: signed by the key ") + inspector));
    auto file = ParxFile::open(province.path, ParxFile::Mode::ReadOnly);
    REQUIRE(file);
    const auto final = AssessmentStore(*file.value()).find(province.stp.uuid);
    REQUIRE(final);
    const auto v = Verification::of(*file.value(), final.value());
    REQUIRE(v);
    CHECK(v.value().isFinal());
    CHECK(v.value().holds());
    REQUIRE(v.value().finalSignature.signer);
    CHECK(v.value().finalSignature.valid);
    CHECK(v.value().finalSignature.signer->fingerprint() == inspector);
}
