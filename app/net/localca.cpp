// SPDX-License-Identifier: GPL-3.0-or-later
#include "localca.h"

#include "tlsfiles.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSslKey>
#include <QStandardPaths>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sockscope {
namespace {

struct OpenSslFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree>;
using CertificatePtr = std::unique_ptr<X509, OpenSslFree>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree>;

constexpr long kDaySeconds = 24 * 3600;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

QByteArray certificatePem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    return bioBytes(bio.get());
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// A certificate for `subjectKey` named `commonName`, valid from yesterday for `days`,
// issued by `issuer` (itself when null), not yet signed.
CertificatePtr newCertificate(EVP_PKEY *subjectKey, const QByteArray &commonName, X509 *issuer, int days)
{
    CertificatePtr certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kDaySeconds);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(days) * kDaySeconds);
    X509_set_pubkey(certificate.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Sockscope"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.data()),
                               -1, -1, 0);
    X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name);
    return certificate;
}

bool writeFile(const QString &path, const QByteArray &data, bool secret, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = LocalCa::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // The key is readable by its owner only, before it holds anything.
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size()) {
        *error = LocalCa::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

LocalCa::LocalCa(const QString &directory) : m_directory(directory) { }

QString LocalCa::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/sockscope");
}

QString LocalCa::certificatePath() const
{
    return m_directory + QStringLiteral("/proxy-ca.pem");
}

QString LocalCa::keyPath() const
{
    return m_directory + QStringLiteral("/proxy-ca-key.pem");
}

bool LocalCa::ensure(QString *error)
{
    if (!m_certificatePem.isEmpty())
        return true;
    if (QFile::exists(certificatePath()) && QFile::exists(keyPath()))
        return load(error);
    return create(error);
}

bool LocalCa::load(QString *error)
{
    const QList<QSslCertificate> chain = TlsFiles::loadCertificates(certificatePath(), error);
    if (chain.isEmpty())
        return false;
    QFile key(keyPath());
    if (!key.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(keyPath(), key.errorString());
        return false;
    }
    m_certificatePem = chain.first().toPem();
    m_keyPem = key.readAll();
    return true;
}

bool LocalCa::create(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create %1").arg(m_directory);
        return false;
    }
    KeyPtr key(EVP_EC_gen("P-256"));
    CertificatePtr ca = key ? newCertificate(key.get(), "Sockscope local CA", nullptr, 3650) : nullptr;
    if (!ca || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), key.get(), EVP_sha256()) == 0) {
        *error = tr("cannot create the proxy's CA certificate");
        return false;
    }
    m_keyPem = keyPem(key.get());
    m_certificatePem = certificatePem(ca.get());
    return writeFile(keyPath(), m_keyPem, true, error) && writeFile(certificatePath(), m_certificatePem, false, error);
}

std::optional<QSslConfiguration> LocalCa::serverConfiguration(const QString &host, QString *error)
{
    if (const auto found = m_minted.constFind(host); found != m_minted.cend())
        return *found;
    if (!ensure(error))
        return std::nullopt;
    BioPtr caBio(BIO_new_mem_buf(m_certificatePem.constData(), int(m_certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(m_keyPem.constData(), int(m_keyPem.size())));
    CertificatePtr ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
    KeyPtr caKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    KeyPtr key(EVP_EC_gen("P-256"));
    const QByteArray name = host.toUtf8();
    const QByteArray altName = (QHostAddress(host).isNull() ? "DNS:" : "IP:") + name;
    CertificatePtr leaf = ca && caKey && key ? newCertificate(key.get(), name, ca.get(), 397) : nullptr;
    if (!leaf || !addExtension(leaf.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(leaf.get(), ca.get(), NID_subject_alt_name, altName.constData())
        || !addExtension(leaf.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(leaf.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || X509_sign(leaf.get(), caKey.get(), EVP_sha256()) == 0) {
        *error = tr("cannot mint a certificate for %1 with %2").arg(host, certificatePath());
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(
            {QSslCertificate(certificatePem(leaf.get())), QSslCertificate(m_certificatePem)});
    configuration.setPrivateKey(QSslKey(keyPem(key.get()), QSsl::Ec));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_minted.insert(host, configuration);
    return configuration;
}

} // namespace Sockscope
