// Signing keys (core/keys): Ed25519 through libsodium against RFC 8032's vectors, tampering
// refused, the fingerprint people compare, the one-line public key file, and the secret key
// kept in the configuration folder for its owner only, plain or under a passphrase.
#include "fixtures.h"
#include "keypair.h"
#include "keystore.h"
#include "publickeyfile.h"
#include "storagefixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace ParScore;
using namespace ParScore::Test;

namespace {

// RFC 8032, section 7.1, TEST 1: the seed, its public key and the signature of the empty message.
const QByteArray rfcSeed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray rfcPublic = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray rfcSignature = QByteArray::fromHex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe2465"
    "5141438e7a100b");

KeyPair rfcPair()
{
    auto pair = KeyPair::fromSeed(rfcSeed);
    REQUIRE(pair.ok());
    return std::move(pair).value();
}

KeyPair newPair()
{
    auto pair = KeyPair::generate();
    REQUIRE(pair.ok());
    return std::move(pair).value();
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
    return bytes;
}


QString parseProblem(const QByteArray &text)
{
    const auto parsed = PublicKeyFile::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().kind == ErrorKind::Invalid);
    return parsed.error().message;
}



} // namespace

TEST_CASE("keys: RFC 8032's seed gives its public key, its signature and a known fingerprint")
{
    const KeyPair pair = rfcPair();
    CHECK(pair.publicKey().bytes() == rfcPublic);
    CHECK(pair.sign({}) == rfcSignature);
    CHECK(pair.publicKey().verify({}, rfcSignature));
    // First 16 bytes of SHA-256 of the 32 key bytes (sha256sum of d75a…511a: 21fe31df…).
    CHECK(pair.publicKey().fingerprint() == QStringLiteral("21FE 31DF A154 A261 626B F854 046F D227"));
    CHECK(pair.publicKey().base64() == QStringLiteral("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="));
}

TEST_CASE("keys: a fingerprint is eight groups of four hex digits, the same for the same key, another for another")
{
    const KeyPair one = newPair();
    const KeyPair two = newPair();
    const QRegularExpression format(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$"));
    CHECK(format.match(one.publicKey().fingerprint()).hasMatch());
    CHECK(one.publicKey().fingerprint() == PublicKey::fromBase64(one.publicKey().base64().toLatin1())->fingerprint());
    CHECK(one.publicKey().fingerprint() != two.publicKey().fingerprint());
}

TEST_CASE("keys: a signature holds for its message and key only - changed message, signature or key is refused")
{
    const KeyPair pair = newPair();
    const QByteArray message = QByteArrayLiteral("seal v2 0123456789abcdef");
    const QByteArray signature = pair.sign(message);
    REQUIRE(signature.size() == PublicKey::SignatureSize);
    CHECK(pair.publicKey().verify(message, signature));
    CHECK_FALSE(pair.publicKey().verify(flipped(message, 5), signature));
    CHECK_FALSE(pair.publicKey().verify(QByteArray(message + ' '), signature));
    CHECK_FALSE(pair.publicKey().verify(message, flipped(signature, 0)));
    CHECK_FALSE(pair.publicKey().verify(message, flipped(signature, 63)));
    CHECK_FALSE(pair.publicKey().verify(message, signature.left(63)));
    CHECK_FALSE(newPair().publicKey().verify(message, signature));
    const auto swapped = PublicKey::fromBytes(flipped(pair.publicKey().bytes(), 3));
    CHECK((!swapped || !swapped->verify(message, signature)));
}

TEST_CASE("keys: a public key must be 32 bytes of a valid point, in canonical base64")
{
    CHECK_FALSE(PublicKey::fromBytes(rfcPublic.left(31)));
    CHECK_FALSE(PublicKey::fromBytes(QByteArray(rfcPublic + 'x')));
    QByteArray identity(32, '\0'); // the neutral point: of small order, it would accept forged signatures
    identity[0] = 1;
    CHECK_FALSE(PublicKey::fromBytes(identity));
    CHECK(PublicKey::fromBase64("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="));
    CHECK_FALSE(PublicKey::fromBase64("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo"));   // no padding
    CHECK_FALSE(PublicKey::fromBase64("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURp="));  // non-canonical last digit
    CHECK_FALSE(PublicKey::fromBase64("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo="));  // URL alphabet
}

TEST_CASE("keys: a public key file is one line read back to the same key and holder")
{
    const PublicKeyFile original{rfcPair().publicKey(), QStringLiteral("Sở Nội vụ tỉnh Ninh Bình")};
    const QByteArray line = original.toLine();
    CHECK(line == "parscore-ed25519 11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo= " + original.holder.toUtf8() + '\n');
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("so.pub"));
    REQUIRE(original.write(path).ok());
    const auto read = PublicKeyFile::read(path);
    REQUIRE(read.ok());
    CHECK(read.value().key == original.key);
    CHECK(read.value().holder == original.holder);
    // Never over an existing file.
    const auto again = PublicKeyFile{newPair().publicKey(), QStringLiteral("B")}.write(path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Invalid);
    CHECK(fileBytes(path) == line);
    // A line ended the Windows way, and a name with inner spaces, read the same.
    const auto crlf = PublicKeyFile::parse(QByteArray(line.chopped(1) + "\r\n"));
    REQUIRE(crlf.ok());
    CHECK(crlf.value().holder == original.holder);
}

