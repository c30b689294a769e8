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

// The change log's line of a trust change: data, the same whatever the language.
QString stateText(const KnownKey &key)
{
    const QString state = key.source == KeySource::Learned && !key.confirmed() ? QStringLiteral("learned")
                          : key.source == KeySource::Learned                   ? QStringLiteral("confirmed")
                                                                               : QStringLiteral("imported");
    return state + u' ' + key.key.fingerprint();
}

QString logItem(KeyHolderKind kind, const QString &agencyCode)
{
    return kind == KeyHolderKind::Agency ? QStringLiteral("agency:") + agencyCode : QStringLiteral("inspector");
}

Result<bool> logTrust(QSqlDatabase &db, KeyHolderKind kind, const QString &agencyCode, const QString &author,
                      qint64 now, const QString &before, const QString &after)
{
    return AssessmentStore::appendLog(db, {{}, QStringLiteral(""), now, author, QStringLiteral("trust"), QString(),
                                           logItem(kind, agencyCode), before, after});
}

Result<bool> insertKey(QSqlDatabase &db, const KnownKey &key)
{
    return execSql(db,
                   QStringLiteral("INSERT OR REPLACE INTO known_keys (holder_kind, agency_code, public_key, holder, "
                                  "source, recorded_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {keyHolderKindKey(key.holderKind), key.agencyCode, key.key.base64(), key.holder,
                    keySourceKey(key.source), key.recordedAt,
                    key.confirmedAt ? QVariant(*key.confirmedAt) : QVariant(QMetaType(QMetaType::LongLong))});
}

Result<bool> deleteKey(QSqlDatabase &db, const KnownKey &key)
{
    return execSql(db,
                   QStringLiteral("DELETE FROM known_keys WHERE holder_kind = ? AND agency_code = ? AND public_key = ?"),
                   {keyHolderKindKey(key.holderKind), key.agencyCode, key.key.base64()});
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
        if (old) {
            auto removed = deleteKey(db, *old);
            if (!removed)
                return removed.error();
        }
        auto inserted = insertKey(db, recorded);
        auto logged = inserted ? logTrust(db, KeyHolderKind::Agency, agencyCode, author, now,
                                          old ? stateText(*old) : QString(), stateText(recorded))
                               : inserted;
        if (!logged)
            return logged.error();
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
        auto inserted = insertKey(db, recorded);
        auto logged = inserted ? logTrust(db, KeyHolderKind::Inspector, QString(), author, now, QString(),
                                          stateText(recorded) + u' ' + holder)
                               : inserted;
        if (!logged)
            return logged.error();
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
        auto stored = insertKey(db, confirmed);
        auto logged = stored ? logTrust(db, KeyHolderKind::Agency, agencyCode, author, now, stateText(*old),
                                        stateText(confirmed))
                             : stored;
        if (!logged)
            return logged.error();
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
        auto removed = deleteKey(db, *old);
        auto logged = removed ? logTrust(db, KeyHolderKind::Agency, agencyCode, author, now, stateText(*old), QString())
                              : removed;
        if (!logged)
            return logged.error();
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
            auto removed = deleteKey(db, known);
            auto logged = removed ? logTrust(db, KeyHolderKind::Inspector, QString(), author, now,
                                             stateText(known) + u' ' + known.holder, QString())
                                  : removed;
            if (!logged)
                return logged.error();
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
    auto inserted = insertKey(db, learned);
    if (!inserted)
        return inserted;
    return logTrust(db, KeyHolderKind::Agency, agencyCode, author, now, QString(), stateText(learned));
}

} // namespace ParScore
