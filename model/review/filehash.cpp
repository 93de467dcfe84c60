// SPDX-License-Identifier: MIT
#include "filehash.h"

#include <QByteArray>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <unistd.h>

namespace iv::FileHash {

Result sha256(int fd, qint64 expectedSize, const std::atomic_bool *cancel)
{
    Result out;
    const auto ioError = [&](int e) {
        out.error = LocalizedText::translate("iv::FileIdentity", "cannot be read (%1)")
                        .arg(LocalizedText::same(QString::fromLocal8Bit(std::strerror(e))));
        return out;
    };
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return ioError(ENOMEM);
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 offset = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            out.cancelled = true;
            return out;
        }
        const ssize_t n = ::pread(fd, block.data(), size_t(block.size()), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError(errno);
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), block.constData(), size_t(n)) != 1)
            return ioError(EIO);
        offset += n;
    }
    // What was hashed must be what fstat described: a file growing or shrinking meanwhile has no one hash.
    if (offset != expectedSize) {
        out.error = LocalizedText::translate("iv::FileIdentity",
                                             "changed while it was hashed (%1 bytes read, %2 expected)")
                        .arg(QString::number(offset), QString::number(expectedSize));
        return out;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return ioError(EIO);
    out.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    return out;
}

} // namespace iv::FileHash
