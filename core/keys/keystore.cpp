#include "keystore.h"
#include "publickeyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <sodium.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ParScore {
namespace {

const QByteArray magic = QByteArrayLiteral("parscore-secret-key");
constexpr int formatVersion = 1;
const QByteArray plain = QByteArrayLiteral("none");
const QByteArray sealed = QByteArrayLiteral("argon2id13-xsalsa20poly1305");
constexpr qsizetype maxKeyFileSize = 8192;
constexpr std::size_t sealedSize = crypto_secretbox_MACBYTES + KeyPair::SeedSize;

using Fields = QMap<QByteArray, QByteArray>;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Decodes canonical padded base64 of exactly `size` bytes into `out`.
bool decodeInto(QByteArrayView text, unsigned char *out, std::size_t size)
{
    std::size_t length = 0;
    const char *end = nullptr;
    return sodium_base642bin(out, size, text.data(), static_cast<std::size_t>(text.size()), nullptr, &length, &end,
                             sodium_base64_VARIANT_ORIGINAL)
               == 0
           && length == size && end == text.data() + text.size();
}

QByteArray encode(const unsigned char *bytes, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size)).toBase64();
}

// Why `path` (a folder or the key file) must not be trusted with a secret; empty when it is
// the user's own and closed to everyone else.
QString permissionProblem(const QString &path, bool folder)
{
#ifdef Q_OS_UNIX
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return KeyStore::tr("%1 cannot be examined").arg(shown(path));
    if (status.st_uid != ::geteuid())
        return KeyStore::tr("%1 belongs to another user").arg(shown(path));
    if ((status.st_mode & 077) != 0)
        return (folder ? KeyStore::tr("the folder %1 is open to other users (permissions %2); only its owner may "
                                      "have access (chmod 700)")
                       : KeyStore::tr("%1 is open to other users (permissions %2); only its owner may read or write "
                                      "a secret key (chmod 600)"))
            .arg(shown(path), QString::number(status.st_mode & 0777, 8).rightJustified(4, u'0'));
#else
    Q_UNUSED(path)
    Q_UNUSED(folder)
#endif
    return {};
}

// The folder, made 0700 from its first moment (mkdir with that mode, not chmod after).
QString makeFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!QDir().mkpath(info.absolutePath()))
        return KeyStore::tr("the folder %1 cannot be created").arg(shown(info.absolutePath()));
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(folder);
    if (::mkdir(name.constData(), 0700) != 0 && !QFileInfo(folder).isDir())
        return KeyStore::tr("the folder %1 cannot be created").arg(shown(folder));
    if (::chmod(name.constData(), 0700) != 0) // a folder of ours made wider by hand: close it again
        return KeyStore::tr("the permissions of the folder %1 cannot be set").arg(shown(folder));
#else
    if (!QDir().mkpath(folder))
        return KeyStore::tr("the folder %1 cannot be created").arg(shown(folder));
#endif
    return {};
}

Result<Fields> parseFields(const QByteArray &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(text);
    if (decoder.hasError() || !text.endsWith('\n'))
        return Error::unreadable(KeyStore::tr("it is not lines of UTF-8 text"));
    QList<QByteArray> lines = text.chopped(1).split('\n');
    const QByteArray header = lines.takeFirst();
    if (!header.startsWith(QByteArray(magic + ' ')))
        return Error::unreadable(KeyStore::tr("its first line is not “%1 %2”")
                                     .arg(QString::fromLatin1(magic))
                                     .arg(formatVersion));
    bool number = false;
    const int version = header.mid(magic.size() + 1).toInt(&number);
    if (!number || version < 1)
        return Error::unreadable(KeyStore::tr("its version is not a number"));
    if (version > formatVersion)
        return Error::unreadable(KeyStore::tr("it was made by a newer version of ParScore (format %1)").arg(version));
    static const QByteArrayList known{"kind", "holder", "public", "protection", "seed",
                                      "opslimit", "memlimit", "salt", "nonce", "sealed"};
    Fields fields;
    for (const QByteArray &line : lines) {
        const qsizetype space = line.indexOf(' ');
        const QByteArray name = line.left(space);
        if (space < 0 || !known.contains(name))
            return Error::unreadable(KeyStore::tr("the line “%1” is not known").arg(QString::fromUtf8(line.left(40))));
        if (fields.contains(name))
            return Error::unreadable(KeyStore::tr("“%1” is given twice").arg(QString::fromLatin1(name)));
        fields.insert(name, line.mid(space + 1));
    }
    const QByteArray protection = fields.value("protection");
    QByteArrayList required{"kind", "holder", "public", "protection"};
    if (protection == plain)
        required.append(QByteArrayLiteral("seed"));
    else if (protection == sealed)
        required += QByteArrayList{"opslimit", "memlimit", "salt", "nonce", "sealed"};
    else
        return Error::unreadable(KeyStore::tr("its protection “%1” is not known").arg(QString::fromUtf8(protection)));
    if (fields.size() != required.size())
        return Error::unreadable(KeyStore::tr("it has lines that do not belong to its protection"));
    for (const QByteArray &name : std::as_const(required)) {
        if (!fields.contains(name))
            return Error::unreadable(KeyStore::tr("the line “%1” is missing").arg(QString::fromLatin1(name)));
    }
    if (fields.value("kind") != "ed25519")
        return Error::unreadable(KeyStore::tr("its kind is not ed25519"));
    return fields;
}