TEST_CASE("keys: malformed public key lines are refused, naming what is wrong")
{
    const QByteArray key = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
    CHECK(parseProblem("").contains(QStringLiteral("parscore-ed25519")));
    CHECK(parseProblem("ssh-ed25519 " + key + " A\n").contains(QStringLiteral("parscore-ed25519")));
    CHECK(parseProblem("parscore-ed25519 " + key + "\n").contains(QStringLiteral("holder")));
    CHECK(parseProblem("parscore-ed25519 " + key + " \n").contains(QStringLiteral("empty")));
    CHECK(parseProblem("parscore-ed25519 " + key + "  A\n").contains(QStringLiteral("space")));
    CHECK(parseProblem("parscore-ed25519 AAAA A\n").contains(QStringLiteral("base64")));
    CHECK(parseProblem("parscore-ed25519 " + key + " A\nparscore-ed25519 " + key + " B\n")
              .contains(QStringLiteral("one line")));
    CHECK(parseProblem("parscore-ed25519 " + key + " A\x1b[2J\n").contains(QStringLiteral("U+001B")));
    CHECK(parseProblem("parscore-ed25519 " + key + " A\xe2\x80\xae" "B\n").contains(QStringLiteral("U+202E")));
    CHECK(parseProblem("parscore-ed25519 " + key + " S\xe1\xbb\n").contains(QStringLiteral("UTF-8")));
    CHECK(parseProblem("parscore-ed25519 " + key + ' ' + QByteArray(201, 'a') + '\n').contains(QStringLiteral("200")));
    CHECK(parseProblem(QByteArray(5000, 'a')).contains(QStringLiteral("5000")));
}

TEST_CASE("keys: a plain key is stored owner-only (folder 0700, file 0600) and loads back to sign the same")
{
    QTemporaryDir dir;
    const KeyStore store(dir.filePath(QStringLiteral("config/ParScore/keys")));
    CHECK_FALSE(store.exists());
    const auto missing = store.info();
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::Unreadable);

    const KeyPair pair = newPair();
    REQUIRE(store.save(pair, QStringLiteral("Nguyễn Văn A"), {}, false).ok());
    CHECK(fileMode(store.folder()) == 0700);
    CHECK(fileMode(store.path()) == 0600);
    const auto info = store.info();
    REQUIRE(info.ok());
    CHECK(info.value().key == pair.publicKey());
    CHECK(info.value().holder == QStringLiteral("Nguyễn Văn A"));
    CHECK_FALSE(info.value().passphraseProtected);
    const auto loaded = store.load("ignored for a plain key");
    REQUIRE(loaded.ok());
    CHECK(loaded.value().pair.publicKey() == pair.publicKey());
    CHECK(pair.publicKey().verify("x", loaded.value().pair.sign("x")));

    // An existing key is replaced only when asked.
    const KeyPair other = newPair();
    const auto refused = store.save(other, QStringLiteral("B"), {}, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Invalid);
    CHECK(store.info().value().key == pair.publicKey());
    REQUIRE(store.save(other, QStringLiteral("B"), {}, true).ok());
    CHECK(store.info().value().key == other.publicKey());
    CHECK(fileMode(store.path()) == 0600);
}

TEST_CASE("keys: a key under a passphrase opens with it only, and its file holds no plain secret")
{
    QTemporaryDir dir;
    const KeyStore store(dir.filePath(QStringLiteral("keys")));
    const KeyPair pair = newPair();
    const QByteArray passphrase = QStringLiteral("mật khẩu đủ dài").toUtf8();
    REQUIRE(store.save(pair, QStringLiteral("Thanh tra A"), passphrase, false).ok());
    const QByteArray text = fileBytes(store.path());
    CHECK(text.contains("protection argon2id13-xsalsa20poly1305\n"));
    CHECK_FALSE(text.contains("seed "));
    CHECK_FALSE(text.contains(pair.seed().view().toByteArray().toBase64()));
    CHECK(store.info().value().passphraseProtected);

    const auto opened = store.load(passphrase);
    REQUIRE(opened.ok());
    CHECK(opened.value().pair.publicKey() == pair.publicKey());

    const auto wrong = store.load("mật khẩu sai");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::Invalid);
    CHECK(wrong.error().message.contains(QStringLiteral("passphrase does not open")));
    const auto none = store.load({});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("none was given")));
}

