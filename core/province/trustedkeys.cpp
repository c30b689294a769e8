#include "trustedkeys.h"

#include "assessmentstore.h"
#include "clock.h"

#include <QSqlQuery>

#include <algorithm>

namespace ParScore {
namespace {

constexpr int maxTextLength = 1000; // as the validator allows (parxvalidator.cpp)

Error damaged()
{
    return Error::unreadable(TrustedKeys::tr("The trusted keys of the file cannot be read: the file is damaged or "
                                             "was altered"));
}

Result<bool> requireProvince(ParxFile &file)
{
    if (file.info(QStringLiteral("role")) != QLatin1String("inspector"))
        return Error::invalid(TrustedKeys::tr("%1 is not the inspectors' province file: keys are trusted only there")
                                  .arg(file.path()));
    return true;
}

// The change log's line of a key: data, the same whatever the language.
QString logText(const KnownKey &key)
{
    const QString state = key.source == KeySource::Learned && !key.confirmed() ? QStringLiteral("learned")
                          : key.source == KeySource::Learned                   ? QStringLiteral("confirmed")
                                                                               : QStringLiteral("imported");
    const QString text = state + u' ' + key.key.fingerprint();
    return key.holderKind == KeyHolderKind::Inspector ? text + u' ' + key.holder : text;
}

// Replaces `before` by `after` (either may be none) with the change's log entry, inside the
// caller's transaction.
Result<bool> replaceKey(QSqlDatabase &db, const std::optional<KnownKey> &before, const std::optional<KnownKey> &after,
                        const QString &author, qint64 now)
{
    if (before) {
        auto removed = execSql(
            db, QStringLiteral("DELETE FROM known_keys WHERE holder_kind = ? AND agency_code = ? AND public_key = ?"),
            {keyHolderKindKey(before->holderKind), before->agencyCode, before->key.base64()});
        if (!removed)
            return removed;
    }
    if (after) {
        auto inserted = execSql(
            db,
            QStringLiteral("INSERT OR REPLACE INTO known_keys (holder_kind, agency_code, public_key, holder, source, "
                           "recorded_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {keyHolderKindKey(after->holderKind), after->agencyCode, after->key.base64(), after->holder,
             keySourceKey(after->source), after->recordedAt,
             after->confirmedAt ? QVariant(*after->confirmedAt) : QVariant(QMetaType(QMetaType::LongLong))});
        if (!inserted)
            return inserted;
    }
    const KnownKey &key = after ? *after : *before;
    const QString item = key.holderKind == KeyHolderKind::Agency ? QStringLiteral("agency:") + key.agencyCode
                                                                 : QStringLiteral("inspector");
    return AssessmentStore::appendLog(db, {{}, QStringLiteral(""), now, author, QStringLiteral("trust"), QString(), item,
                                           before ? logText(*before) : QString(), after ? logText(*after) : QString()});
}

std::optional<KnownKey> agencyKey(const QList<KnownKey> &keys, const QString &agencyCode)
{
    for (const KnownKey &known : keys) {
        if (known.holderKind == KeyHolderKind::Agency && known.agencyCode == agencyCode)
            return known;
    }
    return std::nullopt;
}

// Runs `change` in one write transaction on the keys as the transaction reads them.
Result<TrustChange> changeKeys(ParxFile &file,
                               const std::function<Result<TrustChange>(QSqlDatabase &, const QList<KnownKey> &)> &change)
{
    auto province = requireProvince(file);
    if (!province)
        return province.error();
    std::optional<TrustChange> done;
    auto written = file.write([&](QSqlDatabase &db) -> Result<bool> {
        auto keys = TrustedKeys::read(db);
        if (!keys)
            return keys.error();
        auto changed = change(db, keys.value());
        if (!changed)
            return changed.error();
        done = std::move(changed).value();
        return true;
    });
    if (!written)
        return written.error();
    return *done;
}

} // namespace

QString keyHolderKindKey(KeyHolderKind kind)
{
    return kind == KeyHolderKind::Inspector ? QStringLiteral("inspector") : QStringLiteral("agency");
}

QString keySourceKey(KeySource source)
{
    return source == KeySource::Learned ? QStringLiteral("learned") : QStringLiteral("imported");
}

QString TrustedKeys::agencyCodeProblem(const QString &agencyCode)
{
    if (agencyCode.trimmed().isEmpty() || agencyCode.size() > maxTextLength)
        return tr("The agency code must be a non-empty text of at most %1 characters").arg(maxTextLength);
    if (agencyCode != agencyCode.trimmed())
        return tr("The agency code “%1” begins or ends with a space").arg(agencyCode);
    return {};
}

Result<QList<KnownKey>> TrustedKeys::list(ParxFile &file)
{
    auto province = requireProvince(file);
    if (!province)
        return province.error();
    return read(file.db());
}

Result<QList<KnownKey>> TrustedKeys::read(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT holder_kind, agency_code, public_key, holder, source, recorded_at, "
                                   "confirmed_at FROM known_keys")))
        return damaged();
    QList<KnownKey> keys;
    while (query.next()) {
        // The validator admits only these values and base64 of the right length; a key that
        // is not a valid point trusts nothing.
        auto key = PublicKey::fromBase64(query.value(2).toString().toLatin1());
        if (!key)
            return damaged();
        const QVariant confirmed = query.value(6);
        keys.append({query.value(0).toString() == QLatin1String("inspector") ? KeyHolderKind::Inspector
                                                                             : KeyHolderKind::Agency,
                     query.value(1).toString(), *key, query.value(3).toString(),
                     query.value(4).toString() == QLatin1String("learned") ? KeySource::Learned : KeySource::Imported,
                     query.value(5).toLongLong(),
                     confirmed.isNull() ? std::nullopt : std::optional<qint64>(confirmed.toLongLong())});
    }
    std::sort(keys.begin(), keys.end(), [](const KnownKey &a, const KnownKey &b) {
        return std::make_tuple(int(a.holderKind), a.agencyCode, a.holder, a.key.fingerprint())
               < std::make_tuple(int(b.holderKind), b.agencyCode, b.holder, b.key.fingerprint());
    });
    return keys;
}