struct ReadKey
{
    StoredKeyInfo info;
    Fields fields;
};

Result<ReadKey> readKeyFile(const QString &folder, const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::unreadable(KeyStore::tr("there is no key in %1 yet").arg(shown(folder)));
    for (const auto &[item, isFolder] : {std::pair(folder, true), std::pair(path, false)}) {
        if (const QString problem = permissionProblem(item, isFolder); !problem.isEmpty())
            return Error::invalid(KeyStore::tr("The key is refused: %1.").arg(problem));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unreadable(KeyStore::tr("%1 cannot be read").arg(shown(path)));
    QByteArray text = file.read(maxKeyFileSize + 1);
    if (file.error() != QFileDevice::NoError || text.size() > maxKeyFileSize)
        return Error::unreadable(KeyStore::tr("%1 cannot be read").arg(shown(path)));
    auto fields = parseFields(text);
    sodium_memzero(text.data(), static_cast<std::size_t>(text.size()));
    if (!fields)
        return Error::unreadable(
            KeyStore::tr("%1 is not a ParScore key file: %2").arg(shown(path), fields.error().message));
    const QString holder = QString::fromUtf8(fields.value().value("holder"));
    if (const QString problem = PublicKeyFile::holderProblem(holder); !problem.isEmpty())
        return Error::unreadable(KeyStore::tr("%1 is not a ParScore key file: %2").arg(shown(path), problem));
    auto key = PublicKey::fromBase64(fields.value().value("public"));
    if (!key)
        return Error::unreadable(
            KeyStore::tr("%1 is not a ParScore key file: %2")
                .arg(shown(path), KeyStore::tr("its public key is not the base64 of an Ed25519 public key")));
    const bool isSealed = fields.value().value("protection") == sealed;
    return ReadKey{{std::move(*key), holder, isSealed}, std::move(fields).value()};
}

// The key the passphrase derives, with the file's own cost limits (bounded: a file cannot
// ask for more than libsodium's "sensitive" limits).
Result<SecretBytes> deriveKey(QByteArrayView passphrase, const unsigned char *salt, unsigned long long opslimit,
                              std::size_t memlimit)
{
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (key.isNull()
        || crypto_pwhash(key.data(), key.size(), passphrase.data(), static_cast<unsigned long long>(passphrase.size()),
                         salt, opslimit, memlimit, crypto_pwhash_ALG_ARGON2ID13)
               != 0)
        return Error::unreadable(KeyStore::tr("there is not enough memory to derive the key from the passphrase"));
    return key;
}

Result<SecretBytes> openSeed(const ReadKey &read, QByteArrayView passphrase, const QString &path)
{
    const Fields &fields = read.fields;
    const auto damaged = [&path](const QString &what) {
        return Error::unreadable(KeyStore::tr("%1 is not a ParScore key file: %2").arg(shown(path), what));
    };
    SecretBytes seed(KeyPair::SeedSize);
    if (seed.isNull())
        return Error::unreadable(KeyPair::tr("the signing library (libsodium) cannot start or has no secure memory"));
    if (!read.info.passphraseProtected) {
        if (!decodeInto(fields.value("seed"), seed.data(), seed.size()))
            return damaged(KeyStore::tr("its secret is not the base64 of 32 bytes"));
        return seed;
    }
    bool opsNumber = false;
    bool memNumber = false;
    const unsigned long long opslimit = fields.value("opslimit").toULongLong(&opsNumber);
    const unsigned long long memlimit = fields.value("memlimit").toULongLong(&memNumber);
    if (!opsNumber || !memNumber || opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE
        || memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return damaged(KeyStore::tr("its passphrase limits are out of range"));
    unsigned char salt[crypto_pwhash_SALTBYTES];
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    unsigned char box[sealedSize];
    if (!decodeInto(fields.value("salt"), salt, sizeof salt) || !decodeInto(fields.value("nonce"), nonce, sizeof nonce)
        || !decodeInto(fields.value("sealed"), box, sizeof box))
        return damaged(KeyStore::tr("its salt, nonce or sealed secret has the wrong length"));
    if (passphrase.isEmpty())
        return Error::invalid(KeyStore::tr("The key in %1 is protected by a passphrase, and none was given.").arg(shown(path)));
    auto key = deriveKey(passphrase, salt, opslimit, static_cast<std::size_t>(memlimit));
    if (!key)
        return key.error();
    if (crypto_secretbox_open_easy(seed.data(), box, sizeof box, nonce, key.value().data()) != 0)
        return Error::invalid(KeyStore::tr("The passphrase does not open the key in %1.").arg(shown(path)));
    return seed;
}

} // namespace

QString KeyStore::defaultFolder()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base)) // the XDG rule: a relative value is ignored
        base = QDir::homePath() + QStringLiteral("/.config");