TEST_CASE("keys: a key file or folder others can reach is refused with the reason, like ssh")
{
    QTemporaryDir dir;
    const KeyStore store(dir.filePath(QStringLiteral("keys")));
    REQUIRE(store.save(newPair(), QStringLiteral("A"), {}, false).ok());
    REQUIRE(::chmod(QFile::encodeName(store.path()).constData(), 0644) == 0);
    for (const auto &result : {store.info().ok() ? Error{} : store.info().error(),
                               store.load({}).ok() ? Error{} : store.load({}).error()}) {
        CHECK(result.kind == ErrorKind::Invalid);
        CHECK(result.message.contains(QStringLiteral("permissions 0644")));
        CHECK(result.message.contains(QStringLiteral("chmod 600")));
    }
    REQUIRE(::chmod(QFile::encodeName(store.path()).constData(), 0600) == 0);
    REQUIRE(::chmod(QFile::encodeName(store.folder()).constData(), 0755) == 0);
    const auto folder = store.info();
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("chmod 700")));
    // Saving again closes the folder that was opened by hand.
    REQUIRE(store.save(newPair(), QStringLiteral("A"), {}, true).ok());
    CHECK(fileMode(store.folder()) == 0700);
    CHECK(store.info().ok());
}

TEST_CASE("keys: a key file whose secret, version or lines were changed is refused")
{
    QTemporaryDir dir;
    const KeyStore store(dir.filePath(QStringLiteral("keys")));
    const KeyPair pair = rfcPair();
    REQUIRE(store.save(pair, QStringLiteral("A"), {}, false).ok());
    const QByteArray text = fileBytes(store.path());
    const auto refusedWith = [&](const QByteArray &changed, const QString &needle) {
        writeFile(dir, QStringLiteral("keys/signing.key"), changed);
        const auto loaded = store.load({});
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(needle));
    };
    // The secret of another key under this public key.
    const QByteArray otherSeed = newPair().seed().view().toByteArray().toBase64();
    refusedWith(QByteArray(text).replace(rfcSeed.toBase64(), otherSeed), QStringLiteral("does not belong"));
    refusedWith(QByteArray(text).replace("parscore-secret-key 1", "parscore-secret-key 2"),
                QStringLiteral("newer version"));
    refusedWith(QByteArray(text).replace("kind ed25519", "kind rsa"), QStringLiteral("ed25519"));
    refusedWith(text + "comment hello\n", QStringLiteral("not known"));
    refusedWith(QByteArray(text).replace("protection none\n", ""), QStringLiteral("protection"));
    writeFile(dir, QStringLiteral("keys/signing.key"), text);
    CHECK(store.load({}).ok());
}

TEST_CASE("keys: the key folder follows XDG_CONFIG_HOME, ~/.config when it is unset or relative")
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    const bool wasSet = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", "/tmp/xdg-test");
    CHECK(KeyStore::defaultFolder() == QStringLiteral("/tmp/xdg-test/ParScore/keys"));
    qputenv("XDG_CONFIG_HOME", "relative");
    CHECK(KeyStore::defaultFolder() == QDir::homePath() + QStringLiteral("/.config/ParScore/keys"));
    qunsetenv("XDG_CONFIG_HOME");
    CHECK(KeyStore::defaultFolder() == QDir::homePath() + QStringLiteral("/.config/ParScore/keys"));
    if (wasSet)
        qputenv("XDG_CONFIG_HOME", saved);
}

TEST_CASE("keys: a key made on first use takes a holder's name a key file can keep, whatever the agency's name", "[keys]")
{
    const QString longName = QString(250, u'Đ');
    const QStringList names{QStringLiteral("Sở Tư pháp"), QStringLiteral("  Sở\tTư\u202Epháp\n"), longName,
                            QStringLiteral("\u0001\u0002"), QString()};
    for (const QString &name : names) {
        const QString holder = PublicKeyFile::holderFrom(name);
        CAPTURE(name, holder);
        CHECK(PublicKeyFile::holderProblem(holder).isEmpty());
    }
    CHECK(PublicKeyFile::holderFrom(QStringLiteral("Sở Tư pháp")) == QStringLiteral("Sở Tư pháp"));
    CHECK(PublicKeyFile::holderFrom(QStringLiteral("  Sở\tTư\u202Epháp\n")) == QStringLiteral("Sở Tưpháp"));
    CHECK(PublicKeyFile::holderFrom(longName).size() == PublicKeyFile::MaxHolderLength);
    CHECK(PublicKeyFile::holderFrom(QString()) == QStringLiteral("ParScore"));
}