Result<TrustChange> TrustedKeys::recordAgency(ParxFile &file, const QString &agencyCode, const PublicKey &key,
                                              const QString &holder, const QString &author)
{
    if (const QString problem = agencyCodeProblem(agencyCode); !problem.isEmpty())
        return Error::invalid(problem);
    const qint64 now = Clock::nowMs();
    return changeKeys(file, [&](QSqlDatabase &db, const QList<KnownKey> &keys) -> Result<TrustChange> {
        const std::optional<KnownKey> old = agencyKey(keys, agencyCode);
        const KnownKey recorded{KeyHolderKind::Agency, agencyCode, key, holder, KeySource::Imported, now, now};
        if (old && old->key == key && old->source == KeySource::Imported && old->holder == holder)
            return TrustChange{*old, std::nullopt, false};
        auto stored = replaceKey(db, old, recorded, author, now);
        if (!stored)
            return stored.error();
        return TrustChange{recorded, old && !(old->key == key) ? old : std::nullopt, true};
    });
}

Result<TrustChange> TrustedKeys::recordInspector(ParxFile &file, const PublicKey &key, const QString &holder,
                                                 const QString &author)
{
    const qint64 now = Clock::nowMs();
    return changeKeys(file, [&](QSqlDatabase &db, const QList<KnownKey> &keys) -> Result<TrustChange> {
        for (const KnownKey &known : keys) {
            if (known.holderKind == KeyHolderKind::Inspector && known.key == key && known.holder == holder)
                return TrustChange{known, std::nullopt, false};
        }
        const KnownKey recorded{KeyHolderKind::Inspector, QStringLiteral(""), key, holder, KeySource::Imported, now, now};
        auto stored = replaceKey(db, std::nullopt, recorded, author, now);
        if (!stored)
            return stored.error();
        return TrustChange{recorded, std::nullopt, true};
    });
}

Result<TrustChange> TrustedKeys::confirmAgency(ParxFile &file, const QString &agencyCode, const QString &author)
{
    const qint64 now = Clock::nowMs();
    return changeKeys(file, [&](QSqlDatabase &db, const QList<KnownKey> &keys) -> Result<TrustChange> {
        const std::optional<KnownKey> old = agencyKey(keys, agencyCode);
        if (!old)
            return Error::invalid(tr("The province file knows no key of the agency %1").arg(agencyCode));
        if (old->confirmed())
            return TrustChange{*old, std::nullopt, false};
        KnownKey confirmed = *old;
        confirmed.confirmedAt = now;
        auto stored = replaceKey(db, old, confirmed, author, now);
        if (!stored)
            return stored.error();
        return TrustChange{confirmed, std::nullopt, true};
    });
}

Result<TrustChange> TrustedKeys::removeAgency(ParxFile &file, const QString &agencyCode, const QString &author)
{
    const qint64 now = Clock::nowMs();
    return changeKeys(file, [&](QSqlDatabase &db, const QList<KnownKey> &keys) -> Result<TrustChange> {
        const std::optional<KnownKey> old = agencyKey(keys, agencyCode);
        if (!old)
            return Error::invalid(tr("The province file knows no key of the agency %1").arg(agencyCode));
        auto removed = replaceKey(db, old, std::nullopt, author, now);
        if (!removed)
            return removed.error();
        return TrustChange{*old, std::nullopt, true};
    });
}

Result<TrustChange> TrustedKeys::removeInspector(ParxFile &file, const PublicKey &key, const QString &author)
{
    const qint64 now = Clock::nowMs();
    return changeKeys(file, [&](QSqlDatabase &db, const QList<KnownKey> &keys) -> Result<TrustChange> {
        for (const KnownKey &known : keys) {
            if (known.holderKind != KeyHolderKind::Inspector || !(known.key == key))
                continue;
            auto removed = replaceKey(db, known, std::nullopt, author, now);
            if (!removed)
                return removed.error();
            return TrustChange{known, std::nullopt, true};
        }
        return Error::invalid(tr("The province file does not trust the inspector key %1").arg(key.fingerprint()));
    });
}

Result<bool> TrustedKeys::learn(QSqlDatabase &db, const QString &agencyCode, const PublicKey &key,
                                const QString &holder, const QString &author, qint64 now)
{
    const KnownKey learned{KeyHolderKind::Agency, agencyCode, key, holder.left(maxTextLength), KeySource::Learned,
                           now, std::nullopt};
    return replaceKey(db, std::nullopt, learned, author, now);
}

} // namespace ParScore