#else
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
#endif
    return QDir::cleanPath(base + QStringLiteral("/ParScore/keys"));
}

KeyStore::KeyStore(QString folder)
    : m_folder(std::move(folder))
{}

QString KeyStore::path() const
{
    return m_folder + u'/' + QLatin1String(FileName);
}

bool KeyStore::exists() const
{
    return QFileInfo::exists(path());
}

Result<StoredKeyInfo> KeyStore::info() const
{
    auto read = readKeyFile(m_folder, path());
    if (!read)
        return read.error();
    return std::move(read).value().info;
}

Result<StoredKey> KeyStore::load(QByteArrayView passphrase) const
{
    auto read = readKeyFile(m_folder, path());
    if (!read)
        return read.error();
    auto seed = openSeed(read.value(), passphrase, path());
    if (!seed)
        return seed.error();
    auto pair = KeyPair::fromSeed(seed.value().view());
    if (!pair)
        return pair.error();
    if (!(pair.value().publicKey() == read.value().info.key))
        return Error::unreadable(tr("%1 is not a ParScore key file: %2")
                                     .arg(shown(path()), tr("its secret does not belong to its public key")));
    return StoredKey{std::move(pair).value(), read.value().info.holder};
}

Result<bool> KeyStore::save(const KeyPair &pair, const QString &holder, QByteArrayView passphrase, bool replace) const
{
    if (const QString problem = PublicKeyFile::holderProblem(holder); !problem.isEmpty())
        return Error::invalid(problem);
    if (exists() && !replace)
        return Error::invalid(tr("A key already exists in %1.").arg(shown(m_folder)));
    if (const QString problem = makeFolder(m_folder); !problem.isEmpty())
        return Error::unreadable(problem);

    const SecretBytes seed = pair.seed();
    if (seed.isNull())
        return Error::unreadable(KeyPair::tr("the signing library (libsodium) cannot start or has no secure memory"));
    QByteArray text = magic + ' ' + QByteArray::number(formatVersion) + "\nkind ed25519\nholder " + holder.toUtf8()
                      + "\npublic " + pair.publicKey().bytes().toBase64() + "\nprotection ";
    if (passphrase.isEmpty()) {
        text += plain + "\nseed " + encode(seed.data(), seed.size()) + '\n';
    } else {
        unsigned char salt[crypto_pwhash_SALTBYTES];
        unsigned char nonce[crypto_secretbox_NONCEBYTES];
        unsigned char box[sealedSize];
        randombytes_buf(salt, sizeof salt);
        randombytes_buf(nonce, sizeof nonce);
        auto key = deriveKey(passphrase, salt, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
        if (!key)
            return key.error();
        crypto_secretbox_easy(box, seed.data(), seed.size(), nonce, key.value().data());
        text += sealed + "\nopslimit " + QByteArray::number(crypto_pwhash_OPSLIMIT_INTERACTIVE) + "\nmemlimit "
                + QByteArray::number(crypto_pwhash_MEMLIMIT_INTERACTIVE) + "\nsalt " + encode(salt, sizeof salt)
                + "\nnonce " + encode(nonce, sizeof nonce) + "\nsealed " + encode(box, sizeof box) + '\n';
    }

    // The temporary file is made owner-only before a byte of the secret goes in; the folder is
    // already 0700, so no one else could open the file even in the moment before.
    QSaveFile file(path());
    bool written = file.open(QIODevice::WriteOnly)
                   && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#ifdef Q_OS_UNIX
    struct stat status = {};
    written = written && ::fstat(file.handle(), &status) == 0 && (status.st_mode & 077) == 0;
#endif
    written = written && file.write(text) == text.size();
    sodium_memzero(text.data(), static_cast<std::size_t>(text.size()));
    if (!written) {
        file.cancelWriting();
        return Error::unreadable(tr("%1 cannot be written with permissions for its owner only").arg(shown(path())));
    }
    if (!file.commit())
        return Error::unreadable(tr("%1 cannot be written: %2").arg(shown(path()), file.errorString()));
    return true;
}

} // namespace ParScore

namespace ParScore {

Result<CreatedKey> KeyStore::loadOrCreate(QByteArrayView passphrase, const QString &holder) const
{
    if (const QString problem = makeFolder(m_folder); !problem.isEmpty())
        return Error::unreadable(problem);
    // Two programs signing their first file at once must not each make a key, the second
    // replacing the first after it has signed.
    QLockFile lock(QDir(m_folder).filePath(QStringLiteral("signing.key.lock")));
    if (!lock.lock())
        return Error::unreadable(tr("%1 cannot be written: %2").arg(shown(m_folder), tr("it is locked")));
    if (exists()) {
        auto loaded = load(passphrase);
        if (!loaded)
            return loaded.error();
        return CreatedKey{std::move(loaded).value(), false};
    }
    auto pair = KeyPair::generate();
    if (!pair)
        return pair.error();
    auto saved = save(pair.value(), holder, passphrase, false);
    if (!saved)
        return saved.error();
    return CreatedKey{{std::move(pair).value(), holder}, true};
}

} // namespace ParScore
